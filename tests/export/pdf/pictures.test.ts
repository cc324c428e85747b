/**
 * Pictures in answers on the cheat sheet: local PNG, JPEG and SVG files are
 * drawn, scaled to fit a column and never enlarged; what cannot be drawn
 * keeps its alt text and is reported at the question's place.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf, type ReadPicture } from '../../../src/export/pdf/index.js';
import { paragraphRows, MAX_PICTURE_HEIGHT } from '../../../src/export/pdf/paragraph.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import type { PictureLookup } from '../../../src/export/pdf/pictures.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { makeBank } from '../../fixtures/pdf/banks.js';
import { solidPng } from '../../helpers/png.js';
import { runQbank, tempProject } from '../../helpers/temp-project.js';
import { BODY, layoutKit } from './layout-kit.js';
import { pdfObjects, readPdf, squash } from './read-pdf.js';

const ROOT = '/notes-root';
/** Files as the injected reader finds them, by absolute path. */
function reader(files: Record<string, Uint8Array | string>): ReadPicture {
  return (file) => {
    const data = files[file];
    return data === undefined ? undefined : typeof data === 'string' ? Buffer.from(data) : data;
  };
}

const WIDE = solidPng(1600, 400);
const SMALL = solidPng(60, 40, [200, 60, 40]);
const SHAPE = '<svg xmlns="http://www.w3.org/2000/svg" width="200" height="100"><rect width="200" height="100" fill="#c33"/></svg>';

function answerBank(answer: string, file = 'notes/vision.md') {
  return makeBank([{ question: 'What does a convolution layer learn?', answer, file, line: 12 }]);
}

describe('drawing pictures', () => {
  it('draws a local PNG at its natural size when it fits, and scales a wide one down to the column', async () => {
    const sheet = await renderPdf(answerBank('Filters:\n\n![maps](img/wide.png)\n\n![dot](img/small.png)'), {
      sourceRoot: ROOT,
      readPicture: reader({ [`${ROOT}/notes/img/wide.png`]: WIDE, [`${ROOT}/notes/img/small.png`]: SMALL }),
    });
    const images = (await readPdf(sheet.bytes)).pages.flatMap((page) => page.images);
    expect(images).toHaveLength(2);
    const [wide, small] = images;
    // 1600 px at 96 dpi is 1200 pt: wider than any column, so scaled down with its shape kept.
    expect(wide!.width).toBeLessThan(300);
    expect(wide!.width / wide!.height).toBeCloseTo(4, 2);
    // 60 x 40 px is 45 x 30 pt, drawn as it is.
    expect(small!.width).toBeCloseTo(45, 1);
    expect(small!.height).toBeCloseTo(30, 1);
    expect(sheet.diagnostics).toEqual([]);
    expect(sheet.pictures).toEqual([`${ROOT}/notes/img/small.png`, `${ROOT}/notes/img/wide.png`]);
  });

  it('finds a picture relative to the note the answer came from, with a URL-encoded path', async () => {
    const sheet = await renderPdf(answerBank('![curve](../figures/loss%20curve.png)', 'notes/deep/cnn.md'), {
      sourceRoot: ROOT,
      readPicture: reader({ [`${ROOT}/notes/figures/loss curve.png`]: SMALL }),
    });
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toHaveLength(1);
  });

  it('embeds a picture shown in several answers once', async () => {
    const bank = makeBank([
      { question: 'What is a kernel?', answer: '![k](img/small.png)' },
      { question: 'What is a stride?', answer: '![k](img/small.png)' },
    ]);
    const sheet = await renderPdf(bank, { sourceRoot: ROOT, readPicture: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }) });
    expect((await readPdf(sheet.bytes)).pages.flatMap((page) => page.images)).toHaveLength(2);
    const imageObjects = [...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Image/.test(object));
    expect(imageObjects).toHaveLength(1);
  });

  it('draws an SVG picture, and a linked picture stays a link', async () => {
    const sheet = await renderPdf(answerBank('[![shape](img/shape.svg)](https://example.com/shapes)'), {
      sourceRoot: ROOT,
      readPicture: reader({ [`${ROOT}/notes/img/shape.svg`]: SHAPE }),
    });
    const read = await readPdf(sheet.bytes);
    expect(sheet.diagnostics).toEqual([]);
    // Drawn, not printed as its alt text.
    expect(squash(read.pages[0]!.text)).not.toContain('[shape]');
    expect(read.pages[0]!.links.map((link) => link.url)).toContain('https://example.com/shapes');
  });

  it('gives the same bytes for the same pictures, and another file when a picture changes', async () => {
    const bank = answerBank('![maps](img/wide.png)');
    const render = (png: Uint8Array) => renderPdf(bank, { sourceRoot: ROOT, readPicture: reader({ [`${ROOT}/notes/img/wide.png`]: png }) });
    const [first, again, other] = await Promise.all([render(WIDE), render(WIDE), render(solidPng(1600, 400, [10, 10, 10]))]);
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(again.bytes))).toBe(0);
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(other.bytes))).not.toBe(0);
  });
});

