/**
 * Exit codes as documented: 0 success, 1 the build failed (an error, or a
 * warning under --strict), 2 the command itself was wrong. Usage errors are
 * caught before anything is written.
 */
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { build, UsageError } from '../../src/build/build.js';
import { collect } from '../../src/build/collect.js';
import { hostileFolder } from './hostile-folder.js';

const GOOD = '## What is a good note?\n\nOne with an answer.\n';

describe('warnings, notes and --strict', () => {
  it('passes notes (info) even under --strict: CRLF, invisible characters, an empty file', async () => {
    const notes = hostileFolder();
    notes.write('crlf.md', GOOD.replace(/\n/g, '\r\n'));
    notes.write('zero-width.md', '## What is a zero\u200bwidth space?\n\nNothing.\n');
    notes.write('empty.md', '');
    for (const command of ['build', 'check']) {
      const run = await notes.run(command, 'notes', '--strict', ...(command === 'build' ? ['--format', 'json', '--out', 'out'] : []));
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/0 errors, 0 warnings, 3 notes\.$/);
    }
  });

  it.each([
    ['a NUL byte', 'nul.md', '## What is NUL?\n\nA\u0000 byte.\n'],
    ['invalid UTF-8', 'bytes.md', Buffer.concat([Buffer.from('## What is a byte?\n\nA '), Buffer.from([0xc3, 0x28]), Buffer.from(' byte.\n')])],
    ['an unclosed fence', 'fence.md', '## What is a fence?\n\n```\ncode\n\n## What follows?\n\nText.\n'],
    ['unbalanced math', 'math.md', '## What is math?\n\nIt opens \\( and never closes.\n'],
    ['an unclosed <details>', 'details.md', '## What is A?\n\n<details>\n\nA.\n\n## What is B?\n\nB.\n'],
  ])('warns on %s: exit 0, and 1 under --strict (build and check)', async (_what, file, content) => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    notes.write(file, content);
    const plain = await notes.run('build', 'notes', '--format', 'json', '--out', 'out');
    expect(plain.code).toBe(0);
    expect(plain.err).toMatch(new RegExp(`^notes/${file.replace('.', '\\.')}:\\d+:\\d+: warning: `, 'm'));
    expect((await notes.run('build', 'notes', '--format', 'json', '--out', 'out', '--strict')).code).toBe(1);
    expect((await notes.run('check', 'notes', '--strict')).code).toBe(1);
  });

  it('names skipped files in the summary without failing --strict: an image folder is normal', async () => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    notes.write('figure.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]));
    const run = await notes.run('build', 'notes', '--format', 'json', '--out', 'out', '--strict');
    expect(run.code).toBe(0);
    expect(run.out).toContain('  notes/figure.png: not a text file (.png)');
  });
});

describe('a build that finds no question at all', () => {
  it('fails and keeps the last outputs, so that their ids (and the review history they keep in Anki) are not lost', async () => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    expect((await notes.run('build', 'notes', '--format', 'json,anki', '--out', 'out')).code).toBe(0);
    const last = readFileSync(path.join(notes.dir, 'out', 'questions.json'), 'utf8');
    const deck = readFileSync(path.join(notes.dir, 'out', 'ML Interview.apkg'));
    // The notes moved away (or emptied for a moment while a watch is running).
    rmSync(path.join(notes.dir, 'notes', 'good.md'));
    notes.write('empty.md', '');
    const run = await notes.run('build', 'notes', '--format', 'json,anki', '--out', 'out');
    expect(run.code).toBe(1);
    expect(run.err).toContain('error: No question was found in the inputs (1 file read): nothing was written, and the outputs of the last build (1 question) are kept, with their ids [no-questions-read]');
    expect(readFileSync(path.join(notes.dir, 'out', 'questions.json'), 'utf8')).toBe(last);
    expect(readFileSync(path.join(notes.dir, 'out', 'ML Interview.apkg')).equals(deck)).toBe(true);
    // A build that does not merge (and so reads no previous ids to keep) keeps them too.
    expect((await notes.run('build', 'notes', '--format', 'json', '--out', 'out', '--no-dedupe')).code).toBe(1);
    expect(readFileSync(path.join(notes.dir, 'out', 'questions.json'), 'utf8')).toBe(last);
  });

  it('fails the same way, writing nothing, where no build wrote before or the last one wrote no ids (a sheet alone)', async () => {
    const notes = hostileFolder();
    notes.write('empty.md', '');
    const fresh = await notes.run('build', 'notes', '--format', 'json', '--out', 'fresh');
    expect(fresh.code).toBe(1);
    expect(fresh.err).toContain('error: No question was found in the inputs (1 file read): nothing was written [no-questions-read]');
    expect(existsSync(path.join(notes.dir, 'fresh'))).toBe(false);
    notes.write('good.md', GOOD);
    expect((await notes.run('build', 'notes', '--format', 'pdf', '--out', 'sheet')).code).toBe(0);
    const sheet = readFileSync(path.join(notes.dir, 'sheet', 'qbank-cheatsheet.pdf'));
    rmSync(path.join(notes.dir, 'notes', 'good.md'));
    const run = await notes.run('build', 'notes', '--format', 'pdf', '--out', 'sheet');
    expect(run.code).toBe(1);
    expect(run.err).toContain('[no-questions-read]');
    expect(readFileSync(path.join(notes.dir, 'sheet', 'qbank-cheatsheet.pdf')).equals(sheet)).toBe(true);
  });

  it('is refused when no input is named at all (build({ inputs: [] }))', async () => {
    const notes = hostileFolder();
    await expect(build({ inputs: [], cwd: notes.dir, outDir: 'out', formats: ['json'] })).rejects.toThrow(new UsageError('no inputs given: name the notes to read (a file or a folder)'));
    expect(existsSync(path.join(notes.dir, 'out'))).toBe(false);
  });
});

