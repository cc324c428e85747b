/**
 * Follow-up questions a note numbers under a question: `2-2. …` in the item of `- 2-1. …?`, and `(1) …`,
 * `(2) …` under a heading question; or labels under it: `Follow-Up Question: …?`, on a line or a heading of its
 * own (`### Follow-up: How would you pick k?`). Each is a question of its own, right after the one it follows up.
 */
import { describe, expect, it } from 'vitest';
import { saysNoneAsked } from '../../src/wording/prompt-text.js';
import { answersOf, answerTextsOf, messagesOf, readNote } from '../helpers/read-note.js';

describe('follow-ups numbered on in a question\'s list item', () => {
  it('are questions of their own, their numbers left out as the item\'s is', () => {
    const { questions } = readNote(
      '## VX 회사 질문\n- 1-0. 인공지능 이용시 어떤 프로젝트 경험이 있었나요?\n\n  1-1. 프레임워크는 어떤걸 사용하셨나요?\n\n\n- 2-1. CNN에서 컨볼루션과 풀링의 차이가 무엇인가요?\n\n  2-2. 컨볼루션 계층을 자세히 설명해주세요\n\n  Kernels slide over the input.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['인공지능 이용시 어떤 프로젝트 경험이 있었나요?', null],
      ['프레임워크는 어떤걸 사용하셨나요?', null],
      ['CNN에서 컨볼루션과 풀링의 차이가 무엇인가요?', null],
      ['컨볼루션 계층을 자세히 설명해주세요', 'Kernels slide over the input.'],
    ]);
  });

  it('are not numbered lines that do not ask', () => {
    const { questions } = readNote('- 3-1. How do you fight overfitting?\n\n  3-2. Use dropout.\n\n- 4-1. What is a kernel?\n');
    expect(questions.map((question) => question.question)).toEqual(['How do you fight overfitting?', 'What is a kernel?']);
  });
});

describe('sub-questions numbered (1), (2) under a heading question', () => {
  it('follow it, each answered by what follows it; the heading keeps what comes before them', () => {
    const { questions } = readNote(
      '## 1. 왜 Multi-Head Attention을 사용해야 하는가?\n논문 Section 3.2.2에서 정의한다.\n\n(1) 단일 Attention과의 차이를 설명하시오.\n\n(2) 왜 Multi-Head Attention을 사용하는지 설명하시오.\n\nHeads attend to different subspaces.\n\n---\n\n## 2. Why mask the decoder?\nFuture tokens must stay hidden.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['왜 Multi-Head Attention을 사용해야 하는가?', '논문 Section 3.2.2에서 정의한다.'],
      ['단일 Attention과의 차이를 설명하시오.', null],
      ['왜 Multi-Head Attention을 사용하는지 설명하시오.', 'Heads attend to different subspaces.'],
      ['Why mask the decoder?', 'Future tokens must stay hidden.'],
    ]);
  });

  it('under a heading that only sets them up (an exam\'s stem) are asked after it, the stem no question of its own', () => {
    const note = readNote('## Q1. Consider binary logistic regression with weights w.\n\n(a) Write the negative log-likelihood.\n\nThe sum of cross-entropies.\n\n(b) What is its gradient?\n\nsum (sigma - y) x\n\n## Q2. Why is it a linear model?\n\nIts boundary is a hyperplane.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null, question.occurrences[0]!.line])).toEqual([
      ['Consider binary logistic regression with weights w. Write the negative log-likelihood.', 'The sum of cross-entropies.', 3],
      ['Consider binary logistic regression with weights w. What is its gradient?', 'sum (sigma - y) x', 7],
      ['Why is it a linear model?', 'Its boundary is a hyperplane.', 11],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['1:question-stem']);
    // Text between the stem and its parts is its own answer: it stays a question, as a heading that asks does.
    const setUp = readNote('## Q1. Consider binary logistic regression.\n\nLet y be 0 or 1.\n\n(a) What is the loss?\n\n(b) What is its gradient?\n');
    expect(setUp.questions.map((question) => question.question)).toEqual(['Consider binary logistic regression.', 'What is the loss?', 'What is its gradient?']);
  });

  it('stay in the answer when one of them states a point instead of asking', () => {
    const { questions } = readNote('## 1. How do you fight overfitting?\n\n(1) Use dropout.\n\n(2) Why does weight decay help?\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['How do you fight overfitting?', '(1) Use dropout.\n(2) Why does weight decay help?'],
    ]);
  });
});

