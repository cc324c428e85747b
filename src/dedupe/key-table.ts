/**
 * The keys of every wording of every question, as the candidate index
 * (candidates.ts) reads them: flat arrays of key ranks, where a key's rank
 * is its place among all keys in string order, so that numbers can stand
 * for keys without changing any order the index decides by.
 */
import { AMBIGUOUS_KEYS } from './lexicon.js';
import { LATIN, JOINS_NEXT, type TokenTable } from './token-table.js';
import { stem } from './tokens.js';
import { IntList } from './entry-index.js';
import { wordOf } from './word-ids.js';

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

  forEach(tokens: TokenTable, t: number, use: (key: string) => void): void {
    const key = wordOf(tokens.keyId[t]!);
    use(key);
    for (const meaning of AMBIGUOUS_KEYS.get(key) ?? []) use(meaning);
    if (!(tokens.info[t]! & LATIN)) return;
    const raw = tokens.raw[t]!;
    const prefix = this.prefixKey(raw);
    if (prefix !== null) use(prefix);
    // JOINS_NEXT: the next token of the wording is a Latin word too.
    if (tokens.info[t]! & JOINS_NEXT) use(this.joinedKey(raw, tokens.raw[t + 1]!));
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

/**
 * Every token's keys as flat arrays of key ranks, over the layout of its
 * TokenTable (`tokens`: item `i` owns wordings `itemStart[i]..itemStart[i + 1]`,
 * wording `v` owns tokens `variantStart[v]..variantStart[v + 1]`): token `t`
 * owns keys `keyStart[t]..keyStart[t + 1]` (its own key first).
 */
export class KeyTable {
  readonly keys: Int32Array;
  readonly keyStart: Int32Array;
  /** Each variant's place in the order of total weight, then signature (equal for equal ones). */
  readonly place: Int32Array;
  /** The variants in that order (equal ones in index order). */
  readonly byPlace: Int32Array;
  /** Number of distinct keys; ranks are 0..size-1 in string order. */
  readonly size: number;

  constructor(tokens: TokenTable) {
    const t = tokens.variantStart[tokens.variantCount]!;
    const keys = new IntList();
    this.keyStart = new Int32Array(t + 1);
    const firstSeen = new Map<string, number>();
    const names: string[] = [];
    const use = (key: string) => {
      let id = firstSeen.get(key);
      if (id === undefined) {
        id = names.length;
        firstSeen.set(key, id);
        names.push(key);
      }
      keys.push(id);
    };
    const indexKeys = new IndexKeys();
    for (let token = 0; token < t; token++) {
      this.keyStart[token] = keys.length;
      indexKeys.forEach(tokens, token, use);
    }
    this.keyStart[t] = keys.length;
    // First-seen ids -> ranks in string order.
    const order = names.map((_, id) => id).sort((a, b) => (names[a]! < names[b]! ? -1 : names[a]! > names[b]! ? 1 : 0));
    const rank = new Int32Array(names.length);
    order.forEach((id, r) => (rank[id] = r));
    this.keys = keys.values.subarray(0, keys.length);
    for (let k = 0; k < this.keys.length; k++) this.keys[k] = rank[this.keys[k]!]!;
    this.size = names.length;
    ({ place: this.place, byPlace: this.byPlace } = placesOf(tokens, this.keys, this.keyStart));
  }

  ownKey(token: number): number {
    return this.keys[this.keyStart[token]!]!;
  }
}

/**
 * Every wording's place in the order of total weight, then token signature
 * (its own keys, sorted, compared as a sequence: as the strings of the sorted
 * keys joined by spaces would sort), equal places for equal ones: crowded
 * lists of the candidate index sort by it.
 */
function placesOf(tokens: TokenTable, keys: Int32Array, keyStart: Int32Array): { place: Int32Array; byPlace: Int32Array } {
  const { variantStart, total } = tokens;
  const v = tokens.variantCount;
  const signatures = new Int32Array(variantStart[v]!);
  for (let x = 0; x < v; x++) {
    for (let y = variantStart[x]!; y < variantStart[x + 1]!; y++) signatures[y] = keys[keyStart[y]!]!;
    signatures.subarray(variantStart[x]!, variantStart[x + 1]!).sort();
  }
  const compareSignatures = (x: number, y: number) => {
    const [fromX, toX, fromY, toY] = [variantStart[x]!, variantStart[x + 1]!, variantStart[y]!, variantStart[y + 1]!];
    for (let i = fromX, j = fromY; i < toX && j < toY; i++, j++) {
      if (signatures[i] !== signatures[j]) return signatures[i]! - signatures[j]!;
    }
    return toX - fromX - (toY - fromY);
  };
  const byWeight = Array.from({ length: v }, (_, x) => x).sort((x, y) => total[x]! - total[y]! || compareSignatures(x, y));
  const place = new Int32Array(v);
  byWeight.forEach((x, k) => {
    const previous = byWeight[k - 1];
    place[x] = previous === undefined ? 0 : total[previous] === total[x] && compareSignatures(previous, x) === 0 ? place[previous]! : k;
  });
  return { place, byPlace: Int32Array.from(byWeight) };
}
