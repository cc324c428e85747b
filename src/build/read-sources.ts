/**
 * Reading every loaded file into questions, as fast as the machine allows
 * and never stalled by one file:
 *
 * 1. Cache: a file whose content, display path and reading code are unchanged
 *    since the last run is not read again; its recorded result and
 *    diagnostics are replayed (see `src/cache`).
 * 2. Limits: cheap checks before parsing flatten absurd nesting and mark files
 *    with very long lines as risky (see `input-limits.ts`).
 * 3. Workers: when several files (and enough bytes to pay for starting
 *    threads) or a risky file need reading, they are read in a pool of worker
 *    threads (`defaultReaderThreads`), largest first. Each file has a time
 *    budget; a file that overruns it is abandoned and reported, the rest go on.
 *
 * Results come back in input order whichever way each file was read, so the
 * outputs do not depend on the number of workers or on the cache.
 *
 * The worker entry is the compiled `read-worker.js` next to this module. When
 * it is absent (running the TypeScript sources, as the tests do), or threads
 * cannot start, files are read in this thread, without a time budget.
 */
import { createHash } from 'node:crypto';
import { existsSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TextSource } from '../parse/document.js';
import { cacheDirOf, ContentCache, contentHash, V8_VALUES, versionKey } from '../cache/index.js';
import type { SourceQuestions } from './source-questions.js';
import { fileMessage, replayMessages } from './recorded-messages.js';
import type { SourceRead } from './source-read.js';
import { DEFAULT_INPUT_LIMITS, limitInput, type InputLimits } from './input-limits.js';
import { ReadPool, type PoolOutcome } from './read-pool.js';
import { packQuestions, unpackQuestions } from './compact-results.js';

export interface ReadSourcesOptions {
  /** Directory the default cache folder is under; default `process.cwd()`. */
  cwd?: string;
  /** `false` turns the cache off; `dir` (relative to `cwd`) moves it (default `node_modules/.cache/qbank`). */
  cache?: { dir?: string } | false;
  /** Most worker threads to use; 0 reads in this thread. Default: `defaultReaderThreads`. */
  workers?: number;
  /** Time a file may take to read, in ms, plus the same again per MiB; default 10,000. */
  timeBudgetMs?: number;
  limits?: InputLimits;
  /** Overrides the compiled worker entry (tests, bundlers). */
  workerUrl?: URL;
  /** Called as files are done (cached ones count at once). */
  onProgress?: (done: number, total: number) => void;
}

export interface ReadStats {
  files: number;
  /** Files whose result came from the cache. */
  cached: number;
  /** Files read in worker threads. */
  inWorkers: number;
  /** Worker threads started (0 when files were read in this thread). */
  workers: number;
  /** Files abandoned for overrunning the time budget. */
  timedOut: number;
}

export interface ReadSourcesResult {
  /** One per source, in input order. */
  results: SourceQuestions[];
  stats: ReadStats;
  /**
   * With the cache on: a hash of every file's path, content and outcome and
   * of the reading code, which identifies the questions read (for caching
   * what is computed from all of them).
   */
  inputKey?: string;
  /** With the cache on: per source, a hash of the same for that file alone (the same key, the same result). */
  resultKeys?: string[];
}

const DEFAULT_TIME_BUDGET_MS = 10_000;
/** Below this many bytes to read, starting threads costs more than it saves. */
const WORKER_MIN_BYTES = 128 * 1024;

/**
 * Reader threads when the caller does not say: one per core, but none on a
 * machine of two cores or fewer, where one parsing thread already keeps both
 * cores busy (V8 collects garbage and compiles on the other). There a cold
 * build of 10,000 questions took 4.4 s in this thread against 5.4 to 5.7 s
 * in two workers; only a folder of about 100,000 questions gained from
 * them (README). A risky file still gets a worker, for its time budget.
 */
export function defaultReaderThreads(anyRisky: boolean, cores = availableParallelism()): number {
  if (cores > 2) return cores;
  return anyRisky ? 1 : 0;
}

function defaultWorkerUrl(): URL | undefined {
  const url = new URL('./read-worker.js', import.meta.url);
  return url.protocol === 'file:' && existsSync(fileURLToPath(url)) ? url : undefined;
}

/** The parser and the readers: what reading a file runs. Exported for the benchmark, which times reading and not loading. */
export function loadReaderCode(): Promise<typeof import('./source-read.js')> {
  return import('./source-read.js');
}

