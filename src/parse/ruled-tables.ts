/**
 * Tables drawn in text with rules, as pandoc writes them in its own Markdown (`pandoc -t markdown`: a Word
 * document's tables) and as reStructuredText has them, read from a note's lines into their cells (pipe-table.ts
 * writes them as Markdown):
 * - a column table: rules of runs (`-------- -----`, `=====  =====`) whose runs mark the columns, a cell what a
 *   line holds from its column's run to the next (the last to the line's end). Pandoc's simple table (a header
 *   line over the rule, a row to a line, a blank line or the rule again ending it), its multiline table (a full
 *   `-----` rule above and below, rows apart by blank lines, a cell's lines joined), rst's simple table (`=` rules
 *   above and below, and under its header);
 * - a grid table (pandoc's and rst's): `+---+---+` borders, `| a | b |` lines, `+===+===+` under the header.
 * Strict, lest a rule or an underline be read as a table: a blank line (or the note's start) above it, two
 * columns at least, every word of a header over its column's run, no word across a column's edge, a table's
 * last rule followed by a blank line (or the note's end). A table of spanned cells is none.
 */
import { ForwardSearches } from './forward-searches.js';

export interface RuledTable {
  /** Its first and last line (0-based). */
  first: number;
  last: number;
  /** The header's cells; undefined for a table without a header. */
  header?: string[];
  /** Each row's cells, a cell's lines joined by a space. */
  rows: string[][];
}

interface Run {
  start: number;
  end: number;
}

type RuleChar = '-' | '=';

const RULE: Record<RuleChar, RegExp> = { '-': /^ {0,3}-{2,}(?: +-{2,})*[ \t]*$/, '=': /^ {0,3}={2,}(?: +={2,})*[ \t]*$/ };
const RUN: Record<RuleChar, RegExp> = { '-': /-+/g, '=': /=+/g };
const GRID_BORDER = /^ {0,3}\+(?:[-=:]{2,}\+)+[ \t]*$/;

const isBlank = (line: string | undefined) => line === undefined || line.trim() === '';

/** Pandoc's tables in a Markdown note's line `n` on, or undefined: grid, multiline, simple (headed or not). */
export function pandocTableAt(lines: readonly string[], n: number): RuledTable | undefined {
  if (!isBlank(lines[n - 1]) && n > 0) return undefined;
  return gridTableAt(lines, n) ?? multilineTableAt(lines, n) ?? simpleTableAt(lines, n) ?? closedColumnTableAt(lines, n, '-');
}

/** reStructuredText's tables at line `n`, or undefined: a grid table, or a simple table (`=` rules). */
export function rstTableAt(lines: readonly string[], n: number): RuledTable | undefined {
  if (!isBlank(lines[n - 1]) && n > 0) return undefined;
  return gridTableAt(lines, n) ?? closedColumnTableAt(lines, n, '=');
}

/** The runs of a rule of `char`, two at least (one is a rule, an underline), or undefined for any other line. */
function ruleRuns(line: string | undefined, char: RuleChar): Run[] | undefined {
  if (line === undefined || !RULE[char].test(line)) return undefined;
  const runs = [...line.matchAll(RUN[char])].map((run) => ({ start: run.index, end: run.index + run[0].length }));
  return runs.length >= 2 ? runs : undefined;
}

/** Whether a line is the rule of `runs` again (the last may run longer). */
function isSameRule(line: string | undefined, runs: readonly Run[], char: RuleChar): boolean {
  const again = ruleRuns(line, char);
  return again !== undefined && again.length === runs.length && again.every((run, k) => run.start === runs[k]!.start && (k === runs.length - 1 || run.end === runs[k]!.end));
}

/** Whether a line is one full rule of dashes (a multiline table's top and bottom). */
function isFullRule(line: string | undefined): boolean {
  return line !== undefined && /^ {0,3}-{3,}[ \t]*$/.test(line);
}

/** A line's cells over `runs`, or undefined when it has text before the first or a word across a column's edge. */
function cellsOver(line: string, runs: readonly Run[]): string[] | undefined {
  if (line.slice(0, runs[0]!.start).trim() !== '') return undefined;
  const cells: string[] = [];
  for (let k = 0; k < runs.length; k++) {
    const from = runs[k]!.start;
    if (k > 0 && /\S/.test(line[from - 1] ?? '') && /\S/.test(line[from] ?? '')) return undefined;
    cells.push(line.slice(from, k + 1 < runs.length ? runs[k + 1]!.start : line.length).trim());
  }
  return cells;
}

