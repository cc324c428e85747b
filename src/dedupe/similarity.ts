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

export interface Alignment {
  /** min(coverA, coverB): the decision quantity, 0..1. */
  score: number;
  coverA: number;
  coverB: number;
  /** Tokens matched only as spelling slips (counted against a wording when choosing the clearest). */
  slipsA: number;
  slipsB: number;
  /** Which wordings were aligned ("whole/whole", "lead/whole", ...); set by compare. */
  via: string;
}

/** The alignment of wordings with nothing in common (shared, never changed). */
export const NOTHING_IN_COMMON: Readonly<Alignment> = Object.freeze({
  score: 0, coverA: 0, coverB: 0, slipsA: 0, slipsB: 0, via: 'whole/whole',
});

type Matched = Uint8Array;

/** The score of a subject swap: a near miss, below any sensible merge score. */
const SWAP_CAP = 0.75;

function keysMatch(a: Token, b: Token): boolean {
  return a.key === b.key || (a.equivalents?.has(b.key) ?? false);
}

/** Mark tokens of `solid` spelt as two adjacent words of `split` ("dataset" / "data set"). */
function matchCompounds(solid: Token[], solidMatched: Matched, split: Token[], splitMatched: Matched): void {
  for (let i = 0; i < solid.length; i++) {
    const token = solid[i]!;
    if (solidMatched[i] || !token.latin || token.raw.length < 5) continue;
    for (let j = 0; j + 1 < split.length; j++) {
      if (splitMatched[j] || splitMatched[j + 1] || !split[j]!.latin || !split[j + 1]!.latin) continue;
      if (split[j]!.raw + split[j + 1]!.raw === token.raw) {
        solidMatched[i] = splitMatched[j] = splitMatched[j + 1] = 1;
        break;
      }
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
 * side starting with the same letter.
 */
function optimisticCover(tokens: Token[], matched: Matched, otherTokens: Token[], otherMatched: Matched): number {
  let initials = '';
  for (let j = 0; j < otherTokens.length; j++) if (!otherMatched[j] && otherTokens[j]!.latin) initials += otherTokens[j]!.raw[0];
  let possible = 0;
  let total = 0;
  for (let i = 0; i < tokens.length; i++) {
    const token = tokens[i]!;
    total += token.weight;
    if (matched[i] || (token.latin && initials.includes(token.raw[0]!))) possible += token.weight;
  }
  return total === 0 ? 0 : possible / total;
}

function totalWeight(tokens: Token[]): number {
  let total = 0;
  for (const token of tokens) total += token.weight;
  return total;
}

function isSubject(token: Token): boolean {
  return token.subject;
}

function sharesSubject(tokens: Token[], matched: Matched): boolean {
  return tokens.some((token, i) => matched[i] && isSubject(token));
}

function hasUnmatchedSubject(tokens: Token[], matched: Matched): boolean {
  return tokens.some((token, i) => !matched[i] && isSubject(token));
}

/**
 * Align two wordings' tokens. With `floor`, a pair that cannot reach it even
 * if every remaining Latin word matched by compound or spelling stops after
 * the exact matches (its score is then below `floor`, and only that is known).
 */
/** Scratch flags, reused by every call (align is not re-entrant): no garbage per pair. */
let scratchA: Uint8Array = new Uint8Array(64);
let scratchB: Uint8Array = new Uint8Array(64);
function flags(scratch: Uint8Array, length: number): Uint8Array {
  const grown = scratch.length >= length ? scratch : new Uint8Array(length * 2);
  grown.fill(0, 0, length);
  return grown;
}

export function align(a: Token[], b: Token[], floor = 0): Readonly<Alignment> {
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
  if (floor > 0 && Math.min(optimisticCover(a, matchedA, b, matchedB), optimisticCover(b, matchedB, a, matchedA)) < floor) {
    return NOTHING_IN_COMMON;
  }
  matchCompounds(a, matchedA, b, matchedB);
  matchCompounds(b, matchedB, a, matchedA);
  let slipsA = 0;
  let slipsB = 0;
  for (let i = 0; i < a.length; i++) {
    if (matchedA[i] || !a[i]!.spellable) continue;
    for (let j = 0; j < b.length; j++) {
      if (matchedB[j] || !b[j]!.spellable) continue;
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
  if (!sharesSubject(a, matchedA) && (hasUnmatchedSubject(a, matchedA) || hasUnmatchedSubject(b, matchedB))) {
    return NOTHING_IN_COMMON;
  }
  const totalA = totalWeight(a);
  const totalB = totalWeight(b);
  const coverA = totalA === 0 ? 0 : coveredWeight(a, matchedA) / totalA;
  const coverB = totalB === 0 ? 0 : coveredWeight(b, matchedB) / totalB;
  // Rounded so that 4/5 compares as 0.8 whatever the order of additions.
  const round = (x: number) => Math.round(x * 1e6) / 1e6;
  let score = round(Math.min(coverA, coverB));
  // Each side naming a subject the other lacks is one subject swapped for
  // another ("strengths of batch normalization" / "strengths of the
  // perceptron"): a different question however much of the frame is shared.
  if (score >= SWAP_CAP && hasUnmatchedSubject(a, matchedA) && hasUnmatchedSubject(b, matchedB)) score = SWAP_CAP;
  return { score, coverA: round(coverA), coverB: round(coverB), slipsA, slipsB, via: 'whole/whole' };
}
