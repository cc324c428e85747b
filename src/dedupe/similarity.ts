/**
 * How much two wordings ask the same thing: align their content tokens and
 * take the smaller of the two covered fractions (by weight).
 *
 * Taking the smaller side is what keeps a general question apart from a
 * narrower one: "What is K-means?" is fully covered by "Is K-means
 * guaranteed to converge?", but covers only a small part of it. A question
 * that adds one sibling to a list still scores high: "Batch vs Stochastic
 * Gradient Descent?" covers 4 of the 5 tokens of the three-way batch /
 * mini-batch / SGD question (0.8), which is deliberate (see README: the
 * same question per the issue).
 *
 * Tokens align, in this order: by equal key (or an equivalent one,
 * 정규화 ~ normalization | regularization), by a solid word spelt as two
 * adjacent words ("dataset" / "data set"), by a spelling slip.
 */
import { isSlip } from './spelling.js';
import { ALSO_IN_TERM, JOINS_NEXT, LATIN, SPELLABLE, SUBJECT, type TokenTable } from './token-table.js';

export type Via = 'whole/whole' | 'lead/whole' | 'whole/lead';

/** Every Via, in the order typed arrays store one as its index. */
export const VIAS: readonly Via[] = ['whole/whole', 'lead/whole', 'whole/lead'];

/** The score of a subject swap: a near miss, below any sensible merge score. */
const SWAP_CAP = 0.75;

/** A side's scratch array (flags or credits), cleared for `length` tokens (made anew by `make` when too short). */
function cleared<T extends Uint8Array | Float64Array>(scratch: T, length: number, make: (length: number) => T): T {
  const grown = scratch.length >= length ? scratch : make(length * 2);
  grown.fill(0, 0, length);
  return grown;
}
const flags = (length: number) => new Uint8Array(length);
const credits = (length: number) => new Float64Array(length);

// Rounded so that 4/5 compares as 0.8 whatever the order of additions.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * One wording's tokens in a table, and its match flags (the functions below
 * take a side and the other side). The two sides are reused by every call,
 * flags included (alignmentScore is not re-entrant): no garbage per pair.
 */
interface Side {
  table: TokenTable;
  variant: number;
  from: number;
  length: number;
  matched: Uint8Array;
  /**
   * Per token matched by key, what it covers when that is less than its weight (0: its weight). A
   * word standing both inside a term and alone ("normalization and batch normalization") is one token
   * of the full weight; matched by a word inside the term only ("batch normalization"), it covers the
   * term's share, not its alone use too.
   */
  credit: Float64Array;
}
const sideA: Side = { table: undefined as unknown as TokenTable, variant: 0, from: 0, length: 0, matched: new Uint8Array(64), credit: new Float64Array(64) };
const sideB: Side = { table: undefined as unknown as TokenTable, variant: 0, from: 0, length: 0, matched: new Uint8Array(64), credit: new Float64Array(64) };

/**
 * Where each key of the last `B` side sits, by key id: `keyMark[id] ===
 * generation` says the key is there, at token `keyAt[id]` (a wording holds
 * each key once, tokens.ts). Key ids are small dense numbers (word-ids.ts),
 * so a pair's keys are matched in |A| + |B| steps, not |A| x |B|: long
 * wordings are what made the comparisons of a large bank grow faster than
 * the bank.
 */
let keyMark = new Int32Array(1024);
let keyAt = new Int32Array(1024);
let generation = 0;

function markKeys(B: Side): void {
  const keys = B.table.keyId;
  if (++generation === 0x7fffffff) {
    keyMark.fill(0);
    generation = 1;
  }
  for (let j = 0; j < B.length; j++) {
    const key = keys[B.from + j]!;
    if (key >= keyMark.length) {
      const size = Math.max(key + 1, keyMark.length * 2);
      const mark = new Int32Array(size);
      mark.set(keyMark);
      const at = new Int32Array(size);
      at.set(keyAt);
      keyMark = mark;
      keyAt = at;
    }
    keyMark[key] = generation;
    keyAt[key] = j;
  }
}

/** The token of the marked side holding `key`, or -1. */
function markedAt(key: number): number {
  return key < keyMark.length && keyMark[key] === generation ? keyAt[key]! : -1;
}

/** Mark the tokens of each side whose key (or an equivalent key, EQUIVALENT_KEYS) the other side has. */
function matchKeys(A: Side, B: Side): void {
  markKeys(B);
  const keys = A.table.keyId;
  for (let i = 0; i < A.length; i++) {
    const j = markedAt(keys[A.from + i]!);
    if (j >= 0) matchByKey(A, i, B, j);
    const equivalents = A.table.equivalentIds[A.from + i];
    if (equivalents === undefined) continue;
    for (const id of equivalents) {
      const k = markedAt(id);
      if (k >= 0) matchByKey(A, i, B, k);
    }
  }
}

function matchByKey(A: Side, i: number, B: Side, j: number): void {
  // A second match (an equivalent key) of a token already matched in full adds nothing.
  if (!(A.matched[i] && A.credit[i] === 0)) A.credit[i] = creditOf(A, i, B, j);
  if (!(B.matched[j] && B.credit[j] === 0)) B.credit[j] = creditOf(B, j, A, i);
  A.matched[i] = B.matched[j] = 1;
}

/** What token `i` of `side` covers matched by token `j` of `other`: 0 for its weight, else less (Side.credit). */
function creditOf(side: Side, i: number, other: Side, j: number): number {
  const t = side.from + i;
  if (!(side.table.info[t]! & ALSO_IN_TERM)) return 0;
  const weight = side.table.weight[t]!;
  const otherWeight = other.table.weight[other.from + j]!;
  return otherWeight < weight ? Math.max(side.credit[i]!, otherWeight) : 0;
}

