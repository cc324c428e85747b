import { afterEach, describe, expect, it } from 'vitest';
import { mkdir, readFile, symlink, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { discoverInputs } from '../../src/load/discover.js';
import { loadInputs } from '../../src/load/index.js';
import { makeNotesFolder, type NotesFolder } from './notes-folder.js';

let folder: NotesFolder;
afterEach(async () => folder?.remove());

describe('discoverInputs', () => {
  it('walks nested folders and lists files by display path in code-unit order', async () => {
    folder = await makeNotesFolder({
      'notes/b.md': 'b',
      'notes/A.md': 'A',
      'notes/deep/er/c.txt': 'c',
      'notes/한국어.txt': 'k',
      'notes/README': 'extensionless',
    });
    const { files, skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual([
      'notes/A.md',
      'notes/README',
      'notes/b.md',
      'notes/deep/er/c.txt',
      'notes/한국어.txt',
    ]);
    expect(files[0]!.path).toBe(folder.at('notes/A.md'));
    expect(skipped).toEqual([]);
  });

  it('skips hidden files and folders and node_modules, naming each without entering it', async () => {
    folder = await makeNotesFolder({
      'notes/q.md': 'q',
      'notes/.git/HEAD': 'ref',
      'notes/.obsidian/workspace.md': 'x',
      'notes/.DS_Store': 'x',
      'notes/node_modules/pkg/README.md': 'x',
    });
    const { files, skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/q.md']);
    expect(skipped).toEqual([
      { file: 'notes/.DS_Store', reason: 'hidden file' },
      { file: 'notes/.git', reason: 'hidden folder' },
      { file: 'notes/.obsidian', reason: 'hidden folder' },
      { file: 'notes/node_modules', reason: 'node_modules folder' },
    ]);
  });

  it('sets aside names that are never notes, and leaves every other name to the content check', async () => {
    folder = await makeNotesFolder({
      'n/a.txt': '', 'n/b.md': '', 'n/c.markdown': '', 'n/d.mdx': '', 'n/e.text': '', 'n/f': '', 'n/g.notes': '',
      'n/img.PNG': '', 'n/paper.pdf': '', 'n/deck.apkg': '', 'n/all.zip': '', 'n/font.woff2': '', 'n/cv.docx': '',
    });
    const { files, skipped } = await discoverInputs(['n'], { cwd: folder.root });
    expect(files.map((f) => path.basename(f.file))).toEqual(['a.txt', 'b.md', 'c.markdown', 'd.mdx', 'e.text', 'f', 'g.notes']);
    expect(skipped).toEqual([
      { file: 'n/all.zip', reason: 'not a text file (.zip)' },
      { file: 'n/cv.docx', reason: 'not a text file (.docx)' },
      { file: 'n/deck.apkg', reason: 'not a text file (.apkg)' },
      { file: 'n/font.woff2', reason: 'not a text file (.woff2)' },
      { file: 'n/img.PNG', reason: 'not a text file (.png)' },
      { file: 'n/paper.pdf', reason: 'not a text file (.pdf)' },
    ]);
  });

  it('ends a symbolic link loop instead of hanging, and names it', async () => {
    folder = await makeNotesFolder({ 'notes/sub/q.md': 'q' });
    await symlink('..', folder.at('notes/sub/up'));
    await symlink('self', folder.at('notes/self'));
    const { files, skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/sub/q.md']);
    expect(skipped).toEqual([
      { file: 'notes/self', reason: 'symbolic link loop' },
      { file: 'notes/sub/up', reason: 'symbolic link loop (links to an enclosing folder)' },
    ]);
  });

  it('follows a link to a file once, and reads a file reached twice only once, under its own path rather than a link\'s', async () => {
    folder = await makeNotesFolder({ 'notes/real.md': 'q', 'elsewhere/outside.md': 'o' });
    await symlink('real.md', folder.at('notes/alias.md'));
    await symlink('../elsewhere/outside.md', folder.at('notes/linked.md'));
    const { files, skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/linked.md', 'notes/real.md']);
    expect(skipped).toEqual([{ file: 'notes/alias.md', reason: 'same file as notes/real.md' }]);
  });

  it('names each other path of a file once, however many inputs reach it', async () => {
    folder = await makeNotesFolder({ 'notes/real.md': 'q' });
    await symlink('real.md', folder.at('notes/alias.md'));
    const { files, skipped } = await discoverInputs(['notes', 'notes/real.md', 'notes/alias.md'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/real.md']);
    expect(skipped).toEqual([{ file: 'notes/alias.md', reason: 'same file as notes/real.md' }]);
  });

  it('names a broken link', async () => {
    folder = await makeNotesFolder({ 'notes/q.md': 'q' });
    await symlink('missing.md', folder.at('notes/gone.md'));
    const { skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(skipped).toEqual([{ file: 'notes/gone.md', reason: 'broken symbolic link' }]);
  });

  it('leaves out excluded paths silently, given absolute or relative', async () => {
    folder = await makeNotesFolder({ 'q.md': 'q', 'dist/questions.json': '{}', 'build/out.md': 'x' });
    const { files, skipped } = await discoverInputs(['.'], { cwd: folder.root, exclude: ['dist', folder.at('build')] });
    expect(files.map((f) => f.file)).toEqual(['q.md']);
    expect(skipped).toEqual([]);
  });

  it('sets aside data and configuration files by name, and says so; a .json only once its content tells it holds no notes', async () => {
    const keep = JSON.stringify({ title: 'Web', textContent: 'Q: What is CORS?\nA: A browser mechanism.', isTrashed: false, userEditedTimestampUsec: 1 });
    folder = await makeNotesFolder({ 'q.md': 'q', '_config.yml': 'title: Blog', 'qbank.config.json': '{}', 'keep.json': keep, 'notes.txt': 'n', 'sheet.csv': 'question,answer' });
    const { files, skipped } = await discoverInputs(['.'], { cwd: folder.root });
    // A spreadsheet is looked at: it may be a sheet of questions (tests/extract/card-export.test.ts).
    expect(files.map((f) => [f.file, f.dataUnlessNotes ?? false])).toEqual([['keep.json', true], ['notes.txt', false], ['q.md', false], ['qbank.config.json', true], ['sheet.csv', false]]);
    expect(skipped).toEqual([{ file: '_config.yml', reason: 'data or configuration, not notes (.yml)' }]);
    // Loading reads a .json and keeps it only for the notes it holds (a Google Keep note here).
    const loaded = await loadInputs(['.'], { cwd: folder.root });
    expect(loaded.sources.map((source) => source.file)).toEqual(['keep.json', 'notes.txt', 'q.md', 'sheet.csv']);
    expect(loaded.skipped).toEqual([
      { file: '_config.yml', reason: 'data or configuration, not notes (.yml)' },
      { file: 'qbank.config.json', reason: 'data or configuration, not notes (.json)' },
    ]);
  });

  it('reports an input that does not exist as not found', async () => {
    folder = await makeNotesFolder({ 'q.md': 'q' });
    const { files, skipped } = await discoverInputs(['q.md', 'nope', 'missing/deeper.md'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['q.md']);
    expect(skipped).toEqual([
      { file: 'missing/deeper.md', reason: 'not found' },
      { file: 'nope', reason: 'not found' },
    ]);
  });

  it('handles names with spaces and Hangul, and shows macOS-style NFD names in NFC while reading them by their real name', async () => {
    folder = await makeNotesFolder({ 'my notes/딥러닝 면접 질문.md': 'ko', 'my notes/week 1.txt': 'en' });
    const nfdName = '경사 하강법.md'.normalize('NFD');
    await writeFile(folder.at(path.join('my notes', nfdName)), 'nfd');
    const { files } = await discoverInputs(['my notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['my notes/week 1.txt', 'my notes/경사 하강법.md', 'my notes/딥러닝 면접 질문.md']);
    const nfd = files[1]!;
    expect(nfd.file).toBe(nfd.file.normalize('NFC'));
    expect(await readFile(nfd.path, 'utf8')).toBe('nfd');
  });

  it('shows a file outside cwd by its absolute path, with / separators', async () => {
    folder = await makeNotesFolder({ 'notes/q.md': 'q', 'cwd/.keep': '' });
    const { files } = await discoverInputs([folder.at('notes/q.md')], { cwd: folder.at('cwd') });
    expect(files).toEqual([{ path: folder.at('notes/q.md'), file: folder.at('notes/q.md').split(path.sep).join('/') }]);
  });

  it('reads a hidden file or folder that was named as an input', async () => {
    folder = await makeNotesFolder({ '.private/q.md': 'q', '.hidden.md': 'h' });
    const { files } = await discoverInputs(['.private', '.hidden.md'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['.hidden.md', '.private/q.md']);
  });

  it('reads overlapping inputs once without complaint', async () => {
    folder = await makeNotesFolder({ 'notes/a.md': 'a', 'notes/sub/b.md': 'b' });
    const { files, skipped } = await discoverInputs(['notes', 'notes/sub', 'notes/a.md', '.'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/a.md', 'notes/sub/b.md']);
    expect(skipped).toEqual([]);
  });

  it('names a file whose name is not valid UTF-8 instead of failing on it', async () => {
    folder = await makeNotesFolder({ 'notes/q.md': 'q' });
    // "café.md" with the é in Latin-1: Node cannot give such a name back as a string.
    await writeFile(Buffer.concat([Buffer.from(folder.at('notes/caf')), Buffer.from([0xe9]), Buffer.from('.md')]), 'x');
    const { files, skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(files.map((f) => f.file)).toEqual(['notes/q.md']);
    expect(skipped).toEqual([
      { file: 'notes/caf\ufffd.md', reason: 'unreadable (the file name is not valid UTF-8; rename the file)' },
    ]);
  });

  it('skips what is neither a file nor a folder', async () => {
    folder = await makeNotesFolder({ 'notes/q.md': 'q' });
    await mkdir(folder.at('notes/sub'));
    const { execFileSync } = await import('node:child_process');
    execFileSync('mkfifo', [folder.at('notes/sub/pipe')]);
    const { skipped } = await discoverInputs(['notes'], { cwd: folder.root });
    expect(skipped).toEqual([{ file: 'notes/sub/pipe', reason: 'not a regular file' }]);
  });
});
