/**
 * From inputs to one question bank, without writing anything: load every
 * file, read each into questions, merge duplicates across files.
 * `qbank check` stops here; `build` goes on to the exporters.
 */
import { UsageError } from './usage-error.js';
import { lstat, readdir } from 'node:fs/promises';
import { createHash } from 'node:crypto';
import path from 'node:path';
import type { VFile } from 'vfile';
import { SCHEMA_VERSION, type Question, type QuestionBank, type SourceSummary } from '../schema/question-bank.js';
import { loadInputs, type SkippedFile } from '../load/index.js';
import { LoadedTexts } from '../cache/loaded-texts.js';
import type { MergeDecision } from '../dedupe/index.js';
import { memoisedDedupe, type MemoisedDedupeOptions } from './dedupe-memo.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { readSources, type ReadSourcesOptions, type ReadStats } from './read-sources.js';
import { QuestionOrigins } from './question-origins.js';
import { cacheDirOf } from '../cache/index.js';
import { DEFAULT_INPUTS } from '../config/config.js';

export interface CollectOptions {
  /** Files or folders; default `['sources']`. */
  inputs?: string[];
  cwd?: string;
  /** Paths never read, such as the output folder. */
  exclude?: string[];
  dedupe?: Pick<MemoisedDedupeOptions, 'overrides' | 'previousIds' | 'previousQuestions' | 'plainWording'> | false;
  /** Make the merge's decision log (`Collection.decisions`); default true. `qbank build` does not: nothing it writes shows it. */
  decisions?: boolean;
  /**
   * Per-file results are cached under `node_modules/.cache/qbank` (or `dir`)
   * by content; `false` reads every file afresh. See `src/cache`.
   */
  cache?: ReadSourcesOptions['cache'];
  /** Most worker threads for reading files; 0 reads in this thread. Default: one per core, none on two cores or fewer (see read-sources.ts). */
  workers?: number;
  /** Time one file may take to read before it is skipped, in ms (plus as much per MiB); default 10,000. */
  timeBudgetMs?: number;
  /** Where the stages are, for progress displays. */
  onProgress?: (progress: CollectProgress) => void;
}

export type CollectProgress =
  | { stage: 'load' }
  | { stage: 'read'; done: number; total: number }
  | { stage: 'dedupe' }
  | { stage: 'collected' };

export interface MergeStats {
  /** Merged questions taken from the last merge as they were. */
  reused: number;
}

export interface FileReport {
  file: string;
  questions: number;
  unanswered: number;
  vfile: VFile;
}

export interface Collection {
  bank: QuestionBank;
  files: FileReport[];
  skipped: SkippedFile[];
  /** Every merge and near miss, strongest first (`check --dupes`); absent when not asked for (`CollectOptions.decisions`). */
  decisions?: MergeDecision[];
  /** Diagnostics of the merge stage (an override that matches no question, for example). */
  diagnostics: Diagnostic[];
  /** How the files were read: from the cache, in worker threads, abandoned. */
  reading: ReadStats;
  /** With the cache on, when merged: how many of the bank's questions the last merge gave as they are (dedupe-memo.ts). */
  merging?: MergeStats;
  /**
   * With the cache on: identifies the bank (every file read and, when merged, the merge's
   * code, options and result), so a build can tell that its exports would
   * be written again exactly as they are (output-memo.ts).
   */
  bankKey?: string;
  /** With the cache on: what each question of the bank was made from, so that exports can reuse earlier work (question-origins.ts). */
  origins?: QuestionOrigins;
}

/** What the types already say, for callers from JavaScript: a string of inputs would be read letter by letter. */
export function assertInputList(inputs: readonly string[] | undefined): void {
  if (inputs !== undefined && !Array.isArray(inputs)) throw new UsageError('inputs must be a list of files or folders (["notes"]), not a single string');
}

/**
 * A named input that does not exist is a typo, not an empty notes folder:
 * building from nothing would replace the previous outputs with an empty bank,
 * and a check of nothing would report all is well. `collect`, and so `build`
 * and `check`, throw a UsageError for it (a file that goes while the inputs are
 * read is skipped, `not found`). `namedIn`: the config file the inputs come
 * from, named in the message.
 */
export async function assertInputsExist(inputs: readonly string[], cwd: string, namedIn?: string): Promise<void> {
  for (const input of inputs) {
    const found = await lstat(path.resolve(cwd, input)).then(
      () => true,
      () => false,
    );
    if (!found) throw new UsageError(`input ${input} not found${namedIn === undefined ? '' : ` (named in ${namedIn})`}`);
  }
}

