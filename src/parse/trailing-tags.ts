/**
 * Tags written at the end of a question's line: `What is dropout? #card #dl`
 * (Logseq's and the flashcard plugins' `#card` marks a block as a card) or
 * `## 배치 정규화란? #dl`. They file the question; they are neither its
 * wording nor its answer (read as written, `#card` became the answer of a
 * list item, and a line that asked with it no question at all). They are taken
 * off the line, and all but the card markers become the question's tags.
 * Only after a question mark, or when a card marker is among them: a
 * sentence's own `#pytorch` at its end stays.
 */
import type { Heading, Paragraph, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { TAG } from './tag-lines.js';

/** A word that is a tag as Obsidian and Logseq write one (`#12` is an issue, tag-lines.ts). */
const TAG_WORD = new RegExp(`^${TAG}$`, 'u');
/** What marks a block as a card, not what it is about. */
const CARD_MARKER = /^#(?:card|cards|flashcards?|anki|srs)$/i;

/** Per line, the tags taken off a question there (without `#`), and where each line's tags were. */
export interface TrailingTags {
  byLine: Map<number, string[]>;
  /** The tags as written, per line, and those of them kept (no card marker), for the note that says they were taken off. */
  written: Array<{ line: number; column: number; text: string; kept: string[] }>;
}

/** Takes trailing tags off the lines of paragraphs and headings (see above). */
export function takeTrailingTags(tree: Root, lines: readonly string[]): TrailingTags {
  const found: TrailingTags = { byLine: new Map(), written: [] };
  visit(tree, (node) => {
    if (node.type === 'code' || node.type === 'inlineCode' || node.type === 'html') return SKIP;
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    takeFrom(node, lines, found);
    return SKIP;
  });
  return found;
}

function takeFrom(block: Paragraph | Heading, lines: readonly string[], found: TrailingTags): void {
  block.children.forEach((node, index) => {
    if (node.type !== 'text' || !node.value.includes('#')) return;
    const next = block.children[index + 1];
    const parts = node.value.split('\n');
    const kept = parts.map((part, at) => {
      // A line's end: a line feed follows, or the block's end, or a hard break.
      const endsLine = at < parts.length - 1 || next === undefined || next.type === 'break';
      const trailing = endsLine ? questionTagsOf(part) : undefined;
      if (!trailing) return part;
      const { before, tags } = trailing;
      const line = (node.position?.start.line ?? 1) + at;
      const written = tags.join(' ');
      const column = (lines[line - 1] ?? '').lastIndexOf(tags[0]!) + 1;
      const own = tags.filter((tag) => !CARD_MARKER.test(tag)).map((tag) => tag.slice(1));
      found.written.push({ line, column: Math.max(column, 1), text: written, kept: own });
      if (own.length > 0) found.byLine.set(line, [...(found.byLine.get(line) ?? []), ...own]);
      return before;
    });
    node.value = kept.join('\n');
  });
}

/** The line without the tags that file it as a question (see above): what it says. */
export function withoutTrailingTags(line: string): string {
  return questionTagsOf(line)?.before ?? line;
}

/** The tags that end `line` after a question mark, or among which a card marker stands, and the text before them. */
function questionTagsOf(line: string): { before: string; tags: string[] } | undefined {
  const trailing = line.includes('#') ? trailingTagsOf(line) : undefined;
  if (!trailing || (!/[?？]$/.test(trailing.before) && !trailing.tags.some((tag) => CARD_MARKER.test(tag)))) return undefined;
  return trailing;
}

/** The tags that end `line` after some text, and that text; undefined when it does not end in one. Words are read once, from the end. */
function trailingTagsOf(line: string): { before: string; tags: string[] } | undefined {
  // Words and the spaces between them, alternating: [word, space, word, …].
  const pieces = line.trimEnd().split(/([ \t]+)/);
  let last = pieces.length - 1;
  while (last >= 2 && TAG_WORD.test(pieces[last]!)) last -= 2;
  if (last === pieces.length - 1) return undefined;
  const before = pieces.slice(0, last + 1).join('');
  if (before.trim() === '') return undefined;
  return { before, tags: pieces.slice(last + 2).filter((_, k) => k % 2 === 0) };
}
