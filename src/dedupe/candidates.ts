/**
 * Candidate pairs without comparing all pairs: prefix filtering over an
 * inverted index of token keys.
 *
 * Rarity is counted over the whole input (in how many questions a key
 * occurs). Each question puts into the index only the keys of its rarest
 * tokens (its "prefix": per wording, the rarest tokens that together weigh
 * more than 1 - merge score of the wording, 20% by default), then looks up
 * all of its own keys. Two questions become candidates when one holds a key
 * from the other's prefix.
 *
 * Why that finds the duplicates: two wordings merge only when each has at
 * least 80% of its token weight matched in the other, so the prefix cannot
 * be all unmatched: one of its tokens is matched, by its key or, for
 * spelling slips and compounds, by a spelling prefix (`p:`) or a joined
 * spelling the other also has.
 * A wording whose tokens are all inside another's is always found.
 *
 * Three limits keep the work near-linear whatever the input:
 * - A key in more than FREQUENT questions ("dropout" in a large bank) is
 *   indexed together with each other token of its wording ("dropout" +
 *   "overfit"), and alone only for one-token wordings. A duplicate matches
 *   the frequent token and, with 80% of the weight matched, another one too.
 * - A key held by more than CROWD questions (a subject many questions ask
 *   about) is looked up only among the WINDOW holders nearest in total token
 *   weight and then in token signature, and only those weighing 80%..125%
 *   of the asker: a duplicate has at least 80% of its weight matched on
 *   both sides, so it weighs about the same, and identical token sets sit
 *   side by side in that order.
 * - Each question looks through at most BUDGET holders of crowded keys, its
 *   own indexed keys first, then the rarest: in a bank of 100,000 the keys of
 *   common frames ("strengths", "weaknesses", "pitfalls") are crowded, and
 *   without a budget the candidates per question grew with the bank.
 * Near misses (below the merge score) are found when they share a key held
 * by at most CROWD questions; for a subject asked about more often, only
 * wordings close to duplicates are compared (and so linked as related).
 *
 * Keys are strings in the fingerprints; here they become their rank in
 * the sorted list of all keys (KeyTable), so the index is keyed by numbers
 * (no string built or hashed per lookup) while every tie is still broken
 * in the order of the key strings, as the result must not depend on
 * anything but the questions.
 */
import { AMBIGUOUS_KEYS } from './lexicon.js';
import { stem, type Token } from './tokens.js';

/** What the index needs of a question: the tokens of each of its wordings. */
export interface Indexable {
  variants: ReadonlyArray<{ tokens: readonly Token[] }>;
}

/** A prefix long enough to be specific, short enough to survive a slip later in the word. */
const SPELLING_PREFIX = 5;

/**
 * The index keys of a token: its key (first), the keys an ambiguous key
 * stands for (so 정규화 finds both normalisation and regularisation),
 * its spelling prefix (`p:`), and the key of it spelt together with the next
 * word ("hyper plane" also gives the key of "hyperplane"). Built while the
 * table is filled and not kept: a large bank has millions. The derived keys
 * are remembered per written word (and pair of words), which the bank
 * repeats endlessly: no string is built again for a word seen before.
 */
class IndexKeys {
  private readonly prefixKeys = new Map<string, string | null>();
  private readonly joinedKeys = new Map<string, Map<string, string>>();

  forEach(tokens: readonly Token[], t: number, use: (key: string) => void): void {
    const token = tokens[t]!;
    use(token.key);
    for (const key of AMBIGUOUS_KEYS.get(token.key) ?? []) use(key);
    if (!token.latin) return;
    const prefix = this.prefixKey(token.raw);
    if (prefix !== null) use(prefix);
    const next = tokens[t + 1];
    if (next?.latin) use(this.joinedKey(token.raw, next.raw));
  }

  private prefixKey(raw: string): string | null {
    let key = this.prefixKeys.get(raw);
    if (key === undefined) this.prefixKeys.set(raw, (key = raw.length >= SPELLING_PREFIX + 2 ? `p:${raw.slice(0, SPELLING_PREFIX)}` : null));
    return key;
  }

  private joinedKey(raw: string, next: string): string {
    let withRaw = this.joinedKeys.get(raw);
    if (withRaw === undefined) this.joinedKeys.set(raw, (withRaw = new Map()));
    let key = withRaw.get(next);
    if (key === undefined) withRaw.set(next, (key = stem(raw + next)));
    return key;
  }
}

const FREQUENT = 100;
const CROWD = 8;
const WINDOW = 16;
const BUDGET = 64;

