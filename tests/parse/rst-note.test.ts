/**
 * A reStructuredText note (`.rst`) is read as the Markdown it stands for, line for line: its definition lists, field
 * lists, code directives and footnotes as a Markdown note's own, each question at the file's own line.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { rstToMarkdown } from '../../src/parse/rst-note.js';

const asked = (text: string, file = 'stats.rst') =>
  readNote(text, file).questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a reStructuredText note', () => {
  it('is read line for line, its document title the note\'s and its sections the topics of the questions under them', () => {
    const note = ['=========================', 'Statistics Interview Prep', '=========================', '', 'Hypothesis testing', '==================', '', 'What is a p-value?', '', 'The probability of a result at least as extreme.', ''].join('\n');
    const read = readNote(note, 'stats.rst');
    expect(rstToMarkdown(note).markdown.split('\n')).toHaveLength(note.split('\n').length);
    expect(read.summary).toMatchObject({ title: 'Statistics Interview Prep', format: 'rst' });
    expect(read.questions.map((question) => [question.question, question.topic, question.occurrences[0]!.line])).toEqual([['What is a p-value?', 'Hypothesis testing', 8]]);
  });

  it('reads each term of a definition list over its indented definition as a question answered by it, as a Markdown definition list', () => {
    const note = ['Hypothesis testing', '==================', '', 'What is a p-value?', '   The probability, under the null, of a result at least as extreme.', '', 'Type I vs Type II error', '   Type I rejects a true null; Type II keeps a false null.', '', '   Both trade off against each other.', '', 'Statistical power', '   The probability of rejecting a false null.', ''].join('\n');
    expect(asked(note)).toEqual([
      ['What is a p-value?', 'The probability, under the null, of a result at least as extreme.', 4],
      ['Type I vs Type II error', 'Type I rejects a true null; Type II keeps a false null.\n\nBoth trade off against each other.', 7],
      ['Statistical power', 'The probability of rejecting a false null.', 12],
    ]);
  });

  it('leaves the labels of a field list\'s question and answer out (:Q: / :A:, :Question: / :Answer:), its other questions asking as they did', () => {
    const note = ['Regularization', '==============', '', ':Q: What does dropout do?', ':A: It zeroes activations at random during training.', '', ':Question: Explain L1 sparsity.', ':Answer: Its penalty has a corner at zero.', '', 'Why normalise the inputs?', '', 'So that no feature dominates the gradient.', ''].join('\n');
    expect(asked(note)).toEqual([
      ['What does dropout do?', 'It zeroes activations at random during training.', 4],
      ['Explain L1 sparsity.', 'Its penalty has a corner at zero.', 7],
      ['Why normalise the inputs?', 'So that no feature dominates the gradient.', 10],
    ]);
  });

  it('reads a code directive over its indented code as fenced code in its language, its options left out with a note', () => {
    const note = ['How do you check the normality of residuals?', '', 'Use a Q-Q plot.', '', '.. code-block:: python', '   :linenos:', '', '   import statsmodels.api as sm', '   sm.qqplot(model.resid, line="45")', '', 'How do you list files?', '', '.. code:: bash', '', '   ls -la', '', 'What does R-squared measure?', '', 'The share of the variance of y that the model explains.', '', '.. sourcecode:: python', '', '   r2_score(y, y_hat)'].join('\n');
    const read = readNote(note, 'stats.rst');
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual([
      'Use a Q-Q plot.\n\n```python\nimport statsmodels.api as sm\nsm.qqplot(model.resid, line="45")\n```',
      '```bash\nls -la\n```',
      'The share of the variance of y that the model explains.\n\n```python\nr2_score(y, y_hat)\n```',
    ]);
    expect(messagesOf(read.vfile)).toEqual(['1:rst-note', '6:rst-note']);
    expect(read.vfile.messages[1]!.reason).toContain(':linenos:');
  });

  it('leaves a citation nothing cites out of the last answer, with a note, and makes one an answer cites its footnote', () => {
    const note = ['What does dropout approximate?', '', 'An ensemble of thinned networks [Srivastava14]_.', '', 'What does R-squared measure?', '', 'The share of the variance of y that the model explains.', '', '.. [Srivastava14] Srivastava et al., JMLR 2014.', '.. [1] Wasserman, *All of Statistics*, ch. 10.', ''].join('\n');
    const read = readNote(note, 'stats.rst');
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual([
      'An ensemble of thinned networks [^Srivastava14].\n\n[^Srivastava14]: Srivastava et al., JMLR 2014.',
      'The share of the variance of y that the model explains.',
    ]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'rst-note').map((message) => [message.line, message.reason])).toEqual([
      [1, 'Read as a reStructuredText note: its sections, lists, definition and field lists, directives and markup as the Markdown they stand for'],
      [10, 'Left out a reference no text of the note cites ([1] Wasserman, *All of Statistics*, ch. 10.) (line 10)'],
    ]);
  });

  it('leaves the document\'s fields, comments and directives that build the site out, each with a note at its line', () => {
    const note = ['Stats', '=====', '', ':Author: Hana Lee', ':Date: 2024-02-11', '', '.. contents:: Table of Contents', '   :depth: 2', '', '.. a comment', '', 'What is a p-value?', '', 'The probability of a result at least as extreme.', ''].join('\n');
    const read = readNote(note, 'stats.rst');
    expect(read.vfile.messages.filter((message) => message.ruleId === 'rst-note').slice(1).map((message) => message.reason)).toEqual([
      "Left out the document's fields :Author:, :Date: (lines 4-5)",
      'Left out the directive .. contents:: Table of Contents (a table of contents the page builds) (lines 7-8)',
      'Left out a comment (line 10)',
    ]);
    expect(read.questions.map((question) => question.answer?.markdown)).toEqual(['The probability of a result at least as extreme.']);
  });

  it('reads a paragraph ending in :: as introducing the code under it, and a doctest block as a Python session', () => {
    const note = ['How do you sweep the learning rate?', '', 'Loop over the rates::', '', '    for lr in [1e-4, 1e-3]:', '        train(lr)', '', 'What does this print?', '', '>>> [x * 2 for x in range(3)]', '[0, 2, 4]', ''].join('\n');
    expect(asked(note)).toEqual([
      ['How do you sweep the learning rate?', 'Loop over the rates:\n\n```\nfor lr in [1e-4, 1e-3]:\n    train(lr)\n```', 1],
      ['What does this print?', '```pycon\n>>> [x * 2 for x in range(3)]\n[0, 2, 4]\n```', 8],
    ]);
  });

  it('reads its admonitions as callouts and its roles, literals and links as Markdown writes them', () => {
    const note = ['What does R-squared measure?', '', 'The share of variance explained, :math:`1 - SS_{res}/SS_{tot}`; see ``r2_score`` and `the docs <https://scikit-learn.org>`_.', '', '.. note::', '', '   It never decreases when you add features.', ''].join('\n');
    expect(asked(note)).toEqual([
      [
        'What does R-squared measure?',
        'The share of variance explained, $1 - SS_{res}/SS_{tot}$; see `r2_score` and [the docs](https://scikit-learn.org).\n\n> **Note**\n>\n> It never decreases when you add features.',
        1,
      ],
    ]);
    // The generic admonition's title and Sphinx's `seealso` (in any case) with its text on its line, as their callouts
    // show them; another directive's title (`.. rubric::`) is bold text, no callout.
    const more = ['What is early stopping?', '', 'Stopping when the validation loss rises.', '', '.. admonition:: Patience', '', '   Wait a few epochs first.', '', '.. SeeAlso:: Regularization.', '', '.. rubric:: Not a callout', ''].join('\n');
    expect(rstToMarkdown(more).markdown.split('\n').slice(4, 11)).toEqual(['> [!note] Patience', '>', '> Wait a few epochs first.', '', '> [!info] Regularization.', '', '**Not a callout**']);
    expect(asked(more)).toEqual([['What is early stopping?', 'Stopping when the validation loss rises.\n\n> **Patience**\n>\n> Wait a few epochs first.\n\n> **Regularization.**\n\n**Not a callout**', 1]]);
  });

  it('numbers each auto-numbered footnote reference once, also on the line that opens a literal block (`… [#]_::`)', () => {
    const note = ['What is a p-value?', '', 'The probability of a result at least as extreme [#]_. For example [#]_::', '', '   p = 0.03', '', '.. [#] Wasserman, All of Statistics.', '.. [#] A worked example.', ''].join('\n');
    const markdown = rstToMarkdown(note).markdown;
    expect(markdown).toContain('at least as extreme [^auto1]. For example [^auto2]:');
    expect(markdown).not.toContain('[#]');
  });

  it('shows an escaped bracket as the bracket, never as the formula Markdown\'s \\( \\) or \\[ \\] would open', () => {
    const [question] = readNote(['What is f?', '', 'It is f\\(x\\) = x, and \\[1\\] cites a paper.', ''].join('\n'), 'esc.rst').questions;
    expect(question!.answer?.text).toBe('It is f(x) = x, and [1] cites a paper.');
    expect(question!.answer?.html).not.toContain('math');
  });

  it('reads a simple table (= rules above, under its header and below) as a table, a line whose first cell is empty going on with the row above', () => {
    const note = ['Notes', '=====', '', 'What is a kernel?', '-----------------', '', 'A similarity. Common ones:', '', '=======  ==================', 'Kernel   Formula', '=======  ==================', 'Linear   ``x·y``', 'RBF      exp(-γ|x - y|²),', '         a Gaussian', '=======  ==================', ''].join('\n');
    expect(rstToMarkdown(note).markdown.split('\n')).toHaveLength(note.split('\n').length);
    expect(asked(note, 'kernels.rst')).toEqual([
      ['What is a kernel?', 'A similarity. Common ones:\n\n| Kernel | Formula                       |\n| ------ | ----------------------------- |\n| Linear | `x·y`                         |\n| RBF    | exp(-γ\\|x - y\\|²), a Gaussian |', 4],
    ]);
  });

  it('reads a grid table as a table, a cell\'s lines joined', () => {
    const note = ['Notes', '=====', '', 'Which metrics suit imbalanced data?', '-----------------------------------', '', '+--------+--------------------+', '| Metric | Why                |', '+========+====================+', '| PR AUC | ignores true       |', '|        | negatives          |', '+--------+--------------------+', '| F1     | *balances* P and R |', '+--------+--------------------+', ''].join('\n');
    expect(asked(note, 'metrics.rst')).toEqual([
      ['Which metrics suit imbalanced data?', '| Metric | Why                    |\n| ------ | ---------------------- |\n| PR AUC | ignores true negatives |\n| F1     | *balances* P and R     |', 4],
    ]);
  });
});

describe('a reStructuredText note of many blocks that may open a table', () => {
  it('reads each + line as a list item and the grid table after them as a table, the body cut for tables once (60,000 items took 164 s)', () => {
    const items = 60_000;
    const note = `Title\n=====\n\n${'+ x\n\n'.repeat(items)}+---+---+\n| a | b |\n+---+---+\n`;
    expect(rstToMarkdown(note).markdown).toBe(`\n\n\n${'- x\n\n'.repeat(items)}|  |  |\n| --- | --- |\n| a | b |\n`);
  });
});
