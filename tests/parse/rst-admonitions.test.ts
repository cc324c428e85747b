/**
 * A Sphinx page copied as text keeps reStructuredText's admonitions (`.. note::` over an indented body). They
 * read as the MkDocs admonitions and Obsidian callouts they match: an aside in the answer, its kind its title.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const page = [
  'What is the difference between correlation and causation?',
  '---------------------------------------------------------',
  '',
  'Correlation measures association.',
  '',
  '.. note::',
  '',
  '   Randomized experiments are the gold standard for causal claims.',
  '',
  '.. admonition:: Rule of thumb',
  '',
  '   Look for a confounder first.',
  '',
  '   - age',
  '   - income',
  '',
  'How do you test whether two means are different?',
  '------------------------------------------------',
  '',
  'Use a two-sample t-test.',
  '',
].join('\n');

describe('reStructuredText admonitions', () => {
  it('read as an aside in the answer they stand in, titled with their kind or the generic one\'s title, not as a directive line over a paragraph', () => {
    const { questions } = readNote(page, 'faq.txt');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      [
        'What is the difference between correlation and causation?',
        'Correlation measures association.\n\n> **Note**\n>\n> Randomized experiments are the gold standard for causal claims.\n\n> **Rule of thumb**\n>\n> Look for a confounder first.\n>\n> - age\n> - income',
      ],
      ['How do you test whether two means are different?', 'Use a two-sample t-test.'],
    ]);
  });

  it('leave another directive, one with no body, and one in code as written', () => {
    const note = '## What is X?\n\nIt is Y.\n\n.. code-block:: python\n\n   x = 1\n\n```\n.. note::\n   Not an aside.\n```\n\n.. note::\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual([
      'It is Y.\n\n.. code-block:: python\n\nx = 1\n\n```\n.. note::\n   Not an aside.\n```\n\n.. note::',
    ]);
  });
});

describe('a directive quoted in copied text, with no body under it', () => {
  it('says nothing of the note: a text of questions on alternate lines is read as the text it is', () => {
    const note =
      'What is a wheel?\nA built distribution, ready to install.\nWhat is an sdist?\nThe source distribution.\nHow is a box written in Sphinx?\nWith a directive line:\n.. note:: Sphinx reads docstrings with autodoc.\nWhat is pyproject.toml?\nThe file that declares the build system.\n';
    const { questions, summary } = readNote(note, 'packaging.txt');
    expect(summary.format).toBe('plaintext');
    expect(questions.map((question) => question.question)).toEqual(['What is a wheel?', 'What is an sdist?', 'How is a box written in Sphinx?', 'What is pyproject.toml?']);
  });
});