/** Whether the header's lines have their words over the runs only, and every run a word. */
function isHeaderOver(header: readonly string[], runs: readonly Run[]): boolean {
  const covered = runs.map(() => false);
  // The run over each column, found once: looking it up among the runs at each character was quadratic on a long
  // header over a rule of many runs (60,000 took 3 s).
  const runAt = new Int32Array(runs.at(-1)!.end).fill(-1);
  runs.forEach((run, k) => runAt.fill(k, run.start, run.end));
  for (const line of header) {
    for (let at = 0; at < line.length; at++) {
      if (/\s/.test(line[at]!)) continue;
      const k = at < runAt.length ? runAt[at]! : -1;
      if (k < 0) return false;
      covered[k] = true;
    }
  }
  return covered.every(Boolean);
}

/** Cells of one row written over several lines: each column's pieces joined by a space. */
function joinedCells(pieces: readonly string[][]): string[] {
  return pieces[0]!.map((_, k) =>
    pieces
      .map((cells) => cells[k]!)
      .filter((cell) => cell !== '')
      .join(' '),
  );
}

/** Pandoc's simple table with a header: its line over a rule of runs, a row to a line, a blank line (or the rule again) after. */
function simpleTableAt(lines: readonly string[], n: number): RuledTable | undefined {
  const header = lines[n];
  const runs = ruleRuns(lines[n + 1], '-');
  if (isBlank(header) || !runs || ruleRuns(header, '-') || !isHeaderOver([header!], runs)) return undefined;
  const rows: string[][] = [];
  let k = n + 2;
  for (; k < lines.length && !isBlank(lines[k]); k++) {
    if (isSameRule(lines[k], runs, '-')) {
      if (!isBlank(lines[k + 1])) return undefined;
      break;
    }
    const cells = cellsOver(lines[k]!, runs);
    if (!cells) return undefined;
    rows.push(cells);
  }
  if (rows.length === 0) return undefined;
  return { first: n, last: isSameRule(lines[k], runs, '-') ? k : k - 1, header: cellsOver(header!, runs)!, rows };
}

/**
 * A column table between two rules of the same runs, the last followed by a blank line: pandoc's simple table
 * without a header (`-`, a row to a line) and rst's simple table (`=`: a third rule under its header, blank lines
 * among its rows, a line whose first cell is empty going on with the row above).
 */
function closedColumnTableAt(lines: readonly string[], n: number, char: RuleChar): RuledTable | undefined {
  const runs = ruleRuns(lines[n], char);
  if (!runs) return undefined;
  const groups: string[][][] = [[]];
  for (let k = n + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (isSameRule(line, runs, char)) {
      if (isBlank(lines[k + 1])) return closedTable(n, k, groups, runs, char);
      // rst's rule under the header; pandoc's tables have none.
      if (char === '-' || groups.length > 1) return undefined;
      groups.push([]);
      continue;
    }
    if (isBlank(line)) {
      if (char === '-') return undefined;
      continue;
    }
    const cells = cellsOver(line, runs);
    if (!cells) return undefined;
    const rows = groups.at(-1)!;
    if (char === '=' && cells[0] === '' && rows.length > 0) rows[rows.length - 1] = joinedCells([rows.at(-1)!, cells]);
    else rows.push(cells);
  }
  return undefined;
}

function closedTable(first: number, last: number, groups: readonly string[][][], runs: readonly Run[], char: RuleChar): RuledTable | undefined {
  const [head, body] = groups.length === 2 ? groups : [undefined, groups[0]!];
  if (body!.length === 0 || (head && head.length !== 1)) return undefined;
  // A rule, a line, a rule: a heading as rst underlines and overlines it, not a table.
  if (char === '=' && !head && body!.length === 1 && body![0]!.filter(Boolean).length < 2) return undefined;
  return { first, last, ...(head ? { header: head[0]! } : {}), rows: [...body!] };
}

/**
 * Pandoc's multiline table: a full rule, its header's lines over a rule of runs (or that rule first, for none),
 * rows apart by blank lines, each of one or more lines, a full rule and a blank line after.
 */
