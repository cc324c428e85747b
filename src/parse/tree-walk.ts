/**
 * Read-only walks over parsed blocks, for the checks made on every answer
 * of every note. `unist-util-visit` makes a closure and a copy of the
 * parents per node, which on those paths cost about as much as the rest of
 * the check; these walks need no parents, no skipping and no changes, so
 * they are plain recursion. Walks that change the tree keep `visit`.
 */
import type { Nodes, RootContent } from 'mdast';

/** Whether a node of `blocks`, at any depth, passes `test`; stops at the first that does. */
export function someNode(blocks: readonly RootContent[], test: (node: Nodes) => boolean): boolean {
  for (const block of blocks) if (holds(block, test)) return true;
  return false;
}

/** Calls `each` with every node of `blocks` of type `type`, in document order. */
export function eachNode<Type extends Nodes['type']>(
  blocks: readonly RootContent[],
  type: Type,
  each: (node: Extract<Nodes, { type: Type }>) => void,
): void {
  someNode(blocks, (node) => {
    if (node.type === type) each(node as Extract<Nodes, { type: Type }>);
    return false;
  });
}

function holds(node: Nodes, test: (node: Nodes) => boolean): boolean {
  if (test(node)) return true;
  if ('children' in node) for (const child of node.children) if (holds(child, test)) return true;
  return false;
}
