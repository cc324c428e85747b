/**
 * A note titled as a collection of questions may set its questions as paragraphs that open with a title on a line
 * of its own, in bold or after a circled number, instead of under headings: each title is a question, the text under
 * it its answer, as the same title under a heading of such a note would be. What explains a title may be a quote,
 * code, a formula, a table or a fold too; a bold label of an answer's part, or a bold line closing the note, stands
 * beside titles without being one.
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

  describe('explained by a block displayed as it is', () => {
    it('are questions over a quote, code, a formula, a table or a fold of the answer, that block their answer', () => {
      const quoted = '# 통계 면접 질문\n\n**p-value의 정의**\n> 귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n> 95%가 모수를 포함한다.\n';
      expect(answerTextsOf(quoted)).toEqual([
        ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
        ['신뢰구간의 의미', '95%가 모수를 포함한다.'],
      ]);
      const code = '# 파이썬 면접 질문\n\n**리스트 컴프리헨션**\n```python\n[x * x for x in range(3)]\n```\n\n**제너레이터**\n```python\ndef gen():\n    yield 1\n```\n';
      expect(answerTextsOf(code)).toEqual([
        ['리스트 컴프리헨션', '[x * x for x in range(3)]'],
        ['제너레이터', 'def gen():\n    yield 1'],
      ]);
      const formulas = '# 통계 면접 질문\n\n**베이즈 정리**\n\n$$\nP(A|B) = P(B|A)P(A)/P(B)\n$$\n\n**분산**\n\n$$\nVar(X) = E[X^2] - E[X]^2\n$$\n';
      expect(answerTextsOf(formulas).map(([question]) => question)).toEqual(['베이즈 정리', '분산']);
      // A table beside a list: each explains its title.
      const table = '# 데이터베이스 면접 질문\n\n**정규화 단계**\n\n| 단계 | 내용 |\n|---|---|\n| 1NF | 원자값 |\n| 2NF | 부분 종속 제거 |\n\n**인덱스 종류**\n- B-Tree\n- Hash\n';
      expect(answerTextsOf(table)).toEqual([
        ['정규화 단계', '단계 | 내용\n1NF | 원자값\n2NF | 부분 종속 제거'],
        ['인덱스 종류', '• B-Tree\n• Hash'],
      ]);
      const folds = '# ML Interview Questions\n\n**Bias-variance tradeoff**\n<details><summary>Answer</summary>\nBias is error from wrong assumptions.\n</details>\n\n**Regularization**\n<details><summary>Answer</summary>\nA penalty on complexity.\n</details>\n';
      expect(answerTextsOf(folds)).toEqual([
        ['Bias-variance tradeoff', 'Bias is error from wrong assumptions.'],
        ['Regularization', 'A penalty on complexity.'],
      ]);
    });

    it('are no questions over a quote that asks, nor where other titles are explained in words (`**비교**` over a table labels it), nor over what code prints', () => {
      const asking = '# 운영체제 면접 질문\n\n**프로세스와 스레드**\n> 둘의 차이는 무엇인가요?\n\n**컨텍스트 스위칭**\n> 왜 비용이 큰가요?\n';
      expect(answerTextsOf(asking).map(([question]) => question)).toEqual(['둘의 차이는 무엇인가요?', '왜 비용이 큰가요?']);
      const compared = '# 머신러닝 면접 질문\n\n**L1 정규화**\n가중치의 절댓값 합을 벌점으로 더한다.\n\n**L2 정규화**\n가중치의 제곱합을 벌점으로 더한다.\n\n**비교**\n\n| | L1 | L2 |\n|---|---|---|\n| 희소성 | 있음 | 없음 |\n';
      expect(answerTextsOf(compared)).toEqual([]);
      // What code prints names no topic, as `Example` names none.
      const printed = '# Python Interview Questions\n\n**Decorators**\n```python\n@cache\ndef f(): ...\n```\n\n**Output**\n```\nNone\n```\n\n**Generators**\n```python\ndef gen():\n    yield 1\n```\n';
      expect(answerTextsOf(printed).map(([question]) => question)).not.toContain('Output');
    });
  });

  describe('beside bold labels of an answer\'s parts', () => {
    it('are questions, a label after a title\'s explanation a part of that title\'s answer (`**Example**`, `**Pros**`, `**효과:**`)', () => {
      const english = '# ML Interview Questions\n\n**Gradient descent**\nMove parameters against the gradient.\n\n**Example**\nFor linear regression, w ← w − η∇L.\n\n**Momentum**\nAccumulates a velocity vector.\n\n**Pros**\n- Faster convergence\n';
      expect(answerTextsOf(english)).toEqual([
        ['Gradient descent', 'Move parameters against the gradient.\nExample\nFor linear regression, w ← w − η∇L.'],
        ['Momentum', 'Accumulates a velocity vector.\nPros\n• Faster convergence'],
      ]);
      const korean = '# 딥러닝 면접 질문\n\n**Dropout**\n학습 중 뉴런을 무작위로 끈다.\n\n**장점**\n- 과적합 방지\n\n**Batch Normalization**\n배치 통계로 정규화한다.\n\n**효과:**\n학습이 안정된다.\n';
      expect(answerTextsOf(korean)).toEqual([
        ['Dropout', '학습 중 뉴런을 무작위로 끈다.\n장점\n• 과적합 방지'],
        ['Batch Normalization', '배치 통계로 정규화한다.\n효과:\n학습이 안정된다.'],
      ]);
    });

    it('are questions beside what their code prints (`**Output**` over code), a part of the answer above it as `Example` is', () => {
      const printed = '# Python Interview Questions\n\n**Decorators**\n```python\n@cache\ndef f(): ...\n```\n\n**Output**\n```\nNone\n```\n\n**Generators**\n```python\ndef gen():\n    yield 1\n```\n';
      expect(answerTextsOf(printed)).toEqual([
        ['Decorators', '@cache\ndef f(): ...\nOutput\nNone'],
        ['Generators', 'def gen():\n    yield 1'],
      ]);
    });

    it('are questions after a label before the first title, which is the note\'s own remark and no question', () => {
      const note = '# ML Interview Questions\n\n**Note**\nThese are my own summaries.\n\n**Precision**\nOf the predicted positives, the share that are positive.\n\n**Recall**\nOf the actual positives, the share found.\n';
      expect(answerTextsOf(note)).toEqual([
        ['Precision', 'Of the predicted positives, the share that are positive.'],
        ['Recall', 'Of the actual positives, the share found.'],
      ]);
    });

    it('leave labels under bold questions in their answers (`**효과:**` under `**Dropout이란?**`)', () => {
      const note = '# 딥러닝 면접 질문\n\n**Dropout이란?**\n뉴런을 무작위로 끈다.\n\n**효과:**\n과적합 감소.\n\n**Batch Norm이란?**\n배치 통계로 정규화.\n\n**Example**\nconv 뒤에 둔다.\n';
      expect(answerTextsOf(note)).toEqual([
        ['Dropout이란?', '뉴런을 무작위로 끈다.\n효과:\n과적합 감소.'],
        ['Batch Norm이란?', '배치 통계로 정규화.\nExample\nconv 뒤에 둔다.'],
      ]);
    });

    it('are no questions beside a sentence set in bold, labels or not', () => {
      const note = '# 통계 면접 질문\n\n**p-value의 정의**\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**Note**\n유의수준과 혼동하지 말 것.\n\n**검정은 표본이 클수록 민감해진다**\n작은 차이도 유의하게 나온다.\n\n**신뢰구간의 의미**\n95%가 모수를 포함한다.\n';
      expect(answerTextsOf(note)).toEqual([]);
    });
  });

  it('are questions above a bold line closing the note with nothing under it (`**끝**`, `**End**`), which is none: the last answer ends with it', () => {
    for (const end of ['끝', 'End']) {
      const note = `# 통계 면접 질문\n\n**p-value의 정의**\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n95%가 모수를 포함한다.\n\n**${end}**\n`;
      expect(answerTextsOf(note)).toEqual([
        ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
        ['신뢰구간의 의미', `95%가 모수를 포함한다.\n${end}`],
      ]);
    }
    // A date closing it is a remark, as anywhere: bold lines are not the note's way of titling.
    const dated = '# 네트워크 면접 질문\n\n**TCP**\n연결 지향 프로토콜.\n\n**UDP**\n비연결 프로토콜.\n\n**2024.03.02 업데이트**\n';
    expect(answerTextsOf(dated)).toEqual([]);
  });
});
