/**
 * The PDF cheat sheet, read back with pdfjs: content, fonts, structure,
 * options and reproducibility.
 */
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build, UsageError } from '../../../src/build/build.js';
import { exportPdf, renderPdf, type PdfRenderResult } from '../../../src/export/pdf/index.js';
import { largeBank, makeBank, sampleBank, stressBank } from '../../fixtures/pdf/banks.js';
import { pdfObjects, readPdf, squash, STANDARD_14, type ReadPdf } from './read-pdf.js';
import { readNote } from '../../helpers/read-note.js';

const bank = sampleBank();
const answered = bank.questions.filter((question) => question.answer !== null);
const unanswered = bank.questions.filter((question) => question.answer === null);

let sheet: PdfRenderResult;
let read: ReadPdf;
let allText: string;

beforeAll(async () => {
  sheet = await renderPdf(bank, { title: 'ML 인터뷰 cheat sheet' });
  read = await readPdf(sheet.bytes);
  allText = squash(read.pages.map((page) => page.text).join(''));
});

describe('content', () => {
  it('prints every answered question, Korean ones included', () => {
    expect(answered.some((question) => /[가-힣]/.test(question.question))).toBe(true);
    for (const question of answered) expect(allText).toContain(squash(question.question));
  });

  it('prints Korean translations under their questions', () => {
    const translated = answered.filter((question) => question.translations.ko);
    expect(translated.length).toBeGreaterThan(0);
    for (const question of translated) {
      const wording = allText.indexOf(squash(question.question));
      expect(wording, question.question).toBeGreaterThanOrEqual(0);
      // Under the question: the translation follows its wording directly.
      expect(allText.slice(wording + squash(question.question).length).startsWith(squash(question.translations.ko!)), question.question).toBe(true);
    }
  });

  it('prints answers as text, including Hangul, code and table cells', () => {
    expect(allText).toContain(squash('Adam은 모멘텀과 RMSProp을 결합한 방법으로'));
    expect(allText).toContain(squash('shifted = x - x.max(axis=axis, keepdims=True)'));
    expect(allText).toContain('classification');
    // Symbols Pretendard lacks come from the fallback font, not as boxes.
    expect(allText).toContain('∇');
    expect(allText).toContain('∀');
  });

  it('wraps Korean answers between words only', () => {
    const source = answered.find((question) => question.question.startsWith('과적합'))!.answer!.markdown.split('\n')[0]!;
    // The paragraph's lines: the items from its first word until its text is complete.
    const items = read.pages.flatMap((page) => page.items).map((item) => item.trim());
    const lines: string[] = [];
    for (let index = items.findIndex((item) => item.startsWith('과적합은')); lines.join(' ').length < source.length; index++) {
      lines.push(items[index]!);
    }
    expect(lines.length).toBeGreaterThan(2);
    expect(lines.join(' ')).toBe(source);
    for (const line of lines) expect(` ${source} `, line).toContain(` ${line} `);
  });

  it('makes links clickable', () => {
    const urls = read.pages.flatMap((page) => page.links.map((link) => link.url));
    expect(urls).toContain('https://cs229.stanford.edu/');
  });

  it('makes only web and mail links clickable', async () => {
    const links = makeBank([
      { question: 'Links?', answer: '[web](https://example.com/a) [mail](mailto:a@example.com) [script](javascript:alert(1)) [file](./notes.md)' },
    ]);
    const pdf = await readPdf((await renderPdf(links)).bytes);
    const urls = pdf.pages.flatMap((page) => page.links.map((link) => link.url)).filter(Boolean);
    expect(urls).toEqual(['https://example.com/a', 'mailto:a@example.com']);
    expect(squash(pdf.pages[0]!.text)).toContain('webmailscriptfile');
  });

  it('has a title block and a contents list with a page number per topic', () => {
    const first = read.pages[0]!;
    expect(squash(first.text)).toContain(squash('ML 인터뷰 cheat sheet'));
    const contents = first.items.indexOf('Contents');
    expect(contents).toBeGreaterThanOrEqual(0);
    for (const topic of ['Optimization', 'Fundamentals', 'Coding', 'Deep Learning', 'General']) {
      const at = first.items.indexOf(topic, contents);
      expect(at, topic).toBeGreaterThan(contents);
      // The entry reads: topic, question count, page number.
      const [count, page] = first.items.slice(at + 1).filter((item) => item.trim() !== '').slice(0, 2);
      expect(count, topic).toMatch(/^\d+$/);
      expect(page, topic).toMatch(/^\d+$/);
      expect(Number(page), topic).toBeGreaterThanOrEqual(1);
      expect(Number(page), topic).toBeLessThanOrEqual(read.pages.length);
    }
    // Contents entries link to the topic bands.
    expect(first.links.filter((link) => link.dest !== undefined).length).toBeGreaterThanOrEqual(5);
  });

  it('reports nothing for clean input but the questions it leaves out', () => {
    expect(sheet.diagnostics.filter((diagnostic) => diagnostic.ruleId !== 'pdf-unanswered')).toEqual([]);
  });
});

