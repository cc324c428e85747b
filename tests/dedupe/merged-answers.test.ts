/**
 * Which answer a merged question shows, for notes read as the build reads
 * them: a real answer before one that breaks off, and one that breaks off
 * before a mere placeholder ("TODO: write this up"), whichever note comes
 * first. Every occurrence keeps the answer its own note gave.
 */
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../src/dedupe/index.js';
import type { Question } from '../../src/schema/question-bank.js';
import { readNote } from '../helpers/read-note.js';

function mergedFrom(notes: Record<string, string>): Question[] {
  return dedupe(Object.entries(notes).flatMap(([file, text]) => readNote(text, file).questions)).questions;
}

const PLACEHOLDER = 'Q: What is early stopping?\nA: TODO: write this up properly later, with the plot from the paper\n';
const REAL = 'Q: What is early stopping?\nA: Stop when validation loss rises.\n';

describe('the answer of a merged question', () => {
  it.each([
    ['the placeholder note comes first', { 'a.md': PLACEHOLDER, 'b.md': REAL }],
    ['the real answer comes first', { 'a.md': REAL, 'b.md': PLACEHOLDER }],
  ])('is the real one, not a longer to-do note, when %s', (_name, notes) => {
    const [merged, ...others] = mergedFrom(notes);
    expect(others).toEqual([]);
    expect(merged!.answer?.text).toBe('Stop when validation loss rises.');
    expect(merged!.flags).toEqual([]);
  });

  it('leaves each occurrence with its own note\'s answer, the placeholder too', () => {
    const [merged] = mergedFrom({ 'a.md': PLACEHOLDER, 'b.md': REAL });
    expect(merged!.occurrences.map((o) => [o.file, o.answer?.text])).toEqual([
      ['a.md', 'TODO: write this up properly later, with the plot from the paper'],
      ['b.md', 'Stop when validation loss rises.'],
    ]);
  });

  it('is the placeholder, flagged, when no note has more', () => {
    const [merged] = mergedFrom({ 'a.md': PLACEHOLDER, 'b.md': 'Q: What is early stopping?\n' });
    expect(merged!.answer?.text).toBe('TODO: write this up properly later, with the plot from the paper');
    expect(merged!.flags).toEqual(['placeholder-answer']);
  });

  it('is one that breaks off rather than a placeholder, though the placeholder is longer', () => {
    const [merged] = mergedFrom({
      'a.md': PLACEHOLDER,
      'b.md': 'Q: What is early stopping?\nA: Stop when the validation loss rises, and\n',
    });
    expect(merged!.answer?.text).toBe('Stop when the validation loss rises, and');
    expect(merged!.flags).toEqual(['incomplete-answer']);
  });
});
