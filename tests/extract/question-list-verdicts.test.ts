/**
 * Whether a list is a list of questions is worked out once per list: the walk asks about the
 * same list several times (after a title line, as a block of its own), and each time would read
 * every item's prompt again.
 */
import { VFile } from 'vfile';
import { describe, expect, it, vi } from 'vitest';
import { extractQuestions } from '../../src/extract/extract.js';
import { parseSource } from '../../src/parse/index.js';

const listItemPrompts = vi.hoisted(() => ({ count: 0 }));

vi.mock('../../src/extract/recognizers/recognizer.js', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/extract/recognizers/recognizer.js')>();
  return {
    ...original,
    candidate: (...args: Parameters<typeof original.candidate>) => {
      if (args[0] === 'list-item') listItemPrompts.count++;
      return original.candidate(...args);
    },
  };
});

describe('question lists', () => {
  it('read each item\'s prompt once to decide, and once to take the questions', () => {
    const items = ['What is dropout?', 'What is batch normalisation?', 'What is a residual block?', 'Why use Adam?'];
    const text = `# Notes\n\nFundamentals\n\n${items.map((item) => `- ${item}`).join('\n')}\n\nOptimisation\n\n${items.map((item) => `- ${item.replace('?', ' again?')}`).join('\n')}\n`;
    const source = { file: 'notes.md', text, vfile: new VFile({ path: 'notes.md', value: text }) };
    listItemPrompts.count = 0;
    const { questions } = extractQuestions(parseSource(source));
    expect(questions.map((question) => question.prompt)).toEqual([...items, ...items.map((item) => item.replace('?', ' again?'))]);
    expect(questions.map((question) => question.topic)).toEqual([...items.map(() => 'Fundamentals'), ...items.map(() => 'Optimisation')]);
    // Two lists of four items: one reading to decide and one to take the questions, per item.
    expect(listItemPrompts.count).toBe(2 * 2 * items.length);
  });
});
