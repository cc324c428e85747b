/**
 * Ranges of lines (a callout's), asked which of them first, in their given order, covers a span of lines: an index
 * built once (a Fenwick tree over the ranges by their first line, each node's ranges by their last), so each question
 * costs a few halvings, not a search of all the ranges, which was quadratic in a note of many callouts.
 */
import { firstIndexAtOrAfter } from './ordered-search.js';

interface Lines {
  from: number;
  to: number;
}

interface Node {
  /** Its ranges' last lines, in order. */
  tos: number[];
  /** For each of those, the least place in the given order among the ranges from it on. */
  firstFrom: number[];
}

export class CoveringRanges<T extends Lines> {
  /** The first lines of the ranges, in order. */
  private readonly froms: number[];
  private readonly nodes: Node[] = [];

  constructor(private readonly ranges: readonly T[]) {
    const byFrom = ranges.map((_, place) => place).sort((a, b) => ranges[a]!.from - ranges[b]!.from);
    this.froms = byFrom.map((place) => ranges[place]!.from);
    for (let node = 1; node <= byFrom.length; node++) {
      const own = byFrom.slice(node - (node & -node), node).sort((a, b) => ranges[a]!.to - ranges[b]!.to);
      const firstFrom = [...own];
      for (let at = firstFrom.length - 2; at >= 0; at--) firstFrom[at] = Math.min(firstFrom[at]!, firstFrom[at + 1]!);
      this.nodes[node] = { tos: own.map((place) => ranges[place]!.to), firstFrom };
    }
  }

  /** The first range, in the given order, that starts at or before `from` and ends at or after `to`. */
  first(from: number, to: number): T | undefined {
    let place = Infinity;
    for (let node = firstIndexAtOrAfter(this.froms, from + 1, (line) => line); node > 0; node -= node & -node) {
      const { tos, firstFrom } = this.nodes[node]!;
      const at = firstIndexAtOrAfter(tos, to, (line) => line);
      if (at < tos.length) place = Math.min(place, firstFrom[at]!);
    }
    return this.ranges[place];
  }
}
