/**
 * What comparing the questions' wordings decided, apart from everything
 * else about them: which cluster each item joins, and each pair worth a
 * line in the decision log. It is the costly part of deduplication and it
 * reads nothing but each item's id, kind and wordings, the resolved
 * overrides and the thresholds. `matchingKey` hashes exactly those, so a
 * build whose edits changed only answers, places or tags can reuse the last
 * matching instead of comparing again (build/dedupe-memo.ts).
 */
import { createHash } from 'node:crypto';
import type { Diagnostic } from '../report/diagnostic.js';
import type { Question } from '../schema/question-bank.js';
import type { ResolvedOverrides } from './overrides.js';

/**
 * `merged`: the two ended in one question; `kept-apart`: they scored as
 * duplicates but stayed apart (override, coding vs concept, or complete
 * linkage: unlike another member); `near-miss`: similar, below the merge score.
 */
export type Verdict = 'merged' | 'kept-apart' | 'near-miss';

/** A pair of items (by index, a < b) and the decision the log will show for it. */
export interface MatchedPair {
  a: number;
  b: number;
  /** Exact score; the log shows it rounded. */
  score: number;
  verdict: Verdict;
  reason: string;
}

export interface Matching {
  /** Per item: the label of its cluster (the index of one of its members). */
  labelOf: readonly number[];
  /** In order of (a, b): the order the log is built in. */
  pairs: readonly MatchedPair[];
  /** Notes of the comparison itself (a forced merge that overrides also keep apart). */
  diagnostics: readonly Diagnostic[];
}

/** What of an item the comparison reads. */
export interface MatchedItem {
  id: string;
  kind: Question['kind'];
  /** The question fingerprinted: its wording and translations. */
  compared: Question;
}

export function matchingKey(items: readonly MatchedItem[], overrides: ResolvedOverrides, thresholds: object): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ thresholds, mergeGroups: overrides.mergeGroups, keepApart: [...overrides.keepApart].sort((x, y) => x - y) }));
  for (const { id, kind, compared } of items) {
    hash.update(`\n${id}\0${kind}\0${compared.question}\0${compared.translations?.en ?? ''}\0${compared.translations?.ko ?? ''}`);
  }
  return hash.digest('hex');
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['merged', 'kept-apart', 'near-miss']);

/** Whether a stored value is a matching of `count` items (a foreign or damaged entry is not). */
export function isMatching(value: unknown, count: number): value is Matching {
  if (value === null || typeof value !== 'object') return false;
  const { labelOf, pairs, diagnostics } = value as Partial<Matching>;
  const isItem = (index: unknown) => Number.isInteger(index) && (index as number) >= 0 && (index as number) < count;
  return (
    Array.isArray(labelOf) &&
    labelOf.length === count &&
    labelOf.every(isItem) &&
    Array.isArray(diagnostics) &&
    Array.isArray(pairs) &&
    pairs.every(
      (pair: Partial<MatchedPair> | null) =>
        pair !== null &&
        typeof pair === 'object' &&
        isItem(pair.a) &&
        isItem(pair.b) &&
        typeof pair.score === 'number' &&
        typeof pair.reason === 'string' &&
        VERDICTS.has(pair.verdict as string),
    )
  );
}
