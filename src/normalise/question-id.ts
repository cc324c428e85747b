/**
 * A question's id is a hash of its normalised wording (and, for a
 * multiple-choice question, its options): the same question
 * gets the same id on every machine and every run, and only a change to the
 * question itself (not its position, file or answer) changes it.
 */
import { createHash } from 'node:crypto';

/** The symbols that are part of a name when they end a word: C++, C#, F#, A*, A+. */
const NAME_SYMBOLS: Readonly<Record<string, string>> = { '+': 'plus', '#': 'sharp', '*': 'star' };
// The whole run, or none of it: "a++b" and "x+*y" hold symbols between words, which are punctuation.
const SYMBOLS_ENDING_A_WORD = /(?<=[\p{L}\p{N}])[+#*]+(?![+#*\p{L}\p{N}])/gu;

/**
 * Case, spacing and punctuation do not count; symbols ending a word do, spelt out, as they name
 * something else: "What is C++?", "What is C#?" and "What is C?" are three questions.
 */
export function normaliseForId(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(SYMBOLS_ENDING_A_WORD, (symbols) => [...symbols].map((symbol) => NAME_SYMBOLS[symbol]).join(''))
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/**
 * `choices`: a multiple-choice question's options, which are part of what it asks; `shown`: what it
 * shows (its context's Markdown), which is too: `How well would vanilla SVM work on this dataset?` under
 * three plots is three questions; `about`: what a follow-up that names no subject asks about (`장단점은?`
 * after `SVM이란?` and after `랜덤 포레스트란?` is two questions).
 */
export function questionId(question: string, choices: readonly string[] = [], shown?: string, about?: string): string {
  const parts = [...choices, ...(shown === undefined ? [] : [shown]), ...(about === undefined ? [] : [`asked about ${about}`])];
  const asked = parts.length === 0 ? question : [question, ...parts].join('\n');
  return createHash('sha256').update(normaliseForId(asked)).digest('hex').slice(0, 16);
}
