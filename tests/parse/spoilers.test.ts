/**
 * Answers hidden as spoilers, Discord's `||…||` and Reddit's `>!…!<`: a spoiler after a question, on its line or
 * the next, is its answer, without its marks.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

/** Each question's wording, as written and as read, and its answer as Markdown. */
const read = (note: string, file: string) =>
  readNote(note, file).questions.map((question) => [question.occurrences[0]!.question, question.question, question.answer?.markdown ?? null]);

describe('a spoiler', () => {
  it("is the answer of the question over it, without its marks (Discord's, in copied text)", () => {
    expect(read('Q1. Dropout은 추론 때 어떻게 동작하나요?\n||끈다. 학습 때 1/(1-p)로 스케일해 둔다.||\n\nQ2. Batch size를 키우면 learning rate는?\n||선형으로 키운다.||\n', 'quiz.txt')).toEqual([
      ['Q1. Dropout은 추론 때 어떻게 동작하나요?', 'Dropout은 추론 때 어떻게 동작하나요?', '끈다. 학습 때 1/(1-p)로 스케일해 둔다.'],
      ['Q2. Batch size를 키우면 learning rate는?', 'Batch size를 키우면 learning rate는?', '선형으로 키운다.'],
    ]);
  });

  it("on a question's line is its answer, and no part of the question, as written or as read", () => {
    expect(read('Q4. Mixed precision에서 loss scaling이 필요한 이유는? ||작은 기울기의 언더플로를 막으려고.||\n', 'quiz.txt')).toEqual([
      ['Q4. Mixed precision에서 loss scaling이 필요한 이유는?', 'Mixed precision에서 loss scaling이 필요한 이유는?', '작은 기울기의 언더플로를 막으려고.'],
    ]);
    expect(read('1. What does the `[CLS]` token do in BERT? >!Its final hidden state represents the sequence.!<\n2. Name two ways to reduce variance of a model. >!More data; stronger regularization.!<\n3. What is teacher forcing?\n', 'post.md')).toEqual([
      ['What does the `[CLS]` token do in BERT?', 'What does the [CLS] token do in BERT?', 'Its final hidden state represents the sequence.'],
      ['Name two ways to reduce variance of a model.', 'Name two ways to reduce variance of a model.', 'More data; stronger regularization.'],
      ['What is teacher forcing?', 'What is teacher forcing?', null],
    ]);
  });

  it("on the line under a list's item, Reddit's marks read as a quote by Markdown, is that item's answer, not a quote", () => {
    expect(read('1. What does the `[CLS]` token do in BERT? >!Its final hidden state represents the sequence.!<\n2. Name two ways to reduce variance of a model.\n>!More data; stronger regularization.!<\n3. What is teacher forcing?\n', 'post.md')).toEqual([
      ['What does the `[CLS]` token do in BERT?', 'What does the [CLS] token do in BERT?', 'Its final hidden state represents the sequence.'],
      ['Name two ways to reduce variance of a model.', 'Name two ways to reduce variance of a model.', 'More data; stronger regularization.'],
      ['What is teacher forcing?', 'What is teacher forcing?', null],
    ]);
  });

  it('is written as it stands within a sentence, after words that do not ask, and where the marks are no spoiler (`a || b`)', () => {
    expect(read('## What does `||` do in a shell?\n\nIt runs the right side if the left fails: a || b.\n\nThe answer is ||42|| in the book.\n', 'shell.md')).toEqual([
      ['## What does `||` do in a shell?', 'What does || do in a shell?', 'It runs the right side if the left fails: a || b.\n\nThe answer is ||42|| in the book.'],
    ]);
    expect(read('## What is dropout?\n\nMy own take, hidden: ||zeroing random units||\n', 'take.md')).toEqual([
      ['## What is dropout?', 'What is dropout?', 'My own take, hidden: ||zeroing random units||'],
    ]);
  });
});
