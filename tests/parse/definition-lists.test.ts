/**
 * Definition lists as Markdown Extra, Pandoc and Obsidian's plugins write them (`Precision` over `: Of the predicted
 * positives, …`): CommonMark has none, and remark read each item as a paragraph, its term a line of the answer above.
 */
import { describe, expect, it } from 'vitest';
import { backtracking } from '../helpers/backtracking.js';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { detectFormat } from '../../src/parse/detect-format.js';
import { DEFINITION_LINE, DEFINITION_LINE_IN_TEXT } from '../../src/parse/definition-lists.js';

const asked = (text: string) => readNote(text).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

describe('a definition list', () => {
  it("is a note's questions: each term asks, its definitions (without their colons) answer", () => {
    const note = [
      '# Evaluation metrics',
      '',
      'What is precision?',
      ': The fraction of predicted positives that are truly positive.',
      '',
      'When do you prefer PR-AUC over ROC-AUC?',
      ': When positives are rare.',
      ': Also when you care about the top of the ranking.',
      '',
      'What does an F1 score of 0 mean?',
      '',
      'Log loss',
      ': Negative mean log-likelihood.',
      '',
    ].join('\n');
    expect(asked(note)).toEqual([
      ['What is precision?', 3, 'The fraction of predicted positives that are truly positive.'],
      // Two definitions, each a paragraph of the answer; no colon kept.
      ['When do you prefer PR-AUC over ROC-AUC?', 6, 'When positives are rare.\n\nAlso when you care about the top of the ranking.'],
      // Unanswered: the term under it was its answer.
      ['What does an F1 score of 0 mean?', 10, null],
      // A term that names asks too, where the note's terms ask: it was lost, with no note.
      ['Log loss', 12, 'Negative mean log-likelihood.'],
    ]);
  });

  it("is a glossary's questions, as a sheet's Term,Definition rows are, each under its section's topic", () => {
    const { questions, vfile } = readNote('# Glossary\n\n## Metrics\n\nPrecision\n: Of the predicted positives, the share that are positive.\n\n**Recall**\n: Of the actual positives, the share found.\n\n## Losses\n\n`Cross-entropy`\n: The negative log-likelihood.\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['Precision', 'Metrics', 'Of the predicted positives, the share that are positive.'],
      ['Recall', 'Metrics', 'Of the actual positives, the share found.'],
      ['Cross-entropy', 'Losses', 'The negative log-likelihood.'],
    ]);
    // Each as written at its line.
    expect(questions.map((question) => question.occurrences[0]!.question)).toEqual(['Precision', '**Recall**', '`Cross-entropy`']);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it("is part of the answer it stands in, its terms in bold over their definitions (a saved page's <dl> is read so)", () => {
    const terms = 'Precision\n: Of the predicted positives, the share that are positive.\n\nRecall\n: Of the actual positives, the share found.\n';
    const answer = '**Precision**\n\nOf the predicted positives, the share that are positive.\n\n**Recall**\n\nOf the actual positives, the share found.';
    // Under a heading that asks, a line that asks, a bold question, a `Q:` line and its `A:`.
    expect(asked(`## What are the main metrics?\n\n${terms}\n## What is log loss?\n\nNegative mean log-likelihood.\n`)[0]).toEqual(['What are the main metrics?', 1, answer]);
    expect(asked(`# Notes\n\nWhat are the main metrics?\n\n${terms}`)).toEqual([['What are the main metrics?', 3, answer]]);
    expect(asked(`# Notes\n\n**What are the main metrics?**\n\n${terms}\n**What is log loss?**\n\nIts mean.\n`)[0]).toEqual(['What are the main metrics?', 3, answer]);
    expect(asked(`# Notes\n\nQ: What are the main metrics?\nA: These two.\n\n${terms}`)).toEqual([['What are the main metrics?', 3, `These two.\n\n${answer}`]]);
    // Under a heading that names a concept, among others that do: the concept's answer.
    expect(asked('## Dropout\n\nRandomly zeroes units.\n\nRate\n: The share of units dropped.\n\n## Batch norm\n\nNormalises each mini-batch.\n\n## What is weight decay?\n\nAn L2 penalty.\n')[0]).toEqual([
      'Dropout',
      1,
      'Randomly zeroes units.\n\n**Rate**\n\nThe share of units dropped.',
    ]);
  });

  it("is read in Pandoc's loose form too: a blank line between a term and its definition, or between definitions", () => {
    expect(asked('# Glossary\n\nTerm one\n\n:   Its definition.\n\nTerm two\n\n:   Its first definition.\n\n:   Its second.\n')).toEqual([
      ['Term one', 3, 'Its definition.'],
      ['Term two', 7, 'Its first definition.\n\nIts second.'],
    ]);
  });

  it('goes on lazily: a line under a definition is part of it, but for one right over a colon, the next term (a glossary with no blank lines)', () => {
    expect(asked('# Glossary\n\nRecall\n: Of the actual positives,\nthe share found.\n')).toEqual([['Recall', 3, 'Of the actual positives,\nthe share found.']]);
    expect(asked('# Glossary\n\nPrecision\n: Of the predicted positives, the share right.\nRecall\n: Of the actual positives, the share found.\n')).toEqual([
      ['Precision', 3, 'Of the predicted positives, the share right.'],
      ['Recall', 5, 'Of the actual positives, the share found.'],
    ]);
  });

  it("is no line that opens with a colon under no term: after a heading or a paragraph of two lines, in code, a container's fence", () => {
    const note = '## What is a mapping?\n\n: under a heading\n\nkey\nand value\n\n: under a paragraph of two lines\n\n```yaml\nname\n: value\n```\n\n::: note\ninside\n:::\n';
    // (The answer's first line loses its colon as an answer's mark, `: …` under a question, answer-line.ts.)
    expect(asked(note)).toEqual([
      ['What is a mapping?', 1, 'under a heading\n\nkey\nand value\n\n: under a paragraph of two lines\n\n```yaml\nname\n: value\n```\n\n> **Note**\n>\n> inside'],
    ]);
  });

  it('makes a note Markdown: two terms over their definitions, with no other syntax', () => {
    const glossary = 'Precision\n: Of the predicted positives, the share that are positive.\n\nRecall\n: Of the actual positives, the share found.\n';
    expect(detectFormat(glossary)).toBe('markdown');
    expect(asked(glossary)).toEqual([
      ['Precision', 1, 'Of the predicted positives, the share that are positive.'],
      ['Recall', 4, 'Of the actual positives, the share found.'],
    ]);
    // One `: ` line under a line is no such sign.
    expect(detectFormat('Sign-in\n: required\n\nThen the dashboard opens.\n')).toBe('plaintext');
  });

  it('is found by patterns that cannot backtrack over a run of spaces', () => {
    expect(backtracking(DEFINITION_LINE)).toBeUndefined();
    expect(backtracking(DEFINITION_LINE_IN_TEXT)).toBeUndefined();
  });
});