describe('sub-questions lettered a), b) under a heading question', () => {
  it('follow it as numbered ones do, their letters left out; lettered points that state stay in the answer', () => {
    const { questions } = readNote(
      '### 2. Object detection 모델을 비교해 주세요.\n\na) 1-stage와 2-stage detector의 차이는?\n\n2-stage는 영역 제안 후 분류합니다.\n\nb) NMS는 왜 필요한가요?\n\n겹친 박스를 제거합니다.\n\n### 3. How do you fight overfitting?\n\na) Use dropout.\n\nb) Add weight decay.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Object detection 모델을 비교해 주세요.', null],
      ['1-stage와 2-stage detector의 차이는?', '2-stage는 영역 제안 후 분류합니다.'],
      ['NMS는 왜 필요한가요?', '겹친 박스를 제거합니다.'],
      ['How do you fight overfitting?', 'a) Use dropout.\nb) Add weight decay.'],
    ]);
  });
});

describe('sub-questions that mix numbers and letters under a heading question', () => {
  it('stay in its answer, each noted as a question there: (1) then b), or (a) then (2), count on no one sequence', () => {
    const { questions, vfile } = readNote(
      '## 1. How do you choose the learning rate?\n\nStart from a range test.\n\n(1) What happens when it is too large?\n\nThe loss diverges.\n\nb) Why does warm-up help Adam?\n\nEarly second-moment estimates are noisy.\n\n## 2. CNN의 구성 요소를 설명해 주세요.\n\n(a) 컨볼루션 계층은 무엇을 하나요?\n\n커널이 입력 위를 움직이며 지역 특징을 뽑는다.\n\n(2) 풀링은 왜 쓰나요?\n\n위치 변화에 덜 민감해지고 계산량이 준다.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['How do you choose the learning rate?', 'Start from a range test.\n(1) What happens when it is too large?\nThe loss diverges.\nb) Why does warm-up help Adam?\nEarly second-moment estimates are noisy.'],
      ['CNN의 구성 요소를 설명해 주세요.', '(a) 컨볼루션 계층은 무엇을 하나요?\n커널이 입력 위를 움직이며 지역 특징을 뽑는다.\n(2) 풀링은 왜 쓰나요?\n위치 변화에 덜 민감해지고 계산량이 준다.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['5:question-in-answer', '9:question-in-answer', '15:question-in-answer', '19:question-in-answer']);
  });
});

describe('follow-ups labelled under a heading question', () => {
  it('are questions of their own, answered up to the next, their labels left out; the heading keeps what comes before', () => {
    const { questions, vfile } = readNote(
      '# Interview questions\n\n## What is a decision tree?\n\nA model that splits the feature space.\n\nFollow-Up Question: How does it choose a split?\n\nBy the impurity reduction.\n\n**Follow-up:** "How would you prune it?"\n- Remove branches that add little.\n\n## What is pruning?\n\nRemoving branches.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is a decision tree?', 'A model that splits the feature space.'],
      ['How does it choose a split?', 'By the impurity reduction.'],
      ['How would you prune it?', '• Remove branches that add little.'],
      ['What is pruning?', 'Removing branches.'],
    ]);
    expect(vfile.messages.filter((message) => message.fatal !== null)).toEqual([]);
  });

  it('are questions of their own set apart in a quote, answered by the rest of it; what follows the quote is the heading\'s again', () => {
    const { questions } = readNote(
      '# 면접 정리\n\n### Q1) 이상치는 어떻게 탐지하나요?\n\nIQR, z-score, Isolation Forest.\n\n> 꼬리 질문: Isolation Forest의 원리는?\n> 랜덤 분할로 고립시키는 깊이가 짧을수록 이상치.\n\n도메인 지식도 함께 쓴다.\n\n### Q2) 과적합이란?\n\n학습 데이터에만 맞춰짐.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['이상치는 어떻게 탐지하나요?', 'IQR, z-score, Isolation Forest.\n도메인 지식도 함께 쓴다.'],
      ['Isolation Forest의 원리는?', '랜덤 분할로 고립시키는 깊이가 짧을수록 이상치.'],
      ['과적합이란?', '학습 데이터에만 맞춰짐.'],
    ]);
  });

  it("are set apart in a quote under a Q: pair's answer as under a heading: the quote the follow-up and its answer, what follows it the pair's again", () => {
    const { questions } = readNote(
      'Q: How do you detect outliers?\nA: IQR, z-score, Isolation Forest.\n\n> Follow-up: How does Isolation Forest work?\n> Random splits isolate outliers in few steps.\n\nDomain knowledge helps too.\n\nQ: What is overfitting?\nA: Fitting noise.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['How do you detect outliers?', 'IQR, z-score, Isolation Forest.\nDomain knowledge helps too.'],
      ['How does Isolation Forest work?', 'Random splits isolate outliers in few steps.'],
      ['What is overfitting?', 'Fitting noise.'],
    ]);
  });

  it("are read after the arrow that leads an answer's lines under a heading, answered after a second arrow", () => {
    const { questions } = readNote('## How does BatchNorm behave at inference?\n\n→ It uses the running mean and variance.\n\n→ Follow-up: What if the batch size is 1? → Use LayerNorm.\n\n## What is dropout?\n\nRandomly zeroing activations.\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['How does BatchNorm behave at inference?', 'It uses the running mean and variance.'],
      ['What if the batch size is 1?', 'Use LayerNorm.'],
      ['What is dropout?', 'Randomly zeroing activations.'],
    ]);
  });

  it('are the items of a list, each answered by what is nested under it, bold or not', () => {
    const note = '### Q. Batch Normalization이 무엇인가요?\n\n평균과 분산을 정규화합니다.\n\n- **꼬리질문 1: 추론할 때는 배치 통계를 어떻게 쓰나요?**\n  - 이동평균을 사용합니다.\n- 꼬리질문 2: 배치 크기가 작으면 어떤 문제가 있나요?\n  - 추정이 불안정합니다.\n\n### Q. Adam을 설명해 주세요.\n\n모멘텀과 RMSProp의 결합입니다.\n\n- **꼬리질문: AdamW는 무엇이 다른가요?**\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.about])).toEqual([
      ['Batch Normalization이 무엇인가요?', '평균과 분산을 정규화합니다.', undefined],
      ['추론할 때는 배치 통계를 어떻게 쓰나요?', '• 이동평균을 사용합니다.', undefined],
      ['배치 크기가 작으면 어떤 문제가 있나요?', '• 추정이 불안정합니다.', undefined],
      ['Adam을 설명해 주세요.', '모멘텀과 RMSProp의 결합입니다.', undefined],
      ['AdamW는 무엇이 다른가요?', null, undefined],
    ]);
    expect(messagesOf(vfile).filter((message) => message.endsWith('question-in-answer'))).toEqual([]);
  });

  it("stay a list of the answer's points when one item does not ask under its label", () => {
    const { questions } = readNote('## What is a decision tree?\n\nA model that splits the feature space.\n\n- Follow-up: why greedy splits?\n  - Exact search is NP-hard.\n- Follow-up: see the chapter on forests.\n');
    // The list, its follow-up that asks and all, stays in the answer, as one of its points.
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is a decision tree?', 'A model that splits the feature space.\n\n- Follow-up: why greedy splits?\n  - Exact search is NP-hard.\n- Follow-up: see the chapter on forests.'],
    ]);
  });

  it('stay in the answer when the labelled line does not ask', () => {
    const { questions } = readNote('## What is a decision tree?\n\nA model that splits the feature space.\n\nFollow-up: see the chapter on forests.\n');
    expect(questions.map((question) => question.answer?.text)).toEqual(['A model that splits the feature space.\nFollow-up: see the chapter on forests.']);
  });
});

