/**
 * A Mintlify or Nextra FAQ folds each answer under its question (`<Accordion title="What is X?">`): qbank reads each
 * accordion as the `<details>` the page shows, its title the question and its body the answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { IMPORT_OPENING, MODULE_LINE } from '../../src/parse/mdx-modules.js';

const faq = [
  "import { Accordion, AccordionGroup } from '@/components'",
  '',
  '## Fundamentals',
  '',
  '<AccordionGroup>',
  '  <Accordion title="What is a KV cache?">',
  '    It stores the keys and values of past tokens.',
  '  </Accordion>',
  '  <Accordion title="Speculative decoding">',
  '    A small draft model proposes tokens.',
  '  </Accordion>',
  '  <Accordion title="How do you call the draft model?">',
  '    Once per step:',
  '',
  '    ```python',
  '    draft = small(x)',
  '    ```',
  '  </Accordion>',
  '</AccordionGroup>',
  '',
].join('\n');

describe("an MDX page's accordions", () => {
  it('are each a question (its title) answered by its body, read without the indentation of the tags', () => {
    const note = readNote(faq, 'faq.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown, question.topic])).toEqual([
      ['What is a KV cache?', 'It stores the keys and values of past tokens.', 'Fundamentals'],
      ['Speculative decoding', 'A small draft model proposes tokens.', 'Fundamentals'],
      ['How do you call the draft model?', 'Once per step:\n\n```python\ndraft = small(x)\n```', 'Fundamentals'],
    ]);
  });

  it("leave the page's import line out, with a note at its line", () => {
    const note = readNote(faq, 'faq.mdx');
    expect(messagesOf(note.vfile)).toEqual(['1:mdx-module']);
  });

  it('are left as written in code, where a page shows how to write one', () => {
    const note = readNote('<Accordion title="How do you fold an answer?">\n\n```jsx\n<Accordion title="Why?">\n  Because.\n</Accordion>\n```\n\n</Accordion>\n', 'page.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How do you fold an answer?', '```jsx\n<Accordion title="Why?">\n  Because.\n</Accordion>\n```'],
    ]);
  });
});

describe("an MDX page's other folds", () => {
  it('read Mintlify\'s <Expandable title="…"> as an accordion', () => {
    const page = ['## Serving', '', '<Expandable title="What is a KV cache?">', '  It stores the keys and values of past tokens.', '</Expandable>', ''].join('\n');
    const note = readNote(page, 'serving.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is a KV cache?', 'It stores the keys and values of past tokens.']]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('read an accordion in an accordion\'s body as part of its answer, closing tag and all, the answer running on to its own closing tag', () => {
    const page = ['<Accordion title="What is batching?">', '  Grouping requests.', '', '  <Accordion title="What is continuous batching?">', '    Adding requests as others finish.', '  </Accordion>', '', '  It raises throughput.', '</Accordion>', '', '<Accordion title="What is a KV cache?">', '  Stored keys.', '</Accordion>', ''].join('\n');
    const note = readNote(page, 'serving.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is batching?', 'Grouping requests.\n\n<details><summary>What is continuous batching?</summary>\n\nAdding requests as others finish.\n\n</details>\n\nIt raises throughput.'],
      ['What is a KV cache?', 'Stored keys.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe("an MDX page's module lines", () => {
  it('leave an export over lines of its own (export const x = { … }) out whole, with one note, as an import over lines of its own', () => {
    const page = ["import {", "  Accordion,", "} from '@/components'", '', 'export const stats = {', '  questions: 1,', '  level: "senior", // {', '}', '', '<Accordion title="What is a KV cache?">', '  Stored keys and values.', '</Accordion>', ''].join('\n');
    const note = readNote(page, 'faq.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is a KV cache?', 'Stored keys and values.']]);
    expect(note.vfile.messages.map((message) => [message.line, message.ruleId, message.reason])).toEqual([
      [1, 'mdx-module', 'Left out the MDX page\'s import block (lines 1-3), which loads what the page shows and is no text of it: "import {"'],
      [5, 'mdx-module', 'Left out the MDX page\'s export block (lines 5-8), which loads what the page shows and is no text of it: "export const stats = {"'],
    ]);
  });
  it("are only an MDX page's, and only ES modules: a Python import in its answer stays, and so does a Markdown note's import", () => {
    const note = readNote("import { Accordion } from 'nextra/components'\n\n<Accordion title=\"How do you load NumPy?\">\nimport numpy as np\n</Accordion>\n", 'page.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['How do you load NumPy?', 'import numpy as np']]);
    expect(messagesOf(note.vfile)).toEqual(['1:mdx-module']);
    const markdown = readNote("## How do you import React?\n\nimport React from 'react'\n", 'note.md');
    expect(markdown.questions[0]!.answer?.markdown).toBe("import React from 'react'");
  });

  it('are told in linear time, however many spaces a line holds: an import with spaces around its names is one, an import of nothing is text', () => {
    // The runs of spaces around the names split a long run every way there is: 2,000 spaces took 3 s, 8,000 minutes.
    const spaces = ' '.repeat(8_000);
    const page = [`import${spaces}{ Accordion }${spaces}from${spaces}'nextra/components'${spaces}`, '', '<Accordion title="What is a KV cache?">', `import${spaces}`, '</Accordion>', ''].join('\n');
    const note = readNote(page, 'faq.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is a KV cache?', 'import']]);
    expect(messagesOf(note.vfile)).toEqual(['1:mdx-module']);
    expect(backtracking(MODULE_LINE)).toBeUndefined();
    expect(backtracking(IMPORT_OPENING)).toBeUndefined();
  });
});
