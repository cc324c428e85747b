/**
 * The display list: what layout produces and painting consumes.
 *
 * Layout turns content into rows of positioned draw items without touching
 * the page; a row's height is therefore known before anything is drawn, and
 * the placement step can move whole rows between columns and pages. The
 * height used for placement and the drawing come from the same items, so
 * they cannot disagree.
 */
import type { FontKey } from './fonts.js';
import type { Picture } from './pictures.js';

/** Text drawn with its baseline at `y`. */
export interface TextItem {
  kind: 'text';
  x: number;
  y: number;
  text: string;
  font: FontKey;
  size: number;
  color: string;
  /** Synthetic italic (the fonts have no italic faces). */
  oblique?: boolean;
  /** Width as measured by layout (for underlines and link areas). */
  width: number;
  underline?: boolean;
}

export interface RectItem {
  kind: 'rect';
  x: number;
  y: number;
  w: number;
  h: number;
  fill?: string;
  stroke?: string;
  lineWidth?: number;
  radius?: number;
}

export interface LineItem {
  kind: 'line';
  x1: number;
  y1: number;
  x2: number;
  y2: number;
  color: string;
  width: number;
  dash?: number;
}

/** An SVG (rendered math) scaled into the box with top-left corner (x, y). */
export interface SvgItem {
  kind: 'svg';
  x: number;
  y: number;
  w: number;
  h: number;
  svg: string;
}

/** A picture of an answer (pictures.ts) scaled into the box with top-left corner (x, y). */
export interface PictureItem {
  kind: 'picture';
  x: number;
  y: number;
  w: number;
  h: number;
  picture: Picture;
}

/** A clickable area opening a URL. */
export interface LinkItem {
  kind: 'link';
  x: number;
  y: number;
  w: number;
  h: number;
  url: string;
}

/** A clickable area jumping to a named destination in the document. */
export interface GoToItem {
  kind: 'goto';
  x: number;
  y: number;
  w: number;
  h: number;
  target: string;
}

/**
 * The page number of a named destination, right-aligned at `right`; known
 * only after placement, so painting fills it in. Its width is reserved by
 * layout.
 */
export interface PageRefItem {
  kind: 'pageRef';
  right: number;
  y: number;
  target: string;
  font: FontKey;
  size: number;
  color: string;
}

export type DrawItem = TextItem | RectItem | LineItem | SvgItem | PictureItem | LinkItem | GoToItem | PageRefItem;

/** A horizontal slice of content: never split between columns. */
export interface Row {
  height: number;
  items: DrawItem[];
  /** Baseline of the row's text, from its top (for list markers). */
  baseline?: number;
  /** Pure vertical space: dropped when it would start or end a column. */
  gap?: boolean;
  /** Never the last row of a column's piece, unless the piece is alone in its column (a card's question). */
  keepWithNext?: boolean;
  /**
   * Drawn above this row when a column's piece starts at it, if both fit there: a table's header
   * row, so that a table continued in another column shows again what its columns hold.
   */
  repeatedHead?: Row;
}

export function gapRow(height: number): Row {
  return { height, items: [], gap: true };
}

export function translateItem(item: DrawItem, dx: number, dy: number): DrawItem {
  switch (item.kind) {
    case 'line':
      return { ...item, x1: item.x1 + dx, x2: item.x2 + dx, y1: item.y1 + dy, y2: item.y2 + dy };
    case 'pageRef':
      return { ...item, right: item.right + dx, y: item.y + dy };
    default:
      return { ...item, x: item.x + dx, y: item.y + dy };
  }
}

/**
 * `change` applied to each row and to the head it repeats (`repeatedHead`), so that a repeated
 * table header is indented and decorated as the table it repeats.
 */
export function mapRows(rows: readonly Row[], change: (row: Row) => Row): Row[] {
  return rows.map((row) => (row.repeatedHead ? { ...change(row), repeatedHead: change(row.repeatedHead) } : change(row)));
}

/** Move every item of the rows right by `dx` (indentation). */
export function indentRows(rows: Row[], dx: number): Row[] {
  if (dx === 0) return rows;
  return mapRows(rows, (row) => ({ ...row, items: row.items.map((item) => translateItem(item, dx, 0)) }));
}

export function rowsHeight(rows: readonly Row[]): number {
  let height = 0;
  for (const row of rows) height += row.height;
  return height;
}

/** Join blocks of rows with a gap between consecutive non-empty blocks. */
export function stackBlocks(blocks: Row[][], gap: number): Row[] {
  const out: Row[] = [];
  for (const block of blocks) {
    if (block.length === 0) continue;
    // The gap after a row kept with the next is kept with it too: the row goes on to what follows the gap.
    if (out.length > 0) out.push(out.at(-1)!.keepWithNext ? { ...gapRow(gap), keepWithNext: true } : gapRow(gap));
    out.push(...block);
  }
  return out;
}
