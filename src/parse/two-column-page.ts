/**
 * A page set in two columns, copied with its layout (`pdftotext -layout`, a PDF viewer's copy that keeps the
 * spacing): each line holds the left column's line, a wide gap, then the right column's line. Read line by line,
 * a question of the left column ran into one of the right (`What is batch normalization?      Q3. What is label
 * smoothing?`) and the two columns' answers were mixed. Such a run of lines is read as a reader reads the page: the
 * left column's lines, then the right column's, each at the line of the file it came from.
 *
 * Told conservatively: at least three lines, and half the run's lines or more, hold text on both sides of one gap of
 * five spaces or more whose right side starts at (about) the same column, words on both sides (three or more: a
 * table's `Batch size      64` or a glossary's term is no column), the right side no code comment and no answer's
 * label (`Q: …      A: …` lines set out in two columns ask and answer on each line), and no more than half of them
 * asking on the left beside an answer on the right (a table of questions and answers). Each other line of the run
 * holds text on one side only, or none. A run that holds such lines on fewer than half its lines is named doubtful:
 * it is read as one column, and the reader is warned.
 */
import { ANSWER_PREFIX } from './answer-line.js';
import { convertedText, type ConvertedText, type TextLine } from './converted-text.js';
import { isInterrogative } from '../wording/interrogative.js';
import { QUESTION_MARKS } from '../wording/marks.js';
import { EVERY_HAN_KANA } from '../wording/scripts.js';
import { LOWER_CASE_START } from './plain-text-nodes.js';

/** Lines a run of two columns spans (the file's, 1-based), and the column its right column starts at (1-based). */
export interface ColumnRun {
  first: number;
  last: number;
  column: number;
  /** How many of its lines hold text on both sides of the gap. */
  sideBySide: number;
  /** How many of its lines hold text. */
  written: number;
}

export interface TwoColumnLayout {
  /** The note's text with each run read column by column; undefined when no run is read so. */
  page?: ConvertedText;
  read: ColumnRun[];
  /** Runs that seem to hold two columns but too few of their lines do: read as one column. */
  doubtful: ColumnRun[];
}

