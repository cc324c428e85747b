/**
 * A raw HTML table in an answer (pasted from a docs site) is set as the sheet sets a GFM table: a
 * grid with a header row (from `<thead>`, or a first row of `<th>`) that is repeated where the table
 * continues, columns aligned as `align` or a `text-align` style says, and cells keeping their bold,
 * code, links and formulas. A cell spanning columns or rows is printed in the first of them, with a
 * note; a table holding a table, or one its HTML block does not close, is printed as lines of text,
 * with a note naming the question.
 */
import { describe, expect, it } from 'vitest';
import { blockRows } from '../../../src/export/pdf/blocks.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import type { DrawItem, Row, TextItem } from '../../../src/export/pdf/display-list.js';
import { renderPdf } from '../../../src/export/pdf/index.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { blockOf, placeBlocks, type ColumnFrame } from '../../../src/export/pdf/placement.js';
import { COLOUR } from '../../../src/export/pdf/theme.js';
import { mathRequests, prepareQuestion } from '../../../src/export/pdf/prepared-question.js';
import { makeBank, makeQuestion } from '../../fixtures/pdf/banks.js';
import { BODY, layoutKit } from './layout-kit.js';
import { readPdf } from './read-pdf.js';

const kit = layoutKit();
const WIDTH = 220;

/**
 * The rows of an answer as the sheet lays it out (read as the sheet reads it, its formulas typeset
 * up front), and the notes reported while laying it out.
 */
async function laidOut(markdown: string, options: { pictures?: boolean } = {}) {
  const prepared = prepareQuestion(makeQuestion({ question: 'How do they compare?', answer: markdown }), true);
  const math = new MathCache();
  await math.prepare(mathRequests([prepared]));
  const log = new DiagnosticLog();
  const context = {
    shaper: kit.shaper,
    math,
    reporter: log.about(null),
    ...(options.pictures ? { pictures: () => ({ problem: 'not looked up in this test' }) } : {}),
  };
  return { rows: blockRows(prepared.answer!.children, WIDTH, context, BODY), notes: log.list };
}

const texts = (items: readonly DrawItem[]): TextItem[] => items.filter((item): item is TextItem => item.kind === 'text');
const textsOf = (row: Row) => texts(row.items).map((item) => item.text);
const cell = (rows: readonly Row[], text: string): TextItem => {
  const found = texts(rows.flatMap((row) => row.items)).find((item) => item.text === text);
  if (!found) throw new Error(`no text "${text}" among ${JSON.stringify(texts(rows.flatMap((row) => row.items)).map((item) => item.text))}`);
  return found;
};
const shaded = (row: Row) => row.items.some((item) => item.kind === 'rect' && item.fill === COLOUR.tableHeadFill);

