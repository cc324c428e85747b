/**
 * A Typst note (`.typ`) is read as the Markdown it stands for, line for line: its headings as headings, so a heading
 * that asks without `?` is a question of its own, its math as formulas, its raw blocks as code, and its settings left
 * out with a note at their lines.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { typstToMarkdown } from '../../src/parse/typst-note.js';

const asked = (text: string, file = 'ml.typ') =>
  readNote(text, file).questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a Typst note', () => {
  it('reads each == heading as a question, one that asks without ? too, not as a line of the answer above it', () => {
    const note = ['= 면접 노트', '', '== L1과 L2 정규화의 차이는?', '- L1: *희소한* 해', '- L2: 작고 고른 _가중치_', '', '== 소프트맥스 식을 쓰시오.', '$ "softmax"(z)_i = e^(z_i) / (sum_j e^(z_j)) $', '', '```python', 'torch.softmax(x, dim=-1)', '```', ''].join('\n');
    const read = readNote(note, 'ml.typ');
    expect(read.summary).toMatchObject({ format: 'typst', title: '면접 노트' });
    expect(asked(note)).toEqual([
      ['L1과 L2 정규화의 차이는?', '- L1: **희소한** 해\n- L2: 작고 고른 *가중치*', 3],
      ['소프트맥스 식을 쓰시오.', '$$\n\\text{softmax}(z)_{i} = \\frac{e^{z_{i}}}{\\sum _{j} e^{z_{j}}}\n$$\n\n```python\ntorch.softmax(x, dim=-1)\n```', 7],
    ]);
  });

  it('reads math between single dollars as a formula in TeX, not as escaped dollars, and numbered, nested and term items as lists', () => {
    const note = ['== Cross-entropy와 KL divergence의 관계는?', '$H(p, q) = H(p) + D_"KL"(p || q)$ 이므로 $p$가 고정이면 같다.', '+ 하나, #link("https://typst.app/docs")[문서]', '  - 둘, #figure 아래', '/ KL: 두 분포의 차이', ''].join('\n');
    expect(asked(note)).toEqual([
      ['Cross-entropy와 KL divergence의 관계는?', '$H(p, q) = H(p) + D_{\\text{KL}}(p || q)$ 이므로 $p$가 고정이면 같다.\n\n1. 하나, [문서](https://typst.app/docs)\n   - 둘, #figure 아래\n\n- **KL**: 두 분포의 차이', 1],
    ]);
  });

  it('reads a formula over several lines as display math, and Typst\'s math as the TeX it shows', () => {
    const note = ['== Write the logistic function and its sum.', '$', '  sigma(x) = 1 / (1 + e^(-x))', '$', 'and $sum_(i=1)^n x_i^2 <= sqrt(n) abs(x)$ in $RR$.', ''].join('\n');
    expect(asked(note)).toEqual([
      ['Write the logistic function and its sum.', '$$\n\\sigma (x) = \\frac{1}{1 + e^{-x}}\n$$\n\nand $\\sum _{i=1}^{n} x_{i}^{2} \\le \\sqrt{n} \\left|x\\right|$ in $\\mathbb{R}$.', 1],
    ]);
  });

  it('leaves its settings, code and comments out, each run with a note at its first line', () => {
    const note = ['#set page(paper: "a4", margin: 2cm)', '#show heading: it => [', '  #it.body', ']', '', '== What is overfitting?', '// 나중에 보충', 'Fitting the noise of the training data.', ''].join('\n');
    const read = readNote(note, 'ml.typ');
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual(['Fitting the noise of the training data.']);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'typst-note').map((message) => [message.line, message.reason])).toEqual([
      [1, 'Read as a Typst note: its headings, lists, raw blocks, math and markup as the Markdown they stand for'],
      [1, 'Left out #set page(paper: "a4", margin: 2cm), #show heading: it => [ (lines 1-4): Typst\'s settings, code and comments print no text of the note'],
      [7, 'Left out a comment (line 7): Typst\'s settings, code and comments print no text of the note'],
    ]);
  });
});

describe('a Typst note\'s long lines', () => {
  it('reads a heading or a formula with many spaces inside it in time', () => {
    // A lazy heading's or formula's text tried the spaces after each of its characters: 100,000 spaces took minutes.
    const spaces = ' '.repeat(100_000);
    const read = typstToMarkdown([`= Intro${spaces}x`, `== Softmax${spaces}<softmax>${spaces}`, `$ x${spaces}y $`, `$ x${spaces}y`].join('\n'));
    expect(read.markdown.split('\n').map((line) => line.replace(/ {1000,}/g, '…'))).toEqual(['# Intro…x', '## Softmax', '$$ x y $$', '\\$ x…y']);
  });
});

describe('the cost of reading a Typst note', () => {
  afterEach(() => vi.restoreAllMocks());

  it('searches for the closing backticks nothing writes once, not again from each raw fence under the first', () => {
    const lines = Array.from({ length: 2_000 }, (_, k) => (k % 2 === 0 ? '```python' : ''));
    const trim = vi.spyOn(String.prototype, 'trim');
    const note = typstToMarkdown(lines.join('\n'));
    const lineReads = trim.mock.calls.length;
    trim.mockRestore();
    expect(note.markdown.split('\n')).toHaveLength(lines.length);
    // Only the first fence reads the lines down the note (the 1,000 here read a million).
    expect(lineReads).toBeLessThan(10 * lines.length);
  });
});

describe('a Typst note of many blocks', () => {
  // Each block's end was searched for from its opening line (or from the note's head) to the note's end: quadratic.
  it('reads raw fences that nothing closes as text, each searched for its closing fence once (60,000 took a minute)', () => {
    expect(typstToMarkdown('```python\nx = 1\n'.repeat(90_000)).markdown).toBe('\\`\\`\\`python\nx = 1\n'.repeat(90_000));
  });

  it('leaves out #set lines whose brackets stay open as one line each, not to the end of the note (30,000 took 2 minutes)', () => {
    const read = typstToMarkdown('#set text(\nText\n'.repeat(30_000));
    expect(read.markdown).toBe('\nText\n'.repeat(30_000));
    expect(read.leftOut.map((left) => left.line)).toEqual(Array.from({ length: 30_000 }, (_, k) => 2 * k + 1));
  });

  it('reads closed raw blocks, comments and formulas that open without closing on their line, each to its own end (60,000 of each took 40 s)', () => {
    const read = typstToMarkdown('```\nx\n```\n/* c\n*/\n$ x\n'.repeat(100_000));
    expect(read.markdown).toBe('```\nx\n```\n\n\n\\$ x\n'.repeat(100_000));
    expect(read.leftOut).toHaveLength(100_000);
  });
});
