/**
 * A title that names a collection of questions (`# 09. Deep Learning Interview Preparation`,
 * `# 1. Basic Interview Questions`) is a title, whatever its number: the questions are under it.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

describe('a numbered title of a collection of questions', () => {
  it('is no question: the bold questions of the list under it are, each answered by its `*A:*` item', () => {
    const { questions } = readNote(
      '# 09. Deep Learning Interview Preparation\n\n## 1. Concepts\n\n*   **Q: Why use ReLU over Sigmoid in hidden layers?**\n    - *A:* ReLU avoids the vanishing gradient problem.\n*   **Q: Explain the Vanishing Gradient problem.**\n    - *A:* Gradients shrink as they flow back through many layers.\n',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['Why use ReLU over Sigmoid in hidden layers?', 'Concepts', 'ReLU avoids the vanishing gradient problem.'],
      ['Explain the Vanishing Gradient problem.', 'Concepts', 'Gradients shrink as they flow back through many layers.'],
    ]);
  });

  it('is a Chinese 面试题 title too: a section over the questions, not one of them', () => {
    const { questions } = readNote('# 强化学习\n\n## 24. 高频面试题\n\n### Q4: Q-learning 和 SARSA 的区别是什么？\n\n- Q-learning 是 off-policy\n\n### Q5: Q-values 和 V-values 有什么关系？\n\nV(s) = max_a Q(s,a)\n');
    expect(questions.map((question) => question.question)).toEqual(['Q-learning 和 SARSA 的区别是什么？', 'Q-values 和 V-values 有什么关系？']);
  });

  it('names its questions by the headings under it, when nothing else asks; a chapter numbered on by its sections is no question either', () => {
    const { questions } = readNote(
      '# 1. Basic Interview Questions\n\n## 1.1 Bias - Variance Tradeoff\n\n- Bias: underfitting\n- Variance: overfitting\n\n# 2. ML Performance\n\n## 2.1 ROC AUC\n\n- X axis: FPR, Y axis: TPR\n\n## 2.2 PrAUC\n\n- x axis: recall, y axis: precision\n',
    );
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['Bias - Variance Tradeoff', 'Basic Interview Questions', '• Bias: underfitting\n• Variance: overfitting'],
      ['ROC AUC', 'ML Performance', '• X axis: FPR, Y axis: TPR'],
      ['PrAUC', 'ML Performance', '• x axis: recall, y axis: precision'],
    ]);
  });

  it("reads a chapter numbered on by its sections in a Korean blog's way (`## 1. 딥러닝 기초` over `### 1-1. 역전파란?`) as a chapter, its sections the questions", () => {
    const note =
      '# 딥러닝 질문 정리\n\n## 1. 딥러닝 기초\n\n### 1-1. 역전파란?\n\n오차를 연쇄 법칙으로 전파한다.\n\n### 1-2. 배치 정규화\n\n미니배치로 정규화한다.\n\n' +
      '## 2. 최적화\n\n### 2-1. Adam 옵티마이저에 대해 설명해주세요\n\nMomentum과 RMSProp을 합친 방법.\n\n### 2-2. 학습률 스케줄링\n\n- Cosine annealing\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['역전파란?', '딥러닝 기초'],
      ['배치 정규화', '딥러닝 기초'],
      ['Adam 옵티마이저에 대해 설명해주세요', '최적화'],
      ['학습률 스케줄링', '최적화'],
    ]);
  });

  it('leaves the headings under it sections when a list under them asks', () => {
    const { questions } = readNote('# Deep Learning - List of questions\n\n## Optimization\n\n1. What is empirical risk minimization?\n1. Why is the 0-1 loss not used?\n\n## Initialization\n\n1. \n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is empirical risk minimization?', 'Optimization'],
      ['Why is the 0-1 loss not used?', 'Optimization'],
    ]);
  });

  it('leaves the headings under it sections when paragraphs under them ask, each answered by the paragraph after it', () => {
    const note =
      '# Interview questions\n\n## Regularization\n\nWhat does L2 regularization do?\n\nIt shrinks weights toward zero.\n\n' +
      'Why does L1 give sparse weights?\n\nIts constraint region has corners on the axes.\n\n## Optimization\n\nWhat is momentum?\n\nA running average of past gradients.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.text])).toEqual([
      ['What does L2 regularization do?', 'Regularization', 'It shrinks weights toward zero.'],
      ['Why does L1 give sparse weights?', 'Regularization', 'Its constraint region has corners on the axes.'],
      ['What is momentum?', 'Optimization', 'A running average of past gradients.'],
    ]);
    expect(vfile.messages).toEqual([]);
  });
});

describe('a numbered list of topics in a note titled as a collection of questions', () => {
  it('lists questions, each a topic to explain, with no answer yet', () => {
    const { questions } = readNote('# Deep Learning Interview questions\n\n1. What is gradient descent\n2. What is optimizer\n\n# CNN\n1. Explain CNN\n2. Padding and Stride\n3. Transpose convolution\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer])).toEqual([
      ['What is gradient descent', 'Deep Learning Interview questions', null],
      ['What is optimizer', 'Deep Learning Interview questions', null],
      ['Explain CNN', 'CNN', null],
      ['Padding and Stride', 'CNN', null],
      ['Transpose convolution', 'CNN', null],
    ]);
  });

  it('lists topics set in bold over the lines that explain them: the bold line the question, the lines under it its answer', () => {
    const { questions } = readNote('# 통계 면접 질문\n\n1. **p-value의 정의**\n   귀무가설이 참일 때 극단적인 결과가 나올 확률이다.\n2. **신뢰구간의 의미**\n   같은 방법으로 구간을 반복해서 만들면 95%가 모수를 포함한다.\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['p-value의 정의', '귀무가설이 참일 때 극단적인 결과가 나올 확률이다.'],
      ['신뢰구간의 의미', '같은 방법으로 구간을 반복해서 만들면 95%가 모수를 포함한다.'],
    ]);
    // A bold topic over the question it files, or a bold remark (`**Note**`), is no topic to explain.
    const filed = readNote('# 면접 질문 모음\n\n1. **카카오**\n   추천 시스템에서 cold start는 어떻게 해결하나요?\n2. **네이버**\n   검색 랭킹 모델은 어떻게 평가하나요?\n');
    expect(filed.questions.map((question) => question.question)).toEqual(['카카오 추천 시스템에서 cold start는 어떻게 해결하나요?', '네이버 검색 랭킹 모델은 어떻게 평가하나요?']);
  });

  it('is no such list in another note, nor when its items link (a table of contents)', () => {
    const post = readNote('# Types of RNN\n\n1) Plain Tanh Recurrent Networks\n\n2) Gated Recurrent Networks (GRU)\n\n## What is an LSTM?\n\nA gated RNN.\n');
    expect(post.questions.map((question) => question.question)).toEqual(['What is an LSTM?']);
    const contents = readNote('# ML Interview Questions\n\n1. [Basics](#basics) (10 questions)\n2. [Training](#training) (10 questions)\n\n## Basics\n\n**What is bias?**\n\nError from assumptions.\n');
    expect(contents.questions.map((question) => question.question)).toEqual(['What is bias?']);
  });
});

describe("the author's steps listed under a lead-in that names them so, in a note titled as a collection of questions", () => {
  it('are no topics to explain: `My template:` over `1. Clarify requirements`, left out with the preamble, the questions below read', () => {
    const note = readNote(
      '# ML System Design: worked questions\n\nMy template (from the Alex Xu book + mock interviews):\n1. Requirements\n2. ML framing\n3. Data & features\n4. Model\n\n## What is a two-tower model?\n\nTwo encoders whose embeddings are compared.\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['What is a two-tower model?']);
    expect(messagesOf(note.vfile)).toEqual(['3:preamble']);
    expect(note.vfile.messages[0]!.reason).toContain('(lines 3-7)');
    const korean = readNote('# ML 시스템 디자인 면접 질문\n\n답변 순서:\n1. 요구사항 정리\n2. 데이터\n3. 모델\n\n## 추천 시스템을 설계해 보세요\n\n후보 생성 후 랭킹.\n');
    expect(korean.questions.map((question) => question.question)).toEqual(['추천 시스템을 설계해 보세요']);
  });

  it('are topics still under a lead-in that names questions or topics, whatever else it says (`Questions from the hiring process:`)', () => {
    for (const lead of ['Questions I was asked:', 'Questions from the hiring process:', 'Topics to review:', '오늘 공부할 것:']) {
      const note = readNote(`# ML interview questions\n\n${lead}\n1. Bias-variance tradeoff\n2. Gradient boosting\n\n## What is dropout?\n\nZeroing units at random.\n`);
      expect(note.questions.map((question) => question.question), lead).toEqual(['Bias-variance tradeoff', 'Gradient boosting', 'What is dropout?']);
    }
  });

  it("are the author's only when the lead-in names the author's method: `My interview process:`, `Hiring process steps at Amazon:`, `면접 준비 단계:`", () => {
    for (const lead of ['Steps I follow:', 'My interview process:', 'Hiring process steps at Amazon:', 'Answer template:', 'Outline of a good answer:', '면접 준비 단계:', '풀이 단계:']) {
      const note = readNote(`# Interview questions\n\n${lead}\n1. Requirements\n2. Data & features\n\n## What is dropout?\n\nZeroing units at random.\n`);
      expect(note.questions.map((question) => question.question), lead).toEqual(['What is dropout?']);
    }
  });

  it('are topics still under a lead-in that names a subject, not the author\'s method (review s68): `Spring Framework:`, `C++ template 관련:`, `Study plan:`', () => {
    for (const lead of [
      'Spring Framework:',
      'OS - process / thread 관련:',
      'C++ template 관련:',
      'Indexes and the query plan:',
      '렌더링 단계별로 나오는 것:',
      '1단계 서류 → 2단계 코테 → 3단계 기술면접. 기술면접 때 받은 순서대로:',
      'Interview process at Coupang (3 rounds), what came up:',
      'Practice problems (use the framework above):',
      'Plan for this week:',
      'Study plan:',
      'The steps of the TCP handshake:',
      // Review s68b: a steps word unowned, a subject before `준비 단계`, a topic after `to`/`for`.
      'Template literals:',
      'Template method pattern:',
      '렌더링 준비 단계:',
      'My approach to caching:',
      'Our process for incidents:',
    ]) {
      const note = readNote(`# Backend Interview Questions\n\n${lead}\n\n1. DI and IoC\n2. AOP\n`);
      expect(note.questions.map((question) => question.question), lead).toEqual(['DI and IoC', 'AOP']);
    }
  });
});

describe('a list of questions answered on their lines (review s68b)', () => {
  it('reads an interval `(0, 1]`, an enumerator `1)` and a reversed smiley `(:` as no brackets holding the question mark', () => {
    const note = readNote('# Probability interview questions\n\n- Is (0, 1] open on the left? Yes, 0 is excluded 1) by definition 2) by notation.\n- What is a CDF? P(X <= x).\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Is (0, 1] open on the left?', 'Yes, 0 is excluded 1) by definition 2) by notation.'],
      ['What is a CDF?', 'P(X <= x).'],
    ]);
    const smiley = readNote('# Java interview questions\n\n- finally got this (: What is the JVM? A virtual machine 1) loads classes 2) runs bytecode\n- What is JIT? Compiles hot code to native.\n');
    expect(smiley.questions).toHaveLength(2);
  });

  it('ends a question at an ASCII question mark its full-width bracket closes', () => {
    const note = readNote('# 자료구조 면접 질문\n\n- 해시 충돌 해결법（체이닝? 개방주소법?） 둘 다 설명\n- 힙이란? 완전 이진 트리\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['해시 충돌 해결법（체이닝? 개방주소법?）', '둘 다 설명'],
      ['힙이란?', '완전 이진 트리'],
    ]);
  });
});

describe("a repository's own sections after its questions", () => {
  it('reads no question in the steps `## Contributing` or `## Installation` lists, in a README titled as a collection of questions; their text is noted', () => {
    const note = readNote(
      '# Deep Learning Interview Questions\n\n## Basics\n\n1. **What is a vanishing gradient?**\n   - Gradients shrink through many layers.\n2. **What is Xavier initialization?**\n\n## Installation\n\n1. Clone the repo\n2. Install the requirements\n\n## Contributing\n\nContributions are welcome!\n\n1. Fork the repo\n2. Create a new branch\n3. Open a pull request\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['What is a vanishing gradient?', 'What is Xavier initialization?']);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'section-text').map((message) => message.line)).toEqual([11, 16]);
  });

  it('reads a list whose items ask as questions under such a section too', () => {
    const note = readNote('# Awesome DevOps Interview Questions\n\n## Setup\n\n1. How do you set up a Python virtual environment?\n2. How do you configure SSH keys for GitHub?\n\n## Usage\n\n- What does `docker run -d` do?\n');
    expect(note.questions.map((question) => question.question)).toEqual(['How do you set up a Python virtual environment?', 'How do you configure SSH keys for GitHub?', 'What does docker run -d do?']);
  });
});

describe('a section titled only as a collection of questions (`## Questions`, `## 면접 질문`, `## 高频面试题`)', () => {
  it('names no topic: every card would carry it, and it says nothing of what they ask', () => {
    const { questions } = readNote('# 딥러닝\n\n## 면접 질문\n\n### 드롭아웃이란?\n\n뉴런을 무작위로 끈다.\n\n## Common Interview Questions\n\n### What is dropout?\n\nRandomly zeroing units.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['드롭아웃이란?', null],
      ['What is dropout?', null],
    ]);
  });

  it('leaves the topic above in place, and a title that names a subject with the collection is still a topic', () => {
    const { questions } = readNote('# Notes\n\n## Regularization\n\n### Questions\n\n### What is dropout?\n\nRandomly zeroing units.\n\n## Deep Learning Interview Questions\n\n### What is a ReLU?\n\nmax(0, x).\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is dropout?', 'Regularization'],
      ['What is a ReLU?', 'Deep Learning Interview Questions'],
    ]);
  });
});

describe("a learner's interview notes (`# Deep Learning Interview Notes`, `# 면접 정리`)", () => {
  it('are a collection of questions: headings that name a concept over its explanation are its questions', () => {
    const note =
      '# Deep Learning Interview Notes\n\n## Introduction\n\nThese are my notes for the ML interview season.\n\n## Batch Normalization\n\n' +
      'Normalizes the activations of each mini-batch.\n\n## Dropout\n\nRandomly zeroes activations during training.\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Batch Normalization', 'Normalizes the activations of each mini-batch.'],
      ['Dropout', 'Randomly zeroes activations during training.'],
    ]);
  });

  it('in Korean too', () => {
    const { questions } = readNote('# 딥러닝 면접 정리\n\n## 배치 정규화\n\n미니배치마다 활성값을 정규화한다.\n\n## 드롭아웃\n\n학습 중 뉴런을 무작위로 끈다.\n');
    expect(questions.map((question) => question.question)).toEqual(['배치 정규화', '드롭아웃']);
  });

  it('with the subject after a colon too (`# Interview notes: Classical ML`), or a year or `My` before it', () => {
    for (const title of ['My ML Interview Notes', '2025 딥러닝 면접 정리']) {
      const { questions } = readNote(`# ${title}\n\n## Naive Bayes\n\nAssumes features are independent given the class.\n\n## k-NN\n\nPredicts from the k closest training points.\n`);
      expect(questions.map((question) => question.question), title).toEqual(['Naive Bayes', 'k-NN']);
    }
  });

  it('with the subject after a colon', () => {
    const { questions } = readNote('# Interview notes: Classical ML\n\n## Naive Bayes\n\nAssumes features are independent given the class.\n\n## k-NN\n\nPredicts from the k closest training points.\n');
    expect(questions.map((question) => question.question)).toEqual(['Naive Bayes', 'k-NN']);
  });

  it("but a write-up of interviews had is not (`My Interview Notes`, `2024 하반기 면접 정리`): its sections are rounds and companies", () => {
    for (const title of ['My Interview Notes', '2024 하반기 면접 정리', 'Interview notes: Google ML round']) {
      const { questions } = readNote(`# ${title}\n\n## Phone Screen\n\nThe recruiter asked about my projects. It lasted 30 minutes.\n\n## 네이버\n\n코딩 테스트 후 기술 면접에서 프로젝트 위주로 질문을 받았다. 분위기는 좋았다.\n`);
      expect(questions, title).toEqual([]);
    }
  });

  it('leaves out a table of contents that names the headings below it without linking to them', () => {
    const { questions, vfile } = readNote('# Machine Learning Interview Notes\n\n## Contents\n\n1. Bias and Variance\n2. Regularization\n\n## Bias and Variance\n\nUnderfitting against overfitting.\n\n## Regularization\n\nA penalty on complexity.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Bias and Variance', null],
      ['Regularization', null],
    ]);
    expect(messagesOf(vfile)).toContain('5:table-of-contents');
  });

  it('leaves out a table of contents whose entries ask, its links lost, and the line titling it: the headings below ask them, in order', () => {
    // Hunt s67 (21-gfg-like-copy.md): the entries were 4 unanswered duplicates and `Table of Content` every question's topic.
    const answered = '## What is a decision tree?\n\nA tree of if/else rules.\n\n## What is Gini impurity?\n\nOne minus the sum of squared class shares.\n';
    const { questions, vfile } = readNote(`# Decision tree questions\n\nTable of Content\n\n- What is a decision tree?\n- What is Gini impurity?\n\n${answered}`);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null])).toEqual([
      ['What is a decision tree?', null, 'A tree of if/else rules.'],
      ['What is Gini impurity?', null, 'One minus the sum of squared class shares.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:table-of-contents']);
    expect(vfile.messages[0]!.reason).toBe('Left out a table of contents and its title, "Table of Content" (its entries name the sections below)');
    // Entries in another order than the headings, or one the headings do not ask, are the note's own questions.
    const asked = (list: string) => readNote(`# Decision tree questions\n\n${list}\n\n${answered}`).questions.map((question) => question.question);
    expect(asked('- What is Gini impurity?\n- What is a decision tree?')).toEqual(['What is Gini impurity?', 'What is a decision tree?', 'What is a decision tree?', 'What is Gini impurity?']);
    expect(asked('- What is a decision tree?\n- What is entropy?')).toEqual(['What is a decision tree?', 'What is entropy?', 'What is a decision tree?', 'What is Gini impurity?']);
    // Over questions that are no contents, the line is their topic still.
    expect(readNote('# Notes\n\nTable of Content\n\n- What is a decision tree?\n- What is entropy?\n').questions.map((question) => question.topic)).toEqual(['Table of Content', 'Table of Content']);
  });

  it('read under a chapter or a category right under their title too (`## 1. CNN` or `## CNN` over `### Convolution`), which names their topic', () => {
    for (const [cnn, rnn, a, b, c] of [
      ['1. CNN', '2. RNN', '1-1. ', '1-2. ', '2-1. '],
      ['CNN', 'RNN', '', '', ''],
    ]) {
      const note = `# 딥러닝 면접 준비\n\n## ${cnn}\n\n### ${a}Convolution\n\n필터를 슬라이딩하며 특징을 추출.\n\n### ${b}Pooling\n\n공간 크기 축소.\n\n## ${rnn}\n\n### ${c}LSTM\n\n게이트로 장기 의존성을 학습.\n`;
      expect(readNote(note).questions.map((question) => [question.question, question.topic]), cnn).toEqual([
        ['Convolution', 'CNN'],
        ['Pooling', 'CNN'],
        ['LSTM', 'RNN'],
      ]);
    }
  });

  it('read a chapter among plain concepts as grouping some of them, and a concept over its parts (`### 정의`, `### 장점`) as no category', () => {
    const note = '# Deep Learning Interview Notes\n\n## CNN\n\n### Convolution\n\nSlides a filter over the input.\n\n### Pooling\n\nDownsamples feature maps.\n\n## Dropout\n\nRandomly zeroes activations.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['Convolution', 'CNN'],
      ['Pooling', 'CNN'],
      ['Dropout', null],
    ]);
    const parts = readNote('# 딥러닝 면접 정리\n\n## 배치 정규화\n\n### 정의\n\n미니배치 통계로 정규화한다.\n\n### 장점\n\n학습이 안정된다.\n');
    expect(parts.questions.map((question) => question.question)).not.toContain('정의');
  });

  it("leave out a study plan's section (`## Study Plan`, `## 준비 일정`), and say so; a concept named `Schedule` stays one", () => {
    const schedules = readNote('# Deep Learning Interview Notes\n\n## Warmup\n\nIncrease the learning rate over the first steps.\n\n## Schedule\n\nHow the learning rate changes over training.\n');
    expect(schedules.questions.map((question) => question.question)).toEqual(['Warmup', 'Schedule']);
    const { questions, vfile } = readNote('# ML 엔지니어 면접 대비\n\n## 준비 일정\n\n- 1주차: 선형대수 복습\n\n## 과적합\n\n새로운 데이터에 일반화하지 못하는 현상.\n');
    expect(questions.map((question) => question.question)).toEqual(['과적합']);
    expect(messagesOf(vfile)).toEqual(['3:post-section', '5:preamble']);
  });

  it('but notes of any other kind are not: their headings stay sections', () => {
    const { questions } = readNote('# Reading Notes\n\n## Batch Normalization\n\nNormalizes the activations of each mini-batch.\n\n## Dropout\n\nRandomly zeroes activations during training.\n');
    expect(questions).toEqual([]);
  });
});
