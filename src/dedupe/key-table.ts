/**
 * The keys of every wording of every question, as the candidate index
 * (candidates.ts) reads them: flat arrays of key ranks, where a key's rank
 * is its place among all keys in string order, so that numbers can stand
 * for keys without changing any order the index decides by.
 */
import { AMBIGUOUS_KEYS } from './lexicon.js';
import { allBelow, LATIN, JOINS_NEXT, type KeptTokens, type TokenTable } from './token-table.js';
import { stem } from './tokens.js';
import { IntList } from './entry-index.js';
import { Interned } from './interned.js';
import { areRunStarts } from './run-starts.js';
import { wordOf } from './word-ids.js';

/** A prefix long enough to be specific, short enough to survive a slip later in the word. */
const SPELLING_PREFIX = 5;

/**
 * The index keys of a token: its key (first), the keys an ambiguous key
 * stands for (so 정규화 finds both normalisation and regularisation),
 * its spelling prefix (`p:`), and the key of it spelt together with the next
 * word ("hyper plane" also gives the key of "hyperplane"). Built while the
 * table is filled, as ranks, not as a string per token: a large bank has
 * millions. The derived keys are remembered per written word (and pair of
 * words), which the bank repeats endlessly: no string is built again for a
 * word seen before.
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
 * A key table's keys as kept from one build to the next (match-record.ts): the key strings in
 * string order (`names`), and each token's keys as their places in it, laid out as the record's
 * tokens are.
 */
export interface KeptKeys {
  names: string[];
  keys: Int32Array;
  keyStart: Int32Array;
}

/** A kept key table, and per item of the new one the item of the kept one it is copied from (-1: none). */
export interface EarlierKeys {
  keys: KeptKeys;
  tokens: Pick<KeptTokens, 'itemStart' | 'variantStart'>;
  indexOf: Int32Array;
}

/**
 * Every token's keys as flat arrays of key ranks, over the layout of its
 * TokenTable (`tokens`: item `i` owns wordings `itemStart[i]..itemStart[i + 1]`,
 * wording `v` owns tokens `variantStart[v]..variantStart[v + 1]`): token `t`
 * owns keys `keyStart[t]..keyStart[t + 1]` (its own key first).
 *
 * The keys of an item copied from an earlier table (TokenTable) are copied
 * too, as their derived keys (a Porter stem of each pair of joined words)
 * cost most of making the table: only new items' keys are made, and ranks
 * are places among the earlier keys and the new ones together. Ranks may
 * then skip keys no token has any more; only their order counts.
 */
export class KeyTable {
  readonly keys: Int32Array;
  readonly keyStart: Int32Array;
  /** Each variant's place in the order of total weight, then signature (equal for equal ones). */
  readonly place: Int32Array;
  /** The variants in that order (equal ones in index order). */
  readonly byPlace: Int32Array;
  /** Ranks are 0..size-1, in string order of the keys they stand for. */
  readonly size: number;
  /** The key of each rank. */
  private readonly names: string[];
  /** Per key of the earlier table (a place in its names), its rank here. */
  private readonly rankOfEarlier: Int32Array;

  constructor(tokens: TokenTable, earlier?: EarlierKeys) {
    const t = tokens.variantStart[tokens.variantCount]!;
    const keys = new IntList();
    this.keyStart = new Int32Array(t + 1);
    // Made keys get ids in the order first seen, stored as -1 - id; copied keys keep their earlier rank.
    const made = new Interned<string>();
    const use = (key: string) => keys.push(-1 - made.indexOf(key));
    const indexKeys = new IndexKeys();
    const { itemStart, variantStart } = tokens;
    for (let i = 0; i < tokens.itemCount; i++) {
      const first = variantStart[itemStart[i]!]!;
      const end = variantStart[itemStart[i + 1]!]!;
      const at = earlier ? earlier.indexOf[i]! : -1;
      if (at < 0) {
        for (let token = first; token < end; token++) {
          this.keyStart[token] = keys.length;
          indexKeys.forEach(tokens, token, use);
        }
        continue;
      }
      // The same tokens in the same order as the earlier item's (TokenTable copies them so).
      const { keys: kept, keyStart: keptStart } = earlier!.keys;
      const from = earlier!.tokens.variantStart[earlier!.tokens.itemStart[at]!]!;
      for (let token = first; token < end; token++) {
        this.keyStart[token] = keys.length;
        for (let k = keptStart[from + token - first]!; k < keptStart[from + token - first + 1]!; k++) keys.push(kept[k]!);
      }
    }
    this.keyStart[t] = keys.length;
    const { names, rankOfEarlier, rankOfMade } = mergedNames(earlier?.keys.names ?? [], made.items);
    this.keys = keys.values.subarray(0, keys.length);
    for (let k = 0; k < this.keys.length; k++) {
      const key = this.keys[k]!;
      this.keys[k] = key < 0 ? rankOfMade[-1 - key]! : rankOfEarlier[key]!;
    }
    this.names = names;
    this.rankOfEarlier = rankOfEarlier;
    this.size = names.length;
    ({ place: this.place, byPlace: this.byPlace } = placesOf(tokens, this.keys, this.keyStart));
  }

