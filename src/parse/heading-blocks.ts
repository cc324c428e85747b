/**
 * Logseq's heading blocks: a bullet made a heading (`- ## Attention`), as Logseq writes a block styled as one, over
 * the bullets nested under it. It is the outline's bullet still, and names the section of the questions under it as
 * any bullet over them does (`- Attention`): its heading is read as the item's line of text. A heading in an item
 * with nothing nested under it is left as it is.
 */
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';

export function readHeadingBlocks(tree: Root): void {
  visit(tree, 'listItem', (item) => {
    const [title, ...nested] = item.children;
    if (title?.type !== 'heading' || !nested.some((child) => child.type === 'list')) return;
    const line: Paragraph = { type: 'paragraph', children: title.children, ...(title.position ? { position: title.position } : {}) };
    item.children[0] = line;
  });
}
