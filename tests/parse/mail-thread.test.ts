/**
 * A note pasted from an email thread: a recruiter's questions, quoted in the reply (`> 1. …?`), each answered
 * by the unquoted lines under it. The quote is the question (the reverse of `**What is X?**` over `> …`, a
 * question answered in a quote); the mail's own lines (its header, the line over a forwarded or quoted message,
 * its closing and signature) are left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { HEADER_FIELD, MESSAGE_OPENER } from '../../src/parse/mail-headers.js';
import { CLOSING_REQUEST, DEVICE_LINE, VALEDICTION } from '../../src/parse/mail-sign-off.js';

/** The notes, in the order of their lines. */
const notesOf = (note: ReturnType<typeof readNote>) => [...note.vfile.messages].sort((a, b) => (a.line ?? 0) - (b.line ?? 0)).map((message) => `${message.line}:${message.ruleId}`);
const pairs = (text: string, file = 'note.txt') => readNote(text, file).questions.map((question) => [question.question, question.answer?.text ?? null]);

/** The reviewer's note (rv8 18): the mail forwarded, the answers typed under each quoted question. */
const forwarded = [
  'From: Dana Kim <dana.kim@gmail.com>',
  'Sent: Tuesday, June 4, 2024 10:31 PM',
  'To: me',
  'Subject: Fwd: Your onsite with Acme AI — prep questions',
  '',
  'Hey! Forwarding what the recruiter sent. I typed my answers inline, feel free to steal.',
  '',
  '---------- Forwarded message ---------',
  'From: Recruiting Team <recruiting@acme.ai>',
  'Date: Mon, Jun 3, 2024 at 4:02 PM',
  'Subject: Your onsite with Acme AI — prep questions',
  'To: Dana Kim <dana.kim@gmail.com>',
  '',
  'Hi Dana,',
  '',
  'Ahead of your onsite, here are example questions from the ML depth round:',
  '',
  '> 1. How would you detect data drift in production?',
  'Compare feature distributions of live traffic to training data with PSI or KS tests per feature.',
  '',
  '> 2. What is the difference between online and offline evaluation?',
  'Offline uses held-out logged data; online is an A/B test on real users.',
  '',
  '> 3. How would you debug a model whose offline AUC is great but online CTR dropped?',
  '',
  'Please confirm your availability by Friday.',
  '',
  'Best,',
  'Acme Recruiting',
  'Acme AI · 500 Market St, San Francisco',
  '',
  '--',
  'Dana',
  'Sent from my iPhone',
  '',
].join('\n');

