/**
 * A page copied out of OneNote (or Word) as text: its numbers and bullets are followed by a tab, its second and third
 * levels' bullets are the letter `o` and `§`.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Each question's wording, topic and answer as Markdown. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'notes.txt');
  return { rows: questions.map((question) => [question.question, question.topic ?? null, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe('a page pasted from OneNote', () => {
  it('nests its `o` and `§` bullets in the answer, none of them the next question\'s topic', () => {
    const { rows } = read(
      '1.\t앙상블이 분산을 줄이는 이유는?\n\t•\t덜 상관된 모델의 평균은 분산이 작다\n2.\tBagging과 Boosting의 차이\n\t•\tBoosting: 순차, 편향 감소\n\t\to\t예: XGBoost, LightGBM\n\t\t\t§\tshrinkage로 과적합을 늦춘다\n3.\tStacking은 언제 쓰나요?\n\t•\t여러 모델의 예측을 메타 모델에 넣을 때\n',
    );
    expect(rows).toEqual([
      ['앙상블이 분산을 줄이는 이유는?', null, '- 덜 상관된 모델의 평균은 분산이 작다'],
      ['Bagging과 Boosting의 차이', null, '- Boosting: 순차, 편향 감소\n  - 예: XGBoost, LightGBM\n    - shrinkage로 과적합을 늦춘다'],
      ['Stacking은 언제 쓰나요?', null, '- 여러 모델의 예측을 메타 모델에 넣을 때'],
    ]);
  });

  it('leaves out the date and time under its title, each with a note, and titles no question with them', () => {
    const korean = read('ML 면접 준비\n2024년 3월 2일 토요일\n오후 10:14\n\n1.\tBias와 Variance의 차이는?\n\t•\t가정이 틀려서 생기는 오차\n2.\t앙상블이 분산을 줄이는 이유는?\n\t•\t평균은 분산이 작다\n');
    expect(korean.rows).toEqual([
      ['Bias와 Variance의 차이는?', null, '- 가정이 틀려서 생기는 오차'],
      ['앙상블이 분산을 줄이는 이유는?', null, '- 평균은 분산이 작다'],
    ]);
    expect(korean.messages).toEqual(['2:site-chrome', '3:site-chrome']);
    const english = read('ML interview prep\nSaturday, March 2, 2024\n10:14 PM\n\n1.\tWhat is bias?\n\t•\tError from wrong assumptions\n2.\tWhat is variance?\n\t•\tError from sensitivity to the data\n');
    expect(english.rows.map(([question, topic]) => [question, topic])).toEqual([
      ['What is bias?', null],
      ['What is variance?', null],
    ]);
    expect(english.messages).toEqual(['2:site-chrome', '3:site-chrome']);
  });

  it('keeps a date and a time that answer a question further on', () => {
    const { rows, messages } = read('ML history\n\nWhen was the transformer paper put on arXiv?\nMonday, June 12, 2017\n22:14\n');
    expect(rows).toEqual([['When was the transformer paper put on arXiv?', null, 'Monday, June 12, 2017\n\n22:14']]);
    expect(messages).toEqual([]);
  });
});
