/**
 * A line of Obsidian tags, `#rl #concept`, files the note; it is not what
 * the answer says. A line of a paragraph that holds only tags is taken out
 * (and reported, so nothing goes silently). A tag is `#` and a name with at
 * least one letter, as Obsidian has it: `#12` is an issue number, not a tag; or,
 * as Roam and Logseq write a tag of several words, `#` and a page link, `#[[needs review]]`.
 * Headings (`# Title`) are not paragraphs and code is not text, so neither
 * is touched; nor is `C#`, or a `#tag` inside a sentence.
 */
import type { Root } from 'mdast';
import { dropWholeLines, type DroppedLine } from './whole-lines.js';

/** A tag: `#` and a name with at least one letter, or a page's name in double brackets (a regex source, read with the `u` flag). */
export const TAG = String.raw`#(?:[\p{L}\p{N}_/-]*\p{L}[\p{L}\p{N}_/-]*|\[\[[^[\]\n]*\p{L}[^[\]\n]*\]\])`;
const TAG_LINE = new RegExp(String.raw`^[ \t]*${TAG}(?:[ \t]+${TAG})*[ \t]*$`, 'u');

/** A line of tags: its 1-based line, the column of its first tag, and its tags as written. */
export type TagLine = DroppedLine;

export function isTagLine(line: string): boolean {
  return TAG_LINE.test(line);
}

/** Takes every line of tags out of the paragraphs of `tree` (a paragraph of tags alone goes), and says where each was. */
export function dropTagLines(tree: Root, lines: readonly string[]): TagLine[] {
  return dropWholeLines(tree, lines, '#', isTagLine);
}
