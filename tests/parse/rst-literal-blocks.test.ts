/**
 * A Sphinx page copied as text introduces its code with reStructuredText's `::` at a paragraph's end; the page shows
 * it as one colon, or as nothing after a space.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

describe("reStructuredText's literal block marker", () => {
  it('reads as the page shows it over the indented code it introduces: one colon after a word, nothing after a space', () => {
    const note =
      "## How do you test whether two means are different?\n\nUse Welch's t-test::\n\n    stats.ttest_ind(a, b, equal_var=False)\n\nOr a permutation test ::\n\n    stats.permutation_test((a, b), statistic)\n\n.. seealso::\n\n   scipy.stats\n";
    expect(readNote(note).questions.map((question) => question.answer?.markdown.split('\n\n').slice(0, 4).join('\n\n'))).toEqual([
      "Use Welch's t-test:\n\n```\nstats.ttest_ind(a, b, equal_var=False)\n```\n\nOr a permutation test\n\n```\nstats.permutation_test((a, b), statistic)\n```",
    ]);
  });

  it('is no marker over the next line of its sentence or over text', () => {
    const note = '## What is a namespace?\n\nAs in std::\nvector.\n\nEnds with std::\n\nNot code after.\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['As in std::\nvector.\n\nEnds with std::\n\nNot code after.']);
  });

  it('is read only in a note that is reStructuredText (a directive line): in Markdown, `::` over code is the operator it names', () => {
    const note = '## How do you call a static member in C++?\n\nUse the class name with the scope resolution operator ::\n\n    Counter::count();\n';
    expect(readNote(note).questions.map((question) => question.answer?.markdown)).toEqual(['Use the class name with the scope resolution operator ::\n\n```\nCounter::count();\n```']);
  });
});