/**
 * Every wording's tokens and keys as flat arrays of key ranks. A variant
 * (wording) `v` owns tokens `variantStart[v]..variantStart[v + 1]`, a token
 * `t` owns keys `keyStart[t]..keyStart[t + 1]` (its own key first), an item
 * `i` owns variants `itemStart[i]..itemStart[i + 1]`.
 */
class KeyTable {
  readonly keys: Int32Array;
  readonly keyStart: Int32Array;
  readonly variantStart: Int32Array;
  readonly itemStart: Int32Array;
  readonly weights: Float64Array;
  /** Total token weight of each variant. */
  readonly totals: Float64Array;
  /** Each variant's own keys, sorted: its token signature (compared as a sequence). */
  readonly signatures: Int32Array;
  /** Each variant's place in the order of total weight, then signature (equal for equal ones). */
  readonly place: Int32Array;
  /** The variants in that order (equal ones in index order). */
  readonly byPlace: Int32Array;
  /** Number of distinct keys; ranks are 0..size-1 in string order. */
  readonly size: number;

  constructor(items: readonly Indexable[]) {
    let variants = 0;
    let tokens = 0;
    for (const item of items) {
      variants += item.variants.length;
      for (const variant of item.variants) tokens += variant.tokens.length;
    }
    // At most: its key, two equivalents, a prefix and a joined spelling per token.
    let keys = new Int32Array(tokens * 5);
    let keyCount = 0;
    this.keyStart = new Int32Array(tokens + 1);
    this.variantStart = new Int32Array(variants + 1);
    this.itemStart = new Int32Array(items.length + 1);
    this.weights = new Float64Array(tokens);
    this.totals = new Float64Array(variants);
    const firstSeen = new Map<string, number>();
    const names: string[] = [];
    const use = (key: string) => {
      let id = firstSeen.get(key);
      if (id === undefined) {
        id = names.length;
        firstSeen.set(key, id);
        names.push(key);
      }
      if (keyCount === keys.length) {
        const grown = new Int32Array(keys.length * 2 + 16);
        grown.set(keys);
        keys = grown;
      }
      keys[keyCount++] = id;
    };
    const indexKeys = new IndexKeys();
    let t = 0;
    let v = 0;
    items.forEach((item, i) => {
      this.itemStart[i] = v;
      for (const { tokens: wording } of item.variants) {
        this.variantStart[v] = t;
        let total = 0;
        for (let token = 0; token < wording.length; token++) {
          this.keyStart[t] = keyCount;
          indexKeys.forEach(wording, token, use);
          this.weights[t++] = wording[token]!.weight;
          total += wording[token]!.weight;
        }
        this.totals[v++] = total;
      }
    });
    this.itemStart[items.length] = v;
    this.variantStart[v] = t;
    this.keyStart[t] = keyCount;
    // First-seen ids -> ranks in string order.
    const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
    const rank = new Int32Array(names.length);
    order.forEach((id, r) => (rank[id] = r));
    this.keys = keys.subarray(0, keyCount);
    for (let k = 0; k < keyCount; k++) this.keys[k] = rank[this.keys[k]!]!;
    this.size = names.length;
    this.signatures = new Int32Array(t);
    for (let x = 0; x < v; x++) {
      for (let y = this.variantStart[x]!; y < this.variantStart[x + 1]!; y++) this.signatures[y] = this.keys[this.keyStart[y]!]!;
      this.signatures.subarray(this.variantStart[x]!, this.variantStart[x + 1]!).sort();
    }
    // Every wording's place in weight-then-signature order, equal places for equal ones: crowded lists sort by it.
    const byWeight = Array.from({ length: v }, (_, x) => x).sort((x, y) => this.totals[x]! - this.totals[y]! || this.compareSignatures(x, y));
    this.place = new Int32Array(v);
    this.byPlace = Int32Array.from(byWeight);
    byWeight.forEach((x, k) => {
      const previous = byWeight[k - 1];
      this.place[x] = previous === undefined ? 0 : this.totals[previous] === this.totals[x] && this.compareSignatures(previous, x) === 0 ? this.place[previous]! : k;
    });
  }

  ownKey(token: number): number {
    return this.keys[this.keyStart[token]!]!;
  }

  /** Signature order: as the strings of the sorted keys joined by spaces would sort. */
  compareSignatures(v: number, w: number): number {
    const [fromV, toV, fromW, toW] = [this.variantStart[v]!, this.variantStart[v + 1]!, this.variantStart[w]!, this.variantStart[w + 1]!];
    for (let x = fromV, y = fromW; x < toV && y < toW; x++, y++) {
      if (this.signatures[x] !== this.signatures[y]) return this.signatures[x]! - this.signatures[y]!;
    }
    return toV - fromV - (toW - fromW);
  }
}