describe('follow-ups labelled on an item nested under a point of the answer', () => {
  it('are questions of their own after it, each answered by what is nested under it, a follow-up of a follow-up too (`꼬리1)`, `꼬리2)`)', () => {
    const note = '# 꼬리질문 연습 - 정규화\n\nQ1. 배치 정규화란 무엇인가요?\n- 미니배치의 평균/분산으로 정규화\n  - 꼬리1) 학습할 때와 추론할 때 동작이 다른가요?\n    - 추론 시에는 이동 평균을 사용\n    - 꼬리2) 배치 크기가 작으면 어떤 문제가 있나요?\n      - 통계 추정이 불안정\n\nQ2. Layer Normalization은 언제 쓰나요?\n- 배치 통계를 쓰기 어려운 경우\n  - 꼬리) 왜 Transformer는 LN을 쓰나요?\n    - 시퀀스 길이가 가변이기 때문\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['배치 정규화란 무엇인가요?', '- 미니배치의 평균/분산으로 정규화'],
      ['학습할 때와 추론할 때 동작이 다른가요?', '- 추론 시에는 이동 평균을 사용'],
      ['배치 크기가 작으면 어떤 문제가 있나요?', '- 통계 추정이 불안정'],
      ['Layer Normalization은 언제 쓰나요?', '- 배치 통계를 쓰기 어려운 경우'],
      ['왜 Transformer는 LN을 쓰나요?', '- 시퀀스 길이가 가변이기 때문'],
    ]);
    expect(messagesOf(vfile).filter((message) => message.endsWith('question-in-answer'))).toEqual([]);
  });

  it('are so under an item of a list of questions, and of a round of an interview, its topic theirs', () => {
    const items = '- 배치 정규화란 무엇인가요?\n  - 미니배치 통계로 정규화\n    - 꼬리질문: 추론 때는요?\n      - 이동 평균\n- Dropout은 왜 쓰나요?\n  - 과적합 방지\n';
    for (const [section, note] of [['정규화', `## 정규화\n\n${items}`], ['1차 면접', `# 네이버 면접 후기\n\n## 1차 면접\n\n${items}`]]) {
      expect(readNote(note!).questions.map((question) => [question.topic, question.question, question.answer?.markdown ?? null]), section).toEqual([
        [section, '배치 정규화란 무엇인가요?', '- 미니배치 통계로 정규화'],
        [section, '추론 때는요?', '- 이동 평균'],
        [section, 'Dropout은 왜 쓰나요?', '- 과적합 방지'],
      ]);
    }
  });

  it('are so answered after the question on their line (`꼬리 1) 추론 때도 같은가요? 네, …`): the rest of the line its answer, its siblings follow-ups still', () => {
    const { questions } = readNote('## Layer Normalization이란?\n\n- 샘플 단위로 특징 축 정규화\n  - 꼬리 1) 추론 때도 같은가요? 네, 배치 통계를 쓰지 않으므로 동일합니다.\n  - 꼬리2) RMSNorm과의 차이는?\n- Transformer에서 주로 사용\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Layer Normalization이란?', '• 샘플 단위로 특징 축 정규화\n• Transformer에서 주로 사용'],
      ['추론 때도 같은가요?', '네, 배치 통계를 쓰지 않으므로 동일합니다.'],
      ['RMSNorm과의 차이는?', null],
    ]);
  });

  it("stay points of the answer where one item of their list is labelled so but does not ask, and `꼬리` is a label only before a parenthesis (`꼬리1)`, `꼬리)`), a glossary's `꼬리:` none", () => {
    const note = 'Q. 두꺼운 꼬리 분포란?\n- 극단값이 자주 나오는 분포\n  - 꼬리질문: 예시는?\n  - 꼬리질문: 교재 3장 참고.\n- 꼬리 확률이 정규분포보다 큼\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['두꺼운 꼬리 분포란?', '- 극단값이 자주 나오는 분포\n  - 꼬리질문: 예시는?\n  - 꼬리질문: 교재 3장 참고.\n- 꼬리 확률이 정규분포보다 큼'],
    ]);
    const glossary = '# 롱테일 인식 정리\n\n## 용어\n\n머리: 샘플이 많은 소수의 클래스\n꼬리: 샘플이 적은 다수의 클래스\n';
    expect(readNote(glossary).questions.map((question) => question.question)).toEqual(['머리', '꼬리']);
  });
});

