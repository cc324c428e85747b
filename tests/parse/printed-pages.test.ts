/**
 * Text copied out of a PDF or a printed book: its page numbers and running headers are left out
 * where the pages break, a sentence a page broke is one paragraph again, and a word the line's end
 * broke with a hyphen is one word again, while a compound keeps its hyphen.
 */
import { describe, expect, it } from 'vitest';
import { isBrokenWord } from '../../src/parse/broken-words.js';
import { messagesOf, readNote } from '../helpers/read-note.js';

const HEADER = 'Deep Learning Interview Handbook                          Chapter 3';

const book = [
  HEADER,
  '3.2 Regularization',
  'Q 3.5 Why does dropout reduce overfitting?',
  'Answer. Dropout prevents co-adaptation of units: each unit must be use-',
  'ful on its own because its partners may be dropped. It can also be seen',
  'as training an exponential ensemble of thinned networks that share the',
  '42',
  HEADER,
  'same weights, and it is cheap at test time.',
  'Q 3.6 What is early stopping, and why is it considered a regularizer?',
  'Answer. Training is halted when validation loss stops improving. For a',
  'quadratic loss it is approximately equivalent to L2 regulariza-',
  'tion with a zero-',
  'mean Gaussian prior.',
  '43',
  '',
].join('\n');

describe('a copy of printed pages', () => {
  const read = readNote(book, 'handbook.txt');
  const [dropout, stopping] = read.questions;

  it('leaves out page numbers and running headers where a page breaks, and says so', () => {
    expect(messagesOf(read.vfile)).toEqual(['7:page-number', '8:repeated-title', '15:page-number']);
    expect(read.questions.map((question) => question.answer?.text)).not.toContainEqual(expect.stringContaining('42'));
    expect(stopping!.answer!.text).not.toMatch(/43/);
  });

  it('keeps the topic over the page break', () => {
    expect(read.questions.map((question) => question.topic)).toEqual(['3.2 Regularization', '3.2 Regularization']);
  });

  it('reads a sentence that the page broke as one paragraph', () => {
    expect(dropout!.answer!.markdown).toBe(
      'Dropout prevents co-adaptation of units: each unit must be useful on its own because its partners may be dropped. It can also be seen\n' +
        'as training an exponential ensemble of thinned networks that share the\nsame weights, and it is cheap at test time.',
    );
  });

  it('joins a word broken at a line end, even when its end stands alone, and keeps a compound broken at its hyphen', () => {
    expect(stopping!.answer!.text).toContain('L2 regularization with a zero-\nmean Gaussian prior.');
  });
});

describe("a page's running head or foot, its number beside the book's or chapter's title", () => {
  const pages = [
    'CHAPTER 4 · MODEL EVALUATION                                   63',
    '',
    '4.1 What is k-fold cross-validation?',
    'The data is split into k folds; the model is trained k times, each time',
    '',
    '64                                   Machine Learning Interviews',
    '',
    'holding out one fold for evaluation, and the scores are averaged.',
    '',
    '65                                   Machine Learning Interviews',
    '',
    '4.2 What is data leakage?',
    'Information unavailable at prediction time is used in training.',
    '',
  ].join('\n');
  const read = readNote(pages, 'book.txt');

  it('is left out, with a note, wherever it stands alone: neither the note\'s title nor a topic', () => {
    expect(read.vfile.messages.filter((message) => message.ruleId === 'running-head').map((message) => `${message.line}:${message.reason}`)).toEqual([
      '1:Left out a page\'s running head, its number beside the book\'s or chapter\'s title: "CHAPTER 4 · MODEL EVALUATION 63"',
      '6:Left out a page\'s running head, its number beside the book\'s or chapter\'s title: "64 Machine Learning Interviews"',
      '10:Left out a page\'s running head, its number beside the book\'s or chapter\'s title: "65 Machine Learning Interviews"',
    ]);
    expect(read.questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is k-fold cross-validation?', null],
      ['What is data leakage?', null],
    ]);
    expect(read.summary.title).toBeUndefined();
  });

  it('does not split the sentence of an answer the page broke', () => {
    expect(read.questions[0]!.answer!.markdown).toBe('The data is split into k folds; the model is trained k times, each time\nholding out one fold for evaluation, and the scores are averaged.');
  });

  it("is no line of a table or a book's contents, nor a sentence beside a number, nor a chapter's number and title", () => {
    const note = 'Notes\n\nWhat is data leakage?\nTraining on what prediction cannot see.\n\n4 Model Evaluation        63\n4.1 Cross-validation      64\n\nWhat batch size do you use?\nBatch size        64\n\n5   Model Serving\n\nWhat is canary deployment?\nSending a few users to the new model first.\n';
    const kept = readNote(note, 'notes.txt');
    expect(kept.vfile.messages.filter((message) => message.ruleId === 'running-head')).toEqual([]);
    expect(kept.questions[1]!.answer!.text).toBe('Batch size        64');
    expect(kept.questions[2]!.topic).toBe('5 Model Serving');
  });
});

