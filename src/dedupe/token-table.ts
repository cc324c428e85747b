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

/** Token flags (`info`). */
export const LATIN = 1;
export const SPELLABLE = 2;
export const SUBJECT = 4;
/** The token and the next are both Latin words (joinedNextHash is theirs together). */
export const JOINS_NEXT = 8;

export class TokenTable {
  readonly itemStart: Int32Array;
  readonly variantStart: Int32Array;
  /** Per wording: 1 for a lead question, 0 for a whole wording. */
  readonly lead: Uint8Array;
  readonly sentences: Int32Array;
  /** Per wording: its tokens' total weight, summed in token order. */
  readonly total: Float64Array;
  readonly keyId: Int32Array;
  readonly rawHash: Int32Array;
  readonly joinedNextHash: Int32Array;
  readonly weight: Float64Array;
  readonly info: Uint8Array;
  readonly initial: Uint8Array;
  readonly rawLength: Int32Array;
  readonly raw: string[];
  /** Per token: the ids of the keys it also matches, or undefined (most tokens). */
  readonly equivalentIds: Array<readonly number[] | undefined>;

  constructor(fingerprints: readonly Fingerprint[]) {
    let variants = 0;
    let tokens = 0;
    for (const { variants: wordings } of fingerprints) {
      variants += wordings.length;
      for (const wording of wordings) tokens += wording.tokens.length;
    }
    this.itemStart = new Int32Array(fingerprints.length + 1);
    this.variantStart = new Int32Array(variants + 1);
    this.lead = new Uint8Array(variants);
    this.sentences = new Int32Array(variants);
    this.total = new Float64Array(variants);
    this.keyId = new Int32Array(tokens);
    this.rawHash = new Int32Array(tokens);
    this.joinedNextHash = new Int32Array(tokens);
    this.weight = new Float64Array(tokens);
    this.info = new Uint8Array(tokens);
    this.initial = new Uint8Array(tokens);
    this.rawLength = new Int32Array(tokens);
    this.raw = new Array<string>(tokens);
    this.equivalentIds = new Array<readonly number[] | undefined>(tokens);
    let v = 0;
    let t = 0;
    fingerprints.forEach((fingerprint, i) => {
      this.itemStart[i] = v;
      for (const wording of fingerprint.variants) {
        this.variantStart[v] = t;
        this.lead[v] = wording.role === 'lead' ? 1 : 0;
        this.sentences[v] = wording.sentences;
        let total = 0;
        for (const token of wording.tokens) {
          this.keyId[t] = token.keyId;
          this.rawHash[t] = token.rawHash;
          this.joinedNextHash[t] = token.joinedNextHash;
          this.weight[t] = token.weight;
          this.info[t] = (token.latin ? LATIN : 0) | (token.spellable ? SPELLABLE : 0) | (token.subject ? SUBJECT : 0) | (token.joinsNext ? JOINS_NEXT : 0);
          this.initial[t] = token.initial;
          this.rawLength[t] = token.raw.length;
          this.raw[t] = token.raw;
          this.equivalentIds[t] = token.equivalentIds;
          total += token.weight;
          t++;
        }
        this.total[v++] = total;
      }
    });
    this.itemStart[fingerprints.length] = v;
    this.variantStart[v] = t;
  }
}
