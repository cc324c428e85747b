/**
 * One benchmark stage, run alone in its own process so that its peak memory
 * (`maxRSS`) is its own. Whatever a stage needs first (the questions, the
 * bank) comes from a warm cache, untimed. Prints one JSON line: the result.
 *
 *     node --expose-gc lib/bench/stage-child.js '{"stage":"floor",...}'
 */
import { readdir, readFile, rm } from 'node:fs/promises';
import path from 'node:path';
import { availableParallelism } from 'node:os';
import type { Format } from '../config/config.js';
import { build } from '../build/build.js';
import { collect, type CollectProgress } from '../build/collect.js';
import { exporters, loadExporterCode } from '../build/exporters.js';
import { loadReaderCode } from '../build/read-sources.js';
import { memoisedDedupe } from '../build/dedupe-memo.js';
import { QUESTIONS_FILE_NAME } from '../export/json/index.js';
import { questionIdsOf } from '../export/json/question-ids.js';
import { floorProcessor } from './floor-processor.js';
import { FloorThreads } from './parallel-floor.js';

export type StageName = 'floor' | 'floor:parallel' | 'build' | 'dedupe' | `export:${Format}`;

export interface StageRequest {
  stage: StageName;
  corpusDir: string;
  cacheDir: string;
  outDir: string;
  /** For `build`: start from an empty output folder and cache. */
  cold?: boolean;
  workers?: number;
  /** Node.js flags of the child process (run-stage.ts): qbank's own for its stages, none for the bare parse. */
  nodeFlags?: readonly string[];
}

export interface StageResult {
  ms: number;
  /** Peak resident memory of the whole process (all threads), MiB. */
  peakRssMb: number;
  /** Resident memory just before the timed part, MiB. */
  rssBeforeMb: number;
  /** For `build`: ms from the start at which each stage began, and the peak RSS up to then. */
  marks?: Array<{ stage: string; atMs: number; peakRssMb: number }>;
  questions?: number;
  files?: number;
  cached?: number;
  /** Worker threads the build (or the parallel floor) used. */
  workers?: number;
}

const MB = 1024 * 1024;

async function runStage(request: StageRequest): Promise<StageResult> {
  switch (request.stage) {
    case 'floor':
      return floor(request);
    case 'floor:parallel':
      return parallelFloor(request);
    case 'build':
      return buildOnce(request);
    case 'dedupe':
      return dedupeOnly(request);
    default:
      return exportOnly(request, request.stage.slice('export:'.length) as Format);
  }
}

/** The bare remark parse of every file: unified + remark-parse + remark-gfm, one thread. */
async function floor(request: StageRequest): Promise<StageResult> {
  const texts = await corpusTexts(request.corpusDir);
  const processor = floorProcessor();
  return timed(() => {
    for (const text of texts) processor.parse(text);
  });
}

/** The same parse spread over one worker thread per core (at most one per file), whether or not the build would start them. */
async function parallelFloor(request: StageRequest): Promise<StageResult> {
  const texts = await corpusTexts(request.corpusDir);
  const workers = Math.max(1, Math.min(request.workers ?? availableParallelism(), texts.length));
  const threads = await FloorThreads.start(workers);
  try {
    return { ...(await timed(() => threads.parse(texts))), workers };
  } finally {
    await threads.close();
  }
}

async function corpusTexts(dir: string): Promise<string[]> {
  const names = (await readdir(dir)).sort();
  return Promise.all(names.map((name) => readFile(path.join(dir, name), 'utf8')));
}

/** `qbank build --format json` as the library does it, with its stage marks. */
async function buildOnce(request: StageRequest): Promise<StageResult> {
  // A build loads its readers and exporters when it first needs them; loaded here, untimed, as the floor's remark is.
  await loadReaderCode();
  await loadExporterCode(['json']);
  if (request.cold) {
    await rm(request.outDir, { recursive: true, force: true });
    await rm(request.cacheDir, { recursive: true, force: true });
  }
  const marks: NonNullable<StageResult['marks']> = [];
  let questions = 0;
  let files = 0;
  let cached = 0;
  let workers = 0;
  let start = 0;
  const mark = (stage: string) => marks.push({ stage, atMs: performance.now() - start, peakRssMb: peakRss() });
  const result = await timed(async () => {
    start = performance.now();
    const outcome = await build({
      inputs: [request.corpusDir],
      cwd: path.dirname(request.corpusDir),
      outDir: request.outDir,
      formats: ['json'],
      cache: { dir: request.cacheDir },
      // As `qbank build` does (cli/options.ts): no output shows the decision log.
      decisions: false,
      ...(request.workers !== undefined ? { workers: request.workers } : {}),
      onProgress: (progress: CollectProgress) => {
        if (progress.stage !== 'read' || progress.done === 0) mark(progress.stage);
      },
    });
    mark('written');
    questions = outcome.bank.questions.length;
    files = outcome.files.length;
    cached = outcome.reading.cached;
    workers = outcome.reading.workers;
  });
  return { ...result, marks, questions, files, cached, workers };
}

async function dedupeOnly(request: StageRequest): Promise<StageResult> {
  const collection = await warmCollection(request, false);
  const questions = collection.bank.questions;
  let merged = 0;
  // As `qbank build` merges, without a memo: no decision log, which only `check --dupes` makes.
  const result = await timed(async () => {
    merged = (await memoisedDedupe(questions, {}, undefined, false)).questions.length;
  });
  return { ...result, questions: merged };
}

async function exportOnly(request: StageRequest, format: Format): Promise<StageResult> {
  const exporter = exporters[format];
  await loadExporterCode([format]);
  const collection = await warmCollection(request, true);
  await rm(request.outDir, { recursive: true, force: true });
  const { mkdir } = await import('node:fs/promises');
  await mkdir(request.outDir, { recursive: true });
  const cwd = path.dirname(request.corpusDir);
  const result = await timed(() => exporter(collection.bank, { outDir: request.outDir, cwd }));
  return { ...result, questions: collection.bank.questions.length };
}

/**
 * The bank as the last build left it, from the cache. With the ids of that
 * build's questions.json, as `qbank build` passes them, so the remembered
 * merge is reused instead of run again (its memory would count as the export's).
 */
async function warmCollection(request: StageRequest, dedupe: boolean) {
  const previousIds = dedupe ? await questionIdsOf(path.join(path.dirname(request.corpusDir), 'dist', QUESTIONS_FILE_NAME)) : undefined;
  return collect({
    inputs: [request.corpusDir],
    cwd: path.dirname(request.corpusDir),
    cache: { dir: request.cacheDir },
    ...(dedupe ? { dedupe: previousIds ? { previousIds } : {} } : { dedupe: false as const }),
  });
}

async function timed(work: () => unknown): Promise<StageResult> {
  collectGarbage();
  const rssBeforeMb = process.memoryUsage().rss / MB;
  const start = performance.now();
  await work();
  const ms = performance.now() - start;
  return { ms, peakRssMb: peakRss(), rssBeforeMb };
}

function peakRss(): number {
  // maxRSS is in KiB and covers every thread of the process.
  return process.resourceUsage().maxRSS / 1024;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

const request = JSON.parse(process.argv[2] ?? '{}') as StageRequest;
runStage(request).then(
  (result) => process.stdout.write(`${JSON.stringify(result)}\n`),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  },
);
