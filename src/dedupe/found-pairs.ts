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

  /** For each question, its partners with a larger index, ascending and each once (views of one array). */
  byFirst(): Int32Array[] {
    const { count } = this;
    const { values: pairs, length } = this.found;
    const start = new Int32Array(count + 1);
    for (let k = 0; k < length; k += 2) start[pairs[k]! + 1]!++;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    const others = new Int32Array(length / 2);
    for (let k = 0; k < length; k += 2) others[next[pairs[k]!]!++] = pairs[k + 1]!;
    this.found = new IntList(); // let the pairs go
    const rows: Int32Array[] = [];
    let kept = 0;
    for (let i = 0; i < count; i++) {
      const row = others.subarray(start[i]!, start[i + 1]!).sort();
      const from = kept;
      for (let k = 0; k < row.length; k++) if (k === 0 || row[k] !== row[k - 1]) others[kept++] = row[k]!;
      rows.push(others.subarray(from, kept));
    }
    return rows;
  }
}
