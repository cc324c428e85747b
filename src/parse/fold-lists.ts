/**
 * A list whose every item is a `<details>` fold, as a README numbers its questions each folded:
 *
 *     1. <details><summary>What is dropout?</summary>
 *
 *        Randomly zeroing activations.
 *        </details>
 *     2. <details><summary>What is batch norm?</summary>Normalising activations.</details>
 *
 * The folds are what it lists; the list adds only their numbers. Its items' blocks are lifted to the level
 * of the list, in place and at their own lines, so that they are read as folds written one under another
 * are (recognizers/details-summary.ts). A list of which some item is no fold is left as it is.
 */
import type { List, Root, RootContent } from 'mdast';

const OPENS_FOLD = /^\s*<details\b[^>]*>\s*<summary\b/i;

export function liftFoldLists(tree: Root): void {
  if (!tree.children.some(isFoldList)) return;
  tree.children = tree.children.flatMap((block) => (isFoldList(block) ? block.children.flatMap((item) => item.children as RootContent[]) : [block]));
}

function isFoldList(block: RootContent): block is List {
  return block.type === 'list' && block.children.length > 0 && block.children.every((item) => {
    const [first] = item.children;
    return first?.type === 'html' && OPENS_FOLD.test(first.value);
  });
}
