/**
 * Whole lines of a paragraph taken out (a line of tags, an outliner's block properties, a block reference): lines
 * that start after a line end or at the paragraph's start and end at one or at its end, never a piece of
 * a line beside other inline markup. A paragraph of such lines alone goes, and so does a list item it leaves
 * empty (`- #ml #dl`, `- ((a1B2c3D4e))`), and a list it leaves with no item: no empty bullet stands for them.
 */
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** A line taken out: 1-based line, the column of its first character that is not a space, and its text trimmed. */
export interface DroppedLine {
  line: number;
  column: number;
  text: string;
}

/**
 * Takes out of the paragraphs of `tree` every whole line `isDropped` says so of, and says where each was.
 * `hint`: what such a line holds; a text without it is not split into lines.
 */
export function dropWholeLines(tree: Root, lines: readonly string[], hint: string, isDropped: (line: string) => boolean): DroppedLine[] {
  const dropped: DroppedLine[] = [];
  /** The list items a paragraph was taken out of. */
  const emptied = new Set<Nodes>();
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!paragraph.children.some((node) => node.type === 'text' && node.value.includes(hint))) return SKIP;
    paragraph.children = withoutLines(paragraph, lines, hint, isDropped, dropped);
    if (paragraph.children.length === 0 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      if (parent.type === 'listItem' && parent.children.length === 0) emptied.add(parent);
      return [SKIP, index];
    }
    return SKIP;
  });
  if (emptied.size > 0) pruneEmptied(tree, emptied);
  return dropped;
}

/** Takes out of `parent`, deepest first, the list items in `emptied` and the lists left with no item by that. */
function pruneEmptied(parent: Parent, emptied: Set<Nodes>): void {
  for (const child of parent.children) if ('children' in child) pruneEmptied(child, emptied);
  const kept = parent.children.filter((child) => !(emptied.has(child) && (child as Parent).children.length === 0));
  if (kept.length === parent.children.length) return;
  parent.children = kept as typeof parent.children;
  // A list of such items alone goes too, and may leave the item it was nested in empty in turn.
  if (parent.type === 'list' || parent.type === 'listItem') emptied.add(parent as Nodes);
}

function withoutLines(paragraph: Paragraph, lines: readonly string[], hint: string, isDropped: (line: string) => boolean, dropped: DroppedLine[]): PhrasingContent[] {
  const children = paragraph.children;
  const kept: PhrasingContent[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'text' || !node.value.includes(hint)) {
      kept.push(node);
      return;
    }
    const parts = node.value.split('\n');
    const out: string[] = [];
    parts.forEach((part, at) => {
      // Only a whole line: one that starts after a line end (or the paragraph's start) and ends at one (or its end).
      const wholeLine = (at > 0 || index === 0) && (at < parts.length - 1 || index === children.length - 1);
      if (wholeLine && isDropped(part)) dropped.push(placeOf(node, at, part, lines));
      else out.push(part);
    });
    const value = out.join('\n').replace(/\n+$/, '');
    if (value !== '') kept.push({ ...node, value } satisfies Text);
  });
  // A line taken out after a hard break or a picture leaves that break or line end dangling.
  while (kept.at(-1)?.type === 'break') kept.pop();
  return kept;
}

function placeOf(node: Text, at: number, text: string, lines: readonly string[]): DroppedLine {
  const line = (node.position?.start.line ?? 1) + at;
  const column = (lines[line - 1] ?? '').indexOf(text.trim()) + 1;
  return { line, column: Math.max(column, 1), text: text.trim() };
}
