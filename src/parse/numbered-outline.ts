/**
 * A numbered outline copied as text, as Google Docs exports a multilevel list (`1.` / `1.1.` / `1.1.1.`):
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
 * `Q 3.4 …`, with no `3.` above it) is none. A note is an outline only with two such lines under another, and a
 * plain numbered list of questions (`1. What is X?` / `2. What is Y?`) has none: it reads as it did.
 */
import { cleanPrompt } from '../wording/prompt-text.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';

/** What a line of the outline is to its questions. */
export type OutlineRole = 'section' | 'question' | 'point';

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

/** The lines of the note's numbered outline by their index in `lines`; none when the note is no outline. */
export function readNumberedOutline(lines: readonly string[]): Map<number, OutlineLine> {
  const numbered = numberedLines(lines);
  if (numbered.filter((line) => line.path.length > 1).length < NESTED_LEAST) return new Map();
  const questions = questionLevel(numbered);
  if (questions === undefined) return new Map();
  return new Map(numbered.map((line) => [line.index, { path: line.path, number: line.number, textStart: line.textStart, role: roleAt(line, questions) }]));
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

/** The lines whose numbers go on from the outline's line before them, in order. */
function numberedLines(lines: readonly string[]): NumberedLine[] {
  const found: NumberedLine[] = [];
  let last: readonly number[] = [];
  lines.forEach((line, index) => {
    const match = OUTLINE_NUMBER.exec(line);
    // A number alone with no point after it (`2 weeks of …`) is no top level's.
    if (!match || (!match[3]!.includes('.') && match[4] === '')) return;
    const path = match[3]!.split('.').map(Number);
    if (!goesOn(last, path)) return;
    last = path;
    found.push({ index, path, number: match[2]!, textStart: match[0].length, text: line.slice(match[0].length).trim() });
  });
  return found;
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
