/**
 * A question's id is a hash of its normalised wording (and, for a
 * multiple-choice question, its options): the same question
 * gets the same id on every machine and every run, and only a change to the
 * question itself (not its position, file or answer) changes it.
 */
import { createHash } from 'node:crypto';

export function normaliseForId(question: string): string {
  return question
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** `choices`: a multiple-choice question's options, which are part of what it asks. */
export function questionId(question: string, choices: readonly string[] = []): string {
  const asked = choices.length === 0 ? question : [question, ...choices].join('\n');
  return createHash('sha256').update(normaliseForId(asked)).digest('hex').slice(0, 16);
}
