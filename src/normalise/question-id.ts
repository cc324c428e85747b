/**
 * A question's id is a hash of its normalised wording: the same question
 * gets the same id on every machine and every run, and only a change to the
 * question itself (not its position, file or answer) changes it.
 *
 * The normalised wording leaves out case, spacing, punctuation and symbols,
 * so that "What is dropout?" and "what is  dropout" are one question. Some
 * symbols carry the meaning, though: "What is C++?" and "What is C#?", or
 * P(A|B) and P(A, B), normalise alike. `symbolForm` keeps those symbols; the
 * merge stage (dedupe/symbol-variants.ts) gives wordings that normalise alike
 * but differ in it ids of their own, so that they are not taken for one
 * question. The id function itself stays as it was: every id made before
 * stays the id of its question.
 */
import { createHash } from 'node:crypto';

export function normaliseForId(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** The id a wording gets; in a bank where another wording differs from it only in symbols, one of the two gets `symbolVariantId` instead. */
export function questionId(question: string): string {
  return createHash('sha256').update(normaliseForId(question)).digest('hex').slice(0, 16);
}

/**
 * Symbols that change what is asked: mathematical symbols (+ = < > | ~ ≤ ∇ ∑ …)
 * and `#` (C#, F#). Other punctuation (. , ? ! : ; ' " ( ) - / …) does not.
 */
const MEANINGFUL_SYMBOL = /[\p{Sm}#]/u;
const MEANINGFUL_SYMBOLS = /[\p{Sm}#]/gu;

/** Whether `text` holds a symbol `symbolForm` keeps. */
export function hasMeaningfulSymbol(text: string): boolean {
  return MEANINGFUL_SYMBOL.test(text);
}

/**
 * `normaliseForId` keeping the meaningful symbols, each a word of its own
 * ("C ++" and "c++" are both `c + +`). Two wordings with the same id differ
 * in this form only when they differ in those symbols.
 */
export function symbolForm(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(MEANINGFUL_SYMBOLS, ' $& ')
    .replace(/[^\p{L}\p{N}\p{Sm}#]+/gu, ' ')
    .trim();
}

/** The id of a wording told apart from others of its id by its symbols: a hash of its `symbolForm`. */
export function symbolVariantId(question: string): string {
  return createHash('sha256').update(`symbols\u0000${symbolForm(question)}`).digest('hex').slice(0, 16);
}