describe('a raw HTML table in an answer', () => {
  it('is laid out exactly as the same table written in GFM: grid, bold shaded header kept with the first row and repeated, right-aligned column', async () => {
    const html = await laidOut(
      '<table><thead><tr><th>Optimizer</th><th align="right">LR</th></tr></thead><tbody><tr><td>Adam</td><td>1e-3</td></tr><tr><td>SGD</td><td>1e-1</td></tr></tbody></table>',
    );
    const gfm = await laidOut('| Optimizer | LR |\n| --- | ---: |\n| Adam | 1e-3 |\n| SGD | 1e-1 |');
    expect(html.rows).toHaveLength(3);
    expect(html.rows).toEqual(gfm.rows);
    expect(html.notes).toEqual([]);
  });

  it('takes its header row from a first row of <th> when it has no <thead>', async () => {
    const { rows } = await laidOut('<table><tr><th>Model</th><th>Top-1</th></tr><tr><td>ResNet-50</td><td>76.1</td></tr><tr><td>ViT-B/16</td><td>81.8</td></tr></table>');
    expect(textsOf(rows[0]!)).toEqual(['Model', 'Top-1']);
    expect(shaded(rows[0]!)).toBe(true);
    expect(cell(rows, 'Model').font).toBe('sans-bold');
    expect(rows[0]!.keepWithNext).toBe(true);
    expect(rows[2]!.repeatedHead?.items).toEqual(rows[0]!.items);
  });

  it('has no header row when neither a <thead> nor a first row all <th> gives one: nothing shaded, bold or repeated', async () => {
    const { rows } = await laidOut('<table><tr><td>ResNet-50</td><td>76.1</td></tr><tr><td>ViT-B/16</td><td>81.8</td></tr></table>');
    expect(rows.map(textsOf)).toEqual([
      ['ResNet-50', '76.1'],
      ['ViT-B/16', '81.8'],
    ]);
    expect(rows.some(shaded)).toBe(false);
    expect(cell(rows, 'ResNet-50').font).toBe('sans');
    expect(rows.some((row) => row.keepWithNext || row.repeatedHead)).toBe(false);
    // Still a grid: a rule above the first row and one between the columns.
    expect(rows[0]!.items.some((item) => item.kind === 'line' && item.y1 === 0 && item.y2 === 0)).toBe(true);
    expect(rows[0]!.items.some((item) => item.kind === 'line' && item.x1 === item.x2 && item.x1 > 0)).toBe(true);
  });

  it('bolds a <th> that labels a body row, as a browser does', async () => {
    const { rows } = await laidOut('<table><tr><th>Adam</th><td>adaptive</td></tr><tr><th>SGD</th><td>plain</td></tr></table>');
    expect(cell(rows, 'SGD').font).toBe('sans-bold');
    expect(cell(rows, 'plain').font).toBe('sans');
    expect(rows.some(shaded)).toBe(false);
  });

  it('aligns a column as its header cell says (align or a text-align style), and a cell that says otherwise as it says', async () => {
    const { rows } = await laidOut(
      '<table><thead><tr><th>Model</th><th style="color: red; text-align: center">Size</th><th align="right">Top-1</th></tr></thead>' +
        '<tbody><tr><td>ResNet-50</td><td>25.6M</td><td>76.1</td></tr>' +
        '<tr><td align="right">ViT</td><td>86M</td><td style="text-align:left">81.85</td></tr></tbody></table>',
    );
    const box = (text: string) => {
      const item = cell(rows, text);
      return { left: item.x, centre: item.x + item.width / 2, right: item.x + item.width };
    };
    expect(box('ResNet-50').left).toBeCloseTo(box('Model').left, 6);
    expect(box('25.6M').centre).toBeCloseTo(box('Size').centre, 6);
    expect(box('86M').centre).toBeCloseTo(box('Size').centre, 6);
    expect(box('76.1').right).toBeCloseTo(box('Top-1').right, 6);
    // Cells that ask for themselves: ViT flush right in a left column, 81.85 flush left in a right one.
    const rules = rows[2]!.items.flatMap((item) => (item.kind === 'line' && item.x1 === item.x2 ? [item.x1] : [])).sort((a, b) => a - b);
    const padding = box('ResNet-50').left; // a cell's padding, the same on either side; the table starts at 0
    expect(box('ViT').right).toBeCloseTo(rules[0]! - padding, 6);
    expect(box('81.85').left).toBeCloseTo(rules[1]! + padding, 6);
    expect(box('81.85').left).toBeLessThan(box('76.1').left);
  });

  it('strikes and shades raised and lowered text where it stands, not on the line’s baseline', async () => {
    // A paragraph, as a table's cell is laid out the same way (its code is plain code there).
    const { rows } = await laidOut('Rate: <del>x<sup>2</sup></del> and <code>n<sub>i</sub></code>.');
    const items = rows[0]!.items;
    const strikeUnder = (text: string) => {
      const { x } = cell(rows, text);
      return items.find((item) => item.kind === 'line' && item.x1 === x)!;
    };
    const shadeUnder = (text: string) => {
      const { x } = cell(rows, text);
      return items.find((item) => item.kind === 'rect' && item.fill === COLOUR.inlineCodeFill && Math.abs(item.x - (x - 0.8)) < 1e-9)!;
    };
    const [x, two, n, i] = ['x', '2', 'n', 'i'].map((text) => cell(rows, text));
    // The strike through each stands on its own baseline, at three tenths of its own size: through the raised 2, above the x's.
    expect(x!.y - two!.y).toBeGreaterThan(0);
    expect((strikeUnder('2') as { y1: number }).y1).toBeCloseTo(two!.y - two!.size * 0.3, 6);
    expect((strikeUnder('x') as { y1: number }).y1).toBeCloseTo(x!.y - x!.size * 0.3, 6);
    expect((strikeUnder('2') as { y1: number }).y1).toBeLessThan((strikeUnder('x') as { y1: number }).y1);
    // The shading under the lowered i stands on the i's own baseline, as the n's on the line's: lower by the shift alone
    // (its smaller size would lower it a little even on the line's baseline).
    expect((shadeUnder('i') as { y: number }).y).toBeCloseTo(i!.y - i!.size * 0.82, 6);
    expect((shadeUnder('n') as { y: number }).y).toBeCloseTo(n!.y - n!.size * 0.82, 6);
    expect(i!.y).toBeGreaterThan(n!.y);
  });

  it("keeps its cells' inline content: bold, code, web links, formulas, raised text and line breaks", async () => {
    const { rows, notes } = await laidOut(
      '<table><tr><th>Name</th><th>Notes</th></tr><tr><td><b>AdamW</b> is <code>torch.optim.AdamW</code></td>' +
        '<td>see <a href="https://arxiv.org/abs/1711.05101">the paper</a>; lr \\(3 \\times 10^{-4}\\), x<sup>2</sup><br>decoupled</td></tr></table>',
    );
    const items = rows[1]!.items;
    expect(cell(rows, 'AdamW').font).toBe('sans-bold');
    expect(cell(rows, 'is').font).toBe('sans');
    expect(cell(rows, 'torch.optim.AdamW').font).toBe('mono');
    // Code is shaded, as in a paragraph.
    expect(items.some((item) => item.kind === 'rect' && item.fill === COLOUR.inlineCodeFill)).toBe(true);
    expect(items.filter((item) => item.kind === 'link').map((item) => item.kind === 'link' && item.url)).toContain('https://arxiv.org/abs/1711.05101');
    expect(cell(rows, 'the paper').underline).toBe(true);
    // The formula is typeset (an SVG), not printed as its source.
    expect(items.some((item) => item.kind === 'svg')).toBe(true);
    expect(texts(items).map((item) => item.text).join(' ')).not.toContain('\\(');
    // x<sup>2</sup>: the 2 raised and smaller.
    expect(cell(rows, '2').size).toBeLessThan(cell(rows, 'x').size);
    expect(cell(rows, '2').y).toBeLessThan(cell(rows, 'x').y);
    // The line break: "decoupled" on a line below the rest of its cell.
    expect(cell(rows, 'decoupled').y).toBeGreaterThan(cell(rows, 'see').y);
    expect(notes).toEqual([]);
  });

  it('collapses the whitespace of indented HTML as a browser does: no cell starts with spaces', async () => {
    const { rows } = await laidOut('<table>\n  <tr>\n    <th>Loss</th>\n    <th>Use</th>\n  </tr>\n  <tr>\n    <td>\n      MSE\n    </td>\n    <td>regression,\n        not    classification</td>\n  </tr>\n</table>');
    expect(rows.map(textsOf)).toEqual([
      ['Loss', 'Use'],
      ['MSE', 'regression, not classification'],
    ]);
    expect(cell(rows, 'MSE').x).toBeCloseTo(cell(rows, 'Loss').x, 6);
  });

  it('prints a cell spanning columns or rows in the first of them, the others empty, and says so', async () => {
    const { rows, notes } = await laidOut(
      '<table><tr><th>Model</th><th>Params</th><th>Top-1</th></tr>' +
        '<tr><td rowspan="2">ViT</td><td>86M</td><td>81.8</td></tr>' +
        '<tr><td>307M</td><td>85.2</td></tr>' +
        '<tr><td colspan="2">average of both</td><td>83.5</td></tr></table>',
    );
    expect(rows.map(textsOf)).toEqual([
      ['Model', 'Params', 'Top-1'],
      ['ViT', '86M', '81.8'],
      ['307M', '85.2'],
      ['average of both', '83.5'],
    ]);
    // The row under ViT keeps its cells in their own columns, after the place ViT spans.
    expect(cell(rows, '307M').x).toBeCloseTo(cell(rows, '86M').x, 6);
    expect(cell(rows, '85.2').x).toBeCloseTo(cell(rows, '81.8').x, 6);
    expect(cell(rows, '83.5').x).toBeCloseTo(cell(rows, '81.8').x, 6);
    expect(notes).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'pdf-html-table-spans' })]);
  });

  it('prints its <caption> as a line above the grid', async () => {
    const { rows } = await laidOut('<table><caption>Table 1: results</caption><tr><th>Model</th></tr><tr><td>ViT</td></tr></table>');
    expect(textsOf(rows[0]!).join(' ')).toBe('Table 1: results');
    expect(shaded(rows[0]!)).toBe(false);
    expect(textsOf(rows.at(-2)!)).toEqual(['Model']);
    expect(shaded(rows.at(-2)!)).toBe(true);
  });

  it('prints the alt text of a picture in a cell, and reports it as not drawn inside a table', async () => {
    const { rows, notes } = await laidOut('<table><tr><th>Curve</th></tr><tr><td><img src="loss.png" alt="loss curve"></td></tr></table>', { pictures: true });
    expect(cell(rows, '[loss curve]').oblique).toBe(true);
    expect(notes).toEqual([expect.objectContaining({ ruleId: 'pdf-image-not-drawn', message: expect.stringContaining('not inside a table') })]);
  });

  it('reads only text and formatting from a cell: never what a script or style holds, and no link to a javascript: URL', async () => {
    const { rows } = await laidOut(
      '<table><tr><th>A</th></tr><tr><td onclick="steal()">safe<script>alert("x")</script><style>td{color:red}</style> <a href="javascript:alert(1)">text</a></td></tr></table>',
    );
    const printed = texts(rows.flatMap((row) => row.items)).map((item) => item.text).join(' ');
    expect(printed).toBe('A safe text');
    expect(shaded(rows[0]!)).toBe(true);
    expect(rows.flatMap((row) => row.items).some((item) => item.kind === 'link')).toBe(false);
  });
});

