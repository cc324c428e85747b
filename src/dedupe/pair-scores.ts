/**
 * The scores of a matching's candidate pairs, kept so that the next matching
 * of mostly the same questions scores only the pairs it has not met before.
 * After one question is reworded, nearly every pair is one of two wordings
 * that did not change, and scoring them again was a quarter of the matching.
 *
 * A pair's score is a function of the two items' wordings alone
 * (fingerprint.ts), and of the floor it was scored with: below the floor,
 * scoring stops early and only "below the floor" is known. So what is kept
 * per pair is what was learnt of it, whichever floor a later matching
 * scores it with: its exact score, or that it is below a floor. Items are
 * recognised by their wordings, not by their index, which shifts when a
 * question is added or removed (match-record.ts).
 *
 * A recalled score gives the matching what scoring would: an exact score at
 * or above the floor is what scoring gives; any score below the floor, the
 * matching treats alike (it is neither a duplicate nor kept as a near miss,
 * see dedupe.ts). That needs the floor below the merge score, which holds
 * whenever the near-miss score is below it: dedupe.ts recalls nothing otherwise.
 */
import { similarityIn } from './fingerprint.js';
import type { CandidatePairs } from './found-pairs.js';
import { areRunStarts } from './run-starts.js';
import { VIAS, type Via } from './similarity.js';
import type { TokenTable } from './token-table.js';

/** What one matching learnt of its candidate pairs' scores (its items are those of its MatchRecord). */
export interface KeptScores {
  /** Item `i`'s pairs, with items after it: `others[start[i]..start[i + 1]]`, ascending (candidates.ts). */
  start: Int32Array;
  others: Int32Array;
  /** Per pair: its exact score (>= 0), or minus the floor it is below (< 0; a floor is never 0). */
  scores: Float64Array;
  /** Per pair with an exact score: the wordings that gave it, as an index into VIAS. */
  vias: Uint8Array;
}

/**
 * Scores the candidate pairs of one matching, recalling what an earlier
 * record knows, and records what is learnt for the next one.
 */
export class PairScores {
  private readonly scores: Float64Array | undefined;
  private readonly vias: Uint8Array | undefined;
  /** Pairs recalled (for tests and measuring). */
  recalled = 0;

  /**
   * @param earlierIndex per item, its index among the earlier scores' items, or -1 (match-record.ts)
   * @param earlier the scores of an earlier matching, or undefined: recall nothing
   * @param keep whether to keep this matching's scores (`kept`)
   */
  constructor(
    private readonly table: TokenTable,
    private readonly candidates: CandidatePairs,
    private readonly earlierIndex: Int32Array | undefined,
    private readonly earlier: KeptScores | undefined,
    keep: boolean,
  ) {
    if (keep) {
      this.scores = new Float64Array(candidates.size);
      this.vias = new Uint8Array(candidates.size);
    }
  }

  /**
   * The score of candidate pair `k` (items `a` < `b`) with `floor`, as `similarityIn` gives it (any
   * score below `floor` stands for every other), recalled when the earlier record knows it; `out.via`
   * is set to the wordings that gave it.
   */
  score(k: number, a: number, b: number, floor: number, out: { via: Via }): number {
    const slot = this.earlierSlot(a, b);
    const known = slot < 0 ? NaN : this.earlier!.scores[slot]!;
    // Exact: what scoring gives at or above the floor, and below it as good as what it gives.
    // Below an earlier floor no higher than this one: below this one too.
    if (known >= 0 || -known <= floor) {
      this.recalled++;
      if (this.scores) {
        this.scores[k] = known;
        this.vias![k] = this.earlier!.vias[slot]!;
      }
      out.via = known >= 0 ? VIAS[this.earlier!.vias[slot]!]! : 'whole/whole';
      return known >= 0 ? known : 0;
    }
    const score = similarityIn(this.table, a, b, floor, out);
    if (this.scores) {
      // A floor of 0 keeps every score exact.
      this.scores[k] = score >= floor ? score : -floor;
      this.vias![k] = VIAS.indexOf(out.via);
    }
    return score;
  }

  /** What this matching learnt, for the next one (only when made with `keep`). */
  kept(): KeptScores | undefined {
    const { scores, vias } = this;
    if (!scores || !vias) return undefined;
    return { start: this.candidates.start, others: this.candidates.others, scores, vias };
  }

  /** Where the earlier scores have the pair of items `a` < `b`, or -1. */
  private earlierSlot(a: number, b: number): number {
    const { earlierIndex, earlier } = this;
    if (!earlierIndex || !earlier) return -1;
    const x = earlierIndex[a]!;
    const y = earlierIndex[b]!;
    // Items keep their order (both are sorted by id, and one id has one wording); the guard keeps `via` right regardless.
    if (x < 0 || y <= x) return -1;
    let low = earlier.start[x]!;
    let high = earlier.start[x + 1]! - 1;
    const { others } = earlier;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const found = others[middle]!;
      if (found === y) return middle;
      if (found < y) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }
}

/** Whether a stored value is the scores of `count` items that can be read without a wrong index (a damaged or foreign one is not). */
export function isKeptScores(value: unknown, count: number): value is KeptScores {
  if (value === null || typeof value !== 'object') return false;
  const { start, others, scores, vias } = value as Partial<KeptScores>;
  if (!(start instanceof Int32Array && others instanceof Int32Array && scores instanceof Float64Array && vias instanceof Uint8Array)) return false;
  const pairs = others.length;
  if (start.length !== count + 1 || !areRunStarts(start, pairs) || scores.length !== pairs || vias.length !== pairs) return false;
  for (let i = 0; i < count; i++) {
    for (let k = start[i]!; k < start[i + 1]!; k++) {
      const other = others[k]!;
      if (other <= i || other >= count || (k > start[i]! && other <= others[k - 1]!)) return false;
    }
  }
  for (let k = 0; k < pairs; k++) if (!Number.isFinite(scores[k]) || vias[k]! >= VIAS.length) return false;
  return true;
}
