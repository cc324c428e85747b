/**
 * A numbered outline copied as text, as Google Docs exports a multilevel list (`1.` / `1.1.` / `1.1.1.`), or written
 * so in a Markdown note (markdown-outline.ts):
 *
 *     1. Supervised learning
 *     1.1. What is data leakage?
 *     1.1.1. Test information leaks into features.
 *     2. Unsupervised learning
 *     2.1 How does DBSCAN decide clusters?
 *
 * The numbers are the outline's levels, written as text: one level asks (the questions'), the levels above it
 * title the sections the questions are in, and those under it are the points of a question's answer (unless one
 * asks with a question mark: a sub-question). Read as lines, `2. Unsupervised learning` was the last line of the
 * answer above it, and the answers kept their numbers.
 *
 * A line is a line of the outline only where its number goes on from the line of the outline before it: the first
 * under it (`1.1` under `1.`), or the next at its level or a level above it (`1.2` after `1.1.1`, `2.` after `1.2`), so a
 * decimal opening a line (`0.5 dropout …`) or a book's section number in a copied page (`3.2 Regularization` over
 * `Q 3.4 …`, with no `3.` above it) is none. A run of a chapter's sections with no `2.` above them (`2.1 What is
 * overfitting?`, `2.2 Define the F1 score.`) is one, its questions numbered as `1.`, `2.` lines are (goesOnInChapter). A note is an outline only with two such lines under another, and a
 * plain numbered list of questions (`1. What is X?` / `2. What is Y?`) has none: it reads as it did. A Korean
 * official document's outline (`Ⅰ.` / `가.` / `①`, korean-outline-numbers.ts) is numbered by its markers' kinds instead.
 */
import type { List, ListItem, Paragraph } from 'mdast';
import type { Position } from 'unist';
import { cleanPrompt } from '../wording/prompt-text.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { koreanOutlineNumbers, mayHoldKoreanOutline, type MarkedNumber } from './korean-outline-numbers.js';

declare module 'mdast' {
  interface ParagraphData {
    /** A line of a numbered outline that titles a section or asks: its number as written, left out of its text. */
    outline?: { number: string; level: number; role: 'section' | 'question' };
  }
}

/**
 * What a line of the outline is to its questions; `step`, a line of a plain numbered list inside it (`1. Compute the
 * gradient` under `1.1. How does backprop work?`), no line of the outline but an item of the list it stands in.
 */
export type OutlineRole = 'section' | 'question' | 'point' | 'step';

export interface OutlineLine {
  /** The number's parts: `1.2.1.` → [1, 2, 1]. */
  path: readonly number[];
  /** The number as written, with its point if any (`1.2.1.`, `2.1`). */
  number: string;
  /** Where the line's text starts after its number (0-based, in the line as written). */
  textStart: number;
  role: OutlineRole;
}

/**
 * `1.` (the top level needs its point, as a list's number), `1.1`, `1.1.`, `1.1.1.`: a number opening a line, its
 * indentation, and the space after it, text following.
 */
const OUTLINE_NUMBER = /^([ \t]*)((\d{1,3}(?:\.\d{1,3}){0,4})(\.?))[ \t]+(?=\S)/;

/** How many lines numbered under another a note needs to be read as an outline. */
const NESTED_LEAST = 2;

/**
 * A dotted number opening a line (`1.1`): an outline's first line numbered under another has one (its numbers go on
 * from `1.` to `1.1`, never to `1.1.1`), so a text without one is no outline, and is not read line by line for one.
 */
const DOTTED_NUMBER_LINE = /^[ \t]*\d{1,3}\.\d{1,3}\.?[ \t]+\S/m;

/** Whether `text` may be a numbered outline: a cheap test of the whole text before its lines are read (readNumberedOutline). */
export function mayBeOutline(text: string): boolean {
  return DOTTED_NUMBER_LINE.test(text) || mayHoldKoreanOutline(text);
}

