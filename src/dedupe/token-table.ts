/**
 * The tokens of many fingerprints laid out flat, one typed array per field,
 * so that comparing two questions reads a few contiguous runs of memory
 * instead of following pointers from question to wording to token. In a
 * bank of 100,000 questions the comparisons (millions of pairs, each
 * touching a random other question) were bound by those pointer chases.
 *
 * Item `i` owns wordings `itemStart[i]..itemStart[i + 1]`; wording `v` owns
 * tokens `variantStart[v]..variantStart[v + 1]`.
 */
import type { Fingerprint } from './fingerprint.js';
import { equivalentIdsOf } from './tokens.js';
import { grown } from './grown.js';
import { Interned } from './interned.js';
import { areRunStarts } from './run-starts.js';
import { wordId, wordOf } from './word-ids.js';

/** Token flags (`info`). */
export const LATIN = 1;
export const SPELLABLE = 2;
export const SUBJECT = 4;
/** The token and the next are both Latin words (joinedNextHash is theirs together). */
export const JOINS_NEXT = 8;
/** The word stands both inside a term and alone in its wording (Token.alsoInTerm). */
export const ALSO_IN_TERM = 16;

/** What canonical.ts reads of a question's tokens: each wording's role, and its tokens' keys and spellings. */
export interface WordingTokens {
  variants: ReadonlyArray<{
    role: 'whole' | 'lead';
    tokens: ReadonlyArray<{ key: string; raw: string; latin: boolean }>;
  }>;
}

/**
 * A table's columns as kept from one build to the next (match-record.ts): keys by their text, as word
 * ids are the process's own, and no column that the others give (token lengths, equivalent keys).
 * Each token's key and spelling are places in one list of the distinct words (`words`): a bank
 * repeats a few thousand words endlessly, and a string per token made the record slow to read.
 */
export interface KeptTokens {
  itemStart: Int32Array;
  variantStart: Int32Array;
  lead: Uint8Array;
  sentences: Int32Array;
  total: Float64Array;
  joinedBits: Int32Array;
  words: string[];
  keys: Int32Array;
  raw: Int32Array;
  rawHash: Int32Array;
  joinedNextHash: Int32Array;
  weight: Float64Array;
  info: Uint8Array;
  initial: Uint8Array;
}

/** Items of a kept table (`count` of them from `item` on, one when not given), to be copied into a new one instead of fingerprinting their questions again. */
export interface KeptItem {
  kept: KeptTokens;
  item: number;
  count?: number;
}

/**
 * A table's columns while they are filled, wording by wording (a fingerprint) or run by run (items
 * copied from a kept table): they are reallocated as they grow, so the table takes them only once
 * they are full.
 */
class ColumnFiller {
  itemStart = new Int32Array(1024);
  variantStart = new Int32Array(1024);
  lead = new Uint8Array(1024);
  sentences = new Int32Array(1024);
  total = new Float64Array(1024);
  joinedBits = new Int32Array(1024);
  keyId = new Int32Array(4096);
  rawHash = new Int32Array(4096);
  joinedNextHash = new Int32Array(4096);
  weight = new Float64Array(4096);
  info = new Uint8Array(4096);
  initial = new Uint8Array(4096);
  rawLength = new Int32Array(4096);
  readonly raw: string[] = [];
  readonly equivalentIds: Array<readonly number[] | undefined> = [];
  items = 0;
  /** Wordings and tokens filled so far. */
  private variants = 0;
  private tokens = 0;
  /** The kept table items are copied from, and per word of it, its id and equivalent ids (made when first copied). */
  private copiedFrom: KeptTokens | undefined;
  private copiedIds = new Int32Array(0);
  private copiedEquivalents: Array<readonly number[] | undefined> = [];

  /** Starts the next item. */
  startItem(): void {
    if (this.items + 2 > this.itemStart.length) this.itemStart = grown(this.itemStart, this.items + 2);
    this.itemStart[this.items++] = this.variants;
  }

