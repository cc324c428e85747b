/**
 * A Python console session pasted with no fence around it (`>>> def f(x=[]):` over `...     x.append(1)` and what
 * the console printed) is code, its prompts and output as typed: Markdown read it as three quotes nested.
 */
import { describe, expect, it } from 'vitest';
import { answersOf } from '../helpers/read-note.js';
import { detectFormat } from '../../src/parse/detect-format.js';


const session = ['>>> def f(x=[]):', '...     x.append(1)', '...     return x', '>>> f(); f()', '[1, 1]'];

describe('a Python console session pasted without a fence', () => {
  it('is a pycon code block in a Markdown note, its prompts and output kept, the text under it its own paragraph', () => {
    const note = ['### Mutable default argument의 문제는?', '', ...session, '', '기본값이 함수 정의 시점에 한 번만 만들어진다.', '', '### GIL이 뭔가요?', '', '한 번에 한 스레드만 바이트코드를 실행하게 하는 락.'].join('\n');
    expect(answersOf(note)).toEqual([
      ['Mutable default argument의 문제는?', `\`\`\`pycon\n${session.join('\n')}\n\`\`\`\n\n기본값이 함수 정의 시점에 한 번만 만들어진다.`],
      ['GIL이 뭔가요?', '한 번에 한 스레드만 바이트코드를 실행하게 하는 락.'],
    ]);
  });

  it('is none where a prompt holds prose: a mail quoted three times over stays a quote, beside a session', () => {
    const note = ['## What did the reviewer say?', '', '>>> On Mon, Mar 4, 2024 at 10:00 AM Kim <kim@example.com> wrote:', '>>> Use dropout here, f(x) = x * mask.', '', '## Is this a quote?', '', '>>> Sounds good to me, thanks (see attached).', '', '## What does 2 ** 10 give?', '', '>>> 2 ** 10', '1024'].join('\n');
    expect(answersOf(note)).toEqual([
      ['What did the reviewer say?', '> > > On Mon, Mar 4, 2024 at 10:00 AM Kim <kim@example.com> wrote:\n> > > Use dropout here, f(x) = x \\* mask.'],
      ['Is this a quote?', '> > > Sounds good to me, thanks (see attached).'],
      ['What does 2 ** 10 give?', '```pycon\n>>> 2 ** 10\n1024\n```'],
    ]);
  });

  it("is none where a prompt ends as any mail client's attribution does, Gmail's Chinese `写道：` too (mail-attribution.ts)", () => {
    // The mail's reading knew `写道：`; the session's did not, and read the line's `<` and `>` as an expression's.
    const note = ['## What did the reviewer say?', '', '>>> Kim <kim@example.com> 于2024年3月4日周一 10:00写道：', '>>> Use dropout here, f(x) = x * mask.'].join('\n');
    expect(answersOf(note)).toEqual([['What did the reviewer say?', '> > > Kim <kim@example.com> 于2024年3月4日周一 10:00写道：\n> > > Use dropout here, f(x) = x \\* mask.']]);
  });

  it('is cut out of the paragraph over and under it when no blank line parts them, and ends at the prose under it', () => {
    const note = ['## What does a mutable default do?', '', 'It is shared between calls:', ...session, 'So the list grows on every call.'].join('\n');
    expect(answersOf(note)).toEqual([['What does a mutable default do?', `It is shared between calls:\n\n\`\`\`pycon\n${session.join('\n')}\n\`\`\`\n\nSo the list grows on every call.`]]);
  });

  it('keeps a traceback as what the console printed, and stays in the list item it is indented under', () => {
    const note = ['## What does int("x") raise?', '', '- Try it:', '  >>> int("x")', '  Traceback (most recent call last):', '  ValueError: invalid literal for int() with base 10: \'x\'', '- A `ValueError`.'].join('\n');
    expect(answersOf(note)).toEqual([
      ['What does int("x") raise?', '- Try it:\n  ```pycon\n  >>> int("x")\n  Traceback (most recent call last):\n  ValueError: invalid literal for int() with base 10: \'x\'\n  ```\n- A `ValueError`.'],
    ]);
  });

  it('is code in copied text, and makes a note typed line by line no Markdown', () => {
    const note = ['Python notes', 'What does this print?', ...session, 'The default list is shared, made once.', 'What is the GIL?', 'A lock that lets one thread run bytecode at a time.', 'What is a generator?', 'A function that yields values lazily.'].join('\n');
    expect(detectFormat(note)).toBe('plaintext');
    expect(answersOf(note, 'python.txt')[0]).toEqual(['What does this print?', `\`\`\`pycon\n${session.join('\n')}\n\`\`\`\n\nThe default list is shared, made once.`]);
  });
});
