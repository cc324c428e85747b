/**
 * An outline whose levels are written by indentation alone, as a mind map (XMind, MindNode) or an outliner's
 * OPML export writes it as text, a tab (or a fixed number of spaces) a level and no bullet:
 *
 *     머신러닝 기초
 *     	과적합이란?
 *     		학습 데이터의 잡음까지 외워 …
 *     	교차 검증
 *     		데이터를 k개로 나눠 번갈아 검증하는 방법
 *
 * Read line by line, each branch was a paragraph of its own and its level was lost: a title-like question
 * (`교차 검증`) went into the answer above it, and an answer's last line titled the next question. Its branches
 * are the bullets of the outline it is, nested as indented, and read as that bulleted outline is; the lines at the
 * margin stay lines (the topics over their branches).
 *
 * A note is such an outline only when its indentation is all in one step (every indented line a whole number of
 * steps in, and a level deeper than the line over it at most), two branches at least have branches of their own,
 * no line is a bullet's or code, no line at the margin asks, and no indented line is a sentence wrapped onto the
 * next or brackets alone: answers indented under their questions, a paragraph's hanging indent, indented code and
 * data read as they did.
 */
import { isStrongCodeLine } from './code-lines.js';
import { cleanPrompt } from '../wording/prompt-text.js';
import { isInterrogative } from '../wording/interrogative.js';
import { isWorded } from '../wording/worded.js';

export interface Branch {
  /** How many steps in the line is: 1 for a branch right under the margin. */
  depth: number;
  /** Where its text starts, after the indentation (0-based). */
  textStart: number;
}

/** How the copied-text reader reads a line on its own: a bullet's (`•`, `-`), and a sentence going on onto the next line. */
export interface LineReading {
  isBullet(line: string): boolean;
  wrapsOnto(previous: string, next: string): boolean;
}

/** How many branches with branches under them make a note an outline: one may be an answer's indented detail. */
const PARENTS_LEAST = 2;
/** The narrowest step read as a level: a space alone is a slip of the hand. */
const NARROWEST_STEP = 2;
/** The widest step read as one level: more is a block set apart, not a level. */
const WIDEST_STEP = 8;

/** The indented lines of the note by their index in `lines`, when the note is such an outline; none when it is not. */
export function readIndentedOutline(lines: readonly string[], reading: LineReading): Map<number, Branch> {
  const written = lines.flatMap((text, index) => (text.trim() === '' ? [] : [{ index, text, width: indentWidth(/^[ \t]*/.exec(text)![0]) }]));
  const widths = written.map(({ width }) => width).filter((width) => width > 0);
  if (widths.length === 0) return new Map();
  // A loop, not Math.min(...widths): spread over a long note's lines, it overflows the stack.
  const step = widths.reduce((least, width) => Math.min(least, width), Infinity);
  if (step < NARROWEST_STEP || step > WIDEST_STEP || widths.some((width) => width % step !== 0)) return new Map();
  const branches = new Map<number, Branch>();
  let depthAbove = 0;
  let parents = 0;
  for (const [k, { index, text, width }] of written.entries()) {
    if (reading.isBullet(text) || isStrongCodeLine(text)) return new Map();
    const depth = width / step;
    if (depth > depthAbove + 1) return new Map();
    if (depth > 1 && depth > depthAbove) parents++;
    depthAbove = depth;
    // Questions at the margin are answered by what is indented under them: an answer's lines, read as they were.
    if (depth === 0 && isInterrogative(cleanPrompt(text))) return new Map();
    if (depth === 0) continue;
    const next = written[k + 1];
    // A branch names something: a line of brackets alone (`},`) is data's, a JSON object's.
    if (!isWorded(text) || (next && next.index === index + 1 && reading.wrapsOnto(text, next.text))) return new Map();
    branches.set(index, { depth, textStart: text.length - text.trimStart().length });
  }
  return parents >= PARENTS_LEAST ? branches : new Map();
}

/** Indentation's width in columns, a tab four. */
export function indentWidth(whitespace: string): number {
  return whitespace.replace(/\t/g, '    ').length;
}
