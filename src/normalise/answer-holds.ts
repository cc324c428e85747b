/** Whether an answer's blocks hold a node of some kind: the answer forms ask before they pick the slower way. */
import type { Nodes, RootContent } from 'mdast';
import { EXIT, visit } from 'unist-util-visit';

/** True when a node of `blocks` (at any depth) passes `test`; stops at the first. */
export function answerHolds(blocks: readonly RootContent[], test: (node: Nodes) => boolean): boolean {
  let found = false;
  for (const block of blocks) {
    visit(block, (node: Nodes) => {
      found = test(node);
      return found ? EXIT : undefined;
    });
    if (found) return true;
  }
  return false;
}
