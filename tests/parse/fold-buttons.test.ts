/**
 * A Tistory post copied with its folds (접은 글): `더보기` over the text its author folded, `접기` under it. The
 * buttons are the page's; what they fold is the answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Each question's wording, topic and answer as Markdown, and the notes at their lines. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'tistory.txt');
  return { rows: questions.map((question) => [question.question, question.topic ?? null, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe("a Tistory post's folds", () => {
  it('are left out, each button with a note, the folded text the answer and no button the next question\'s topic', () => {
    const { rows, messages } = read(
      '1. Receptive field란 무엇인가요?\n\n더보기\n출력 뉴런 하나가 입력에서 보는 영역.\n접기\n\n2. 1x1 convolution은 왜 쓰나요?\n\n더보기\n채널 수를 조절해 연산량을 줄인다.\n접기\n',
    );
    expect(rows).toEqual([
      ['Receptive field란 무엇인가요?', null, '출력 뉴런 하나가 입력에서 보는 영역.'],
      ['1x1 convolution은 왜 쓰나요?', null, '채널 수를 조절해 연산량을 줄인다.'],
    ]);
    expect(messages).toEqual(['3:site-chrome', '5:site-chrome', '9:site-chrome', '11:site-chrome']);
  });

  it('leaves out a 더보기 alone right under a question, the copy ending before its 접기', () => {
    const { rows, messages } = read('Pooling의 단점은?\n\n더보기\n위치 정보가 사라집니다.\n');
    expect(rows).toEqual([['Pooling의 단점은?', null, '위치 정보가 사라집니다.']]);
    expect(messages).toEqual(['3:site-chrome']);
  });

  it('keeps the words where they are no fold: in a sentence, or a line alone with no pair and no question over it', () => {
    expect(read('Pooling의 단점은?\n\n더보기 버튼을 누르면 보이는 내용처럼 위치 정보가 사라진다.\n').rows).toEqual([
      ['Pooling의 단점은?', null, '더보기 버튼을 누르면 보이는 내용처럼 위치 정보가 사라진다.'],
    ]);
    expect(read('모바일 UI에서 긴 글을 줄이는 버튼의 이름은?\n\n보통 이렇게 씁니다.\n\n더보기\n').rows).toEqual([
      ['모바일 UI에서 긴 글을 줄이는 버튼의 이름은?', null, '보통 이렇게 씁니다.\n\n더보기'],
    ]);
  });
});
