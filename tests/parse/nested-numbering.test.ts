/**
 * A numbered list nested right under a list item's line, numbered on from
 * an earlier list (as interview books written for GitBook number their
 * questions), is read as the list it is shown as, where CommonMark alone
 * would read its lines as more of the item's text.
 */
import type { List, ListItem, Paragraph, Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { describe, expect, it } from 'vitest';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { openNestedLists } from '../../src/parse/nested-numbering.js';

const BOOK = [
  '7. [E] What are saddle points?',
  '8. Hyperparameters.',
  '    4. [E] What are the differences between parameters and hyperparameters?',
  '    5. [E] Why is hyperparameter tuning important?',
  '9. Classification vs. regression.',
  '    12. [E] What makes a classification problem different?',
  '',
].join('\n');

function items(tree: Root): ListItem[] {
  return (tree.children[0] as List).children;
}

describe('a numbered list nested under an item, numbered on', () => {
  it('is a list of the item, with its own numbers, and the item keeps only its line', () => {
    const { tree } = parseMarkdown(BOOK);
    const [, hyperparameters, classification] = items(tree);
    expect(toString(hyperparameters!.children[0] as Paragraph)).toBe('Hyperparameters.');
    const nested = hyperparameters!.children[1] as List;
    expect(nested).toMatchObject({ type: 'list', ordered: true, start: 4 });
    expect(nested.children.map((item) => toString(item))).toEqual([
      '[E] What are the differences between parameters and hyperparameters?',
      '[E] Why is hyperparameter tuning important?',
    ]);
    // Two digits: written over as `1.` and a space, so the item's text starts where it did.
    const twelve = classification!.children[1] as List;
    expect(twelve).toMatchObject({ start: 12 });
    expect(twelve.children[0]!.children[0]!.position!.start).toMatchObject({ line: 6, column: 9 });
  });

  it('keeps the text the same length, and rewrites only the first number of each nested list', () => {
    const { text } = openNestedLists(BOOK);
    expect(text).toHaveLength(BOOK.length);
    expect(text.split('\n')).toEqual(BOOK.replace('    4. [E]', '    1. [E]').replace('    12. [E]', '    1.  [E]').split('\n'));
  });

  it('leaves wrapped text, a list that opens anyway and a list too deep to nest as they are', () => {
    const wrapped = '1. See the paper from\n   2019. It shows the effect.\n';
    const bullet = '1. Hyperparameters.\n    - [E] Why tune them?\n';
    const deep = '1. Hyperparameters.\n         4. Indented past the item and more.\n';
    for (const note of [wrapped, bullet, deep]) expect(openNestedLists(note).text).toBe(note);
    expect(toString(items(parseMarkdown(wrapped).tree)[0]!)).toContain('2019. It shows');
  });

  it('reads the same inside a quote', () => {
    const quoted = BOOK.split('\n').map((line) => (line ? `> ${line}` : line)).join('\n');
    const { tree } = parseMarkdown(quoted);
    const list = (tree.children[0] as unknown as { children: List[] }).children[0]!;
    expect((list.children[1]!.children[1] as List).start).toBe(4);
  });
});
