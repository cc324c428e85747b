/**
 * A raw HTML `<table>` (pasted from a docs site) read into the mdast table the sheet lays out as it
 * lays out a GFM one (table-layout.ts), so that it gets the same grid, column widths, wrapping and
 * repeated header.
 *
 * - Rows: the `<thead>`'s, then the bodies' in order, then the `<tfoot>`'s (where a browser shows them).
 * - The header row is the `<thead>`'s first row or, without a `<thead>`, a first row of `<th>` only;
 *   a table with neither has none. A `<th>` elsewhere (a row's label) is bold.
 * - A cell is aligned as its `align` or its style's `text-align` says, or else as its row's; a
 *   header cell's alignment aligns its whole column, as a GFM delimiter row does.
 * - A cell spanning several columns or rows (`colspan`, `rowspan`) is printed in the first of them
 *   and the others are left empty: the grid has no merged cells, and nothing is lost (`flattened`
 *   says so, for a note). A column only spans cover (`colspan="9"` past the last column) is left out.
 * - A table holding another table is no grid: undefined (the sheet prints its text, as before).
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { AlignType, PhrasingContent, Table, TableCell } from 'mdast';
import { cellPhrasing } from './html-phrasing.js';
import type { Alignment } from './inline-rows.js';
import { declaredAlignment } from '../../normalise/cell-alignment.js';

export interface HtmlTable {
  table: Table;
  /** Whether the table's first row is a header row. */
  header: boolean;
  /** Its `<caption>`, '' when it has none. */
  caption: string;
  /** A cell spanned several columns or rows, and was printed in the first of them only. */
  flattened: boolean;
}

/** A cell where it stands in the grid, with its row (whose alignment it may take). */
interface Placed {
  cell: Element;
  row: Element;
}
/** A place of the grid covered by a cell spanning from before it. */
const SPANNED = 'spanned';
type Slot = Placed | typeof SPANNED | undefined;

/** HTML's own limit: a larger `colspan` is read as this. */
const MOST_COLUMNS_SPANNED = 1000;

export function readHtmlTable(element: Element): HtmlTable | undefined {
  if (holdsTable(element)) return undefined;
  const head: Element[][] = [];
  const bodies: Element[][] = [];
  const feet: Element[][] = [];
  let caption = '';
  let loose: Element[] | undefined;
  for (const child of elements(element.children)) {
    if (child.tagName === 'tr') {
      // Rows straight in the table (the parser puts them in a <tbody>, but a tree built otherwise may not).
      if (!loose) bodies.push((loose = []));
      loose.push(child);
      continue;
    }
    loose = undefined;
    const rows = elements(child.children).filter((row) => row.tagName === 'tr');
    if (child.tagName === 'thead') head.push(rows);
    else if (child.tagName === 'tbody') bodies.push(rows);
    else if (child.tagName === 'tfoot') feet.push(rows);
    else if (child.tagName === 'caption' && caption === '') caption = toText(child).replace(/\s+/g, ' ').trim();
  }
  const sections = [...head, ...bodies, ...feet].map(sectionGrid);
  const grid = sections.flatMap((section) => section.grid);
  const flattened = sections.some((section) => section.flattened);
  const kept = keptColumns(grid);
  const rows = grid.map((slots) => kept.map((column) => slots[column]));
  const firstRow = rows[0] ?? [];
  const header =
    head.some((section) => section.length > 0) ||
    (firstRow.some(isPlaced) && firstRow.every((slot) => !isPlaced(slot) || slot.cell.tagName === 'th'));
  const columnAlign: AlignType[] = kept.map((_, column) => {
    const slot = firstRow[column];
    return header && isPlaced(slot) ? (ownAlignment(slot) ?? null) : null;
  });
  const table: Table = {
    type: 'table',
    align: columnAlign,
    children: rows.map((slots, rowIndex) => ({
      type: 'tableRow',
      children: slots.map((slot, column) => (isPlaced(slot) ? tableCell(slot, rowIndex === 0 && header, columnAlign[column] ?? null) : { type: 'tableCell', children: [] })),
    })),
  };
  return { table, header, caption, flattened };
}

function tableCell(slot: Placed, inHeader: boolean, columnAlign: AlignType): TableCell {
  const content = cellPhrasing(slot.cell);
  // A <th> outside the header row labels its row: bold, as a browser shows it (the header row is bold as a whole).
  const children: PhrasingContent[] = slot.cell.tagName === 'th' && !inHeader && content.length > 0 ? [{ type: 'strong', children: content }] : content;
  const align = ownAlignment(slot);
  return { type: 'tableCell', children, ...(align && align !== columnAlign ? { data: { align } } : {}) };
}

/**
 * One section's rows (a `<thead>`, a `<tbody>`, a `<tfoot>`) as a grid: each cell in the first
 * free place of its row, the places it spans covered. A `rowspan` reaches no further than its
 * section (`rowspan="0"`: to its end), as in a browser.
 */
function sectionGrid(rows: readonly Element[]): { grid: Slot[][]; flattened: boolean } {
  const grid: Slot[][] = rows.map(() => []);
  let flattened = false;
  rows.forEach((row, r) => {
    let column = 0;
    for (const cell of elements(row.children)) {
      if (cell.tagName !== 'td' && cell.tagName !== 'th') continue;
      while (grid[r]![column] !== undefined) column++;
      const across = Math.min(spanOf(cell.properties.colSpan) ?? 1, MOST_COLUMNS_SPANNED);
      const askedDown = spanOf(cell.properties.rowSpan, true) ?? 1;
      const down = askedDown === 0 ? rows.length - r : Math.min(askedDown, rows.length - r);
      for (let dr = 0; dr < down; dr++) {
        for (let dc = 0; dc < across; dc++) grid[r + dr]![column + dc] = dr === 0 && dc === 0 ? { cell, row } : SPANNED;
      }
      if (across > 1 || down > 1) flattened = true;
      column += across;
    }
  });
  return { grid, flattened };
}

/** A `colspan` or `rowspan` as a whole number of at least one (or 0 for a `rowspan`, when `zero`); undefined when not one. */
function spanOf(value: unknown, zero = false): number | undefined {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number.parseInt(value, 10) : NaN;
  if (!Number.isInteger(number)) return undefined;
  return number >= 1 || (zero && number === 0) ? number : undefined;
}

/** The columns where some cell stands: one only spans cover holds nothing to print. */
function keptColumns(grid: readonly Slot[][]): number[] {
  const columns = Math.max(0, ...grid.map((slots) => slots.length));
  return Array.from({ length: columns }, (_, column) => column).filter((column) => grid.some((slots) => isPlaced(slots[column])));
}

function isPlaced(slot: Slot): slot is Placed {
  return typeof slot === 'object';
}

/** The alignment a cell asks for itself, or its row for it. */
function ownAlignment(slot: Placed): Alignment | undefined {
  return declaredAlignment(slot.cell) ?? declaredAlignment(slot.row);
}

function elements(children: readonly ElementContent[]): Element[] {
  return children.filter((child): child is Element => child.type === 'element');
}

function holdsTable(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'table' || holdsTable(child)));
}
