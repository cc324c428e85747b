/**
 * The deck and the sheet show the same formulas: notes go through the real pipeline (parse,
 * extract, normalise), and every formula of a note's Question and Answer fields is one the PDF
 * typesets for that question, and the other way round. Dollars that the parse did not take for
 * math (escaped, or in copied plain text, where `$` is not a delimiter) stay dollars in both.
 */
import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/export/anki/note.js';
import { mathRequests, prepareQuestion } from '../../src/export/pdf/prepared-question.js';
import type { Question } from '../../src/schema/question-bank.js';
import { readNote } from '../helpers/read-note.js';

/** Formulas of the note's Question and Answer fields, in Anki's delimiters, sorted. */
function deckFormulas(question: Question): string[] {
  const note = buildNote(question, () => ({ kind: 'remote' }));
  const html = `${note.fields[0]}\n${note.fields[1]}`;
  return [...html.matchAll(/\\\((.*?)\\\)|\\\[(.*?)\\\]/gs)].map((match) => match[1] ?? match[2]!).sort();
}

/** Formulas the sheet typesets for the question (wording, translations, answer), sorted. */
function sheetFormulas(question: Question): string[] {
  return mathRequests([prepareQuestion(question, true)]).map((request) => request.tex).sort();
}

const MARKDOWN = [
  '# 1. What do $a$1 and $b$ mean?',
  '',
  'Both $a$1 and $b$ are formulas, as are \\(y\\) and $$z^2$$ here; \\$3 and \\$4 are prices.',
  '',
  '$$',
  '\\sum_i x_i',
  '$$',
  '',
  '# 2. What is a price like \\$5?',
  '',
  'It costs \\$5 or \\$10.',
  '',
].join('\n');

const COPIED = [
  'Copied interview page',
  '',
  'What do $a$1 and $b$ mean?',
  '  • It costs $5 or $10, $w$ is typed as it is, and \\(x^2\\) is math.',
  '  • A second bullet.',
  '',
].join('\n');

describe('the deck and the sheet', () => {
  it('find the formula $b$ and not $a$1 (a closing $ before a digit), in the question and in the answer', () => {
    const [first] = readNote(MARKDOWN, 'notes.md').questions;
    expect(buildNote(first!, () => ({ kind: 'remote' })).fields[0]).toBe('What do $a$1 and \\(b\\) mean?');
    expect(deckFormulas(first!).filter((tex) => tex === 'a' || tex === 'b')).toEqual(['b', 'b']);
  });

  it('show the same formulas for every question of a Markdown note and of copied text', () => {
    const questions = [...readNote(MARKDOWN, 'notes.md').questions, ...readNote(COPIED, 'copied.txt').questions];
    expect(questions.map((question) => question.question)).toEqual([
      'What do $a$1 and \\(b\\) mean?',
      'What is a price like $5?',
      'What do $a$1 and $b$ mean?',
    ]);
    for (const question of questions) {
      expect({ question: question.question, formulas: deckFormulas(question) }).toEqual({ question: question.question, formulas: sheetFormulas(question) });
    }
    // Formulas were found at all; prices, and dollars in copied text, stayed as typed.
    expect(questions.flatMap(sheetFormulas)).toEqual(expect.arrayContaining(['b', 'y', 'z^2', '\\sum_i x_i', 'x^2']));
    expect(questions.flatMap(deckFormulas).filter((tex) => tex.includes('5') || tex.includes('w'))).toEqual([]);
  });

  it('take a bracketed tag in a link\'s text for text, as cited blog posts are titled, and display math for math', () => {
    const note = [
      '## What is SVD?',
      '',
      'A factorisation \\[A = U \\Sigma V^T\\] of any matrix, with',
      '',
      '\\[',
      '\\sigma_i \\ge 0',
      '\\]',
      '',
      '- [[선형대수학 #4] 특이값 분해의 의미](https://example.org/svd)',
      '- [[Stats] 9. Random variables](https://example.org/rv)',
      '',
    ].join('\n');
    const [question] = readNote(note, 'svd.md').questions;
    // The answer's Markdown escapes the tags' brackets (`[\\[Stats\\] …](…)`): the sheet reads no formula there.
    expect(question!.answer!.markdown).toContain('[\\[Stats\\] 9. Random variables]');
    expect(sheetFormulas(question!)).toEqual(['A = U \\Sigma V^T', '\\sigma_i \\ge 0']);
    expect(sheetFormulas(question!)).toEqual(deckFormulas(question!));
  });
});
