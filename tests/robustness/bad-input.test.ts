/**
 * A notes folder is whatever a user dragged into it. One folder holds every
 * kind of bad input next to a good note; one real `qbank build` reads it all.
 * For each file the build says what it did (file, line, what was done), and
 * the good questions still come out.
 */
import { symlinkSync } from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionBank } from '../../src/schema/question-bank.js';
import { questionId } from '../../src/normalise/index.js';
import type { RunResult } from '../helpers/temp-project.js';
import { hostileFolder, questionsIn, reportsOn } from './hostile-folder.js';

const notes = hostileFolder();
let build: RunResult;
let bank: QuestionBank;

const utf16 = (text: string, endian: 'le' | 'be'): Buffer => {
  const le = Buffer.from(text, 'utf16le');
  const bytes = endian === 'le' ? le : Buffer.from(le).swap16();
  return Buffer.concat([Buffer.from(endian === 'le' ? [0xff, 0xfe] : [0xfe, 0xff]), bytes]);
};

/** A note of `count` distinct questions, about `bytes` long. */
function largeNote(count: number): string {
  const parts: string[] = [];
  for (let i = 1; i <= count; i++) {
    parts.push(`## ${i}. What does layer ${i} of the reference network compute?\n\n`);
    parts.push(`Layer ${i} applies a learned affine map and a nonlinearity. ${'It keeps the activations well scaled for the next layer. '.repeat(8)}\n\n`);
  }
  return parts.join('');
}

beforeAll(async () => {
  notes.write('control.md', '## What is a control question?\n\nOne that must survive whatever else is in the folder.\n');
  notes.write('empty.md', '');
  notes.write('blank.txt', '  \n\n\t\n');
  notes.write('front-matter-only.md', '---\ntitle: Draft\ntags: [ml]\n---\n');
  // A binary with a text extension, an archive renamed to .md, a picture.
  notes.write('random.txt', Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 7919 + 13) % 256)));
  notes.write('archive.md', Buffer.concat([Buffer.from('PK\x03\x04'), Buffer.from(Array.from({ length: 2000 }, (_, i) => (i * 31) % 256))]));
  notes.write('figure.png', Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]));
  notes.write(
    'broken-bytes.md',
    Buffer.concat([Buffer.from('## 경사 하강법이란 무엇인가?\n\n기울기를 따라 '), Buffer.from([0xff]), Buffer.from(' 내려가는 방법이다.\n')]),
  );
  notes.write('utf16-le.md', utf16('## What is UTF-16?\r\n\r\nTwo bytes per unit.\r\n\r\n## 인코딩이란 무엇인가?\r\n\r\n문자를 바이트로.\r\n', 'le'));
  notes.write('utf16-be.txt', utf16('## What is big-endian?\n\nMost significant byte first.\n', 'be'));
  notes.write('nul.md', '## What is a NUL byte?\n\nIt ends C\u0000 strings.\n');
  notes.write('crlf.md', '## What is CRLF?\r\n\r\nCarriage return, line feed.\r\n\r\n## Why does it matter?\r\n\r\nLine counts.\r\n');
  notes.write('invisible.md', '## What is gat\u200bed\u00a0atten\u2060tion\ufeff?\n\nAttention\u200d with a gate.\n');
  notes.write('large.md', largeNote(2000));
  notes.write(
    'long-line.md',
    `## What is an inline image?\n\nLike this one: ![plot](data:image/png;base64,${'QUJD'.repeat(600_000)})\n\n## What comes after the long line?\n\nThis answer.\n`,
  );
  notes.write('long-line.txt', `What is minified code?\n${'var a=1;'.repeat(300_000)}\nWhat follows the minified line?\nThis line.\n`);
  notes.write('too-large.txt', 'What is too large?\n'.padEnd(9 * 1024 * 1024, 'x'));
  // A cloze field of deletions that never close: each is read up to the next, never to the field's end.
  notes.write('open-clozes.txt', `#separator:tab\n${'{{c1::a'.repeat(100_000)}\tBack\n{{c1::Dropout}} zeroes units.\tExtra\n`);
  notes.write(
    'unclosed-details.md',
    '## What is A?\n\n<details>\n<summary>Answer</summary>\n\nA answer.\n\n## What is B?\n\nB answer.\n',
  );
  notes.write(
    'unclosed-summary.md',
    '<details><summary>What is C?</summary>\n\nC answer.\n\n<details><summary>What is D?</summary>\n\nD answer.\n\n</details>\n',
  );
  notes.write(
    'math.md',
    '## What is inline math?\n\nIt opens \\( x + y but never closes.\n\n## What is display math?\n\n\\[ x^2\n\n## What is a math fence?\n\n$$\nx^2\n\n## What follows the math?\n\nPlain text.\n',
  );
  notes.write(
    'fence.md',
    '## What is a fence?\n\n```python\ndef f():\n    # a comment?\n\n    return 1\n\n## What follows the fence?\n\nPlain text.\n\n## What is a comment?\n\n<!-- draft\n\n## What follows the comment?\n\nMore text.\n',
  );
  notes.write('my notes.md', '## What is a space in a name?\n\nA character.\n');
  notes.write('한국어 노트.md'.normalize('NFD'), '## 과적합이란 무엇인가?\n\n훈련 데이터에만 잘 맞는 것.\n');
  notes.write('a/b/c/d/deep.md', '## What is a nested note?\n\nOne four folders down.\n');
  symlinkSync('../..', path.join(notes.dir, 'notes', 'a', 'b', 'up'));
  symlinkSync('self.md', path.join(notes.dir, 'notes', 'self.md'));
  build = await notes.run('build', 'notes', '--format', 'json', '--out', 'out', '--verbose');
  bank = notes.bank();
}, 120_000);

