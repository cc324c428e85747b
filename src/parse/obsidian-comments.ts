/**
 * Obsidian comments, `%% private text %%` (inline or over several lines),
 * are the author's own notes to self: Obsidian never shows them, and qbank
 * must never put them on a card, in the JSON or on the sheet. They are cut
 * out of the text before it is parsed, outside code (fenced or indented code,
 * a `$$` block or an inline code span may hold `%%`: see prose-lines.ts), and
 * a map gives every offset of the cut text back in the original, so positions
 * in the tree still point at what the user wrote. A Jupyter cell magic pasted
 * bare at the head of a prose line (`%%timeit`, `%%bash`) and TeX's `\%%` are
 * text, not comment marks, nor is Tana's `%%tana%%` over a paste: `%%` pairs only with the next mark outside code.
 *
 * A `%%` with no partner after it is kept as text: Obsidian would hide the
 * rest of the note, questions and all, which is never what was meant.
 *
 * In an Ankdown deck that writes its field lines doubled (`%%` alone between a card's front and back, cards parted
 * by `---`: ankdown-field-lines.ts) those lines are the deck's, no comment marks (review-cards.ts reads them).
 */

import { codeSpans } from './code-spans.js';
import type { TextSource } from './document.js';
import { proseParagraphs } from './prose-lines.js';
import { DOUBLED_FIELD_LINE, writesDoubledFieldLines } from './ankdown-field-lines.js';

export interface CommentMap {
  /** Each cut, ascending: its offset in the cut text and how many characters were removed there. */
  cuts: Array<{ at: number; length: number }>;
  /** Per cut, how many characters the cuts before it removed (for a binary search). */
  removedBefore: number[];
}

export interface CommentCut {
  text: string;
  map: CommentMap;
  /** Offsets (in the original text) of each `%%` left without a partner. */
  unclosed: number[];
}

/** A Jupyter cell magic opening a line: `%%timeit`, `%%time`, `%%bash`. */
const CELL_MAGIC = /^[ \t>]*%%[A-Za-z]/;
/**
 * The line Tana writes over what it copies (Tana Paste, `%%tana%%`): it names the format; its marks open and close
 * nothing. The line stays text, before the first question.
 */
const TANA_PASTE_HEADER = /^[ \t]*%%tana%%[ \t]*$/i;
/** A line none of whose `%%` is a mark. */
const ALL_OF_LINE = -2;

/** Where each comment stands in `text`, as [start, end) offsets, with any unclosed opener. */
export function findComments(text: string): { comments: Array<[number, number]>; unclosed: number[] } {
  const comments: Array<[number, number]> = [];
  const unclosed: number[] = [];
  // Most notes have no comment at all: no scan.
  if (!text.includes('%%')) return { comments, unclosed };
  const marks = writesDoubledFieldLines(text) ? commentMarks(text).filter((at) => !DOUBLED_FIELD_LINE.test(lineAt(text, at))) : commentMarks(text);
  // Each mark closes the one before it; a last one alone opens a comment nothing closes.
  for (let k = 0; k + 1 < marks.length; k += 2) comments.push([marks[k]!, marks[k + 1]! + 2]);
  if (marks.length % 2 === 1) unclosed.push(marks.at(-1)!);
  return { comments, unclosed };
}

/** The line of `text` that holds offset `at`. */
function lineAt(text: string, at: number): string {
  const end = text.indexOf('\n', at);
  return text.slice(text.lastIndexOf('\n', at) + 1, end === -1 ? text.length : end);
}

/** Offsets of every `%%` in prose (not in code or a `$$` block), but cell magics and TeX escapes, in order. */
function commentMarks(text: string): number[] {
  const marks: number[] = [];
  // Where the next `%%` is, searched for again only once a paragraph is past it.
  let next = -1;
  for (const paragraph of proseParagraphs(text)) {
    if (next < paragraph.start) next = text.indexOf('%%', paragraph.start);
    if (next === -1) break;
    if (next >= paragraph.end) continue;
    const spans = codeSpans(text, paragraph.start, paragraph.end);
    let span = 0;
    let line = -1;
    let magic = -1;
    let at = next;
    for (; at !== -1 && at < paragraph.end; at = text.indexOf('%%', at + 2)) {
      while (span < spans.length && spans[span]![1] <= at) span++;
      if (span < spans.length && spans[span]![0] <= at) {
        at = spans[span]![1] - 2;
        continue;
      }
      if (line === -1 || paragraph.lines[line]!.end < at) {
        do line++;
        while (paragraph.lines[line]!.end < at);
        const { start, end } = paragraph.lines[line]!;
        const lineText = text.slice(start, end);
        magic = TANA_PASTE_HEADER.test(lineText) ? ALL_OF_LINE : CELL_MAGIC.test(lineText) ? text.indexOf('%%', start) : -1;
      }
      if (at !== magic && magic !== ALL_OF_LINE && text[at - 1] !== '\\') marks.push(at);
    }
    next = at;
  }
  return marks;
}

/** `text` without its comments, a map back to the original offsets, and the unclosed openers. */
export function cutComments(text: string): CommentCut {
  const { comments, unclosed } = findComments(text);
  if (comments.length === 0) return { text, map: { cuts: [], removedBefore: [] }, unclosed };
  let out = '';
  let from = 0;
  const cuts: CommentMap['cuts'] = [];
  const removedBefore: number[] = [];
  let removed = 0;
  for (const [start, end] of comments) {
    out += text.slice(from, start);
    cuts.push({ at: out.length, length: end - start });
    removedBefore.push(removed);
    removed += end - start;
    from = end;
  }
  out += text.slice(from);
  return { text: out, map: { cuts, removedBefore }, unclosed };
}

/** `text` as it reads without its comments (for a prompt quoted as written). */
export function withoutComments(text: string): string {
  return cutComments(text).text;
}

/**
 * The original offset of `offset` in the cut text. A node that starts where a comment was cut
 * starts after it (`side: 'start'`); one that ends there ends before it (`side: 'end'`).
 */
export function offsetBeforeCuts(map: CommentMap, offset: number, side: 'start' | 'end'): number {
  const { cuts, removedBefore } = map;
  // The first cut that does not shift this offset: cuts after it, or at it for an end, stand after it.
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const cut = cuts[middle]!;
    if (cut.at < offset || (cut.at === offset && side === 'start')) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? offset : offset + removedBefore[low - 1]! + cuts[low - 1]!.length;
}

/** The warning for a `%%` nothing closes, at its place in the source. */
export function reportUnclosedComment(source: TextSource, place: { line: number; column: number }): void {
  source.vfile.message('`%%` opens a comment that is never closed: kept as text (Obsidian would hide the rest of the note)', {
    place,
    ruleId: 'unclosed-comment',
    source: 'qbank',
  });
}
