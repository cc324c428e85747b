/**
 * One list of the words that thank and wish well (src/wording/sign-off-words.ts), which an interview's close, a
 * mail's closing, a post's sign-off and a post's own sections read. Each reader had written its own copy, each
 * taking a few forms the others took and it did not: each now takes them all.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';
import { MAIL_VALEDICTION, VALEDICTION } from '../../src/parse/mail-sign-off.js';
import { neverAsks } from '../../src/extract/never-asks.js';


describe('the thanks and wishes every reader takes', () => {
  it("closes a mail with thanks as an interview's close takes them (`Thank you very much,`), and with 감사했습니다 in a mail", () => {
    for (const closing of ['Thank you very much,', 'Thanks very much,', 'Thank you so much,', 'Thanks again,', 'Many thanks,']) expect(VALEDICTION.test(closing)).toBe(true);
    for (const closing of ['감사했습니다.', '감사해요~', '감사드립니다.', '고맙습니다']) expect(MAIL_VALEDICTION.test(closing)).toBe(true);
    expect(answerTextsOf('## What is dropout?\n\nZeroing random units.\n\nThank you very much,\nDana Kim\n', 'note.md')).toEqual([['What is dropout?', 'Zeroing random units.']]);
  });

  it("closes an interview with the Korean thanks a mail closes with (`고맙습니다`, `감사드립니다`)", () => {
    const note = readNote(
      '🧑‍💼: Matrix factorization이 뭔가요?\n🙋: 행렬을 두 저차원 행렬의 곱으로 근사합니다.\n🧑‍💼: Cold start 문제는 어떻게 해결하죠?\n🙋: 콘텐츠 기반 특징으로 보완합니다.\n🧑‍💼: 네, 시간 내 주셔서 고맙습니다.\n',
    );
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['행렬을 두 저차원 행렬의 곱으로 근사합니다.', '콘텐츠 기반 특징으로 보완합니다.']);
    expect(messagesOf(note.vfile)).toEqual(['5:interview-formality']);
  });

  it("signs a post off with any of those thanks (`Thank you very much for reading`, `고맙습니다.`)", () => {
    expect(answerTextsOf('## What is dropout?\n\nZeroing random units.\n\nThank you very much for reading!\n')).toEqual([['What is dropout?', 'Zeroing random units.']]);
    expect(answerTextsOf('## 드롭아웃이란?\n\n유닛을 무작위로 끄는 것.\n\n고맙습니다.\n')).toEqual([['드롭아웃이란?', '유닛을 무작위로 끄는 것.']]);
  });

  it("takes any such thanks, and the sign-off's `Happy hacking`, as a post's own section", () => {
    for (const title of ['Thanks', 'Thank you so much!', 'Thank you for reading', 'Thanks for reading', 'Happy hacking!']) expect(neverAsks(title)).toBe('post-section');
  });
});
