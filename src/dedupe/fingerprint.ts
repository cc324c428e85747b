/**
 * What the deduplicator compares of a question: the tokens of each of its
 * wordings (the question, and its translations when a source wrote it in
 * two languages), plus the index keys that find candidate duplicates.
 *
 * A wording of several sentences whose first sentence is a question also
 * offers that lead question on its own: "What's dropout? Why does it prevent
 * overfitting?" asks "What's dropout?" first, and a good answer to it fully
 * answers "What is dropout?". The lead is compared only with single-sentence
 * wordings, so two different follow-ups to one lead do not merge each other.
 */
import type { Question } from '../schema/question-bank.js';
import { AMBIGUOUS_KEYS } from './lexicon.js';
import { align, alignmentScore, NOTHING_IN_COMMON, type Alignment } from './similarity.js';
import { stem, tokenize, type Token } from './tokens.js';

export interface Variant {
  tokens: Token[];
  /** `whole`: the full wording; `lead`: its first sentence only. */
  role: 'whole' | 'lead';
  sentences: number;
}

export interface Fingerprint {
  variants: Variant[];
  /** Index keys of each token of each variant (see tokenKeys). */
  tokenKeys: string[][][];
  /** Weight of each token of each variant. */
  tokenWeights: number[][];
}

const SENTENCE_BREAK = /(?<=[?？])\s+|(?<=[.!。])\s+(?=[\p{Lu}\uac00-\ud7a3])/u;

export function sentencesOf(text: string): string[] {
  return text
    .trim()
    .split(SENTENCE_BREAK)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 0);
}

function wordingsOf(question: Question): string[] {
  const wordings = [question.question, question.translations?.en, question.translations?.ko];
  return [...new Set(wordings.filter((w): w is string => typeof w === 'string' && w.trim().length > 0))];
}

/** A prefix long enough to be specific, short enough to survive a slip later in the word. */
const SPELLING_PREFIX = 5;

/**
 * The index keys of each token: its key (first), the keys an ambiguous key
 * stands for (so 정규화 finds both normalisation and regularisation),
 * its spelling prefix (`p:`), and the key of it spelt together with the next
 * word ("hyper plane" also gives the key of "hyperplane").
 */
function tokenKeys(tokens: Token[]): string[][] {
  return tokens.map((token, i) => {
    const keys = [token.key, ...(AMBIGUOUS_KEYS.get(token.key) ?? [])];
    if (token.latin) {
      if (token.raw.length >= SPELLING_PREFIX + 2) keys.push(`p:${token.raw.slice(0, SPELLING_PREFIX)}`);
      const next = tokens[i + 1];
      if (next?.latin) keys.push(stem(token.raw + next.raw));
    }
    return keys;
  });
}

export function fingerprint(question: Question): Fingerprint {
  const variants: Variant[] = [];
  for (const wording of wordingsOf(question)) {
    const sentences = sentencesOf(wording);
    const tokens = tokenize(wording);
    if (tokens.length === 0) continue;
    variants.push({ tokens, role: 'whole', sentences: sentences.length });
    const lead = sentences[0];
    if (sentences.length > 1 && lead !== undefined && /[?？]$/.test(lead)) {
      const leadTokens = tokenize(lead);
      if (leadTokens.length > 0) variants.push({ tokens: leadTokens, role: 'lead', sentences: 1 });
    }
  }
  return {
    variants,
    tokenKeys: variants.map((variant) => tokenKeys(variant.tokens)),
    tokenWeights: variants.map((variant) => variant.tokens.map((token) => token.weight)),
  };
}

/** The best alignment of two questions' wordings; `via` says which wordings ("lead/whole": the lead question of the first). */
export type Comparison = Readonly<Alignment>;

/**
 * Which wordings are compared: a lead question only with single-sentence
 * wordings, so two different follow-ups to one lead do not merge each other.
 */
function mayAlign(va: Variant, vb: Variant): boolean {
  if (va.role === 'lead' && (vb.role !== 'whole' || vb.sentences !== 1)) return false;
  if (vb.role === 'lead' && (va.role !== 'whole' || va.sentences !== 1)) return false;
  return true;
}

/** The best alignment over the allowed pairs of wordings (scores below `floor` may read 0). */
export function compare(a: Fingerprint, b: Fingerprint, floor = 0): Comparison {
  let best: Readonly<Alignment> = NOTHING_IN_COMMON;
  let leadA = false;
  let leadB = false;
  for (const va of a.variants) {
    for (const vb of b.variants) {
      if (!mayAlign(va, vb)) continue;
      const alignment = align(va.tokens, vb.tokens, floor);
      if (alignment.score > best.score) {
        best = alignment;
        leadA = va.role === 'lead';
        leadB = vb.role === 'lead';
      }
    }
  }
  if (leadA || leadB) return { ...best, via: leadA ? 'lead/whole' : 'whole/lead' };
  return best;
}

/** compare(a, b, floor).score, without building alignments (scores below `floor` may read 0). */
export function similarity(a: Fingerprint, b: Fingerprint, floor = 0): number {
  let best = 0;
  for (const va of a.variants) {
    for (const vb of b.variants) {
      if (!mayAlign(va, vb)) continue;
      const score = alignmentScore(va.tokens, vb.tokens, floor);
      if (score > best) best = score;
    }
  }
  return best;
}
