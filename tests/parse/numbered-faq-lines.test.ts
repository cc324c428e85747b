/**
 * A FAQ copied one numbered line per question: each line asks and then answers on its line, as a Markdown
 * list's items written so are read.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { parsePlainText } from '../../src/parse/plaintext.js';

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

  it('are no FAQ when only one of them answers on its line, or a task follows each question: no answer is the rest of a line', () => {
    const oneAnswered = readNote('1. What is overfitting? When the model memorises the data.\n2. What is dropout?\n3. What is batch norm?\n', 'faq.txt');
    expect(oneAnswered.questions.map((question) => [question.question, question.answer?.text ?? null])).not.toContainEqual(['What is overfitting?', 'When the model memorises the data.']);
    expect(oneAnswered.questions.every((question) => question.answer === null)).toBe(true);
    const tasks = readNote('1. Why does batch norm help? Show a plot.\n2. What does dropout do? Give an example.\n', 'faq.txt');
    expect(tasks.questions.length).toBeGreaterThan(0);
    expect(tasks.questions.every((question) => question.answer === null)).toBe(true);
  });
});

describe('lines of Chinese or Japanese that ask and then answer with no space after the full-width question mark', () => {
  it('are questions answered by the rest of their line, numbered or not', () => {
    for (const number of ['1. ', '']) {
      const note = readNote(`机器学习面试题\n\n${number}什么是过拟合？模型记住了训练数据。\n${number.replace('1', '2')}什么是欠拟合？模型太简单了。\n`, 'faq.txt');
      expect(qa(note), number).toEqual([
        ['什么是过拟合？', '模型记住了训练数据。'],
        ['什么是欠拟合？', '模型太简单了。'],
      ]);
    }
    expect(qa(readNote('過学習とは？訓練データを覚えること。\n未学習とは？モデルが単純すぎること。\n', 'faq.txt'))).toEqual([
      ['過学習とは？', '訓練データを覚えること。'],
      ['未学習とは？', 'モデルが単純すぎること。'],
    ]);
  });
});

describe('lines of copied text with no number that each ask and then answer', () => {
  it('are questions answered by the rest of their line, two at least and most of their run, under a title', () => {
    const note = readNote('머신러닝 면접 질문\n\n오버피팅이란? 학습 데이터를 외우는 것.\n언더피팅이란? 모델이 너무 단순한 것.\n\n정규화란? 가중치에 벌점을 주는 것.\n', 'faq.txt');
    expect(qa(note)).toEqual([
      ['오버피팅이란?', '학습 데이터를 외우는 것.'],
      ['언더피팅이란?', '모델이 너무 단순한 것.'],
      ['정규화란?', '가중치에 벌점을 주는 것.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    // Not so alone, nor where most lines of their run do not answer on their line.
    const alone = readNote('Notes\n\nWhat is overfitting? The model memorises the data.\nMore on this later.\n', 'faq.txt');
    expect(alone.questions.map((question) => question.question)).not.toContain('What is overfitting?');
    const asking = readNote('What is overfitting? The model memorises the data.\nWhat is dropout? (see below)\nWhy use batch norm? Show a plot.\nWhat is L2? Explain with an example.\n', 'faq.txt');
    expect(asking.questions.map((question) => question.question)).not.toContain('What is overfitting?');
  });
});

describe('the list a FAQ\'s lines are read as', () => {
  it('is numbered from the first line\'s number where the lines are numbered, and a bullet list where not', () => {
    const numbered = parsePlainText('3. What is overfitting? Memorising the data.\n4. What is dropout? Zeroing units.\n').tree.children;
    expect(numbered.map((block) => (block.type === 'list' ? [block.ordered, block.start, block.children.length] : block.type))).toEqual([[true, 3, 2]]);
    const plain = parsePlainText('What is overfitting? Memorising the data.\nWhat is dropout? Zeroing units.\n').tree.children;
    expect(plain.map((block) => (block.type === 'list' ? [block.ordered ?? false, block.children.length] : block.type))).toEqual([[false, 2]]);
  });
});
