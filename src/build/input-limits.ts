/**
 * Cheap checks before parsing, against inputs that make remark's parse time
 * grow much faster than the input (CommonMark's pathological cases).
 *
 * - Nesting: list and block-quote nesting costs remark superlinear time
 *   (300 levels about a second, 2,000 not finishing in 100 s). A line whose
 *   container prefix (indentation, `>` markers, list markers) is wider than
 *   `maxNestingColumns` (default 64: 32 levels of two-column nesting, 16 of
 *   four; real notes stay far below, and remark's cost per line grows with
 *   the depth) is
 *   flattened, when it holds a marker (spaces alone nest nothing): the
 *   prefix is cut at that width, so the content lands at the
 *   deepest level allowed, as a sibling of what was above it. Nothing of the
 *   content is lost, line numbers stay, and a warning names the first such
 *   line. Fenced code is left alone.
 * - Long lines: inline syntax on one very long line (thousands of `*a **a`
 *   openers, nested brackets) is quadratic in remark. Such lines cannot be
 *   fixed without changing their meaning, so they only mark the file as
 *   risky: it is then always read in a worker under the time budget.
 * - Web pages and notebooks (parse/html-page.ts, notebook.ts) are not flattened, and always risky.
 */
import { fileMessage, type RecordedMessage } from './recorded-messages.js';
import { isHtmlPage, mayBeNotebook } from '../parse/text-kind.js';

export interface InputLimits {
  /** Widest container prefix kept, in columns (tabs count 4); default 64. */
  maxNestingColumns?: number;
  /** A line longer than this (in characters) makes the file risky; default 16,384. */
  riskyLineLength?: number;
}

export const DEFAULT_INPUT_LIMITS: Required<InputLimits> = { maxNestingColumns: 64, riskyLineLength: 16_384 };

export interface LimitedInput {
  text: string;
  /** True when parsing may take far longer than the size suggests. */
  risky: boolean;
  messages: RecordedMessage[];
}

const FENCE = /^(?:[ \t]*(?:>|[-+*][ \t]|\d{1,9}[.)][ \t]))*[ \t]*(`{3,}|~{3,})/;

export function limitInput(text: string, limits: InputLimits = {}): LimitedInput {
  // A web page's or a notebook's indentation is no Markdown nesting: nothing to flatten. The Markdown read from
  // it is made from its tree, whose depth its text does not show: always under the budget.
  if (isHtmlPage(text) || mayBeNotebook(text)) return { text, risky: true, messages: [] };
  const maxColumns = limits.maxNestingColumns ?? DEFAULT_INPUT_LIMITS.maxNestingColumns;
  const riskyLength = limits.riskyLineLength ?? DEFAULT_INPUT_LIMITS.riskyLineLength;
  const { longLine, deepCandidate } = scan(text, maxColumns, riskyLength);
  if (!deepCandidate) return { text, risky: longLine, messages: [] };

  const lines = text.split('\n');
  let risky = longLine;
  let flattened = 0;
  let firstFlattened = 0;
  let fence: string | undefined;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const opening = FENCE.exec(line)?.[1];
    if (fence !== undefined) {
      if (opening && opening[0] === fence[0] && opening.length >= fence.length) fence = undefined;
      continue;
    }
    if (opening) {
      fence = opening;
      continue;
    }
    const flat = flattenLine(line, maxColumns);
    if (flat === undefined) continue;
    lines[index] = flat;
    if (flattened++ === 0) firstFlattened = index + 1;
  }
  const messages: RecordedMessage[] = [];
  if (flattened > 0) {
    const levels = Math.floor(maxColumns / 2);
    messages.push({
      ...fileMessage(
        `Nesting deeper than about ${levels} levels (lists or block quotes) on ${flattened} ${flattened === 1 ? 'line' : 'lines'}: ` +
          `flattened to that depth so the file can be read in time; the text is kept`,
        'nesting-too-deep',
        false,
      ),
      place: { line: firstFlattened, column: 1 },
    });
    // A flattened file was hostile once; keep it under the budget too.
    risky = true;
  }
  return { text: flattened > 0 ? lines.join('\n') : text, risky, messages };
}

/**
 * One pass with `indexOf`: is any line long enough to be risky, and could any
 * line's container prefix be too wide (its first `maxColumns + 1` characters
 * all prefix characters)? Ordinary notes answer no to the second and skip the
 * line-by-line work.
 */
function scan(text: string, maxColumns: number, riskyLength: number): { longLine: boolean; deepCandidate: boolean } {
  let longLine = false;
  let deepCandidate = false;
  for (let start = 0; start < text.length; ) {
    let end = text.indexOf('\n', start);
    if (end === -1) end = text.length;
    if (end - start > riskyLength) longLine = true;
    if (!deepCandidate && end - start > maxColumns && PREFIX_CHARS.test(text.slice(start, start + maxColumns + 1))) deepCandidate = true;
    if (longLine && deepCandidate) break;
    start = end + 1;
  }
  return { longLine, deepCandidate };
}

const PREFIX_CHARS = /^[ \t>*+\-0-9.)]+$/;

/**
 * The flattened form of a line whose container prefix (indentation, `>`,
 * list markers) is wider than `maxColumns`, or undefined when it fits: the
 * prefix cut to the width, then the line's own innermost marker (so a list
 * item stays an item), then the content.
 */
function flattenLine(line: string, maxColumns: number): string | undefined {
  const tokens: Array<{ start: number; end: number; width: number; marker: boolean }> = [];
  let column = 0;
  let index = 0;
  while (index < line.length) {
    const char = line[index]!;
    let end = index + 1;
    let width = 1;
    let marker = true;
    if (char === ' ' || char === '\t') {
      width = char === '\t' ? 4 - (column % 4) : 1;
      marker = false;
    } else if (char === '-' || char === '+' || char === '*') {
      if (!isSpace(line[index + 1])) break;
    } else if (char !== '>') {
      const ordered = /^\d{1,9}[.)]/.exec(line.slice(index, index + 11));
      if (!ordered || !isSpace(line[index + ordered[0].length])) break;
      end = index + ordered[0].length;
      width = ordered[0].length;
    }
    tokens.push({ start: index, end, width, marker });
    column += width;
    index = end;
  }
  const innermost = [...tokens].reverse().find((token) => token.marker);
  // Spaces alone open no list or quote: a line set far right (a page's number as `pdftotext -layout` keeps it) nests nothing.
  if (column <= maxColumns || !innermost) return undefined;
  const budget = maxColumns - (innermost ? innermost.width + 1 : 0);
  let kept = 0;
  let width = 0;
  for (const token of tokens) {
    if (token === innermost || width + token.width > budget) break;
    width += token.width;
    kept = token.end;
  }
  let prefix = line.slice(0, kept);
  if (innermost) prefix += `${prefix === '' || /[ \t]$/.test(prefix) ? '' : ' '}${line.slice(innermost.start, innermost.end)} `;
  return prefix + line.slice(index);
}

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === undefined;
}
