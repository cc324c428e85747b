/**
 * The JSON export, made incremental. `questions.json` is still written
 * whole, but a question made from the same occurrences read, with the same
 * id and related ids (question-origins.ts), as a question in the file as the
 * last export left it takes its text from that file, instead of being
 * validated and stringified again: with one note out of a hundred edited,
 * that is nearly every question.
 *
 * What is remembered is what each question was made from and where its text
 * is in the file, under the file's size and modification time: an edited,
 * replaced or missing file is not read, and every question is written
 * afresh.
 */
import { open, readFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import type { Question } from '../schema/question-bank.js';
import type { QuestionTexts } from '../export/json/index.js';
import { QUESTIONS_FILE_NAME } from '../export/json/file-name.js';
import { ContentCache, versionKey } from '../cache/index.js';
import type { QuestionOrigins, ReadFile } from './question-origins.js';
import { fileState } from './file-state.js';

interface Stored {
  /** The files the build read (question-origins.ts): what its origins count through. */
  files: ReadFile[];
  /** Per question written, in order: its id, ... */
  ids: string[];
  /** ... its related ids and its origins, each list flat with where each question's part ends ... */
  related: string[];
  relatedEnd: number[];
  origins: number[];
  originEnd: number[];
  /** ... and where its text starts in the file and its length, in bytes. */
  starts: number[];
  lengths: number[];
}

export interface JsonTextMemo {
  /** The cache folder (see src/cache). */
  dir: string;
  origins: QuestionOrigins;
}

/** Runs the JSON export with the texts of the last one at hand, then remembers where this one put each question. */
export async function withRememberedTexts<T>(outDir: string, memo: JsonTextMemo, run: (texts: QuestionTexts) => Promise<T>): Promise<T> {
  const file = path.join(outDir, QUESTIONS_FILE_NAME);
  const cache = await textsCache(memo.dir);
  const texts = new RememberedTexts(memo.origins, await previousTexts(file, cache));
  const result = await run(texts);
  const state = await fileState(file);
  if (state) await cache.set(memoName(file), state, texts.record);
  return result;
}

/**
 * The questions of these ids, parsed, as the last JSON export wrote them to `file` (a questions.json),
 * each read from where that export put it instead of searching the whole file (megabytes) for it;
 * undefined when the file is not as the export left it, or some id is not among those it remembers.
 */
export async function rememberedQuestions(file: string, cacheDir: string, ids: readonly string[]): Promise<unknown[] | undefined> {
  const last = await lastExport(file, await textsCache(cacheDir));
  if (last === undefined) return undefined;
  const { stored, state } = last;
  const entryOf = new Map(stored.ids.map((id, entry) => [id, entry]));
  const entries = ids.map((id) => entryOf.get(id));
  if (entries.some((entry) => entry === undefined)) return undefined;
  let handle: FileHandle | undefined;
  try {
    handle = await open(file, 'r');
    // The file opened is the one the texts were remembered for, not one written over it since.
    const opened = await handle.stat();
    if (`${opened.size}:${opened.mtimeMs}` !== state) return undefined;
    const questions: unknown[] = [];
    for (const [k, entry] of entries.entries()) {
      const text = Buffer.alloc(stored.lengths[entry!]!);
      const { bytesRead } = await handle.read(text, 0, text.length, stored.starts[entry!]!);
      // Not in the shape remembered, or another question there: let the caller search the file.
      const question = bytesRead === text.length ? parsedObject(text.toString('utf8')) : undefined;
      if (question === undefined || (question as { id?: unknown }).id !== ids[k]) return undefined;
      questions.push(question);
    }
    return questions;
  } catch {
    return undefined;
  } finally {
    await handle?.close().catch(() => undefined);
  }
}

/**
 * What the last JSON export remembered of `file`, when the file is as it left it, with that state. Decoded once
 * per state: a build after an edit asks for it twice (the questions edited ones may have been, then the export).
 */
async function lastExport(file: string, cache: ContentCache<Stored>): Promise<{ stored: Stored; state: string } | undefined> {
  const state = await fileState(file);
  if (state === undefined) return undefined;
  const name = memoName(file);
  if (lastRead?.name === name && lastRead.state === state && lastRead.version === cache.version) return lastRead;
  const stored = await cache.get(name, state);
  if (stored === undefined) return undefined;
  lastRead = { name, state, version: cache.version, stored };
  return lastRead;
}

/** The last entry `lastExport` decoded (one: a build writes one questions.json). */
let lastRead: { name: string; state: string; version: string; stored: Stored } | undefined;

/** Where the texts of the JSON exports are remembered: origins assume the code and options that made them (question-origins.ts), which the export scope covers. */
async function textsCache(dir: string): Promise<ContentCache<Stored>> {
  return new ContentCache<Stored>({ dir, version: await versionKey({ memo: 'json texts' }, 'export') }, isStored);
}

function memoName(file: string): string {
  return `<json texts>${file}`;
}

function parsedObject(json: string): object | undefined {
  try {
    const value = JSON.parse(json) as unknown;
    return value !== null && typeof value === 'object' && !Array.isArray(value) ? value : undefined;
  } catch {
    return undefined;
  }
}

/**
 * A question's text is recalled from the entry of its id when that entry had the same related
 * ids and was made from the same occurrences read (origins.originsIn: the same files' results).
 */
class RememberedTexts implements QuestionTexts {
  readonly record: Stored;
  readonly file: Uint8Array | undefined;
  /** Per origin of this build, the same occurrence's origin in the build that wrote the file (-1: none). */
  private readonly then: Int32Array | undefined;
  /** The question last asked about and its origins: `written` follows `recall` for the same question. */
  private lastQuestion: Question | undefined;
  private lastOrigins: number[] | undefined;
  /** The entry after the last one recalled. */
  private cursor = 0;
  /** Every entry by id, made only when an entry is not where the cursor is. */
  private at: Map<string, number> | undefined;

  constructor(
    private readonly origins: QuestionOrigins,
    private readonly previous: { bytes: Buffer; stored: Stored } | undefined,
  ) {
    this.file = previous?.bytes;
    this.then = previous && origins.originsIn(previous.stored.files);
    this.record = { files: [...origins.files], ids: [], related: [], relatedEnd: [], origins: [], originEnd: [], starts: [], lengths: [] };
  }

  recall(question: Question): Uint8Array | undefined {
    const previous = this.previous;
    if (previous === undefined) return undefined;
    const origins = this.originsOf(question);
    if (origins === undefined) return undefined;
    const index = this.entryOf(question.id, previous.stored.ids);
    if (index === undefined || !this.isEntryOf(index, question, origins)) return undefined;
    const start = previous.stored.starts[index]!;
    return previous.bytes.subarray(start, start + previous.stored.lengths[index]!);
  }

  written(question: Question, at: number, length: number): void {
    const origins = this.originsOf(question);
    if (origins === undefined) return;
    const record = this.record;
    record.ids.push(question.id);
    for (const id of question.related) record.related.push(id);
    record.relatedEnd.push(record.related.length);
    for (const origin of origins) record.origins.push(origin);
    record.originEnd.push(record.origins.length);
    record.starts.push(at);
    record.lengths.push(length);
  }

  /**
   * Questions keep their order from one export to the next (document order), so the entry after
   * the last one recalled is nearly always the one asked for: compared first, before any lookup.
   */
  private entryOf(id: string, ids: readonly string[]): number | undefined {
    if (ids[this.cursor] === id) return this.cursor++;
    const index = (this.at ??= new Map(ids.map((entry, index) => [entry, index]))).get(id);
    if (index !== undefined) this.cursor = index + 1;
    return index;
  }

  /** Whether entry `index` was written for a question of the same related ids and origins. */
  private isEntryOf(index: number, question: Question, origins: readonly number[]): boolean {
    const stored = this.previous!.stored;
    const relatedFrom = index === 0 ? 0 : stored.relatedEnd[index - 1]!;
    const related = question.related;
    if (stored.relatedEnd[index]! - relatedFrom !== related.length) return false;
    for (let k = 0; k < related.length; k++) if (stored.related[relatedFrom + k] !== related[k]) return false;
    const originFrom = index === 0 ? 0 : stored.originEnd[index - 1]!;
    if (stored.originEnd[index]! - originFrom !== origins.length) return false;
    for (let k = 0; k < origins.length; k++) {
      const then = this.then![origins[k]!]!;
      if (then < 0 || stored.origins[originFrom + k] !== then) return false;
    }
    return true;
  }

  private originsOf(question: Question): number[] | undefined {
    if (this.lastQuestion !== question) {
      this.lastQuestion = question;
      const origins: number[] = [];
      this.lastOrigins = this.origins.originsOf(question, origins) ? origins : undefined;
    }
    return this.lastOrigins;
  }
}

/** The last export's file and where its questions are, when the file is as that export left it. */
async function previousTexts(file: string, cache: ContentCache<Stored>) {
  const stored = (await lastExport(file, cache))?.stored;
  if (stored === undefined) return undefined;
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined || stored.starts.some((start, index) => start + stored.lengths[index]! > bytes.length)) return undefined;
  return { bytes, stored };
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const { files, ids, related, relatedEnd, origins, originEnd, starts, lengths } = value as Partial<Stored>;
  const isCount = (n: unknown) => Number.isInteger(n) && (n as number) >= 0;
  const isStrings = (list: unknown): list is string[] => Array.isArray(list) && list.every((entry) => typeof entry === 'string');
  /** Per entry, where its part of `flat` ends: never backwards, and the last at the end. */
  const isEnds = (ends: unknown, flat: unknown[]) =>
    Array.isArray(ends) &&
    ends.length === ids?.length &&
    ends.every((end, k) => isCount(end) && end >= (k === 0 ? 0 : ends[k - 1]) && end <= flat.length) &&
    (ends.length === 0 ? flat.length === 0 : ends[ends.length - 1] === flat.length);
  const isCounts = (list: unknown) => Array.isArray(list) && list.length === ids?.length && list.every(isCount);
  return (
    Array.isArray(files) &&
    files.every((file: Partial<ReadFile> | null) => typeof file?.key === 'string' && isCount(file.occurrences)) &&
    isStrings(ids) &&
    isStrings(related) &&
    Array.isArray(origins) &&
    origins.every(isCount) &&
    isEnds(relatedEnd, related) &&
    isEnds(originEnd, origins) &&
    isCounts(starts) &&
    isCounts(lengths)
  );
}
