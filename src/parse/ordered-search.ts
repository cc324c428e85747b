/** The first of items in order of `at` (a line, an offset) that is at or after `from`, by halving: no scan from the start. */
export function firstAtOrAfter<T>(ordered: readonly T[], from: number, at: (item: T) => number): T | undefined {
  let low = 0;
  let high = ordered.length;
  while (low < high) {
    const middle = (low + high) >> 1;
    if (at(ordered[middle]!) < from) low = middle + 1;
    else high = middle;
  }
  return ordered[low];
}
