/**
 * A wiki page's tables, read into their cells so that wiki-page.ts writes them as pipe tables (pipe-table.ts):
 * MediaWiki's `{|` … `|}` (`!` header cells, `|-` between rows, `||` and `!!` between cells on a line) and DokuWiki's
 * runs of lines between `^` (header cells) and `|` (cells).
 */
import type { WikiDialect } from './wiki-inline.js';

export interface WikiTable {
  /** The table's last line (0-based). */
  end: number;
  /** Whether its lines are only its rows (DokuWiki's), with no line of their own opening and closing it. */
  rowsOnly: boolean;
  /** Its header's cells, as the page writes them: its first row when all its cells are header cells. */
  header?: string[];
  rows: string[][];
  /** A MediaWiki table's caption (`|+`), as written, and its line (0-based). */
  caption?: { text: string; line: number };
}

/** The table opening on line `n`, if one does. */
export function wikiTableAt(lines: readonly string[], n: number, dialect: WikiDialect): WikiTable | undefined {
  return dialect === 'mediawiki' ? mediawikiTable(lines, n) : dokuwikiTable(lines, n);
}

/** The lines a MediaWiki table spans at most: a `{|` nothing closes is not searched for to the page's end. */
const LONGEST_TABLE = 500;

interface Row {
  cells: string[];
  /** Whether every cell of it is a header cell (`!`). */
  heads: boolean;
}

/** MediaWiki's `{| …` up to its `|}`; one holding another table is not read (Markdown has no table in a cell). */
function mediawikiTable(lines: readonly string[], n: number): WikiTable | undefined {
  if (!/^[ \t]*\{\|/.test(lines[n]!)) return undefined;
  const rows: Row[] = [];
  let row: Row | undefined;
  let caption: WikiTable['caption'];
  for (let k = n + 1; k < Math.min(lines.length, n + LONGEST_TABLE); k++) {
    const line = lines[k]!.replace(/\r$/, '').trim();
    if (/^\|\}/.test(line)) {
      const all = rows.filter((each) => each.cells.length > 0);
      if (all.length === 0) return undefined;
      const header = all[0]!.heads ? all.shift()!.cells : undefined;
      return { end: k, rowsOnly: false, ...(header ? { header } : {}), rows: all.map((each) => each.cells), ...(caption !== undefined ? { caption } : {}) };
    }
    if (/^\{\|/.test(line)) return undefined;
    if (/^\|\+/.test(line)) {
      caption = { text: withoutAttributes(line.slice(2)), line: k };
    } else if (/^\|-/.test(line)) {
      row = undefined;
    } else if (/^[|!]/.test(line)) {
      const heads = line.startsWith('!');
      if (!row) rows.push((row = { cells: [], heads: true }));
      row.heads &&= heads;
      row.cells.push(...line.slice(1).split(heads ? /!!|\|\|/ : /\|\|/).map(withoutAttributes));
    } else if (line !== '' && row && row.cells.length > 0) {
      // A cell's text over more lines: one line of the cell, as a pipe table's cell is.
      row.cells[row.cells.length - 1] = `${row.cells.at(-1)} ${line}`.trim();
    }
  }
  return undefined;
}

/**
 * One attribute of a cell, `name="value"` (an unquoted value holds no `=`). Written apart by spaces, the pairs can
 * be split only one way: pairs run together (`a=a=a=…`) were split every way there is before the match failed,
 * a time that doubled with each pair.
 */
const ATTRIBUTE = String.raw`[\w-]+[ \t]*=[ \t]*(?:"[^"]*"|'[^']*'|[^\s|"'=]+)`;
const CELL_ATTRIBUTES = new RegExp(String.raw`^[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\|(?!\|)`);

/** A cell's text without its attributes (`style="…" | text`): what stands after a lone `|` when before it are `name=value` pairs. */
function withoutAttributes(cell: string): string {
  const attributes = CELL_ATTRIBUTES.exec(cell);
  return (attributes ? cell.slice(attributes[0].length) : cell).trim();
}

/** A DokuWiki table's line: cells between `^` and `|`, from the line's head to its end. */
const DOKUWIKI_ROW = /^[ \t]*[|^].*[|^][ \t]*$/;

/** DokuWiki's run of table lines from line `n` (which the line above is not one of). */
function dokuwikiTable(lines: readonly string[], n: number): WikiTable | undefined {
  if (!DOKUWIKI_ROW.test(lines[n]!) || (n > 0 && DOKUWIKI_ROW.test(lines[n - 1]!))) return undefined;
  let end = n;
  while (end + 1 < lines.length && DOKUWIKI_ROW.test(lines[end + 1]!)) end++;
  const rows = lines.slice(n, end + 1).map((line) => dokuwikiCells(line.replace(/\r$/, '').trim()));
  const header = rows[0]!.heads ? rows.shift()!.cells : undefined;
  return { end, rowsOnly: true, ...(header ? { header } : {}), rows: rows.map((row) => row.cells) };
}

/** A DokuWiki row's cells: split at `^` and `|` outside links (`[[page|words]]`) and pictures (`{{x.png|caption}}`); `:::` (a cell spanning the row above) empty. */
function dokuwikiCells(line: string): Row {
  const cells: string[] = [];
  let heads = true;
  let cell = '';
  let depth = 0;
  for (let k = 0; k < line.length; k++) {
    const two = line.slice(k, k + 2);
    if (two === '[[' || two === '{{') {
      depth++;
      cell += two;
      k++;
    } else if ((two === ']]' || two === '}}') && depth > 0) {
      depth--;
      cell += two;
      k++;
    } else if ((line[k] === '|' || line[k] === '^') && depth === 0) {
      if (k > 0) cells.push(cell.trim() === ':::' ? '' : cell.trim());
      if (k < line.length - 1) heads &&= line[k] === '^';
      cell = '';
    } else {
      cell += line[k];
    }
  }
  return { cells, heads };
}