describe('a long HTML table split across columns', () => {
  it('starts each column it continues in with its header row again, and prints each of its rows once', async () => {
    const body = Array.from({ length: 30 }, (_, k) => `<tr><td>${k + 1}</td><td>0.${99 - k}</td></tr>`).join('\n');
    const { rows } = await laidOut(`<table>\n<thead><tr><th>Epoch</th><th>Loss</th></tr></thead>\n<tbody>\n${body}\n</tbody>\n</table>`);
    const frame: ColumnFrame = { columns: 3, columnWidth: WIDTH, columnGap: 10, left: 0, top: 0, firstTop: 0, bottom: 150 };
    const pieces = placeBlocks([blockOf(rows, { framed: true, keepWithNext: false, spaceBefore: 0 })], frame, () =>
      blockOf([], { framed: false, keepWithNext: false, spaceBefore: 0 }),
    ).flatMap((page) => page.segments.map((segment) => segment.rows));
    expect(pieces.length).toBeGreaterThan(1);
    for (const piece of pieces) expect(textsOf(piece[0]!)).toEqual(['Epoch', 'Loss']);
    const epochs = pieces.flat().flatMap(textsOf).filter((text) => /^\d+$/.test(text));
    expect(epochs).toEqual(Array.from({ length: 30 }, (_, k) => String(k + 1)));
  });
});

