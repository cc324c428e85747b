/**
 * Searches that come in text order, each for the first of something at or
 * after an offset: the passes that mend the raw text read openers in order
 * and look for each one's closer. A search is answered from the last one
 * under the same key while that still applies (it started no later and found
 * nothing, or something no earlier than the offset asked about): a note of a
 * thousand openers and no closer is searched to its end once, not a thousand
 * times.
 */
export class ForwardSearches<T> {
  private readonly last = new Map<string, { from: number; found: T }>();

  /** @param positionOf where a search's finding is, -1 for nothing found */
  constructor(private readonly positionOf: (found: T) => number) {}

  /** What `search` finds first at or after `from`, searched under `key`. */
  find(key: string, from: number, search: () => T): T {
    const last = this.last.get(key);
    if (last && last.from <= from) {
      const at = this.positionOf(last.found);
      if (at === -1 || at >= from) return last.found;
    }
    const found = search();
    this.last.set(key, { from, found });
    return found;
  }
}