describe('build() called from JavaScript with options its types rule out', () => {
  it('refuses an unknown format, a single string of inputs and an input that is not there as the command line does, writing nothing', async () => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    const options = { cwd: notes.dir, outDir: 'out' };
    await expect(build({ ...options, inputs: ['notes'], formats: ['xml' as 'json'] })).rejects.toThrow(new UsageError('unknown format xml: choose from json, anki, pdf'));
    await expect(build({ ...options, inputs: 'notes' as unknown as string[] })).rejects.toThrow(UsageError);
    expect(existsSync(path.join(notes.dir, 'out'))).toBe(false);
    // An input that is not there, in the same words from both (the command line's check and build say them too).
    const missing = new UsageError('input nosuch not found');
    await expect(collect({ cwd: notes.dir, inputs: ['notes', 'nosuch'] })).rejects.toThrow(missing);
    await expect(build({ ...options, inputs: ['notes', 'nosuch'] })).rejects.toThrow(missing);
    expect(existsSync(path.join(notes.dir, 'out'))).toBe(false);
    // collect() too, which would read the string letter by letter.
    await expect(collect({ cwd: notes.dir, inputs: 'notes' as unknown as string[] })).rejects.toThrow(new UsageError('inputs must be a list of files or folders (["notes"]), not a single string'));
  });
});

