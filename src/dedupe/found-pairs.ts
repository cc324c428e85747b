/** The candidate pairs as the index finds them (candidates.ts). */
import { IntList } from './entry-index.js';

/** A pair's finder bits: the smaller of its two questions met the larger when it probed, or the larger met the smaller. */
export const FOUND_BY_FIRST = 1;
export const FOUND_BY_SECOND = 2;

/**
 * Pairs of questions as found, in one growing typed array (a large bank
 * finds millions, several times each): no array per question while finding.
 */
export class PairList {
  /** Smaller index, then the larger one times four with the finder bits, pair after pair. */
  private found = new IntList();

  constructor(private readonly count: number) {}

  /** Question `asker` met `other` when it probed. */
  add(asker: number, other: number): void {
    if (asker < other) this.addFound(asker, other, FOUND_BY_FIRST);
    else this.addFound(other, asker, FOUND_BY_SECOND);
  }

  /** The pair of `a` < `b`, found by whom `finders` says (FOUND_BY_FIRST, FOUND_BY_SECOND or both). */
  addFound(a: number, b: number, finders: number): void {
    this.found.push(a);
    this.found.push(b * 4 + finders);
  }

  /** For each question, its partners with a larger index, ascending and each once, with who found each. */
  byFirst(): CandidatePairs {
    const { count } = this;
    const { values: pairs, length } = this.found;
    const start = new Int32Array(count + 1);
    for (let k = 0; k < length; k += 2) start[pairs[k]! + 1]!++;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    const coded = new Int32Array(length / 2);
    for (let k = 0; k < length; k += 2) coded[next[pairs[k]!]!++] = pairs[k + 1]!;
    this.found = new IntList(); // let the pairs go
    // Each row sorted and its repeats made one (their finders together), packed to the left: row i
    // then starts where row i - 1 ended. A partner is its code divided by four.
    const others = new Int32Array(coded.length);
    const finders = new Uint8Array(coded.length);
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const row = coded.subarray(start[i]!, start[i + 1]!).sort();
      start[i] = kept;
      for (let k = 0; k < row.length; k++) {
        const other = row[k]! >> 2;
        if (kept > start[i]! && others[kept - 1] === other) finders[kept - 1]! |= row[k]! & 3;
        else (others[kept] = other), (finders[kept++] = row[k]! & 3);
      }
    }
    start[count] = kept;
    return new CandidatePairs(start, others.subarray(0, kept), finders.subarray(0, kept));
  }
}

/**
 * The candidate pairs of a bank, rows of one flat array: question `i`'s
 * partners are `others[start[i]..start[i + 1]]`, each larger than `i`,
 * ascending. (No array per question: a large bank has a hundred thousand.)
 */
export class CandidatePairs {
  /** How many questions probed to find them: all, unless the last matching's pairs were taken (candidates.ts). */
  askers = 0;

  constructor(
    readonly start: Int32Array,
    readonly others: Int32Array,
    /** Per pair: which of its questions met the other when it probed (FOUND_BY_FIRST, FOUND_BY_SECOND). */
    readonly finders: Uint8Array,
  ) {}

  /** Number of questions. */
  get count(): number {
    return this.start.length - 1;
  }

  /** Number of pairs. */
  get size(): number {
    return this.others.length;
  }

  /** Question `i`'s partners (a view). */
  partnersOf(i: number): Int32Array {
    return this.others.subarray(this.start[i]!, this.start[i + 1]!);
  }
}