/** The lines of the note's numbered outline by their index in `lines`; none when the note is no outline. */
export function readNumberedOutline(lines: readonly string[]): Map<number, OutlineLine> {
  const { numbered, steps } = numberedLines(lines);
  if (numbered.filter((line) => line.path.length > 1).length < NESTED_LEAST) return new Map();
  const questions = questionLevel(numbered);
  if (questions === undefined) return new Map();
  const read = (line: NumberedLine, role: OutlineRole): [number, OutlineLine] => [line.index, { path: line.path, number: line.number, textStart: line.textStart, role }];
  const outline = new Map(numbered.map((line) => read(line, roleAt(line, questions))));
  // A plain list is a question's answer's steps under it; elsewhere (under a section's title) its lines are read as before.
  let above = 0;
  for (const step of steps) {
    while (above + 1 < numbered.length && numbered[above + 1]!.index < step.index) above++;
    const role = outline.get(numbered[above]!.index)!.role;
    if (role === 'question' || role === 'point') outline.set(...read(step, 'step'));
  }
  return new Map([...outline].sort(([a], [b]) => a - b));
}

/**
 * What `line` is, where the questions are at level `questions`: a question there, a section's title above it
 * unless it asks, and under it a point of the answer, unless it asks with a question mark (`1.1 What is L1?` under
 * `1. What is regularization?`, a sub-question): a point may set a task as a question does (`Plot the learning curve.`).
 */
function roleAt(line: NumberedLine, questions: number): OutlineRole {
  const level = line.path.length;
  if (level === questions) return 'question';
  if (level < questions) return asks(line) ? 'question' : 'section';
  return endsWithQuestionMark(cleanPrompt(line.text)) ? 'question' : 'point';
}

interface NumberedLine {
  index: number;
  path: number[];
  number: string;
  textStart: number;
  text: string;
  /** Whether its text asks, once read (`asks`): finding the questions' level and a section's role both ask it. */
  asks?: boolean;
}

/**
 * The lines whose numbers go on from the outline's line before them, in order. A plain numbered list inside the
 * outline, an answer's steps (`1. Compute the gradient` / `2. Update the weights` under `1.1. How does backprop
 * work?`), is none of its lines: a `1.` past the outline's first line opens one, and the top-level numbers that go on
 * with it are its items, though the outline's next section would be so numbered (`2.`), unless the line under it is
 * that number's first under it (`2.1.`): then it titles the section.
 */
function numberedLines(lines: readonly string[]): { numbered: NumberedLine[]; steps: NumberedLine[] } {
  const paths = koreanOutlineNumbers(lines) ?? lines.map(outlineNumber);
  const numbered: NumberedLine[] = [];
  const steps: NumberedLine[] = [];
  let last: readonly number[] = [];
  /** Whether the outline opened at a chapter's section with no line of the chapter above it (goesOnInChapter). */
  let headless = false;
  /** The next number of a plain list opened inside the outline, while it goes on. */
  let listNext: number | undefined;
  paths.forEach((found, index) => {
    if (!found) return;
    const { path, number, textStart } = found;
    const line = { index, path, number, textStart, text: lines[index]!.slice(textStart).trim() };
    // A chapter's section that no other went on from (a decimal opening a line, `3.5 million parameters`) opens no
    // outline before a top-level line that may (`1. Basics`).
    if (headless && numbered.length === 1 && path.length === 1) {
      numbered.length = 0;
      last = [];
      headless = false;
    }
    if (path.length === 1 && last.length > 0) {
      if (path[0] === 1) listNext = 2;
      else if (path[0] !== listNext || firstUnder(paths, index, path[0]!)) listNext = undefined;
      if (listNext !== undefined) {
        listNext = path[0]! + 1;
        steps.push(line);
        return;
      }
    }
    if (last.length === 0 && path.length === 2) headless = true;
    else if (headless ? !goesOnInChapter(last, path) : !goesOn(last, path)) return;
    last = path;
    listNext = undefined;
    numbered.push(line);
  });
  return { numbered, steps };
}

/** The outline number opening a line, and its parts; none for a number alone with no point after it (`2 weeks of …`), no top level's. */
function outlineNumber(line: string): MarkedNumber | undefined {
  const match = OUTLINE_NUMBER.exec(line);
  if (!match || (!match[3]!.includes('.') && match[4] === '')) return undefined;
  return { path: match[3]!.split('.').map(Number), number: match[2]!, textStart: match[0].length };
}

