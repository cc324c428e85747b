/**
 * A question's key names what it was made from: the results of the files its
 * occurrences were read from, its id and its related ids. The same key means
 * the same question, so the JSON export may reuse the text it wrote for it.
 */
import { describe, expect, it } from 'vitest';
import { QuestionOrigins } from '../../src/build/question-origins.js';
import { dedupe } from '../../src/dedupe/index.js';
import type { SourceQuestions } from '../../src/build/source-questions.js';
import { question } from '../dedupe/question-builder.js';

const read = (file: string, ...texts: string[]): SourceQuestions => ({
  summary: { file, format: 'markdown', questions: texts.length },
  questions: texts.map((text, index) => question({ question: text, file, line: 1 + index * 4, answer: 'An answer.' })),
});

describe('QuestionOrigins', () => {
  const results = [read('a.md', 'What is dropout?', 'What is an epoch?'), read('b.md', 'What is dropout?')];
  const origins = new QuestionOrigins(results, ['key-a-1', 'key-b-1']);
  const merged = dedupe(results.flatMap((result) => result.questions)).questions;
  const dropout = merged.find((q) => q.question === 'What is dropout?')!;
  const epoch = merged.find((q) => q.question === 'What is an epoch?')!;

  it('keys a merged question by all the places it was made from', () => {
    expect(dropout.occurrences).toHaveLength(2);
    const key = origins.keyOf(dropout)!;
    expect(key).toContain('key-a-1');
    expect(key).toContain('key-b-1');
    expect(origins.keyOf(epoch)).not.toContain('key-b-1');
  });

  it('gives the same key for the same file results, and another when a file read differently, or the id or related ids differ', () => {
    const again = new QuestionOrigins(results, ['key-a-1', 'key-b-1']);
    const bEdited = new QuestionOrigins(results, ['key-a-1', 'key-b-2']);
    expect(again.keyOf(dropout)).toBe(origins.keyOf(dropout));
    expect(again.keyOf(epoch)).toBe(origins.keyOf(epoch));
    expect(bEdited.keyOf(dropout)).not.toBe(origins.keyOf(dropout));
    expect(bEdited.keyOf(epoch)).toBe(origins.keyOf(epoch));
    const keys = [dropout, { ...dropout, id: '0123456789abcdef' }, { ...dropout, related: [epoch.id] }].map((q) => origins.keyOf(q));
    expect(new Set(keys).size).toBe(3);
  });

  it('gives no key to a question with an occurrence that was not read (a copy is not the same object)', () => {
    expect(origins.keyOf({ ...dropout, occurrences: dropout.occurrences.map((occurrence) => ({ ...occurrence })) })).toBeUndefined();
  });
});
