/**
 * Column and page placement of measured blocks (pdfkit's `columns` cannot
 * do this: it only moves on at a fixed height and leaves `doc.y` at the end
 * of the last column).
 *
 * Rules: a block goes where it fits whole; otherwise to the next column (a
 * new page after the last). Only a block taller than a column is split, at
 * row boundaries, starting where it stands when enough room is left. A topic
 * band stays with the start of the block after it. When a section runs into
 * a new column, the column opens with a small "(continued)" band; a piece
 * that continues a table starts with the table's header row again, if the
 * header and one row of the table fit there (else the rows go on without it).
 */
import type { Row } from './display-list.js';

export interface BlockMark {
  /** 0: a topic or section, 1: a question. */
  level: 0 | 1;
  title: string;
  /** Named destination for links (contents entries). */
  anchor?: string;
}

export interface FlowBlock {
  rows: Row[];
  height: number;
  /** Draw a frame around each placed piece (cards). */
  framed: boolean;
  /** Keep in the same column as the start of the next block (bands). */
  keepWithNext: boolean;
  /** The section this block belongs to, named again where the section continues in a new column. */
  section?: string;
  /** Outline entry (and destination) at the block's start. */
  mark?: BlockMark;
  /** Named in the "(continued)" band when this block itself is split (a long card's question). */
  continuedLabel?: string;
  /** Space above the block, dropped at the top of a column. */
  spaceBefore: number;
}

export interface Segment {
  block: FlowBlock;
  rows: Row[];
  x: number;
  y: number;
  width: number;
  height: number;
  /** The block's first piece (carries its mark). */
  first: boolean;
}

export interface PlacedPage {
  segments: Segment[];
}

export interface ColumnFrame {
  columns: number;
  columnWidth: number;
  columnGap: number;
  left: number;
  /** Top of the columns on pages after the first. */
  top: number;
  /** Top of the columns on the first page (under the title block). */
  firstTop: number;
  bottom: number;
}

/** Leave less than this at the bottom of a column and a long block starts in the next one. */
const MIN_SPLIT_ROOM = 48;
/** Rows of the next block a band needs beside it when that block cannot come whole. */
const BAND_LEAD_ROWS = 4;

export function blockOf(rows: Row[], options: Omit<FlowBlock, 'rows' | 'height'>): FlowBlock {
  return { rows, height: rows.reduce((sum, row) => sum + row.height, 0), ...options };
}

function leadHeight(block: FlowBlock, rows: number): number {
  return block.rows.slice(0, rows).reduce((sum, row) => sum + row.height, 0);
}

/** The head a piece starting at `row` repeats (a table's header), when the two fit in `room`. */
function headFitting(row: Row, room: number): Row | undefined {
  const head = row.repeatedHead;
  return head && head.height + row.height <= room + 0.01 ? head : undefined;
}

class Cursor {
  readonly pages: PlacedPage[] = [{ segments: [] }];
  column = 0;
  y: number;
  /** Where the column's own content starts: its top, or under the "(continued)" band that opens it. */
  contentTop: number;

  constructor(private readonly frame: ColumnFrame) {
    this.y = frame.firstTop;
    this.contentTop = this.y;
  }

  /** Nothing placed in this column yet but, maybe, its band. */
  get empty(): boolean {
    return this.y <= this.contentTop + 0.01;
  }

  get top(): number {
    return this.pages.length === 1 ? this.frame.firstTop : this.frame.top;
  }

  get room(): number {
    return this.frame.bottom - this.y;
  }

  get atTop(): boolean {
    return this.y <= this.top + 0.01;
  }

  get columnHeight(): number {
    return this.frame.bottom - this.frame.top;
  }

  get x(): number {
    return this.frame.left + this.column * (this.frame.columnWidth + this.frame.columnGap);
  }

  nextColumn(): void {
    this.column += 1;
    if (this.column >= this.frame.columns) {
      this.column = 0;
      this.pages.push({ segments: [] });
    }
    this.y = this.top;
    this.contentTop = this.y;
  }

  put(block: FlowBlock, rows: Row[], first: boolean): void {
    const height = rows.reduce((sum, row) => sum + row.height, 0);
    this.pages[this.pages.length - 1]!.segments.push({
      block,
      rows,
      x: this.x,
      y: this.y,
      width: this.frame.columnWidth,
      height,
      first,
    });
    this.y += height;
  }
}

export function placeBlocks(
  blocks: readonly FlowBlock[],
  frame: ColumnFrame,
  continued: (section: string, label?: string) => FlowBlock,
): PlacedPage[] {
  const cursor = new Cursor(frame);

  const newColumn = (section: string | undefined, label?: string): void => {
    cursor.nextColumn();
    if (section !== undefined) {
      const band = continued(section, label);
      cursor.put(band, band.rows, false);
      cursor.contentTop = cursor.y;
    }
  };

  /** Place a block from here on, splitting at rows into following columns as needed. */
  const flow = (block: FlowBlock): void => {
    let rows = block.rows;
    let first = true;
    while (rows.length > 0) {
      const head = headFitting(rows[0]!, cursor.room);
      let taken = 0;
      let height = head?.height ?? 0;
      while (taken < rows.length && height + rows[taken]!.height <= cursor.room + 0.01) {
        height += rows[taken]!.height;
        taken += 1;
      }
      // A single row taller than what a column holds (under its band, too) goes where it stands: a
      // further column would hold it no better (render.ts reports it).
      if (taken === 0 && cursor.empty) taken = 1;
      // Never leave a piece that is only spacing.
      while (taken > 0 && taken < rows.length && rows[taken - 1]!.gap) taken -= 1;
      // Nor one that ends on a row kept with the next (a card's question), unless the column holds nothing else.
      let kept = taken;
      while (kept > 0 && kept < rows.length && rows[kept - 1]!.keepWithNext) kept -= 1;
      if (kept > 0 || !cursor.empty) taken = kept;
      if (taken > 0) {
        cursor.put(block, head ? [head, ...rows.slice(0, taken)] : rows.slice(0, taken), first);
        first = false;
        rows = rows.slice(taken);
      }
      while (rows.length > 0 && rows[0]!.gap) rows = rows.slice(1);
      if (rows.length > 0) newColumn(block.section, first ? undefined : block.continuedLabel);
    }
  };

  let afterBand = false;
  blocks.forEach((block, index) => {
    const next = blocks[index + 1];
    const space = cursor.atTop ? 0 : block.spaceBefore;
    let need = block.height;
    if (block.keepWithNext && next) {
      const besides = cursor.columnHeight - block.height - next.spaceBefore;
      need += next.spaceBefore + (next.height <= besides ? next.height : leadHeight(next, BAND_LEAD_ROWS));
    }
    if (space + need <= cursor.room + 0.01) {
      cursor.y += space;
      cursor.put(block, block.rows, true);
    } else if (cursor.atTop || (afterBand && !block.keepWithNext)) {
      cursor.y += space;
      flow(block);
    } else if (block.height > cursor.columnHeight && !block.keepWithNext && cursor.room - space >= MIN_SPLIT_ROOM) {
      cursor.y += space;
      flow(block);
    } else {
      newColumn(block.keepWithNext ? undefined : block.section);
      flow(block);
    }
    afterBand = block.keepWithNext;
  });
  return cursor.pages;
}
