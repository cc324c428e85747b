/**
 * Sizing a table's columns: content sets them, the column of the sheet bounds them, and a
 * column is not narrower than its longest word while the longest words fit. Cells are aligned
 * as the table's delimiter row says. A table split across columns shows its header again.
 */
import { describe, expect, it } from 'vitest';
import type { Table } from 'mdast';
import { blockRows } from '../../../src/export/pdf/blocks.js';
import type { Row } from '../../../src/export/pdf/display-list.js';
import { columnWidths, tableRows } from '../../../src/export/pdf/table-layout.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { blockOf, placeBlocks, type ColumnFrame } from '../../../src/export/pdf/placement.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { BODY, layoutKit } from './layout-kit.js';
import { TYPE } from '../../../src/export/pdf/theme.js';

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

  it('when even the longest words do not fit, keeps the short ones whole and cuts only the columns whose words are too long', () => {
    // 20 + 300 + 150 > 220: the 20 keeps its word, the two others share the 200 left.
    const widths = columnWidths([40, 320, 160], [20, 300, 150], 220);
    expect(widths[0]).toBe(20);
    expect(widths[1]).toBeCloseTo(100, 6);
    expect(widths[2]).toBeCloseTo(100, 6);
  });

  it('gives a cut column no less than a fair share, and a word narrower than that share its whole width', () => {
    // The fair share is 70 (30 + 70 + 70 = 170): the 60 is not cut to make the 400 a little less cut.
    expect(columnWidths([30, 60, 400], [30, 60, 400], 170)).toEqual([30, 60, 80]);
    // Two long words of unequal length are cut to the same width: the narrower is cut as little as can be.
    expect(columnWidths([100, 300], [60, 140], 100)).toEqual([50, 50]);
  });

  it('when even the longest words do not fit, narrows a column of running text before it cuts a column of numbers', () => {
    // 50 + 60 + 50 > 130: the middle column wraps anyway (running text), and gives what the numbers lack.
    expect(columnWidths([60, 400, 60], [50, 60, 50], 130, [false, true, false])).toEqual([50, 30, 50]);
    // Without running text, the numbers share the room as before.
    const shared = columnWidths([60, 400, 60], [50, 60, 50], 130);
    expect(shared.every((width) => width < 50)).toBe(true);
  });

  it('cuts the numbers too when the running text would be left narrower than a few characters', () => {
    // Numbers whole would leave the running text 10: every column is cut to a fair share instead.
    const widths = columnWidths([60, 400, 60], [50, 60, 50], 110, [false, true, false]);
    expect(widths).toEqual(columnWidths([60, 400, 60], [50, 60, 50], 110));
    expect(widths[1]).toBeCloseTo(110 / 3, 6);
  });

  it('never gives a negative or undefined width, even with no room at all', () => {
    expect(columnWidths([10, 10], [10, 10], -4)).toEqual([0, 0]);
    expect(columnWidths([5, 5], [0, 0], -4)).toEqual([0, 0]);
  });
});