export async function readSources(
  sources: readonly TextSource[],
  options: ReadSourcesOptions = {},
): Promise<ReadSourcesResult> {
  const total = sources.length;
  const stats: ReadStats = { files: total, cached: 0, inWorkers: 0, workers: 0, timedOut: 0 };
  const reads = new Array<SourceRead>(total);
  let done = 0;
  const progress = () => options.onProgress?.(++done, total);

  const limits = { ...DEFAULT_INPUT_LIMITS, ...options.limits };
  const cacheDir = cacheDirOf(options.cache, path.resolve(options.cwd ?? process.cwd()));
  const version = cacheDir === undefined ? undefined : await versionKey({ limits });
  const cache = cacheDir === undefined || version === undefined ? undefined : new ContentCache<StoredRead>({ dir: cacheDir, version }, isStoredRead, V8_VALUES);
  // A file the load stage did not decode (load/index.ts, LoadMemo) is known by its text's hash: its text is read only on a miss.
  const hashes = sources.map((source) => source.textHash ?? contentHash(source.text));

  const misses: number[] = [];
  if (cache) {
    const hits = await mapLimited(sources, 64, (source, index) => cache.get(source.file, hashes[index]!));
    hits.forEach((hit, index) => {
      if (hit) {
        reads[index] = { ...hit, questions: unpackQuestions(hit.questions) };
        stats.cached++;
        progress();
      } else misses.push(index);
    });
  } else misses.push(...sources.map((_, index) => index));

  const limited = new Map(misses.map((index) => [index, limitInput(sources[index]!.text, limits)]));
  const missBytes = misses.reduce((sum, index) => sum + sources[index]!.text.length, 0);
  const anyRisky = [...limited.values()].some((input) => input.risky);
  const workerUrl = options.workerUrl ?? defaultWorkerUrl();
  const size = Math.min(options.workers ?? defaultReaderThreads(anyRisky), misses.length);
  const useWorkers = workerUrl !== undefined && size > 0 && ((misses.length >= 2 && missBytes >= WORKER_MIN_BYTES) || anyRisky);

  // The parser and the readers load only when a file is read in this thread: a rebuild whose files all come
  // from the cache, or whose workers read them, does not pay for loading them here (about a quarter of a second).
  let reader: Awaited<ReturnType<typeof loadReaderCode>> | undefined;
  const readHere = async (index: number): Promise<SourceRead> => {
    const source = sources[index]!;
    reader ??= await loadReaderCode();
    return reader.readSourceText(source.file, limited.get(index)!.text);
  };
  const fresh = new Map<number, SourceRead>();
  const abandonedFiles = new Set<number>();
  const settle = async (index: number, outcome: PoolOutcome | { kind: 'here' }) => {
    const source = sources[index]!;
    const input = limited.get(index)!;
    let read: SourceRead;
    if (outcome.kind === 'here' || outcome.kind === 'unavailable') read = await readHere(index);
    else if (outcome.kind === 'read') {
      read = outcome.read;
      stats.inWorkers++;
    } else {
      if (outcome.kind === 'timeout') stats.timedOut++;
      read = abandoned(source, outcome);
      abandonedFiles.add(index);
    }
    read = { ...read, messages: [...input.messages, ...read.messages] };
    reads[index] = read;
    if (outcome.kind !== 'timeout' && outcome.kind !== 'failed') fresh.set(index, read);
    progress();
  };

  if (useWorkers) {
    const budgetBase = options.timeBudgetMs ?? DEFAULT_TIME_BUDGET_MS;
    const pool = new ReadPool({
      workerUrl,
      size,
      budgetMs: (task) => Math.round(budgetBase * (1 + task.text.length / (1024 * 1024))),
    });
    stats.workers = size;
    try {
      // Largest first, so that one big file does not finish alone at the end.
      const order = [...misses].sort((a, b) => sources[b]!.text.length - sources[a]!.text.length || a - b);
      await Promise.all(
        order.map(async (index) => settle(index, await pool.read(sources[index]!.file, limited.get(index)!.text))),
      );
    } finally {
      await pool.close();
    }
  } else {
    for (const index of misses) await settle(index, { kind: 'here' });
  }

  if (cache) {
    // A few at a time: each entry is serialised whole before it is written.
    await mapLimited([...fresh], 8, ([index, read]) => cache.set(sources[index]!.file, hashes[index]!, { ...read, questions: packQuestions(read.questions) }));
  }

  const results = sources.map((source, index) => {
    const read = reads[index]!;
    replayMessages(source.vfile, read.messages);
    return { summary: read.summary, questions: read.questions };
  });
  if (version === undefined) return { results, stats };
  const key = createHash('sha256').update(`${version}\n`);
  const resultKeys = sources.map((source, index) => {
    const line = `${source.file}\0${hashes[index]}\0${abandonedFiles.has(index) ? 'abandoned' : 'read'}\n`;
    key.update(line);
    return createHash('sha256').update(`${version}\n${line}`).digest('hex');
  });
  return { results, stats, inputKey: key.digest('hex'), resultKeys };
}

/**
 * The result for a file that overran its budget or whose reader crashed: no
 * questions, one error. Nothing more is computed from its text here: on such
 * a file even format detection can take seconds.
 */
function abandoned(source: TextSource, outcome: { kind: 'timeout'; budgetMs: number } | { kind: 'failed'; reason: string }): SourceRead {
  const reason =
    outcome.kind === 'timeout'
      ? `took longer than ${formatSeconds(outcome.budgetMs)} to read: skipped; its questions are missing`
      : `could not be read (${outcome.reason}): skipped; its questions are missing`;
  return {
    summary: { file: source.file, format: 'plaintext', questions: 0 },
    questions: [],
    messages: [fileMessage(`This file ${reason}`, outcome.kind === 'timeout' ? 'read-timeout' : 'read-failed', true)],
  };
}

function formatSeconds(ms: number): string {
  const seconds = ms / 1000;
  return `${Number.isInteger(seconds) ? seconds : seconds.toFixed(1)} s`;
}

/** A `SourceRead` as stored: its questions packed (compact-results.ts). */
type StoredRead = Omit<SourceRead, 'questions'> & { questions: unknown[] };

function isStoredRead(value: unknown): value is StoredRead {
  if (value === null || typeof value !== 'object') return false;
  const read = value as Partial<StoredRead>;
  return (
    Array.isArray(read.questions) &&
    Array.isArray(read.messages) &&
    read.summary !== null &&
    typeof read.summary === 'object' &&
    typeof read.summary.file === 'string'
  );
}

/** `task` over `items`, at most `limit` at a time, results in input order. */
async function mapLimited<T, R>(items: readonly T[], limit: number, task: (item: T, index: number) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const run = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!, index);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, run));
  return results;
}
