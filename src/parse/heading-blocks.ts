/**
 * Logseq's heading blocks: a bullet made a heading (`- ## Attention`), as Logseq writes a block styled as one, over
 * the bullets nested under it. It is the outline's bullet still, and names the section of the questions under it as
 * any bullet over them does (`- Attention`): its heading is read as the item's line of text. A heading in an item
 * with nothing nested under it is left as it is.
 */
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A bullet that opens with a heading's marks: most notes have none, and their tree is not walked for one. */
const HEADING_BULLET = /^[ \t]*(?:[-*+]|\d{1,9}[.)])[ \t]+#{1,6}[ \t]/m;

export function readHeadingBlocks(tree: Root, text: string): void {
  if (!HEADING_BULLET.test(text)) return;
  visit(tree, 'listItem', (item) => {
    const [title, ...nested] = item.children;
    if (title?.type !== 'heading' || !nested.some((child) => child.type === 'list')) return;
    const line: Paragraph = { type: 'paragraph', children: title.children, ...(title.position ? { position: title.position } : {}) };
    item.children[0] = line;
  });
}