const answerOf = (file: string, question: string) => questionsIn(bank, file).find((q) => q.question === question)?.answer?.markdown;

describe('the rest of the build goes on', () => {
  it('exits 0 (warnings only) and still exports the good note', () => {
    expect(build.code).toBe(0);
    expect(answerOf('control.md', 'What is a control question?')).toBe('One that must survive whatever else is in the folder.');
  });

  it('names every file it skipped, with the reason, in the summary', () => {
    expect(build.out).toMatch(/^Skipped \d+ files:$/m);
    expect(build.out).toMatch(/^ {2}notes\/random\.txt: binary file \(.+\)$/m);
    expect(build.out).toMatch(/^ {2}notes\/archive\.md: binary file \(ZIP archive\)$/m);
    expect(build.out).toMatch(/^ {2}notes\/figure\.png: not a text file \(\.png\)$/m);
    expect(build.out).toMatch(/^ {2}notes\/too-large\.txt: too large \(9\.0 MiB; the limit is 8\.0 MiB\)$/m);
    expect(build.out).toMatch(/^ {2}notes\/a\/b\/up: symbolic link loop/m);
    expect(build.out).toMatch(/^ {2}notes\/self\.md: symbolic link loop$/m);
  });

  it('lists every file it read in questions.json, with its count', () => {
    const read = bank.sources.map((source) => source.file);
    expect(read).toContain('notes/empty.md');
    expect(read).not.toContain('notes/random.txt');
    expect(bank.sources.find((source) => source.file === 'notes/large.md')?.questions).toBe(2000);
  });
});

describe('empty files', () => {
  it('reads an empty file and a blank one as no questions, with a note', () => {
    expect(reportsOn(build.err, 'empty.md')).toEqual(['notes/empty.md:1:1: info: empty file [empty-file]']);
    expect(reportsOn(build.err, 'blank.txt')).toEqual(['notes/blank.txt:1:1: info: empty file (only whitespace) [empty-file]']);
    expect(bank.sources.find((source) => source.file === 'notes/empty.md')?.questions).toBe(0);
  });

  it('says a file holds only front matter, and keeps its title', () => {
    expect(reportsOn(build.err, 'front-matter-only.md')).toEqual([
      'notes/front-matter-only.md:1:1: info: The file holds only front matter: no notes to read [front-matter-only]',
    ]);
    expect(bank.sources.find((source) => source.file === 'notes/front-matter-only.md')).toMatchObject({ title: 'Draft', questions: 0 });
  });
});

