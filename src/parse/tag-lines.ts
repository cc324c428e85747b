/**
 * A line of Obsidian tags, `#rl #concept`, files the note; it is not what
 * the answer says. A line of a paragraph that holds only tags is taken out
 * (and reported, so nothing goes silently), its tags the note's (Bear's
 * `#interview/os #cs` under the title, a blog's `#자바 #면접` under the post). A tag is `#` and a name with at
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
const TAG_WORD = new RegExp(TAG, 'gu');
/** What marks a block as a card (Logseq's `#card`, the flashcard plugins'), not what it is about: no tag of a question. */
const CARD_MARKER = /^#(?:card|cards|flashcards?|anki|srs)$/i;

/** A line of tags: its 1-based line, the column of its first tag, and its tags as written. */
export type TagLine = DroppedLine;

export function isTagLine(line: string): boolean {
  return TAG_LINE.test(line);
}

/** Whether `tag` (`#card`) marks a card rather than saying what it is about. */
export function isCardMarker(tag: string): boolean {
  return CARD_MARKER.test(tag);
}

/** A tag's name as a question's tag: without its `#`, and a page link's without its brackets (`#[[needs review]]`: `needs review`). */
export function tagName(tag: string): string {
  return tag.slice(1).replace(/^\[\[(.*)\]\]$/, '$1');
}

/** A reminder to its author (`#todo` under a question left unanswered), not what the note is about. */
const TO_DO_MARK = /^#(?:todo|to-do|wip|fixme)$/i;

/** The tags a line of them gives a question, as written (`#interview/os` is one tag): its card markers and to-do marks are none. */
export function tagsOfLine(line: string): string[] {
  return [...line.matchAll(TAG_WORD)].map(([tag]) => tag).filter((tag) => !isCardMarker(tag) && !TO_DO_MARK.test(tag)).map(tagName);
}

/** Takes every line of tags out of the paragraphs of `tree` (a paragraph of tags alone goes), and says where each was. */
export function dropTagLines(tree: Root, lines: readonly string[]): TagLine[] {
  return dropWholeLines(tree, lines, '#', isTagLine);
}
