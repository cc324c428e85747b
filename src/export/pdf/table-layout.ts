/**
 * GFM tables: columns sized to their content and shrunk to fit the column
 * width (never below their longest word while the words fit; when they do
 * not, the table is set smaller, down to TYPE.tableLeast, where that cuts
 * fewer columns' words, and those still too long are cut: the columns of running text first, so that a column of
 * numbers keeps them whole, and then only the columns with too long a
 * word), each table row one unsplittable row, header shaded and bold, rules
 * between rows and columns (the rules, not the shading, carry the grid),
 * cells aligned as the delimiter row says (`:---`, `:---:`, `---:`). As in
 * print, the header row never ends a column's piece of the table, and a piece
 * continuing the table starts with it again (placement.ts). A raw HTML table
 * is laid out here too (html-table.ts): it may have no header row, and a cell
 * may be aligned otherwise than its column.
 */
import type { Table } from 'mdast';
import { translateItem, type DrawItem, type Row } from './display-list.js';
import { inlineAtoms, type InlineAtom, type InlineStyle } from './inline-runs.js';
import { inlineRows, type Alignment } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { tokenize } from './inline-tokens.js';
import type { TextShaper } from './text-shaper.js';
import { COLOUR, TYPE } from './theme.js';

declare module 'mdast' {
  interface TableCellData {
    /** The cell's own alignment, over its column's (a raw HTML cell's `align`). */
    align?: Alignment;
  }
}

export interface TableOptions {
  /** Whether the first row is a header row (shaded, bold, repeated); a GFM table always has one. */
  header?: boolean;
}

const PAD_X = 2.5;
const PAD_Y = 1.5;
const MIN_COLUMN = 22;
const UNBOUNDED = 100_000;

function naturalWidth(rows: Row[]): number {
  let right = 0;
  for (const row of rows) {
    for (const item of row.items) {
      if (item.kind === 'text' || item.kind === 'svg') right = Math.max(right, item.x + (item.kind === 'text' ? item.width : item.w));
    }
  }
  return right;
}

/**
 * Share `available` among columns as browsers lay out an automatic table: every column gets
 * its longest word (`least`), and what is left goes to each in proportion to how much more it
 * would take to set its longest cell on one line. When even the longest words do not fit, the
 * columns of running text give way first (crowdedWidths), then the columns whose words are too
 * long (fairShares).
 */
export function columnWidths(natural: readonly number[], least: readonly number[], available: number, running: readonly boolean[] = []): number[] {
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return [...natural];
  // Cell padding may take all there is: the columns are then as narrow as can be, not negative.
  const room = Math.max(0, available);
  const floor = least.map((width, index) => Math.min(width, natural[index]!));
  const minimum = floor.reduce((sum, width) => sum + width, 0);
  if (minimum >= room) return crowdedWidths(floor, room, running);
  // Here total > room > minimum: some column lacks width, and `total - minimum` is not 0.
  const spare = room - minimum;
  const wanted = total - minimum;
  return floor.map((width, index) => width + (spare * (natural[index]! - width)) / wanted);
}

/**
 * Longest words wider together than `room`, so some word is cut. The columns of running text
 * (`running`: a cell of words apart by spaces, which wraps anyway) give way first, sharing what the
 * other columns leave them (fairShares), none narrower than MIN_COLUMN: a word cut in a paragraph
 * is one among many, while a number cut in a column of numbers is the whole cell ("1,000,0" over
 * "00"). Only when that is not room enough do all columns share, as fairShares says.
 */
function crowdedWidths(floor: readonly number[], room: number, running: readonly boolean[]): number[] {
  const isRunning = (index: number) => running[index] === true;
  let kept = 0;
  let leastRunning = 0;
  floor.forEach((width, index) => {
    if (isRunning(index)) leastRunning += Math.min(width, MIN_COLUMN);
    else kept += width;
  });
  if (!floor.some((_, index) => isRunning(index)) || kept + leastRunning > room) return fairShares(floor, room);
  const shared = fairShares(floor.filter((_, index) => isRunning(index)), room - kept);
  let next = 0;
  return floor.map((width, index) => (isRunning(index) ? shared[next++]! : width));
}

/**
 * Longest words wider together than `room`: each column keeps its own when it is no wider than a
 * fair share, and the columns whose words are wider split what is left evenly, their words cut
 * (line-breaking.ts). The share is the largest `cap` with the sum of min(word, cap) equal to `room`,
 * so the narrowest cut column is as wide as it can be. Shrinking every column in proportion cut the
 * short words too ("정확도" as 정확/도) beside an identifier that has to be cut anyway.
 */
function fairShares(floor: readonly number[], room: number): number[] {
  let left = room;
  let sharing = floor.length;
  let cap = Number.POSITIVE_INFINITY;
  for (const width of [...floor].sort((a, b) => a - b)) {
    const share = left / sharing;
    if (width > share) {
      cap = share;
      break;
    }
    left -= width;
    sharing--;
  }
  return floor.map((width) => Math.min(width, cap));
}

/**
 * The widest word of a cell as the line breaker cuts words (inline-tokens.ts): narrower, the column
 * would cut it. And whether the cell is running text, words apart by spaces: a path or a URL, cut
 * only at its slashes, is not.
 */