  /** Ends the last item: the run starts of the last item and wording. */
  finish(): void {
    this.itemStart[this.items] = this.variants;
    this.variantStart[this.variants] = this.tokens;
  }

  add(fingerprint: Fingerprint): void {
    let { variants: v, tokens: t } = this;
    for (const wording of fingerprint.variants) {
      if (v + 2 > this.variantStart.length) this.growVariants(v + 2);
      this.variantStart[v] = t;
      this.lead[v] = wording.role === 'lead' ? 1 : 0;
      this.sentences[v] = wording.sentences;
      if (t + wording.tokens.length > this.keyId.length) this.growTokens(t + wording.tokens.length);
      let total = 0;
      let joinedBits = 0;
      for (const token of wording.tokens) {
        if (token.joinsNext) joinedBits |= 1 << (token.joinedNextHash & 31);
        this.keyId[t] = token.keyId;
        this.rawHash[t] = token.rawHash;
        this.joinedNextHash[t] = token.joinedNextHash;
        this.weight[t] = token.weight;
        this.info[t] = (token.latin ? LATIN : 0) | (token.spellable ? SPELLABLE : 0) | (token.subject ? SUBJECT : 0) | (token.joinsNext ? JOINS_NEXT : 0) | (token.alsoInTerm ? ALSO_IN_TERM : 0);
        this.initial[t] = token.initial;
        this.rawLength[t] = token.raw.length;
        this.raw.push(token.raw);
        this.equivalentIds.push(token.equivalentIds);
        total += token.weight;
        t++;
      }
      this.joinedBits[v] = joinedBits;
      this.total[v++] = total;
    }
    this.variants = v;
    this.tokens = t;
  }

  /**
   * Copies items `first..first + count` of a kept table as they were: the columns that need no
   * remapping in one move each, so that a table made mostly from the last one costs a pass over its
   * tokens, not work per item and wording.
   */
  copy(kept: KeptTokens, first: number, count: number): void {
    if (this.copiedFrom !== kept) {
      this.copiedFrom = kept;
      this.copiedIds = new Int32Array(kept.words.length).fill(-1);
      this.copiedEquivalents = new Array<readonly number[] | undefined>(kept.words.length);
    }
    const { copiedIds, copiedEquivalents } = this;
    const v = this.variants;
    const t = this.tokens;
    const fromVariant = kept.itemStart[first]!;
    const endVariant = kept.itemStart[first + count]!;
    const fromToken = kept.variantStart[fromVariant]!;
    const endToken = kept.variantStart[endVariant]!;
    if (this.items + count + 1 > this.itemStart.length) this.itemStart = grown(this.itemStart, this.items + count + 1);
    for (let m = 0; m < count; m++) this.itemStart[this.items + m] = v + kept.itemStart[first + m]! - fromVariant;
    this.items += count;
    const variants = endVariant - fromVariant;
    if (v + variants + 1 > this.variantStart.length) this.growVariants(v + variants + 1);
    for (let m = 0; m < variants; m++) this.variantStart[v + m] = t + kept.variantStart[fromVariant + m]! - fromToken;
    this.lead.set(kept.lead.subarray(fromVariant, endVariant), v);
    this.sentences.set(kept.sentences.subarray(fromVariant, endVariant), v);
    this.total.set(kept.total.subarray(fromVariant, endVariant), v);
    this.joinedBits.set(kept.joinedBits.subarray(fromVariant, endVariant), v);
    const tokens = endToken - fromToken;
    if (t + tokens > this.keyId.length) this.growTokens(t + tokens);
    this.rawHash.set(kept.rawHash.subarray(fromToken, endToken), t);
    this.joinedNextHash.set(kept.joinedNextHash.subarray(fromToken, endToken), t);
    this.weight.set(kept.weight.subarray(fromToken, endToken), t);
    this.info.set(kept.info.subarray(fromToken, endToken), t);
    this.initial.set(kept.initial.subarray(fromToken, endToken), t);
    // Keys become this process's word ids; spellings and equivalent keys are the words'.
    for (let k = fromToken; k < endToken; k++) {
      const key = kept.keys[k]!;
      if (copiedIds[key]! < 0) {
        copiedIds[key] = wordId(kept.words[key]!);
        copiedEquivalents[key] = equivalentIdsOf(kept.words[key]!);
      }
      const raw = kept.words[kept.raw[k]!]!;
      this.keyId[t + k - fromToken] = copiedIds[key]!;
      this.rawLength[t + k - fromToken] = raw.length;
      this.raw.push(raw);
      this.equivalentIds.push(kept.info[k]! & LATIN ? copiedEquivalents[key] : undefined);
    }
    this.variants = v + variants;
    this.tokens = t + tokens;
  }

