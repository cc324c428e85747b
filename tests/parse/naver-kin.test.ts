/**
 * A Naver 지식iN question page copied as text: its title is the question, the best answer its answer. The page's
 * buttons, counts and the answerer's card are its chrome, and the asker's words (the body under the title, which asks
 * again, and their thanks) no question of the notes: all are left out, each with a note.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

const PAGE = [
  '지식iN',
  '',
  '컴퓨터공학 > 인공지능',
  '배치 사이즈를 키우면 왜 일반화 성능이 떨어지나요?',
  '비공개 질문 1건 질문마감률 100%',
  '2024.03.11',
  '',
  '다음 주 면접인데 배치를 크게 하면 일반화가 안 좋아진다고 들었습니다. 이유가 뭔가요?',
  '',
  '0',
  '1',
  '답변하기',
  '신고',
  '',
  '1개 답변',
  '채택순',
  '채택된 답변',
  '2024.03.11',
  '프로필 사진',
  'dl_tutor',
  '님 프로필 사진',
  'dl_tutor',
  '채택 답변수 1,024',
  '받은감사수 87',
  '인공지능 1위, 수학 15위',
  '질문자 채택',
  '',
  '큰 배치는 그래디언트 노이즈가 작아 sharp minimum으로 수렴하기 쉽습니다.',
  '',
  '2024.03.11.',
  '답변 평가하기',
  '0',
  '질문자 인사',
  '감사합니다!',
  '',
].join('\n');

describe('a copy of a Naver 지식iN question page', () => {
  it("reads its title as the one question, the chosen answer as its answer, without the page's chrome", () => {
    expect(answerTextsOf(PAGE, 'kin.txt')).toEqual([['배치 사이즈를 키우면 왜 일반화 성능이 떨어지나요?', '큰 배치는 그래디언트 노이즈가 작아 sharp minimum으로 수렴하기 쉽습니다.']]);
  });

  it("leaves out the asker's body under the title and their thanks, with a note that names them", () => {
    const note = readNote(PAGE, 'kin.txt');
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('asker-words'))).toEqual(['8:asker-words', '34:asker-words']);
    expect(note.vfile.messages.find((message) => message.line === 8)!.reason).toContain("Left out the asker's words on the Q&A page");
  });

  it('keeps such words in a note that is no copy of the page: one of its marks alone makes none', () => {
    expect(answerTextsOf('채택된 답변이 뭔가요?\n질문자 채택을 받은 답변.\n\n신고는 어디서 하나요?\n신고\n', 'note.txt')).toEqual([
      ['채택된 답변이 뭔가요?', '질문자 채택을 받은 답변.'],
      ['신고는 어디서 하나요?', '신고'],
    ]);
  });
});
