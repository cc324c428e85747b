/**
 * Cheat notes often write their pairs without blank lines between them:
 *
 *     Q: What is dropout?
 *     A: Randomly zeroing activations.
 *     Q: What is batch norm?
 *     A: Normalising activations per batch.
 *
 * Markdown reads that as one paragraph, so every question after the first
 * would be read as part of the first one's answer. A top-level paragraph
 * that starts with a question line is split before each later line that
 * starts a question the same way: a `Q:` line (isQaLine: `Q:`, `**Q:**`, `**질문** …`), or a line that is
 * one bold run that asks or is numbered (`**Q. What is X?**`). The copied
 * plain-text reader splits such lines already; this makes Markdown agree.
 * A paragraph that opens with a line of text over `Q:` lines (its title) is cut before each of them too.
 * Q&A notes also write a bold question and its answer on each line
 * (`**What is ReLU?** max(0, x).`): such lines are split the same way.
 *
 * Blog posts copied as HTML (Tistory, Naver) end every line with a `<br>`,
 * the bold question's too (`**What is X?**<br>`): those tags do not change
 * what the line is. A `<br>` inside a line breaks it: `What is X?<br>An x.` lines are split as
 * `**What is X?** An x.` lines are.
 *
 * An interview transcript (speaker-labels.ts) is cut before each line of either speaker, so that each
 * line is a paragraph of its own, as in copied text. So is a paragraph of three lines or more that each
 * ask, a list of questions copied without its bullets, and one of two lines that each ask with nothing to
 * answer them (eachLineAsks). A paragraph of flashcards (`What is X? #card`, the
 * marker Logseq and the flashcard plugins end a card's line with) is cut before each line so marked: each
 * is a card, the lines under it its answer.
 *
 * Only line breaks that stand between the paragraph's own inline nodes are
 * cut (a bold run or link spanning two lines is left whole).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { location } from 'vfile-location';
import { ASKS_OR_NUMBERED, BOLD_LINE, isAnswerLine, isQaLine } from './runaway-blocks.js';
import { speakerOf, type Speakers } from './speaker-labels.js';
import { marksCard } from './trailing-tags.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt } from '../wording/prompt-text.js';
import { ANSWER_PREFIX } from './answer-line.js';
import { ANY_QUESTION_MARK, QUESTION_MARK } from '../wording/marks.js';
import { BREAK_LEAD_LINE, BREAK_TAG } from './break-tags.js';

/** The note's lines, and the point `column0` characters into a line. */
export interface SourceLines {
  lines: readonly string[];
  point(line: number, column0: number): Point;
}

type LineKind = 'qa' | 'bold' | 'bold-lead' | 'break-lead' | 'speaker' | 'card';

/**
 * `**What is ReLU?** A piecewise linear activation.`: a bold run that ends in a question mark (difficulty
 * emoji after it allowed), then text on the line, as extract's bold-paragraph recogniser splits a paragraph.
 */
const BOLD_LEAD_LINE = new RegExp(String.raw`^\s*(\*\*|__)(?:(?!\1).)+?${QUESTION_MARK}[\p{Extended_Pictographic}\u200d\ufe0f\s]*\1\s*\S`, 'u');

/** The line without the `<br>`, `<br/>` or `<br />` tags that end it, taken off from the end one by one (no regex scans the line). */
function withoutTrailingBreaks(line: string): string {
  let end = endOfText(line, line.length);
  while (line[end - 1] === '>') {
    const tag = line.lastIndexOf('<', end - 1);
    if (tag < 0 || end - tag > 16 || !BREAK_TAG.test(line.slice(tag, end))) break;
    end = endOfText(line, tag);
  }
  return line.slice(0, end);
}

/** Where the text before `end` stops, white space after it left out. */
function endOfText(line: string, end: number): number {
  while (end > 0 && /\s/.test(line[end - 1]!)) end--;
  return end;
}

function kindOf(written: string, speakers: Speakers | undefined): LineKind | undefined {
  if (speakers && speakerOf(written, speakers)) return 'speaker';
  const line = withoutTrailingBreaks(written);
  if (isQaLine(line)) return 'qa';
  if (BOLD_LINE.test(line) && ASKS_OR_NUMBERED.test(line.trim())) return 'bold';
  if (BOLD_LEAD_LINE.test(line)) return 'bold-lead';
  if (BREAK_LEAD_LINE.test(line)) return 'break-lead';
  if (marksCard(line)) return 'card';
  return undefined;
}

