/**
 * Column and page placement: whole cards where they fit, splits only for
 * cards taller than a column, bands kept with what follows, "(continued)"
 * bands where a topic runs into a new column, a table's header over its
 * continuation.
 */
import { describe, expect, it } from 'vitest';
import type { Row } from '../../../src/export/pdf/display-list.js';
import { blockOf, placeBlocks, type ColumnFrame, type FlowBlock } from '../../../src/export/pdf/placement.js';
import { contentsRows } from '../../../src/export/pdf/contents.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { layoutKit } from './layout-kit.js';

const frame: ColumnFrame = { columns: 2, columnWidth: 100, columnGap: 10, left: 20, top: 10, firstTop: 10, bottom: 110 };

function rows(count: number, height = 10): Row[] {
  return Array.from({ length: count }, () => ({ height, items: [] }));
}

function card(lines: number, section = 'Topic'): FlowBlock {
  return blockOf(rows(lines), { framed: true, keepWithNext: false, section, spaceBefore: 4 });
}

function band(): FlowBlock {
  return blockOf(rows(1, 12), { framed: false, keepWithNext: true, spaceBefore: 6, mark: { level: 0, title: 'T' } });
}

const continued = (section: string): FlowBlock =>
  blockOf([{ height: 8, items: [] }], { framed: false, keepWithNext: false, spaceBefore: 0, section: `cont:${section}` });

function segmentsOf(block: FlowBlock, pages: ReturnType<typeof placeBlocks>) {
  return pages.flatMap((page, index) => page.segments.filter((segment) => segment.block === block).map((segment) => ({ ...segment, page: index })));
}

