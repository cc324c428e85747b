/**
 * A Mintlify or Nextra page boxes an aside in a callout (`<Tip>`, `<Note>`, `<Callout type="warning">`): qbank reads it as
 * the quote the page shows, titled with its type as an Obsidian callout with no title is.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const page = [
  '## Serving',
  '',
  '<Accordion title="What is a KV cache?">',
  '  It stores past keys and values.',
  '',
  '  <Tip>',
  '    Size it by layers x heads x dim.',
  '  </Tip>',
  '</Accordion>',
  '',
  '<Accordion title="Why use paged attention?">',
  '  Less fragmentation.',
  '',
  '  <Note>vLLM does this.</Note>',
  '</Accordion>',
  '',
].join('\n');

describe("an MDX page's callout", () => {
  it('is a quote of its body under its type in bold, on lines of its own or on its tags\' line', () => {
    const note = readNote(page, 'faq.mdx');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is a KV cache?', 'It stores past keys and values.\n\n> **Tip**\n>\n> Size it by layers x heads x dim.'],
      ['Why use paged attention?', 'Less fragmentation.\n\n> **Note**\n>\n> vLLM does this.'],
    ]);
  });

  it("is of the type Nextra's `<Callout>` names, and between questions an aside of none", () => {
    const note = readNote(`${page}\n<Callout type="warning">\nNot for encoders.\n</Callout>\n`, 'faq.mdx');
    expect(messagesOf(note.vfile)).toEqual(['17:callout-aside']);
    expect(note.vfile.messages[0]!.reason).toContain('Warning Not for encoders.');
  });
});