describe('encodings and bytes', () => {
  it('replaces invalid UTF-8 with U+FFFD, says where, and keeps the question', () => {
    expect(reportsOn(build.err, 'broken-bytes.md')).toEqual([
      'notes/broken-bytes.md:3:9: warning: Invalid UTF-8: 1 byte sequence replaced with U+FFFD, the first at 3:9 [invalid-utf8]',
    ]);
    expect(answerOf('broken-bytes.md', '경사 하강법이란 무엇인가?')).toBe('기울기를 따라 \ufffd 내려가는 방법이다.');
  });

  it('reads UTF-16 with a byte order mark, either endianness, with true line numbers', () => {
    expect(reportsOn(build.err, 'utf16-le.md')).toContain('notes/utf16-le.md:1:1: info: Decoded as UTF-16LE (byte order mark) [encoding]');
    expect(questionsIn(bank, 'utf16-le.md').map((q) => [q.question, q.occurrences[0]!.line, q.answer?.text])).toEqual([
      ['What is UTF-16?', 1, 'Two bytes per unit.'],
      ['인코딩이란 무엇인가?', 5, '문자를 바이트로.'],
    ]);
    expect(answerOf('utf16-be.txt', 'What is big-endian?')).toBe('Most significant byte first.');
  });

  it('removes NUL bytes and says on which line', () => {
    expect(reportsOn(build.err, 'nul.md')).toEqual(['notes/nul.md:3:10: warning: Removed 1 NUL byte (line 3) [nul-bytes]']);
    expect(answerOf('nul.md', 'What is a NUL byte?')).toBe('It ends C strings.');
  });

  it('reads CRLF line endings with true line numbers and no stray carriage returns', () => {
    expect(reportsOn(build.err, 'crlf.md')).toEqual(['notes/crlf.md:1:17: info: Converted 7 CRLF line endings to LF [line-endings]']);
    const found = questionsIn(bank, 'crlf.md');
    expect(found.map((q) => [q.question, q.occurrences[0]!.line])).toEqual([
      ['What is CRLF?', 1],
      ['Why does it matter?', 5],
    ]);
    expect(JSON.stringify(found)).not.toContain('\\r');
  });

  it('cleans zero-width and non-breaking characters out of a question, so its id is the clean wording\'s id', () => {
    const [question] = questionsIn(bank, 'invisible.md');
    expect(question?.question).toBe('What is gated attention?');
    expect(question?.id).toBe(questionId('What is gated attention?'));
    expect(question?.answer?.text).toBe('Attention with a gate.');
    expect(reportsOn(build.err, 'invisible.md')).toEqual([
      'notes/invisible.md:1:15: info: Removed 4 invisible characters (zero-width space, word joiner, zero-width no-break space, zero-width joiner) [invisible-characters]',
      'notes/invisible.md:1:17: info: Replaced 1 non-breaking or other Unicode space with ASCII spaces [unicode-spaces]',
    ]);
  });
});

describe('size', () => {
  it('reads a large note in full', () => {
    const found = questionsIn(bank, 'large.md');
    expect(found).toHaveLength(2000);
    expect(found.find((q) => q.question === 'What does layer 999 of the reference network compute?')?.occurrences[0]!.line).toBe(999 * 4 - 3);
  });

  it('reads a multi-megabyte line, and the questions after it', () => {
    expect(answerOf('long-line.md', 'What comes after the long line?')).toBe('This answer.');
    expect(answerOf('long-line.txt', 'What follows the minified line?')).toBe('This line.');
    expect(questionsIn(bank, 'long-line.txt')[0]!.answer!.text).toHaveLength(2_400_000);
  });

  it('reads a card export whose cloze deletions never close, and the card after them', () => {
    expect(questionsIn(bank, 'open-clozes.txt').map((q) => q.question)).toContain('[...] zeroes units.');
  });
});