describe('a number alone on a line', () => {
  it('is a page number between a copied answer and the next question: left out, with a note', () => {
    const read = readNote('Q1. What is dropout?\nAnswer. It drops units at random.\n42\nQ2. What is L2?\nAnswer. A penalty on the weights.\n', 'copied.txt');
    expect(read.questions.map((question) => question.answer?.text)).toEqual(['It drops units at random.', 'A penalty on the weights.']);
    expect(messagesOf(read.vfile)).toContain('3:page-number');
  });

  it('between a copied answer and the next question names no section: the topic goes on over it', () => {
    const read = readNote('Notes\n\nDeep Learning\nWhat is dropout?\nIt drops units.\n\n12\nWhy is the sky blue?\nRayleigh scattering.\n', 'copied.txt');
    expect(read.questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is dropout?', 'Deep Learning'],
      ['Why is the sky blue?', 'Deep Learning'],
    ]);
    expect(messagesOf(read.vfile)).toContain('7:page-number');
  });

  it('at the end of a note with no page break before it may be the answer', () => {
    const read = readNote('Notes\nWhat is six times seven?\n42\n', 'copied.txt');
    expect(read.questions.map((question) => question.answer?.text)).toEqual(['42']);
  });

  it("set far right, as a copy keeping the page's layout sets it (pdftotext -layout), is the page's wherever it stands alone", () => {
    const copied = `Q1. What is dropout?\nIt drops units at random.\n\n${' '.repeat(89)}1\n\fQ2. What is L2?\nA penalty on the weights.\n\n${' '.repeat(40)}- 2 -\n`;
    const read = readNote(copied, 'layout.txt');
    expect(read.questions.map((question) => question.answer?.text)).toEqual(['It drops units at random.', 'A penalty on the weights.']);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'page-number').map((message) => `${message.line}:${message.reason}`)).toEqual([
      '4:Left out the page number "1" where a page of the copy breaks',
      '8:Left out the page number "- 2 -" where a page of the copy breaks',
    ]);
  });
});

describe('isBrokenWord', () => {
  it('takes halves whose join is an English word for one word', () => {
    expect(isBrokenWord('min', 'imizing')).toBe(true);
    expect(isBrokenWord('use', 'ful')).toBe(true);
    expect(isBrokenWord('Regulariza', 'tion')).toBe(true);
  });

  it('keeps two words joined by a hyphen apart: a compound whose hyphen ended the line', () => {
    expect(isBrokenWord('zero', 'mean')).toBe(false);
    expect(isBrokenWord('self', 'attention')).toBe(false);
    expect(isBrokenWord('cross', 'validation')).toBe(false);
  });

  it('joins jargon the list lacks after a first half of three letters, and keeps a short prefix and an acronym', () => {
    expect(isBrokenWord('hyperpa', 'rameter')).toBe(true);
    expect(isBrokenWord('x', 'axis')).toBe(false);
    expect(isBrokenWord('t', 'test')).toBe(false);
    expect(isBrokenWord('GPT', 'style')).toBe(false);
  });
});
