/**
 * An RTF document (macOS TextEdit's default, WordPad's) is read as the text it shows: its control words, font and
 * colour tables and formatting go, its paragraphs are the lines of copied text, each at the file's line.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { rtfToText } from '../../src/parse/rtf-document.js';

const asked = (text: string, file = 'note.rtf'): unknown[] =>
  readNote(text, file).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

/** As TextEdit saves it: a backslash ends each paragraph, and a bold question's font change stands at its line's head. */
const textEdit = [
  '{\\rtf1\\ansi\\ansicpg1252\\cocoartf2759',
  '\\cocoatextscaling0\\cocoaplatform0{\\fonttbl\\f0\\fswiss\\fcharset0 Helvetica;\\f1\\fswiss\\fcharset0 Helvetica-Bold;}',
  '{\\colortbl;\\red255\\green255\\blue255;}',
  '{\\*\\expandedcolortbl;;}',
  '\\paperw11900\\paperh16840\\margl1440\\margr1440\\vieww11520\\viewh8400\\viewkind0',
  '\\pard\\tx566\\tx1133\\pardirnatural\\partightenfactor0',
  '',
  '\\f1\\b\\fs24 \\cf0 ML interview prep\\',
  '\\',
  'Q: What is the kernel trick?',
  '\\f0\\b0 \\',
  'A: Computing inner products through a kernel function.\\',
  '\\',
  '',
  '\\f1\\b Q: Why is k-NN slow at inference?',
  '\\f0\\b0 \\',
  'A: It is lazy: O(nd) per query.\\',
  '}',
].join('\n');

describe('an RTF document', () => {
  it('is read as the text TextEdit shows, each question and answer clean of control words, at its line of the file', () => {
    expect(asked(textEdit)).toEqual([
      ['What is the kernel trick?', 10, 'Computing inner products through a kernel function.'],
      ['Why is k-NN slow at inference?', 15, 'It is lazy: O(nd) per query.'],
    ]);
  });

  it('is told as read so', () => {
    expect(messagesOf(readNote(textEdit, 'note.rtf').vfile)).toEqual(['1:rtf-document']);
  });

  it("reads `\\'hh` bytes in the document's code page and `\\uN` characters, skipping the fallback after each", () => {
    // WordPad on a Korean Windows: CP949 bytes; Word: Unicode with a `?` for readers that do not know it.
    const wordPad = "{\\rtf1\\ansi\\ansicpg949\\deff0{\\fonttbl{\\f0\\fnil\\fcharset129 \\'b1\\'bc\\'b8\\'b2;}}\n\\pard Q. \\'b0\\'fa\\'c0\\'fb\\'c7\\'d5\\'c0\\'cc\\'b6\\'f5?\\par\nA. \\u51068?\\u48152?\\u54868? \\u50724?\\u52264?.\\par\n}";
    expect(rtfToText(wordPad).text).toBe('Q. 과적합이란?\nA. 일반화 오차.');
  });

  it('warns, at its last line, when the document is cut short inside its groups, and reads its text to the end', () => {
    const note = readNote('{\\rtf1\\ansi{\\fonttbl\\f0 Helvetica;}\nQ: What is dropout?\\\nA: Zeroing random units.\\\n{\\b unfinished', 'note.rtf');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What is dropout?', 'Zeroing random units.\n\nunfinished']]);
    expect(note.vfile.messages.filter((message) => message.fatal === false).map((message) => `${message.line}: ${message.reason}`)).toEqual([
      '4: The RTF document ends inside 2 groups never closed (cut short?): its text is read to the file\'s end',
    ]);
  });

  it("leaves out a field's instruction but keeps the words it shows, and every `{\\*\\…}` group and the document's properties", () => {
    const rtf = '{\\rtf1{\\info{\\title Draft}{\\author Kim}}{\\*\\generator Riched20;}See {\\field{\\*\\fldinst HYPERLINK "https://x.org"}{\\fldrslt the paper}}\\par}';
    expect(rtfToText(rtf).text).toBe('See the paper');
  });
});