describe('pictures the sheet cannot draw', () => {
  it('prints the alt text and reports each at the question, with why', async () => {
    const sheet = await renderPdf(
      answerBank('![animated](img/anim.gif)\n\n![gone](img/missing.png)\n\n![broken](img/broken.png)\n\n![secret](../.ssh/id_rsa)'),
      {
        sourceRoot: ROOT,
        readPicture: reader({ [`${ROOT}/notes/img/anim.gif`]: 'GIF89a', [`${ROOT}/notes/img/broken.png`]: 'not a png', [`${ROOT}/.ssh/id_rsa`]: 'KEY' }),
      },
    );
    const text = squash((await readPdf(sheet.bytes)).pages[0]!.text);
    for (const alt of ['animated', 'gone', 'broken', 'secret']) expect(text).toContain(`[${alt}]`);
    const byImage = Object.fromEntries(sheet.diagnostics.map((d) => [/"([^"]+)"/.exec(d.message)![1], d]));
    expect(byImage['img/anim.gif']!.message).toContain('GIF pictures cannot be drawn');
    expect(byImage['img/missing.png']!.message).toContain('file not found or unreadable');
    expect(byImage['img/broken.png']!.message).toContain('not a readable PNG picture');
    // Only files named as pictures are read.
    expect(byImage['../.ssh/id_rsa']!.message).toContain('not a picture file type');
    for (const diagnostic of sheet.diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'warning', ruleId: 'pdf-image-not-drawn', file: 'notes/vision.md', line: 12 });
    }
  });

  it('does not fetch a picture on the web: its alt text links to it, and a note says so', async () => {
    const sheet = await renderPdf(answerBank('See ![pooling](https://example.com/pool.png).'), { sourceRoot: ROOT, readPicture: reader({}) });
    const page = (await readPdf(sheet.bytes)).pages[0]!;
    expect(squash(page.text)).toContain('[pooling]');
    expect(page.links.map((link) => link.url)).toContain('https://example.com/pool.png');
    expect(sheet.diagnostics).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'pdf-image-remote', file: 'notes/vision.md', line: 12 })]);
  });

  it('never lets an SVG picture pull a file from the disk into the sheet', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'qbank-svg-'));
    afterAll(() => rm(dir, { recursive: true, force: true }));
    const png = join(dir, 'private.png');
    await writeFile(png, SMALL);
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="100" height="100"><image href="${png}" xlink:href="${png}" width="100" height="100"/></svg>`;
    const sheet = await renderPdf(answerBank('![wrapper](img/wrapper.svg)'), { sourceRoot: ROOT, readPicture: reader({ [`${ROOT}/notes/img/wrapper.svg`]: svg }) });
    expect([...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Image/.test(object))).toEqual([]);
  });
});

describe('laying a paragraph out around its pictures', () => {
  const kit = layoutKit();
  const context = (lookup: (src: string) => PictureLookup) => ({
    shaper: kit.shaper,
    math: new MathCache(),
    reporter: new DiagnosticLog().about(null),
    pictures: lookup,
  });
  const paragraph = (markdown: string) => {
    const [first] = parseMarkdown(markdown).tree.children;
    if (first?.type !== 'paragraph') throw new Error('not a paragraph');
    return first;
  };
  const tall = { found: { kind: 'svg' as const, svg: SHAPE, width: 100, height: 900 } };

  it('puts the picture on rows of its own between the text before and after it, never taller than MAX_PICTURE_HEIGHT', () => {
    const rows = paragraphRows(paragraph('Before ![tall](t.svg) after.'), 200, context(() => tall), BODY);
    const kinds = rows.map((row) => row.items.map((item) => item.kind).join(','));
    const at = kinds.findIndex((kind) => kind === 'picture');
    expect(at).toBeGreaterThan(0);
    expect(kinds.slice(0, at).join(' ')).toContain('text');
    expect(kinds.slice(at + 1).join(' ')).toContain('text');
    const picture = rows[at]!.items[0]!;
    expect(picture).toMatchObject({ kind: 'picture', h: MAX_PICTURE_HEIGHT, w: (100 * MAX_PICTURE_HEIGHT) / 900 });
  });

  it('leaves a paragraph without pictures, or without a way to find them, to the text layout alone', () => {
    const rows = paragraphRows(paragraph('Only ![alt](x.png) text.'), 200, { ...context(() => tall), pictures: undefined }, BODY);
    expect(rows.flatMap((row) => row.items).some((item) => item.kind === 'picture')).toBe(false);
  });
});

describe('a build', () => {
  it('draws the pictures next to the notes, and draws the sheet again when a picture changes', async () => {
    const dir = tempProject(false);
    await mkdir(join(dir, 'notes', 'img'), { recursive: true });
    await writeFile(join(dir, 'notes', 'cnn.md'), '## What does a convolution layer learn?\n\nLocal filters:\n\n![maps](img/maps.png)\n');
    await writeFile(join(dir, 'notes', 'img', 'maps.png'), solidPng(300, 100));
    const build = () => runQbank(dir, 'build', 'notes', '--format', 'pdf');
    expect((await build()).code).toBe(0);
    const sheet = join(dir, 'dist', 'qbank-cheatsheet.pdf');
    const first = await readFile(sheet);
    expect((await readPdf(new Uint8Array(first))).pages[0]!.images).toEqual([{ width: expect.closeTo(225, 1), height: expect.closeTo(75, 1) }]);
    await writeFile(join(dir, 'notes', 'img', 'maps.png'), solidPng(300, 100, [0, 0, 0]));
    expect((await build()).code).toBe(0);
    expect(Buffer.compare(first, await readFile(sheet))).not.toBe(0);
  });
});
