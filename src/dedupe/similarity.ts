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
import { isSpellingVariant } from './spelling.js';
import type { Token } from './tokens.js';

export type Via = 'whole/whole' | 'lead/whole' | 'whole/lead';

export interface Alignment {
  /** min(coverA, coverB): the decision quantity, 0..1. */
  score: number;
  coverA: number;
  coverB: number;
  /** Tokens matched only as spelling slips (counted against a wording when choosing the clearest). */
  slipsA: number;
  slipsB: number;
  /** Which wordings were aligned ("lead/whole": the lead question of the first); set by compare. */
  via: Via;
}

/** The alignment of wordings with nothing in common (shared, never changed). */
export const NOTHING_IN_COMMON: Readonly<Alignment> = Object.freeze({
  score: 0, coverA: 0, coverB: 0, slipsA: 0, slipsB: 0, via: 'whole/whole',
});

type Matched = Uint8Array;

/** The score of a subject swap: a near miss, below any sensible merge score. */
const SWAP_CAP = 0.75;

function keysMatch(a: Token, b: Token): boolean {
  if (a.keyId === b.keyId) return true;
  const equivalents = a.equivalentIds;
  if (equivalents === undefined) return false;
  for (const id of equivalents) if (id === b.keyId) return true;
  return false;
}

/** Mark tokens of `solid` spelt as two adjacent words of `split` ("dataset" / "data set"). */
function matchCompounds(solid: Token[], solidMatched: Matched, split: Token[], splitMatched: Matched): void {
  for (let i = 0; i < solid.length; i++) {
    const token = solid[i]!;
    if (solidMatched[i] || !token.latin || token.raw.length < 5) continue;
    for (let j = 0; j + 1 < split.length; j++) {
      // joinedNextId is -1 unless both words are Latin.
      if (splitMatched[j] || splitMatched[j + 1] || split[j]!.joinedNextId !== token.rawId) continue;
      solidMatched[i] = splitMatched[j] = splitMatched[j + 1] = 1;
      break;
    }
  }
}

function coveredWeight(tokens: Token[], matched: Matched): number {
  let covered = 0;
  for (let i = 0; i < tokens.length; i++) if (matched[i]) covered += tokens[i]!.weight;
  return covered;
}

/**
 * Cover if every unmatched Latin word that could still match did: a
 * compound or a spelling slip needs an unmatched Latin word on the other
 * side starting with the same letter (initialBit: bits 0..63 in two words).
 */
function optimisticCover(tokens: Token[], matched: Matched, otherTokens: Token[], otherMatched: Matched): number {
  let low = 0;
  let high = 0;
  for (let j = 0; j < otherTokens.length; j++) {
    const other = otherTokens[j]!;
    if (otherMatched[j] || !other.latin) continue;
    if (other.initial < 32) low |= 1 << other.initial;
    else high |= 1 << (other.initial - 32);
  }
  let possible = 0;
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    total += token.weight;
    const initial = token.initial;
    const mayMatch = token.latin && (initial < 32 ? (low >>> initial) & 1 : (high >>> (initial - 32)) & 1);
    if (matched[i] || mayMatch) possible += token.weight;
  }
  return total === 0 ? 0 : possible / total;
}

function totalWeight(tokens: Token[]): number {
  let total = 0;
  for (const token of tokens) total += token.weight;
  return total;
}

function sharesSubject(tokens: Token[], matched: Matched): boolean {
  for (let i = 0; i < tokens.length; i++) if (matched[i] && tokens[i]!.subject) return true;
  return false;
}

function hasUnmatchedSubject(tokens: Token[], matched: Matched): boolean {
  for (let i = 0; i < tokens.length; i++) if (!matched[i] && tokens[i]!.subject) return true;
  return false;
}

/** Scratch flags, reused by every call (align is not re-entrant): no garbage per pair. */
let scratchA: Uint8Array = new Uint8Array(64);
let scratchB: Uint8Array = new Uint8Array(64);
function flags(scratch: Uint8Array, length: number): Uint8Array {
  const grown = scratch.length >= length ? scratch : new Uint8Array(length * 2);
  grown.fill(0, 0, length);
  return grown;
}

