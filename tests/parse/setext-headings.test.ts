/**
 * Setext headings (`Title` over `=====`, `Section` over `-----`) are Markdown's other headings: a `.md` note of them and
 * nothing else of Markdown's is read as Markdown, its questions its headings, not as copied text.
 */
import { describe, expect, it } from 'vitest';
import { detectFormat } from '../../src/parse/detect-format.js';
import { readNote } from '../helpers/read-note.js';

const note = [
  'Stats Notes',
  '===========',
  '',
  'What is the CLT?',
  '----------------',
  '',
  'The sample mean tends to a normal distribution',
  'as the sample grows.',
  '',
  'Bootstrap',
  '---------',
  '',
  'Resampling with replacement.',
  '',
].join('\n');

describe('a note of Setext headings', () => {
  it('is Markdown when two or more headings are underlined', () => {
    expect(detectFormat(note)).toBe('markdown');
  });

  it('gives a question for each heading, its paragraph whole', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the CLT?', 'The sample mean tends to a normal distribution\nas the sample grows.'],
      ['Bootstrap', 'Resampling with replacement.'],
    ]);
  });

  it('is not made Markdown by a divider a copied page draws under a line, longer or shorter than it', () => {
    const copied = 'Posted by kim\n----------------------------------------\n\nWhat is the CLT?\nThe sample mean tends to normal.\n\nComments (3)\n----------------------------------------\n\nGreat post!\n';
    expect(detectFormat(copied)).toBe('plaintext');
  });

  it('is not made Markdown by front matter closing under a key and one underlined title', () => {
    const page = 'title: x\n---\n\nStats\n=====\n\nWhat is the CLT?\nThe sample mean tends to normal.\n';
    expect(detectFormat(page)).toBe('plaintext');
  });
});
