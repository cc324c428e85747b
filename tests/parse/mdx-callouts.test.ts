/**
 * A Mintlify or Nextra page boxes an aside in a callout (`<Tip>`, `<Note>`, `<Callout type="warning">`): qbank reads it as
 * the quote the page shows, titled with its type as an Obsidian callout with no title is.
 */
import { describe, expect, it } from 'vitest';
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { quoteCallouts } from '../../src/parse/mdx-callouts.js';

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

describe('a page of many callouts', () => {
  it('quotes the blocks of each, and only those, each callout found in time', () => {
    // Each block's callout was searched for among them all: quadratic in the callouts (60,000 took 48 s).
    const count = 100_000;
    const at = (line: number) => ({ start: { line, column: 1 }, end: { line, column: 2 } });
    const callouts = Array.from({ length: count }, (_, k) => ({ from: 2 * k + 1, to: 2 * k + 1, type: k === 0 ? 'tip' : 'note', tag: at(2 * k + 1) }));
    const tree: Root = { type: 'root', children: Array.from({ length: 2 * count }, (_, k) => ({ type: 'paragraph', children: [{ type: 'text', value: `${k}` }], position: at(k + 1) })) };
    quoteCallouts(tree, callouts);
    expect(tree.children).toHaveLength(2 * count);
    expect(tree.children.map((block) => block.type).filter((type, k) => type !== (k % 2 === 0 ? 'blockquote' : 'paragraph'))).toEqual([]);
    expect([tree.children[0], tree.children.at(-2)].map((block) => toString(block))).toEqual(['Tip0', `Note${2 * count - 2}`]);
  });
});
