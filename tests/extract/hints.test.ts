/**
 * A hint given with a question, before its answer (`(**hint**: np.zeros)`, `Hint: …`), helps with the question and
 * answers nothing: it is shown with the question (its context), and the answer is what follows it, if anything.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { cellsOf, notebook } from '../helpers/notebook.js';

describe('a hint before the answer', () => {
  it('is shown with the question, and the answer is what follows it', () => {
    const { questions } = readNote('#### 1. Import the numpy package under the name `np`\n\n(**hint**: import … as …)\n\n```python\nimport numpy as np\n```\n');
    expect(questions).toHaveLength(1);
    expect(questions[0]!.context?.markdown).toBe('(**hint**: import … as …)');
    expect(questions[0]!.answer?.markdown).toBe('```python\nimport numpy as np\n```');
    // Its answer is code alone now: a coding question.
    expect(questions[0]!.kind).toBe('coding');
  });

  it('leaves a question that has nothing else unanswered, not answered by its hint', () => {
    const { questions } = readNote('## Q1. What does a LEFT JOIN keep?\n\nHint: two tables.\n\n## Q2. What is a key?\n\nA column that identifies a row.\n');
    expect(questions.map((question) => [question.question, question.context?.text ?? null, question.answer?.text ?? null, question.flags])).toEqual([
      ['What does a LEFT JOIN keep?', 'Hint: two tables.', null, ['no-answer']],
      ['What is a key?', null, 'A column that identifies a row.', []],
    ]);
  });

  it('is read in its other labels and languages, and shown after what the question shows', () => {
    for (const hint of ['Hints: two tables.', '**Hint** - two tables.', '힌트: 두 테이블.', '提示：两张表。']) {
      const { questions } = readNote(`## What does a LEFT JOIN keep?\n\n${hint}\n\nEvery row of the left table.\n`);
      expect(questions[0]!.answer?.text, hint).toBe('Every row of the left table.');
      expect(questions[0]!.context?.text, hint).toBe(hint.replace(/\*\*/g, ''));
    }
    const { questions } = readNote(
      '1. Given the following code snippet. What might be a problem with it?\n\n   ```\n   return 1 if d < r else 0\n   ```\n\n   Hint: think of its type.\n\n   It returns an int where a bool is meant.\n',
    );
    expect(questions[0]!.context?.markdown).toBe('```\nreturn 1 if d < r else 0\n```\n\nHint: think of its type.');
    expect(questions[0]!.answer?.text).toBe('It returns an int where a bool is meant.');
  });

  it('is its first line where a labelled answer goes on under it in one paragraph, and else all of it', () => {
    const { questions } = readNote(
      '## What does a LEFT JOIN keep?\n\nHint: two tables.\nA: Every row of the left table.\n\n## How do you count words?\n\nHint: use a Counter.\nThen call its most_common method.\n',
    );
    expect(questions.map((question) => [question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      ['Hint: two tables.', 'Every row of the left table.'],
      ['Hint: use a Counter.\nThen call its most_common method.', null],
    ]);
  });

  it('is read in bold tags and after an emoji too, and numbered', () => {
    for (const [hint, shown] of [
      ['<b>Hint</b>: unique.', 'Hint: unique.'],
      ['💡 Hint: events.', '💡 Hint: events.'],
      ['Hint 1: unique.', 'Hint 1: unique.'],
    ]) {
      const { questions } = readNote(`## What is a key?\n\n${hint}\n\nA column that identifies a row.\n`);
      expect([questions[0]!.context?.text, questions[0]!.answer?.text], hint).toEqual([shown, 'A column that identifies a row.']);
    }
  });

  it('goes with the question when an answers section or a footnote answers it, and before an empty code block too', () => {
    const keyed = readNote('# Quiz\n\n1. What does a LEFT JOIN keep?\n\n2. What is a key?\n\n## Answers\n\n1. Every row of the left table.\n2. Hint: unique.\n\n   A column that identifies a row.\n').questions;
    expect(keyed.map((question) => [question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      [null, 'Every row of the left table.'],
      ['Hint: unique.', 'A column that identifies a row.'],
    ]);
    const footnoted = readNote('## What does a LEFT JOIN keep?[^1]\n\nHint: two tables.\n\n## What is a key?\n\nA column.\n\n[^1]: Every row of the left table.\n').questions;
    expect(footnoted.map((question) => [question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      ['Hint: two tables.', 'Every row of the left table.'],
      [null, 'A column.'],
    ]);
    const blank = readNote('## 1. Reverse a string\n\n```python\n```\n\nHint: slicing.\n').questions;
    expect(blank.map((question) => [question.context?.text ?? null, question.answer, question.kind])).toEqual([['Hint: slicing.', null, 'coding']]);
  });

  it('is a fold summarised as a hint, before the fold of the answer', () => {
    const note = '### What is the expected value of a fair die?\n\n<details>\n<summary>💡 Hint 1</summary>\n\nAverage the faces.\n\n</details>\n\n<details>\n<summary>Answer</summary>\n\n3.5\n\n</details>\n\n### What is its variance?\n\n<details><summary>Hint</summary>Use E[X²].</details>\n\n35/12\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.context?.markdown, question.answer?.markdown])).toEqual([
      ['Average the faces.', '3.5'],
      ['<details><summary>Hint</summary>Use E[X²].</details>', '35/12'],
    ]);
  });

  it('is no part of what the question asks: its id is the same with any hint or none', () => {
    const idOf = (hint: string) => readNote(`## What does a LEFT JOIN keep?\n\n${hint}Every row of the left table.\n`).questions[0]!.id;
    expect(new Set([idOf('Hint: two tables.\n\n'), idOf('Hint: draw them.\n\n'), idOf('')]).size).toBe(1);
    // What it shows is part of it.
    const shown = readNote('1. Given the following code snippet. What might be a problem with it?\n\n   ```\n   f(x)\n   ```\n\n   Hint: think.\n').questions[0]!;
    const bare = readNote('1. Given the following code snippet. What might be a problem with it?\n\n   ```\n   f(x)\n   ```\n').questions[0]!;
    const other = readNote('1. Given the following code snippet. What might be a problem with it?\n\n   ```\n   g(x)\n   ```\n').questions[0]!;
    expect([shown.id === bare.id, bare.id === other.id]).toEqual([true, false]);
  });

  it('is part of the answer where it does not open it, and a paragraph that only speaks of hints is no hint', () => {
    const { questions } = readNote('## What does a LEFT JOIN keep?\n\nEvery row of the left table.\n\nHint: draw the two tables.\n\n## What is a hint?\n\nHints are clues.\n');
    expect(questions.map((question) => [question.context ?? null, question.answer?.text])).toEqual([
      [null, 'Every row of the left table.\nHint: draw the two tables.'],
      [null, 'Hints are clues.'],
    ]);
  });

  it('is a paragraph under a line that only titles it (`Hint 1`), as LeetCode lists its hints, each one so, in copied text and Markdown', () => {
    const copied = readNote('Can you do better than O(n^2) time?\n\nHint 1\nA brute force search of all pairs is too slow.\nHint 2\nUse a hash map.\n\nMy solution: one pass with a dict, O(n).\n', 'two-sum.txt');
    expect(copied.questions.map((question) => [question.context?.text, question.answer?.text])).toEqual([
      ['Hint 1\nA brute force search of all pairs is too slow.\nHint 2\nUse a hash map.', 'My solution: one pass with a dict, O(n).'],
    ]);
    const markdown = readNote('## How would you find a cycle in a linked list?\n\n💡 Hint\n\nTwo pointers at two speeds.\n\nFloyd\'s algorithm: they meet inside the cycle.\n');
    expect(markdown.questions.map((question) => [question.context?.text, question.answer?.text])).toEqual([['💡 Hint\nTwo pointers at two speeds.', "Floyd's algorithm: they meet inside the cycle."]]);
  });

  it("in an exercise notebook, leaves a task whose code cell is empty unanswered: a coding question to solve", () => {
    const text = notebook(cellsOf('#### 3. Create a null vector of size 10 (★☆☆)\n(**hint**: np.zeros)', { code: '' }, '#### 4. Reverse a vector (★☆☆)\n(**hint**: array[::-1])', { code: 'z = z[::-1]' }));
    const { questions } = readNote(text, 'exercises.ipynb');
    expect(questions.map((question) => [question.question, question.kind, question.answer?.markdown ?? null, question.context?.text])).toEqual([
      // Its difficulty stars rate it, they do not ask (wording/rating-labels.ts).
      ['Create a null vector of size 10', 'coding', null, '(hint: np.zeros)'],
      ['Reverse a vector', 'coding', '```python\nz = z[::-1]\n```', '(hint: array[::-1])'],
    ]);
  });
});