describe('follow-ups hung under a bold question (`↳ 꼬리질문: …?`, `꼬리1: …?`) with their answers on the lines under them', () => {
  it('are questions of their own, the arrow and the label left out', () => {
    const note = '**Q1. 과적합이 뭔가요?**\n학습 데이터에만 잘 맞는 상태.\n\n↳ 꼬리질문: 과적합을 어떻게 확인하나요?\n학습/검증 loss 곡선을 그려봅니다.\n\n꼬리1: 그럼 막는 방법은요?\n정규화와 조기 종료.\n\n↳ 꼬리 2: 드롭아웃은 추론 때 어떻게 되나요?\n끈다.\n';
    expect(answersOf(note)).toEqual([
      ['과적합이 뭔가요?', '학습 데이터에만 잘 맞는 상태.'],
      ['과적합을 어떻게 확인하나요?', '학습/검증 loss 곡선을 그려봅니다.'],
      ['그럼 막는 방법은요?', '정규화와 조기 종료.'],
      ['드롭아웃은 추론 때 어떻게 되나요?', '끈다.'],
    ]);
  });

  it("leave `꼬리` unnumbered before a colon a glossary's word (the tail), not a label", () => {
    expect(answersOf('**Q1. 롱테일이란?**\n데이터가 꼬리에 몰린 분포.\n\n꼬리: 샘플이 적은 다수의 클래스\n').map(([question]) => question)).toEqual(['롱테일이란?']);
  });
});

