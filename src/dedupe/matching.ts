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
import { grown } from './grown.js';
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

/** Every Verdict, in the order MatchedPairs stores one as its index. */
export const VERDICTS: readonly Verdict[] = ['merged', 'kept-apart', 'near-miss'];

/**
 * The pairs worth a decision, in order of (a, b), as columns: a bank of 10,000 questions has tens of
 * thousands, made at every comparison, stored and read back, and an object per pair was the cost of
 * each; a few hundred reasons among them, each written once.
 */
export interface MatchedPairs {
  a: Int32Array;
  b: Int32Array;
  score: Float64Array;
  /** Index into VERDICTS. */
  verdict: Uint8Array;
  /** Index into `reasons`. */
  reason: Int32Array;
  reasons: string[];
}

/** Pair `k` of `pairs` as one object: only the decision log (made for `check --dupes`) needs pairs as objects. */
export function pairAt(pairs: MatchedPairs, k: number): MatchedPair {
  return { a: pairs.a[k]!, b: pairs.b[k]!, score: pairs.score[k]!, verdict: VERDICTS[pairs.verdict[k]!]!, reason: pairs.reasons[pairs.reason[k]!]! };
}

const VERDICT_INDEX = Object.fromEntries(VERDICTS.map((verdict, index) => [verdict, index])) as Record<Verdict, number>;

/** MatchedPairs made pair by pair, in order. */
export class MatchedPairsBuilder {
  private a: Int32Array;
  private b: Int32Array;
  private score: Float64Array;
  private verdict: Uint8Array;
  private reason: Int32Array;
  private size = 0;
  private readonly reasons: string[] = [];
  private readonly reasonAt = new Map<string, number>();

  constructor(expected: number) {
    const room = Math.max(16, expected);
    this.a = new Int32Array(room);
    this.b = new Int32Array(room);
    this.score = new Float64Array(room);
    this.verdict = new Uint8Array(room);
    this.reason = new Int32Array(room);
  }

  add(a: number, b: number, score: number, verdict: Verdict, reason: string): void {
    if (this.size === this.a.length) this.grow();
    let at = this.reasonAt.get(reason);
    if (at === undefined) this.reasonAt.set(reason, (at = this.reasons.push(reason) - 1));
    const k = this.size++;
    this.a[k] = a;
    this.b[k] = b;
    this.score[k] = score;
    this.verdict[k] = VERDICT_INDEX[verdict];
    this.reason[k] = at;
  }

  pairs(): MatchedPairs {
    const { size } = this;
    return { a: this.a.slice(0, size), b: this.b.slice(0, size), score: this.score.slice(0, size), verdict: this.verdict.slice(0, size), reason: this.reason.slice(0, size), reasons: this.reasons };
  }

  private grow(): void {
    const room = this.size + 1;
    this.a = grown(this.a, room);
    this.b = grown(this.b, room);
    this.score = grown(this.score, room);
    this.verdict = grown(this.verdict, room);
    this.reason = grown(this.reason, room);
  }
}

export interface Matching {
  /** Per item: the label of its cluster (the index of one of its members). */
  labelOf: readonly number[];
  /** In order of (a, b): the order the log is built in. */
  pairs: MatchedPairs;
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
    arePairsOf(pairs, isItem) &&
    ranksEveryCluster(labelOf, ranked, isItem)
  );
}

/** Whether `value` is MatchedPairs of items that `isItem`, each pair in order (a < b), of known verdicts and reasons. */
function arePairsOf(value: unknown, isItem: (index: unknown) => boolean): value is MatchedPairs {
  if (value === null || typeof value !== 'object') return false;
  const { a, b, score, verdict, reason, reasons } = value as Partial<MatchedPairs>;
  if (!(a instanceof Int32Array && b instanceof Int32Array && score instanceof Float64Array && verdict instanceof Uint8Array && reason instanceof Int32Array)) return false;
  if (!Array.isArray(reasons) || !reasons.every((text) => typeof text === 'string')) return false;
  const count = a.length;
  if (![b, score, verdict, reason].every((column) => column.length === count)) return false;
  for (let k = 0; k < count; k++) {
    if (!(isItem(a[k]) && isItem(b[k]) && a[k]! < b[k]!) || !Number.isFinite(score[k]) || verdict[k]! >= VERDICTS.length || reason[k]! >= reasons.length || reason[k]! < 0) return false;
  }
  return true;
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