  private growVariants(length: number): void {
    this.variantStart = grown(this.variantStart, length);
    this.lead = grown(this.lead, length);
    this.sentences = grown(this.sentences, length);
    this.total = grown(this.total, length);
    this.joinedBits = grown(this.joinedBits, length);
  }

  private growTokens(length: number): void {
    this.keyId = grown(this.keyId, length);
    this.rawHash = grown(this.rawHash, length);
    this.joinedNextHash = grown(this.joinedNextHash, length);
    this.weight = grown(this.weight, length);
    this.info = grown(this.info, length);
    this.initial = grown(this.initial, length);
    this.rawLength = grown(this.rawLength, length);
  }
}

/** Filled once by the constructor and never changed after. The columns may be longer than what they hold (they grew by doubling). */
export class TokenTable {
  readonly itemStart: Int32Array;
  readonly variantStart: Int32Array;
  /** Per wording: 1 for a lead question, 0 for a whole wording. */
  readonly lead: Uint8Array;
  readonly sentences: Int32Array;
  /** Per wording: its tokens' total weight, summed in token order. */
  readonly total: Float64Array;
  /** Per wording: bit `joinedNextHash & 31` of each of its tokens that JOINS_NEXT (a quick "no compound here"). */
  readonly joinedBits: Int32Array;
  readonly keyId: Int32Array;
  readonly rawHash: Int32Array;
  readonly joinedNextHash: Int32Array;
  readonly weight: Float64Array;
  readonly info: Uint8Array;
  readonly initial: Uint8Array;
  readonly rawLength: Int32Array;
  readonly raw: readonly string[];
  /** Per token: the ids of the keys it also matches, or undefined (most tokens). */
  readonly equivalentIds: ReadonlyArray<readonly number[] | undefined>;
  /** Number of items (questions). */
  readonly itemCount: number;

  /**
   * Fingerprints are read one at a time and not kept: a large bank's
   * fingerprints (hundreds of thousands of small objects) then die young
   * instead of being copied into the old generation and marked there. An
   * item of a kept table is copied as it was (the same columns its
   * fingerprint would give).
   */
  constructor(items: Iterable<Fingerprint | KeptItem>) {
    const filler = new ColumnFiller();
    for (const item of items) {
      if ('kept' in item) filler.copy(item.kept, item.item, item.count ?? 1);
      else {
        filler.startItem();
        filler.add(item);
      }
    }
    filler.finish();
    this.itemCount = filler.items;
    this.itemStart = filler.itemStart;
    this.variantStart = filler.variantStart;
    this.lead = filler.lead;
    this.sentences = filler.sentences;
    this.total = filler.total;
    this.joinedBits = filler.joinedBits;
    this.keyId = filler.keyId;
    this.rawHash = filler.rawHash;
    this.joinedNextHash = filler.joinedNextHash;
    this.weight = filler.weight;
    this.info = filler.info;
    this.initial = filler.initial;
    this.rawLength = filler.rawLength;
    this.raw = filler.raw;
    this.equivalentIds = filler.equivalentIds;
  }