/** A growing list of 32-bit integers (no array of objects per entry or question while indexing). */
class IntList {
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
class Index {
  private readonly singles: Int32Array;
  private readonly pairs = new PairTable();
  readonly first = new IntList();
  readonly second = new IntList();

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

/**
 * Pairs of questions as found, in one growing typed array (a large bank
 * finds millions, several times each): no array per question while finding.
 */
class PairList {
  private pairs = new Int32Array(1 << 16);
  private length = 0;

  constructor(private readonly count: number) {}

  add(i: number, j: number): void {
    if (this.length + 2 > this.pairs.length) {
      const grown = new Int32Array(this.pairs.length * 2);
      grown.set(this.pairs);
      this.pairs = grown;
    }
    this.pairs[this.length++] = Math.min(i, j);
    this.pairs[this.length++] = Math.max(i, j);
  }

  /** For each question, its partners with a larger index, ascending and each once (views of one array). */
  byFirst(): Int32Array[] {
    const { count, pairs, length } = this;
    const start = new Int32Array(count + 1);
    for (let k = 0; k < length; k += 2) start[pairs[k]! + 1]!++;
    for (let i = 0; i < count; i++) start[i + 1]! += start[i]!;
    const next = start.slice(0, count);
    const others = new Int32Array(length / 2);
    for (let k = 0; k < length; k += 2) others[next[pairs[k]!]!++] = pairs[k + 1]!;
    this.pairs = new Int32Array(0);
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

/**
 * For each question `i`, the candidates `j > i`, ascending and each once.
 */
export function candidatePairs(items: readonly Indexable[], mergeScore: number): Int32Array[] {
  const unmatchedShare = Math.max(0, 1 - mergeScore);
  const table = new KeyTable(items);
  const { keys, keyStart, variantStart, itemStart, weights, totals } = table;

  const documentFrequency = new Int32Array(table.size);
  const lastItem = new Int32Array(table.size).fill(-1);
  for (let i = 0; i < items.length; i++) {
    for (let k = keyStart[variantStart[itemStart[i]!]!]!; k < keyStart[variantStart[itemStart[i + 1]!]!]!; k++) {
      const key = keys[k]!;
      if (lastItem[key] !== i) (lastItem[key] = i), (documentFrequency[key] = documentFrequency[key]! + 1);
    }
  }
  const isFrequent = (key: number) => documentFrequency[key]! > FREQUENT;

  const index = new Index(table.size);
  // Holdings as found, in item order: entry and wording of each; a question's own are a run of them.
  const heldEntry = new IntList();
  const heldVariant = new IntList();
  const lastHolder = new IntList();
  const ownStart = new Int32Array(items.length + 1);
  const order: number[] = [];
  for (let i = 0; i < items.length; i++) {
    ownStart[i] = heldEntry.length;
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const [first, end] = [variantStart[v]!, variantStart[v + 1]!];
      const alone = end - first === 1;
      // Held once per question, for the first wording that holds it.
      const hold = (entry: number) => {
        while (lastHolder.length <= entry) lastHolder.push(-1);
        if (lastHolder.values[entry] === i) return;
        lastHolder.values[entry] = i;
        heldEntry.push(entry);
        heldVariant.push(v);
      };
      order.length = 0;
      for (let t = first; t < end; t++) order.push(t);
      const rarity = (t: number) => documentFrequency[table.ownKey(t)]!;
      order.sort((a, b) => rarity(a) - rarity(b) || table.ownKey(a) - table.ownKey(b));
      let weight = 0;
      for (const t of order) {
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          if (!isFrequent(key) || alone) hold(index.singleOrNew(key));
          else for (let other = first; other < end; other++) if (other !== t) hold(index.pairOrNew(key, table.ownKey(other)));
        }
        weight += weights[t]!;
        if (weight > unmatchedShare * totals[v]! + 1e-9) break;
      }
    }
  }
  ownStart[items.length] = heldEntry.length;

