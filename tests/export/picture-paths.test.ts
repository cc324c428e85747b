/**
 * An answer's picture is found where its note says, whatever spelling of Hangul the disk uses: macOS writes
 * names decomposed (NFD), a folder copied from it keeps them so, and notes and paths are read composed (NFC).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { localImagePath, readFromDisk } from '../../src/export/answer-images.js';

describe('a local picture path', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'qbank-picture-paths-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('is found when the folder and the file are named in NFD on disk and in NFC in the note', () => {
    const folder = path.join(root, '노트'.normalize('NFD'));
    mkdirSync(folder);
    writeFileSync(path.join(folder, '그림.png'.normalize('NFD')), 'picture bytes');
    const found = localImagePath('그림.png'.normalize('NFC'), { file: '노트/q.md'.normalize('NFC') }, root);
    expect(found).toBe(path.join(folder, '그림.png'.normalize('NFD')));
    expect(Buffer.from(readFromDisk(found)!).toString()).toBe('picture bytes');
  });

  it('is the path as written when no spelling of it is on disk', () => {
    expect(localImagePath('없는.png', { file: '노트/q.md' }, root)).toBe(path.join(root, '노트', '없는.png'));
    expect(localImagePath('missing.png', { file: 'q.md' }, root)).toBe(path.join(root, 'missing.png'));
  });
});