  /** The columns to keep for a later table (views of this one's, which never changes). */
  kept(): KeptTokens {
    const variants = this.variantCount;
    const tokens = this.variantStart[variants]!;
    const words = new Interned<string>();
    // Word ids are small numbers (one per word the process has seen): a key's place is found once per id, not once per token.
    let ids = 0;
    for (let t = 0; t < tokens; t++) ids = Math.max(ids, this.keyId[t]! + 1);
    const placeOfId = new Int32Array(ids).fill(-1);
    const keys = new Int32Array(tokens);
    const raw = new Int32Array(tokens);
    for (let t = 0; t < tokens; t++) {
      const id = this.keyId[t]!;
      if (placeOfId[id]! < 0) placeOfId[id] = words.indexOf(wordOf(id));
      keys[t] = placeOfId[id]!;
      raw[t] = words.indexOf(this.raw[t]!);
    }
    return {
      itemStart: this.itemStart.subarray(0, this.itemCount + 1),
      variantStart: this.variantStart.subarray(0, variants + 1),
      lead: this.lead.subarray(0, variants),
      sentences: this.sentences.subarray(0, variants),
      total: this.total.subarray(0, variants),
      joinedBits: this.joinedBits.subarray(0, variants),
      words: words.items,
      keys,
      raw,
      rawHash: this.rawHash.subarray(0, tokens),
      joinedNextHash: this.joinedNextHash.subarray(0, tokens),
      weight: this.weight.subarray(0, tokens),
      info: this.info.subarray(0, tokens),
      initial: this.initial.subarray(0, tokens),
    };
  }

  /** Number of wordings of all items. */
  get variantCount(): number {
    return this.itemStart[this.itemCount]!;
  }

  /** Item `i`'s wordings and tokens as objects, for the few questions that need them (the members of a merge). */
  wordingsOf(i: number): WordingTokens {
    const variants: Array<WordingTokens['variants'][number]> = [];
    for (let v = this.itemStart[i]!; v < this.itemStart[i + 1]!; v++) {
      const tokens = [];
      for (let t = this.variantStart[v]!; t < this.variantStart[v + 1]!; t++) {
        tokens.push({ key: wordOf(this.keyId[t]!), raw: this.raw[t]!, latin: (this.info[t]! & LATIN) !== 0 });
      }
      variants.push({ role: this.lead[v] ? 'lead' : 'whole', tokens });
    }
    return { variants };
  }
}

/** Whether `value` is kept tokens of `count` items whose columns fit together (a damaged or foreign record's may not). */
export function isKeptTokens(value: unknown, count: number): value is KeptTokens {
  if (value === null || typeof value !== 'object') return false;
  const kept = value as Partial<KeptTokens>;
  const { itemStart, variantStart, words, keys, raw } = kept;
  if (!(itemStart instanceof Int32Array && variantStart instanceof Int32Array && Array.isArray(words) && keys instanceof Int32Array && raw instanceof Int32Array)) {
    return false;
  }
  if (!(kept.lead instanceof Uint8Array && kept.sentences instanceof Int32Array && kept.total instanceof Float64Array && kept.joinedBits instanceof Int32Array)) {
    return false;
  }
  if (!(kept.rawHash instanceof Int32Array && kept.joinedNextHash instanceof Int32Array && kept.weight instanceof Float64Array)) return false;
  if (!(kept.info instanceof Uint8Array && kept.initial instanceof Uint8Array)) return false;
  const variants = variantStart.length - 1;
  const tokens = keys.length;
  return (
    itemStart.length === count + 1 &&
    areRunStarts(itemStart, variants) &&
    areRunStarts(variantStart, tokens) &&
    [kept.lead, kept.sentences, kept.total, kept.joinedBits].every((column) => column.length === variants) &&
    [raw, kept.rawHash, kept.joinedNextHash, kept.weight, kept.info, kept.initial].every((column) => column.length === tokens) &&
    words.every((word) => typeof word === 'string') &&
    allBelow(keys, words.length) &&
    allBelow(raw, words.length)
  );
}

/** Whether every value of `values` is an index below `limit`, 0 included (a plain loop: a record's columns are checked once per build, in code that runs once). */
export function allBelow(values: Int32Array, limit: number): boolean {
  for (let k = 0; k < values.length; k++) if (!(values[k]! >= 0 && values[k]! < limit)) return false;
  return true;
}
