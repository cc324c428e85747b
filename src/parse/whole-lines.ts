/**
 * Whole lines of a paragraph taken out (a line of tags, an outliner's block properties): lines that
 * start after a line end or at the paragraph's start and end at one or at its end, never a piece of
 * a line beside other inline markup. A paragraph of such lines alone goes.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
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
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!paragraph.children.some((node) => node.type === 'text' && node.value.includes(hint))) return SKIP;
    paragraph.children = withoutLines(paragraph, lines, hint, isDropped, dropped);
    if (paragraph.children.length === 0 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return SKIP;
  });
  return dropped;
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