/** The gap between two columns: five spaces or more between text on both sides. */
const GAP = /(?<=\S) {5,}(?=\S)/g;
/** Whether a line holds such a gap (GAP, not global). */
const GAP_BETWEEN_WORDS = /\S {5,}\S/;
/** How far a line's right column may start from the run's column: a copy places text on a grid of characters, nearly. */
const SLACK = 2;
/** How much deeper than its column a line of the right column alone may start (an indented line of it). */
const RIGHT_INDENT = 8;
/** The fewest lines of a run that hold both columns. */
const FEWEST_SIDE_BY_SIDE = 3;
/** How much of its column's width a line fills from which it wrapped, as a page's line of 50 characters of 75 does. */
const COLUMN_FILLED = 2 / 3;
/** A sentence's end at a line's end: its stop, or its question mark. */
const SENTENCE_END = new RegExp(String.raw`[.!:;。！：；${QUESTION_MARKS}]$`);
/** A code comment's mark, opening the right side of aligned code (`x = 1      # the count`). */
const COMMENT = /^(?:#|\/\/|\/\*|--|;|%)/;

/** A line of a run cut in its two columns' parts, and where its right part starts. */
interface LineParts {
  left: string;
  right: string;
  rightStart?: number;
}

/** A run found, its lines cut in their parts once: read to tell whether it holds columns, then column by column. */
interface FoundRun {
  run: ColumnRun;
  parts: LineParts[];
}

type Shape = { kind: 'blank' } | { kind: 'one'; indent: number; end: number } | { kind: 'two'; leftEnd: number; rightStart: number } | { kind: 'other' };

/** The runs of `lines` that hold two columns side by side, and the note's text read so; undefined when none seems to. */
export function twoColumnLayout(lines: readonly string[]): TwoColumnLayout | undefined {
  // Three lines at least with a gap between words, or no run can hold two columns (an indented line alone has none).
  let gapped = 0;
  for (const line of lines) if (line.includes('     ') && GAP_BETWEEN_WORDS.test(line) && ++gapped >= FEWEST_SIDE_BY_SIDE) break;
  if (gapped < FEWEST_SIDE_BY_SIDE) return undefined;
  const shapes = lines.map(shapeOf);
  const runs: FoundRun[] = [];
  /** `pending`: lines of the left column alone since the last with right text; `tail`, the last of them before a blank line. */
  let run: (ColumnRun & { pending: number; tail?: number; tailOpen: boolean }) | undefined;
  const close = () => {
    if (run) {
      // The left column's lines right under the right column's last go on with it, up to a blank line.
      const last = run.tail ?? run.last;
      const { first, column } = run;
      const parts = lines.slice(first, last + 1).map((line, k) => partsOf(line, shapes[first + k]!, column));
      if (holdsColumns(parts.slice(0, run.last - first + 1), shapes, run)) runs.push({ run: { first, last, column, sideBySide: run.sideBySide, written: run.written }, parts });
    }
    run = undefined;
  };
  /** The last line a run took or that fits none (a run's lines are looked for over its first only after it). */
  let floor = -1;
  /**
   * Where a run whose first line side by side is `at` starts: at the right column's first line over it, if that
   * column starts higher (its lines alone over the left column's, or over blank lines).
   */
  const firstOf = (at: number, column: number): { first: number; written: number } => {
    let first = at;
    let written = 0;
    let seen = 0;
    for (let k = at - 1; k > floor; k--) {
      const side = sideOf(shapes[k]!, column);
      if (shapes[k]!.kind === 'blank') continue;
      if (side === undefined) break;
      seen++;
      if (side === 'right') [first, written] = [k, seen];
      if (lines[k]!.startsWith('\f')) break;
    }
    return { first, written: written + 1 };
  };
  shapes.forEach((shape, at) => {
    // A page's break (pdftotext's form feed opens the next page's first line) ends a run: each page's columns in turn.
    if (lines[at]!.startsWith('\f')) {
      close();
      floor = at - 1;
    }
    if (run && shape.kind === 'blank') {
      run.tailOpen = false;
      return;
    }
    const side = run ? sideOf(shape, run.column) : undefined;
    if (run && side === 'left') {
      run.pending++;
      if (run.tailOpen) run.tail = at;
    } else if (run && side !== undefined) {
      run.written += run.pending + 1;
      run.last = at;
      run.pending = 0;
      run.tail = undefined;
      run.tailOpen = true;
      if (shape.kind === 'two') run.sideBySide++;
    } else {
      // A line past a run, or that fits no run, bounds where the next run's first line is looked for.
      const barrier = run !== undefined || shape.kind === 'other';
      if (run) floor = run.tail ?? run.last;
      close();
      if (shape.kind === 'two') run = { ...firstOf(at, shape.rightStart), last: at, column: shape.rightStart, sideBySide: 1, pending: 0, tailOpen: true };
      if (barrier || run) floor = at;
    }
  });
  close();
  if (runs.length === 0) return undefined;
  const atFileLines = (found: ColumnRun): ColumnRun => ({ ...found, first: found.first + 1, last: found.last + 1, column: found.column + 1 });
  const isRead = ({ run: found }: FoundRun) => found.sideBySide * 2 >= found.written;
  const read = runs.filter(isRead);
  const doubtful = runs.filter((found) => !isRead(found)).map((found) => atFileLines(found.run));
  if (read.length === 0) return { read: [], doubtful };
  return { page: columnByColumn(lines, read), read: read.map((found) => atFileLines(found.run)), doubtful };
}

/**
 * The note's lines with each run's read column by column: the left column's lines, then the right column's, its
 * lines as deep under the run's leftmost start as they were. Each column's lines wrap at its width, narrower than a
 * page's: a line two thirds as long or longer filled it (`wrapWidths`, read by plaintext.ts as a page's 50 characters).
 */
function columnByColumn(lines: readonly string[], runs: readonly FoundRun[]): ConvertedText {
  const text: TextLine[] = [];
  const wrapWidths = new Map<number, number>();
  const column = (read: readonly TextLine[]) => {
    // Folded, not spread: a long run's lines as arguments overflow the stack.
    const width = read.reduce((widest, line) => Math.max(widest, line.text.length), 0);
    for (const line of read) wrapWidths.set(text.push(line) - 1, Math.round(width * COLUMN_FILLED));
  };
  let at = 0;
  for (const { run, parts } of runs) {
    for (; at < run.first; at++) text.push({ text: lines[at]!, fileLine: at + 1 });
    const start = parts.reduce((least, part) => Math.min(least, part.rightStart ?? Infinity), Infinity);
    column(parts.map((part, k) => ({ text: part.left, fileLine: run.first + k + 1 })));
    // A column off by one (a form feed opening the line, a copy's rounding) is no deeper line of it.
    const indent = (rightStart: number) => ' '.repeat(rightStart - start > 1 ? rightStart - start : 0);
    column(parts.map((part, k) => ({ text: part.rightStart === undefined ? '' : indent(part.rightStart) + part.right, fileLine: run.first + k + 1 })));
    at = run.last + 1;
  }
  for (; at < lines.length; at++) text.push({ text: lines[at]!, fileLine: at + 1 });
  return { ...convertedText(text), wrapWidths };
}

/** A line of a run whose right column starts at `column`, cut in its parts. */
function partsOf(line: string, shape: Shape, column: number): LineParts {
  if (shape.kind === 'two') return { left: line.slice(0, shape.leftEnd), right: line.slice(shape.rightStart).trimEnd(), rightStart: shape.rightStart };
  if (shape.kind === 'one' && sideOf(shape, column) === 'right') return { left: '', right: line.trim(), rightStart: shape.indent };
  return { left: line.trimEnd(), right: '' };
}

function shapeOf(line: string): Shape {
  const end = line.trimEnd().length;
  if (end === 0) return { kind: 'blank' };
  if (line.includes('\t')) return { kind: 'other' };
  const gaps = [...line.slice(0, end).matchAll(GAP)];
  if (gaps.length === 0) return { kind: 'one', indent: line.length - line.trimStart().length, end };
  if (gaps.length > 1) return { kind: 'other' };
  const gap = gaps[0]!;
  return { kind: 'two', leftEnd: gap.index, rightStart: gap.index + gap[0].length };
}

/** Which side of a run whose right column starts at `column` a line's text stands on; undefined when it fits neither. */
function sideOf(shape: Shape, column: number): 'left' | 'right' | 'both' | undefined {
  if (shape.kind === 'two') return Math.abs(shape.rightStart - column) <= SLACK ? 'both' : undefined;
  if (shape.kind !== 'one') return undefined;
  if (shape.indent >= column - SLACK && shape.indent <= column + RIGHT_INDENT) return 'right';
  // Two spaces at least before the right column's earliest start.
  return shape.end <= column - SLACK - 2 ? 'left' : undefined;
}

/**
 * Whether a run's lines side by side are two columns' (`parts`: its lines' from `first` to `last`, cut): three of them at least, and
 * half of them or more, worded on both sides; each column's text prose, a sentence of it ending on a line and one
 * wrapping onto the next in lower case, or a line of it asking (a table's or a glossary's cells, `Stochastic gradient
 * descent      Updates the weights …`, are not, nor cells of a sentence each); and not a table of questions and their answers, each row asking on its left beside its answer, half
 * of them or more, where the right column, all answers, hardly asks. A page's columns ask beside each other, beside a
 * line of an answer, and in both columns.
 */
function holdsColumns(parts: readonly LineParts[], shapes: readonly Shape[], run: ColumnRun): boolean {
  // A column's prose ends a sentence on a line, and either wraps a sentence onto the next line, in lower case, or asks
  // (a page of questions, each answered in a line): cells of one sentence each side by side (a comparison's `Joins are
  // cheap.` beside `Joins are done in the application.`, an exchange's lines) do neither, a cheat sheet's rows
  // (`reduces variance      reduces bias`) end none.
  const ends = (side: 'left' | 'right') => parts.some((part) => SENTENCE_END.test(part[side].trimEnd()));
  const wraps = (side: 'left' | 'right') =>
    parts.some((part, k) => part[side].trim() !== '' && !SENTENCE_END.test(part[side].trimEnd()) && LOWER_CASE_START.test(parts[k + 1]?.[side].trimStart() ?? ''));
  const asksIn = (side: 'left' | 'right') => parts.some((part) => part[side].trim() !== '' && isInterrogative(part[side].trim()));
  const prose = (side: 'left' | 'right') => ends(side) && (wraps(side) || asksIn(side));
  let wordedLines = 0;
  let answering = 0;
  let rightAsking = 0;
  parts.forEach(({ left, right }, k) => {
    const asks = right !== '' && isInterrogative(right.trim());
    if (asks) rightAsking++;
    if (shapes[run.first + k]!.kind !== 'two') return;
    // Not a table's cells (`Batch size      64`), nor aligned code and its comments, nor `Q: …      A: …`.
    if (isWords(left) && isWords(right) && !COMMENT.test(right) && !ANSWER_PREFIX.test(right)) wordedLines++;
    if (!asks && isInterrogative(left.trim())) answering++;
  });
  const table = answering * 2 >= run.sideBySide && rightAsking * 3 < answering;
  return wordedLines >= FEWEST_SIDE_BY_SIDE && wordedLines * 2 >= run.sideBySide && !table && prose('left') && prose('right');
}

/** Three words with a letter or more, or four letters of a script written without spaces between words. */
function isWords(side: string): boolean {
  return side.split(/\s+/).filter((word) => /\p{L}/u.test(word)).length >= 3 || (side.match(EVERY_HAN_KANA)?.length ?? 0) >= 4;
}