describe('document structure', () => {
  it('has an outline entry per topic, with a child per question', () => {
    const topics = read.outline.map((node) => node.title);
    expect(topics).toEqual(expect.arrayContaining(['Optimization', 'Fundamentals', 'Coding', 'Deep Learning', 'General']));
    const questions = read.outline.flatMap((node) => node.items.map((child) => child.title));
    for (const question of answered) expect(questions).toContain(question.question);
  });

  it('bookmarks a question or topic with a formula with the formula spelled in Unicode, as a viewer draws bookmarks as plain text', async () => {
    const withMath = await renderPdf(
      makeBank([
        { question: 'What does \\(L_2\\) regularisation penalise?', answer: 'Squared weights.', topic: '$L_2$ 정규화' },
        { question: 'Why is sorting \\(\\mathcal{O}(n \\log n)\\)?', answer: 'Comparisons.', topic: '$L_2$ 정규화' },
      ]),
      { title: 'Math' },
    );
    const { outline, pages } = await readPdf(withMath.bytes);
    expect(outline.map((node) => [node.title, node.items.map((child) => child.title)])).toEqual([
      ['Contents', []],
      ['L₂ 정규화', ['What does L₂ regularisation penalise?', 'Why is sorting 𝒪(n log n)?']],
    ]);
    // The band and the contents draw the topic in the sheet's fonts, which lack the mathematical letters: its TeX there.
    expect(pages[0]!.text).toContain('L_2 정규화');
  });

  it('prints what a follow-up asks about over its wording, and bookmarks it with it', async () => {
    const specs = [
      { question: 'SVM이란?', answer: 'A max-margin classifier.', topic: 'Models' },
      { question: '장단점은?', answer: 'Strong in high dimensions.', topic: 'Models' },
      { question: '장단점은?', answer: 'Easy to tune.', topic: 'Models' },
    ];
    const followUps = makeBank(specs);
    followUps.questions[1] = { ...followUps.questions[1]!, about: 'SVM이란?' };
    followUps.questions[2] = { ...followUps.questions[2]!, id: 'f0f0f0f0f0f0f0f0', about: '랜덤 포레스트란?' };
    const result = await renderPdf(followUps, { title: 'Follow-ups' });
    const { outline, pages } = await readPdf(result.bytes);
    expect(outline[1]!.items.map((child) => child.title)).toEqual(['SVM이란?', 'SVM이란? › 장단점은?', '랜덤 포레스트란? › 장단점은?']);
    const text = squash(pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('SVM이란? › 장단점은? Strong in high dimensions.'));
    expect(text).toContain(squash('랜덤 포레스트란? › 장단점은? Easy to tune.'));
  });

  it('bookmarks jump to a position on the page, not just the page', () => {
    const child = read.outline.find((node) => node.title === 'Optimization')!.items[0]!;
    const dest = child.dest as unknown[];
    expect((dest[1] as { name: string }).name).toBe('XYZ');
    expect(typeof dest[3]).toBe('number');
  });

  it('numbers every page "n / N" in the footer', async () => {
    const many = await renderPdf(largeBank(40));
    const pages = (await readPdf(many.bytes)).pages;
    expect(pages.length).toBe(many.pages);
    expect(pages.length).toBeGreaterThan(1);
    pages.forEach((page, index) => expect(page.items).toContain(`${index + 1} / ${pages.length}`));
  });

  it('records title and language in the document', () => {
    expect(read.info.Title).toBe('ML 인터뷰 cheat sheet');
    expect([...pdfObjects(sheet.bytes).values()].some((object) => /\/Lang \((en|ko)\)/.test(object))).toBe(true);
  });

  it('is A4 landscape by default and Letter landscape on request', async () => {
    expect(Math.round(read.pages[0]!.width)).toBe(842);
    expect(Math.round(read.pages[0]!.height)).toBe(595);
    const letter = await readPdf((await renderPdf(bank, { paper: 'Letter' })).bytes);
    expect(letter.pages[0]!.width).toBe(792);
    expect(letter.pages[0]!.height).toBe(612);
  });

  it('uses as many columns as asked for', async () => {
    const narrow = await renderPdf(largeBank(30), { columns: 5 });
    const wide = await renderPdf(largeBank(30), { columns: 2 });
    expect(narrow.pages).toBeLessThan(wide.pages);
  });
});

