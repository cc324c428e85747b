/**
 * Where the cache lives: `node_modules/.cache/qbank` under the working
 * directory, the place build tools conventionally share (and that
 * `.gitignore`s already leave out). `QBANK_CACHE_DIR` or the `cacheDir`
 * option (`--cache-dir`) moves it; deleting the folder is always safe.
 */
import path from 'node:path';

export const CACHE_DIR_ENV = 'QBANK_CACHE_DIR';

export function defaultCacheDir(cwd: string, env: NodeJS.ProcessEnv = process.env): string {
  const fromEnv = env[CACHE_DIR_ENV];
  if (fromEnv && fromEnv.trim() !== '') return path.resolve(cwd, fromEnv);
  return path.join(cwd, 'node_modules', '.cache', 'qbank');
}
