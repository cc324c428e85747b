/**
 * A rebuild reads every note's bytes to see whether it changed. With a memo of what earlier builds learnt of them
 * (load/index.ts `LoadMemo`, kept in the cache folder by cache/loaded-texts.ts), a note whose bytes are those
 * remembered is not decoded and normalised again: its load messages are replayed and its text's hash is known,
 * which is what the cache of its results is keyed by; its text (and its vfile's) is decoded only if something asks
 * for it.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { contentHash } from '../../src/cache/content-cache.js';
import { LoadedTexts } from '../../src/cache/loaded-texts.js';
import { isSourceFile, loadInputs, type LoadedText, type LoadMemo, type SourceFile } from '../../src/load/index.js';
import { makeNotesFolder, type NotesFolder } from './notes-folder.js';

let folder: NotesFolder;
let cacheDir: string | undefined;
afterEach(async () => {
  await folder?.remove();
  if (cacheDir) await rm(cacheDir, { recursive: true, force: true });
  cacheDir = undefined;
});

/** A memo in memory that counts what it is asked. */
class CountingMemo implements LoadMemo {
  readonly known = new Map<string, { bytesHash: string } & LoadedText>();
  recalled = 0;
  recall(file: string, bytesHash: string): LoadedText | undefined {
    const known = this.known.get(file);
    if (known?.bytesHash !== bytesHash) return undefined;
    this.recalled++;
    return known;
  }
  remember(file: string, bytesHash: string, loaded: LoadedText): void {
    this.known.set(file, { bytesHash, ...loaded });
  }
}

const messages = (source: SourceFile) => source.vfile.messages.map((message) => `${message.line}:${message.column} ${message.ruleId}`);

describe('loading with a memo of the files loaded before', () => {
  it('remembers each file it decodes, and gives an unchanged one with its load messages and its text hash, its text decoded only when asked for', async () => {
    // A non-breaking space, which normalising replaces with a message.
    folder = await makeNotesFolder({ 'a.md': '## What is\u00a0dropout?\n\nZeroing units.\n', 'b.md': '## What is a GAN?\n\nTwo networks.\n' });
    const memo = new CountingMemo();
    const first = await loadInputs(['.'], { cwd: folder.root, memo });
    expect([...memo.known.keys()].sort()).toEqual(['a.md', 'b.md']);
    expect(first.sources.map((source) => source.textHash)).toEqual(first.sources.map((source) => contentHash(source.text)));

    await writeFile(folder.at('b.md'), '## What is a GAN?\n\nA generator and a discriminator.\n');
    // What the memo holds is what the next load gives for unchanged bytes: marked here, to tell it from a decoding.
    const remembered = memo.known.get('a.md')!;
    expect(remembered.diagnostics.map((diagnostic) => diagnostic.ruleId)).toEqual(['unicode-spaces']);
    memo.known.set('a.md', { ...remembered, textHash: 'remembered', diagnostics: [{ ...remembered.diagnostics[0]!, ruleId: 'remembered' }] });
    const second = await loadInputs(['.'], { cwd: folder.root, memo });
    expect(memo.recalled).toBe(1);
    const [a, b] = second.sources;
    // Recalled, not decoded: its load message and text hash are the memo's.
    expect(messages(a!)).toEqual(['1:11 remembered']);
    expect(a!.textHash).toBe('remembered');
    // Asked for, its text is the one a load without the memo gives, and so is its vfile's.
    expect(String(a!.vfile.value)).toBe(first.sources[0]!.text);
    expect(a!.text).toBe(first.sources[0]!.text);
    // The changed file was decoded and remembered anew.
    expect(b!.text).toBe('## What is a GAN?\n\nA generator and a discriminator.\n');
    expect(memo.known.get('b.md')!.textHash).toBe(contentHash(b!.text));
  });

  it("gives a recalled file a vfile that behaves as a loaded one's: its value read, replaced, listed and copied like any vfile's", async () => {
    folder = await makeNotesFolder({ 'a.md': '## What is dropout?\n\nZeroing units.\n' });
    const memo = new CountingMemo();
    const [loaded] = (await loadInputs(['.'], { cwd: folder.root, memo })).sources;
    const [recalled] = (await loadInputs(['.'], { cwd: folder.root, memo })).sources;
    expect(memo.recalled).toBe(1);
    // Listed among its own fields, as unified's plugins and vfile's own helpers find it.
    expect(Object.keys(recalled!.vfile)).toContain('value');
    expect({ ...recalled!.vfile }.value).toBe(loaded!.vfile.value);
    // A plugin may replace it: the new value is what is read next, and the file's text stays the note's.
    recalled!.vfile.value = 'replaced';
    expect(recalled!.vfile.value).toBe('replaced');
    expect(String(recalled!.vfile)).toBe('replaced');
    expect(recalled!.text).toBe(loaded!.text);
  });

  it('keeps its memo in the cache folder, with the files of the last build only', async () => {
    folder = await makeNotesFolder({ 'a.md': '## What is dropout?\n\nZeroing units.\n', 'b.md': '## What is a GAN?\n\nTwo networks.\n' });
    cacheDir = await mkdtemp(path.join(tmpdir(), 'qbank-memo-'));
    /** The files loaded, and those of them decoded afresh (remembered anew). */
    const load = async () => {
      const memo = await LoadedTexts.open(cacheDir!);
      const remember = vi.spyOn(memo, 'remember');
      const { sources } = await loadInputs(['.'], { cwd: folder.root, memo });
      await memo.save(sources.map((source) => source.file));
      // Files load several at a time: in the order their reads end.
      return { sources, decoded: remember.mock.calls.map(([file]) => file).sort() };
    };
    const first = await load();
    expect(first.decoded).toEqual(['a.md', 'b.md']);
    const second = await load();
    expect(second.decoded).toEqual([]);
    expect(second.sources.map((source) => source.textHash)).toEqual(first.sources.map((source) => source.textHash));

    await rm(folder.at('b.md'));
    await load();
    await writeFile(folder.at('b.md'), '## What is a GAN?\n\nTwo networks.\n');
    // Forgotten when it left the inputs: decoded again on its return.
    const back = await load();
    expect(back.decoded).toEqual(['b.md']);
  });

  it('decodes a file whose bytes changed even when its path is known, and a file skipped is never remembered', async () => {
    folder = await makeNotesFolder({ 'a.md': '## What is dropout?\n', 'b.txt': new Uint8Array([0, 1, 2, 0, 0, 3, 0, 255, 0, 0, 7, 0]) });
    const memo = new CountingMemo();
    const first = await loadInputs(['.'], { cwd: folder.root, memo });
    expect(first.sources.filter(isSourceFile).map((source) => source.file)).toEqual(['a.md']);
    expect(first.skipped.map((skipped) => skipped.file)).toEqual(['b.txt']);
    expect([...memo.known.keys()].sort()).toEqual(['a.md']);
    await writeFile(folder.at('a.md'), '## What is dropout?\n\nZeroing units.\n');
    const second = await loadInputs(['.'], { cwd: folder.root, memo });
    expect(memo.recalled).toBe(0);
    expect(second.sources[0]!.text).toBe('## What is dropout?\n\nZeroing units.\n');
  });
});