describe('layout', () => {
  // A4 landscape: 24 pt side margins, 12 pt between columns.
  const columnsOf = (pageWidth: number, columns: number) => {
    const width = (pageWidth - 48 - 12 * (columns - 1)) / columns;
    return Array.from({ length: columns }, (_, index) => ({ left: 24 + index * (width + 12), right: 24 + index * (width + 12) + width }));
  };

  for (const [name, make, columns] of [
    ['sample', sampleBank, 3],
    ['stress', stressBank, 3],
    ['stress', stressBank, 5],
  ] as const) {
    it(`keeps all text inside its column (${name} bank, ${columns} columns)`, async () => {
      const pdf = await readPdf((await renderPdf(make(), { columns, includeUnanswered: true })).bytes);
      const ranges = columnsOf(pdf.pages[0]!.width, columns);
      let checked = 0;
      pdf.pages.forEach((page, index) => {
        for (const box of page.boxes) {
          const furniture = box.y < 20 || (index === 0 && box.y > page.height - 70); // footer, title block
          if (furniture || box.str.trim() === '') continue;
          const column = ranges.find((range) => box.x >= range.left - 0.5 && box.x <= range.right);
          expect(column, `"${box.str}" starts between columns`).toBeDefined();
          expect(box.x + box.width, `"${box.str}" runs out of its column`).toBeLessThanOrEqual(column!.right + 0.5);
          checked += 1;
        }
      });
      expect(checked).toBeGreaterThan(50);
    });
  }

  it('prints a formula taller than a column once, and reports it at the question\'s place, instead of looking for room forever', async () => {
    const lines = Array.from({ length: 30 }, (_, k) => `a_{${k}} &= b_{${k}} + \\frac{c_{${k}}}{d_{${k}}}`).join(' \\\\\n');
    const tall = makeBank([{ question: 'How tall can a derivation be?', answer: `Intro.\n\n$$\n\\begin{aligned}\n${lines}\n\\end{aligned}\n$$\n`, topic: 'Math', file: 'notes/tall.md', line: 7 }]);
    const { pages, diagnostics } = await renderPdf(tall);
    expect(pages).toBeLessThanOrEqual(2);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'notes/tall.md', line: 7, severity: 'warning', ruleId: 'pdf-too-tall' })]);
  });

  it('reports a formula it must shrink below a legible size to fit the column, and not one that fits', async () => {
    const wide = Array.from({ length: 40 }, (_, k) => `\\frac{\\partial L}{\\partial w_{${k}}}`).join(' + ');
    const bank = makeBank([
      { question: 'What is the whole gradient?', answer: `$$\n${wide}\n$$\n`, topic: 'Math', file: 'notes/wide.md', line: 3 },
      { question: 'What is a small formula?', answer: '$$\nE = mc^2\n$$\n', topic: 'Math', file: 'notes/wide.md', line: 9 },
    ]);
    const { diagnostics } = await renderPdf(bank);
    expect(diagnostics).toEqual([expect.objectContaining({ file: 'notes/wide.md', line: 3, severity: 'warning', ruleId: 'pdf-math-too-wide' })]);
    expect(diagnostics[0]!.message).toMatch(/printed at \d+% of its size/);
  });

  it('splits a card longer than a column, naming it where it continues', async () => {
    const pdf = await readPdf((await renderPdf(stressBank())).bytes);
    const text = squash(pdf.pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('Stress · A card longer than a whole column? (continued)'));
    expect(text).toContain(squash('Paragraph 30 of a very long answer'));
  });

  it('names a follow-up with what it asks about where its card continues', async () => {
    const bank = stressBank();
    bank.questions[0] = { ...bank.questions[0]!, about: 'What is gradient clipping?' };
    const pdf = await readPdf((await renderPdf(bank)).bytes);
    const text = squash(pdf.pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('Stress · What is gradient clipping? › A card longer than a whole column? (continued)'));
  });
});

