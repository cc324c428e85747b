/**
 * Obsidian's block ids: ` ^m1` at the end of a paragraph or a list item's
 * line names the block for links from other notes (`[[note#^m1]]`), and
 * Obsidian does not show it. Neither does qbank: it is taken off the text.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * A block id as Obsidian reads one: a space, `^`, letters, digits and dashes, at a line's end; with a letter
 * or a dash, so that a power written out at a sentence's end (`grows as n ^2`) stays.
 */
const BLOCK_ID = /[ \t]+\^(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9-]+[ \t]*$/gm;
/** The same, anywhere in a note's text: without one (most notes) the tree is not walked. */
const ANY_BLOCK_ID = /[ \t]\^[A-Za-z0-9-]+[ \t]*$/m;

export function dropBlockIds(tree: Root, text: string): void {
  if (!ANY_BLOCK_ID.test(text)) return;
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html' || node.type === 'math' || node.type === 'inlineMath') return SKIP;
    if (node.type !== 'paragraph') return undefined;
    node.children.forEach((child, index) => {
      // Only text that ends a line: a line feed in it, or the paragraph's end, or a hard break, follows.
      if (child.type !== 'text' || !child.value.includes('^')) return;
      const next = node.children[index + 1];
      const endsParagraph = next === undefined || next.type === 'break';
      const lines = child.value.split('\n');
      child.value = lines.map((line, at) => (at < lines.length - 1 || endsParagraph ? line.replace(BLOCK_ID, '') : line)).join('\n');
    });
    return undefined;
  });
}
