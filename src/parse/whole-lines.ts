/**
 * Whole lines of a paragraph taken out (a line of tags, an outliner's block properties, a block reference): lines
 * that start after a line end or at the paragraph's start and end at one or at its end, never a piece of
 * a line beside other inline markup. A paragraph of such lines alone goes, and so does a list item it leaves
 * empty (`- #ml #dl`, `- ((a1B2c3D4e))`), and a list it leaves with no item: no empty bullet stands for them.
 */
import type { Nodes, Paragraph, Parent, PhrasingContent, Root, Text } from 'mdast';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { lineStarts } from './line-starts.js';

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
  // Where the lines start, found once, when a paragraph's first or last line is taken out.
  let starts: number[] | undefined;
  const startsOf = () => (starts ??= lineStarts(lines));
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!paragraph.children.some((node) => node.type === 'text' && node.value.includes(hint))) return SKIP;
    const before = dropped.length;
    paragraph.children = withoutLines(paragraph, lines, startsOf, hint, isDropped, dropped);
    if (dropped.length > before) spanKeptLines(paragraph);
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

function withoutLines(paragraph: Paragraph, lines: readonly string[], startsOf: () => readonly number[], hint: string, isDropped: (line: string) => boolean, dropped: DroppedLine[]): PhrasingContent[] {
  const children = paragraph.children;
  const kept: PhrasingContent[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'text' || !node.value.includes(hint)) {
      kept.push(node);
      return;
    }
    const parts = node.value.split('\n');
    const out: string[] = [];
    /** Where each line of `out` stood in `parts`. */
    const at: number[] = [];
    parts.forEach((part, k) => {
      // Only a whole line: one that starts after a line end (or the paragraph's start) and ends at one (or its end).
      const wholeLine = (k > 0 || index === 0) && (k < parts.length - 1 || index === children.length - 1);
      if (wholeLine && isDropped(part)) dropped.push(placeOf(node, k, part, lines));
      else {
        out.push(part);
        at.push(k);
      }
    });
    while (out.length > 0 && out.at(-1) === '' && out.length < parts.length) {
      out.pop();
      at.pop();
    }
    const value = out.join('\n');
    if (value !== '') kept.push({ ...node, value, ...keptSpan(node, parts, out, at, lines, startsOf) } satisfies Text);
  });
  // A line taken out after a hard break or a picture leaves that break or line end dangling.
  while (kept.at(-1)?.type === 'break') kept.pop();
  return kept;
}

/**
 * The place of what is left of `node`, its lines `out` (at `at` among its `parts`): a line taken out at its start or
 * end is no longer in it, so it starts at its first kept line and ends at its last one's end. A reader that asks
 * whether a paragraph is of one line (an item that asks on its line, answered in the lines below) must see so.
 */
function keptSpan(node: Text, parts: readonly string[], out: readonly string[], at: readonly number[], lines: readonly string[], startsOf: () => readonly number[]): Pick<Text, 'position'> {
  const position = node.position;
  if (!position || at.length === 0 || (at[0] === 0 && at.at(-1) === parts.length - 1)) return position ? { position } : {};
  const starts = startsOf();
  const pointAt = (line: number, column: number): Point => ({ line, column, offset: (starts[line - 1] ?? 0) + column - 1 });
  let start = position.start;
  if (at[0]! > 0) {
    const line = position.start.line + at[0]!;
    start = pointAt(line, Math.max((lines[line - 1] ?? '').indexOf(out[0]!.trim()) + 1, 1));
  }
  let end = position.end;
  if (at.at(-1)! < parts.length - 1) {
    const line = position.start.line + at.at(-1)!;
    end = pointAt(line, (lines[line - 1] ?? '').trimEnd().length + 1);
  }
  return { position: { start, end } };
}

/** A paragraph some of whose lines were taken out spans what is left of it: from its first child's start to its last one's end. */
function spanKeptLines(paragraph: Paragraph): void {
  const first = paragraph.children[0]?.position;
  const last = paragraph.children.at(-1)?.position;
  const position = paragraph.position;
  if (!position || !first || !last) return;
  paragraph.position = {
    start: first.start.line > position.start.line ? first.start : position.start,
    end: last.end.line < position.end.line ? last.end : position.end,
  };
}

function placeOf(node: Text, at: number, text: string, lines: readonly string[]): DroppedLine {
  const line = (node.position?.start.line ?? 1) + at;
  const column = (lines[line - 1] ?? '').indexOf(text.trim()) + 1;
  return { line, column: Math.max(column, 1), text: text.trim() };
}