/**
 * Splits, in place, each top-level paragraph holding several question lines of its first line's kind
 * (or several lines of a transcript's speakers). `lines`: `text` split at line feeds.
 */
export function splitPromptRuns(tree: Root, text: string, lines: readonly string[], speakers?: Speakers): void {
  if (!tree.children.some((block) => block.type === 'paragraph' && spansLines(block))) return;
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  for (const [index, block] of tree.children.entries()) {
    if (block.type !== 'paragraph' || !spansLines(block)) {
      children.push(block);
      continue;
    }
    const { start, end } = block.position!;
    const kind = kindOf(lines[start.line - 1] ?? '', speakers);
    const cuts: number[] = [];
    if (kind) {
      for (let line = start.line + 1; line <= end.line; line++) if (kindOf(lines[line - 1] ?? '', speakers) === kind) cuts.push(line);
    } else if (labelsQuestionsBelow(lines, start.line, end.line)) {
      // A title over the pairs (`Rapid-fire questions` over `Q: …` over `A: …`): the `Q:` lines are cut off it as they would be
      // from each other. Only a labelled line: a bold one under a line of text may be the emphasis of an answer.
      for (let line = start.line + 1; line <= end.line; line++) if (kindOf(lines[line - 1] ?? '', speakers) === 'qa') cuts.push(line);
    } else if (end.line - start.line + 1 >= FEWEST_ASKING_LINES) {
      const last = askingRunEnd(lines, start.line, end.line);
      if (last - start.line + 1 >= FEWEST_ASKING_LINES) for (let line = start.line + 1; line <= last; line++) cuts.push(line);
    } else if (eachLineAsks(lines.slice(start.line - 1, end.line).map(withoutTrailingBreaks)) && !answers(tree.children[index + 1], lines)) {
      cuts.push(end.line);
    }
    if (cuts.length === 0) {
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines);
    children.push(...splitAt(block, cuts, source));
  }
  tree.children = children;
}

/**
 * Whether a line of the paragraph after its first opens a question with its label (`Q: …`, `질문: …`, `**Q:** …`), its
 * answer's label on the line under it (`A: …`, `**A:** …`), or two such lines ask with their question mark (`Q: What is
 * dropout? A: …` over `Q: What is batch norm? A: …`; `Q: What is dropout?` over its answer unlabelled): the first line
 * is then no part of them. A `Q:` with no answer line under it may be the paragraph's own (`Q: the query matrix, K the
 * keys`, `Q: queries` over `K: keys`), and so may one that asks alone.
 */
function labelsQuestionsBelow(lines: readonly string[], from: number, to: number): boolean {
  let asking = 0;
  for (let line = from + 1; line <= to; line++) {
    const written = withoutTrailingBreaks(lines[line - 1] ?? '');
    if (!isQaLine(written)) continue;
    if (line < to && isAnswerLine(withoutTrailingBreaks(lines[line] ?? ''))) return true;
    if (ANY_QUESTION_MARK.test(written) && ++asking === 2) return true;
  }
  return false;
}

/**
 * A list of questions copied as lines (`What is the difference between a t-test and a z-test?` over `Explain
 * the central limit theorem.` over `How do you interpret a p-value?`), three lines at least from the
 * paragraph's first, each asking: a question each, what follows the last of them its answer; an answer does not
 * open with three lines that ask. A paragraph of two lines that each end with their question mark (`What is
 * dropout?` over `What is momentum?`) is two questions too when nothing answers it: no line that only asks
 * answers the one above it. Answered (by the paragraph under it), the two ask one question, a question and its
 * follow-up (recognizer.ts keeps them whole). A question wrapped over two lines (`How to accumulate … based on
 * an` over `index list (I) ?`) ends with its mark on the second only.
 */
const FEWEST_ASKING_LINES = 3;

/** Whether `block` answers the paragraph above it: a paragraph whose first line does not ask, or a block of another kind that is no heading. */
function answers(block: RootContent | undefined, lines: readonly string[]): boolean {
  if (block === undefined || block.type === 'heading' || block.type === 'thematicBreak') return false;
  if (block.type !== 'paragraph' || !block.position) return true;
  return !endsWithQuestionMark(cleanPrompt(withoutTrailingBreaks(lines[block.position.start.line - 1] ?? '')));
}