describe('follow-ups labelled on a line of copied text', () => {
  it('are questions of their own among questions on plain lines: the label says nothing of how the others are asked', () => {
    const { questions } = readNote(
      '기억나는 질문 정리\n\n1. 과적합을 판단하는 방법은?\n→ 검증 손실이 올라가면 과적합.\n\n2. Batch Normalization을 추론할 때는 어떻게 동작하나요?\n→ 이동 평균을 사용한다고 답함.\n꼬리질문: 배치 크기가 1이면요?\n→ LayerNorm이나 GroupNorm을 씀.\n\n3. Precision과 Recall 중 무엇이 중요한가요?\n→ 경우에 따라 다릅니다.\n',
      'review.txt',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['과적합을 판단하는 방법은?', '검증 손실이 올라가면 과적합.'],
      ['Batch Normalization을 추론할 때는 어떻게 동작하나요?', '이동 평균을 사용한다고 답함.'],
      ['배치 크기가 1이면요?', 'LayerNorm이나 GroupNorm을 씀.'],
      ['Precision과 Recall 중 무엇이 중요한가요?', '경우에 따라 다릅니다.'],
    ]);
  });

  it("are so on an answer's arrow line, answered after a second arrow on it: the follow-up a question of its own, what follows the arrow its answer; an unlabelled one stays", () => {
    const { questions } = readNote(
      '1. 과적합을 판단하는 방법은?\n→ 검증 손실이 올라가면 과적합.\n\n2. Batch Normalization을 추론할 때는 어떻게 동작하나요?\n→ 이동 평균을 사용한다고 답함.\n→ 꼬리질문: 배치 크기가 1이면요? → LayerNorm이나 GroupNorm을 쓴다고 했어요.\n\n3. Precision과 Recall 중 무엇이 중요한가요?\n→ 경우에 따라 다릅니다.\n',
      'review.txt',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.occurrences[0]!.line])).toEqual([
      ['과적합을 판단하는 방법은?', '검증 손실이 올라가면 과적합.', 1],
      ['Batch Normalization을 추론할 때는 어떻게 동작하나요?', '이동 평균을 사용한다고 답함.', 4],
      ['배치 크기가 1이면요?', 'LayerNorm이나 GroupNorm을 쓴다고 했어요.', 6],
      ['Precision과 Recall 중 무엇이 중요한가요?', '경우에 따라 다릅니다.', 8],
    ]);
    // Unlabelled, or labelled and not asking, such a line is the answer's.
    const kept = readNote('1. L2 정규화란?\n→ 가중치에 벌점을 준다.\n→ 그럼 왜? → 가중치가 작아져서 일반화된다고 답함.\n→ 꼬리질문: 없었어요.\n\n2. Recall이란?\n→ 재현율.\n', 'review.txt');
    expect(kept.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['L2 정규화란?', '가중치에 벌점을 준다.\n→ 그럼 왜? → 가중치가 작아져서 일반화된다고 답함.\n→ 꼬리질문: 없었어요.'],
      ['Recall이란?', '재현율.'],
    ]);
  });

  it('are so in English and with the other arrows, the arrow lines under the follow-up its answer', () => {
    const read = (text: string) => answerTextsOf(text, 'notes.txt');
    for (const arrow of ['→', '->', '=>']) {
      expect(read(`What does BatchNorm do at inference?\n${arrow} It uses the running mean and variance.\n${arrow} Follow-up: What if the batch size is 1? ${arrow} Use LayerNorm.\n${arrow} GroupNorm works too.\n\nWhat is L2?\n${arrow} A penalty.\n`), arrow).toEqual([
        ['What does BatchNorm do at inference?', 'It uses the running mean and variance.'],
        ['What if the batch size is 1?', `Use LayerNorm.\n${arrow} GroupNorm works too.`],
        ['What is L2?', 'A penalty.'],
      ]);
    }
  });

  it("are none where the label says none was asked (`꼬리질문: 없음`, `Follow-up: none`): the line is a remark the answer above keeps, as it keeps `꼬리: 없음`", () => {
    const { questions } = readNote(
      '# 면접 후기\n\nQ: Transformer의 positional encoding은 왜 필요한가요?\nA: attention은 순서를 모르기 때문.\n꼬리: 없음\n\nQ: RoPE의 장점은?\nA: 상대 위치를 회전으로 표현한다.\n꼬리질문: 없음\n\nQ: BN이란?\nA: 정규화.\nFollow-up: None.\n\nQ: LN이란?\nA: 층 정규화.\n꼬리질문: 왜 RNN에 쓰나요?\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Transformer의 positional encoding은 왜 필요한가요?', 'attention은 순서를 모르기 때문.\n꼬리: 없음'],
      ['RoPE의 장점은?', '상대 위치를 회전으로 표현한다.\n꼬리질문: 없음'],
      ['BN이란?', '정규화.\nFollow-up: None.'],
      ['LN이란?', '층 정규화.'],
      ['왜 RNN에 쓰나요?', null],
    ]);
  });

  it('are none so said in its other words (`없습니다`, `없음 (시간 부족)`, `X`), in bold, and before two pairs or more: no title over the pairs after it', () => {
    const pairs = readNote('Q: CORS란?\nA: 교차 출처 요청 정책.\n꼬리질문: 없음\n\nQ: CSRF 방어는?\nA: 토큰.\n\nQ: XSS 방어는?\nA: 이스케이프.\n');
    expect(pairs.questions.map((question) => [question.topic, question.question, question.answer?.text])).toEqual([
      [null, 'CORS란?', '교차 출처 요청 정책.\n꼬리질문: 없음'],
      [null, 'CSRF 방어는?', '토큰.'],
      [null, 'XSS 방어는?', '이스케이프.'],
    ]);
    const bold = readNote('**Q. 해시 충돌 해결법은?**\n\n체이닝, 개방 주소법.\n\n**꼬리질문:** 없음\n\n**Q. 로드 팩터란?**\n\n원소 수 / 버킷 수.\n');
    expect(bold.questions.map((question) => [question.topic, question.question, question.answer?.text])).toEqual([
      [null, '해시 충돌 해결법은?', '체이닝, 개방 주소법.\n꼬리질문: 없음'],
      [null, '로드 팩터란?', '원소 수 / 버킷 수.'],
    ]);
    for (const none of ['없습니다', '없었어요', '없음 (시간 부족)', '없음 ㅠ', 'X']) expect(saysNoneAsked(`꼬리질문: ${none}`), none).toBe(true);
    expect(saysNoneAsked('꼬리질문: 없음이 무엇인가요?')).toBe(false);
    expect(saysNoneAsked('Follow-up: none of the above?')).toBe(false);
  });

  it('are so in English too', () => {
    const { questions } = readNote('Interview notes\n\nWhat is dropout?\nIt drops units at random.\nFollow-up: Why does it help?\nIt stops co-adaptation.\n\nWhat is L2?\nA penalty.\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is dropout?', 'It drops units at random.'],
      ['Why does it help?', 'It stops co-adaptation.'],
      ['What is L2?', 'A penalty.'],
    ]);
  });
});

