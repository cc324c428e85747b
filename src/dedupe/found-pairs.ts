/** The candidate pairs as the index finds them (candidates.ts). */
import { IntList } from './entry-index.js';

/**
 * Pairs of questions as found, in one growing typed array (a large bank
 * finds millions, several times each): no array per question while finding.
 */
export class PairList {
  /** Smaller index, larger index, pair after pair. */
  private found = new IntList();

  constructor(private readonly count: number) {}

  add(i: number, j: number): void {
    this.found.push(Math.min(i, j));
    this.found.push(Math.max(i, j));
  }

  /** For each question, its partners with a larger index, ascending and each once. */
  byFirst(): CandidatePairs {
    const { count } = this;
    const { values: pairs, length } = this.found;
    const start = new Int32Array(count + 1);
    for (let k = 0; k < length; k += 2) start[pairs[k]! + 1]!++;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    const others = new Int32Array(length / 2);
    for (let k = 0; k < length; k += 2) others[next[pairs[k]!]!++] = pairs[k + 1]!;
    this.found = new IntList(); // let the pairs go
    // Each row sorted and its repeats dropped, packed to the left: row i then starts where row i - 1 ended.
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const row = others.subarray(start[i]!, start[i + 1]!).sort();
      start[i] = kept;
      for (let k = 0; k < row.length; k++) if (k === 0 || row[k] !== row[k - 1]) others[kept++] = row[k]!;
    }
    start[count] = kept;
    return new CandidatePairs(start, others.subarray(0, kept));
  }
}

/**
 * The candidate pairs of a bank, rows of one flat array: question `i`'s
 * partners are `others[start[i]..start[i + 1]]`, each larger than `i`,
 * ascending. (No array per question: a large bank has a hundred thousand.)
 */
export class CandidatePairs {
  constructor(
    readonly start: Int32Array,
    readonly others: Int32Array,
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
