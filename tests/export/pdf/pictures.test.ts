/**
 * Pictures in answers on the cheat sheet: local PNG, JPEG and SVG files are
 * drawn, scaled to fit a column and never enlarged; what cannot be drawn
 * keeps its alt text and is reported at the question's place.
 */
import { mkdtemp, readFile, rm, writeFile, mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { renderPdf, type ReadFile } from '../../../src/export/pdf/index.js';
import { paragraphRows, MAX_PICTURE_HEIGHT } from '../../../src/export/pdf/paragraph.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import { MathCache } from '../../../src/export/pdf/math.js';
import type { PictureLookup } from '../../../src/export/pdf/pictures.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';
import { makeBank } from '../../fixtures/pdf/banks.js';
import { jpegHeader, pngOf, solidPng } from '../../helpers/png.js';
import { deflateSync } from 'node:zlib';
import { symlinkSync } from 'node:fs';
import { execFileSync, spawn } from 'node:child_process';
import { readFromDisk } from '../../../src/export/answer-images.js';
import { decodePng } from '../../../src/export/picture-check.js';
import { openDocument } from '../../../src/export/pdf/document.js';
import { PictureShelf } from '../../../src/export/pdf/pictures.js';
import { embeddedImageOnly } from '../../../src/export/pdf/svg-forms.js';
import { makeQuestion } from '../../fixtures/pdf/banks.js';
import { SCHEMA_VERSION, type Question } from '../../../src/schema/question-bank.js';
import { runQbank, tempProject } from '../../helpers/temp-project.js';
import { BODY, layoutKit } from './layout-kit.js';
import { pdfObjects, readPdf, squash } from './read-pdf.js';

const ROOT = '/notes-root';
/** Files as the injected reader finds them, by absolute path. */
function reader(files: Record<string, Uint8Array | string>): ReadFile {
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
      readFile: reader({ [`${ROOT}/notes/img/wide.png`]: WIDE, [`${ROOT}/notes/img/small.png`]: SMALL }),
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
      readFile: reader({ [`${ROOT}/notes/figures/loss curve.png`]: SMALL }),
    });
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toHaveLength(1);
  });

  it('draws what a question shows under its wording, before its answer, found where the note that showed it is', async () => {
    const shows = (question: Question, file: string, markdown: string): Question => {
      const context = { markdown, html: '', text: '' };
      // The answer is from the question's first note; what it shows from another one, in another folder.
      return { ...question, context, occurrences: [...question.occurrences, { ...question.occurrences[0]!, file, answer: null, context }] };
    };
    const answered = makeQuestion({ question: 'Your loss curves look like this. What went wrong?', answer: 'The learning rate is too high.', file: 'answers/training.md' });
    const unanswered = makeQuestion({ question: 'What might be a problem with the following code?', answer: null, file: 'book/6.2.md' });
    const bank = makeBank([]);
    bank.questions = [shows(answered, 'book/7.3.md', '![loss curves](images/loss.png)'), shows(unanswered, 'book/6.2.md', '```python\nmask[x, y, z] = within_radius((x, y, z), roi, radius)\n```')];
    const sheet = await renderPdf(bank, { sourceRoot: ROOT, includeUnanswered: true, readFile: reader({ [`${ROOT}/book/images/loss.png`]: SMALL }) });
    expect(sheet.pictures).toEqual([`${ROOT}/book/images/loss.png`]);
    const pages = (await readPdf(sheet.bytes)).pages;
    expect(pages.flatMap((page) => page.images)).toHaveLength(1);
    const text = squash(pages.map((page) => page.text).join(''));
    // An unanswered question shows it too, in the list of questions without an answer.
    expect(text).toContain(squash('What might be a problem with the following code?mask[x, y, z] = within_radius((x, y, z), roi, radius)'));
    expect(sheet.diagnostics.filter((diagnostic) => diagnostic.ruleId.startsWith('pdf-image'))).toEqual([]);

    // A picture it shows that cannot be drawn is reported as shown with the question, where it was shown.
    const missing = await renderPdf(bank, { sourceRoot: ROOT, includeUnanswered: true, readFile: reader({}) });
    const [notDrawn] = missing.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-image-not-drawn');
    expect(notDrawn).toMatchObject({ file: 'book/7.3.md' });
    expect(notDrawn!.message).toContain('Image "images/loss.png" shown with question "Your loss curves look like this. What went wrong?" is not drawn');
  });

  it('embeds a picture shown in several answers once', async () => {
    const bank = makeBank([
      { question: 'What is a kernel?', answer: '![k](img/small.png)' },
      { question: 'What is a stride?', answer: '![k](img/small.png)' },
    ]);
    const sheet = await renderPdf(bank, { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }) });
    expect((await readPdf(sheet.bytes)).pages.flatMap((page) => page.images)).toHaveLength(2);
    const imageObjects = [...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Image/.test(object));
    expect(imageObjects).toHaveLength(1);
  });

  it('draws an SVG picture, and a linked picture stays a link', async () => {
    const sheet = await renderPdf(answerBank('[![shape](img/shape.svg)](https://example.com/shapes)'), {
      sourceRoot: ROOT,
      readFile: reader({ [`${ROOT}/notes/img/shape.svg`]: SHAPE }),
    });
    const read = await readPdf(sheet.bytes);
    expect(sheet.diagnostics).toEqual([]);
    // Drawn (as a form, as formulas are), not printed as its alt text; the link is on the picture.
    expect([...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Form/.test(object))).toHaveLength(1);
    expect(squash(read.pages[0]!.text)).not.toContain('shape');
    expect(read.pages[0]!.links.map((link) => link.url)).toContain('https://example.com/shapes');
  });

  it('gives the same bytes for the same pictures, and another file when a picture changes', async () => {
    const bank = answerBank('![maps](img/wide.png)');
    const render = (png: Uint8Array) => renderPdf(bank, { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/wide.png`]: png }) });
    const [first, again, other] = await Promise.all([render(WIDE), render(WIDE), render(solidPng(1600, 400, [10, 10, 10]))]);
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(again.bytes))).toBe(0);
    expect(Buffer.compare(Buffer.from(first.bytes), Buffer.from(other.bytes))).not.toBe(0);
  });
});

describe('pictures in raw HTML, and where they come from', () => {
  it('draws an <img> of an HTML block where it stands in its text, at the width it asks for', async () => {
    const sheet = await renderPdf(answerBank('Pooling:\n\n<p align="center"><img src="img/small.png" width="120" alt="pool"><br><em>Figure 1</em></p>'), {
      sourceRoot: ROOT,
      readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }),
    });
    const page = (await readPdf(sheet.bytes)).pages[0]!;
    // 120 px asked for: 90 pt wide, 60 pt tall (the picture's proportions).
    expect(page.images).toEqual([{ width: expect.closeTo(90, 1), height: expect.closeTo(60, 1) }]);
    expect(page.text).toContain('Figure 1');
    expect(sheet.diagnostics).toEqual([]);
  });

  it('draws a picture by reference, from the answer\'s definition of it', async () => {
    const sheet = await renderPdf(answerBank('As drawn here:\n\n![relu curve][relu]\n\n[relu]: img/small.png'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }) });
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toHaveLength(1);
  });

  it('keeps the natural size where an <img> asks for none it can have ("50%", "0", "1e999")', async () => {
    const sheet = await renderPdf(answerBank('<img src="img/small.png" width="1e999">\n\n<img src="img/small.png" height="0" width="50%">'), {
      sourceRoot: ROOT,
      readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }),
    });
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toEqual([
      { width: expect.closeTo(45, 1), height: expect.closeTo(30, 1) },
      { width: expect.closeTo(45, 1), height: expect.closeTo(30, 1) },
    ]);
  });

  it('draws an inline <img> standing in a paragraph', async () => {
    const sheet = await renderPdf(answerBank('See <img src="img/small.png" alt="dot"> here.'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }) });
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toHaveLength(1);
  });

  it('reports a picture where none can stand (a table cell), printed as its alt text', async () => {
    const sheet = await renderPdf(answerBank('| a | b |\n|---|---|\n| ![tiny](img/small.png) | x |'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/small.png`]: SMALL }) });
    const page = (await readPdf(sheet.bytes)).pages[0]!;
    expect(page.images).toEqual([]);
    expect(squash(page.text)).toContain('[tiny]');
    expect(sheet.diagnostics).toEqual([expect.objectContaining({ ruleId: 'pdf-image-not-drawn', message: expect.stringContaining('not inside a table') })]);
  });

  it('notes a picture on the web in a table cell as it notes one in a paragraph', async () => {
    const sheet = await renderPdf(answerBank('| a |\n|---|\n| ![chart](https://example.com/chart.png) |'), { sourceRoot: ROOT, readFile: reader({}) });
    expect(sheet.diagnostics).toEqual([expect.objectContaining({ severity: 'info', ruleId: 'pdf-image-remote' })]);
  });

  it('reports a picture at the place of the answer it is in, whose note its path is relative to', async () => {
    const base = makeQuestion({ question: 'What is a kernel?', answer: '![k](img/missing.png)', file: 'notes/b.md', line: 30 });
    const question = { ...base, occurrences: [{ ...base.occurrences[0]!, file: 'notes/a.md', line: 4, answer: null }, ...base.occurrences] };
    const sheet = await renderPdf({ schemaVersion: SCHEMA_VERSION, sources: [], questions: [question] }, { sourceRoot: ROOT, readFile: reader({}) });
    expect(sheet.diagnostics).toEqual([expect.objectContaining({ ruleId: 'pdf-image-not-drawn', file: 'notes/b.md', line: 30 })]);
  });

  it('leaves no line between two pictures a hard break separates', () => {
    const kit = layoutKit();
    const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null), pictures: () => ({ found: { kind: 'svg' as const, svg: SHAPE, width: 40, height: 20 } }) };
    const [first] = parseMarkdown('![a](a.svg)\\\n![b](b.svg)').tree.children;
    const rows = paragraphRows(first as never, 200, context, BODY);
    // Two picture rows and the gap between them: no row for the break.
    expect(rows.map((row) => (row.gap ? 'gap' : row.items.map((item) => item.kind).join()))).toEqual(['picture', 'gap', 'picture']);
  });

  it('turns a camera JPEG as its EXIF orientation says, as a browser shows it', () => {
    const { doc } = openDocument({ paper: 'A4', title: 't', subject: 's', lang: 'en', identity: 'x' });
    const shelf = new PictureShelf(doc, ROOT, reader({ [`${ROOT}/notes/img/upright.jpg`]: jpegHeader(400, 300, 1), [`${ROOT}/notes/img/portrait.jpg`]: jpegHeader(400, 300, 6) }));
    const find = shelf.finderFor(makeQuestion({ question: 'Q?', answer: 'A', file: 'notes/q.md' }));
    expect(find('img/upright.jpg')).toEqual({ found: expect.objectContaining({ width: 300, height: 225 }) });
    expect(find('img/portrait.jpg')).toEqual({ found: expect.objectContaining({ width: 225, height: 300 }) });
  });

  it('gives the same file for the same notes and pictures in another folder', async () => {
    const render = (root: string) => renderPdf(answerBank('![maps](img/wide.png)'), { sourceRoot: root, readFile: reader({ [`${root}/notes/img/wide.png`]: WIDE }) });
    const [here, there] = await Promise.all([render('/home/a/notes-root'), render('/srv/b/elsewhere')]);
    expect(Buffer.compare(Buffer.from(here.bytes), Buffer.from(there.bytes))).toBe(0);
  });
});