describe('tableRows', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const table = (markdown: string) => parseMarkdown(markdown).tree.children[0] as Table;

  it('does not cut a long word of a narrow column while a wide column can give way', () => {
    const rows = tableRows(
      table(
        '| Scheduler | Notes |\n|---|---|\n' +
          '| torch.optim.lr_scheduler.ReduceLROnPlateau | It lowers the learning rate when the validation loss stops improving for a number of epochs, which helps a model settle into a minimum. |',
      ),
      220,
      context,
      BODY,
    );
    const texts = rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])));
    expect(texts).toContain('torch.optim.lr_scheduler.ReduceLROnPlateau');
    // The wide column wrapped instead: its sentence is on several lines.
    expect(rows[1]!.height).toBeGreaterThan(rows[0]!.height * 2);
  });

  it('keeps short cells whole beside an identifier and a URL that have to be cut anyway', () => {
    const rows = tableRows(
      table(
        '| 이름 | 정확도 | 링크 |\n|---|---|---|\n' +
          '| resnet50_imagenet_pretrained_finetuned_v2_final | 90.1% | https://example.com/models/resnet50/imagenet/v2 |',
      ),
      240,
      context,
      BODY,
    );
    const texts = rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])));
    expect(texts).toContain('정확도');
    expect(texts).toContain('90.1%');
    // The URL's pieces break where the line breaker breaks them (after a slash), its longest one whole.
    expect(texts).toContain('https://example.com/');
    // Only the identifier, wider than any share of the column, is cut.
    expect(texts).not.toContain('resnet50_imagenet_pretrained_finetuned_v2_final');
    expect(texts.join('')).toContain('resnet50_imagenet_pretrained_finetuned_v2_final');
  });

  it('keeps the numbers of a crowded comparison table whole: its column of notes gives way, its long words cut', () => {
    const markdown =
      '| Model | Notes | Accuracy | F1 | Params | Latency (ms) |\n|---|---|---:|---:|---:|---:|\n' +
      '| Logistic regression | A linear model trained with cross-entropy; fast, well calibrated, and a strong baseline. | 0.8412 | 0.8123 | 1,000 | 0.05 |\n' +
      '| Random forest | Bagged decision trees on bootstrap samples; robust to outliers and needs little tuning. | 0.9123 | 0.9011 | 1,000,000 | 1.20 |\n' +
      '| MLP | A feed-forward network with two hidden layers, trained with Adam and early stopping. | 0.9056 | 0.8990 | 12,345,678 | 0.80 |';
    const rows = tableRows(table(markdown), 220, context, BODY);
    const drawn = rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? item.text.split(' ') : [])));
    // The table is crowded: its longest words do not all fit, and some word of the notes is cut.
    const notes = markdown.split('\n').slice(2).flatMap((line) => line.split('|')[2]!.trim().split(' '));
    expect(notes.some((word) => !drawn.includes(word))).toBe(true);
    // Yet every number is printed whole, on one line.
    const numbers = markdown.match(/\d[\d.,]*\d/g)!.filter((number) => number.length > 2);
    for (const number of numbers) expect(drawn).toContain(number);
  });

  it('is set smaller, down to a least size, when its longest words do not fit the column at the body size: every number whole', () => {
    const markdown =
      '| Model | Params | Top-1 | Top-5 | FLOPs | Latency | Year |\n|---|---:|---:|---:|---:|---:|---:|\n' +
      '| ResNet | 25.6 | 76.13 | 92.86 | 4.09 | 12.34 | 2015 |\n| ViT | 304.3 | 85.15 | 97.45 | 190.70 | 98.10 | 2020 |';
    const drawnIn = (width: number) => tableRows(table(markdown), width, context, BODY).flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item] : [])));
    const narrow = drawnIn(170);
    const sizes = new Set(narrow.map((item) => item.size));
    expect(Math.max(...sizes)).toBeLessThan(BODY.size);
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(TYPE.tableLeast);
    for (const number of markdown.match(/\d[\d.]*\d/g)!) expect(narrow.map((item) => item.text)).toContain(number);
    // A column wide enough for its longest words keeps the body size.
    expect(new Set(drawnIn(400).map((item) => item.size))).toEqual(new Set([BODY.size]));
    // So does a table whose long word no size would fit: it is cut either way, and smaller for nothing.
    const url = tableRows(table('| Topic | Source |\n|---|---|\n| L2 | https://example.com/a/very/long/path/without/any/break/regularisation-and-weight-decay-explained |'), 120, context, BODY);
    expect(new Set(url.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.size] : []))))).toEqual(new Set([BODY.size]));
  });

  it('lets a long word break where the line breaker breaks it (after a hyphen), not only at spaces', () => {
    // "decoupled-" is the widest piece, not the whole compound: the narrow column may wrap it.
    const rows = tableRows(table('| A | B |\n|---|---|\n| weight-decay-decoupled-from-gradient-update | ' + 'word '.repeat(60) + '|'), 400, context, BODY);
    const texts = rows.flatMap((row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : [])));
    expect(texts).not.toContain('weight-decay-decoupled-from-gradient-update');
    expect(texts.some((text) => text.endsWith('-'))).toBe(true);
  });

  it('aligns each column as its delimiter row says: left, centred or right (numbers line up on their last digit)', () => {
    const rows = tableRows(
      table('| Model | Size | Top-1 |\n| :--- | :---: | ---: |\n| ResNet-50 | 25.6M | 76.1 |\n| ViT-B/16 | 86M | 81.85 |'),
      300,
      context,
      BODY,
    );
    const cell = (text: string) => {
      const item = rows.flatMap((row) => row.items).find((item) => item.kind === 'text' && item.text === text);
      if (item?.kind !== 'text') throw new Error(`no cell ${text}`);
      return { left: item.x, centre: item.x + item.width / 2, right: item.x + item.width };
    };
    // Left: every cell starts at the column's left edge.
    expect(cell('ResNet-50').left).toBeCloseTo(cell('Model').left, 6);
    expect(cell('ViT-B/16').left).toBeCloseTo(cell('Model').left, 6);
    // Centred: every cell's middle is the column's middle, whatever its width.
    expect(cell('25.6M').centre).toBeCloseTo(cell('Size').centre, 6);
    expect(cell('86M').centre).toBeCloseTo(cell('Size').centre, 6);
    expect(cell('86M').left).toBeGreaterThan(cell('25.6M').left);
    // Right: every cell ends at the column's right edge, the header too.
    expect(cell('76.1').right).toBeCloseTo(cell('81.85').right, 6);
    expect(cell('76.1').right).toBeCloseTo(cell('Top-1').right, 6);
    expect(cell('76.1').left).toBeGreaterThan(cell('81.85').left);
  });
});

