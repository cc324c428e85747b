/**
 * Shapes the property tests found, pinned as examples: a question and its
 * answer in one Markdown paragraph, a fence closed by what was meant to open
 * the next one, a question hidden in an answer, and Markdown whose only
 * Markdown is a quote, a `$$` fence, a table or a comment.
 */
import { describe, expect, it } from 'vitest';
import { diagnosticsOf, formatDiagnostic } from '../../src/report/reporter.js';
import { readNote } from '../helpers/read-note.js';

function read(text: string) {
  const { questions, summary, vfile } = readNote(text);
  return {
    format: summary.format,
    found: questions.map((question) => ({ question: question.question, line: question.occurrences[0]!.line, written: question.occurrences[0]!.question, answer: question.answer?.markdown ?? null })),
    reports: diagnosticsOf(vfile).map(formatDiagnostic),
  };
}

describe('a question and its answer in one paragraph', () => {
  it('splits a bullet question from the answer on the next line', () => {
    expect(read('- What is **dropout**?\n  Randomly zeroing units.\n\n- Why does it help?\n  Less co-adaptation.\n').found).toEqual([
      { question: 'What is dropout?', line: 1, written: 'What is **dropout**?', answer: 'Randomly zeroing units.' },
      { question: 'Why does it help?', line: 4, written: 'Why does it help?', answer: 'Less co-adaptation.' },
    ]);
  });

  it('splits `Q:` from the `A:` right under it', () => {
    expect(read('# Notes\n\nQ: What is bias?\nA: Error from *wrong* assumptions.\n\nQ: What is variance?\nA: Error from sensitivity.\n').found).toEqual([
      { question: 'What is bias?', line: 3, written: 'Q: What is bias?', answer: 'Error from *wrong* assumptions.' },
      { question: 'What is variance?', line: 6, written: 'Q: What is variance?', answer: 'Error from sensitivity.' },
    ]);
  });

  it('splits a bold question from the answer on the next line', () => {
    expect(read('**What is a logit? 👶**\nThe raw score before softmax.\n\n**What is softmax?**\nNormalised exponentials.\n').found.map((found) => [found.question, found.answer])).toEqual([
      ['What is a logit?', 'The raw score before softmax.'],
      ['What is softmax?', 'Normalised exponentials.'],
    ]);
  });

  it('keeps a question that wraps over two lines whole', () => {
    expect(read('## Notes\n\n- What is the difference between\n  batch and layer normalisation?\n').found.map((found) => found.question)).toEqual([
      'What is the difference between batch and layer normalisation?',
    ]);
  });
});

describe('questions hidden by structure', () => {
  it('reports a question inside a fence closed by the next fence', () => {
    const { found, reports } = read('## What is A?\n\n```\ncode a\n\n## What is B?\n\n```\ncode b\n```\n');
    expect(found.map((question) => question.question)).toEqual(['What is A?']);
    expect(reports).toContain(
      'note.md:6:1: warning: This line looks like a question but stands inside the code block opened at line 3: read as code (is a closing fence missing above it?) [question-in-code]',
    );
  });

  it('leaves a Markdown example in a ```markdown fence alone', () => {
    expect(read('## How do I write a heading?\n\n```markdown\ncode\n\n## What is B?\n```\n').reports).toEqual([]);
  });

  it('notes a line that asks inside an answer, where copied text gave no other sign', () => {
    const { found, reports } = read('Interview notes\n\nWhat is term1?\n  • first point\n  • second point\n\n  • What is term2?\n');
    expect(found.map((question) => question.question)).toEqual(['What is term1?']);
    expect(reports).toContain('note.md:7:5: info: "What is term2?" asks like a question but is read as part of the answer to "What is term1?" [question-in-answer]');
  });
});

describe('Markdown with little Markdown in it', () => {
  it.each([
    ['a quote', '  > quoted answer'],
    ['a $$ fence', '  $$\n  x^2\n  $$'],
    ['a table', '  | a | b |\n  |---|---|\n  | 1 | 2 |'],
    ['a comment', '  <!-- draft -->'],
  ])('is read as Markdown when its answer holds %s', (_what, answer) => {
    const { format, found } = read(`- What is term1?\n${answer}\n  - first point\n  - second point\n\n- What is term2?\n`);
    expect(format).toBe('markdown');
    expect(found.map((question) => question.question)).toEqual(['What is term1?', 'What is term2?']);
  });
});
