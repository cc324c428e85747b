/**
 * A heading inside an answer titles what follows it: placed in columns, it is never left alone at a
 * column's foot, its text at the head of the next.
 */
import { describe, expect, it } from 'vitest';
import { blockRows } from '../../../src/export/pdf/blocks.js';
import type { Row } from '../../../src/export/pdf/display-list.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { blockOf, placeBlocks, type ColumnFrame } from '../../../src/export/pdf/placement.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { BODY, layoutKit } from './layout-kit.js';

describe('a heading in an answer split across columns', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const texts = (rows: readonly Row[]) => rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : []))).join(' ');

  it('goes on to the next column with the text under it', () => {
    const rows = blockRows(parseMarkdown('First point of the answer.\n\n### Section heading\n\nWhat the section says.').tree.children, 200, context, BODY);
    const [first, gap, heading] = rows;
    // A column that holds the first paragraph, the gap and the heading, but not the text under it.
    const bottom = first!.height + gap!.height + heading!.height + 1;
    const frame: ColumnFrame = { columns: 3, columnWidth: 200, columnGap: 10, left: 0, top: 0, firstTop: 0, bottom };
    const pieces = placeBlocks([blockOf(rows, { framed: true, keepWithNext: false, spaceBefore: 0 })], frame, () => blockOf([], { framed: false, keepWithNext: false, spaceBefore: 0 }))
      .flatMap((page) => page.segments.map((segment) => segment.rows));
    expect(pieces.map(texts)).toEqual(['First point of the answer.', 'Section heading What the section says.']);
  });
});
