/**
 * Sizing a table's columns: content sets them, the column of the sheet bounds them, and a
 * column is not narrower than its longest word while the longest words fit.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { columnWidths, tableRows } from '../../../src/export/pdf/table-layout.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { BODY, layoutKit } from './layout-kit.js';

const sum = (widths: number[]) => widths.reduce((total, width) => total + width, 0);

describe('columnWidths', () => {
  it('keeps natural widths that fit', () => {
    expect(columnWidths([30, 50], [10, 20], 100)).toEqual([30, 50]);
  });

  it('gives every column its longest word, and the rest by what each lacks of its natural width', () => {
    const widths = columnWidths([40, 200], [40, 60], 160);
    expect(widths[0]).toBe(40);
    expect(widths[1]).toBeCloseTo(120, 6);
    expect(sum(widths)).toBeCloseTo(160, 6);
  });

  it('shrinks in proportion to the longest words when even they do not fit', () => {
    const widths = columnWidths([100, 300], [60, 140], 100);
    expect(widths[0]).toBeCloseTo(30, 6);
    expect(widths[1]).toBeCloseTo(70, 6);
  });
});

describe('tableRows', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const table = (markdown: string) => parseMarkdown(markdown).tree.children[0] as Table;

  it('does not cut a long word of a narrow column while a wide column can give way', () => {
    const rows = tableRows(
      table(
        '| Optimiser | Notes |\n|---|---|\n' +
          '| AdamW-with-decoupled-decay | It keeps weight decay out of the adaptive update, which is what makes it regularise as plain SGD with decay does, and it is the default for transformers. |',
      ),
      220,
      context,
      BODY,
    );
    const texts = rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])));
    expect(texts).toContain('AdamW-with-decoupled-decay');
    // The wide column wrapped instead: its sentence is on several lines.
    expect(texts.filter((text) => text.includes('weight') || text.includes('transformers')).length).toBeGreaterThan(0);
    expect(rows[1]!.height).toBeGreaterThan(rows[0]!.height * 2);
  });
});
