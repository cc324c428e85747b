/**
 * The JSON export, made incremental. `questions.json` is still written
 * whole, but a question whose key (question-origins.ts) is that of a
 * question in the file as the last export left it takes its text from that
 * file, instead of being validated and stringified again: with one note out
 * of a hundred edited, that is nearly every question.
 *
 * What is remembered is where each question's text is in the file (its key,
 * start and length), under the file's size and modification time: an edited,
 * replaced or missing file is not read, and every question is written
 * afresh.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Question } from '../schema/question-bank.js';
import { QUESTIONS_FILE_NAME, type QuestionTexts } from '../export/json/index.js';
import { ContentCache, versionKey } from '../cache/index.js';
import type { QuestionOrigins } from './question-origins.js';
import { fileState } from './file-state.js';

interface Stored {
  keys: string[];
  /** Where each text starts in the file and its length, in bytes. */
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
  // Keys assume the code and options that made them (question-origins.ts); the export scope covers all of it.
  const cache = new ContentCache<Stored>({ dir: memo.dir, version: await versionKey({ memo: 'json texts' }, 'export') }, isStored);
  const name = `<json texts>${file}`;
  const texts = new RememberedTexts(memo.origins, await previousTexts(file, name, cache));
  const result = await run(texts);
  const state = await fileState(file);
  if (state) await cache.set(name, state, texts.record);
  return result;
}

class RememberedTexts implements QuestionTexts {
  readonly record: Stored = { keys: [], starts: [], lengths: [] };
  readonly file: Uint8Array | undefined;
  /** The question last asked about and its key: `written` follows `recall` for the same question. */
  private lastQuestion: Question | undefined;
  private lastKey: string | undefined;
  /** The entry after the last one recalled. */
  private cursor = 0;
  /** Every entry by key, made only when an entry is not where the cursor is. */
  private at: Map<string, number> | undefined;

  constructor(
    private readonly origins: QuestionOrigins,
    private readonly previous: { bytes: Buffer; stored: Stored } | undefined,
  ) {
    this.file = previous?.bytes;
  }

  recall(question: Question): Uint8Array | undefined {
    const key = this.keyOf(question);
    const previous = this.previous;
    if (previous === undefined || key === undefined) return undefined;
    const index = this.entryOf(key, previous.stored.keys);
    if (index === undefined) return undefined;
    const start = previous.stored.starts[index]!;
    return previous.bytes.subarray(start, start + previous.stored.lengths[index]!);
  }

  written(question: Question, at: number, length: number): void {
    const key = this.keyOf(question);
    if (key === undefined) return;
    this.record.keys.push(key);
    this.record.starts.push(at);
    this.record.lengths.push(length);
  }

  /**
   * Questions keep their order from one export to the next (document order), so the entry after
   * the last one recalled is nearly always the one asked for: compared first, before any lookup
   * (hashing ten thousand long keys, and a map of them, cost more than the comparison).
   */
  private entryOf(key: string, keys: readonly string[]): number | undefined {
    if (keys[this.cursor] === key) return this.cursor++;
    const index = (this.at ??= new Map(keys.map((entry, index) => [entry, index]))).get(key);
    if (index !== undefined) this.cursor = index + 1;
    return index;
  }

  private keyOf(question: Question): string | undefined {
    if (this.lastQuestion !== question) {
      this.lastQuestion = question;
      this.lastKey = this.origins.keyOf(question);
    }
    return this.lastKey;
  }
}

/** The last export's file and where its questions are, when the file is as that export left it. */
async function previousTexts(file: string, name: string, cache: ContentCache<Stored>) {
  const state = await fileState(file);
  const stored = state === undefined ? undefined : await cache.get(name, state);
  if (stored === undefined) return undefined;
  const bytes = await readFile(file).catch(() => undefined);
  if (bytes === undefined || stored.starts.some((start, index) => start + stored.lengths[index]! > bytes.length)) return undefined;
  return { bytes, stored };
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const { keys, starts, lengths } = value as Partial<Stored>;
  const isCounts = (list: unknown) => Array.isArray(list) && list.length === keys?.length && list.every((n) => Number.isInteger(n) && n >= 0);
  return Array.isArray(keys) && keys.every((key) => typeof key === 'string') && isCounts(starts) && isCounts(lengths);
}