function multilineTableAt(lines: readonly string[], n: number): RuledTable | undefined {
  let k = n;
  let header: string[] | undefined;
  let runs: Run[] | undefined;
  if (isFullRule(lines[k])) {
    const from = ++k;
    while (k < lines.length && !isBlank(lines[k]) && !ruleRuns(lines[k], '-')) k++;
    runs = ruleRuns(lines[k], '-');
    const headerLines = lines.slice(from, k);
    if (!runs || headerLines.length === 0 || !isHeaderOver(headerLines, runs)) return undefined;
    header = joinedCells(headerLines.map((line) => cellsOver(line, runs!)!));
  } else {
    runs = ruleRuns(lines[k], '-');
    if (!runs) return undefined;
  }
  const first = k + 1;
  // Where the rows stop, unless a blank line stops them at once (they open with no row).
  if (first >= lines.length || isBlank(lines[first])) return undefined;
  const stop = rowsStop(lines, first, runs);
  // The table closes with a full rule under a row, a blank line after it.
  if (stop === first || stop >= lines.length || !isFullRule(lines[stop]) || isBlank(lines[stop - 1]) || !isBlank(lines[stop + 1])) return undefined;
  const rows: string[][] = [];
  let row: string[][] = [];
  for (k = first; k < stop; k++) {
    const line = lines[k]!;
    if (isBlank(line)) {
      rows.push(joinedCells(row));
      row = [];
    } else row.push(cellsOver(line, runs)!);
  }
  rows.push(joinedCells(row));
  // A headerless table's rows apart by blank lines: one row, a rule under it, is pandoc's simple table's.
  return header || rows.length > 1 ? { first: n, last: stop, ...(header ? { header } : {}), rows } : undefined;
}

/**
 * The searches for where a multiline table's rows stop, kept for the note: the tables are asked for line by line, and
 * a note of many rules of runs that no full rule closes was searched to its end from each (quadratic: 2,000 took 4 s).
 */
const stops = new WeakMap<readonly string[], ForwardSearches<number>>();

/**
 * The first line from `from` (a row's, not blank) on where rows over `runs` stop: a full rule, a blank line after a
 * blank line, a line with no cells over the runs, or the number of lines. Searched once for the runs: a later row's
 * search, at a line the last one passed, stops where it did.
 */
function rowsStop(lines: readonly string[], from: number, runs: readonly Run[]): number {
  let searches = stops.get(lines);
  if (!searches) stops.set(lines, (searches = new ForwardSearches((at) => (at === lines.length ? -1 : at))));
  const key = runs.map(({ start, end }) => `${start}-${end}`).join(' ');
  return searches.find(key, from, () => {
    let k = from;
    for (; k < lines.length; k++) {
      const line = lines[k]!;
      if (isFullRule(line) || (isBlank(line) ? isBlank(lines[k - 1]) : !cellsOver(line, runs))) break;
    }
    return k;
  });
}

/** A grid table: `+---+` borders at the same columns, `|` at each edge of every line between, `+===+` under the header. */
function gridTableAt(lines: readonly string[], n: number): RuledTable | undefined {
  const top = lines[n];
  if (top === undefined || !GRID_BORDER.test(top)) return undefined;
  const edges = [...top.matchAll(/\+/g)].map((edge) => edge.index);
  if (edges.length < 3) return undefined;
  const isBorder = (line: string) => GRID_BORDER.test(line) && line.trimEnd().length === top.trimEnd().length && edges.every((at) => line[at] === '+');
  const rows: string[][] = [];
  let header: string[] | undefined;
  let pieces: string[][] = [];
  for (let k = n + 1; k < lines.length; k++) {
    const line = lines[k]!;
    if (isBorder(line)) {
      if (pieces.length === 0) return undefined;
      const cells = joinedCells(pieces);
      pieces = [];
      if (line.includes('=')) {
        if (header || rows.length > 0) return undefined;
        header = cells;
      } else rows.push(cells);
      if (isBlank(lines[k + 1])) return rows.length > 0 ? { first: n, last: k, ...(header ? { header } : {}), rows } : undefined;
      continue;
    }
    if (!edges.every((at) => line[at] === '|') || line.trimEnd().length !== top.trimEnd().length) return undefined;
    pieces.push(edges.slice(1).map((at, j) => line.slice(edges[j]! + 1, at).trim()));
  }
  return undefined;
}
