/**
 * Outputs are replaced atomically, from pieces produced one at a time, and a
 * file that already holds exactly the new bytes is not rewritten.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync, readFileSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import { open, type FileHandle } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { writeFileAtomic, writePiecesAtomic, type OutputPiece } from '../../../src/export/atomic-write.js';
import { removeUnfinishedWrites } from '../../../src/export/unfinished-writes.js';

function folder(): string {
  return mkdtempSync(path.join(tmpdir(), 'qbank-atomic-write-'));
}

/** A file set to an old modification time, to see whether it was rewritten. */
function oldFile(dir: string, content: string | Uint8Array): string {
  const file = path.join(dir, 'out.json');
  writeFileSync(file, content);
  utimesSync(file, new Date(2000, 0, 1), new Date(2000, 0, 1));
  return file;
}

/** About 3 MiB of text in 30,000 pieces: more than one batch of comparison. */
function manyPieces(variant = ''): string[] {
  return Array.from({ length: 30_000 }, (_, index) => `piece ${index} 한국어 ${'x'.repeat(80)}${index === 29_999 ? variant : ''}\n`);
}

describe('writePiecesAtomic', () => {
  it('writes the concatenation of text and byte pieces', async () => {
    const dir = folder();
    const file = path.join(dir, 'out.bin');
    const pieces: OutputPiece[] = ['héllo ', new Uint8Array([0x00, 0xff]), ' wörld'];
    expect(await writePiecesAtomic(file, pieces)).toBe(true);
    expect(readFileSync(file)).toEqual(Buffer.concat([Buffer.from('héllo '), Buffer.from([0x00, 0xff]), Buffer.from(' wörld')]));
    expect(readdirSync(dir)).toEqual(['out.bin']);
  });

  it('writes many small byte pieces among text pieces, across batches, in order', async () => {
    const file = path.join(folder(), 'out.txt');
    const pieces: OutputPiece[] = manyPieces().map((piece, index) => (index % 2 === 0 ? Buffer.from(piece) : piece));
    expect(await writePiecesAtomic(file, pieces)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(manyPieces().join(''));
  });

  it('makes the folders on the way to a new file', async () => {
    const dir = folder();
    const file = path.join(dir, 'new', 'deeper', 'out.json');
    expect(await writePiecesAtomic(file, ['{}'])).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('{}');
    expect(readdirSync(path.join(dir, 'new', 'deeper'))).toEqual(['out.json']);
  });

  it('takes pieces from an async generator', async () => {
    const dir = folder();
    const file = path.join(dir, 'out.txt');
    async function* pieces() {
      for (const piece of manyPieces()) yield piece;
    }
    expect(await writePiecesAtomic(file, pieces())).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(manyPieces().join(''));
  });

  it('leaves a file holding exactly the new bytes untouched, and says so', async () => {
    const dir = folder();
    const file = oldFile(dir, manyPieces().join(''));
    const before = statSync(file);
    expect(await writePiecesAtomic(file, manyPieces())).toBe(false);
    const after = statSync(file);
    expect(after.mtimeMs).toBe(before.mtimeMs);
    expect(after.ino).toBe(before.ino);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it.each([
    ['differs only at the very end', manyPieces().join(''), manyPieces('!')],
    ['is a longer version of the new bytes', `${manyPieces().join('')}more`, manyPieces()],
    ['is a prefix of the new bytes', manyPieces().slice(0, 20_000).join(''), manyPieces()],
    ['differs at the start', `X${manyPieces().join('').slice(1)}`, manyPieces()],
    ['is empty', '', manyPieces()],
  ])('replaces a file that %s with the new bytes', async (_, previous, pieces) => {
    const dir = folder();
    const file = oldFile(dir, previous);
    expect(await writePiecesAtomic(file, pieces)).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(statSync(file).mtime.getFullYear()).toBeGreaterThan(2000);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it.each([
    ['differs only at the very end', manyPieces().join(''), manyPieces('!')],
    ['differs at the start', `X${manyPieces().join('').slice(1)}`, manyPieces()],
    ['holds exactly the new bytes', manyPieces().join(''), manyPieces()],
  ])('gives the same file when the caller hands over the old bytes and the old file %s', async (_, previous, pieces) => {
    const dir = folder();
    const file = oldFile(dir, previous);
    const changed = previous !== pieces.join('');
    expect(await writePiecesAtomic(file, pieces, { current: Buffer.from(previous) })).toBe(changed);
    expect(readFileSync(file, 'utf8')).toBe(pieces.join(''));
    expect(statSync(file).mtime.getFullYear() > 2000).toBe(changed);
    expect(readdirSync(dir)).toEqual(['out.json']);
  });

  it("compares with the old bytes the caller hands over, not with a read of the file, while their length is the file's", async () => {
    const dir = folder();
    const onDisk = manyPieces().join('');
    const held = `Y${onDisk.slice(1)}`;
    // The caller says the file holds `held`: bytes equal to it are not written again.
    const file = oldFile(dir, onDisk);
    expect(await writePiecesAtomic(file, [held], { current: Buffer.from(held) })).toBe(false);
    expect(readFileSync(file, 'utf8')).toBe(onDisk);
    // Of another length, they are not the file's: it is read and compared.
    expect(await writePiecesAtomic(file, [held], { current: Buffer.from(`${held}!`) })).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe(held);
  });

  it('writes an empty file over a non-empty one', async () => {
    const dir = folder();
    const file = oldFile(dir, 'something');
    expect(await writePiecesAtomic(file, [])).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('');
  });

  it('leaves the previous file, and no temporary file, when the pieces fail half-way', async () => {
    for (const previous of [manyPieces().join(''), 'unrelated previous content']) {
      const dir = folder();
      const file = oldFile(dir, previous);
      function* failing() {
        yield* manyPieces('!').slice(0, 25_000);
        throw new Error('invalid question');
      }
      await expect(writePiecesAtomic(file, failing())).rejects.toThrow('invalid question');
      expect(readFileSync(file, 'utf8')).toBe(previous);
      expect(readdirSync(dir)).toEqual(['out.json']);
    }
  });
});

describe('writeFileAtomic', () => {
  it('writes bytes or text, and skips identical bytes (as the Anki and PDF exporters rely on)', async () => {
    const dir = folder();
    const file = path.join(dir, 'deck.apkg');
    const bytes = new Uint8Array(3 << 20).map((_, index) => (index * 7) % 251);
    expect(await writeFileAtomic(file, bytes)).toBe(true);
    expect(readFileSync(file).equals(Buffer.from(bytes))).toBe(true);
    expect(await writeFileAtomic(file, bytes)).toBe(false);
    expect(await writeFileAtomic(file, 'now text ✓')).toBe(true);
    expect(readFileSync(file, 'utf8')).toBe('now text ✓');
    expect(await writeFileAtomic(file, 'now text ✓')).toBe(false);
    expect(readdirSync(dir)).toEqual(['deck.apkg']);
  });

  it('replaces a large byte output that differs from the old file only in a later batch', async () => {
    const dir = folder();
    const file = path.join(dir, 'sheet.pdf');
    const bytes = new Uint8Array((3 << 20) + 17).map((_, index) => (index * 7) % 251);
    expect(await writeFileAtomic(file, bytes)).toBe(true);
    const edited = bytes.slice();
    edited[edited.length - 1] = (edited[edited.length - 1]! + 1) % 251;
    expect(await writeFileAtomic(file, edited)).toBe(true);
    expect(readFileSync(file).equals(Buffer.from(edited))).toBe(true);
    expect(readdirSync(dir)).toEqual(['sheet.pdf']);
  });

  it('fails, and leaves no temporary file, when the target is a folder', async () => {
    const dir = folder();
    await expect(writeFileAtomic(dir, 'x')).rejects.toThrow();
    const temporaries = readdirSync(path.dirname(dir)).filter((name) => name.startsWith(`.${path.basename(dir)}.`));
    expect(temporaries).toEqual([]);
    expect(statSync(dir).isDirectory()).toBe(true);
  });

  it('syncs the new bytes to disk once per file written, before the rename, and not at all for an unchanged file', async () => {
    const dir = folder();
    const file = oldFile(dir, 'old bytes');
    // FileHandle is not exported: its prototype is reached through an open handle.
    const probe = await open(file, 'r');
    const prototype = Object.getPrototypeOf(probe) as FileHandle;
    await probe.close();
    const seenAtSync: string[] = [];
    const sync = vi.spyOn(prototype, 'sync').mockImplementation(async function (this: FileHandle) {
      // What the target holds when the data is synced: still the old bytes if the rename comes after.
      seenAtSync.push(readFileSync(file, 'utf8'));
    });
    try {
      expect(await writePiecesAtomic(file, manyPieces())).toBe(true);
      expect(sync).toHaveBeenCalledTimes(1);
      expect(seenAtSync).toEqual(['old bytes']);
      expect(await writePiecesAtomic(file, manyPieces())).toBe(false);
      expect(sync).toHaveBeenCalledTimes(1);
    } finally {
      sync.mockRestore();
    }
  });
});

describe('a build stopped while it writes (Ctrl-C, or killed)', () => {
  it('has the temporary file of a write under way removed by the signal handler, and the previous file stays', async () => {
    const dir = folder();
    const file = oldFile(dir, 'previous');
    // The temporary file shows before the generator is asked for its next piece: resuming may come first, and must
    // not be lost (the write would then wait for ever).
    let resumed = false;
    let resume: () => void = () => (resumed = true);
    async function* stalled() {
      yield 'x'.repeat(3 << 20); // more than a batch: the temporary file is written
      if (!resumed) await new Promise<void>((resolve) => (resume = resolve));
    }
    const writing = writePiecesAtomic(file, stalled());
    await vi.waitFor(() => expect(readdirSync(dir).filter((name) => name.endsWith('.tmp'))).toHaveLength(1));

    expect(removeUnfinishedWrites()).toBe(1);
    expect(readdirSync(dir)).toEqual(['out.json']);
    expect(readFileSync(file, 'utf8')).toBe('previous');
    resume(); // the process would have exited here; the write can no longer put its file in place
    await expect(writing).rejects.toThrow();
    expect(readFileSync(file, 'utf8')).toBe('previous');
  });

  it('has the temporary files a killed build left removed by the next write of that file, not those of a build still running', async () => {
    const dir = folder();
    const file = oldFile(dir, 'previous');
    const gone = spawnSync(process.execPath, ['-e', '']).pid; // a process that has ended
    const leftBehind = `.out.json.${gone}.1.tmp`;
    const stillWriting = `.out.json.${process.ppid}.1.tmp`;
    const otherOutput = `.other.json.${gone}.1.tmp`;
    for (const name of [leftBehind, stillWriting, otherOutput]) writeFileSync(path.join(dir, name), 'partial');

    await writeFileAtomic(file, 'new');
    expect(readdirSync(dir).sort()).toEqual([stillWriting, otherOutput, 'out.json'].sort());
    expect(readFileSync(file, 'utf8')).toBe('new');
  });
});
