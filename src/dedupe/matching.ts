/**
 * What comparing the questions' wordings decided, apart from everything
 * else about them: which cluster each item joins, each pair worth a line in
 * the decision log, and which wording of a cluster is the clearest. It is
 * the costly part of deduplication and it reads nothing but each item's id,
 * kind, language, wordings and subject (`about`), the resolved overrides and the thresholds.
 * `matchingKey` hashes exactly those, so a build whose edits changed only
 * answers, places or tags can reuse the last matching instead of comparing
 * again (build/dedupe-memo.ts). The one answer edit that does not is one
 * that changes its question's language (an answer in the other language
 * makes it `mixed`), which the ranking of wordings reads.
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

/** A score as the decision log shows it: three decimals. */
export function roundedScore(score: number): number {
  return Math.round(score * 1000) / 1000;
}

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
  /**
   * The items of each cluster of several, clearest wording first (the order
   * of canonical.ts's `rankWordings`, which reads the wordings' tokens).
   */
  ranked: ReadonlyArray<readonly number[]>;
  /** Notes of the comparison itself (a forced merge that overrides also keep apart). */
  diagnostics: readonly Diagnostic[];
}

/** What of an item the comparison reads. */
export interface MatchedItem {
  id: string;
  kind: Question['kind'];
  /** The question fingerprinted: its wording and translations; its language ranks it. */
  compared: Question;
}

export function matchingKey(items: readonly MatchedItem[], overrides: ResolvedOverrides, thresholds: object): string {
  const hash = createHash('sha256');
  hash.update(JSON.stringify({ thresholds, mergeGroups: overrides.mergeGroups, keepApart: [...overrides.keepApart].sort((x, y) => x - y) }));
  for (const { id, kind, compared } of items) {
    hash.update(`\n${id}\0${kind}\0${compared.lang}\0${compared.question}\0${compared.translations?.en ?? ''}\0${compared.translations?.ko ?? ''}\0${compared.about ?? ''}`);
  }
  return hash.digest('hex');
}

const VERDICTS: ReadonlySet<string> = new Set<Verdict>(['merged', 'kept-apart', 'near-miss']);

/** Whether a stored value is a matching of `count` items (a foreign or damaged entry is not). */
export function isMatching(value: unknown, count: number): value is Matching {
  if (value === null || typeof value !== 'object') return false;
  const { labelOf, pairs, ranked, diagnostics } = value as Partial<Matching>;
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
    ) &&
    ranksEveryCluster(labelOf, ranked, isItem)
  );
}

/** Whether `ranked` lists each cluster of several items once, whole, and nothing else. */
function ranksEveryCluster(labelOf: readonly number[], ranked: unknown, isItem: (index: unknown) => boolean): boolean {
  if (!Array.isArray(ranked)) return false;
  const size = new Map<number, number>();
  for (const label of labelOf) size.set(label, (size.get(label) ?? 0) + 1);
  const listed = new Set<number>();
  for (const list of ranked as unknown[]) {
    if (!Array.isArray(list) || list.length < 2 || !list.every(isItem) || new Set(list).size !== list.length) return false;
    const label = labelOf[list[0] as number]!;
    if (listed.has(label) || list.length !== size.get(label) || list.some((item) => labelOf[item as number] !== label)) return false;
    listed.add(label);
  }
  return [...size.values()].filter((members) => members > 1).length === listed.size;
}