function cellWords(atoms: readonly InlineAtom[], shaper: TextShaper): { longest: number; running: boolean } {
  // A formula is scaled to whatever width it gets: it sets no minimum.
  const text = atoms.map((atom) => (atom.kind === 'math' ? ({ kind: 'break' } as const) : atom));
  let longest = 0;
  let running = false;
  // A space after a word of the same line (not one opening the cell or a line after a hard break).
  let afterWord = false;
  let spaced = false;
  for (const token of tokenize(text, shaper, false)) {
    if (token.kind === 'word') {
      longest = Math.max(longest, token.width);
      if (spaced) running = true;
      afterWord = true;
      spaced = false;
    } else if (token.kind === 'glue') {
      if (token.width > 0 && afterWord) spaced = true;
    } else {
      afterWord = spaced = false;
    }
  }
  return { longest: longest + 0.5, running };
}

export function tableRows(table: Table, width: number, context: LayoutContext, base: InlineStyle, options: TableOptions = {}): Row[] {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length));
  if (columns === 0) return [];
  const header = options.header ?? true;
  const room = width - columns * 2 * PAD_X;
  let measured = measuredCells(table, columns, header, width, context, base);
  let widths = columnWidths(measured.natural, measured.least, room, measured.running);
  // Longest words wider together than the column: the table is set smaller, down to TYPE.tableLeast, so that fewer
  // of them are cut (`92.86` over `6`, `Model` as `Mod` over `el`), as a printed table too wide for its column is; not
  // where that cuts as many (a URL no size fits): smaller for nothing.
  const leastTotal = measured.least.reduce((sum, least) => sum + least, 0);
  if (leastTotal > room && base.size > TYPE.tableLeast) {
    // A little under the size at which the words would fill the column exactly: widths do not scale quite linearly.
    const size = Math.max(TYPE.tableLeast, base.size * (room / leastTotal) * 0.98);
    const smaller = measuredCells(table, columns, header, width, context, { ...base, size });
    const smallerWidths = columnWidths(smaller.natural, smaller.least, room, smaller.running);
    if (cutColumns(smaller.longest, smallerWidths) < cutColumns(measured.longest, widths)) [measured, widths] = [smaller, smallerWidths];
  }
  const { atoms, styleOf } = measured;
  const tableWidth = widths.reduce((sum, w) => sum + w + 2 * PAD_X, 0);
  const gridRows = atoms.map((cells, rowIndex): Row => {
    const alignOf = (column: number) => table.children[rowIndex]!.children[column]?.data?.align ?? table.align?.[column] ?? 'left';
    const laidOut = cells.map((cell, column) => inlineRows(cell, styleOf(rowIndex), widths[column]!, context, { align: alignOf(column) }));
    const height = Math.max(...laidOut.map((rows) => rows.reduce((sum, row) => sum + row.height, 0))) + 2 * PAD_Y;
    const items: DrawItem[] = [];
    if (header && rowIndex === 0) items.push({ kind: 'rect', x: 0, y: 0, w: tableWidth, h: height, fill: COLOUR.tableHeadFill });
    let x = 0;
    laidOut.forEach((rows, column) => {
      let y = PAD_Y;
      for (const row of rows) {
        items.push(...row.items.map((item) => translateItem(item, x + PAD_X, y)));
        y += row.height;
      }
      if (column > 0) items.push({ kind: 'line', x1: x, y1: 0, x2: x, y2: height, color: COLOUR.tableRule, width: 0.3 });
      x += widths[column]! + 2 * PAD_X;
    });
    if (rowIndex === 0) items.push({ kind: 'line', x1: 0, y1: 0, x2: tableWidth, y2: 0, color: COLOUR.tableRule, width: 0.5 });
    items.push({ kind: 'line', x1: 0, y1: height, x2: tableWidth, y2: height, color: COLOUR.tableRule, width: header && rowIndex === 0 ? 0.6 : 0.3 });
    return { height, items };
  });
  return header ? withHeaderRepeated(gridRows) : gridRows;
}

/** How many columns are narrower than their longest word: their words are cut. */
function cutColumns(longest: readonly number[], widths: readonly number[]): number {
  return longest.filter((word, column) => word > widths[column]! + 0.01).length;
}

/** A table's cells in `base`'s size, and each column's natural width, longest word, least width (that word, or a few characters) and whether it runs as text. */
function measuredCells(table: Table, columns: number, header: boolean, width: number, context: LayoutContext, base: InlineStyle) {
  const styleOf = (rowIndex: number): InlineStyle => (header && rowIndex === 0 ? { ...base, weight: 'bold' } : base);
  const atoms = table.children.map((row, rowIndex) =>
    Array.from({ length: columns }, (_, column) => inlineAtoms(row.children[column]?.children ?? [], styleOf(rowIndex), COLOUR.link)),
  );
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(Math.min(MIN_COLUMN, width / columns), ...atoms.map((cells, rowIndex) => naturalWidth(inlineRows(cells[column]!, styleOf(rowIndex), UNBOUNDED, context)) + 0.5)),
  );
  const words = atoms.map((cells) => cells.map((cell) => cellWords(cell, context.shaper)));
  const longest = Array.from({ length: columns }, (_, column) => Math.max(...words.map((cells) => cells[column]!.longest)));
  const least = longest.map((word) => Math.max(Math.min(MIN_COLUMN, width / columns), word));
  const running = Array.from({ length: columns }, (_, column) => words.some((cells) => cells[column]!.running));
  return { atoms, natural, least, longest, running, styleOf };
}

/** The header row kept with the first body row, and offered again above each body row that starts a column. */
function withHeaderRepeated(rows: Row[]): Row[] {
  const [header, ...body] = rows;
  if (!header || body.length === 0) return rows;
  return [{ ...header, keepWithNext: true }, ...body.map((row) => ({ ...row, repeatedHead: header }))];
}