describe('follow-ups labelled on a heading', () => {
  it("are asked of a coding problem and say nothing of how the note asks: the task's statement is still its question, the code its answer", () => {
    // `### Solution` and `### Follow-up: …?` are one level: the follow-ups that ask, half of it, made it a level of heading
    // questions, and each statement, asked on a line, and its code were left out, as text before the first question or a section's.
    const { questions, vfile } = readNote(
      '# Coding round\n\n## Problem 1: K-Means\n\nImplement k-means clustering with NumPy only.\n\n### Solution\n\n```python\ndef kmeans(X, k):\n    pass\n```\n\n### Follow-up: How would you pick k?\n\nElbow method.\n\n### Follow-up: What happens if a cluster becomes empty?\n\nKeep the old centroid.\n\n## Problem 2: Softmax\n\nWrite a numerically stable softmax.\n\n### Solution\n\n```python\ndef softmax(z):\n    return z\n```\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.about])).toEqual([
      ['Implement k-means clustering with NumPy only.', 'def kmeans(X, k):\n    pass', undefined],
      ['How would you pick k?', 'Elbow method.', undefined],
      ['What happens if a cluster becomes empty?', 'Keep the old centroid.', undefined],
      ['Write a numerically stable softmax.', 'def softmax(z):\n    return z', undefined],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it("are none of a coding problem's sections: its title still asks, its sections its answer, each follow-up a question after it", () => {
    // `## Follow-up: …?` among `## Problem`, `## Solution`, `## Complexity` made the title a topic over questions.
    const { questions } = readNote(
      '# LeetCode 1. Two Sum\n\n## Problem\n\nReturn the indices of the two numbers that add up to the target.\n\n## Solution\n\n```python\ndef two_sum(a, t):\n    pass\n```\n\n## Complexity\n\nO(n).\n\n## Follow-up: What if the array is sorted?\n\nUse two pointers.\n\n## 꼬리질문: 메모리를 O(1)로 줄일 수 있나요?\n\n정렬 후 투 포인터.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['LeetCode 1. Two Sum', 'Problem\nReturn the indices of the two numbers that add up to the target.\nSolution\ndef two_sum(a, t):\n    pass\nComplexity\nO(n).'],
      ['What if the array is sorted?', 'Use two pointers.'],
      ['메모리를 O(1)로 줄일 수 있나요?', '정렬 후 투 포인터.'],
    ]);
  });

  it('follow a heading question up as before: under `## What is X?` each is a question of its own, answered up to the next heading', () => {
    const { questions } = readNote('# Notes\n\n## What is dropout?\n\nRandomly zeroing activations.\n\n### Follow-up: Why scale at inference?\n\nTo keep the expected activation.\n\n## What is batch norm?\n\nNormalising per batch.\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.'],
      ['Why scale at inference?', 'To keep the expected activation.'],
      ['What is batch norm?', 'Normalising per batch.'],
    ]);
  });
});
