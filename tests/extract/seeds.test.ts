/**
 * The five notes in sources/, read file by file (before deduplication):
 * every question is found, with its own answer, topic, flags and the line
 * where it stands; nothing else becomes a question.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Question } from '../../src/schema/question-bank.js';
import { messagesOf, readNote, repoRoot } from '../helpers/read-note.js';

function readSource(name: string) {
  const file = `sources/${name}`;
  return readNote(readFileSync(path.join(repoRoot, file), 'utf8'), file);
}
const byText = (questions: Question[], text: string) => {
  const found = questions.find((question) => question.question === text);
  if (!found) throw new Error(`no question "${text}" among:\n${questions.map((q) => q.question).join('\n')}`);
  return found;
};

describe('a Jekyll post with <details> answers (preparing-ml-dl-interview.txt)', () => {
  const note = readSource('preparing-ml-dl-interview.txt');

  it('is read as Markdown although it is a .txt file, titled from its front matter', () => {
    expect(note.summary).toMatchObject({ format: 'markdown', title: 'Preparing ML/DL interview', questions: 8 });
  });

  it('finds all eight numbered headings, the title-like first one included', () => {
    expect(note.questions.map((question) => question.occurrences[0]!.line)).toEqual([12, 24, 36, 48, 68, 81, 99, 114]);
    expect(note.questions[0]!.question).toBe('Training data and testing data in the context of machine learning.');
    expect(note.questions[0]!.occurrences[0]!.question).toBe('# 1. Training data and testing data in the context of machine learning.');
  });

  it('keeps the whole answer, including the paragraph glued to <div markdown="1">', () => {
    const gd = note.questions[3]!;
    expect(gd.answer!.markdown.startsWith('Certainly. While all three are optimization algorithms')).toBe(true);
    expect(gd.answer!.markdown).toContain('Mini-batch Gradient Descent is the sweet spot between the two.');
    expect(gd.answer!.html).not.toMatch(/<\/?(?:details|summary|div)/);
    expect(gd.answer!.text).not.toContain('Answer');
  });

  it('flags the Korean question whose answer breaks off after one word (answered in English: mixed)', () => {
    const korean = note.questions[4]!;
    expect(korean.lang).toBe('mixed');
    expect(korean.question).toBe('왜 이런 서로 다른 gradient descent 방식들이 존재하나요? 언제 각각을 선택하나요?');
    expect(korean.answer!.text).toBe('Typically,');
    expect(korean.flags).toEqual(['incomplete-answer']);
  });

  it('tags questions with the front matter categories', () => {
    expect(note.questions.every((question) => question.tags.includes('job'))).toBe(true);
  });
});

describe('text copied from a docs site (deep-learning-interview-questions-docs-site.txt)', () => {
  const note = readSource('deep-learning-interview-questions-docs-site.txt');

  it('is read as plain text, titled by its first line, with site chrome left out and reported', () => {
    expect(note.summary).toMatchObject({ format: 'plaintext', title: 'Interview Questions', questions: 54 });
    expect(messagesOf(note.vfile)).toContain('1:site-chrome');
  });

  it('keeps the "Note" admonition and its paragraph in the answer above it', () => {
    const trap = byText(note.questions, 'What is Dummy Variable Trap in ML?');
    expect(trap.answer!.markdown).toMatch(/^- When using linear models/);
    expect(trap.answer!.markdown).toContain('Note\n\nIf using regularizing, then don\'t drop a level');
    expect(note.questions.some((question) => question.question === 'Note')).toBe(false);
  });

  it('nests bullets by their indentation and keeps the mermaid graph as code', () => {
    const logits = byText(note.questions, 'What is the difference between Logits, Soft and Hard targets?');
    expect(logits.answer!.markdown).toContain('- Let us understand each of the terms one by one.');
    expect(logits.answer!.markdown).toContain('\n  - Logits are the un-normalized output of the model.');
    expect(logits.answer!.markdown).toContain('```mermaid\ngraph LR\n    A[Logits] -- normalization --> B[Soft Targets]');
  });

  it('keeps display and inline math with their delimiters', () => {
    const temperature = byText(note.questions, 'Explain the concept of temperature in deep learning?');
    expect(temperature.answer!.markdown).toContain('\\[P(i) = \\frac{e^{z_i / \\tau}}{\\sum_{j} e^{z_j / \\tau}}\\]');
    expect(temperature.answer!.markdown).toContain('- \\(P(i)\\) is the probability of class "i."');
    expect(temperature.answer!.html).toContain('<span class="math math-inline">\\(\\tau\\)</span>');
    expect(temperature.answer!.html).toContain('<div class="math math-display">\\[P(i)');
    expect(note.questions.some((question) => question.question === 'Where:')).toBe(false);
  });

  it('asks about entropy twice: both are found, each with its own answer', () => {
    const first = byText(note.questions, 'What is Entropy (information theory)?');
    const second = byText(note.questions, 'What is entropy in information theory?');
    expect(first.answer!.text).toContain('measurement of uncertainty');
    expect(second.answer!.text).toContain('Here is an excellent video from Aurelien Geron');
  });

  it('reports the intro bullet before the first question instead of dropping it', () => {
    expect(messagesOf(note.vfile)).toContain('5:preamble');
  });
});

describe('Q:/A: notes with a coding section (rapid-fire-and-coding-qa.txt)', () => {
  const note = readSource('rapid-fire-and-coding-qa.txt');

  it('finds ten Q: questions and five coding tasks, each under its section', () => {
    expect(note.questions).toHaveLength(15);
    expect(note.questions.slice(0, 10).every((question) => question.topic === 'Rapid-Fire Questions (Know Immediately)' && question.kind === 'concept')).toBe(true);
    expect(note.questions.slice(10).map((question) => [question.question, question.kind, question.topic])).toEqual([
      ['Implement softmax', 'coding', 'Common Coding Questions'],
      ['Implement cross-entropy loss', 'coding', 'Common Coding Questions'],
      ['Implement batch normalization forward', 'coding', 'Common Coding Questions'],
      ['Implement dropout forward', 'coding', 'Common Coding Questions'],
      ['Implement convolution (simple)', 'coding', 'Common Coding Questions'],
    ]);
  });

  it('keeps answers that run over several lines, without the A: prefix and without the next section title', () => {
    const sgd = byText(note.questions, 'Batch vs Stochastic Gradient Descent?');
    expect(sgd.answer!.text).toBe('Batch = all data per update, stable but slow\nSGD = one sample per update, noisy but fast\nMini-batch = compromise, standard practice');
    const last = byText(note.questions, 'Transformer vs RNN?');
    expect(last.answer!.text).not.toContain('Common Coding Questions');
    expect(byText(note.questions, 'Why ReLU over sigmoid?').answer!.text).toContain('Sparsity (neurons can be off)');
  });

  it('answers coding tasks with their code, flagged for the indentation lost in copying', () => {
    const conv = byText(note.questions, 'Implement convolution (simple)');
    expect(conv.answer!.markdown).toMatch(/^```python\ndef conv2d\(x, kernel, stride=1, pad=0\):/);
    expect(conv.answer!.markdown).toContain('return out\n```');
    expect(conv.answer!.markdown).not.toContain('Comments');
    expect(conv.flags).toEqual(['code-indentation-lost']);
  });

  it('reports the comment widget as site chrome', () => {
    expect(messagesOf(note.vfile)).toEqual(expect.arrayContaining(['75:site-chrome', '80:site-chrome', '81:site-chrome']));
  });
});

describe('plain sectioned Q&A (ml-dl-interview-qa-by-topic.txt)', () => {
  const note = readSource('ml-dl-interview-qa-by-topic.txt');

  it('finds 34 questions, asking ones and imperative ones, each with its one-paragraph answer', () => {
    expect(note.questions).toHaveLength(34);
    expect(note.questions.every((question) => question.answer !== null)).toBe(true);
    // One paragraph: no blank line inside any answer (the name promised this; it was not checked).
    expect(note.questions.filter((question) => question.answer!.markdown.includes('\n\n')).map((question) => question.question)).toEqual([]);
    expect(byText(note.questions, 'Compare ReLU, Sigmoid, Tanh.').answer!.text).toMatch(/^ReLU: max\(0, x\)/);
    expect(byText(note.questions, 'I have high training loss. What should I do?').answer!.text).toMatch(/^Model is underfitting/);
  });

  it('takes the short section titles as topics', () => {
    const topics = [...new Set(note.questions.map((question) => question.topic))];
    expect(topics).toEqual(['Fundamentals', 'Optimization', 'Regularization', 'Neural Networks', 'Deep Learning Architectures', 'Evaluation & Metrics', 'Transfer Learning', 'Practical Advice']);
    expect(byText(note.questions, "What's early stopping?").topic).toBe('Regularization');
  });
});

describe('Korean/English notes from a Hugo blog (deep-learning-interview-korean-english.txt)', () => {
  const note = readSource('deep-learning-interview-korean-english.txt');

  it('finds title-like prompts and unanswered questions, and nothing else', () => {
    expect(note.questions.map((question) => question.question)).toEqual([
      'Diff between AI, ML and Deep Learning',
      'Do you think deep learning is better than machine learning? if so, why?',
      'What is Perceptron? And how does it work?',
      'What is the role of weights and bias?',
      'What is the activation function?',
      'Steps of perceptron',
      'What is cost/loss function',
      'Gradient descent',
      'Mini-batch gradient',
      'What are the steps for using a gradient descent algorithm',
      'What are the shortcomings of a single layer perceptron?',
      'What is Multi Layer Perceptron?',
      'What are the different parts of a multi layer perceptron?',
      'What is Data Normalization and Why do we need it?',
      'Hyper Parameter',
    ]);
    expect(note.summary.title).toBe('딥러닝 인터뷰');
  });

  it('keeps unanswered questions with no-answer', () => {
    const perceptron = byText(note.questions, 'What is Perceptron? And how does it work?');
    expect(perceptron.answer).toBeNull();
    expect(perceptron.flags).toEqual(['no-answer']);
  });

  it('marks questions answered in Korean as mixed', () => {
    expect(byText(note.questions, 'Do you think deep learning is better than machine learning? if so, why?').lang).toBe('mixed');
    expect(byText(note.questions, 'Steps of perceptron').lang).toBe('en');
  });

  it('keeps bullets whose heading was lost out of the answer above, and reports them', () => {
    expect(byText(note.questions, 'What is Data Normalization and Why do we need it?').answer!.text).not.toContain('Calculate the error');
    expect(byText(note.questions, 'Hyper Parameter').answer!.text).not.toContain('Regularization technique');
    expect(messagesOf(note.vfile)).toEqual(expect.arrayContaining(['93:orphan-text', '102:orphan-text', '103:site-chrome', '6:repeated-title']));
  });
});