/** Whether the next numbered line after `index` is the first under top-level number `top` (`2.1` under `2.`). */
function firstUnder(paths: ReadonlyArray<{ path: number[] } | undefined>, index: number, top: number): boolean {
  for (let next = index + 1; next < paths.length; next++) {
    const path = paths[next]?.path;
    if (path) return path.length === 2 && path[0] === top && path[1] === 1;
  }
  return false;
}

/**
 * Whether `path` is the next section of the chapter `last` is in (`2.2` after `2.1`): an outline may open at a chapter's
 * section with no line of its chapter above it (`2.1 What is overfitting?`, as a book numbers its questions, copied
 * without its `2.` line), and goes on only so, a run of one level (`2.2 Define the F1 score.`, `2.3 Explain …`), at least
 * half of which ask (questionLevel). A book's sections over their own numbered questions (`2.1 Regularization` over
 * `2.1.1 What is L2?`) stay their titles, and `3.2 Regularization` alone is none.
 */
function goesOnInChapter(last: readonly number[], path: readonly number[]): boolean {
  return path.length === 2 && path[0] === last[0] && path[1] === last[1]! + 1;
}

/**
 * Whether `path` numbers on from `last`: its first child (`1.1` under `1`), or the next at the level of `last` or a
 * level above it (`1.2` after `1.1` or `1.1.3`, `2` after `1.2`). The first line of the outline is at its top level.
 */
function goesOn(last: readonly number[], path: readonly number[]): boolean {
  if (last.length === 0) return path.length === 1;
  if (path.length === last.length + 1) return path.at(-1) === 1 && last.every((part, k) => part === path[k]);
  if (path.length > last.length) return false;
  const at = path.length - 1;
  return path.every((part, k) => (k < at ? part === last[k] : part === last[k]! + 1));
}

/**
 * The level whose lines ask, the shallowest where at least half of them do: in `1.` / `1.1.` / `1.1.1.`, the
 * second, its sections' titles above it and its answers' points under it. Undefined when no level asks (an
 * outline of topics and their notes).
 */
function questionLevel(numbered: readonly NumberedLine[]): number | undefined {
  const deepest = Math.max(...numbered.map((line) => line.path.length));
  for (let level = 1; level <= deepest; level++) {
    const atLevel = numbered.filter((line) => line.path.length === level);
    const asking = atLevel.filter(asks).length;
    if (asking > 0 && asking * 2 >= atLevel.length) return level;
  }
  return undefined;
}

/** Whether the line's text asks, read once per line. */
function asks(line: NumberedLine): boolean {
  return (line.asks ??= isInterrogative(cleanPrompt(line.text)));
}

/** A point of a question's answer in a numbered outline, or a step: its text, its level, its number at that level (`2` of `1.2.2.`). */
export interface OutlinePoint {
  level: number;
  number: number;
  paragraph: Paragraph;
  /** Its lines, the number's too. */
  position: Position;
  /** A step of a plain list (role `step`), not a line of the outline. */
  step?: boolean;
}

/**
 * The points of an answer, in order: its list, nested as the outline nests them and numbered as it numbers them at
 * their level (`1.2.1.`, `1.2.2.` as `1.`, `2.`); a point alone is the answer's paragraph, as a list of one numbers
 * nothing, but a step alone stays the list its author wrote (`1. Compute the gradient`).
 */
export function pointsBlock(points: readonly OutlinePoint[]): Paragraph | List {
  return points.length === 1 && !points[0]!.step ? points[0]!.paragraph : pointsList(points, 0, points.length);
}

function pointsList(points: readonly OutlinePoint[], from: number, to: number): List {
  const children: ListItem[] = [];
  const top = points[from]!.level;
  let k = from;
  while (k < to) {
    const point = points[k]!;
    let end = k + 1;
    while (end < to && points[end]!.level > point.level && points[end]!.level > top) end++;
    const item: ListItem = { type: 'listItem', spread: false, checked: null, children: [point.paragraph], position: { start: point.position.start, end: points[end - 1]!.position.end } };
    if (end > k + 1) item.children.push(pointsList(points, k + 1, end));
    children.push(item);
    k = end;
  }
  return { type: 'list', ordered: true, start: points[from]!.number, spread: false, children, position: { start: points[from]!.position.start, end: points[to - 1]!.position.end } };
}
