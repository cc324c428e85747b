/**
 * The Question field finds math as the PDF does: both read the wording with the shared reader
 * (`wordingPhrasing`, built on parseMarkdown), and Anki writes each formula it finds as `\(...\)`.
 */
import { describe, expect, it } from 'vitest';
import { wordingHtml } from '../../../src/export/anki/wording-math.js';
import { mathRequests, prepareQuestion } from '../../../src/export/pdf/prepared-question.js';
import { question } from './bank-builder.js';

/** The formulas of an Anki field, in order. */
const ankiFormulas = (html: string) => [...html.matchAll(/\\\((.*?)\\\)/gs)].map((match) => match[1]);
/** The formulas the PDF typesets for a question's wording. */
const pdfFormulas = (wording: string) => mathRequests([prepareQuestion(question({ question: wording, answer: null }), false)]).map((request) => request.tex);

describe('wordingHtml', () => {
  it('reads dollars as the PDF does: $b$ is a formula, $a$1 is not (a closing $ before a digit, as in prices)', () => {
    expect(wordingHtml('What do $a$1 and $b$ mean?')).toBe('What do $a$1 and \\(b\\) mean?');
    expect(pdfFormulas('What do $a$1 and $b$ mean?')).toEqual(['b']);
  });

  it('writes math in any of the four delimiters as \\(...\\), since it stands in running text', () => {
    expect(wordingHtml('Compare $x$, $$y$$, \\(z\\) and \\[w\\]?')).toBe('Compare \\(x\\), \\(y\\), \\(z\\) and \\(w\\)?');
  });

  it('keeps everything outside the formulas as written, escaped for HTML', () => {
    expect(wordingHtml('Is *a* < b when $x<y$ and A&B costs \\$3?')).toBe('Is *a* &lt; b when \\(x&lt;y\\) and A&amp;B costs \\$3?');
    expect(wordingHtml('What is <dropout>?')).toBe('What is &lt;dropout&gt;?');
  });

  it('finds the same formulas as the PDF in every wording, math or not', () => {
    const wordings = [
      'What do $a$1 and $b$ mean?',
      'It costs $5 or $10, right?',
      'Pay \\$3 and \\$4?',
      'Why is $ x$ odd, and a $ b?',
      'Why does $\\sigma(x)$ saturate?',
      'What is \\(\\nabla_\\theta L\\) for $y = Wx + b$?',
      '1. What is $x$?',
      'Plain question?',
      '드롭아웃 $p$의 의미는?',
    ];
    for (const wording of wordings) expect({ wording, formulas: ankiFormulas(wordingHtml(wording)) }).toEqual({ wording, formulas: pdfFormulas(wording) });
    // The list holds wordings with and without formulas.
    expect(wordings.filter((wording) => pdfFormulas(wording).length > 0).length).toBeGreaterThan(3);
    expect(wordings.filter((wording) => pdfFormulas(wording).length === 0).length).toBeGreaterThan(1);
  });
});
