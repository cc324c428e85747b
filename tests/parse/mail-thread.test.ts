/**
 * A note pasted from an email thread: the mail's own lines (its header, the line over a forwarded or quoted
 * message, its closing and signature) are left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { HEADER_FIELD, MESSAGE_OPENER } from '../../src/parse/mail-headers.js';
import { CLOSING_REQUEST, DEVICE_LINE, VALEDICTION } from '../../src/parse/mail-sign-off.js';

/** The notes, in the order of their lines. */
const notesOf = (note: ReturnType<typeof readNote>) => [...note.vfile.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => `${message.line}:${message.ruleId}`);
const pairs = (text: string, file = 'note.txt') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text ?? null]);

describe("a mail's own lines", () => {
  it('leaves out the line that says who wrote a quoted message, and keeps what is quoted', () => {
    const note = readNote('Subject: Re: prep notes\nFrom: Priya\nTo: me\n\nHere is what I would say.\n\n> On Tue, Mar 5, 2024 at 10:02 AM, me wrote:\n> Do you have any notes from your screen?\n\nQ) What is a type I error?\nA) A false positive.\n\nCheers,\nPriya\n\n--\nPriya Sharma | Senior Data Scientist\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is a type I error?', 'A false positive.']]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '5:preamble', '7:mail-header', '13:sign-off', '14:sign-off', '16:sign-off', '17:sign-off']);
  });

  it('reads a header only as a run of its fields with From: among them', () => {
    // A page's properties are no mail's header: read as before, the preamble.
    const note = readNote('Date: 2022/10/14\nSubject: statistics\n\n## What is a p-value?\n\nThe chance of data as extreme under the null.\n');
    expect(notesOf(note)).toEqual(['1:preamble']);
  });

  it('keeps the last answer that ends with thanks, or asks the reader, with no name signed under it', () => {
    expect(pairs('## What do you write in the follow-up email?\nThank you\nfor your time today.\n', 'note.md')).toEqual([['What do you write in the follow-up email?', 'Thank you\nfor your time today.']]);
    expect(pairs('## What would you do next?\nTry a two-tower model.\n\nThank you!\nAny questions are welcome.\n', 'note.md')).toEqual([['What would you do next?', 'Try a two-tower model.\nThank you!\nAny questions are welcome.']]);
    expect(pairs('## How do you end a recruiter call?\n\nLet me know if the schedule changes.\n', 'note.md')).toEqual([['How do you end a recruiter call?', 'Let me know if the schedule changes.']]);
    // A line under `--` is a signature in a mail, or under a closing: not at the end of any note.
    expect(pairs('## What is a decrement?\n\nSubtracting one.\n\n--\nSee also increments.\n', 'note.md')).toEqual([['What is a decrement?', 'Subtracting one.\n--\nSee also increments.']]);
  });

  it('reads a mail copied as text so too, line by line', () => {
    const note = readNote('From: Priya Sharma\nTo: me\nSubject: ML screen questions\nHi,\nQ: What is overfitting?\nA: Fitting noise.\nQ: What is dropout?\nA: Zeroing random units.\nThanks,\nPriya\nSent from my iPhone\n', 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['What is dropout?', 'Zeroing random units.'],
    ]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '4:preamble', '9:sign-off', '10:sign-off', '11:sign-off']);
  });

  it('reads its lines with patterns that do not backtrack', () => {
    for (const pattern of [HEADER_FIELD, MESSAGE_OPENER, VALEDICTION, CLOSING_REQUEST, DEVICE_LINE]) expect(backtracking(pattern), String(pattern)).toBeUndefined();
  });
});
