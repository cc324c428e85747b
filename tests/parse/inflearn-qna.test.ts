/**
 * An 인프런 community Q&A page copied as text: its title asks, the instructor's answer answers. The page's stats, the
 * course's tags, the count of answers, who wrote each answer and when, and the likes are its chrome; the asker's body
 * and their reply under `질문자` their words: all are left out of the answer, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

const PAGE = [
  '인프런 커뮤니티 질문&답변',
  '',
  '[딥러닝 면접] Attention에서 sqrt(d_k)로 나누는 이유는 무엇인가요?',
  '작성일 2024.04.08',
  '조회수 312',
  '해결된 질문',
  '',
  '강의 14강 4:32 부분 질문입니다.',
  '',
  '딥러닝',
  'transformer',
  '답변 2',
  '',
  '공유자',
  '2024.04.08',
  '내적의 분산이 d_k가 되므로 sqrt(d_k)로 나눠 분산을 1로 맞춥니다.',
  '',
  '좋아요 4',
  '',
  '질문자',
  '2024.04.09',
  '아 분산이 더해지는 거군요! 감사합니다.',
  '',
  '좋아요 0',
  '',
].join('\n');

describe('a copy of an 인프런 Q&A page', () => {
  it("reads the instructor's answer as the title's answer, without the page's stats, tags, counts, roles and dates", () => {
    expect(answerTextsOf(PAGE, 'inflearn.txt')).toEqual([['[딥러닝 면접] Attention에서 sqrt(d_k)로 나누는 이유는 무엇인가요?', '내적의 분산이 d_k가 되므로 sqrt(d_k)로 나눠 분산을 1로 맞춥니다.']]);
  });

  it("leaves out the asker's body and their reply under 질문자 as their words, with a note each", () => {
    const note = readNote(PAGE, 'inflearn.txt');
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('asker-words'))).toEqual(['8:asker-words', '22:asker-words']);
  });

  it('keeps those words in a note that is no copy of the page: one of its marks alone makes none', () => {
    expect(answerTextsOf('면접에서 누가 먼저 말하나요?\n질문자\n2024.04.08\n\n강의 자료는 누가 올리나요?\n공유자\n', 'note.txt')).toEqual([
      // The date under it is a date stamp as any page's is (extract/date-stamps.ts): left out, and said so.
      ['면접에서 누가 먼저 말하나요?', '질문자'],
      ['강의 자료는 누가 올리나요?', '공유자'],
    ]);
  });
});
