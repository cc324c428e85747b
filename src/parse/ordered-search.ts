/**
 * Where the first of items in order of `at` (a line, an offset) that is at or after `from` stands, by halving (the
 * items' count when none is): no scan from the start.
 */
export function firstIndexAtOrAfter<T>(ordered: readonly T[], from: number, at: (item: T) => number): number {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at(ordered[middle]!) < from) low = middle + 1;
    else high = middle;
  }
  return low;
}
