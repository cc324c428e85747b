/**
 * The candidate index's storage (candidates.ts): entries of one key or of
 * two keys together, numbered as they are made, in typed arrays. A large
 * bank makes hundreds of thousands of entries and looks them up millions
 * of times; objects and maps per entry were most of that time.
 */

/** A growing list of 32-bit integers (no array of objects per entry or question while indexing). */
export class IntList {
  values = new Int32Array(1 << 12);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }
}

/**
 * Entries of two keys, by the pair (smaller key first): open addressing over
 * typed arrays. A question looks up dozens of pairs, a large bank millions;
 * a map of maps hashed its way through each of them several times slower.
 */
class PairTable {
  private low = new Int32Array(1 << 12).fill(-1);
  private high = new Int32Array(1 << 12);
  private entry = new Int32Array(1 << 12);
  private used = 0;

  get(a: number, b: number): number {
    const low = a < b ? a : b;
    const high = a < b ? b : a;
    const mask = this.low.length - 1;
    for (let slot = PairTable.hash(low, high) & mask; ; slot = (slot + 1) & mask) {
      if (this.low[slot] === -1) return -1;
      if (this.low[slot] === low && this.high[slot] === high) return this.entry[slot]!;
    }
  }

  /** Adds the pair, which must not be there yet. */
  set(a: number, b: number, entry: number): void {
    if ((this.used + 1) * 2 > this.low.length) this.grow();
    this.place(Math.min(a, b), Math.max(a, b), entry);
    this.used++;
  }

  private place(low: number, high: number, entry: number): void {
    const mask = this.low.length - 1;
    let slot = PairTable.hash(low, high) & mask;
    while (this.low[slot] !== -1) slot = (slot + 1) & mask;
    this.low[slot] = low;
    this.high[slot] = high;
    this.entry[slot] = entry;
  }

  private grow(): void {
    const [low, high, entry] = [this.low, this.high, this.entry];
    this.low = new Int32Array(low.length * 2).fill(-1);
    this.high = new Int32Array(low.length * 2);
    this.entry = new Int32Array(low.length * 2);
    for (let slot = 0; slot < low.length; slot++) if (low[slot] !== -1) this.place(low[slot]!, high[slot]!, entry[slot]!);
  }

  private static hash(low: number, high: number): number {
    return (Math.imul(low, 0x9e3779b1) ^ Math.imul(high, 0x85ebca6b)) >>> 0;
  }
}

/**
 * The index: entries numbered as they are made, each a key alone or two
 * keys together (`second` -1 for a key alone). Single keys are found by
 * rank, pairs by their two keys in either order.
 */
export class Index {
  private readonly singles: Int32Array;
  private readonly pairs = new PairTable();
  private readonly first = new IntList();
  private readonly second = new IntList();

  constructor(size: number) {
    this.singles = new Int32Array(size).fill(-1);
  }

  get size(): number {
    return this.first.length;
  }

  /** The entry of a key alone, or -1. */
  single(key: number): number {
    return this.singles[key]!;
  }

  /** The entry of two keys together, or -1. */
  pair(a: number, b: number): number {
    return this.pairs.get(a, b);
  }

  singleOrNew(key: number): number {
    if (this.singles[key]! < 0) this.singles[key] = this.make(key, -1);
    return this.singles[key]!;
  }

  pairOrNew(a: number, b: number): number {
    let entry = this.pairs.get(a, b);
    if (entry < 0) {
      entry = this.make(Math.min(a, b), Math.max(a, b));
      this.pairs.set(a, b, entry);
    }
    return entry;
  }

  /** Entry order: as their key strings sorted ("a" < "a\u0001b" < "ab"). */
  compare(p: number, q: number): number {
    return this.first.values[p]! - this.first.values[q]! || this.second.values[p]! - this.second.values[q]!;
  }

  private make(first: number, second: number): number {
    this.first.push(first);
    this.second.push(second);
    return this.first.length - 1;
  }
}
