/**
 * A ruby (`<ruby>過学習<rt>かがくしゅう</rt></ruby>`: the reading of Japanese words printed over them) is a reading aid.
 * A question's wording is the words alone, as the same question typed without the reading is; an answer keeps the
 * ruby in its Markdown and HTML, which a card draws, and shows the reading in parentheses where ruby cannot be drawn:
 * its plain text and the sheet.
 */
import { describe, expect, it } from 'vitest';
import { inlineAtoms } from '../../src/export/pdf/inline-runs.js';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { readNote } from '../helpers/read-note.js';
import type { Paragraph } from 'mdast';

const note = [
  '## <ruby>過学習<rt>かがくしゅう</rt></ruby>とは何ですか？',
  '',
  '訓練データに<ruby>適合<rt>てきごう</rt></ruby>しすぎて、<ruby>汎化<rp>(</rp><rt>はんか</rt><rp>)</rp></ruby>性能が落ちること。',
].join('\n');

describe('a ruby', () => {
  it("is left out of a question's wording with its reading, as a page's <rt> and <rp> are", () => {
    const [question] = readNote(note).questions;
    expect(question!.question).toBe('過学習とは何ですか？');
    const page = '<!DOCTYPE html>\n<html><body><article>\n<h2>Q1. <ruby>過学習<rp>(</rp><rt>かがくしゅう</rt><rp>)</rp></ruby>とは何ですか？</h2>\n<p>適合しすぎること。</p>\n</article></body></html>\n';
    expect(readNote(page, 'page.html').questions.map((read) => read.question)).toEqual(['過学習とは何ですか？']);
  });

  it("stays in an answer's Markdown and HTML, and shows its reading in parentheses in the plain text, once where <rp> gives them", () => {
    const answer = readNote(note).questions[0]!.answer!;
    expect(answer.markdown).toContain('<ruby>適合<rt>てきごう</rt></ruby>');
    expect(answer.html).toContain('<ruby>適合<rt>てきごう</rt></ruby>');
    expect(answer.text).toBe('訓練データに適合(てきごう)しすぎて、汎化(はんか)性能が落ちること。');
  });

  it("of a web page is the HTML a Markdown note writes, so its answer reads the same", () => {
    const page = '<!DOCTYPE html>\n<html><body><article>\n<h2>過学習とは？</h2>\n<p>データに<ruby>適合<rt>てきごう</rt></ruby>しすぎること。</p>\n</article></body></html>\n';
    const answer = readNote(page, 'page.html').questions[0]!.answer!;
    expect(answer.markdown).toBe('データに<ruby>適合<rt>てきごう</rt></ruby>しすぎること。');
    expect(answer.text).toBe('データに適合(てきごう)しすぎること。');
  });

  it('is printed on the sheet with its reading in parentheses', () => {
    const paragraph = parseMarkdown('<ruby>勾配<rt>こうばい</rt></ruby>と<ruby>汎化<rp>(</rp><rt>はんか</rt><rp>)</rp></ruby>').tree.children[0] as Paragraph;
    const atoms = inlineAtoms(paragraph.children, { weight: 'regular', italic: false, code: false, strike: false, color: '#000' } as never, '#00f');
    expect(atoms.map((atom) => (atom.kind === 'text' ? atom.text : '')).join('')).toBe('勾配(こうばい)と汎化(はんか)');
  });
});