describe('a table split across columns', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const frame: ColumnFrame = { columns: 3, columnWidth: 200, columnGap: 10, left: 0, top: 0, firstTop: 0, bottom: 150 };
  const losses = parseMarkdown('| Epoch | Loss |\n|---|---:|\n' + Array.from({ length: 30 }, (_, k) => `| ${k + 1} | 0.${99 - k} |`).join('\n')).tree
    .children[0] as Table;
  const texts = (row: Row) => row.items.flatMap((item) => (item.kind === 'text' ? [item.text] : []));
  /** The pieces of one block of rows placed from the top of the first column. */
  const pieces = (rows: Row[]) =>
    placeBlocks([blockOf(rows, { framed: true, keepWithNext: false, spaceBefore: 0 })], frame, () =>
      blockOf([], { framed: false, keepWithNext: false, spaceBefore: 0 }),
    ).flatMap((page) => page.segments.map((segment) => segment.rows));

  it('starts each column it continues in with its header row again', () => {
    const placed = pieces(tableRows(losses, frame.columnWidth, context, BODY));
    expect(placed.length).toBeGreaterThan(1);
    for (const piece of placed) expect(texts(piece[0]!)).toEqual(['Epoch', 'Loss']);
    // Each row of the table is still printed once.
    const epochs = placed.flat().flatMap(texts).filter((text) => /^\d+$/.test(text));
    expect(epochs).toEqual(Array.from({ length: 30 }, (_, k) => String(k + 1)));
  });

  it('never leaves its header row alone at the foot of a column: the header goes on with the first row', () => {
    const [header, body] = tableRows(losses, frame.columnWidth, context, BODY);
    // Text above the table leaves room for the header, not for the header and a row.
    const above: Row = { height: frame.bottom - header!.height - body!.height / 2, items: [] };
    const placed = pieces([above, ...tableRows(losses, frame.columnWidth, context, BODY)]);
    expect(placed[0]).toEqual([above]);
    expect(texts(placed[1]![0]!)).toEqual(['Epoch', 'Loss']);
    expect(placed.flat().filter((row) => texts(row).includes('Epoch'))).toHaveLength(placed.length - 1);
  });

  it('repeats the header drawn as the table draws it, inside a quote too (indented, with the quote rule)', () => {
    const rows = blockRows(parseMarkdown('> | Epoch | Loss |\n> |---|---:|\n> | 1 | 0.99 |\n> | 2 | 0.98 |').tree.children, 200, context, BODY);
    expect(rows[1]!.repeatedHead?.items).toEqual(rows[0]!.items);
    expect(rows[2]!.repeatedHead?.items).toEqual(rows[0]!.items);
  });
});