describe('an HTML table the sheet cannot set as a grid', () => {
  it('is printed as lines of text, as before, with a note naming the question: a table holding another table', async () => {
    const sheet = await renderPdf(
      makeBank([{ question: 'Which layers does the model stack?', answer: '<table><tr><td>encoder</td><td><table><tr><td>attention</td></tr></table></td></tr></table>', file: 'notes/nlp.md', line: 7 }]),
      {},
    );
    const text = (await readPdf(sheet.bytes)).pages.map((page) => page.text).join(' ');
    expect(text).toContain('encoder');
    expect(text).toContain('attention');
    expect(sheet.diagnostics).toEqual([
      expect.objectContaining({
        severity: 'info',
        ruleId: 'pdf-html-table-as-text',
        file: 'notes/nlp.md',
        line: 7,
        message: expect.stringMatching(/"Which layers does the model stack\?".*holds another table/),
      }),
    ]);
  });

  it('is printed as lines of text, with a note, when Markdown cuts it (a cell written in Markdown between blank lines)', async () => {
    const { rows, notes } = await laidOut('<table>\n<tr><th>Term</th><th>Meaning</th></tr>\n<tr><td>lr</td><td>\n\n**step size** of each update\n\n</td></tr>\n</table>');
    // The lines of before: the cells of a row on one line, apart by a wide space, then the Markdown paragraph.
    expect(rows.map((row) => textsOf(row).join(' '))).toEqual(expect.arrayContaining([expect.stringMatching(/^Term\s+Meaning$/), 'step size of each update']));
    expect(rows.some(shaded)).toBe(false);
    expect(notes).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'pdf-html-table-as-text', message: expect.stringContaining('cut by Markdown') })]);
  });
});

