/**
 * Which index entries a question holds (candidates.ts): per wording, the
 * entries of its rarest tokens (its prefix). One reading, over any table
 * laid out as TokenTable and KeyTable are, so that a rebuild can read the
 * prefix of a question as the last matching held it (its table in the
 * record, the document frequencies of then) and as this one holds it, and
 * probe again only where the two differ (changed-askers.ts).
 */

/** A key in more than this many questions is indexed together with each other token of its wording (candidates.ts). */
export const FREQUENT = 100;

/** Items, wordings and tokens as TokenTable lays them out, with each token's index keys as KeyTable ranks them. */
export interface PrefixLayout {
  itemStart: Int32Array;
  variantStart: Int32Array;
  weight: Float64Array;
  total: Float64Array;
  keys: Int32Array;
  keyStart: Int32Array;
}

/** Receives each entry an item holds: a key alone (`second` -1) or two keys, and the wording `v` that holds it. */
export interface HoldingSink {
  held(first: number, second: number, v: number): void;
}

/**
 * Reads prefixes with one set of document frequencies. A key's rank stands for its string, so ties of
 * rarity are broken in string order whatever table the ranks are of.
 */
export class PrefixReader {
  private readonly order: number[] = [];
  private layout: PrefixLayout | undefined;

  /**
   * @param documentFrequency per key rank, in how many questions the key occurs
   * @param unmatchedShare the share of a wording's weight a duplicate may leave unmatched (1 - merge score)
   */
  constructor(
    private readonly documentFrequency: Int32Array,
    private readonly unmatchedShare: number,
  ) {}

  isFrequent(key: number): boolean {
    return this.documentFrequency[key]! > FREQUENT;
  }

  /**
   * Each entry item `i` of `layout` holds, per wording (in order; an entry may come again from a later
   * wording: the sink keeps the first). A frequent key is held together with each other token's own
   * key, except in a one-token wording.
   */
  holdingsOf(layout: PrefixLayout, i: number, sink: HoldingSink): void {
    const { itemStart, variantStart, keys, keyStart, weight, total } = layout;
    const { order } = this;
    this.layout = layout;
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const first = variantStart[v]!;
      const end = variantStart[v + 1]!;
      const alone = end - first === 1;
      order.length = 0;
      for (let t = first; t < end; t++) order.push(t);
      order.sort(this.byRarity);
      let held = 0;
      for (let o = 0; o < order.length; o++) {
        const t = order[o]!;
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          if (!this.isFrequent(key) || alone) sink.held(key, -1, v);
          else for (let other = first; other < end; other++) if (other !== t) sink.held(key, keys[keyStart[other]!]!, v);
        }
        held += weight[t]!;
        if (held > this.unmatchedShare * total[v]! + 1e-9) break;
      }
    }
  }

  private readonly byRarity = (a: number, b: number): number => {
    const { keys, keyStart } = this.layout!;
    const keyA = keys[keyStart[a]!]!;
    const keyB = keys[keyStart[b]!]!;
    return this.documentFrequency[keyA]! - this.documentFrequency[keyB]! || keyA - keyB;
  };
}
