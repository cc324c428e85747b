/**
 * Tags written at the end of a question's line: `What is dropout? #card #dl`
 * (Logseq's and the flashcard plugins' `#card` marks a block as a card) or
 * `## 배치 정규화란? #dl`. They file the question; they are neither its
 * wording nor its answer (read as written, `#card` became the answer of a
 * list item, and a line that asked with it no question at all). They are taken
 * off the line, and all but the card markers become the question's tags
 * (`#[[needs review]]`, Roam's tag of several words, as `needs review`).
 * Only after a question mark, or a line that asks and ends a sentence
 * (`Explain conditional independence. #[[needs review]]`), or when a card marker is among them: a
 * sentence's own `#pytorch` at its end stays. A paragraph or heading whose first
 * line a card marker ends is marked (`data.card`): the extractor asks it,
 * however it is worded (`- Dropout #card` over its answer's bullets).
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { rewriteLineEnds } from './line-ends.js';
import { isCardMarker, TAG, tagName, tagsOfLine } from './tag-lines.js';
import { isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt } from '../wording/prompt-text.js';
import { lineStarts } from './line-starts.js';
import { LAST_QUESTION_MARK } from '../wording/marks.js';
import { BREAK_LEAD_LINE } from './break-tags.js';

declare module 'mdast' {
  interface ParagraphData {
    /** Its first line ended in a card marker (`Dropout #card`): its author made it a flashcard, that line its front, however worded. */
    card?: true;
  }
  interface HeadingData {
    /** It ended in a card marker (`## Dropout #card`): a flashcard's front, however worded. */
    card?: true;
  }
}

/** A word that is a tag as Obsidian and Logseq write one (`#12` is an issue, tag-lines.ts). */
const TAG_WORD = new RegExp(`^${TAG}$`, 'u');

/** The tags taken off one line: as written (for the note that says so), and those kept as tags (no card marker, without `#`). */
export interface TakenTags {
  line: number;
  column: number;
  /** Where its line starts in the text parsed: what tells apart the lines of a file written on one line (a web page). */
  lineStart: number;
  text: string;
  kept: string[];
}

/** Takes trailing tags off the lines of paragraphs and headings (see above), and says what it took where. */
export function takeTrailingTags(tree: Root, lines: readonly string[]): TakenTags[] {
  const taken: TakenTags[] = [];
  let starts: number[] | undefined;
  visit(tree, (node, _index, parent) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    // A task's line (`- [ ] 설명해보세요 #ssl`, a Kanban card, an Obsidian task) is filed by the tags that end it.
    const task = parent?.type === 'listItem' && typeof parent.checked === 'boolean' && parent.children[0] === node;
    rewriteLineEnds(node, (value) => value.includes('#'), (piece, line) => {
      const trailing = questionTagsOf(piece, {
        // After a card's answer on its question's line (`- [ ] Q?<br>→ A #cv`, Obsidian's Kanban), the tags file the card.
        afterAnswer: BREAK_LEAD_LINE.test(lines[line - 1] ?? ''),
        task: task && line === node.position?.start.line,
      });
      if (!trailing) return piece;
      const { before, tags } = trailing;
      const column = (lines[line - 1] ?? '').lastIndexOf(tags[0]!) + 1;
      starts ??= lineStarts(lines);
      if (line === node.position?.start.line && tags.some(isCardMarker)) node.data = { ...node.data, card: true };
      taken.push({
        line,
        column: Math.max(column, 1),
        lineStart: starts[line - 1] ?? 0,
        text: tags.join(' '),
        kept: tags.filter((tag) => !isCardMarker(tag)).map(tagName),
      });
      return before;
    });
    return SKIP;
  });
  return taken;
}

/** Whether `line` ends in tags among which a card marker stands: it is a card of its own (`What is X? #card`). */
export function marksCard(line: string): boolean {
  return line.includes('#') && (trailingTagsOf(line)?.tags.some(isCardMarker) ?? false);
}

/** The line without the tags that file it as a question (see above): what it says. */
export function withoutTrailingTags(line: string): string {
  return questionTagsOf(line)?.before ?? line;
}

/**
 * A section's title without the tags that end it (`## Optimisers #dl`, Tana's `ML System Design #topic`): a title is
 * no sentence, so no tag at its end is one of its words, and the topic is its name alone.
 */
export function withoutTitleTags(title: string): string {
  return (title.includes('#') ? trailingTagsOf(title)?.before : undefined) ?? title;
}

/**
 * The tags that end a section's title, which withoutTitleTags leaves off (`## Optimizers #optim #must`: `optim`, `must`),
 * as a line of them gives them: no card marker or to-do mark.
 */
export function titleTags(title: string): string[] {
  const tags = title.includes('#') ? trailingTagsOf(title)?.tags : undefined;
  return tags ? tagsOfLine(tags.join(' ')) : [];
}

/**
 * The tags that end `line` after a question mark, or after a sentence that asks (`Explain X.`), or among which a card
 * marker stands, or any that end a line asking before a `<br>` (`afterAnswer`), or a task's first line that asks
 * with no mark (`task`: `- [ ] InfoNCE loss를 설명해보세요 #ssl`), and the text before them.
 */
function questionTagsOf(line: string, { afterAnswer = false, task = false }: { afterAnswer?: boolean; task?: boolean } = {}): { before: string; tags: string[] } | undefined {
  const trailing = line.includes('#') ? trailingTagsOf(line) : undefined;
  if (!trailing) return undefined;
  const { before, tags } = trailing;
  const asks = afterAnswer || LAST_QUESTION_MARK.test(before) || ((task || /[.。!！]$/.test(before)) && isInterrogative(cleanPrompt(before)));
  return asks || tags.some(isCardMarker) ? trailing : undefined;
}

/** The tags that end `line` after some text, and that text; undefined when it does not end in one. Words are read once, from the end. */
function trailingTagsOf(line: string): { before: string; tags: string[] } | undefined {
  // Words and the spaces between them, alternating: [word, space, word, …].
  const pieces = line.trimEnd().split(/([ \t]+)/);
  const tags: string[] = [];
  let last = pieces.length - 1;
  while (last >= 2) {
    // `#[[needs review]]`: a tag of several words, split at its spaces.
    const first = pieces[last]!.endsWith(']]') ? bracketedTagStart(pieces, last) : last;
    const tag = pieces.slice(first, last + 1).join('');
    if (first < 2 || !TAG_WORD.test(tag)) break;
    tags.unshift(tag);
    last = first - 2;
  }
  if (tags.length === 0) return undefined;
  const before = pieces.slice(0, last + 1).join('');
  if (before.trim() === '') return undefined;
  return { before, tags };
}

/** The piece that opens the bracketed tag (`#[[`) whose last piece is `pieces[last]`; `last` when none does. */
function bracketedTagStart(pieces: readonly string[], last: number): number {
  for (let at = last; at >= 0; at -= 2) {
    if (pieces[at]!.startsWith('#[[')) return at;
    if (pieces[at]!.includes('[[') || (at < last && pieces[at]!.includes(']]'))) break;
  }
  return last;
}