  // Each entry's holders as a run of two flat arrays, in the order of their wordings' place (weight,
  // then signature; equal ones by item): filled wording by wording in that order, so no list needs sorting.
  const entries = index.size;
  const held = heldEntry.length;
  const holderStart = new Int32Array(entries + 1);
  for (let h = 0; h < held; h++) holderStart[heldEntry.values[h]! + 1]!++;
  for (let e = 0; e < entries; e++) holderStart[e + 1]! += holderStart[e]!;
  const variants = table.totals.length;
  const heldByVariantStart = new Int32Array(variants + 1);
  for (let h = 0; h < held; h++) heldByVariantStart[heldVariant.values[h]! + 1]!++;
  for (let x = 0; x < variants; x++) heldByVariantStart[x + 1]! += heldByVariantStart[x]!;
  const heldByVariant = new Int32Array(held);
  {
    const next = heldByVariantStart.slice(0, variants);
    for (let h = 0; h < held; h++) heldByVariant[next[heldVariant.values[h]!]!++] = h;
  }
  const itemOf = new Int32Array(variants);
  for (let i = 0; i < items.length; i++) itemOf.fill(i, itemStart[i]!, itemStart[i + 1]!);
  const holderItem = new Int32Array(held);
  const holderVariant = new Int32Array(held);
  {
    const next = holderStart.slice(0, entries);
    for (const v of table.byPlace) {
      for (let k = heldByVariantStart[v]!; k < heldByVariantStart[v + 1]!; k++) {
        const at = next[heldEntry.values[heldByVariant[k]!]!]!++;
        holderItem[at] = itemOf[v]!;
        holderVariant[at] = v;
      }
    }
  }
  const holders = (entry: number) => holderStart[entry + 1]! - holderStart[entry]!;
  const crowded = (entry: number) => holders(entry) > CROWD;
  const { place } = table;

  /** Position of the first holder of `entry` at or after variant `v` in weight-then-signature order. */
  const firstAtLeast = (entry: number, v: number) => {
    let low = holderStart[entry]!;
    let high = holderStart[entry + 1]!;
    const at = place[v]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (place[holderVariant[middle]!]! < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const found = new PairList(items.length);
  // Each pair once per asking question (several shared keys find the same one).
  const metBy = new Int32Array(items.length).fill(-1);
  const meet = (i: number, j: number) => {
    if (metBy[j] === i || j === i) return;
    metBy[j] = i;
    found.add(i, j);
  };
  // Each question looks at no more than BUDGET holders of crowded entries,
  // rarest first: a rare key shared is the best evidence of a duplicate, and
  // the keys of a common frame ("strengths", "weaknesses") would otherwise
  // bring hundreds of look-alikes per question in a large bank (work grew
  // faster than the bank). Entries of at most CROWD holders are cheap and
  // telling: all of them are looked through.
  const probedBy = new Int32Array(entries).fill(-1);
  const crowdedProbes: Array<{ entry: number; variant: number; own: boolean }> = [];
  for (let i = 0; i < items.length; i++) {
    crowdedProbes.length = 0;
    const probe = (entry: number, variant: number) => {
      if (entry < 0 || probedBy[entry] === i) return;
      probedBy[entry] = i;
      if (crowded(entry)) crowdedProbes.push({ entry, variant, own: false });
      else for (let k = holderStart[entry]!; k < holderStart[entry + 1]!; k++) meet(i, holderItem[k]!);
    };
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const [first, end] = [variantStart[v]!, variantStart[v + 1]!];
      for (let t = first; t < end; t++) {
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          probe(index.single(key), v);
          if (!isFrequent(key)) continue;
          const own = k === keyStart[t];
          for (let other = first; other < end; other++) {
            if (other === t) continue;
            const otherKey = table.ownKey(other);
            // Two own keys, both frequent: that pair was looked up from the other token already.
            if (own && other < t && isFrequent(otherKey)) continue;
            probe(index.pair(key, otherKey), v);
          }
        }
      }
    }
    if (crowdedProbes.length === 0) continue;
    for (let h = ownStart[i]!; h < ownStart[i + 1]!; h++) {
      for (const probed of crowdedProbes) if (probed.entry === heldEntry.values[h]) probed.own = true;
    }
    // Its own entries first: a wording with the same tokens holds the same ones, next to it in the window.
    crowdedProbes.sort((p, q) => Number(q.own) - Number(p.own) || holders(p.entry) - holders(q.entry) || index.compare(p.entry, q.entry));
    let budget = BUDGET;
    for (const { entry, variant } of crowdedProbes) {
      if (budget <= 0) break;
      const weight = totals[variant]!;
      const from = Math.max(holderStart[entry]!, firstAtLeast(entry, variant) - WINDOW / 2);
      const to = Math.min(holderStart[entry + 1]!, from + WINDOW);
      budget -= to - from;
      for (let k = from; k < to; k++) {
        // A duplicate weighs 80%..125% of the asker.
        const other = totals[holderVariant[k]!]!;
        if (other < weight * mergeScore - 1e-9 || other * mergeScore > weight + 1e-9) continue;
        meet(i, holderItem[k]!);
      }
    }
  }
  return found.byFirst();
}