/** The names of the fonts a PDF embeds. */
/** The text of every page, joined. */
async function pdfText(bytes: Uint8Array): Promise<string> {
  return (await readPdf(bytes)).pages.map((page) => page.text).join(' ');
}

/** The reports of characters no font has. */
function missingGlyphs(result: PdfRenderResult) {
  return result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-missing-glyph');
}

function fontNames(bytes: Uint8Array): string[] {
  return [...pdfObjects(bytes).values()]
    .filter((object) => /\/Type \/FontDescriptor\b/.test(object))
    .map((descriptor) => /\/FontName \/(\S+)/.exec(descriptor)?.[1] ?? '');
}

describe('fonts', () => {
  it('embeds every font it uses and never uses a standard 14 font', () => {
    const objects = [...pdfObjects(sheet.bytes).values()];
    const fonts = objects.filter((object) => /\/Type \/Font\b/.test(object));
    expect(fonts.length).toBeGreaterThan(0);
    for (const font of fonts) {
      const base = /\/BaseFont \/([^\s/>]+)/.exec(font)?.[1] ?? '';
      expect(STANDARD_14.some((standard) => base === standard || base.endsWith(`+${standard}`)), base).toBe(false);
      expect(font).not.toMatch(/\/Subtype \/Type1\b/);
    }
    const descriptors = objects.filter((object) => /\/Type \/FontDescriptor\b/.test(object));
    expect(descriptors.length).toBeGreaterThan(0);
    for (const descriptor of descriptors) expect(descriptor).toMatch(/\/FontFile[23] \d+ 0 R/);
    const names = fontNames(sheet.bytes);
    expect(names.some((name) => name.includes('Pretendard'))).toBe(true);
    expect(names.some((name) => name.includes('D2Coding'))).toBe(true);
    // The Chinese font is read and embedded only for a sheet with a character the others lack.
    expect(names.some((name) => name.includes('Noto'))).toBe(false);
  });
});

