/**
 * A FAQ copied one numbered line per question: each line asks and then answers on its line, as a Markdown
 * list's items written so are read.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const qa = (note: ReturnType<typeof readNote>) => note.questions.map((question) => [question.question, question.answer?.text ?? null]);

describe('numbered lines of copied text that each ask and then answer', () => {
  it('are questions answered by the rest of their line, under a title or none', () => {
    const lines = '1. What is overfitting? When the model memorises the training data.\n2. What is dropout? Randomly zeroing units during training.\n\n3. Why use batch norm? It stabilises training.\n';
    for (const text of [lines, `ML interview questions\n\n${lines}`]) {
      const note = readNote(text, 'faq.txt');
      expect(qa(note), text).toEqual([
        ['What is overfitting?', 'When the model memorises the training data.'],
        ['What is dropout?', 'Randomly zeroing units during training.'],
        ['Why use batch norm?', 'It stabilises training.'],
      ]);
      expect(messagesOf(note.vfile)).toEqual([]);
    }
  });

  it('are read so in Korean, and in a note with no Markdown in it, whatever its name', () => {
    const note = readNote('1. 오버피팅이란? 학습 데이터를 외워 버리는 것.\n2. 드롭아웃이란? 유닛을 무작위로 끄는 것.\n', 'faq.md');
    expect(qa(note)).toEqual([
      ['오버피팅이란?', '학습 데이터를 외워 버리는 것.'],
      ['드롭아웃이란?', '유닛을 무작위로 끄는 것.'],
    ]);
  });

  it('are the points of the answer of a question right above them, a list of it', () => {
    const note = readNote('What are the ways to reduce overfitting?\n1. More data? Usually the best fix.\n2. Regularisation? It adds a penalty.\n\nWhat is dropout?\nRandomly zeroing units.\n', 'faq.txt');
    expect(qa(note)).toEqual([
      ['What are the ways to reduce overfitting?', '1. More data? Usually the best fix.\n2. Regularisation? It adds a penalty.'],
      ['What is dropout?', 'Randomly zeroing units.'],
    ]);
  });

  it('stay questions of their own line when only one of them answers on it, or a task follows the question', () => {
    const oneAnswered = readNote('1. What is overfitting? When the model memorises the data.\n2. What is dropout?\n3. What is batch norm?\n', 'faq.txt');
    expect(oneAnswered.questions.map((question) => question.question)).not.toContain('What is overfitting?');
    const tasks = readNote('1. Why does batch norm help? Show a plot.\n2. What does dropout do? Give an example.\n', 'faq.txt');
    expect(tasks.questions.every((question) => question.answer === null)).toBe(true);
  });
});
