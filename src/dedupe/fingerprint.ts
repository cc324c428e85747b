/**
 * What the deduplicator compares of a question: the tokens of each of its
 * wordings (the question, and its translations when a source wrote it in
 * two languages), with a multiple-choice question's options.
 *
 * A wording of several sentences whose first sentence is a question also
 * offers that lead question on its own: "What's dropout? Why does it prevent
 * overfitting?" asks "What's dropout?" first, and a good answer to it fully
 * answers "What is dropout?". The lead is compared only with single-sentence
 * wordings, so two different follow-ups to one lead do not merge each other.
 */
import type { Question } from '../schema/question-bank.js';
import { alignmentScore, type Via } from './similarity.js';
import type { TokenTable } from './token-table.js';
import { tokenize, type Token } from './tokens.js';
import { LAST_QUESTION_MARK, QUESTION_MARK } from '../wording/marks.js';

export interface Variant {
  tokens: Token[];
  /** `whole`: the full wording; `lead`: its first sentence only. */
  role: 'whole' | 'lead';
  sentences: number;
}

export interface Fingerprint {
  variants: Variant[];
}

const SENTENCE_BREAK = new RegExp(String.raw`(?<=${QUESTION_MARK})\s+|(?<=[.!。])\s+(?=[\p{Lu}\uac00-\ud7a3])`, 'u');

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
  // A multiple-choice question asks of its options: "Which of the following is true?" of other
  // options is another question (its id holds them too, and a matching's record keeps the id, match-record.ts). They count among its
  // tokens, not as a sentence of its own: its lead question is its wording's, not the wording alone.
  const options = question.choices.map((choice) => choice.text).join(' ');
  for (const wording of wordingsOf(question)) {
    const sentences = sentencesOf(wording);
    const tokens = tokenize(options ? `${wording} ${options}` : wording);
    if (tokens.length === 0) continue;
    variants.push({ tokens, role: 'whole', sentences: sentences.length });
    const lead = sentences[0];
    if (sentences.length > 1 && lead !== undefined && LAST_QUESTION_MARK.test(lead)) {
      const leadTokens = tokenize(lead);
      if (leadTokens.length > 0) variants.push({ tokens: leadTokens, role: 'lead', sentences: 1 });
    }
  }
  return { variants };
}

/** How similar two questions are: the best score over their wordings, and which wordings gave it ("lead/whole": the lead question of the first). */
export interface Comparison {
  readonly score: number;
  readonly via: Via;
}

/**
 * Which wordings are compared: a lead question only with single-sentence
 * wordings, so two different follow-ups to one lead do not merge each other.
 */
function mayAlign(table: TokenTable, va: number, vb: number): boolean {
  if (table.lead[va] && (table.lead[vb] || table.sentences[vb] !== 1)) return false;
  if (table.lead[vb] && (table.lead[va] || table.sentences[va] !== 1)) return false;
  return true;
}

function viaOf(table: TokenTable, va: number, vb: number): Via {
  return table.lead[va] ? 'lead/whole' : table.lead[vb] ? 'whole/lead' : 'whole/whole';
}

/** The comparison of items `a` and `b` of a table (scores below `floor` may read 0). */
export function compareIn(table: TokenTable, a: number, b: number, floor = 0): Comparison {
  const out: { via: Via } = { via: 'whole/whole' };
  const score = similarityIn(table, a, b, floor, out);
  return { score, via: out.via };
}

/**
 * compareIn(...).score with no object made: the hot path of a large bank.
 * `out.via`, when given, is set to the compared wordings of the best score.
 */
export function similarityIn(table: TokenTable, a: number, b: number, floor = 0, out?: { via: Via }): number {
  let best = 0;
  let via: Via = 'whole/whole';
  for (let va = table.itemStart[a]!; va < table.itemStart[a + 1]!; va++) {
    for (let vb = table.itemStart[b]!; vb < table.itemStart[b + 1]!; vb++) {
      if (!mayAlign(table, va, vb)) continue;
      const score = alignmentScore(table, va, vb, floor);
      if (score > best) {
        best = score;
        via = viaOf(table, va, vb);
      }
    }
  }
  if (out) out.via = via;
  return best;
}