/** Mark tokens of `solid` spelt as two adjacent words of `split` ("dataset" / "data set"). */
function matchCompounds(solid: Side, split: Side): void {
  const { table: s } = solid;
  const { table: p } = split;
  // Most words are no two words of the other side together: the wording's bits of joined hashes say so at once.
  const joined = p.joinedBits[split.variant]!;
  if (joined === 0) return;
  for (let i = 0; i < solid.length; i++) {
    const t = solid.from + i;
    if (solid.matched[i] || !(s.info[t]! & LATIN) || s.rawLength[t]! < 5 || !((joined >>> (s.rawHash[t]! & 31)) & 1)) continue;
    for (let j = 0; j + 1 < split.length; j++) {
      const u = split.from + j;
      if (split.matched[j] || split.matched[j + 1] || !(p.info[u]! & JOINS_NEXT) || p.joinedNextHash[u] !== s.rawHash[t]) continue;
      // Equal hashes, and then the words themselves.
      if (p.raw[u]! + p.raw[u + 1]! !== s.raw[t]) continue;
      solid.matched[i] = split.matched[j] = split.matched[j + 1] = 1;
      break;
    }
  }
}

function coveredWeight(side: Side): number {
  let covered = 0;
  for (let i = 0; i < side.length; i++) if (side.matched[i]) covered += side.credit[i]! > 0 ? side.credit[i]! : side.table.weight[side.from + i]!;
  return covered;
}

/**
 * Cover if every unmatched Latin word that could still match did: a
 * compound or a spelling slip needs an unmatched Latin word on the other
 * side starting with the same letter (initialBit: bits 0..63 in two words).
 */
function optimisticCover(side: Side, other: Side): number {
  let low = 0;
  let high = 0;
  for (let j = 0; j < other.length; j++) {
    const t = other.from + j;
    if (other.matched[j] || !(other.table.info[t]! & LATIN)) continue;
    const initial = other.table.initial[t]!;
    if (initial < 32) low |= 1 << initial;
    else high |= 1 << (initial - 32);
  }
  const { table } = side;
  let possible = 0;
  for (let i = 0; i < side.length; i++) {
    const t = side.from + i;
    const initial = table.initial[t]!;
    const mayMatch = table.info[t]! & LATIN && (initial < 32 ? (low >>> initial) & 1 : (high >>> (initial - 32)) & 1);
    if (side.matched[i] || mayMatch) possible += table.weight[t]!;
  }
  const total = table.total[side.variant]!;
  return total === 0 ? 0 : possible / total;
}

function hasSubject(side: Side, matched: 0 | 1): boolean {
  for (let i = 0; i < side.length; i++) if (side.matched[i] === matched && side.table.info[side.from + i]! & SUBJECT) return true;
  return false;
}

/**
 * How similar wordings `va` and `vb` of a table are, 0..1. With `floor`, a
 * pair that cannot reach it even if every remaining Latin word matched by
 * compound or spelling stops after the exact matches and scores 0 (only that
 * its score is below `floor` is known).
 */
export function alignmentScore(table: TokenTable, va: number, vb: number, floor = 0): number {
  const A = sideA;
  const B = sideB;
  A.table = table;
  A.variant = va;
  A.from = table.variantStart[va]!;
  A.length = table.variantStart[va + 1]! - A.from;
  A.matched = cleared(A.matched, A.length, flags);
  A.credit = cleared(A.credit, A.length, credits);
  B.table = table;
  B.variant = vb;
  B.from = table.variantStart[vb]!;
  B.length = table.variantStart[vb + 1]! - B.from;
  B.matched = cleared(B.matched, B.length, flags);
  B.credit = cleared(B.credit, B.length, credits);
  matchKeys(A, B);
  if (floor > 0 && Math.min(optimisticCover(A, B), optimisticCover(B, A)) < floor) return 0;
  matchCompounds(A, B);
  matchCompounds(B, A);
  for (let i = 0; i < A.length; i++) {
    const ta = A.from + i;
    if (A.matched[i] || !(table.info[ta]! & SPELLABLE)) continue;
    for (let j = 0; j < B.length; j++) {
      const tb = B.from + j;
      // A slip keeps the first letter (isSpellingVariant): most pairs of words stop here.
      if (B.matched[j] || !(table.info[tb]! & SPELLABLE) || table.initial[tb] !== table.initial[ta]) continue;
      const x = table.raw[ta]!;
      const y = table.raw[tb]!;
      // Equal words already matched by key: only different ones get here.
      if (isSlip(x, y)) {
        A.matched[i] = B.matched[j] = 1;
        break;
      }
    }
  }
  // Sharing only generic or facet words ("model", "components") while each
  // side has its own subject means two different subjects: not similar.
  if (!hasSubject(A, 1) && (hasSubject(A, 0) || hasSubject(B, 0))) return 0;
  const totalA = table.total[va]!;
  const totalB = table.total[vb]!;
  const coverA = totalA === 0 ? 0 : coveredWeight(A) / totalA;
  const coverB = totalB === 0 ? 0 : coveredWeight(B) / totalB;
  let score = round(Math.min(coverA, coverB));
  // Each side naming a subject the other lacks is one subject swapped for
  // another ("strengths of batch normalization" / "strengths of the
  // perceptron"): a different question however much of the frame is shared.
  if (score >= SWAP_CAP && hasSubject(A, 0) && hasSubject(B, 0)) score = SWAP_CAP;
  return score;
}