describe('placeBlocks', () => {
  it('moves a card that does not fit to the next column instead of splitting it', () => {
    const first = card(6);
    const second = card(6);
    const pages = placeBlocks([first, second], frame, continued);
    expect(segmentsOf(second, pages)).toHaveLength(1);
    const [segment] = segmentsOf(second, pages);
    expect(segment!.x).toBe(130);
    expect(segment!.height).toBe(60);
  });

  it('opens a new page after the last column', () => {
    const blocks = [card(9), card(9), card(9)];
    const pages = placeBlocks(blocks, frame, continued);
    expect(pages).toHaveLength(2);
    expect(segmentsOf(blocks[2]!, pages)[0]!.page).toBe(1);
  });

  it('splits only a card taller than a column, at row boundaries, within the column height', () => {
    const tall = card(25);
    const pages = placeBlocks([card(2), tall], frame, continued);
    const pieces = segmentsOf(tall, pages);
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces.reduce((sum, piece) => sum + piece.rows.length, 0)).toBe(25);
    for (const piece of pieces) expect(piece.y + piece.height).toBeLessThanOrEqual(frame.bottom + 0.01);
    expect(pieces[0]!.first).toBe(true);
    expect(pieces.slice(1).every((piece) => !piece.first)).toBe(true);
  });

  it('places a row taller than what a column holds under its "(continued)" band, once, and goes on', () => {
    // Column height 100; a band takes 8: a 95 row fits no column that continues the topic.
    const tall = blockOf([...rows(2), { height: 95, items: [] }, ...rows(2)], { framed: true, keepWithNext: false, section: 'Topic', spaceBefore: 4 });
    const after = card(2);
    const pages = placeBlocks([card(5), tall, after], frame, continued);
    const pieces = segmentsOf(tall, pages);
    expect(pieces.reduce((sum, piece) => sum + piece.rows.length, 0)).toBe(5);
    expect(pieces.filter((piece) => piece.rows.some((row) => row.height === 95))).toHaveLength(1);
    expect(segmentsOf(after, pages)).toHaveLength(1);
    expect(pages.length).toBeLessThanOrEqual(2);
  });

  it('never leaves a card\'s question alone at the foot of a column: it goes on with the first line of its answer', () => {
    // 4 lines fill 40 of 100; a card taller than a column starts under them (56 left), where its two question
    // rows (20) fit but not the tall first row of its answer (40).
    const question = rows(2).map((row) => ({ ...row, keepWithNext: true }));
    const long = blockOf([...question, ...rows(1, 40), ...rows(6, 15)], { framed: true, keepWithNext: false, section: 'Topic', spaceBefore: 4 });
    const pages = placeBlocks([card(4), long], frame, continued);
    const [firstPiece] = segmentsOf(long, pages);
    expect(firstPiece!.x).toBe(130);
    expect(firstPiece!.rows.length).toBeGreaterThan(2);
  });

  it('keeps a topic band in the same column as the card after it', () => {
    const filler = card(7);
    const topic = band();
    const next = card(4);
    const pages = placeBlocks([filler, topic, next], frame, continued);
    const [bandAt] = segmentsOf(topic, pages);
    const [cardAt] = segmentsOf(next, pages);
    expect(bandAt!.x).toBe(cardAt!.x);
    expect(bandAt!.x).toBe(130);
  });

  it('opens a column a topic continues into with a "(continued)" band', () => {
    const pages = placeBlocks([card(6, 'Optimization'), card(6, 'Optimization')], frame, continued);
    const column2 = pages[0]!.segments.filter((segment) => segment.x === 130);
    expect(column2[0]!.block.section).toBe('cont:Optimization');
  });

  it('starts each piece that continues a table with the table\'s header row, as a printed table does', () => {
    const header: Row = { height: 12, items: [], keepWithNext: true };
    const body = rows(20).map((row) => ({ ...row, repeatedHead: header }));
    const table = blockOf([...rows(2), header, ...body], { framed: true, keepWithNext: false, section: 'Topic', spaceBefore: 4 });
    const pieces = segmentsOf(table, placeBlocks([table], frame, continued));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces.slice(1)) {
      expect(piece.rows[0]).toBe(header);
      expect(piece.rows[1]!.repeatedHead).toBe(header);
      expect(piece.y + piece.height).toBeLessThanOrEqual(frame.bottom + 0.01);
    }
    // Every row of the table is placed once; only the header is drawn again.
    const bodyPlaced = pieces.flatMap((piece) => piece.rows).filter((row) => row !== header);
    expect(bodyPlaced).toHaveLength(22);
  });

  it('continues a table without its header where the header and one row together do not fit', () => {
    // A column holds 100, 92 under its "(continued)" band: a 12 header and an 85 row fit only at the top of the first.
    const header: Row = { height: 12, items: [], keepWithNext: true };
    const body = rows(3, 85).map((row) => ({ ...row, repeatedHead: header }));
    const table = blockOf([header, ...body], { framed: true, keepWithNext: false, section: 'Topic', spaceBefore: 4 });
    const pieces = segmentsOf(table, placeBlocks([table], frame, continued));
    expect(pieces.map((piece) => piece.rows.length)).toEqual([2, 1, 1]);
    expect(pieces[0]!.rows[0]).toBe(header);
    expect(pieces.slice(1).every((piece) => piece.rows[0] !== header)).toBe(true);
  });

  it('drops the space above a block at the top of a column', () => {
    const second = card(6);
    const pages = placeBlocks([card(9), second], frame, continued);
    const [segment] = segmentsOf(second, pages);
    expect(segment!.y).toBe(frame.top + 8);
  });
});

describe('the contents', () => {
  it('keeps an entry of several lines whole when a column ends in it: its title is never cut from its page number', () => {
    const entries = Array.from({ length: 40 }, (_, k) => ({ title: `Topic ${k + 1}: a rather long name that wraps in a narrow column`, note: '1', target: `topic-${k + 1}` }));
    const context = { shaper: layoutKit().shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
    const laid = contentsRows(entries, 100, context);
    expect(laid.length).toBeGreaterThan(entries.length);
    const pieces = placeBlocks([blockOf(laid, { framed: false, keepWithNext: false, spaceBefore: 0 })], { ...frame, bottom: 230 }, continued).flatMap((page) =>
      page.segments.map((segment) => segment.rows),
    );
    expect(pieces.length).toBeGreaterThan(1);
    // A column of 18 rows, entries of 4 lines: each piece still ends with an entry's last line, which holds its page number.
    for (const piece of pieces) expect(piece.at(-1)!.items.some((item) => item.kind === 'pageRef')).toBe(true);
  });
});
