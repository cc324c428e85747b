/**
 * The ids of the previous build's `questions.json`, so that merged questions
 * keep the id they had (read without parsing the whole file: question-ids.ts).
 *
 * With the cache, the ids are remembered with the file's size and
 * modification time. A build that writes the file remembers the ids it wrote
 * under the file's new state, so the next build, after an edit, does not scan
 * the whole file for them (at 10,000 questions, a tenth of that build); a
 * file changed by anyone else has another state and is scanned.
 */
import path from 'node:path';
import type { Question } from '../schema/question-bank.js';
import { QUESTIONS_FILE_NAME } from '../export/json/file-name.js';
import { questionIdsOf, questionsWithIds } from '../export/json/question-ids.js';
import { ContentCache, versionKey } from '../cache/index.js';
import { fileState } from './file-state.js';
import { rememberedQuestions } from './json-texts.js';

export class PreviousIds {
  private constructor(
    private readonly file: string,
    /** The cache folder: these ids are remembered there, and where the last JSON export wrote each question (json-texts.ts). */
    private readonly cacheDir: string | undefined,
    private readonly cache: ContentCache<string[]> | undefined,
    /** The file's state when its ids were read, if it existed. */
    private readonly state: string | undefined,
    readonly ids: string[] | undefined,
  ) {}

  /** The ids in `outDir`'s questions.json, if any; remembered in `cacheDir` when given. */
  static async read(outDir: string, cacheDir: string | undefined): Promise<PreviousIds> {
    const file = path.join(outDir, QUESTIONS_FILE_NAME);
    // The ids are read by export code (question-ids.ts): its version is the export scope's.
    const cache = cacheDir ? new ContentCache<string[]>({ dir: cacheDir, version: await versionKey({ memo: 'question ids' }, 'export') }, isIdList) : undefined;
    const state = await fileState(file);
    if (state === undefined) return new PreviousIds(file, cacheDir, cache, undefined, undefined);
    const remembered = await cache?.get(memoName(file), state);
    if (remembered) return new PreviousIds(file, cacheDir, cache, state, remembered);
    const ids = await questionIdsOf(file);
    if (ids) await cache?.set(memoName(file), state, ids);
    return new PreviousIds(file, cacheDir, cache, state, ids);
  }

  /**
   * The file's questions of these ids, as far as comparing their wordings needs them
   * (dedupe/edited-ids.ts); undefined when the file cannot be read as a bank. Read from where the
   * last JSON export put them when it remembers that for the file as it is (json-texts.ts), else
   * searched for in the file.
   */
  async questions(ids: readonly string[]): Promise<Question[] | undefined> {
    const remembered = this.cacheDir === undefined ? undefined : await rememberedQuestions(this.file, this.cacheDir, ids);
    const found = remembered ?? (await questionsWithIds(this.file, ids));
    return found?.filter(isComparable).map((question) => ({ ...question, translations: question.translations ?? {}, choices: question.choices ?? [], related: question.related ?? [] }));
  }

  /**
   * After the JSON export wrote `ids` (in order) to the file: remembers them
   * under its new state. Call it only when that export succeeded: a failed
   * one leaves the old file, whose ids these are not.
   */
  async written(ids: readonly string[]): Promise<void> {
    if (!this.cache || ids.length === 0) return;
    const state = await fileState(this.file);
    // Unchanged (the same bytes were not written again): what is remembered holds.
    if (state === undefined || (state === this.state && this.ids !== undefined)) return;
    await this.cache.set(memoName(this.file), state, [...ids]);
  }
}

function memoName(file: string): string {
  return `<question ids>${file}`;
}

/** A previous question whose wordings and kind can be compared: written by any version of the schema, or by hand. */
function isComparable(value: unknown): value is Question {
  if (value === null || typeof value !== 'object') return false;
  const { id, question, kind, translations, choices, context, about } = value as Partial<Question>;
  return (
    typeof id === 'string' &&
    typeof question === 'string' &&
    typeof kind === 'string' &&
    (translations === undefined || (typeof translations === 'object' && translations !== null && Object.values(translations).every((text) => typeof text === 'string'))) &&
    (choices === undefined || (Array.isArray(choices) && choices.every((choice) => typeof choice?.text === 'string'))) &&
    (context === undefined || context === null || typeof context?.markdown === 'string') &&
    (about === undefined || typeof about === 'string')
  );
}

function isIdList(value: unknown): value is string[] {
  return Array.isArray(value) && value.length > 0 && value.every((id) => typeof id === 'string');
}