describe('an SVG picture\'s own <image>', () => {
  it('may only be a PNG or JPEG embedded as base64; anything else opens nothing', () => {
    const base64 = SMALL.toString('base64');
    const handed = embeddedImageOnly(`data:image/png;base64,${base64}`);
    // The same picture, checked and written again as pdfkit embeds PNGs right.
    expect(handed).toMatch(/^data:image\/png;base64,[A-Za-z0-9+/]+=*$/);
    expect(decodePng(Buffer.from(handed.split(',')[1]!, 'base64'))).toMatchObject({ width: 60, height: 40 });
    // Wrapped as editors write it: the same.
    expect(embeddedImageOnly(`data:image/png;base64,${base64.slice(0, 20)}\n  ${base64.slice(20)}`)).toBe(handed);
    // pdfkit would read these as paths on the disk.
    expect(embeddedImageOnly('data:image/png;/../../secret.png')).toBe('');
    expect(embeddedImageOnly('/etc/hostname')).toBe('');
    expect(embeddedImageOnly('img/other.png')).toBe('');
  });

  it('is left out when it is a damaged picture, and the SVG is drawn without it', async () => {
    // Transparent pixels whose data is cut short: pdfkit would inflate them in a callback that ends the build.
    const cut = pngOf(40, 30, 6, deflateSync(Buffer.alloc(31 * 30 * 4)).subarray(0, 40));
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><rect width="60" height="40" fill="#ccc"/><image href="data:image/png;base64,${cut.toString('base64')}" width="60" height="40"/></svg>`;
    const sheet = await renderPdf(answerBank('![wrapper](img/wrapper.svg)'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/wrapper.svg`]: svg }) });
    const objects = [...pdfObjects(sheet.bytes).values()];
    expect(objects.filter((object) => /\/Subtype \/Image/.test(object))).toEqual([]);
    expect(objects.filter((object) => /\/Subtype \/Form/.test(object))).toHaveLength(1);
  });

  it('is drawn when it is embedded data', async () => {
    const svg = `<svg xmlns="http://www.w3.org/2000/svg" width="60" height="40"><image href="data:image/png;base64,${SMALL.toString('base64')}" width="60" height="40"/></svg>`;
    const sheet = await renderPdf(answerBank('![wrapper](img/wrapper.svg)'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/wrapper.svg`]: svg }) });
    expect([...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Image/.test(object))).toHaveLength(1);
  });
});

describe('pictures the sheet cannot draw', () => {
  it('prints the alt text and reports each at the question, with why', async () => {
    const sheet = await renderPdf(
      answerBank('![animated](img/anim.gif)\n\n![gone](img/missing.png)\n\n![broken](img/broken.png)\n\n![secret](../.ssh/id_rsa)'),
      {
        sourceRoot: ROOT,
        readFile: reader({ [`${ROOT}/notes/img/anim.gif`]: 'GIF89a', [`${ROOT}/notes/img/broken.png`]: 'not a png', [`${ROOT}/.ssh/id_rsa`]: 'KEY' }),
      },
    );
    const text = squash((await readPdf(sheet.bytes)).pages[0]!.text);
    for (const alt of ['animated', 'gone', 'broken', 'secret']) expect(text).toContain(`[${alt}]`);
    const byImage = Object.fromEntries(sheet.diagnostics.map((d) => [/"([^"]+)"/.exec(d.message)![1], d]));
    expect(byImage['img/anim.gif']!.message).toContain('GIF pictures cannot be drawn');
    expect(byImage['img/missing.png']!.message).toContain('file not found, unreadable');
    expect(byImage['img/broken.png']!.message).toContain('not a readable PNG picture');
    // Only files named as pictures are read.
    expect(byImage['../.ssh/id_rsa']!.message).toContain('not an image file type');
    for (const diagnostic of sheet.diagnostics) {
      expect(diagnostic).toMatchObject({ severity: 'warning', ruleId: 'pdf-image-not-drawn', file: 'notes/vision.md', line: 12 });
    }
  });

  it('reports a damaged or oversized file instead of drawing it broken or ending the build', async () => {
    const good = solidPng(40, 30, [10, 120, 60], 200);
    // Transparent pixels are inflated only when the page is written: damaged, they used to end the whole build there.
    const cut = pngOf(40, 30, 6, deflateSync(Buffer.alloc(31 * 30 * 4)).subarray(0, 40));
    const short = pngOf(40, 30, 6, deflateSync(Buffer.alloc(100)));
    const huge = pngOf(60000, 60000, 6, deflateSync(Buffer.alloc(10)));
    const jpeg = jpegHeader(400, 300, 1);
    const svg = (size: string) => `<svg xmlns="http://www.w3.org/2000/svg" data-note="a>b" ${size}><rect width="10" height="10"/></svg>`;
    const files = {
      'good.png': good,
      'cut.png': cut,
      'short.png': short,
      'huge.png': huge,
      'cut.jpg': jpeg.subarray(0, jpeg.length - 2),
      'infinite.svg': svg('width="1e999" height="100"'),
      'big.svg': svg('width="10" height="10"') + ' '.repeat(1024 * 1024),
      'quoted.svg': svg('width="200" height="100"'),
      'unclosed.svg': '<svg xmlns="http://www.w3.org/2000/svg" width="10" height="10"><rect width="5" height="5">',
      // Two kilobytes that draw ten million rectangles: each group uses the one before it ten times.
      'nested.svg': `<svg xmlns="http://www.w3.org/2000/svg" xmlns:xlink="http://www.w3.org/1999/xlink" width="10" height="10"><defs><rect id="l0" width="1" height="1"/>${Array.from(
        { length: 7 },
        (_, level) => `<g id="l${level + 1}">${`<use xlink:href="#l${level}"/>`.repeat(10)}</g>`,
      ).join('')}</defs><use xlink:href="#l7"/></svg>`,
      'speck.svg': svg('width="0.001" height="0.001"'),
      // A hundred shapes on each of two thousand vertices: no <use>, but as costly.
      'markers.svg': `<svg xmlns="http://www.w3.org/2000/svg" width="100" height="100"><defs><marker id="m" markerWidth="1" markerHeight="1">${'<rect width="1" height="1"/>'.repeat(100)}</marker></defs><path d="M0 0 ${Array.from({ length: 2000 }, (_, k) => `L${k % 100} ${k % 7}`).join(' ')}" marker-mid="url(#m)"/></svg>`,
    };
    const bank = answerBank(Object.keys(files).map((name) => `![${name}](img/${name})`).join('\n\n'));
    const sheet = await renderPdf(bank, { sourceRoot: ROOT, readFile: reader(Object.fromEntries(Object.entries(files).map(([name, data]) => [`${ROOT}/notes/img/${name}`, data]))) });
    const problems = Object.fromEntries(sheet.diagnostics.map((d) => [/"img\/([^"]+)"/.exec(d.message)![1], d.message]));
    expect(Object.keys(problems).sort()).toEqual(['big.svg', 'cut.jpg', 'cut.png', 'huge.png', 'infinite.svg', 'markers.svg', 'nested.svg', 'short.png', 'speck.svg', 'unclosed.svg']);
    expect(problems['cut.png']).toContain('a damaged PNG');
    expect(problems['short.png']).toContain('a damaged PNG');
    expect(problems['huge.png']).toContain('too large to show (60000 x 60000 pixels');
    expect(problems['cut.jpg']).toContain('a damaged JPEG');
    expect(problems['infinite.svg']).toContain('an SVG that cannot be drawn');
    expect(problems['big.svg']).toContain('over 1 MB');
    expect(problems['unclosed.svg']).toContain('a damaged SVG (tag not matching');
    expect(problems['nested.svg']).toContain('repeats its shapes too often');
    expect(problems['speck.svg']).toContain('too small to see');
    expect(problems['markers.svg']).toContain('too costly to draw');
    // The good PNG, and the SVG whose size stands after a quoted ">", are drawn.
    expect((await readPdf(sheet.bytes)).pages[0]!.images).toHaveLength(1);
    expect([...pdfObjects(sheet.bytes).values()].filter((object) => /\/Subtype \/Form/.test(object))).toHaveLength(1);
  });

  it('reads from the disk only regular files: a pipe or a device named like a picture would stall or fill the build', () => {
    const dir = tempProject(false);
    symlinkSync('/dev/zero', join(dir, 'zero.png'));
    expect(readFromDisk(join(dir, 'zero.png'))).toBeUndefined();
    execFileSync('mkfifo', [join(dir, 'pipe.png')]);
    // A writer that ends after a second: were the pipe read, the read would end (empty) and fail the check below, not wait for ever.
    const writer = spawn('sh', ['-c', 'sleep 1 > pipe.png'], { cwd: dir, stdio: 'ignore' });
    try {
      expect(readFromDisk(join(dir, 'pipe.png'))).toBeUndefined();
    } finally {
      writer.kill();
    }
  });

  it('does not fetch a picture on the web: its alt text links to it, and a note says so', async () => {
    const sheet = await renderPdf(answerBank('See ![pooling](https://example.com/pool.png).'), { sourceRoot: ROOT, readFile: reader({}) });
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
    const sheet = await renderPdf(answerBank('![wrapper](img/wrapper.svg)'), { sourceRoot: ROOT, readFile: reader({ [`${ROOT}/notes/img/wrapper.svg`]: svg }) });
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

  it('leaves a paragraph without a way to find its pictures to the text layout alone', () => {
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
