/**
 * Custom containers fenced by colons (VitePress, VuePress, Docusaurus; Pandoc and Quarto fenced divs): a
 * `details` container is the `<details>` fold the site shows, a callout's box (`::: tip`, `:::message`, `:::note warn`)
 * the callout it shows, any other a box whose title stays over its body.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const asked = (text: string) =>
  readNote(text).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

describe('custom containers', () => {
  it('reads a details container whose title asks as the question, its body as the answer, at the line of its fence', () => {
    const note = readNote('# 面试题\n\n::: details 什么是过拟合？\n模型在训练集上表现好，在测试集上表现差。\n:::\n\n::: details What is dropout? {open}\nRandomly zeroing activations.\n\n- only while training\n:::\n');
    expect(note.questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown])).toEqual([
      ['什么是过拟合？', 3, '模型在训练集上表现好，在测试集上表现差。'],
      ['What is dropout?', 7, 'Randomly zeroing activations.\n\n- only while training'],
    ]);
    expect(note.vfile.messages.map((message) => message.ruleId)).toEqual([]);
  });

  it('reads a details container titled as an answer under its question as that answer, hidden as the site hides it', () => {
    expect(asked('## What is a learning rate?\n\n::: details 정답\nThe step size of gradient descent.\n:::\n\n## What is an epoch?\n\n::: details Answer\nOne pass over the data.\n:::\n')).toEqual([
      ['What is a learning rate?', 1, 'The step size of gradient descent.'],
      ['What is an epoch?', 7, 'One pass over the data.'],
    ]);
  });

  it('reads a callout\'s box (`:::tip[…]`, a Quarto callout) as a quote of its body under its title in bold, and drops its fences', () => {
    expect(asked('## What is weight decay?\n\nAn L2 penalty on the weights.\n\n:::tip[Remember]\nAdamW decouples it from the gradient.\n:::\n\n::: {.callout-note title="Why"}\nIt keeps weights small.\n:::\n')).toEqual([
      ['What is weight decay?', 1, 'An L2 penalty on the weights.\n\n> **Remember**\n>\n> AdamW decouples it from the gradient.\n\n> **Why**\n>\n> It keeps weights small.'],
    ]);
    // A box whose title asks is a bold question over its answer.
    expect(asked(':::info What is regularization?\nPenalising model complexity.\n:::\n')).toEqual([['What is regularization?', 1, 'Penalising model complexity.']]);
  });

  it("titles a callout with no title with its kind: Qiita's and Zenn's word after the name (`:::note warn`) is that kind, no title", () => {
    const note = '## What makes an index unusable?\n\nA function on the column.\n\n:::note warn\nMySQL 8.0 has functional indexes.\n:::\n\n## What does closing a channel do?\n\n:::details 答え\nReceivers get the zero value.\n:::\n\n:::message\nNext time: context.\n:::\n\n::: {.callout-important}\nFrom the 2024 list.\n:::\n';
    expect(asked(note).map(([, , answer]) => answer)).toEqual([
      'A function on the column.\n\n> **Warning**\n>\n> MySQL 8.0 has functional indexes.',
      'Receivers get the zero value.\n\n> **Note**\n>\n> Next time: context.\n\n> **Important**\n>\n> From the 2024 list.',
    ]);
  });

  it("reads a callout's box that only holds a hint (`Hint: …`) as the question's hint, one that only holds a to-do as a placeholder answer", () => {
    const [flips] = readNote('## What is the expected number of flips to get two heads?\n\n::: {.callout-note}\nHint: set up a recurrence.\n:::\n\n6 flips on average.\n').questions;
    const [towers] = readNote('## 질문 4. Two-tower 모델에서 단계를 나누는 이유\n\n:::warning\n다음 주까지 각자 정리해 오기!\n:::\n').questions;
    expect([flips!.answer?.markdown, flips!.context?.markdown]).toEqual(['6 flips on average.', 'Hint: set up a recurrence.']);
    expect(towers!.flags).toContain('placeholder-answer');
  });

  it("keeps a callout's box holding lines that ask or a fold as the note's own questions, not as an aside", () => {
    expect(asked('# ML\n\n:::tip Questions\n\n1. What is overfitting?\n   - Fitting noise.\n\n:::\n\n:::: note\n::: details What is dropout?\nZeroing units.\n:::\n::::\n')).toEqual([
      ['What is overfitting?', 5, '- Fitting noise.'],
      ['What is dropout?', 11, 'Zeroing units.'],
    ]);
  });

  it("keeps a box of another name, or a callout's box holding a heading, as the note's own text under its title in bold", () => {
    expect(asked('## What is a z-score?\n\n::: columns\nHow many deviations from the mean.\n:::\n\n::: tip Tabs\n### What is a t-score?\nThe same with the sample deviation.\n:::\n')).toEqual([
      ['What is a z-score?', 1, 'How many deviations from the mean.\n\n**Tabs**'],
      ['What is a t-score?', 8, 'The same with the sample deviation.'],
    ]);
  });

  it('reads a Quarto callout that folds as the fold it is, a heading opening a callout as its title, a box titled Hint as the question\'s hint', () => {
    const note = readNote(
      '## Question 1\n\nWhat is the expected number of flips to get two heads in a row?\n\n::: {.callout-note}\n## Hint\nSet up a recurrence on the state.\n:::\n\n::: {.callout-tip collapse="true"}\n## Answer\n\n6 flips on average.\n:::\n',
    );
    const [question] = note.questions;
    expect([question!.question, question!.answer?.markdown, question!.context?.markdown]).toEqual([
      'What is the expected number of flips to get two heads in a row?',
      '6 flips on average.',
      'Set up a recurrence on the state.',
    ]);
    expect(note.vfile.messages.map((message) => message.ruleId)).toEqual([]);
  });

  it("keeps a heading that opens a box a heading of the note (Quarto's callouts and tabsets of questions), its fences left out", () => {
    expect(
      asked('# Interview prep\n\n::: {.callout-tip}\n## What is overfitting?\nFitting noise in the training data.\n:::\n\n::: {.panel-tabset}\n## What is a p-value?\nThe probability of data at least as extreme, under the null.\n## What is power?\nThe probability of rejecting a false null.\n:::\n'),
    ).toEqual([
      ['What is overfitting?', 4, 'Fitting noise in the training data.'],
      ['What is a p-value?', 9, 'The probability of data at least as extreme, under the null.'],
      ['What is power?', 11, 'The probability of rejecting a false null.'],
    ]);
  });

  it('leaves an opening fence as written when its only closing fence stands in code', () => {
    const note = readNote('## How do I write a fold?\n\n::: details What is dropout?\n\n```md\n:::\n```\n');
    expect(note.questions.map((question) => question.question)).toEqual(['How do I write a fold?']);
    expect(note.questions[0]!.answer!.markdown).toContain('::: details What is dropout?');
    // As before these containers were read: the line that asks is noted in the answer, and no fold is left unclosed.
    expect(note.vfile.messages.map((message) => message.ruleId)).toEqual(['question-in-answer']);
  });

  it('closes the innermost container with a fence no shorter than its own, so a longer fence holds a shorter one', () => {
    expect(asked('::::: details What is attention?\nWeighing values by query-key similarity.\n\n::: warning\nQuadratic in the sequence length.\n:::\n:::::\n')).toEqual([
      ['What is attention?', 1, 'Weighing values by query-key similarity.\n\n> **Warning**\n>\n> Quadratic in the sequence length.'],
    ]);
  });

  it('leaves lines of colons that open nothing, or an opening fence never closed, as written', () => {
    const note = readNote('## What is a ratio?\n\nWrite it a:b, or\n\n:::\n\n::: details Never closed\nText.\n');
    expect(note.questions[0]!.answer!.markdown).toBe('Write it a:b, or\n\n:::\n\n::: details Never closed\nText.');
  });

  it('reads fences inside code as code', () => {
    const note = readNote('## How do I write a VitePress fold?\n\n```md\n::: details Title\nBody\n:::\n```\n');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['```md\n::: details Title\nBody\n:::\n```']);
  });

  describe('MyST (Jupyter Book) directives', () => {
    it("reads an exercise as the question its solution answers, fenced by backticks, with no option line (`:label:`, `:class:`)", () => {
      const note = readNote(
        '# Exercises\n\n```{exercise}\n:label: ex-ols\n\nDerive the closed-form solution of least squares.\n```\n\n```{solution} ex-ols\n:class: dropdown\n\nSet the gradient to zero.\n```\n\n:::{admonition} Why center features before PCA?\n:class: dropdown\n\nOtherwise the first component points toward the mean.\n:::\n',
      );
      // Beside a fold whose title asks, the exercise over its solution's fold still asks.
      expect(note.questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown])).toEqual([
        ['Derive the closed-form solution of least squares.', 6, 'Set the gradient to zero.'],
        ['Why center features before PCA?', 15, 'Otherwise the first component points toward the mean.'],
      ]);
      expect(note.vfile.messages.map((message) => message.ruleId)).toEqual([]);
    });

    it('reads a solution away from its exercise (all at the page\'s end) as no answer of what stands above it, and notes it', () => {
      const note = readNote('# Exercises\n\n```{exercise}\n:label: ex-ols\n\nDerive the OLS solution.\n```\n\n## Solutions\n\n```{solution} ex-ols\nSet the gradient to zero.\n```\n');
      // `## Solutions` over it asks nothing; linking the solution to its exercise by its label is not done yet.
      expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([['Derive the OLS solution.', null]]);
      expect(note.vfile.messages.map((message) => [message.line, message.ruleId])).toEqual([[11, 'section-text']]);
      expect(note.vfile.messages[0]!.message).toContain('Solution to ex-ols');
    });

    it("reads a fold's title with its formulas as math, as a heading's words are (`$R^2$` is `\\(R^2\\)`)", () => {
      expect(asked(':::{admonition} What does $R^2$ measure?\n:class: dropdown\n\nThe share of the variance of $y$ explained.\n:::\n\n:::{dropdown} Why does $\\lambda > 0$ make $X^\\top X + \\lambda I$ invertible?\nIt is positive definite.\n:::\n')).toEqual([
        ['What does \\(R^2\\) measure?', 1, 'The share of the variance of $y$ explained.'],
        ['Why does \\(\\lambda > 0\\) make \\(X^\\top X + \\lambda I\\) invertible?', 7, 'It is positive definite.'],
      ]);
    });

    it('reads a dropdown (`:::{dropdown} Title`, or spaced) as a fold titled with its title, and an admonition as a callout', () => {
      expect(asked(':::{dropdown} What does R² measure?\nThe share of the variance explained.\n:::\n\n::: {dropdown} What is PCA?\nA rotation onto the directions of most variance.\n\n```{tip}\nScale the features first.\n```\n:::\n')).toEqual([
        ['What does R² measure?', 1, 'The share of the variance explained.'],
        ['What is PCA?', 5, 'A rotation onto the directions of most variance.\n\n> **Tip**\n>\n> Scale the features first.'],
      ]);
    });

    it('leaves a directive of code (`{code-cell}`) code', () => {
      expect(asked('## How do I seed NumPy?\n\n```{code-cell} ipython3\nrng = np.random.default_rng(0)\n```\n')).toEqual([
        ['How do I seed NumPy?', 1, '```{code-cell} ipython3\nrng = np.random.default_rng(0)\n```'],
      ]);
    });
  });
});