  ownKey(token: number): number {
    return this.keys[this.keyStart[token]!]!;
  }

  /** Keys of the earlier table this one was made with (places in its names) as ranks of this one: every earlier key has one. */
  earlierRanks(keys: Int32Array): Int32Array {
    return keys.map((key) => this.rankOfEarlier[key]!);
  }

  /** The keys to keep for a later table: only those some token has, in string order. */
  kept(): KeptKeys {
    const UNUSED = -1;
    const USED = -2;
    const placeOf = new Int32Array(this.size).fill(UNUSED);
    for (const key of this.keys) placeOf[key] = USED;
    const names: string[] = [];
    for (let rank = 0; rank < this.size; rank++) {
      if (placeOf[rank] !== USED) continue;
      placeOf[rank] = names.length;
      names.push(this.names[rank]!);
    }
    return { names, keys: this.keys.map((key) => placeOf[key]!), keyStart: this.keyStart };
  }
}

/**
 * The earlier keys (sorted, distinct) and the made ones (in the order first seen, distinct) as one
 * sorted list of distinct keys, and each one's place in it.
 */
function mergedNames(earlier: readonly string[], made: readonly string[]): { names: string[]; rankOfEarlier: Int32Array; rankOfMade: Int32Array } {
  const order = made.map((_, id) => id).sort((a, b) => (made[a]! < made[b]! ? -1 : made[a]! > made[b]! ? 1 : 0));
  const names: string[] = [];
  const rankOfEarlier = new Int32Array(earlier.length);
  const rankOfMade = new Int32Array(made.length);
  let e = 0;
  const takeEarlier = () => {
    rankOfEarlier[e] = names.length;
    names.push(earlier[e++]!);
  };
  for (const id of order) {
    const key = made[id]!;
    while (e < earlier.length && earlier[e]! < key) takeEarlier();
    // A made key the earlier table had too: one rank for both.
    if (e < earlier.length && earlier[e] === key) rankOfEarlier[e++] = names.length;
    rankOfMade[id] = names.length;
    names.push(key);
  }
  while (e < earlier.length) takeEarlier();
  return { names, rankOfEarlier, rankOfMade };
}

/**
 * Whether `value` is kept keys for `tokens` tokens: distinct names in string order, at least one key
 * per token (its own key, which the index reads first), and keys among the names.
 */
export function isKeptKeys(value: unknown, tokens: number): value is KeptKeys {
  if (value === null || typeof value !== 'object') return false;
  const { names, keys, keyStart } = value as Partial<KeptKeys>;
  if (!(Array.isArray(names) && keys instanceof Int32Array && keyStart instanceof Int32Array)) return false;
  if (keyStart.length !== tokens + 1 || !areRunStarts(keyStart, keys.length)) return false;
  for (let t = 0; t < tokens; t++) if (keyStart[t + 1] === keyStart[t]) return false;
  for (let k = 0; k < names.length; k++) if (typeof names[k] !== 'string' || (k > 0 && !(names[k - 1]! < names[k]!))) return false;
  return allBelow(keys, names.length);
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
    // Plain reads, not a destructured array: a sort calls this some 150,000 times at 10,000 questions, in code that runs once.
    const fromX = variantStart[x]!;
    const toX = variantStart[x + 1]!;
    const fromY = variantStart[y]!;
    const toY = variantStart[y + 1]!;
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
