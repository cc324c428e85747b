/**
 * A note titled as a collection of questions may set its questions as paragraphs that open with a title on a line
 * of its own, in bold or after a circled number, instead of under headings: each title is a question, the text under
 * it its answer, as the same title under a heading of such a note would be.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf } from '../helpers/read-note.js';

describe('titled paragraphs in a note titled as a collection of questions', () => {
  it('are questions when set in bold, the lines under the title (in its paragraph or after it) its answer', () => {
    const glued = '# 통계 면접 질문\n\n**p-value의 정의**\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n같은 방법으로 구간을 반복해서 만들면 95%가 모수를 포함한다.\n';
    const apart = '# 통계 면접 질문\n\n**p-value의 정의**\n\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n\n같은 방법으로 구간을 반복해서 만들면 95%가 모수를 포함한다.\n';
    for (const note of [glued, apart]) {
      expect(answerTextsOf(note)).toEqual([
        ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
        ['신뢰구간의 의미', '같은 방법으로 구간을 반복해서 만들면 95%가 모수를 포함한다.'],
      ]);
    }
  });

  it('are questions when numbered with circled numbers, beside those that ask with a question mark', () => {
    const note = '# 통계 면접 질문\n\n① p-value의 정의\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n② 신뢰구간의 의미\n95%가 모수를 포함한다.\n\n③ 중심극한정리란?\n표본평균의 분포가 정규분포에 가까워진다.\n';
    expect(answerTextsOf(note)).toEqual([
      ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
      ['신뢰구간의 의미', '95%가 모수를 포함한다.'],
      ['중심극한정리란?', '표본평균의 분포가 정규분포에 가까워진다.'],
    ]);
  });

  it("are no questions where the note is not so titled, where headings order it, or where a bold line titles an answer's part (`**장점**`)", () => {
    const titles = '**p-value의 정의**\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n95%가 모수를 포함한다.\n';
    // A note of its own (`# 통계 정리`): bold titles may be anything there.
    expect(answerTextsOf(`# 통계 정리\n\n${titles}`)).toEqual([]);
    // Under a heading that asks, they are parts of its answer.
    expect(answerTextsOf(`# 통계 면접 질문\n\n## 가설검정이란?\n\n${titles}`)).toEqual([
      ['가설검정이란?', 'p-value의 정의\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n신뢰구간의 의미\n95%가 모수를 포함한다.'],
    ]);
    const parts = '# 딥러닝 면접 질문\n\n**Dropout이란?**\n뉴런을 무작위로 끈다.\n\n**장점**\n- 과적합 방지\n\n**Batch Norm이란?**\n배치 통계로 정규화.\n';
    expect(answerTextsOf(parts)).toEqual([
      ['Dropout이란?', '뉴런을 무작위로 끈다.\n장점\n• 과적합 방지'],
      ['Batch Norm이란?', '배치 통계로 정규화.'],
    ]);
  });

  it('are no questions beside bold lines that ask (`**효과**` under `**Dropout이란?**` titles a part of its answer), nor beside any other line that asks', () => {
    const labelled = '# 딥러닝 면접 질문\n\n**Dropout이란?**\n뉴런을 무작위로 끈다.\n\n**효과**\n앙상블 효과가 있다.\n\n**Batch Norm이란?**\n배치 통계로 정규화.\n';
    expect(answerTextsOf(labelled)).toEqual([
      ['Dropout이란?', '뉴런을 무작위로 끈다.\n효과\n앙상블 효과가 있다.'],
      ['Batch Norm이란?', '배치 통계로 정규화.'],
    ]);
    // Circled steps under a plain question are its answer's.
    const steps = '# 데이터 엔지니어링 면접 질문\n\nETL 파이프라인을 어떻게 설계하나요?\n\n① 수집\nKafka로 받는다.\n\n② 변환\nSpark로 정제한다.\n';
    expect(answerTextsOf(steps)).toEqual([['ETL 파이프라인을 어떻게 설계하나요?', '① 수집\nKafka로 받는다.\n② 변환\nSpark로 정제한다.']]);
  });

  it('are no questions where a bold title files the questions under it (`**Part 1. 통계**` over a list of them)', () => {
    const note = '# 면접 질문 모음\n\n**Part 1. 통계**\n\n- p-value란 무엇인가?\n- 중심극한정리를 설명하라.\n\n**Part 2. 머신러닝**\n\n- 과적합이란?\n- 정규화는 왜 하나요?\n';
    expect(answerTextsOf(note).map(([question]) => question)).toEqual(['p-value란 무엇인가?', '중심극한정리를 설명하라.', '과적합이란?', '정규화는 왜 하나요?']);
  });
});
