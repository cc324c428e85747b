/**
 * An Obsidian Kanban board (its front matter's `kanban-plugin: basic`): each lane a heading, each card a task item.
 * The plugin writes two marks of its own there, read as nothing the author wrote: `**Complete**` right under the
 * heading of a lane whose cards it marks done, and a card's date and time at its line's end (`@{2024-03-02}`,
 * `@@{09:30}`), which read as the card's answer. Both are left out, each with a note (the dates wherever a list item
 * ends with one: cards copied into another note keep them).
 */
import type { Paragraph, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { LeftOutLine } from './plaintext.js';
import { rewriteLineEnds } from './line-ends.js';
import { inlineText } from '../wording/prompt-text.js';

/** A card's date (`@{2024-03-02}`) or time (`@@{09:30}`), and those before it, at the end of its line. */
const CARD_DATES = /(?:[ \t]+(?:@\{\d{4}-\d{2}-\d{2}\}|@@\{\d{1,2}:\d{2}\}))+[ \t]*$/;

/**
 * Takes the plugin's marks out of the tree, and says which: a card's date wherever a list item ends with one (a
 * board's cards copied into another note keep it), a lane's `**Complete**` only in a board.
 */
export function dropKanbanMarks(tree: Root, frontMatter: Record<string, unknown> | undefined): LeftOutLine[] {
  const leftOut: LeftOutLine[] = [];
  if (frontMatter?.['kanban-plugin'] !== undefined) dropCompleteMarks(tree, leftOut);
  visit(tree, 'listItem', (item) => {
    for (const child of item.children) {
      if (child.type !== 'paragraph') continue;
      rewriteLineEnds(child as Paragraph, (value) => value.includes('@'), (piece, line) => {
        const dates = CARD_DATES.exec(piece);
        if (!dates) return piece;
        leftOut.push({ line, text: dates[0].trim(), reason: 'kanban-mark' });
        return piece.slice(0, dates.index);
      });
    }
  });
  return leftOut.sort((a, b) => a.line - b.line);
}

/** `**Complete**` right under a lane's heading: the plugin's mark that the lane completes its cards. */
function dropCompleteMarks(tree: Root, leftOut: LeftOutLine[]): void {
  tree.children = tree.children.filter((block, index) => {
    const complete = block.type === 'paragraph' && tree.children[index - 1]?.type === 'heading' && block.children[0]?.type === 'strong' && inlineText(block.children).trim() === 'Complete';
    if (complete && block.position) leftOut.push({ line: block.position.start.line, text: '**Complete**', reason: 'kanban-mark' });
    return !complete;
  });
}
