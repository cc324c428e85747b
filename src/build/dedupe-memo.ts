/**
 * Deduplication, remembered at two levels:
 *
 * 1. The result: when every file read the same as last time and the merge
 *    options are the same, the last merge result is reused whole (the
 *    "nothing changed" case). It holds the decision log only if the build
 *    that stored it made one; a build that asks for the log and finds none
 *    assembles again from the matching.
 * 2. The matching (dedupe/matching.ts): when the questions' wordings, kinds
 *    and the options are the same, the costly comparison of wordings is
 *    reused and only the merged questions are made again. An edit to an
 *    answer, a tag or the lines around a question takes this path.
 *
 * `previousIds` (the ids of the previous questions.json) only choose the id
 * each cluster keeps. A stored result R, computed from the same questions
 * with previous ids P, is reused when the previous ids now are P again, or
 * are exactly R's ids, which is the normal case on the rebuild after R was
 * written: each cluster of the same questions then holds exactly one id of
 * R, its own, and keeps it, so recomputing would give R again. The matching
 * does not read them.
 */
import { createHash } from 'node:crypto';
import { Deduplication, isMatching, type DedupeOptions, type DedupeResult, type Matching, type MergeDecision } from '../dedupe/index.js';
import type { Question } from '../schema/question-bank.js';
import { ContentCache, versionKey } from '../cache/index.js';
import {
  isPackedDecisions,
  isPackedMatching,
  MergeInputs,
  packDecisions,
  packMatching,
  unpackDecisions,
  unpackMatching,
  type PackedDecisions,
  type PackedMatching,
} from './compact-results.js';

interface Stored {
  previous: string;
  produced: string;
  /** The result, packed against the merge's inputs (compact-results.ts). */
  questions: unknown[];
  /** Absent when the build that stored it did not ask for the decision log. */
  decisions?: PackedDecisions;
  diagnostics: DedupeResult['diagnostics'];
}

const MEMO_NAME = '<dedupe>';
const MATCHING_NAME = '<matching>';

export interface DedupeMemo {
  dir: string;
  /** Identifies the merge's input: every file's path, content hash and reading code. */
  inputKey: string;
}

export interface MemoisedDedupeResult extends Omit<DedupeResult, 'decisions'> {
  /** When asked for. */
  decisions?: MergeDecision[];
  /**
   * With a memo: what identifies this result, the same whenever the merge's
   * inputs, its code and options and the ids it produced are the same (the
   * ids of clusters of the same questions can be chosen only one way once
   * the set of produced ids is known). Exports key their own memo on it.
   */
  key?: string;
}

/**
 * `log`: make the decision log too. Only `check --dupes` shows it, and at
 * 10,000 questions it is tens of thousands of entries to make, store and read.
 */
export async function memoisedDedupe(questions: Question[], options: DedupeOptions, memo: DedupeMemo | undefined, log = true): Promise<MemoisedDedupeResult> {
  if (!memo) {
    const deduplication = new Deduplication(questions, options);
    return deduplication.assemble(deduplication.match(), { log });
  }
  const { previousIds, ...rest } = options;
  const version = await versionKey(rest, 'merge');
  const cache = new ContentCache<Stored>({ dir: memo.dir, version }, isStored);
  const keyOf = (produced: string) => createHash('sha256').update(`${version}\n${memo.inputKey}\n${produced}`).digest('hex');
  const previous = idSetHash(previousIds ?? []);
  const stored = await cache.get(MEMO_NAME, memo.inputKey);
  const inputs = new MergeInputs(questions);
  if (stored && (stored.previous === previous || stored.produced === previous) && (stored.decisions || !log)) {
    const merged = stored.questions.map((packed) => inputs.unpack(packed));
    if (merged.every((question): question is Question => question !== undefined)) {
      const decisions = log && stored.decisions ? { decisions: unpackDecisions(stored.decisions) } : {};
      return { questions: merged, ...decisions, diagnostics: stored.diagnostics, key: keyOf(stored.produced) };
    }
  }
  const deduplication = new Deduplication(questions, options);
  const result = deduplication.assemble(await rememberedMatching(deduplication, memo.dir, version), { log });
  const produced = idSetHash(result.questions.map((question) => question.id));
  await cache.set(MEMO_NAME, memo.inputKey, {
    previous,
    produced,
    questions: result.questions.map((question) => inputs.pack(question)),
    ...(result.decisions ? { decisions: packDecisions(result.decisions) } : {}),
    diagnostics: result.diagnostics,
  });
  return { ...result, key: keyOf(produced) };
}

/** The matching of the last build with the same wordings and options, or a new one (then stored). */
async function rememberedMatching(deduplication: Deduplication, dir: string, version: string): Promise<Matching> {
  const cache = new ContentCache<PackedMatching>({ dir, version }, isPackedMatching);
  const key = deduplication.matchingKey;
  const stored = await cache.get(MATCHING_NAME, key);
  const unpacked = stored && unpackMatching(stored);
  if (unpacked && isMatching(unpacked, deduplication.itemCount)) return unpacked;
  const matching = deduplication.match();
  await cache.set(MATCHING_NAME, key, packMatching(matching));
  return matching;
}

function idSetHash(ids: Iterable<string>): string {
  const sorted = [...new Set(ids)].sort();
  // One update of the ids joined, the same digest as one update per id, without a call per id.
  return createHash('sha256')
    .update(sorted.length === 0 ? '' : `${sorted.join('\n')}\n`)
    .digest('hex');
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const stored = value as Partial<Stored>;
  return (
    typeof stored.previous === 'string' &&
    typeof stored.produced === 'string' &&
    Array.isArray(stored.questions) &&
    (stored.decisions === undefined || isPackedDecisions(stored.decisions)) &&
    Array.isArray(stored.diagnostics)
  );
}
