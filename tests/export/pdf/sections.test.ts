/** Reading order of the sheet: topics in order of first appearance, "General" for none, unanswered set aside. */
import { describe, expect, it } from 'vitest';
import { planSheet } from '../../../src/export/pdf/sections.js';
import { makeBank } from '../../fixtures/pdf/banks.js';

const bank = makeBank([
  { question: 'Q1?', answer: 'a', topic: 'Optimization' },
  { question: 'Q2?', answer: 'b', topic: null },
  { question: 'Q3?', answer: 'c', topic: 'optimization ' },
  { question: 'Q4?', answer: null, topic: 'Fundamentals' },
  { question: 'Q5?', answer: 'e', topic: 'Fundamentals' },
  { question: 'Q6?', answer: '   ', topic: 'Only unanswered' },
]);

describe('planSheet', () => {
  it('groups by topic in order of first appearance, matching topics case-insensitively', () => {
    const plan = planSheet(bank, false);
    expect(plan.topics.map((topic) => [topic.title, topic.questions.map((q) => q.question)])).toEqual([
      ['Optimization', ['Q1?', 'Q3?']],
      ['General', ['Q2?']],
      ['Fundamentals', ['Q5?']],
    ]);
    expect(new Set(plan.topics.map((topic) => topic.anchor)).size).toBe(3);
  });

  it('names a topic with a formula by its TeX, as the band and the contents draw plain text in the sheet\'s fonts', () => {
    const plan = planSheet(makeBank([{ question: 'What does \\(L_2\\) penalise?', answer: 'Squares.', topic: '\\(L_2\\) 정규화 (Ridge)' }]), false);
    expect(plan.topics.map((topic) => topic.title)).toEqual(['L_2 정규화 (Ridge)']);
  });

  it('leaves questions without an answer out unless asked to list them', () => {
    expect(planSheet(bank, false).unanswered).toEqual([]);
    expect(planSheet(bank, true).unanswered.map((q) => q.question)).toEqual(['Q4?', 'Q6?']);
  });
});
