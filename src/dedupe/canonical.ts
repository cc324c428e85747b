/**
 * The documented choices for a merged question: which wording is the
 * clearest, and which answer the most complete.
 *
 * Clearest wording, first difference wins:
 *  1. a complete sentence (starts like a question or an instruction, or is
 *     a Korean question) before a fragment ("Batch vs SGD?", "BatchNorm purpose?");
 *  2. English before mixed before Korean (a wording in the other language
 *     becomes a translation, see merge.ts);
 *  3. fewer unexplained abbreviations ("SGD" counts, "(CNN)" after its expansion does not);
 *  4. fewer spelling slips (a word no other wording has, but spelt almost like one of theirs);
 *  5. fewer fillers ("Could you tell me about", "Please explain", "the concept of");
 *  6. moderate length: characters below 20 or above 120 count against;
 *  7. fewer sentences;
 *  8. the text, then the id, in code-point order.
 *
 * Most complete answer, first difference wins: a real answer, then one that
 * breaks off (it says something), then a placeholder ("TODO: write this up");
 * the longest plain text; then the earliest occurrence (file, line) and the id.
 */
import type { Answer, Flag, Language, Question } from '../schema/question-bank.js';
import { ABBREVIATIONS, FILLER_PATTERNS, SENTENCE_OPENERS } from './lexicon.js';
import { sentencesOf } from './fingerprint.js';
import type { WordingTokens } from './token-table.js';
import { isSpellingVariant } from './spelling.js';
import { QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';

const KOREAN_QUESTION_END = new RegExp(String.raw`(${QUESTION_MARK}|[요까가나니오죠지]\s*[.${QUESTION_MARKS}]?)$`, 'u');

function isCompleteSentence(text: string): boolean {
  const trimmed = text.trim();
  if (/[\uac00-\ud7a3]/.test(trimmed) && KOREAN_QUESTION_END.test(trimmed)) return true;
  const first = trimmed.toLowerCase().replace(/^[^a-z]+/, '').split(/[^a-z']/)[0] ?? '';
  return SENTENCE_OPENERS.has(first) || SENTENCE_OPENERS.has(first.replace(/'s$/, ''));
}

const SURROGATE_PAIR = /[\uD800-\uDBFF][\uDC00-\uDFFF]/g;

/** Characters (code points) in `text`, as `[...text].length` counts them, without making that array (answers run to kilobytes). */
function characterCount(text: string): number {
  return text.length - (text.match(SURROGATE_PAIR)?.length ?? 0);
}

/** Abbreviations used without their expansion in parentheses. */
function abbreviationCount(text: string): number {
  const outsideParentheses = text.toLowerCase().replace(/\([^)]*\)/g, ' ');
  let count = 0;
  for (const match of outsideParentheses.matchAll(/[a-z0-9]+(?:-[a-z0-9]+)*/g)) {
    const word = match[0].replace(/-/g, '');
    if (ABBREVIATIONS.has(word) || (word.endsWith('s') && ABBREVIATIONS.has(word.slice(0, -1)))) count++;
  }
  return count;
}

function fillerCount(text: string): number {
  return FILLER_PATTERNS.filter((pattern) => pattern.test(text)).length;
}

function lengthPenalty(text: string): number {
  const length = characterCount(text.trim());
  return Math.max(0, 20 - length) + Math.max(0, length - 120);
}

const LANGUAGE_ORDER: Record<Language, number> = { en: 0, mixed: 1, ko: 2, zh: 2, ja: 2 };

/**
 * Words of one wording that no other wording in the cluster has, but that
 * are spelt almost like a word another has ("Normalizattion").
 */
function spellingSlips(own: WordingTokens, others: readonly WordingTokens[]): number {
  const otherTokens = others.flatMap((fp) => fp.variants.flatMap((v) => v.tokens));
  const otherKeys = new Set(otherTokens.map((t) => t.key));
  const tokens = own.variants.find((v) => v.role === 'whole')?.tokens ?? [];
  return tokens.filter(
    (t) => t.latin && !otherKeys.has(t.key) && otherTokens.some((o) => o.latin && isSpellingVariant(t.raw, o.raw)),
  ).length;
}

export interface WordingCandidate {
  question: Question;
  /** Its tokens (a Fingerprint, or a TokenTable's wordingsOf). */
  tokens: WordingTokens;
}

type RankKey = Array<number | string>;

function compareKeys(a: RankKey, b: RankKey): number {
  for (let i = 0; i < a.length; i++) {
    const x = a[i]!;
    const y = b[i]!;
    if (x === y) continue;
    return x < y ? -1 : 1;
  }
  return 0;
}

/** The candidates in order of clarity, clearest first. */
export function rankWordings<T extends WordingCandidate>(candidates: readonly T[]): T[] {
  const keyed = candidates.map((candidate) => {
    const text = candidate.question.question;
    const others = candidates.filter((c) => c !== candidate).map((c) => c.tokens);
    const key: RankKey = [
      isCompleteSentence(text) ? 0 : 1,
      LANGUAGE_ORDER[candidate.question.lang] ?? 1,
      abbreviationCount(text),
      spellingSlips(candidate.tokens, others),
      fillerCount(text),
      lengthPenalty(text),
      sentencesOf(text).length,
      text,
      candidate.question.id,
    ];
    return { candidate, key };
  });
  return keyed.sort((a, b) => compareKeys(a.key, b.key)).map((k) => k.candidate);
}

/** How little an answer holds, by its flags: 0 a real answer, 1 one that breaks off, 2 a placeholder. */
function weakness(flags: readonly Flag[]): number {
  if (flags.includes('placeholder-answer')) return 2;
  return flags.includes('incomplete-answer') ? 1 : 0;
}

export interface AnswerCandidate {
  answer: Answer;
  flags: readonly Flag[];
  file: string;
  line: number;
  id: string;
}

/** The most complete answer by the rule above, or undefined when there is none. */
export function mostCompleteAnswer<T extends AnswerCandidate>(candidates: readonly T[]): T | undefined {
  const keyed = candidates.map((candidate) => ({
    candidate,
    key: [
      weakness(candidate.flags),
      -characterCount(candidate.answer.text.trim()),
      candidate.file,
      candidate.line,
      candidate.id,
    ] as RankKey,
  }));
  return keyed.sort((a, b) => compareKeys(a.key, b.key))[0]?.candidate;
}