describe('questions quoted in a mail, each answered under it', () => {
  it('reads each quoted question with the unquoted lines under it as its answer, up to the next', () => {
    // Markdown reads an unquoted line glued under a quoted one as the quote's (a lazy line): it gave no question.
    expect(pairs(forwarded)).toEqual([
      ['How would you detect data drift in production?', 'Compare feature distributions of live traffic to training data with PSI or KS tests per feature.'],
      ['What is the difference between online and offline evaluation?', 'Offline uses held-out logged data; online is an A/B test on real users.'],
      // Not answered: the recruiter's last request is the mail's closing, not an answer.
      ['How would you debug a model whose offline AUC is great but online CTR dropped?', null],
    ]);
  });

  it("leaves out the mail's header, the forwarded message's, its closing and the signature, a note at each line", () => {
    const note = readNote(forwarded, 'note.txt');
    expect(notesOf(note)).toEqual([
      ...[1, 2, 3, 4].map((line) => `${line}:mail-header`),
      // The greetings and what the mail says before the questions are its preamble.
      '6:preamble',
      ...[8, 9, 10, 11, 12].map((line) => `${line}:mail-header`),
      ...[26, 28, 29, 30, 32, 33, 34].map((line) => `${line}:sign-off`),
    ]);
    const reasons = note.vfile.messages.map((message) => message.reason);
    expect(reasons).toContain('Left out a line of the email\'s header: "---------- Forwarded message ---------"');
    expect(reasons).toContain('Left out the note\'s sign-off after its last answer: "Please confirm your availability by Friday."');
  });

  it('reads them so with blank lines between a question and its answer, the answer never a question', () => {
    // Before, `Compare …` was read as a question, the quote under it its answer (as an instruction over a quoted answer).
    const note = 'Hi Dana,\n\nHere are example questions:\n\n> 1. How would you detect data drift in production?\n\nCompare feature distributions with PSI.\n\n> 2. How do you choose a decision threshold?\n\nFrom the cost of FP vs FN.\n';
    expect(pairs(note)).toEqual([
      ['How would you detect data drift in production?', 'Compare feature distributions with PSI.'],
      ['How do you choose a decision threshold?', 'From the cost of FP vs FN.'],
    ]);
  });

  it('ends a quote at its first unquoted line, with no blank line anywhere, and keeps an answer over several lines and blocks', () => {
    // One quote in Markdown, each answer a lazy line of its item, the closing too.
    const glued = 'Here are example questions:\n> 1. How would you detect data drift?\nCompare feature distributions with PSI.\n> 2. How do you choose a decision threshold?\nFrom the cost of FP vs FN.\n> 3. How would you debug an online CTR drop?\nBest,\nAcme Recruiting\n';
    expect(pairs(glued)).toEqual([
      ['How would you detect data drift?', 'Compare feature distributions with PSI.'],
      ['How do you choose a decision threshold?', 'From the cost of FP vs FN.'],
      ['How would you debug an online CTR drop?', null],
    ]);
    const longer = '> - How would you detect data drift?\nCompare feature distributions\nwith PSI.\n\n- per feature\n- per segment\n\n> - How do you choose a threshold?\nFrom the cost of errors.\n\n## Next round\n\nNotes on the next round.\n';
    expect(pairs(longer, 'note.md')).toEqual([
      ['How would you detect data drift?', 'Compare feature distributions\nwith PSI.\n• per feature\n• per segment'],
      // A heading ends the answer.
      ['How do you choose a threshold?', 'From the cost of errors.'],
    ]);
  });

  it('reads them so in a mail copied as text with no blank line, read line by line, its request right over the closing', () => {
    const copied = forwarded.split('\n').filter((line) => line !== '').join('\n');
    const note = readNote(copied, 'note.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual(pairs(forwarded));
    expect(note.vfile.messages.filter((message) => message.ruleId === 'sign-off').map((message) => message.line)).toEqual([18, 19, 20, 21, 23, 24]);
    // Copied text's `--` is left out as any divider is.
    expect(note.vfile.messages.find((message) => message.line === 22)?.ruleId).toBe('site-chrome');
  });

  it('keeps a quote that answers, a quoted passage, and quoted questions nothing answers', () => {
    expect(pairs('**What is Goodhart\'s law?**\n\n> 1. When a measure becomes a target, it ceases to be a good measure.\n\nSo pick metrics with care.\n', 'note.md')).toEqual([
      ["What is Goodhart's law?", '1. When a measure becomes a target, it ceases to be a good measure.\nSo pick metrics with care.'],
    ]);
    // Nor is a question quoted right under one that asks: it answers that one.
    const asked = readNote('**What would you ask the interviewer?**\n\n> 1. What does success look like in this role?\n\nThen listen for what they measure.\n');
    expect(asked.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What would you ask the interviewer?', '> 1. What does success look like in this role?\n\nThen listen for what they measure.'],
    ]);
    // A task is no quoted question: it may be a point of the answer above it.
    expect(pairs('**What are the steps?**\n\n> 1. Explain the data.\n\nThen fit the model.\n', 'note.md')).toEqual([['What are the steps?', '1. Explain the data.\nThen fit the model.']]);
    // Two questions quoted together, nothing under them: a quotation, read as before (no question).
    expect(readNote('## Reading list\n\nThe book asks:\n\n> 1. What is bias?\n> 2. What is variance?\n').questions).toEqual([]);
    // Each quoted apart, nothing under any of them: still a quotation (nothing answers them), in a mail too.
    expect(readNote('## Reading list\n\nThe book asks:\n\n> 1. What is bias?\n\n> 2. What is variance?\n').questions).toEqual([]);
    expect(readNote('From: Dana <dana@example.com>\nTo: me@example.com\nSubject: Prep\n\n> 1. What is bias?\n\n> 2. What is variance?\n').questions).toEqual([]);
    // Follow-ups quoted in the answer of a heading that asks stay that answer's; so does one question quoted in a note
    // that is no mail: a quotation as often.
    const followUps = '## What is overfitting?\n\nFitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n\n> 2. Follow-up: and with little data?\n\nAugment it.\n\n## What is dropout?\n\nZeroing units.\n';
    expect(readNote(followUps).questions.map((question) => question.answer?.markdown)).toEqual([
      'Fitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n\n> 2. Follow-up: and with little data?\n\nAugment it.',
      'Zeroing units.',
    ]);
    expect(readNote('**What is overfitting?**\n\nFitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.\n').questions.map((question) => question.answer?.markdown)).toEqual([
      'Fitting noise.\n\n> 1. Follow-up: how do you prevent it?\n\nRegularisation.',
    ]);
    // A question the quote wraps onto an unquoted line is no quoted question either: read as before, no question.
    expect(readNote('> 1. How would you detect data drift\nin production?\n').questions).toEqual([]);
  });

  it('keeps a quote glued over the line under it as one quote in a note that is no mail, when it is the only one', () => {
    // A follow-up quoted in an answer, its answer glued under it: Markdown's one quote, as before (a mail's quotes are
    // marked line by line, a note's need not be).
    expect(readNote('**What is drift?**\n\nA change in the data.\n\n> 1. Follow-up: how would you detect it?\nWith PSI.\n').questions.map((question) => question.answer?.markdown)).toEqual([
      'A change in the data.\n\n> 1. Follow-up: how would you detect it?\n>    With PSI.',
    ]);
  });

  it('is no question and its answer when the quote goes on, quoted, after its unquoted line', () => {
    // The unquoted line is one a copy lost its marker on, in the middle of a quoted passage: no answer typed under a question.
    const note = 'From: Recruiting <r@acme.ai>\nTo: me\nSubject: prep\n\n> 1. Does batch norm reduce internal covariate shift?\nThat is what the 2015 paper claims;\n> later work shows it smooths the loss instead.\n\n> 2. How do you choose a threshold?\n\nFrom the cost of errors.\n';
    expect(pairs(note, 'note.md')).toEqual([['How do you choose a threshold?', 'From the cost of errors.']]);
  });
});

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

  it("leaves out a mail's signature under -- with no closing word over it", () => {
    const note = readNote('From: Recruiting <r@acme.ai>\nTo: me\nSubject: prep\n\n> 1. What is data drift?\n\nA shift in the input distribution.\n\n--\nDana Kim\nAcme AI\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is data drift?', 'A shift in the input distribution.']]);
    expect(notesOf(note)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '9:sign-off', '10:sign-off', '11:sign-off']);
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
