/** Where the per-file cache goes, so a plain notes folder never grows a node_modules. */
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cacheDirOf, defaultCacheDir } from '../../src/cache/index.js';

describe('defaultCacheDir', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qbank-cache-dir-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('uses node_modules/.cache/qbank in a Node project', () => {
    mkdirSync(path.join(dir, 'project', 'node_modules'), { recursive: true });
    expect(defaultCacheDir(path.join(dir, 'project'), {})).toBe(path.join(dir, 'project', 'node_modules', '.cache', 'qbank'));
  });

  it('uses the user cache directory in a folder that is not a Node project', () => {
    mkdirSync(path.join(dir, 'notes'), { recursive: true });
    const notes = defaultCacheDir(path.join(dir, 'notes'), { XDG_CACHE_HOME: path.join(dir, 'xdg') });
    expect(path.dirname(notes)).toBe(path.join(dir, 'xdg', 'qbank'));
    expect(path.dirname(defaultCacheDir(path.join(dir, 'notes'), {}))).toBe(path.join(os.homedir(), '.cache', 'qbank'));
    // one folder per notes folder, the same on every run
    expect(defaultCacheDir(path.join(dir, 'other'), { XDG_CACHE_HOME: path.join(dir, 'xdg') })).not.toBe(notes);
    expect(defaultCacheDir(path.join(dir, 'notes'), { XDG_CACHE_HOME: path.join(dir, 'xdg') })).toBe(notes);
  });

  it('goes where QBANK_CACHE_DIR says', () => {
    expect(defaultCacheDir(path.join(dir, 'notes'), { QBANK_CACHE_DIR: 'cache-here' })).toBe(path.join(dir, 'notes', 'cache-here'));
  });
});

describe('cacheDirOf', () => {
  it('is no folder with the cache off, the given folder (relative to the build folder, as the output is), or the default', () => {
    const cwd = path.join(os.tmpdir(), 'qbank-notes');
    expect(cacheDirOf(false, cwd)).toBeUndefined();
    expect(cacheDirOf({ dir: 'my-cache' }, cwd)).toBe(path.join(cwd, 'my-cache'));
    expect(cacheDirOf({ dir: '/abs/cache' }, cwd)).toBe('/abs/cache');
    expect(cacheDirOf({}, cwd)).toBe(defaultCacheDir(cwd));
    expect(cacheDirOf(undefined, cwd)).toBe(defaultCacheDir(cwd));
  });
});