/** The result of the last alignInto (scratch, like the flags): a bank compares millions of pairs. */
const last = { nothing: true, score: 0, coverA: 0, coverB: 0, slipsA: 0, slipsB: 0 };

// Rounded so that 4/5 compares as 0.8 whatever the order of additions.
const round = (x: number) => Math.round(x * 1e6) / 1e6;

/**
 * Align two wordings' tokens into `last`. With `floor`, a pair that cannot
 * reach it even if every remaining Latin word matched by compound or
 * spelling stops after the exact matches (it then has nothing in common,
 * and only that its score is below `floor` is known).
 */
function alignInto(a: Token[], b: Token[], floor: number): void {
  last.nothing = true;
  const matchedA = (scratchA = flags(scratchA, a.length));
  const matchedB = (scratchB = flags(scratchB, b.length));
  for (let i = 0; i < a.length; i++) {
    for (let j = 0; j < b.length; j++) {
      if (keysMatch(a[i]!, b[j]!)) {
        matchedA[i] = 1;
        matchedB[j] = 1;
      }
    }
  }
  if (floor > 0 && Math.min(optimisticCover(a, matchedA, b, matchedB), optimisticCover(b, matchedB, a, matchedA)) < floor) return;
  matchCompounds(a, matchedA, b, matchedB);
  matchCompounds(b, matchedB, a, matchedA);
  let slipsA = 0;
  let slipsB = 0;
  for (let i = 0; i < a.length; i++) {
    if (matchedA[i] || !a[i]!.spellable) continue;
    for (let j = 0; j < b.length; j++) {
      // A slip keeps the first letter (isSpellingVariant): most pairs of words stop here.
      if (matchedB[j] || !b[j]!.spellable || b[j]!.initial !== a[i]!.initial) continue;
      if (isSpellingVariant(a[i]!.raw, b[j]!.raw)) {
        matchedA[i] = matchedB[j] = 1;
        slipsA++;
        slipsB++;
        break;
      }
    }
  }
  // Sharing only generic or facet words ("model", "components") while each
  // side has its own subject means two different subjects: not similar.
  if (!sharesSubject(a, matchedA) && (hasUnmatchedSubject(a, matchedA) || hasUnmatchedSubject(b, matchedB))) return;
  const totalA = totalWeight(a);
  const totalB = totalWeight(b);
  const coverA = totalA === 0 ? 0 : coveredWeight(a, matchedA) / totalA;
  const coverB = totalB === 0 ? 0 : coveredWeight(b, matchedB) / totalB;
  let score = round(Math.min(coverA, coverB));
  // Each side naming a subject the other lacks is one subject swapped for
  // another ("strengths of batch normalization" / "strengths of the
  // perceptron"): a different question however much of the frame is shared.
  if (score >= SWAP_CAP && hasUnmatchedSubject(a, matchedA) && hasUnmatchedSubject(b, matchedB)) score = SWAP_CAP;
  last.nothing = false;
  last.score = score;
  last.coverA = round(coverA);
  last.coverB = round(coverB);
  last.slipsA = slipsA;
  last.slipsB = slipsB;
}

/** Align two wordings' tokens (see alignInto for `floor`). */
export function align(a: Token[], b: Token[], floor = 0): Readonly<Alignment> {
  alignInto(a, b, floor);
  if (last.nothing) return NOTHING_IN_COMMON;
  const { score, coverA, coverB, slipsA, slipsB } = last;
  return { score, coverA, coverB, slipsA, slipsB, via: 'whole/whole' };
}

/** align(a, b, floor).score, without building the alignment: the hot path of a large bank. */
export function alignmentScore(a: Token[], b: Token[], floor = 0): number {
  alignInto(a, b, floor);
  return last.nothing ? 0 : last.score;
}
