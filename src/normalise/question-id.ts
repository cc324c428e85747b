/**
 * A question's id is a hash of its normalised wording: the same question
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

export function questionId(question: string): string {
  return createHash('sha256').update(normaliseForId(question)).digest('hex').slice(0, 16);
}
