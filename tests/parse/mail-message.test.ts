/**
 * A mail saved whole (`.eml`) is read as the mail a client shows: its body decoded from quoted-printable or base64 in
 * its charset (of a multipart mail, its text/plain part), the header fields a client shows left out as a pasted
 * mail's header is, the others left out with one note.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { decodeWords, isMailMessage, mailText, readMailMessage } from '../../src/parse/mail-message.js';

const asked = (text: string): unknown[] =>
  readNote(text, 'mail.eml').questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

const quotedPrintable = [
  'From: =?UTF-8?B?6rmA7KeA7JuQ?= <jiwon@example.com>',
  'To: study-group@example.com',
  'Subject: =?UTF-8?Q?=EC=A7=88=EB=AC=B8?= 3',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset="UTF-8"',
  'Content-Transfer-Encoding: quoted-printable',
  '',
  'Q1. What is label smoothing and why does it help?',
  'A1. It replaces one-hot targets with (1-=CE=B5) for the true class and =CE=',
  '=B5/(K-1) for the others.',
  '',
  'Q2. Knowledge distillation=EC=97=90=EC=84=9C temperature=EC=9D=98 =EC=97=AD=',
  '=ED=95=A0=EC=9D=80?',
  'A2. Softmax=EB=A5=BC =EB=B6=80=EB=93=9C=EB=9F=BD=EA=B2=8C.',
  '',
  '--=20',
  'Jiwon',
].join('\n');

describe('a mail saved whole', () => {
  it('is read with its quoted-printable body decoded, a line a soft break cuts read whole, each question at its line of the file', () => {
    expect(asked(quotedPrintable)).toEqual([
      ['What is label smoothing and why does it help?', 8, 'It replaces one-hot targets with (1-ε) for the true class and ε/(K-1) for the others.'],
      ['Knowledge distillation에서 temperature의 역할은?', 12, 'Softmax를 부드럽게.'],
    ]);
  });

  it('leaves out the header fields a client shows as a mail\'s header, and the others with one note', () => {
    const { vfile } = readNote(quotedPrintable, 'mail.eml');
    expect(messagesOf(vfile)).toEqual(['1:mail-header', '2:mail-header', '3:mail-header', '16:site-chrome', '17:sign-off', '1:mail-message']);
    expect(vfile.messages[2]!.reason).toBe('Left out a line of the email\'s header: "Subject: 질문 3"');
    expect(vfile.messages.at(-1)!.reason).toBe('Read as a mail saved whole: its body as copied text (quoted-printable in UTF-8); its header fields a mail client does not show left out (MIME-Version, Content-Type, Content-Transfer-Encoding)');
  });

  it('is read, of a multipart mail, as its text/plain part decoded from base64, its HTML copy left out', () => {
    const plain = Buffer.from('Q: What is dropout?\nA: Zeroing random units while training.\n').toString('base64');
    const mail = [
      'From: a@example.com',
      'Subject: prep',
      'Content-Type: multipart/alternative; boundary="b1"',
      '',
      '--b1',
      'Content-Type: text/plain; charset=utf-8',
      'Content-Transfer-Encoding: base64',
      '',
      // Twenty characters a line, fifteen bytes: the answer's line starts in the second.
      ...(plain.match(/.{1,20}/g) ?? []),
      '--b1',
      'Content-Type: text/html; charset=utf-8',
      '',
      '<p>Q: What is dropout?</p>',
      '--b1--',
    ].join('\n');
    expect(isMailMessage(mail)).toBe(true);
    const read = readMailMessage(mail);
    const text = mailText(read);
    expect(text.text).toBe('From: a@example.com\nSubject: prep\n\nQ: What is dropout?\nA: Zeroing random units while training.');
    expect([4, 5].map(text.lineOf)).toEqual([9, 10]);
    expect(read.read).toBe('the text/plain part of 2, base64 in UTF-8');
  });

  it('is read, when its only text is HTML, as the Markdown that HTML stands for', () => {
    const mail = [
      'From: a@example.com',
      'To: b@example.com',
      'Message-ID: <1@example.com>',
      'Content-Type: text/html; charset=utf-8',
      'Content-Transfer-Encoding: quoted-printable',
      '',
      '<h3>What is dropout?</h3>',
      '<p>Zeroing random units while tra=',
      'ining.</p>',
    ].join('\n');
    expect(asked(mail)).toEqual([['What is dropout?', 7, 'Zeroing random units while training.']]);
  });

  it('is told from a mail pasted from a client, whose header has no field only a sent mail has', () => {
    expect(isMailMessage('From: Dana <dana@example.com>\nSubject: questions\n\nWhat is AUC?\n')).toBe(false);
  });

  it('reads multipart bodies a few levels deep only: a file of parts nested 20,000 deep is no mail as sent, told so, not read part by part in each', () => {
    const depth = 20_000;
    const opened = Array.from({ length: depth }, (_, d) => `--b${d}\nContent-Type: multipart/mixed; boundary=b${d + 1}\n`);
    const closed = Array.from({ length: depth + 1 }, (_, d) => `--b${depth - d}--`);
    const mail = ['From: a@example.com', 'Content-Type: multipart/mixed; boundary=b0', '', ...opened, `--b${depth}`, 'Content-Type: text/plain', '', 'What is x?', ...closed].join('\n');
    expect(readMailMessage(mail).read).toBe('no text part');
  });

  it('warns when it has no text part to read, or names a charset Node does not know', () => {
    const attachmentOnly = 'From: a@example.com\nMIME-Version: 1.0\nContent-Type: application/pdf\n\nJVBERi0=\n';
    const { vfile } = readNote(attachmentOnly, 'mail.eml');
    expect(vfile.messages.filter((message) => message.fatal === false).map((message) => message.reason)).toEqual([
      'The mail has no text part to read (only attachments, or parts nested deeper than a mail as sent nests them): its body is not read',
    ]);
    const unknown = 'From: a@example.com\nMIME-Version: 1.0\nContent-Type: text/plain; charset=x-klingon\n\nWhat is AUC?\n';
    expect(readMailMessage(unknown).problem).toBe('The mail\'s charset "x-klingon" is none Node knows: its body is read as UTF-8, what does not decode replaced with U+FFFD');
  });

  it('decodes encoded words in a header, the space between two of them going', () => {
    expect(decodeWords('=?UTF-8?B?6rmA?= =?UTF-8?B?7KeA7JuQ?= <j@x.org>')).toBe('김지원 <j@x.org>');
  });
});
