/**
 * What the deduplicator compares of a question: the tokens of each of its
 * wordings (the question, and its translations when a source wrote it in
 * two languages).
 *
 * A wording of several sentences whose first sentence is a question also
 * offers that lead question on its own: "What's dropout? Why does it prevent
 * overfitting?" asks "What's dropout?" first, and a good answer to it fully
 * answers "What is dropout?". The lead is compared only with single-sentence
 * wordings, so two different follow-ups to one lead do not merge each other.
 */
import type { Question } from '../schema/question-bank.js';
import { align, alignmentScore, NOTHING_IN_COMMON, type Alignment, type Via } from './similarity.js';
import { tokenize, type Token } from './tokens.js';

export interface Variant {
  tokens: Token[];
  /** `whole`: the full wording; `lead`: its first sentence only. */
  role: 'whole' | 'lead';
  sentences: number;
}

export interface Fingerprint {
  variants: Variant[];
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
  return { variants };
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

/**
 * compare(a, b, floor).score without building alignments: the hot path of a
 * large bank. `out.via`, when given, is set to the compared wordings of the best score.
 */
export function similarity(a: Fingerprint, b: Fingerprint, floor = 0, out?: { via: Via }): number {
  let best = 0;
  let via: Via = 'whole/whole';
  for (const va of a.variants) {
    for (const vb of b.variants) {
      if (!mayAlign(va, vb)) continue;
      const score = alignmentScore(va.tokens, vb.tokens, floor);
      if (score > best) {
        best = score;
        via = va.role === 'lead' ? 'lead/whole' : vb.role === 'lead' ? 'whole/lead' : 'whole/whole';
      }
    }
  }
  if (out) out.via = via;
  return best;
}