describe('an HTML table cut by blank lines between its rows', () => {
  it('is set whole, as one table, when only raw HTML stands between the blank lines', async () => {
    const { rows, notes } = await laidOut('Before.\n\n<table>\n<tr><th>Model</th><th>Top-1</th></tr>\n\n<tr><td>ResNet-50</td><td>76.1</td></tr>\n\n<tr><td>ViT</td><td>81.8</td></tr>\n</table>\n\nAfter.');
    expect(rows.map(textsOf).filter((texts) => texts.length > 0)).toEqual([['Before.'], ['Model', 'Top-1'], ['ResNet-50', '76.1'], ['ViT', '81.8'], ['After.']]);
    expect(shaded(rows.find((row) => textsOf(row).includes('Model'))!)).toBe(true);
    expect(cell(rows, '81.8').x).toBeCloseTo(cell(rows, 'Top-1').x, 6);
    expect(notes).toEqual([]);
  });
});

describe('an HTML table in the PDF', () => {
  it('prints the cells of a row on one baseline, in columns, with its formulas typeset', async () => {
    const sheet = await renderPdf(
      makeBank([
        {
          question: 'Which loss goes with which task?',
          answer:
            'Compare:\n\n<table><thead><tr><th>Loss</th><th>Formula</th></tr></thead><tbody>' +
            '<tr><td>MSE</td><td>\\(\\frac{1}{n}\\sum (y - \\hat y)^2\\)</td></tr>' +
            '<tr><td>Cross-entropy</td><td>$-\\sum y \\log p$</td></tr></tbody></table>',
        },
      ]),
      {},
    );
    const boxes = (await readPdf(sheet.bytes)).pages.flatMap((page) => page.boxes);
    const box = (text: string) => boxes.find((item) => item.str.trim() === text)!;
    expect(box('Loss').y).toBe(box('Formula').y);
    expect(box('Cross-entropy').x).toBeCloseTo(box('MSE').x, 1);
    expect(box('MSE').y).toBeLessThan(box('Loss').y);
    // Typeset up front with the rest of the sheet's formulas: no source printed, no TeX reported.
    expect(boxes.map((item) => item.str).join(' ')).not.toMatch(/\\\(|\\frac|\$/);
    expect(sheet.diagnostics).toEqual([]);
  });
});