describe('blocks that are never closed', () => {
  it('ends the answer of an unclosed <details> at the next question, and says so', () => {
    expect(answerOf('unclosed-details.md', 'What is A?')).toBe('A answer.');
    expect(answerOf('unclosed-details.md', 'What is B?')).toBe('B answer.');
    expect(reportsOn(build.err, 'unclosed-details.md')).toEqual([
      'notes/unclosed-details.md:3:1: warning: `<details>` is never closed: the answer of "What is A?" ends before line 8, where the next question starts [unclosed-details]',
    ]);
  });

  it('ends an unclosed <details> whose summary asks at the next <details> question', () => {
    expect(answerOf('unclosed-summary.md', 'What is C?')).toBe('C answer.');
    expect(answerOf('unclosed-summary.md', 'What is D?')).toBe('D answer.');
    expect(reportsOn(build.err, 'unclosed-summary.md')).toEqual([
      'notes/unclosed-summary.md:1:1: warning: `<details>` is never closed: the answer of "What is C?" ends before line 5, where the next question starts [unclosed-details]',
    ]);
  });

  it('keeps unbalanced math as text, reports each delimiter, and ends a runaway $$ at the next question', () => {
    expect(reportsOn(build.err, 'math.md')).toEqual([
      'notes/math.md:3:10: warning: Unbalanced math delimiter `\\(`: kept as text [unbalanced-math]',
      'notes/math.md:7:1: warning: Unbalanced math delimiter `\\[`: kept as text [unbalanced-math]',
      'notes/math.md:11:1: warning: $$ opened here is never closed: ended it before line 14, where the next question starts [unclosed-block]',
    ]);
    expect(questionsIn(bank, 'math.md').map((q) => q.question)).toEqual([
      'What is inline math?',
      'What is display math?',
      'What is a math fence?',
      'What follows the math?',
    ]);
    expect(answerOf('math.md', 'What is a math fence?')).toBe('$$\nx^2\n$$');
    // The delimiter stays in the text as written (remark alone would read `\(` as an escaped `(`).
    expect(questionsIn(bank, 'math.md')[0]!.answer!.text).toBe('It opens \\( x + y but never closes.');
    expect(questionsIn(bank, 'math.md')[1]!.answer!.text).toBe('\\[ x^2');
  });

  it('ends an unclosed code fence or comment before the next question instead of swallowing the rest of the file', () => {
    expect(reportsOn(build.err, 'fence.md')).toEqual([
      'notes/fence.md:3:1: warning: ``` opened here is never closed: ended it before line 9, where the next question starts [unclosed-block]',
      'notes/fence.md:15:1: warning: <!-- opened here is never closed: ended it before line 17, where the next question starts [unclosed-block]',
    ]);
    expect(answerOf('fence.md', 'What is a fence?')).toBe('```python\ndef f():\n    # a comment?\n\n    return 1\n```');
    expect(answerOf('fence.md', 'What follows the fence?')).toBe('Plain text.');
    expect(answerOf('fence.md', 'What follows the comment?')).toBe('More text.');
  });
});

describe('names and folders', () => {
  it('reads names with spaces and Hangul, and reports them in NFC', () => {
    expect(answerOf('my notes.md', 'What is a space in a name?')).toBe('A character.');
    expect(answerOf('한국어 노트.md', '과적합이란 무엇인가?')).toBe('훈련 데이터에만 잘 맞는 것.');
  });

  it('walks nested folders once, even with a link back up the tree', () => {
    const deep = bank.questions.filter((q) => q.question === 'What is a nested note?');
    expect(deep).toHaveLength(1);
    expect(deep[0]!.occurrences.map((occurrence) => occurrence.file)).toEqual(['notes/a/b/c/d/deep.md']);
  });
});
