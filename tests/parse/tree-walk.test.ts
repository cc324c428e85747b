import { describe, expect, it } from 'vitest';
import type { Nodes } from 'mdast';
import { parseMarkdown } from '../../src/parse/markdown.js';
import { eachNode, someNode } from '../../src/parse/tree-walk.js';

const blocks = parseMarkdown('<b>one</b>\n\n- a <i>two</i>\n  > <u>three</u>\n\n| x |\n| - |\n| <s>four</s> |\n').tree.children;

describe('tree walks', () => {
  it('meet every node of a type at any depth, in document order', () => {
    const seen: string[] = [];
    eachNode(blocks, 'html', (node) => seen.push(node.value));
    expect(seen).toEqual(['<b>', '</b>', '<i>', '</i>', '<u>', '</u>', '<s>', '</s>']);
  });

  it('stop at the first node that passes the test', () => {
    const tested: Nodes['type'][] = [];
    const found = someNode(blocks, (node) => {
      tested.push(node.type);
      return node.type === 'listItem';
    });
    expect(found).toBe(true);
    expect(tested.at(-1)).toBe('listItem');
    expect(tested).not.toContain('table');
    expect(someNode(blocks, (node) => node.type === 'code')).toBe(false);
  });
});