describe('reproducibility', () => {
  it('gives byte-identical output for the same input', async () => {
    const again = await renderPdf(bank, { title: 'ML 인터뷰 cheat sheet' });
    expect(Buffer.from(again.bytes).equals(Buffer.from(sheet.bytes))).toBe(true);
  });

  it('gives another document ID for other content', async () => {
    const other = await renderPdf(makeBank([{ question: 'What is an epoch?', answer: 'One pass.' }]), { title: 'ML 인터뷰 cheat sheet' });
    const id = (bytes: Uint8Array) => /\/ID \[<([0-9a-f]+)>/.exec(Buffer.from(bytes).toString('latin1'))?.[1];
    expect(id(sheet.bytes)).toMatch(/^[0-9a-f]{32}$/);
    expect(id(other.bytes)).not.toBe(id(sheet.bytes));
  });
});

describe('questions without an answer', () => {
  it('are left out by default', () => {
    for (const question of unanswered) expect(allText).not.toContain(squash(question.question));
    expect(allText).not.toContain(squash('Questions without an answer'));
  });

  it('are each reported, at their place in the notes, as the deck reports what it leaves out', () => {
    const reported = sheet.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-unanswered');
    expect(reported.map((diagnostic) => [diagnostic.severity, diagnostic.file, diagnostic.line])).toEqual(
      unanswered.map((question) => ['info', question.occurrences[0]!.file, question.occurrences[0]!.line]),
    );
    expect(reported[0]!.message).toContain(unanswered[0]!.question);
  });

  it('are listed in a final section with includeUnanswered, and then not reported', async () => {
    const rendered = await renderPdf(bank, { includeUnanswered: true });
    expect(rendered.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-unanswered')).toEqual([]);
    const listed = await readPdf(rendered.bytes);
    const text = squash(listed.pages.map((page) => page.text).join(''));
    const section = text.lastIndexOf(squash('Questions without an answer'));
    expect(section).toBeGreaterThan(text.indexOf(squash(answered[answered.length - 1]!.question)));
    for (const question of unanswered) expect(text.indexOf(squash(question.question))).toBeGreaterThan(section);
    const last = listed.outline[listed.outline.length - 1]!;
    expect(last.title).toBe('Questions without an answer');
    expect(last.items.map((item) => item.title)).toEqual(unanswered.map((question) => question.question));
  });
});

describe('text as the notes wrote it', () => {
  it('prints a bracket as a bracket, though answer.markdown escapes it as \\[ (a TeX opener too)', async () => {
    const [read] = readNote('## What range does min-max scaling give?\n\nThe range is [0, 1] or [-1, 1]; index arr[i].\n').questions;
    expect(read!.answer!.markdown).toContain('\\[0, 1]');
    const result = await renderPdf(makeBank([{ question: read!.question, answer: read!.answer!.markdown }]));
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('The range is [0, 1] or [-1, 1]; index arr[i].'));
    expect(result.diagnostics).toEqual([]);
  });
});

describe('inline HTML', () => {
  it('raises <sup> and lowers <sub> in smaller type, and keeps the text of <b>, <i>, <kbd> and <del>', async () => {
    const result = await renderPdf(
      makeBank([{ question: 'What is the learning rate?', answer: 'Start at 10<sup>-3</sup>; CO<sub>2</sub>; <kbd>Ctrl</kbd>, <b>bold</b>, <i>it</i>, <del>gone</del>.' }]),
    );
    const { boxes } = (await readPdf(result.bytes)).pages[0]!;
    const box = (text: string) => boxes.find((candidate) => candidate.str.trim() === text)!;
    const [base, raised, lowered] = [box('Start at 10'), box('-3'), box('2')];
    expect(raised.size).toBeLessThan(base.size * 0.8);
    expect(lowered.size).toBeCloseTo(raised.size, 6);
    expect(raised.y).toBeGreaterThan(base.y + base.size * 0.25);
    expect(lowered.y).toBeLessThan(base.y - base.size * 0.1);
    // Up and down from the line's baseline, which the text after them shares.
    expect(box(';').y).toBe(base.y);
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('Ctrl, bold, it, gone.'));
  });

  it('prints a tag it does not know, one that closes itself or is never closed, as nothing', async () => {
    const result = await renderPdf(makeBank([{ question: 'What odd tags?', answer: 'A <constructor>x</constructor>, 10<sup/>5, 7<sup>2 and <b>a<i>b</b>c</i> end.' }]));
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('A x, 105, 72 and abc end.'));
    expect(text).not.toContain('Object');
  });
});

