import { afterEach, describe, expect, it } from 'vitest';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { VFile } from 'vfile';
import { DEFAULT_MAX_BYTES, isSourceFile, loadInputs, loadSource, type SourceFile } from '../../src/load/index.js';
import { makeNotesFolder, type NotesFolder } from './notes-folder.js';

let folder: NotesFolder;
afterEach(async () => folder?.remove());

async function loadOne(name: string, content: string | Uint8Array, options?: { maxBytes?: number }) {
  folder = await makeNotesFolder({ [name]: content });
  return loadSource({ path: folder.at(name), file: name }, options);
}

function asSource(loaded: Awaited<ReturnType<typeof loadSource>>): SourceFile {
  if (!isSourceFile(loaded)) throw new Error(`expected a source, got skipped: ${loaded.reason}`);
  return loaded;
}

/** Messages as `line:column ruleId severity` for compact assertions. */
function messages(vfile: VFile): string[] {
  // vfile: `message` sets fatal to false (warning), `info` leaves it undefined.
  return vfile.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.fatal === false ? 'warning' : m.fatal ? 'error' : 'info'}`);
}

describe('loadSource', () => {
  it('gives the vfile the folder its display path is relative to, so that joining them names the file', async () => {
    folder = await makeNotesFolder({ 'notes/a.md': '## What is dropout?\n' });
    const { sources } = await loadInputs(['notes'], { cwd: folder.root });
    expect(sources.map((source) => [source.vfile.path, source.vfile.cwd])).toEqual([['notes/a.md', folder.root]]);
    expect(path.resolve(sources[0]!.vfile.cwd, sources[0]!.vfile.path)).toBe(folder.at('notes/a.md'));
  });

  it('gives a UTF-16 file with CRLF as LF text, with its encoding and the messages on its vfile', async () => {
    const content = '\ufeffQ: 경사 하강법이란?\r\nA: 손실을 줄이는 방법\r\n';
    const source = asSource(await loadOne('utf16 notes.txt', new Uint8Array(Buffer.from(content, 'utf16le'))));
    expect(source.text).toBe('Q: 경사 하강법이란?\nA: 손실을 줄이는 방법\n');
    expect(source.encoding).toBe('utf-16le');
    expect(source.file).toBe('utf16 notes.txt');
    expect(source.vfile.path).toBe('utf16 notes.txt');
    expect(String(source.vfile.value)).toBe(source.text);
    const firstCr = 'Q: 경사 하강법이란?'.length + 1;
    expect(messages(source.vfile)).toEqual(['1:1 encoding info', `1:${firstCr} line-endings info`]);
    expect(source.vfile.messages.every((m) => m.source === 'qbank')).toBe(true);
  });

  it('reports invalid UTF-8 as a warning at the first bad byte', async () => {
    const bytes = Buffer.concat([Buffer.from('# 노트\n\nWhat is '), Buffer.from([0xc3, 0x28]), Buffer.from('?\n')]);
    const source = asSource(await loadOne('bad.md', new Uint8Array(bytes)));
    expect(source.text).toBe('# 노트\n\nWhat is \ufffd(?\n');
    expect(messages(source.vfile)).toEqual(['3:9 invalid-utf8 warning']);
    expect(source.vfile.messages[0]!.reason).toMatch(/1 byte sequence replaced with U\+FFFD, the first at 3:9/);
  });

  it('removes stray NUL bytes with a warning at their line', async () => {
    const source = asSource(await loadOne('nul.txt', 'first line of the note\nsecond\0 line\nthird line, long enough\n'));
    expect(source.text).toBe('first line of the note\nsecond line\nthird line, long enough\n');
    expect(messages(source.vfile)).toEqual(['2:7 nul-bytes warning']);
  });

  it('cleans zero-width and no-break characters inside a question, reporting each kind once', async () => {
    const source = asSource(await loadOne('q.md', '## What\u200b is\u00a0dropout?\u200d\n'));
    expect(source.text).toBe('## What is dropout?\n');
    expect(messages(source.vfile)).toEqual(['1:8 invisible-characters info', '1:11 unicode-spaces info']);
  });

  it('skips a binary file, saying what it is', async () => {
    const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13, 0x49, 0x48, 0x44, 0x52]);
    expect(await loadOne('diagram', png)).toEqual({ file: 'diagram', reason: 'binary file (PNG image)' });
  });

  it('skips a file over the size limit, giving its size and the limit', async () => {
    expect(await loadOne('big.md', 'x'.repeat(3000), { maxBytes: 2048 })).toEqual({
      file: 'big.md',
      reason: 'too large (2.9 KiB; the limit is 2.0 KiB)',
    });
  });

  it('skips a file over the default 8 MiB limit', async () => {
    const loaded = await loadOne('huge.txt', new Uint8Array(DEFAULT_MAX_BYTES + 1).fill(0x61));
    expect(loaded).toEqual({ file: 'huge.txt', reason: 'too large (8.0 MiB; the limit is 8.0 MiB)' });
  });

  it('loads a multi-megabyte single line whole', async () => {
    const line = 'What is attention? '.repeat(200_000);
    const source = asSource(await loadOne('long-line.txt', line));
    expect(source.text.length).toBe(line.length);
    expect(source.text.includes('\n')).toBe(false);
  });

  it('loads an empty file as empty text with an info message', async () => {
    const source = asSource(await loadOne('empty.md', ''));
    expect(source.text).toBe('');
    expect(source.vfile.messages.map((m) => m.reason)).toEqual(['empty file']);
    expect(messages(source.vfile)).toEqual(['1:1 empty-file info']);
  });

  it('loads a whitespace-only file as empty text with an info message', async () => {
    const source = asSource(await loadOne('blank.md', ' \n\t\n\u00a0\r\n'));
    expect(source.text).toBe('');
    expect(source.vfile.messages.map((m) => m.ruleId)).toContain('empty-file');
  });

  it('loads a front-matter-only file as it is (the parser decides what it means)', async () => {
    const text = '---\ntitle: Deep learning interview\ntags: [dl, ml]\n---\n';
    const source = asSource(await loadOne('front.md', text));
    expect(source.text).toBe(text);
    expect(source.vfile.messages).toEqual([]);
  });

  it('reports a file that vanished before it was read, instead of throwing', async () => {
    folder = await makeNotesFolder();
    expect(await loadSource({ path: folder.at('gone.md'), file: 'gone.md' })).toEqual({
      file: 'gone.md',
      reason: 'unreadable (not found)',
    });
  });
});

describe('loadInputs', () => {
  it('loads a whole notes folder: sources in order, every other file named with its reason', async () => {
    folder = await makeNotesFolder({
      'notes/b week.md': '# Week\n\nQ: What is ReLU?\n',
      'notes/a/질문.txt': '경사 하강법이란?\n',
      'notes/a/empty.md': '',
      'notes/photo.jpg': new Uint8Array([0xff, 0xd8, 0xff, 0xe0]),
      'notes/data.bin.txt': new Uint8Array(512),
      'notes/.git/config': '[core]',
      'out/questions.json': '{}',
    });
    const { sources, skipped } = await loadInputs(['notes', 'out', 'missing'], { cwd: folder.root, exclude: ['out'] });
    expect(sources.map((s) => [s.file, s.text])).toEqual([
      ['notes/a/empty.md', ''],
      ['notes/a/질문.txt', '경사 하강법이란?\n'],
      ['notes/b week.md', '# Week\n\nQ: What is ReLU?\n'],
    ]);
    expect(skipped).toEqual([
      { file: 'missing', reason: 'not found' },
      { file: 'notes/.git', reason: 'hidden folder' },
      { file: 'notes/data.bin.txt', reason: 'binary file (NUL bytes)' },
      { file: 'notes/photo.jpg', reason: 'not a text file (.jpg)' },
    ]);
  });

  it('gives the same result whatever the concurrency', async () => {
    const files: Record<string, string> = {};
    for (let i = 0; i < 40; i++) files[`n/${String(i).padStart(2, '0')}.md`] = `Q${i}: question ${i}?\r\n`;
    folder = await makeNotesFolder(files);
    await writeFile(folder.at('n/zz.md'), 'last\u200b\n');
    const summary = async (concurrency: number) => {
      const { sources, skipped } = await loadInputs(['n'], { cwd: folder.root, concurrency });
      return { sources: sources.map((s) => [s.file, s.text, messages(s.vfile)]), skipped };
    };
    const serial = await summary(1);
    expect(serial.sources).toHaveLength(41);
    expect(await summary(16)).toEqual(serial);
  });
});
