/**
 * A multiple-choice question is asked with its options in every output: the
 * card's front lists them under the question (sanitised as an answer is), the
 * sheet prints them on the question's band, and questions.json holds them in
 * `choices`, valid against the published schema.
 */
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { buildNote } from '../../src/export/anki/note.js';
import { CARD_CSS } from '../../src/export/anki/card-style.js';
import { renderPdf } from '../../src/export/pdf/index.js';
import { questionBankJsonSchema } from '../../src/schema/json-schema.js';
import { SCHEMA_VERSION, type QuestionBank } from '../../src/schema/question-bank.js';
import { readNote } from '../helpers/read-note.js';
import { readPdf, squash } from './pdf/read-pdf.js';

const NOTE = [
  '## Which activation is zero-centred?',
  '',
  'a) ReLU <img src=x onerror=alert(1)>',
  'b) $\\tanh(x)$',
  'c) Sigmoid',
  'd) $$\\sigma(x)$$',
  '',
  'Answer: b',
  '',
].join('\n');

const [question] = readNote(NOTE, 'quiz.md').questions;
const noImages = () => ({ kind: 'missing' as const, problem: 'none in this test' });

describe('a multiple-choice question', () => {
  it('has its options on the front of its card, with no event handler, its math in MathJax delimiters', () => {
    const note = buildNote(question!, noImages);
    const front = note.fields[0];
    expect(front.startsWith('Which activation is zero-centred?\n<div class="choices">')).toBe(true);
    expect(front.indexOf('a) ReLU')).toBeLessThan(front.indexOf('b) '));
    expect(front).toContain('\\(\\tanh(x)\\)');
    expect(front).not.toMatch(/onerror|alert/);
    // Set as body text under the bold question, by the note type's style.
    expect(CARD_CSS).toMatch(/\.question \.choices \{[^}]*font-weight: 400/);
    // The back names the right one as the option it is.
    expect(note.fields[1]).toContain('b) ');
  });

  it('prints its options under the question on the sheet, in their order', async () => {
    const bank: QuestionBank = { schemaVersion: SCHEMA_VERSION, sources: [{ file: 'quiz.md', format: 'markdown', questions: 1 }], questions: [question!] };
    const text = squash((await readPdf((await renderPdf(bank)).bytes)).pages.map((page) => page.text).join(''));
    const asked = text.indexOf(squash('Which activation is zero-centred?'));
    expect(asked).toBeGreaterThanOrEqual(0);
    const after = text.slice(asked);
    expect(after.indexOf(squash('a) ReLU'))).toBeGreaterThan(0);
    expect(after.indexOf(squash('a) ReLU'))).toBeLessThan(after.indexOf(squash('c) Sigmoid')));
    // Formulas are typeset, a `$$` one too: no TeX source on the sheet.
    expect(after).not.toContain('\\tanh');
    expect(after).not.toContain('\\sigma');
  });

  it('is valid questions.json, and the schema refuses an option without its label', () => {
    const bank = JSON.parse(JSON.stringify({ schemaVersion: SCHEMA_VERSION, sources: [{ file: 'quiz.md', format: 'markdown', questions: 1 }], questions: [question] }));
    const validate = new Ajv2020.default({ strict: false }).compile(questionBankJsonSchema());
    expect(validate(bank), JSON.stringify(validate.errors)).toBe(true);
    expect(bank.questions[0].choices.map((choice: { correct: boolean | null }) => choice.correct)).toEqual([false, true, false, false]);
    delete bank.questions[0].choices[0].label;
    expect(validate(bank)).toBe(false);
  });
});