describe('bad input becomes diagnostics, not failures', () => {
  it('prints TeX that does not typeset as its source text and reports it', async () => {
    const broken = makeBank([
      { question: 'What is the softmax?', answer: 'It is $\\frac{e^{x_i}}{\\sum_j e^{x_j}$ for each class.', file: 'notes/bad.md', line: 7 },
      { question: 'Undefined macro?', answer: '\\[ \\foo{x} \\]', file: 'notes/bad.md', line: 20 },
    ]);
    const result = await renderPdf(broken);
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('$\\frac{e^{x_i}}{\\sum_j e^{x_j}$'));
    expect(text).toContain(squash('\\[\\foo{x}\\]'));
    const bad = result.diagnostics.filter((diagnostic) => diagnostic.ruleId === 'pdf-bad-tex');
    expect(bad).toHaveLength(2);
    expect(bad[0]).toMatchObject({ file: 'notes/bad.md', line: 7, severity: 'warning' });
    expect(bad[0]!.message).toContain('What is the softmax?');
    expect(bad[1]!.message).toContain('\\foo');
  });

  it('reports a character no embedded font has, naming the question, and prints a visible placeholder', async () => {
    const result = await renderPdf(makeBank([{ question: 'How do you write ሀ?', answer: 'With a keyboard.', file: 'notes/am.md', line: 3 }]));
    const missing = missingGlyphs(result);
    expect(missing).toHaveLength(1);
    expect(missing[0]).toMatchObject({ file: 'notes/am.md', line: 3 });
    expect(missing[0]!.message).toContain('How do you write ሀ?');
    expect(missing[0]!.message).toContain('U+1200');
    const text = await pdfText(result.bytes);
    expect(text).toContain('[U+1200]');
  });

  it('prints emoji in Noto Emoji, in questions, answers and code, with nothing missing', async () => {
    const result = await renderPdf(
      makeBank([{ question: '🔥 Which emoji marks a hard question?', answer: 'The 🔥 emoji; ✅ for done.\n\n```python\nprint("🚀")\n```', file: 'notes/emoji.md', line: 3 }]),
    );
    expect(missingGlyphs(result)).toEqual([]);
    const names = fontNames(result.bytes);
    expect(names.some((name) => name.includes('NotoEmoji-Regular'))).toBe(true);
    // The question is set in a bolder face, and so are its emoji.
    expect(names.some((name) => name.includes('NotoEmoji-Bold'))).toBe(true);
    const text = squash(await pdfText(result.bytes));
    expect(text).toContain(squash('The 🔥 emoji; ✅ for done.'));
    expect(text).toContain(squash('🔥 Which emoji marks a hard question?'));
    expect(text).toContain(squash('print("🚀")'));
    expect(text).not.toContain('U+1F525');
  });

  it('reports the characters no font has once per file, naming the first question and counting the rest', async () => {
    // A note in a script none of the fonts has (Ethiopic here) prints many such characters: a report each
    // would bury everything else.
    const result = await renderPdf(
      makeBank([
        { question: 'ሀለሐመሠረሰ ምንድን ነው?', answer: 'Regularise.', file: 'notes/am.md', line: 4 },
        { question: 'ሸቀበተቸኀነ?', answer: 'Stop early.', file: 'notes/am.md', line: 9 },
        { question: 'How is ሀ read?', answer: 'As ha.', file: 'notes/other.md', line: 3 },
      ]),
    );
    const missing = missingGlyphs(result);
    expect(missing).toHaveLength(2);
    const am = missing.find((diagnostic) => diagnostic.file === 'notes/am.md')!;
    expect(am).toMatchObject({ line: 4, severity: 'warning' });
    expect(am.message).toContain('glyphs for 18 characters: "ሀ" (U+1200), "ለ" (U+1208)');
    expect(am.message).toContain('and 10 more');
    expect(am.message).toContain('in 2 questions of this file, the first question "ሀለሐመሠረሰ ምንድን ነው?"');
    expect(missing.find((diagnostic) => diagnostic.file === 'notes/other.md')!.message).toContain('U+1200');
    // Every character is still printed as its code.
    const text = await pdfText(result.bytes);
    expect(text).toContain('[U+1200]');
  });

  it('prints Chinese and Japanese in Noto Sans SC, beside Korean in Pretendard, with nothing missing', async () => {
    const result = await renderPdf(
      makeBank([
        { question: '为什么需要非线性激活函数？', answer: '**激活函数**可以引入非线性因素。`x = 数据`', file: 'notes/zh.md', line: 4 },
        { question: '過学習とは何ですか？', answer: 'モデルが訓練データに合わせすぎること。', file: 'notes/ja.md', line: 2 },
        { question: '과적합이란?', answer: '노이즈까지 학습하는 것.', file: 'notes/ko.md', line: 1, lang: 'ko' },
      ]),
    );
    expect(missingGlyphs(result)).toEqual([]);
    const names = fontNames(result.bytes);
    expect(names.some((name) => name.includes('NotoSansSC'))).toBe(true);
    expect(names.some((name) => name.includes('Pretendard'))).toBe(true);
    // Looked in for the full-width punctuation the text fonts lack, the emoji font is not embedded: nothing is drawn with it.
    expect(names.some((name) => name.includes('NotoEmoji'))).toBe(false);
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('为什么需要非线性激活函数？'));
    expect(text).toContain(squash('過学習とは何ですか？'));
  });
});

