/**
 * Where the cache lives: `node_modules/.cache/qbank` when the working
 * directory is a Node project (it has `node_modules`), the place build tools
 * conventionally share and that `.gitignore`s already leave out; otherwise
 * the user's cache directory (`$XDG_CACHE_HOME/qbank/<hash of the folder>`,
 * or `~/.cache/qbank/<hash>`),
 * so that running qbank in a plain notes folder never creates
 * `node_modules` there. `QBANK_CACHE_DIR` or `--cache-dir` moves it;
 * deleting the folder is always safe.
 */
import { createHash } from 'node:crypto';
import { constants, existsSync } from 'node:fs';
import { access, mkdir, stat } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const CACHE_DIR_ENV = 'QBANK_CACHE_DIR';

export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[CACHE_DIR_ENV];
  if (fromEnv && fromEnv.trim() !== '') return path.resolve(cwd, fromEnv);
  const modules = path.join(cwd, 'node_modules');
  if (existsSync(modules)) return path.join(modules, '.cache', 'qbank');
  const userCache = env.XDG_CACHE_HOME && path.isAbsolute(env.XDG_CACHE_HOME) ? env.XDG_CACHE_HOME : path.join(os.homedir(), '.cache');
  // One folder per notes folder, so two projects never evict each other's entries.
  const project = createHash('sha256').update(path.resolve(cwd)).digest('hex').slice(0, 12);
  return path.join(userCache, 'qbank', project);
}

/** The cache folder a build uses: none with `false`, `dir` (relative to `cwd`) when given, else the default. */
export function cacheDirOf(cache: { dir?: string } | false | undefined, cwd: string): string | undefined {
  if (cache === false) return undefined;
  return cache?.dir === undefined ? defaultCacheDir(cwd) : path.resolve(cwd, cache.dir);
}

/**
 * Why the cache cannot be kept in `dir`, in words, or undefined when it can (the folder is made
 * when missing). The cache never fails a build (content-cache.ts), so a folder that cannot be used
 * would only make every build read every file afresh, unsaid: the command line says so once.
 */
export async function cacheDirProblem(dir: string): Promise<string | undefined> {
  const stats = await stat(dir).catch(() => undefined);
  if (stats && !stats.isDirectory()) return 'it is a file, not a folder';
  try {
    if (!stats) await mkdir(dir, { recursive: true });
    await access(dir, constants.W_OK | constants.X_OK);
    return undefined;
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOTDIR' || code === 'EEXIST') return 'a folder above it is a file';
    if (code === 'EACCES' || code === 'EPERM') return `it cannot be written: permission denied (${code})`;
    if (code === 'EROFS') return 'it cannot be written: read-only file system (EROFS)';
    return error instanceof Error ? error.message : String(error);
  }
}
