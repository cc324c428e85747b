/**
 * A picture whose address the sanitiser refuses (`javascript:`) keeps its alt text in every
 * output, each writing it as it writes a picture it cannot show: the card `[image: alt]`,
 * answer.text and the sheet `[alt]`, answer.markdown and answer.html a picture with no address. The address itself reaches none of them; normalising
 * reports it (`html-left-out`), and the sheet has no file of its own to report.
 */
import { describe, expect, it } from 'vitest';
import { buildNote } from '../../src/export/anki/note.js';
import { renderPdf } from '../../src/export/pdf/index.js';
import { SCHEMA_VERSION, type Question } from '../../src/schema/question-bank.js';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { readPdf, squash } from './pdf/read-pdf.js';

const NOTE = [
  '## What is shown inline?',
  '',
  'Before <img src="javascript:alert(1)" alt="그림 설명"> after.',
  '',
  '## What is shown in a block?',
  '',
  '<p align="center"><img src="JaVaScRiPt:alert(2)" alt="block figure"><br>Figure 1</p>',
  '',
  '## What is shown in a table?',
  '',
  '<table><tr><th>Model</th><th>Plot</th></tr><tr><td>ResNet</td><td><img src="javascript:alert(3)" alt="cell figure"></td></tr></table>',
  '',
  '## What is shown in Markdown?',
  '',
  'Before ![a Markdown figure](javascript:alert(4)) after.',
  '',
].join('\n');

const read = readNote(NOTE, 'figures.md');
const [inline, block, table, markdown] = read.questions as [Question, Question, Question, Question];
const noImages = () => ({ kind: 'missing' as const, problem: 'none in this test' });

async function sheetText(question: Question): Promise<{ text: string; diagnostics: unknown[] }> {
  const sheet = await renderPdf({ schemaVersion: SCHEMA_VERSION, sources: [{ file: 'figures.md', format: 'markdown', questions: 1 }], questions: [question] });
  return { text: squash((await readPdf(sheet.bytes)).pages.map((page) => page.text).join('')), diagnostics: sheet.diagnostics };
}

describe('a picture whose address is refused', () => {
  it('is its alt text on the card', () => {
    expect(buildNote(inline, noImages).fields[1]).toContain('[image: 그림 설명]');
    expect(buildNote(block, noImages).fields[1]).toContain('[image: block figure]');
    expect(buildNote(table, noImages).fields[1]).toContain('[image: cell figure]');
    expect(buildNote(markdown, noImages).fields[1]).toContain('[image: a Markdown figure]');
  });

  it('is its alt text in answer.text, where it stands, as any picture is', () => {
    expect(inline.answer!.text).toBe('Before [그림 설명] after.');
    expect(block.answer!.text).toBe('[block figure]\nFigure 1');
    expect(table.answer!.text).toContain('ResNet\t[cell figure]');
    expect(markdown.answer!.text).toBe('Before [a Markdown figure] after.');
  });

  it('is a picture with no address in answer.markdown, as it is an `<img>` with no `src` in the HTML', () => {
    expect(markdown.answer!.markdown).toBe('Before ![a Markdown figure]() after.');
    expect(markdown.answer!.html).toBe('<p>Before <img alt="a Markdown figure"> after.</p>');
  });

  it('is its alt text on the sheet, where it stands, with nothing more to report there', async () => {
    for (const [question, expected] of [
      [inline, 'Before [그림 설명] after.'],
      [block, '[block figure]'],
      [table, '[cell figure]'],
      [markdown, 'Before [a Markdown figure] after.'],
    ] as const) {
      const { text, diagnostics } = await sheetText(question);
      expect(text).toContain(squash(expected));
      // Not `Image "" is not drawn`: there is no file it failed to draw.
      expect(diagnostics).toEqual([]);
    }
  });

  it('reaches no output with its address, and is reported once, where the note has it', async () => {
    for (const question of [inline, block, table, markdown]) {
      const { markdown, html, text } = question.answer!;
      const note = buildNote(question, noImages);
      for (const output of [markdown, html, text, ...note.fields, (await sheetText(question)).text]) expect(output).not.toMatch(/javascript|alert/i);
    }
    expect(messagesOf(read.vfile)).toEqual(['3:html-left-out', '7:html-left-out', '11:html-left-out', '15:html-left-out']);
  });
});