describe('damaged answers', () => {
  it('say so on the card', async () => {
    const result = await renderPdf(
      makeBank([
        { question: '왜 이런 방식들이 존재하나요?', answer: 'Typically,', flags: ['incomplete-answer'], lang: 'ko' },
        { question: 'Implement relu.', answer: '```python\ndef relu(x):\nreturn max(0, x)\n```', flags: ['code-indentation-lost'] },
        { question: 'What is an epoch?', answer: 'One pass over the data.' },
      ]),
    );
    const text = squash((await readPdf(result.bytes)).pages.map((page) => page.text).join(''));
    expect(text).toContain(squash('Note: The answer breaks off in the notes.'));
    expect(text).toContain(squash('Note: The code lost its indentation in the notes.'));
    expect(text.split(squash('Note:')).length - 1).toBe(2);
  });
});

describe('math', () => {
  it('draws each distinct formula once, however often it appears', async () => {
    const repeated = makeBank(
      Array.from({ length: 12 }, (_, index) => ({
        question: `Question ${index + 1} about the sigmoid?`,
        answer: `The sigmoid is $\\sigma(x) = \\frac{1}{1 + e^{-x}}$ and its derivative is $\\sigma(x)(1 - \\sigma(x))$.`,
      })),
    );
    const result = await renderPdf(repeated);
    const forms = [...pdfObjects(result.bytes).values()].filter((object) => /\/Subtype \/Form\b/.test(object));
    expect(forms).toHaveLength(2);
    expect(result.diagnostics).toEqual([]);
  });

  it('sets Hangul inside \\text{} in the embedded fonts', async () => {
    const pdf = await readPdf((await renderPdf(stressBank())).bytes);
    expect(pdf.pages.map((page) => page.text).join(' ')).toContain('교차');
  });
});

