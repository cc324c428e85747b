/**
 * A question's origins name what it was made from: each occurrence's place
 * among all the occurrences read, file after file. A later build tells which
 * of its origins were the same occurrence before (the file gave the same
 * result) and what they were numbered then, so the JSON export may reuse
 * the text it wrote for a question made from the same occurrences.
 */
import { describe, expect, it } from 'vitest';
import { QuestionOrigins } from '../../src/build/question-origins.js';
import { dedupe } from '../../src/dedupe/index.js';
import type { SourceQuestions } from '../../src/build/source-questions.js';
import type { Question } from '../../src/schema/question-bank.js';
import { question } from '../dedupe/question-builder.js';

const read = (file: string, ...texts: string[]): SourceQuestions => ({
  summary: { file, format: 'markdown', questions: texts.length },
  questions: texts.map((text, index) => question({ question: text, file, line: 1 + index * 4, answer: 'An answer.' })),
});

const originsOf = (origins: QuestionOrigins, q: Question): number[] | undefined => {
  const out: number[] = [];
  return origins.originsOf(q, out) ? out : undefined;
};

describe('QuestionOrigins', () => {
  const results = [read('a.md', 'What is dropout?', 'What is an epoch?'), read('b.md', 'What is dropout?')];
  const origins = new QuestionOrigins(results, ['key-a-1', 'key-b-1']);
  const merged = dedupe(results.flatMap((result) => result.questions)).questions;
  const dropout = merged.find((q) => q.question === 'What is dropout?')!;
  const epoch = merged.find((q) => q.question === 'What is an epoch?')!;

  it('numbers the occurrences read file after file, and gives a merged question the numbers of all its places', () => {
    expect(origins.files).toEqual([
      { key: 'key-a-1', occurrences: 2 },
      { key: 'key-b-1', occurrences: 1 },
    ]);
    expect(originsOf(origins, dropout)).toEqual([0, 2]);
    expect(originsOf(origins, epoch)).toEqual([1]);
  });

  it('maps each origin to what it was in a build that read the same result, wherever that file was, and to -1 for a file read differently', () => {
    const b = read('b.md', 'What is dropout?');
    // The earlier build read b.md first, and a.md with another result.
    const earlier = new QuestionOrigins([b, read('a.md', 'What is dropout?', 'What is an epoch?', 'What is a tensor?')], ['key-b-1', 'key-a-0']);
    expect([...origins.originsIn(earlier.files)]).toEqual([-1, -1, 0]);
    expect([...origins.originsIn(origins.files)]).toEqual([0, 1, 2]);
  });

  it('gives no origins to a question with an occurrence that was not read (a copy is not the same object)', () => {
    expect(originsOf(origins, { ...dropout, occurrences: dropout.occurrences.map((occurrence) => ({ ...occurrence })) })).toBeUndefined();
  });
});
