/**
 * Raw HTML blocks in an answer are printed as the text a browser would show: character
 * references decoded, tags, comments and `<summary>` labels gone, a `<pre>` as code, a `<table>`
 * as a table (html-tables.test.ts).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import type { TextItem } from '../../../src/export/pdf/display-list.js';
import { renderPdf } from '../../../src/export/pdf/index.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import { htmlRows } from '../../../src/export/pdf/paragraph.js';
import { makeBank } from '../../fixtures/pdf/banks.js';
import { BODY, layoutKit } from './layout-kit.js';
import { readPdf } from './read-pdf.js';

let text: string;

beforeAll(async () => {
  const bank = makeBank([
    {
      question: 'What does an HTML block print?',
      answer: [
        'Before the block.',
        '',
        '<div class="note">Tom &amp; Jerry say <b>x</b> and <i>y</i> &lt;T&gt;<!-- a comment --></div>',
        '',
        '<details><summary>Show answer</summary>Hidden&nbsp;text<br>on two lines</details>',
      ].join('\n'),
    },
  ]);
  const sheet = await renderPdf(bank, {});
  const read = await readPdf(sheet.bytes);
  // pdfjs gives text in pieces; single spaces between them.
  text = read.pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ');
});

describe('an HTML block in an answer', () => {
  it('prints its text with character references decoded and tags gone', () => {
    expect(text).toContain('Tom & Jerry say x and y <T>');
    expect(text).not.toContain('&amp;');
    expect(text).not.toContain('<b>');
    expect(text).not.toContain('a comment');
  });

  it('leaves out <summary> labels, keeping the text they open', () => {
    expect(text).toContain('Hidden text');
    expect(text).toContain('on two lines');
    expect(text).not.toContain('Show answer');
  });

  it('prints the rows of a <table> (its cells side by side) and the lines of a <pre> on lines of their own', async () => {
    const sheet = await renderPdf(
      makeBank([{ question: 'How do the models compare?', answer: '<table><tr><td>ResNet-50</td><td>76.1%</td></tr><tr><td>ViT-B/16</td><td>81.8%</td></tr></table>\n\n<pre>def f(x):\n    return x</pre>' }]),
      {},
    );
    const boxes = (await readPdf(sheet.bytes)).pages.flatMap((page) => page.boxes);
    const baseline = (word: string) => boxes.find((box) => box.str.includes(word))!.y;
    expect(baseline('ResNet-50')).toBe(baseline('76.1%'));
    expect(baseline('ViT-B/16')).toBeLessThan(baseline('ResNet-50'));
    expect(baseline('return')).toBeLessThan(baseline('def'));
  });
});

describe('a <pre> in an HTML block', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const texts = (html: string) => htmlRows(html, 220, context, BODY).flatMap((row) => row.items.filter((item): item is TextItem => item.kind === 'text'));

  it('keeps the leading spaces of every line, the first one too, as a code block does', () => {
    const items = texts('<p>Before:</p><pre>  total = 0\nfor x in xs:\n    total += x</pre>');
    const size = items.find((item) => item.text.includes('for'))!.size;
    const space = kit.shaper.width(' ', 'mono', size);
    // Where a line's ink starts, whether its spaces are drawn or skipped.
    const left = (start: string) => {
      const item = items.find((item) => item.text.trimStart().startsWith(start))!;
      return item.x + (item.text.length - item.text.trimStart().length) * space;
    };
    expect(left('total = 0') - left('for')).toBeCloseTo(2 * space, 3);
    expect(left('total +=') - left('for')).toBeCloseTo(4 * space, 3);
  });

  it('sets its lines in the monospace code font, the text around it in the body font', () => {
    const items = texts('<p>Before:</p><pre>  total = 0</pre>');
    expect(items.find((item) => item.text.includes('total'))!.font).toBe('mono');
    expect(items.find((item) => item.text.includes('Before'))!.font).toBe('sans');
  });
});

describe('a task list in an answer', () => {
  it('marks each item with a box, ticked or not, drawn whole beside its text', async () => {
    const bank = makeBank([{ question: 'What to do before training?', answer: '- [x] Split the data\n- [ ] Tune the learning rate\n- plain item\n' }]);
    const sheet = await renderPdf(bank, {});
    const printed = (await readPdf(sheet.bytes)).pages.map((page) => page.text).join(' ').replace(/\s+/g, ' ');
    // pdfjs reads the markers after the text beside them.
    for (const piece of ['☑', '☐', 'Split the data', 'Tune the learning rate']) expect(printed).toContain(piece);
    expect(printed).not.toMatch(/\[x|\[ \]/);
    expect(sheet.diagnostics).toEqual([]);
  });
});

describe('a picture in an HTML block laid out with no pictures to draw', () => {
  it('is printed as its alt text where it stands, as LayoutContext promises, not left out', () => {
    const kit = layoutKit();
    const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
    const printed = htmlRows('<p>See <img src="img/k.png" alt="a 3x3 grid"> here.</p>', 220, context, BODY)
      .flatMap((row) => row.items.filter((item): item is TextItem => item.kind === 'text'))
      .map((item) => item.text)
      .join('');
    // Each piece is an item of its own, set apart by where it stands, not by a space in its text.
    expect(printed).toMatch(/See\s*\[a 3x3 grid\]\s*here\./);
  });
});