describe('options and edge cases', () => {
  it('renders an empty bank as a title page', async () => {
    const result = await renderPdf(makeBank([]));
    expect(result.pages).toBe(1);
    const pdf = await readPdf(result.bytes);
    expect(squash(pdf.pages[0]!.text)).toContain(squash('0 answered questions in 0 topics'));
  });

  it('reports an impossible column count and uses the nearest possible one', async () => {
    const result = await renderPdf(sampleBank(), { columns: 0 });
    expect(result.diagnostics).toContainEqual(expect.objectContaining({ ruleId: 'pdf-option', severity: 'warning' }));
    const single = await renderPdf(sampleBank(), { columns: 1 });
    expect(Buffer.from(result.bytes).equals(Buffer.from(single.bytes))).toBe(true);
  });

  it('reports a paper size it does not know and uses A4', async () => {
    const result = await renderPdf(sampleBank(), { paper: 'A3' as 'A4' });
    expect(result.diagnostics).toContainEqual({ severity: 'warning', ruleId: 'pdf-option', message: 'paper must be A4 or Letter; A3 given, using A4.' });
    expect(Buffer.from(result.bytes).equals(Buffer.from((await renderPdf(sampleBank(), { paper: 'A4' })).bytes))).toBe(true);
  });
});

describe('size', () => {
  it('keeps an 80-question sheet well under 1 MB', async () => {
    const result = await renderPdf(largeBank(80));
    expect(result.bytes.length).toBeLessThan(500_000);
  });
});

describe('exportPdf', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbank-pdf-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('writes the file (default name) with the same bytes renderPdf gives, leaving no temporary file', async () => {
    const result = await exportPdf(bank, { outDir: join(dir, 'out'), title: 'ML 인터뷰 cheat sheet' });
    expect(result.file).toBe(join(dir, 'out', 'qbank-cheatsheet.pdf'));
    expect(result.pages).toBe(sheet.pages);
    expect((await readFile(result.file)).equals(Buffer.from(sheet.bytes))).toBe(true);
    expect(await readdir(join(dir, 'out'))).toEqual(['qbank-cheatsheet.pdf']);
  });

  it('takes a file name, and refuses a path, which would write outside its folder', async () => {
    const result = await exportPdf(bank, { outDir: dir, fileName: 'sheet.pdf' });
    expect(result.file).toBe(join(dir, 'sheet.pdf'));
    await expect(exportPdf(bank, { outDir: join(dir, 'out'), fileName: '../escaped.pdf' })).rejects.toThrow('exportPdf: fileName takes a file name, not a path: ../escaped.pdf');
    expect(await readdir(dir)).not.toContain('escaped.pdf');
  });
});

describe('the sheet a build writes', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'qbank-pdf-build-'));
    await mkdir(join(dir, 'notes'));
    await writeFile(join(dir, 'notes', 'ml.md'), '## What is overfitting?\n\nFitting the noise of the training set.\n');
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });
  const built = async (fileName: string) => {
    const out = `out-${fileName.replace(/\W/g, '_')}`;
    await build({ cwd: dir, inputs: ['notes'], outDir: out, formats: ['pdf'], cache: false, pdf: { fileName } });
    return readdir(join(dir, out));
  };

  it('gets .pdf when named without an extension (the command line and the config file name it through build() too), and keeps any other extension', async () => {
    expect(await built('ml-sheet')).toEqual(['ml-sheet.pdf']);
    expect(await built('ML sheet.PDF')).toEqual(['ML sheet.PDF']);
    expect(await built('sheet.v2')).toEqual(['sheet.v2']);
  });

  it("is refused the name of another output when the sheet is written, and takes one that is another output's but for its .pdf", async () => {
    await expect(build({ cwd: dir, inputs: ['notes'], outDir: 'out', formats: ['pdf'], cache: false, pdf: { fileName: 'questions.json' } })).rejects.toThrow(
      new UsageError('the PDF file name questions.json would write over another output (questions.json): choose another name'),
    );
    expect(await built('questions')).toEqual(['questions.pdf']);
    // A build that writes no sheet writes over nothing by its name.
    await build({ cwd: dir, inputs: ['notes'], outDir: 'json-only', formats: ['json'], cache: false, pdf: { fileName: 'questions.json' } });
    expect((await readdir(join(dir, 'json-only'))).sort()).toEqual(['questions.json', 'questions.schema.json']);
  });
});