export async function collect(options: CollectOptions = {}): Promise<Collection> {
  assertInputList(options.inputs);
  const cwd = options.cwd ?? process.cwd();
  await assertInputsExist(options.inputs ?? DEFAULT_INPUTS, cwd);
  const cacheDir = cacheDirOf(options.cache, cwd);
  options.onProgress?.({ stage: 'load' });
  // What earlier builds learnt of the files' bytes: an unchanged file is not decoded again (cache/loaded-texts.ts).
  const loadMemo = cacheDir ? await LoadedTexts.open(cacheDir) : undefined;
  const { sources, skipped } = await loadInputs(options.inputs ?? [...DEFAULT_INPUTS], {
    cwd,
    exclude: [...(options.exclude ?? []), ...(await cacheFolders(cwd, cacheDir))],
    ...(loadMemo ? { memo: loadMemo } : {}),
  });
  // Written while the files are read; a failed write is only a memo lost.
  const memoSaved = loadMemo?.save(sources.map((source) => source.file));
  options.onProgress?.({ stage: 'read', done: 0, total: sources.length });
  const { results, stats: reading, inputKey, resultKeys } = await readSources(sources, {
    cwd,
    cache: cacheDir ? { dir: cacheDir } : false,
    ...(options.workers !== undefined ? { workers: options.workers } : {}),
    ...(options.timeBudgetMs !== undefined ? { timeBudgetMs: options.timeBudgetMs } : {}),
    onProgress: (done, total) => options.onProgress?.({ stage: 'read', done, total }),
  });
  const summaries: SourceSummary[] = [];
  const files: FileReport[] = [];
  let questions: Question[] = [];
  sources.forEach((source, index) => {
    const read = results[index]!;
    summaries.push(read.summary);
    files.push({
      file: source.file,
      questions: read.questions.length,
      unanswered: read.questions.filter((question) => question.answer === null).length,
      vfile: source.vfile,
    });
    for (const question of read.questions) questions.push(question);
  });
  const origins = resultKeys ? new QuestionOrigins(results, resultKeys) : undefined;
  let decisions: MergeDecision[] | undefined = [];
  let diagnostics: Diagnostic[] = [];
  let bankKey: string | undefined;
  let merging: MergeStats | undefined;
  if (options.dedupe !== false) {
    options.onProgress?.({ stage: 'dedupe' });
    const memo = cacheDir && inputKey && origins ? { dir: cacheDir, inputKey, origins } : undefined;
    const dedupe = options.dedupe ?? {};
    // Overrides may name a question with each formula its bare TeX (as the sheet's bands show it): the reader of formulas (the parser) loads only for them.
    const overridden = (dedupe.overrides?.merge?.length ?? 0) + (dedupe.overrides?.keepApart?.length ?? 0) > 0;
    const plainWording = overridden ? (await import('../wording/plain-wording.js')).wordingText : undefined;
    const result = await memoisedDedupe(questions, { ...dedupe, ...(plainWording ? { plainWording } : {}) }, memo, options.decisions !== false);
    questions = result.questions;
    decisions = result.decisions;
    diagnostics = result.diagnostics;
    bankKey = result.key;
    if (result.reused !== undefined) merging = { reused: result.reused };
  } else if (inputKey) {
    // Unmerged, the bank is the files' results in document order: what read them identifies it.
    bankKey = createHash('sha256').update(`without merging\n${inputKey}`).digest('hex');
  }
  const bank: QuestionBank = { schemaVersion: SCHEMA_VERSION, sources: summaries, questions: inDocumentOrder(questions) };
  await memoSaved;
  options.onProgress?.({ stage: 'collected' });
  return {
    bank,
    files,
    skipped,
    ...(decisions ? { decisions } : {}),
    diagnostics,
    reading,
    ...(merging ? { merging } : {}),
    ...(bankKey ? { bankKey } : {}),
    ...(origins ? { origins } : {}),
  };
}

/**
 * The cache folder holds our own files, never notes; and a `node_modules`
 * that holds nothing but the cache was made by us, so it is left out without
 * being listed among the skipped files.
 */
async function cacheFolders(cwd: string, cacheDir: string | undefined): Promise<string[]> {
  if (!cacheDir) return [];
  const modules = path.resolve(cwd, 'node_modules');
  if (path.resolve(cacheDir) !== path.join(modules, '.cache', 'qbank')) return [cacheDir];
  const inside = await readdir(modules).catch(() => undefined);
  return inside?.length === 1 && inside[0] === '.cache' ? [cacheDir, modules] : [cacheDir];
}

/**
 * Questions in the order of their first occurrence: file by file, line by line, and those of one line
 * (a web page written on one line) as they come, in the order read (the merge gives its result so).
 */
function inDocumentOrder(questions: Question[]): Question[] {
  const key = (question: Question) => question.occurrences[0]!;
  // A stable sort: ties keep their order.
  return [...questions].sort((a, b) => {
    const x = key(a);
    const y = key(b);
    return x.file < y.file ? -1 : x.file > y.file ? 1 : x.line - y.line;
  });
}
