/**
 * GFM tables: columns sized to their content and shrunk to fit the column
 * width, each table row one unsplittable row, header shaded and bold, rules
 * between rows and columns (the rules, not the shading, carry the grid).
 */
import type { Table } from 'mdast';
import { translateItem, type DrawItem, type Row } from './display-list.js';
import { inlineAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { COLOUR } from './theme.js';

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

/** Share `available` among columns: narrow ones keep their width, wide ones split the rest by need. */
function columnWidths(natural: number[], available: number): number[] {
  const total = natural.reduce((sum, width) => sum + width, 0);
  if (total <= available) return natural;
  const widths = natural.map(() => 0);
  let open = natural.map((_, index) => index);
  let left = available;
  for (;;) {
    const share = left / open.length;
    const narrow = open.filter((index) => natural[index]! <= share);
    if (narrow.length === 0) break;
    for (const index of narrow) {
      widths[index] = natural[index]!;
      left -= natural[index]!;
    }
    open = open.filter((index) => natural[index]! > share);
    if (open.length === 0) return widths;
  }
  const need = open.reduce((sum, index) => sum + natural[index]!, 0);
  // Many columns in a narrow space: the minimum gives way before the table overflows.
  const minimum = Math.min(MIN_COLUMN, available / natural.length);
  for (const index of open) widths[index] = Math.max(minimum, (left * natural[index]!) / need);
  // Minimums may have pushed the sum past what there is: shrink everything evenly.
  const sum = widths.reduce((total, width) => total + width, 0);
  return sum > available ? widths.map((width) => (width * available) / sum) : widths;
}

export function tableRows(table: Table, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  const columns = Math.max(0, ...table.children.map((row) => row.children.length));
  if (columns === 0) return [];
  const styleOf = (rowIndex: number): InlineStyle => (rowIndex === 0 ? { ...base, weight: 'bold' } : base);
  const atoms = table.children.map((row, rowIndex) =>
    Array.from({ length: columns }, (_, column) => inlineAtoms(row.children[column]?.children ?? [], styleOf(rowIndex), COLOUR.link)),
  );
  const natural = Array.from({ length: columns }, (_, column) =>
    Math.max(Math.min(MIN_COLUMN, width / columns), ...atoms.map((cells, rowIndex) => naturalWidth(inlineRows(cells[column]!, styleOf(rowIndex), UNBOUNDED, context)) + 0.5)),
  );
  const widths = columnWidths(natural, width - columns * 2 * PAD_X);
  const tableWidth = widths.reduce((sum, w) => sum + w + 2 * PAD_X, 0);
  return atoms.map((cells, rowIndex) => {
    const laidOut = cells.map((cell, column) => inlineRows(cell, styleOf(rowIndex), widths[column]!, context));
    const height = Math.max(...laidOut.map((rows) => rows.reduce((sum, row) => sum + row.height, 0))) + 2 * PAD_Y;
    const items: DrawItem[] = [];
    if (rowIndex === 0) items.push({ kind: 'rect', x: 0, y: 0, w: tableWidth, h: height, fill: COLOUR.tableHeadFill });
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
    items.push({ kind: 'line', x1: 0, y1: height, x2: tableWidth, y2: height, color: COLOUR.tableRule, width: rowIndex === 0 ? 0.6 : 0.3 });
    return { height, items };
  });
}
