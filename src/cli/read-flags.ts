/**
 * Command-line options for how files are read, shared by `build` and
 * `check`: the cache, worker threads and the per-file time budget.
 */
import path from 'node:path';
import type { Command } from 'commander';
import type { CollectOptions } from '../build/collect.js';
import { UsageError } from '../build/build.js';
import { cacheDirOf, cacheDirProblem } from '../cache/index.js';
import { displayPath } from '../load/display-path.js';

export interface ReadFlags {
  /** `--no-cache` sets it to false. */
  cache?: boolean;
  cacheDir?: string;
  workers?: string;
  timeBudget?: string;
}

export function addReadFlags(command: Command): Command {
  return command
    .option('--no-cache', 'read every file afresh, without the cache (node_modules/.cache/qbank)')
    .option('--cache-dir <dir>', 'keep the cache here instead (or set QBANK_CACHE_DIR)')
    .option('--workers <n>', 'most threads reading files at once; 0 reads in the main thread, with no time budget (default: one per core; none on two cores or fewer)')
    .option('--time-budget <seconds>', 'skip, and report, a file that takes longer than this to read, plus as much again per MiB (default: 10)');
}

export function readOptionsFrom(flags: ReadFlags, cwd: string): Pick<CollectOptions, 'cache' | 'workers' | 'timeBudgetMs'> {
  const options: Pick<CollectOptions, 'cache' | 'workers' | 'timeBudgetMs'> = {};
  if (flags.cache === false) options.cache = false;
  else if (flags.cacheDir !== undefined) options.cache = { dir: path.resolve(cwd, flags.cacheDir) };
  if (flags.workers !== undefined) {
    const workers = Number(flags.workers);
    if (!Number.isInteger(workers) || workers < 0 || workers > 64) throw new UsageError(`--workers takes a whole number from 0 to 64, not ${flags.workers}`);
    options.workers = workers;
  }
  if (flags.timeBudget !== undefined) {
    const seconds = Number(flags.timeBudget);
    if (!Number.isFinite(seconds) || seconds <= 0) throw new UsageError(`--time-budget takes a number of seconds above 0, not ${flags.timeBudget}`);
    options.timeBudgetMs = Math.round(seconds * 1000);
    // Only a worker can be stopped half-way through a file.
    if (options.workers === 0) throw new UsageError('--time-budget needs worker threads: with --workers 0 no read can be stopped half-way');
  }
  return options;
}

/**
 * The read options, with the cache off when its folder cannot be used (a file, a folder that may not be
 * written): `warn` is told so, and the build goes on without the cache, as it would have unsaid.
 */
export async function withUsableCache<T extends Pick<CollectOptions, 'cache'>>(options: T, cwd: string, warn: (line: string) => void): Promise<T> {
  const dir = cacheDirOf(options.cache, cwd);
  if (dir === undefined) return options;
  const problem = await cacheDirProblem(dir);
  if (problem === undefined) return options;
  warn(`qbank: warning: the cache folder ${displayPath(dir, cwd)} cannot be used (${problem}): going on without the cache, reading every file afresh`);
  return { ...options, cache: false };
}