describe('usage errors exit with 2 and write nothing', () => {
  const usage = async (prepare: (dir: string) => void, ...args: string[]) => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    prepare(notes.dir);
    const before = readdirSync(notes.dir).sort();
    const run = await notes.run(...args);
    return { ...run, before, after: readdirSync(notes.dir).sort(), notes };
  };

  it('refuses an input that does not exist (a typo must not replace the outputs with an empty bank)', async () => {
    const run = await usage(() => undefined, 'build', 'notse', '--format', 'json', '--out', 'out');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: input notse not found');
    expect(run.after).toEqual(run.before);
    expect((await run.notes.run('check', 'notes', 'missing.md')).code).toBe(2);
  });

  it('refuses the default input when there is no sources/ folder', async () => {
    const run = await usage(() => undefined, 'build', '--format', 'json');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: input sources not found');
  });

  it.each([
    ['equal to the input', ['notes']],
    ['containing the input', ['.']],
    ['a link to the input', ['linked']],
  ])('refuses an --out %s', async (_what, [out]) => {
    const run = await usage((dir) => symlinkSync('notes', path.join(dir, 'linked')), 'build', 'notes', '--format', 'json', '--out', out!);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`qbank: the output folder ${out} is, or contains, the input notes: choose an output folder that holds no notes`);
    expect(readdirSync(path.join(run.notes.dir, 'notes'))).toEqual(['good.md']);
    expect(existsSync(path.join(run.notes.dir, 'questions.json'))).toBe(false);
  });

  it('accepts an --out inside the input folder, and does not read it back', async () => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    for (let round = 0; round < 2; round++) {
      const run = await notes.run('build', 'notes', '--format', 'json', '--out', 'notes/dist');
      expect(run.code).toBe(0);
      expect(run.out).toMatch(/^Read 1 file: found 1 question;/m);
    }
  });

  it('refuses an --out that is a file', async () => {
    const run = await usage((dir) => writeFileSync(path.join(dir, 'out'), 'not a folder'), 'build', 'notes', '--format', 'json', '--out', 'out');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: the output folder out is a file, not a folder');
  });

  it('refuses an --out under a file, naming the file', async () => {
    const run = await usage((dir) => writeFileSync(path.join(dir, 'out'), 'not a folder'), 'build', 'notes', '--format', 'json', '--out', 'out/sub');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: the output folder out/sub cannot be made: out is a file, not a folder');
    expect(run.after).toEqual(run.before);
  });

  it('refuses, in one line naming the folder and why, an --out that cannot be made (a symbolic link that loops on its way)', async () => {
    const run = await usage((dir) => symlinkSync('loop', path.join(dir, 'loop')), 'build', 'notes', '--format', 'json', '--out', 'loop/sub');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: the output folder loop/sub cannot be made: a symbolic link in it loops (ELOOP)');
    expect(run.after).toEqual(run.before);
  });

  // Root may write anywhere: the folder is made, and there is nothing to refuse.
  it.skipIf(process.getuid?.() === 0)('refuses, in one line naming the folder and why, an --out to be made in a folder that may not be written', async () => {
    const run = await usage((dir) => mkdirSync(path.join(dir, 'ro'), { mode: 0o555 }), 'build', 'notes', '--format', 'json', '--out', 'ro/sub');
    expect(run.code).toBe(2);
    expect(run.err).toBe('qbank: the output folder ro/sub cannot be made: ro: permission denied (EACCES)');
    expect(readdirSync(path.join(run.notes.dir, 'ro'))).toEqual([]);
  });

  it('names, called from JavaScript, the output folder as it was given rather than an option of the command line', async () => {
    const notes = hostileFolder();
    notes.write('good.md', GOOD);
    writeFileSync(path.join(notes.dir, 'taken'), 'not a folder');
    const options = { cwd: notes.dir, inputs: ['notes'], formats: ['json' as const] };
    await expect(build({ ...options, outDir: 'taken' })).rejects.toThrow(new UsageError('the output folder taken is a file, not a folder'));
    const absolute = path.join(notes.dir, 'taken', 'sub');
    await expect(build({ ...options, outDir: absolute })).rejects.toThrow(new UsageError(`the output folder ${absolute} cannot be made: ${path.join(notes.dir, 'taken')} is a file, not a folder`));
    await expect(build({ ...options, outDir: 'notes' })).rejects.toThrow(
      new UsageError('the output folder notes is, or contains, the input notes: choose an output folder that holds no notes'),
    );
    await expect(build({ ...options, outDir: 'out', pdf: { fileName: '../sheet.pdf' } })).rejects.toThrow(new UsageError('the PDF file name must be a file name, not a path: ../sheet.pdf'));
  });

  it.each(['../escape.pdf', 'sub/dir.pdf', '..'])('refuses a --pdf-name that is a path (%s)', async (name) => {
    const run = await usage(() => undefined, 'build', 'notes', '--out', 'out', '--pdf-name', name);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`qbank: the PDF file name must be a file name, not a path: ${name}`);
    expect(run.after).toEqual(run.before);
  });

  it.each([
    ['questions.json', 'another output (questions.json)'],
    ['Questions.Schema.JSON', 'another output (questions.schema.json)'],
    ['.qbank-anki-state.json', "the Anki deck's state (.qbank-anki-state.json)"],
    ['ML Interview.apkg', 'another output (ML Interview.apkg)'],
  ])('refuses a --pdf-name that would write over another output (%s)', async (name, what) => {
    const run = await usage(() => undefined, 'build', 'notes', '--out', 'out', '--pdf-name', name);
    expect(run.code).toBe(2);
    expect(run.err).toBe(`qbank: the PDF file name ${name} would write over ${what}: choose another name`);
    expect(run.after).toEqual(run.before);
  });

  it('rejects an unknown format and an unknown option', async () => {
    expect((await usage(() => undefined, 'build', 'notes', '--format', 'json,docx')).code).toBe(2);
    expect((await usage(() => undefined, 'check', 'notes', '--frobnicate')).code).toBe(2);
  });
});
