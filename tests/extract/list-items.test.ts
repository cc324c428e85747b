/**
 * Items of lists of questions as notes type them: a bullet with a number in its text, and a question
 * that ends in a full stop among questions that end in question marks.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

describe('a bullet whose text is numbered (`- 1. …`)', () => {
  it('is one item, a question like the bullets beside it, its number left out of the wording', () => {
    const note = readNote('## VX 회사 질문\n- 5-1. inductive Bias를 아시나요?\n\n## TB 동아리 질문\n- 1. Receptive Field란 무엇인가요?\n');
    expect(note.questions.map((question) => [question.question, question.topic, question.occurrences[0]!.question])).toEqual([
      ['inductive Bias를 아시나요?', 'VX 회사 질문', '5-1. inductive Bias를 아시나요?'],
      ['Receptive Field란 무엇인가요?', 'TB 동아리 질문', '1. Receptive Field란 무엇인가요?'],
    ]);
    expect(note.vfile.messages).toEqual([]);
  });

  it('keeps its number in an answer, as written', () => {
    const { questions } = readNote('## What do you check first in a data set?\n\n- 1) Errors in the data.\n- 2) Missing values.\n');
    expect(questions[0]!.answer?.text).toBe('• 1) Errors in the data.\n• 2) Missing values.');
  });
});

describe('a question ending in a full stop among questions', () => {
  it('is a question: a question word leads it, one sentence', () => {
    const note = readNote('## Autoencoders\n\n1. What is an Autoencoder?\n1. What is recirculation?\n1. What is the difference between Autoencoders and PCA.\n1. What is the impact of the hidden layer size?\n');
    expect(note.questions.map((question) => question.question)).toEqual([
      'What is an Autoencoder?',
      'What is recirculation?',
      'What is the difference between Autoencoders and PCA.',
      'What is the impact of the hidden layer size?',
    ]);
    expect(note.vfile.messages).toEqual([]);
  });
});
