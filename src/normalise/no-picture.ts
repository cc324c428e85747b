import type { Nodes, Root, RootContent } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { closeGap } from './closed-gap.js';
import { someNode } from '../parse/tree-walk.js';

/** `![]()`: a picture of no address and no alt text, which shows nothing: in no form of an answer. */
export function isNoPicture(node: Nodes): boolean {
  return node.type === 'image' && node.url.trim() === '' && !node.alt?.trim();
}

/**
 * `blocks` without their `![]()`, each left out as inert-markdown.ts leaves it out of the Markdown, the
 * space around it closed: the same blocks when they hold none (nearly always), else a copy.
 */
export function withoutNoPictures(blocks: readonly RootContent[]): readonly RootContent[] {
  if (!someNode(blocks, isNoPicture)) return blocks;
  const root: Root = { type: 'root', children: structuredClone([...blocks]) };
  visit(root, (node, index, parent) => {
    if (!parent || index === undefined || !isNoPicture(node)) return undefined;
    parent.children.splice(index, 1);
    closeGap(parent.children as RootContent[], index);
    return [SKIP, index];
  });
  return root.children;
}