/**
 * Two lines or more that each ask outright with a question mark (`What is dropout?` over `Why does it work?`),
 * none after the first going on in lower case (a question wrapped over two lines) or labelling an answer: one
 * paragraph of them is never a question and its answer. This reader cuts an unanswered one per line; the
 * extractor keeps an answered one whole (extract/recognizers/recognizer.ts).
 */
export function eachLineAsks(lines: readonly string[]): boolean {
  return (
    lines.length >= 2 &&
    lines.every((line, k) => {
      const text = cleanPrompt(line.trim());
      return endsWithQuestionMark(text) && isInterrogative(text) && (k === 0 || (!/^\p{Ll}/u.test(text) && !ANSWER_PREFIX.test(line)));
    })
  );
}

/** The last line of the run of lines that ask from line `from` on (`from - 1` when it does not ask). */
function askingRunEnd(lines: readonly string[], from: number, to: number): number {
  let line = from;
  while (line <= to && isInterrogative(cleanPrompt(withoutTrailingBreaks(lines[line - 1] ?? '')))) line++;
  return line - 1;
}

function spansLines(block: Paragraph): boolean {
  return block.position !== undefined && block.position.end.line > block.position.start.line && block.position.start.offset !== undefined;
}

export function sourceLines(text: string, lines: readonly string[]): SourceLines {
  const place = location(text);
  return { lines, point: (line, column0) => ({ line, column: column0 + 1, offset: place.toOffset({ line, column: column0 + 1 }) }) };
}

/** The paragraph in parts, each from one of `cuts` (lines) to the next; a cut no top-level line break ends is skipped. */
export function splitAt(paragraph: Paragraph, cuts: readonly number[], source: SourceLines): Paragraph[] {
  const parts: Paragraph[] = [];
  let children: PhrasingContent[] = [...paragraph.children];
  let partStart: Point = paragraph.position!.start;
  for (const line of cuts) {
    const split = splitChildren(children, line, source);
    if (!split) continue;
    const endOfLine = source.point(line - 1, source.lines[line - 2]!.length);
    parts.push({ type: 'paragraph', children: split.before, position: { start: partStart, end: endOfLine } });
    children = split.after;
    partStart = startOfLine(line, source);
  }
  parts.push({ type: 'paragraph', children, position: { start: partStart, end: paragraph.position!.end } });
  return parts;
}

/** The children before line `line` and from it, when a text node's line feed or a hard break ends the line before. */
function splitChildren(children: readonly PhrasingContent[], line: number, source: SourceLines): { before: PhrasingContent[]; after: PhrasingContent[] } | undefined {
  const { lines } = source;
  for (let k = 0; k < children.length; k++) {
    const node = children[k]!;
    const at = node.position?.start;
    if (!at) continue;
    if (node.type === 'break' && at.line === line - 1) return { before: children.slice(0, k), after: children.slice(k + 1) };
    if (node.type !== 'text' || at.line >= line || node.position!.end.line < line) continue;
    // The line feed ending line - 1: remark keeps one per line break in a text node's value, and
    // one per `&#10;` written in it, which is no line of the source: so the feed is the first from
    // the counted one after which the text goes on as the line does.
    const starts = (lines[line - 1] ?? '').trimStart().slice(0, 2);
    let feed = -1;
    for (let seen = at.line; seen < line; seen++) {
      feed = node.value.indexOf('\n', feed + 1);
      if (feed < 0) return undefined;
    }
    while (feed + 1 < node.value.length && !node.value.startsWith(starts, feed + 1)) {
      feed = node.value.indexOf('\n', feed + 1);
      if (feed < 0) return undefined;
    }
    const head = node.value.slice(0, feed).replace(/[ \t]+$/, '');
    const tail = node.value.slice(feed + 1);
    const before = [...children.slice(0, k), ...(head ? [{ type: 'text' as const, value: head, position: { start: at, end: source.point(line - 1, lines[line - 2]!.trimEnd().length) } }] : [])];
    const after = [...(tail ? [{ type: 'text' as const, value: tail, position: { start: startOfLine(line, source), end: node.position!.end } }] : []), ...children.slice(k + 1)];
    return { before, after };
  }
  return undefined;
}

/** Line `line`'s first character that is not a space (remark drops a continuation line's indentation). */
function startOfLine(line: number, source: SourceLines): Point {
  return source.point(line, /^[ \t]*/.exec(source.lines[line - 1] ?? '')![0].length);
}

