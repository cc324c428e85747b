/**
 * A line of Obsidian tags, `#rl #concept`, files the note; it is not what
 * the answer says. A line of a paragraph that holds only tags is taken out
 * (and reported, so nothing goes silently). A tag is `#` and a name with at
 * least one letter, as Obsidian has it: `#12` is an issue number, not a tag.
 * Headings (`# Title`) are not paragraphs and code is not text, so neither
 * is touched; nor is `C#`, or a `#tag` inside a sentence.
 */
import type { Paragraph, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/** A tag: `#` and a name with at least one letter (a regex source, read with the `u` flag). */
export const TAG = String.raw`#[\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*`;
const TAG_LINE = new RegExp(String.raw`^[ \t]*${TAG}(?:[ \t]+${TAG})*[ \t]*$`, 'u');

export interface TagLine {
  /** 1-based line and column of the first tag. */
  line: number;
  column: number;
  text: string;
}

export function isTagLine(line: string): boolean {
  return TAG_LINE.test(line);
}

/** Takes every line of tags out of the paragraphs of `tree` (a paragraph of tags alone goes), and says where each was. */
export function dropTagLines(tree: Root, lines: readonly string[]): TagLine[] {
  const dropped: TagLine[] = [];
  visit(tree, 'paragraph', (paragraph, index, parent) => {
    if (!paragraph.children.some((node) => node.type === 'text' && node.value.includes('#'))) return SKIP;
    paragraph.children = withoutTagLines(paragraph, lines, dropped);
    if (paragraph.children.length === 0 && parent && index !== undefined) {
      parent.children.splice(index, 1);
      return [SKIP, index];
    }
    return SKIP;
  });
  return dropped;
}

function withoutTagLines(paragraph: Paragraph, lines: readonly string[], dropped: TagLine[]): PhrasingContent[] {
  const children = paragraph.children;
  const kept: PhrasingContent[] = [];
  children.forEach((node, index) => {
    if (node.type !== 'text' || !node.value.includes('#')) {
      kept.push(node);
      return;
    }
    const parts = node.value.split('\n');
    const out: string[] = [];
    parts.forEach((part, at) => {
      // Only a whole line: one that starts after a line end (or the paragraph's start) and ends at one (or its end).
      const wholeLine = (at > 0 || index === 0) && (at < parts.length - 1 || index === children.length - 1);
      if (wholeLine && isTagLine(part)) dropped.push(placeOf(node, at, part, lines));
      else out.push(part);
    });
    const value = out.join('\n').replace(/\n+$/, '');
    if (value !== '') kept.push({ ...node, value } satisfies Text);
  });
  // A line of tags after a hard break or a picture leaves that break or line end dangling.
  while (kept.at(-1)?.type === 'break') kept.pop();
  return kept;
}

function placeOf(node: Text, at: number, text: string, lines: readonly string[]): TagLine {
  const line = (node.position?.start.line ?? 1) + at;
  const column = (lines[line - 1] ?? '').indexOf(text.trim()) + 1;
  return { line, column: Math.max(column, 1), text: text.trim() };
}
