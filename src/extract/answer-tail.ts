/**
 * In copied text, a short line under an answer's text, over the next question (`전체 데이터셋의 평균과 분산` over
 * `ReLU의 미분값을 쓰시오.`): a section's name when it stands apart, the answer's last line when it goes on from it.
 * Copied text keeps no headings, so only the line's place tells them apart: a title has several questions under it,
 * repeats another section's name, or stands apart from the text above it and looks as the note's other titles do;
 * an answer's last line runs on from its text (in a note that keeps blank lines), or is the item its last line leads
 * to (`추론 때는 다음을 씁니다:`).
 */
import type { RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';
import { sectionNumberOf } from '../wording/section-numbers.js';

/** What the caller knows of the blocks around the line: whether one asks, and whether one is titled as a section is. */
export interface TailReaders {
  asks(at: number): boolean;
  titles(at: number): boolean;
}

/** How far back a line looks for the question whose answer it may end: an answer longer than this is no copied card. */
const ANSWER_REACH = 40;

/**
 * Whether the title-like paragraph at `index`, in copied text, is the last line of the answer above it rather than the
 * name of the section under it. Markdown keeps its paragraphs apart by blank lines, and says nothing here.
 */
export function endsAnswerAbove(index: number, blocks: readonly RootContent[], readers: TailReaders): boolean {
  const gap = blankLinesBefore(blocks[index]);
  if (gap === undefined || isNumberedTitle(blocks[index]!) || !inAnswer(index, blocks, readers)) return false;
  if (hasQuestionsUnder(index, blocks, readers) || repeatsATitle(index, blocks, readers)) return false;
  if ((gap === 0 && keepsBlankLines(blocks)) || leadsToItem(blocks[index - 1])) return true;
  return !looksAsOtherTitles(index, blocks, readers);
}

/** Whether the note sets any of its blocks apart by a blank line: in one that never does, no line stands apart so. */
function keepsBlankLines(blocks: readonly RootContent[]): boolean {
  return blocks.some((block) => (blankLinesBefore(block) ?? 0) > 0);
}

/**
 * `二、深度学习`, `3.3 Normalization`, `Chapter 2`, or a number alone (a page's, left out where the walk reads it): a
 * number says the line stands in the note's outline, the point of an answer above being told apart by its numbering
 * (block-roles.ts, continuesNumbering); so does a time at its end.
 */
function isNumberedTitle(block: RootContent): boolean {
  const text = textOf(block);
  return !/\p{L}/u.test(text) || sectionNumberOf(text) !== undefined || NUMBERED_TITLE.test(text) || CLOCK_TIME_END.test(text);
}

/** `Onsite — 14:00`, `Interviewer  0:45`: a time of day or of a recording says when a part of the session starts. */
const CLOCK_TIME_END = /(?<![\d:])\d{1,2}:\d{2}(?::\d{2})?$/;

const NUMBERED_TITLE = /^(?:(?:\d+(?:\.\d+)*\.?|[IVX]+\.|[A-Z][.)])\s|(?:chapter|part|section|unit|lesson|week|day)\s+\d)/i;

function blankLinesBefore(block: RootContent | undefined): number | undefined {
  return (block?.data as { blankLinesBefore?: number } | undefined)?.blankLinesBefore;
}

/**
 * Whether answer text stands right above the line, under a question: not the question itself (the line right under
 * one is read by the walk as its answer), nor text under a heading, a rule or another title.
 */
function inAnswer(index: number, blocks: readonly RootContent[], readers: TailReaders): boolean {
  if (index === 0 || readers.asks(index - 1)) return false;
  for (let at = index - 1; at >= 0 && at >= index - ANSWER_REACH; at--) {
    const block = blocks[at]!;
    if (block.type === 'heading' || block.type === 'thematicBreak' || readers.titles(at)) return false;
    if (readers.asks(at)) return true;
  }
  return false;
}

/** `추론 때는 다음을 씁니다:`: a line that ends with a colon leads to the item under it. */
function leadsToItem(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && /[:：]\s*$/.test(inlineText(block.children));
}

/** Two or more questions under the line before the next heading, rule or title: a section holds them. */
function hasQuestionsUnder(index: number, blocks: readonly RootContent[], readers: TailReaders): boolean {
  let questions = 0;
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading' || block.type === 'thematicBreak' || readers.titles(at)) break;
    if (readers.asks(at) && ++questions >= 2) return true;
  }
  return false;
}

/** `Mar 4` over each tweet of a thread: the very name of another of the note's sections, at a section's start. */
function repeatsATitle(index: number, blocks: readonly RootContent[], readers: TailReaders): boolean {
  const text = textOf(blocks[index]!);
  return blocks.some((block, at) => at !== index && block.type === 'paragraph' && textOf(block) === text && readers.titles(at) && !inAnswer(at, blocks, readers));
}

function textOf(block: RootContent): string {
  return block.type === 'paragraph' ? inlineText(block.children).trim() : '';
}

/** Another title-like line of the note, a blank line or more above it or at a section's start, written as this one is. */
function looksAsOtherTitles(index: number, blocks: readonly RootContent[], readers: TailReaders): boolean {
  const shape = titleShape(blocks[index]!);
  const apart = (block: RootContent, at: number) => blankLinesBefore(block) !== 0 || !keepsBlankLines(blocks) || !inAnswer(at, blocks, readers);
  return blocks.some((block, at) => at !== index && block.type === 'paragraph' && readers.titles(at) && apart(block, at) && titleShape(block) === shape);
}

/**
 * How a title is written (a numbered one stands apart already): its script, and for Latin letters whether it opens
 * with a capital (`Model evaluation`, not `model evaluation`). A note names its sections alike.
 */
function titleShape(block: RootContent): string {
  const text = textOf(block);
  const script = /\p{Script=Hangul}/u.test(text) ? 'hangul' : /[\p{Script=Hiragana}\p{Script=Katakana}]/u.test(text) ? 'kana' : /\p{Script=Han}/u.test(text) ? 'han' : 'latin';
  const capitalised = script === 'latin' && /^[^\p{L}]*\p{Lu}/u.test(text);
  return `${script}${capitalised ? ' capitalised' : ''}`;
}
