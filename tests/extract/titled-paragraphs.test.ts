/**
 * A note titled as a collection of questions may set its questions as paragraphs that open with a title on a line
 * of its own, in bold or after a circled number, instead of under headings: each title is a question, the text under
 * it its answer, as the same title under a heading of such a note would be. What explains a title may be a formula
 * or a fold of the answer too, not a quote, code or a table; a bold label the project knows for an answer's part, or
 * a closing word ending the note (a sign-off, left out), stands beside titles without being one.
 */
import { describe, expect, it } from 'vitest';
import { answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

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
    it('are questions over a formula or a fold of the answer, that block their answer', () => {
      const formulas = '# 통계 면접 질문\n\n**베이즈 정리**\n\n$$\nP(A|B) = P(B|A)P(A)/P(B)\n$$\n\n**분산**\n\n$$\nVar(X) = E[X^2] - E[X]^2\n$$\n';
      expect(answerTextsOf(formulas).map(([question]) => question)).toEqual(['베이즈 정리', '분산']);
      const folds = '# ML Interview Questions\n\n**Bias-variance tradeoff**\n<details><summary>Answer</summary>\nBias is error from wrong assumptions.\n</details>\n\n**Regularization**\n<details><summary>Answer</summary>\nA penalty on complexity.\n</details>\n';
      expect(answerTextsOf(folds)).toEqual([
        ['Bias-variance tradeoff', 'Bias is error from wrong assumptions.'],
        ['Regularization', 'A penalty on complexity.'],
      ]);
      // A fold whose summary does not say it holds the answer (`힌트`) explains none.
      const hints = '# 네트워크 면접 질문\n\n**TCP와 UDP**\n<details><summary>힌트</summary>\n연결 여부.\n</details>\n\n**HTTP keep-alive**\n<details><summary>힌트</summary>\n재사용.\n</details>\n';
      expect(answerTextsOf(hints).map(([question]) => question)).not.toContain('TCP와 UDP');
    });

    it('are no questions over a quote, code or a table: a tutorial\'s steps, a cheat sheet\'s sections, a log\'s companies, a citation (read as main does)', () => {
      // Steps over code (B3).
      const steps = '# Docker 면접 준비\n\n로컬에서 실습 환경 만들기.\n\n**설치**\n```bash\nbrew install --cask docker\n```\n\n**이미지 빌드**\n```bash\ndocker build -t myapp .\n```\n\n**실행**\n```bash\ndocker run -p 8080:8080 myapp\n```\n';
      expect(answerTextsOf(steps)).toEqual([]);
      // A cheat sheet's tables (B3).
      const tables = '# Git 면접 준비\n\n**자주 쓰는 명령어**\n\n| 명령 | 설명 |\n|---|---|\n| git status | 상태 확인 |\n| git log --oneline | 이력 |\n\n**단축 alias**\n\n| alias | 원래 명령 |\n|---|---|\n| st | status |\n| co | checkout |\n';
      expect(answerTextsOf(tables)).toEqual([]);
      // Companies over quotes that hold their questions (B1), and over citations (B2).
      const rounds = '# 면접 질문 모음\n\n**카카오 1차**\n\n> 기술 면접, 60분\n> - 프로세스와 스레드의 차이는?\n> - GC는 어떻게 동작하나요?\n\n**네이버 1차**\n\n> 코딩 테스트 후 기술 면접\n> - HashMap의 동작 원리는?\n> - 트랜잭션 격리 수준을 설명해 주세요.\n';
      expect(answerTextsOf(rounds).map(([question]) => question).filter((question) => question.endsWith('1차'))).toEqual([]);
      const cited = '# 면접 질문 모음\n\n**카카오 - 운영체제**\n\n> 출처: 2023 카카오 공채 후기\n\n**네이버 - 네트워크**\n\n> 출처: 블라인드\n';
      expect(answerTextsOf(cited)).toEqual([]);
      // A memo in bold over code (B4).
      const memo = '# 파이썬 면접 질문\n\n**리스트 컴프리헨션**\n```python\n[x*x for x in range(10)]\n```\n\n**이 부분은 꼭 외워둘 것**\n```python\nsorted(d.items(), key=lambda kv: kv[1])\n```\n\n**제너레이터**\n```python\ndef gen():\n    yield 1\n```\n';
      expect(answerTextsOf(memo)).toEqual([]);
    });

    it('leave a bold label over code or a table in the answer above, where titles are explained by lists (read as main does)', () => {
      // `**구현**` over code, `**비교**` over a table (A1): parts of the answer above, not questions cutting it.
      const coded = '# 알고리즘 면접 질문\n\n**이진 탐색**\n- 정렬된 배열에서 절반씩 범위를 줄인다.\n- O(log n)\n\n**구현**\n```python\ndef bs(a, x):\n    lo, hi = 0, len(a)\n```\n\n**퀵 정렬**\n- 피벗을 기준으로 나눈다.\n- 평균 O(n log n)\n';
      expect(answerTextsOf(coded)).toEqual([
        ['이진 탐색', '• 정렬된 배열에서 절반씩 범위를 줄인다.\n• O(log n)\n구현\ndef bs(a, x):\n    lo, hi = 0, len(a)'],
        ['퀵 정렬', '• 피벗을 기준으로 나눈다.\n• 평균 O(n log n)'],
      ]);
      const compared = '# 자료구조 면접 질문\n\n**배열**\n- 연속된 메모리\n- 인덱스 접근 O(1)\n\n**연결 리스트**\n- 노드가 포인터로 이어짐\n- 삽입 O(1)\n\n**비교**\n\n| | 배열 | 연결 리스트 |\n|---|---|---|\n| 접근 | O(1) | O(n) |\n| 삽입 | O(n) | O(1) |\n';
      expect(answerTextsOf(compared).map(([question]) => question)).toEqual(['배열', '연결 리스트']);
      expect(answerTextsOf(compared)[1]![1]).toContain('비교');
    });

    it('are no questions where other titles are explained in words and a bold line labels a formula', () => {
      const labelled = '# 머신러닝 면접 질문\n\n**L1 정규화**\n가중치의 절댓값 합을 벌점으로 더한다.\n\n**L2 정규화**\n가중치의 제곱합을 벌점으로 더한다.\n\n**손실 함수**\n\n$$\nL = \\sum (y - \\hat y)^2\n$$\n';
      expect(answerTextsOf(labelled)).toEqual([]);
    });
  });

  describe("beside bold labels the project knows for an answer's parts", () => {
    it("are questions, a label after a title's explanation a part of that title's answer (`**Example**`, `**Pros**`, `**장점**`, `**예시:**`)", () => {
      const english = '# ML Interview Questions\n\n**Gradient descent**\nMove parameters against the gradient.\n\n**Example**\nFor linear regression, w ← w − η∇L.\n\n**Momentum**\nAccumulates a velocity vector.\n\n**Pros**\n- Faster convergence\n';
      expect(answerTextsOf(english)).toEqual([
        ['Gradient descent', 'Move parameters against the gradient.\nExample\nFor linear regression, w ← w − η∇L.'],
        ['Momentum', 'Accumulates a velocity vector.\nPros\n• Faster convergence'],
      ]);
      const korean = '# 딥러닝 면접 질문\n\n**Dropout**\n학습 중 뉴런을 무작위로 끈다.\n\n**장점**\n- 과적합 방지\n\n**Batch Normalization**\n배치 통계로 정규화한다.\n\n**예시:**\nconv 뒤에 둔다.\n';
      expect(answerTextsOf(korean)).toEqual([
        ['Dropout', '학습 중 뉴런을 무작위로 끈다.\n장점\n• 과적합 방지'],
        ['Batch Normalization', '배치 통계로 정규화한다.\n예시:\nconv 뒤에 둔다.'],
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

    it('are no questions beside a name of the note\'s own leading in with a colon: a term, a category (read as main does)', () => {
      // Glossary terms (B5): not parts of the answer above.
      const terms = '# DB 면접 질문\n\n**Primary key**\n행을 유일하게 식별하는 키.\n\n**Foreign key:**\n다른 테이블의 기본 키를 참조하는 키.\n\n**정규화:**\n중복을 줄이도록 테이블을 나누는 것.\n\n**Index**\n검색을 빠르게 하는 자료구조.\n';
      expect(answerTextsOf(terms)).toEqual([]);
      // Categories over the titles (B5), and a name leading into an effect.
      const categories = '# 면접 질문\n\n**통계:**\n\n**p-value**\n귀무가설이 참일 때 관측값 이상이 나올 확률.\n\n**신뢰구간**\n모수를 포함할 것으로 기대되는 구간.\n\n**머신러닝:**\n\n**과적합**\n학습 데이터에 과하게 맞춰진 상태.\n\n**정규화**\n가중치에 벌점을 주는 것.\n';
      expect(answerTextsOf(categories)).toEqual([]);
      const effect = '# 딥러닝 면접 질문\n\n**Dropout**\n학습 중 뉴런을 무작위로 끈다.\n\n**Batch Normalization**\n배치 통계로 정규화한다.\n\n**효과:**\n학습이 안정된다.\n';
      expect(answerTextsOf(effect)).toEqual([]);
    });
  });

  describe('above a bold line closing the note', () => {
    it('are questions above a closing word with nothing under it (`**끝**`, `**End**`, `**The End**`), a sign-off left out of the last answer and said so', () => {
      for (const end of ['끝', 'End', 'The End', '이상']) {
        const note = `# 통계 면접 질문\n\n**p-value의 정의**\n귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n\n**신뢰구간의 의미**\n95%가 모수를 포함한다.\n\n**${end}**\n`;
        const read = readNote(note);
        expect(read.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
          ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
          ['신뢰구간의 의미', '95%가 모수를 포함한다.'],
        ]);
        expect(messagesOf(read.vfile)).toContain('9:sign-off');
        expect(read.vfile.messages.map(String).join('\n')).toContain(`sign-off after its last answer: "${end}"`);
      }
    });

    it('are no questions above any other last bold line: a title with nothing under it, a list of what to read next, a date (read as main does)', () => {
      // A last title not answered yet (B6): no closing word.
      const unanswered = '# 데이터베이스 면접 질문\n\n**트랜잭션**\n하나의 논리적 작업 단위.\n\n**ACID**\n원자성, 일관성, 격리성, 지속성.\n\n**격리 수준**\n';
      expect(answerTextsOf(unanswered)).toEqual([]);
      // `더 볼 것:` over a list (B6) labels no part of the last answer.
      const further = '# 네트워크 면접 질문\n\n**TCP**\n연결 지향, 신뢰성 보장.\n\n**UDP**\n비연결, 빠름.\n\n**더 볼 것:**\n- QUIC\n- HTTP/3\n';
      expect(answerTextsOf(further)).toEqual([]);
      // A date closing it is a remark, as anywhere.
      const dated = '# 네트워크 면접 질문\n\n**TCP**\n연결 지향 프로토콜.\n\n**UDP**\n비연결 프로토콜.\n\n**2024.03.02 업데이트**\n';
      expect(answerTextsOf(dated)).toEqual([]);
    });
  });

  describe('beside what the review found no answer part (read as main does)', () => {
    it('read `출력`, `Output`, `결과` as titles and headings of their own, not parts of the answer above (A2)', () => {
      const expected = [
        ['입력', '키보드, 마우스 같은 장치로 데이터를 받는다.'],
        ['출력', '모니터, 프린터로 결과를 내보낸다.'],
        ['연산', 'ALU가 산술, 논리 연산을 한다.'],
      ];
      const bold = '# 컴퓨터 구조 면접 정리\n\n**입력**\n키보드, 마우스 같은 장치로 데이터를 받는다.\n\n**출력**\n모니터, 프린터로 결과를 내보낸다.\n\n**연산**\nALU가 산술, 논리 연산을 한다.\n';
      expect(answerTextsOf(bold)).toEqual(expected);
      const headings = '# 컴퓨터 구조 면접 정리\n\n## 입력\n\n키보드, 마우스 같은 장치로 데이터를 받는다.\n\n## 출력\n\n모니터, 프린터로 결과를 내보낸다.\n\n## 연산\n\nALU가 산술, 논리 연산을 한다.\n';
      expect(answerTextsOf(headings)).toEqual(expected);
      // What code prints, in bold over code, is no label: bold lines over code are not the note's titles.
      const printed = '# Python Interview Questions\n\n**Decorators**\n```python\n@cache\ndef f(): ...\n```\n\n**Output**\n```\nNone\n```\n\n**Generators**\n```python\ndef gen():\n    yield 1\n```\n';
      expect(answerTextsOf(printed)).toEqual([]);
    });

    it('read a project\'s `### 결과` / `### Results` parts under its heading (A3)', () => {
      const korean = '# 프로젝트 면접 질문\n\n## 추천 시스템 프로젝트\n\n### 배경\n\n클릭률이 낮았다.\n\n### 해결\n\n협업 필터링을 도입했다.\n\n### 결과\n\nCTR이 12% 올랐다.\n\n## 검색 프로젝트\n\n### 배경\n\n검색 품질 불만이 많았다.\n\n### 결과\n\n만족도가 올랐다.\n';
      expect(answerTextsOf(korean)).toEqual([
        ['배경', '클릭률이 낮았다.'],
        ['해결', '협업 필터링을 도입했다.'],
        ['결과', 'CTR이 12% 올랐다.'],
        ['배경', '검색 품질 불만이 많았다.'],
        ['결과', '만족도가 올랐다.'],
      ]);
      const english = '# Behavioral Interview Questions\n\n## Recommender project\n\n### Background\n\nClick-through was low.\n\n### Implementation\n\nIntroduced collaborative filtering.\n\n### Results\n\nCTR rose by 12%.\n\n## Search project\n\n### Background\n\nUsers complained about relevance.\n\n### Results\n\nSatisfaction went up.\n';
      expect(answerTextsOf(english).map(([question]) => question)).toEqual(['Background', 'Implementation', 'Results', 'Background', 'Results']);
    });
  });
});
