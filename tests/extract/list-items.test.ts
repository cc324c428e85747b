/**
 * Items of lists of questions as notes type them: a bullet with a number in its text, and a question
 * that ends in a full stop among questions that end in question marks.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { JUDGED_STATEMENT_PATTERNS } from '../../src/parse/judged-statements.js';

describe('a bullet whose text is numbered (`- 1. …`)', () => {
  it('is one item, a question like the bullets beside it, its number left out of the wording', () => {
    const note = readNote('## VX 회사 질문\n- 5-1. inductive Bias를 아시나요?\n\n## TB 동아리 질문\n- 1. Receptive Field란 무엇인가요?\n');
    expect(note.questions.map((question) => [question.question, question.topic, question.occurrences[0]!.question])).toEqual([
      ['inductive Bias를 아시나요?', 'VX 회사 질문', '5-1. inductive Bias를 아시나요?'],
      ['Receptive Field란 무엇인가요?', 'TB 동아리 질문', '1. Receptive Field란 무엇인가요?'],
    ]);
    expect(note.vfile.messages).toEqual([]);
  });

  it('keeps its number in an answer, as written', () => {
    const { questions } = readNote('## What do you check first in a data set?\n\n- 1) Errors in the data.\n- 2) Missing values.\n');
    expect(questions[0]!.answer?.text).toBe('• 1) Errors in the data.\n• 2) Missing values.');
  });
});

describe('a checklist of questions copied from Google Keep (`☐` and `☑` for bullets)', () => {
  it('is a list: each item that asks is a question, without its box, and no item is the answer of the one above', () => {
    const note = readNote(
      [
        'Stats questions to review before Friday',
        '☐ When would you use a t-test instead of a z-test?',
        '☑ What is a p-value',
        '☐ Explain power of a test',
        '☐ Bootstrap — how & why',
        '☐ A/B test: how do you pick the sample size?',
        '☑ Simpson\'s paradox example',
        '☐ buy printer ink',
      ].join('\n'),
      'keep.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer])).toEqual([
      ['When would you use a t-test instead of a z-test?', null],
      ['What is a p-value', null],
      ['Explain power of a test', null],
      ['A/B test: how do you pick the sample size?', null],
    ]);
    // Items that only name something, among too few questions, are reported, as in any list: a to-do is no question.
    expect(messagesOf(note.vfile)).toEqual(['5:orphan-text', '7:orphan-text', '8:orphan-text']);
  });
});

describe('a question ending in a full stop among questions', () => {
  it('is a question: a question word leads it, one sentence', () => {
    const note = readNote('## Autoencoders\n\n1. What is an Autoencoder?\n1. What is recirculation?\n1. What is the difference between Autoencoders and PCA.\n1. What is the impact of the hidden layer size?\n');
    expect(note.questions.map((question) => question.question)).toEqual([
      'What is an Autoencoder?',
      'What is recirculation?',
      'What is the difference between Autoencoders and PCA.',
      'What is the impact of the hidden layer size?',
    ]);
    expect(note.vfile.messages).toEqual([]);
  });
});

describe('lines under a numbered question, in the same item', () => {
  it('are its answer when they only link to one (`[https://chatgpt.com/s/…]`), which is kept, not left out as a citation', () => {
    const { questions } = readNote('# FAQ\n\n1. 인공지능에서 지능에 해당하는 기능은 무엇인가?\n[https://chatgpt.com/s/t_68d9d955]\n\n2. 딥러닝과 머신러닝의 차이점은 무엇인가?\n[https://chatgpt.com/s/t_68d9da06]\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['인공지능에서 지능에 해당하는 기능은 무엇인가?', '[https://chatgpt.com/s/t_68d9d955]'],
      ['딥러닝과 머신러닝의 차이점은 무엇인가?', '[https://chatgpt.com/s/t_68d9da06]'],
    ]);
  });

  it('are questions of their own, unanswered, when each of them asks', () => {
    const { questions, vfile } = readNote('# FAQ\n\n40. 주성분 분석(PCA) 이란 무엇인가?\n41. Dense Layer란 무엇인가?\n드롭아웃(Dropout)이란 무엇인가?\n트랜스포머의 셀프어텐션이란?\n');
    expect(questions.map((question) => [question.question, question.answer, question.occurrences[0]!.line])).toEqual([
      ['주성분 분석(PCA) 이란 무엇인가?', null, 3],
      ['Dense Layer란 무엇인가?', null, 4],
      ['드롭아웃(Dropout)이란 무엇인가?', null, 5],
      ['트랜스포머의 셀프어텐션이란?', null, 6],
    ]);
    expect(vfile.messages).toEqual([]);
  });

  it('stay its answer when one of them does not ask', () => {
    const { questions } = readNote('# FAQ\n\n1. What is dropout?\nIs it a regulariser? Yes: it zeroes units at random.\n2. What is PCA?\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is dropout?', 'Is it a regulariser? Yes: it zeroes units at random.'],
      ['What is PCA?', null],
    ]);
  });
});

describe('a numbered question set in bold that names its topic, then the task set on it after a dash or a colon', () => {
  it("asks, as `Give an example of Simpson's paradox.` does: its answer the lines under it (it was text that belonged to no question)", () => {
    for (const task of ["Simpson's paradox — give an example.", "Simpson's paradox: give an example."]) {
      const { questions, vfile } = readNote(
        `# Statistics\n\n1. **What is the law of large numbers?**\n   The sample mean converges to the expected value.\n\n2. **${task}**\n   A treatment looks better in every subgroup but worse overall.\n\n3. **When would you use a t-test?**\n   Small samples, variance unknown.\n`,
      );
      expect(questions.map((question) => [question.question, question.answer?.text ?? null]), task).toEqual([
        ['What is the law of large numbers?', 'The sample mean converges to the expected value.'],
        [task, 'A treatment looks better in every subgroup but worse overall.'],
        ['When would you use a t-test?', 'Small samples, variance unknown.'],
      ]);
      expect(messagesOf(vfile), task).toEqual([]);
    }
  });
});

describe('numbered statements to judge, their choices after them (`… (O / X)`), as a quiz writes them', () => {
  it('are questions, as `O/X: …` is, each answered by the quote under it (they were text before the first question)', () => {
    const { questions, vfile } = readNote(
      '## O/X 문제\n\n1. ReLU는 음수 입력에서 gradient가 0이다. (O / X)\n   > **정답: O** — 그래서 dying ReLU 문제가 생김\n\n2. Batch Normalization은 추론 시에도 미니배치 통계를 사용한다. (O / X)\n   > **정답: X** — running mean/var 사용\n\n3. Adam은 파라미터마다 다른 학습률을 적용하는 효과가 있다. (O / X)\n   > **정답: O**\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['ReLU는 음수 입력에서 gradient가 0이다. (O / X)', 'O — 그래서 dying ReLU 문제가 생김'],
      ['Batch Normalization은 추론 시에도 미니배치 통계를 사용한다. (O / X)', 'X — running mean/var 사용'],
      ['Adam은 파라미터마다 다른 학습률을 적용하는 효과가 있다. (O / X)', 'O'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('are questions unanswered where no answer follows them, and in English with `(T/F)` or `(True / False)`', () => {
    const bare = readNote('# 딥러닝 O/X 연습\n\n1. Sigmoid의 출력 범위는 0과 1 사이이다. (O/X)\n2. Dropout은 추론 시에도 적용된다. (O/X)\n');
    expect(bare.questions.map((question) => [question.question, question.answer])).toEqual([
      ['Sigmoid의 출력 범위는 0과 1 사이이다. (O/X)', null],
      ['Dropout은 추론 시에도 적용된다. (O/X)', null],
    ]);
    const english = readNote('## True or false\n\n1. L1 regularisation can drive weights to exactly zero. (True / False)\n   > **Answer: True** — its penalty has a corner at zero.\n\n2. Increasing k in k-NN always reduces variance. (T/F)\n   > **Answer: F**\n');
    expect(english.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['L1 regularisation can drive weights to exactly zero. (True / False)', 'True — its penalty has a corner at zero.'],
      ['Increasing k in k-NN always reduces variance. (T/F)', 'F'],
    ]);
  });

  it('are no statements where a data dictionary types a column or a checklist marks a to-do (review s68: they were unanswered questions)', () => {
    const dictionary = readNote('## Data dictionary\n\n- `amount`: transaction amount in KRW\n- `is_fraud`: label (True/False)\n\n## Q1. How did you handle class imbalance?\n\nUndersampled the majority class.\n');
    expect(dictionary.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Data dictionary', '• amount: transaction amount in KRW\n• is_fraud: label (True/False)'],
      ['How did you handle class imbalance?', 'Undersampled the majority class.'],
    ]);
    expect(readNote('## 오늘의 체크리스트\n\n- 강의 듣기 (O/X)\n- 복습 노트 작성 (O/X)\n').questions).toEqual([]);
  });

  it('are read with the line an arrow leads under them as their answer, in the item (`→ 맞음.`), though they ask with no question mark', () => {
    const note = readNote('## OX\n\n1. 신뢰구간 95%는 모수가 구간에 있을 확률이 95%라는 뜻이다. (O/X)\n   → 틀림. 같은 방법으로 구간을 만들면 95%가 모수를 포함한다는 뜻.\n2. 제1종 오류는 귀무가설이 참인데 기각하는 것이다 (O/X)\n   → 맞음.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['신뢰구간 95%는 모수가 구간에 있을 확률이 95%라는 뜻이다. (O/X)', '틀림. 같은 방법으로 구간을 만들면 95%가 모수를 포함한다는 뜻.'],
      ['제1종 오류는 귀무가설이 참인데 기각하는 것이다 (O/X)', '맞음.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('are read written loosely among them, the choices in lower case (`(o/x)`) or the verdict in their place (`(X)`), which opens the answer (review s68: the note read as no questions)', () => {
    const note = readNote(
      '# 통계 OX\n\n1. p-value는 귀무가설이 참일 확률이다. (X)\n   → 틀림. 귀무가설 하에서 관측값 이상이 나올 확률.\n2. 표본이 크면 중심극한정리에 의해 표본평균은 정규분포에 가까워진다. (o/x)\n   → 맞음.\n3. 신뢰구간 95%는 모수가 구간에 있을 확률이 95%라는 뜻이다. (O/X)\n   → 틀림. 같은 방법으로 구간을 만들면 95%가 모수를 포함한다는 뜻.\n4. 제1종 오류는 귀무가설이 참인데 기각하는 것이다 (O/X)\n   → 맞음.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['p-value는 귀무가설이 참일 확률이다.', 'X\n\n틀림. 귀무가설 하에서 관측값 이상이 나올 확률.', 3],
      ['표본이 크면 중심극한정리에 의해 표본평균은 정규분포에 가까워진다. (o/x)', '맞음.', 5],
      ['신뢰구간 95%는 모수가 구간에 있을 확률이 95%라는 뜻이다. (O/X)', '틀림. 같은 방법으로 구간을 만들면 95%가 모수를 포함한다는 뜻.', 7],
      ['제1종 오류는 귀무가설이 참인데 기각하는 것이다 (O/X)', '맞음.', 9],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    const english = readNote('# Quiz\n\n1. Dropout is used at test time. (F)\n2. Batch norm has learnable parameters. (T/F)\n3. Adam adapts the step size per parameter. (t/f)\n');
    expect(english.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Dropout is used at test time.', 'F'],
      ['Batch norm has learnable parameters. (T/F)', null],
      ['Adam adapts the step size per parameter. (t/f)', null],
    ]);
  });

  it('are not read written loosely where no statement of the list writes its choices out, or an item is no statement: a verdict or a ratio in brackets may close prose', () => {
    const verdicts = readNote('# 통계 OX\n\n1. p-value는 귀무가설이 참일 확률이다. (X)\n2. 표본평균은 정규분포에 가까워진다. (O)\n');
    expect(verdicts.questions).toEqual([]);
    const mixed = readNote('# Notes\n\n- 비율은 성공 횟수를 시도 횟수로 나눈 값이다 (o/x)\n- 결정 트리는 특성 스케일링이 필요하다. (O/X)\n- see chapter 3\n');
    expect(mixed.questions).toEqual([]);
  });

  it('are told written loosely by patterns that cannot backtrack', () => {
    for (const pattern of JUDGED_STATEMENT_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });

  it('stay in an answer where they only show the form (`예: 과적합은 나쁘다 (O / X)` on a line of it)', () => {
    const { questions } = readNote('## 퀴즈 형식은 어떻게 정하나요?\n\nO/X 문제는 문장 끝에 괄호로 표시한다. 예: 과적합은 나쁘다 (O / X)\n채점은 자동으로 한다.\n');
    expect(questions.map((question) => question.question)).toEqual(['퀴즈 형식은 어떻게 정하나요?']);
  });
});

describe('a bullet question alone in its list, then a paragraph', () => {
  it('is answered by the paragraph, up to the next question: the blank line ended the item, not the question', () => {
    const { questions, vfile } = readNote('- What is dropout?\n\nIt zeroes units at random during training.\n\nSo the network cannot lean on one unit.\n\n- What is batch norm?\n\nIt normalizes activations over the mini-batch.\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'It zeroes units at random during training.\nSo the network cannot lean on one unit.'],
      ['What is batch norm?', 'It normalizes activations over the mini-batch.'],
    ]);
    expect(vfile.messages).toEqual([]);
  });

  it('leaves a paragraph that asks to be a question of its own', () => {
    const { questions } = readNote('# FAQ\n\n- What is dropout?\n\nWhat is batch norm?\n\nIt normalizes activations.\n');
    expect(questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is batch norm?']);
  });
});

describe('a quiz index of numbered items that name their kind (`- 01 (单选)…`)', () => {
  it('lists questions, however worded, without their number or kind', () => {
    // Most of them ask in no other way: the kind says they are questions.
    const { questions } = readNote('## 1-10\n\n- 01 (单选)决策树对连续值特征多路划分的最大问题是\n- 02 (单选)下面哪张图能表示朴素贝叶斯分类的假设\n- 03 (单选)特征缩放的作用\n- 04 【简答题】如何处理数据中的“类别不平衡”？\n');
    expect(questions.map((question) => question.question)).toEqual([
      '决策树对连续值特征多路划分的最大问题是',
      '下面哪张图能表示朴素贝叶斯分类的假设',
      '特征缩放的作用',
      '如何处理数据中的“类别不平衡”？',
    ]);
  });
});

describe('an item of a list of questions that sets a scene or quotes around its question', () => {
  it('is a question too: a sentence of it asks with a question mark', () => {
    const { questions, vfile } = readNote('### LLM Questions\n\n1. **Explain multi-layer caching for GenAI.**\n2. **Your app gets 1M queries/day -- how do you optimize LLM cost? Cover token reduction.**\n3. **"Is there an actual eval framework, or is it vibes-based?" Build golden datasets.**\n4. **Implement LoRA from scratch.**\n');
    expect(questions).toHaveLength(4);
    expect(questions[2]!.question).toBe('"Is there an actual eval framework, or is it vibes-based?" Build golden datasets.');
    expect(vfile.messages).toEqual([]);
  });
});


describe('a cheatsheet of bullets labelled `**Key Topic N**:`, each answered in an item under it', () => {
  const cheatsheet =
    '## Classic Interview Followups\n\n' +
    '* **Key Topic 1**: Derive KV Cache memory size for Llama-3-70B.\n  * *Standard Answer*: About 40 GB.\n> 💡 **Intuition**: K and V, two bytes each.\n\n' +
    '* **Key Topic 2**: Why does native PyTorch fragment the KV cache? Analyze internal vs external fragmentation.\n  * *Standard Answer*: Contiguous arrays reserve the longest sequence.\n> 💡 **Intuition**: Renting a building to use one floor.\n';

  it('asks what follows the label, the task after a question too (`Analyze …`)', () => {
    const { questions } = readNote(cheatsheet);
    expect(questions.map((question) => question.question)).toEqual([
      'Derive KV Cache memory size for Llama-3-70B.',
      'Why does native PyTorch fragment the KV cache? Analyze internal vs external fragmentation.',
    ]);
  });

  it('keeps the quote on the very next line with the answer: it ends the list, but no blank line sets it apart', () => {
    const note = readNote(cheatsheet);
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual([
      'About 40 GB.\n\n> 💡 **Intuition**: K and V, two bytes each.',
      'Contiguous arrays reserve the longest sequence.\n\n> 💡 **Intuition**: Renting a building to use one floor.',
    ]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'orphan-text')).toEqual([]);
  });

  it('leaves a quote after a blank line out of the answer above', () => {
    const note = readNote('## Followups\n\n* What is paged attention?\n  * *Standard Answer*: KV blocks in pages.\n\n> Read the vLLM paper.\n\n* What is prefix caching?\n  * *Standard Answer*: Reusing KV of a shared prefix.\n');
    expect(note.questions[0]!.answer?.markdown).toBe('KV blocks in pages.');
  });
});

describe('a numbered question with its options on the lines under it, in its item', () => {
  it('takes the `Answer:` line after the list, which ends it, as its answer, naming the right option', () => {
    const note = readNote('# Quiz\n\n1. Which activation is zero-centred?\n(A) sigmoid\n(B) tanh\n(C) ReLU\n\nAnswer: B\n\n2. Which optimiser keeps a running mean of squared gradients?\n[A] SGD\n[B] RMSProp\n\nAnswer: B\n');
    expect(note.questions.map((question) => [question.question, question.choices.filter((choice) => choice.correct).map((choice) => choice.text), question.answer?.text])).toEqual([
      ['Which activation is zero-centred?', ['tanh'], 'B) tanh'],
      ['Which optimiser keeps a running mean of squared gradients?', ['RMSProp'], 'B) RMSProp'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('does so too when the options are a list nested in the item', () => {
    const note = readNote('# Quiz\n\n1. Which activation is zero-centred?\n   - (A) sigmoid\n   - (B) tanh\n   - (C) ReLU\n\nAnswer: B\n\n2. Which optimiser keeps a running mean of squared gradients?\n   - (A) SGD\n   - (B) RMSProp\n\nAnswer: B\n');
    expect(note.questions.map((question) => [question.question, question.choices.map((choice) => [choice.text, choice.correct]), question.answer?.text])).toEqual([
      ['Which activation is zero-centred?', [['sigmoid', false], ['tanh', true], ['ReLU', false]], 'B) tanh'],
      ['Which optimiser keeps a running mean of squared gradients?', [['SGD', false], ['RMSProp', true]], 'B) RMSProp'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('numbered questions each alone in its list, a paragraph under each', () => {
  it('are answered by the paragraph under them, as bullet questions are', () => {
    const note = readNote('## Supervised learning\n\n1. What is supervised learning?\n\nLearning from labelled examples.\n\n2. What is regression? Which models are used?\n\nPredicting a number.\n\n- Linear regression\n- Ridge\n\n3. What is linear regression?\n\nA straight line fit.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is supervised learning?', 'Learning from labelled examples.'],
      ['What is regression? Which models are used?', 'Predicting a number.\n\n- Linear regression\n- Ridge'],
      ['What is linear regression?', 'A straight line fit.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('a numbered question alone in its list, bullets under it', () => {
  it('is answered by the bullets, a list of points in the other marker', () => {
    const note = readNote('## Statistics\n\n1. What is a normal distribution?\n\nA bell curve.\n\n4. How do we check if a variable is normally distributed?\n\n- Box Plot\n- QQ Plot\n\n5. What are the assumptions in linear regression?\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is a normal distribution?', 'A bell curve.'],
      ['How do we check if a variable is normally distributed?', '- Box Plot\n- QQ Plot'],
      ['What are the assumptions in linear regression?', null],
    ]);
  });
});

describe('the last item of a numbered list whose items hold their answers, bare, bullets right under it at the margin', () => {
  it('is answered by the bullets, a list of points in the other marker', () => {
    const note = readNote('# ML questions\n\n1. What is an SVM margin?\n\n   Distance between the boundary and the closest samples.\n\n2. K-means의 단점은?\n- k를 미리 정해야 함\n- 초기값에 민감\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is an SVM margin?', 'Distance between the boundary and the closest samples.'],
      ['K-means의 단점은?', '- k를 미리 정해야 함\n- 초기값에 민감'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('takes the points right under the last of items written apart, after one left unanswered, as its answer', () => {
    const note = readNote('# DL questions\n\n1. What is dropout?\n- Randomly zeroing units.\n\n2. What happens when the batch size grows?\n\n3. Which weight initialisations exist?\n- Xavier, He\n\n4. What is Adam?\n- Adaptive learning rates.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', '- Randomly zeroing units.'],
      ['What happens when the batch size grows?', null],
      ['Which weight initialisations exist?', '- Xavier, He'],
      ['What is Adam?', '- Adaptive learning rates.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    // A blank line between them: the points are the list's, not its last question's.
    const apart = readNote('# DL questions\n\n1. What happens when the batch size grows?\n\n2. Which weight initialisations exist?\n\n- Xavier, He\n');
    expect(apart.questions.map((question) => question.answer?.markdown ?? null)).toEqual([null, null]);
  });
});

describe('an item that asks without a question mark, its answer on the next line, in a list answered so', () => {
  it('is cut after its first line, as the items that ask with a question mark are', () => {
    const note = readNote(
      '# ML questions\n\n1. What is an SVM margin?\nDistance between the boundary and the closest samples.\n\n2. Difference between random forest and gradient boosting\nRF is bagging, boosting fits residuals sequentially.\n\n3. What is PCA?\nProjection onto directions of max variance.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is an SVM margin?', 'Distance between the boundary and the closest samples.'],
      ['Difference between random forest and gradient boosting', 'RF is bagging, boosting fits residuals sequentially.'],
      ['What is PCA?', 'Projection onto directions of max variance.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('stays whole when it goes on in lower case: a question wrapped over two lines', () => {
    const note = readNote('# ML questions\n\n1. What is an SVM margin?\nThe distance to the closest samples.\n\n2. Explain the difference between random forests\nand gradient boosting.\n\n3. What is PCA?\nA projection.\n');
    expect(note.questions[1]!.question).toBe('Explain the difference between random forests and gradient boosting.');
  });

  it('stays whole when its next line sets a further task: one question of both', () => {
    const note = readNote('# ML questions\n\n1. What is an SVM margin?\nThe distance to the closest samples.\n\n2. Explain the kernel trick\nGive an example.\n\n3. What is PCA?\nA projection.\n');
    expect(note.questions[1]!.question).toBe('Explain the kernel trick Give an example.');
    // A task worded with a verb of its own too, when nothing follows it.
    const plot = readNote('# ML questions\n\n1. What is an SVM margin?\nThe distance to the closest samples.\n\n2. Explain the kernel trick\nShow a plot.\n\n3. What is PCA?\nA projection.\n');
    expect(plot.questions[1]!.question).toBe('Explain the kernel trick Show a plot.');
  });

  it('is cut when a line that reads as a task is followed by one that neither asks nor sets one: the answer\'s first step (it was text that belonged to no question)', () => {
    const { questions, vfile } = readNote(
      '## Recsys\n\n1. What is collaborative filtering?\n   uses user behaviour\n\n2. Explain matrix factorization\n   Factor the rating matrix into user and item factors.\n   Train with ALS or SGD.\n\n3. What is a two-tower model?\n   Separate user/item towers.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is collaborative filtering?', 'uses user behaviour'],
      ['Explain matrix factorization', 'Factor the rating matrix into user and item factors.\nTrain with ALS or SGD.'],
      ['What is a two-tower model?', 'Separate user/item towers.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('stays whole when its line ends on a word no question ends on (`between`), though the next opens in capitals', () => {
    const { questions } = readNote('## ML\n\n1. What is bagging?\n   - bootstrap samples\n\n2. Explain the difference between\n   Random Forest and Gradient Boosting.\n\n3. What is boosting?\n   - sequential fitting of residuals\n');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is bagging?', '• bootstrap samples'],
      ['Explain the difference between Random Forest and Gradient Boosting.', null],
      ['What is boosting?', '• sequential fitting of residuals'],
    ]);
  });

  it('is cut after the wrapped line that finishes its sentence, the lines after it the answer (review s68: the question took the answer, or the item was text of no question)', () => {
    const { questions, vfile } = readNote(
      '## ML\n\n1. What is bagging?\n   Averaging models on bootstrap samples.\n\n2. Explain the difference between\n   Random Forest and Gradient Boosting.\n   RF averages deep trees; GBM adds shallow trees on residuals.\n\n3. Compare Pearson and Spearman and\n   When would you use each.\n   Spearman for monotonic relations or outliers.\n\n4. What is stacking?\n   A meta-model on base predictions.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is bagging?', 'Averaging models on bootstrap samples.'],
      ['Explain the difference between Random Forest and Gradient Boosting.', 'RF averages deep trees; GBM adds shallow trees on residuals.'],
      ['Compare Pearson and Spearman and When would you use each.', 'Spearman for monotonic relations or outliers.'],
      ['What is stacking?', 'A meta-model on base predictions.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // Its sentence finished, the answer may open in lower case; a single line under it is the rest of the question.
    const lower = readNote('## ML\n\n1. What is bagging?\n   Averaging models on bootstrap samples.\n\n2. Explain the difference between\n   RF and GBM.\n   both are tree ensembles.\n\n3. What is boosting?\n   Sequential fitting of residuals.\n\n4. Explain the difference between\n   Random Forest and Gradient Boosting\n\n5. What is dropout?\n   Zeroing units at random.\n');
    expect(lower.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is bagging?', 'Averaging models on bootstrap samples.'],
      ['Explain the difference between RF and GBM.', 'both are tree ensembles.'],
      ['What is boosting?', 'Sequential fitting of residuals.'],
      ['Explain the difference between Random Forest and Gradient Boosting', null],
      ['What is dropout?', 'Zeroing units at random.'],
    ]);
  });

  it('is cut too where the items beside it are answered by bullets under their line (`1) 협업 필터링이란?` over its points)', () => {
    const { questions, vfile } = readNote(
      '## 추천\n\n1) 협업 필터링이란?\n   - 유저 행동 기반 추천.\n   - cold start에 약함\n\n2) Matrix Factorization 설명해주세요\n   평점 행렬을 분해.\n   ALS 또는 SGD로 학습.\n\n3) Two-tower 모델이란?\n   유저/아이템 타워.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['협업 필터링이란?', '• 유저 행동 기반 추천.\n• cold start에 약함'],
      ['Matrix Factorization 설명해주세요', '평점 행렬을 분해.\nALS 또는 SGD로 학습.'],
      ['Two-tower 모델이란?', '유저/아이템 타워.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });
});

describe('a question alone in its list, its answer folded in a `<details>` at the margin under it', () => {
  it('is answered by what the fold holds, as GitHub lists of questions write it, however the fold is spaced', () => {
    const note = readNote(
      [
        '# DL Questions',
        '',
        '1. What is a CNN?',
        '',
        '<details>',
        '<summary>Answer</summary>',
        '',
        'A network with convolution layers.',
        '',
        '</details>',
        '',
        '2. What is pooling?',
        '<details><summary>Answer</summary>Downsampling of feature maps.</details>',
        '',
        '- What is dropout?',
        '',
        '<details><summary>💡 Show Answer</summary>',
        '',
        'Randomly zeroing activations.',
        '</details>',
        '',
      ].join('\n'),
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is a CNN?', 'A network with convolution layers.'],
      ['What is pooling?', 'Downsampling of feature maps.'],
      ['What is dropout?', 'Randomly zeroing activations.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is not answered by a fold whose summary asks: that is a question of its own', () => {
    const note = readNote('1. What is a CNN?\n\n<details>\n<summary>What is pooling?</summary>\n\nDownsampling of feature maps.\n\n</details>\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is a CNN?', null],
      ['What is pooling?', 'Downsampling of feature maps.'],
    ]);
  });
});

describe('a numbered question alone in its list, a fenced block under it', () => {
  it('is answered by the block, as by a paragraph; a question asked after an English name too (`Transformer为何…`)', () => {
    const note = readNote('2. Transformer为何使用多头注意力机制\n\n```text\n1.同时关注不同的位置\n2.多个子空间\n```\n\n3. 为什么要位置编码\n\n```text\nself-attention是位置无关的\n```\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Transformer为何使用多头注意力机制', '```text\n1.同时关注不同的位置\n2.多个子空间\n```'],
      ['为什么要位置编码', '```text\nself-attention是位置无关的\n```'],
    ]);
  });

  it('shows the block with a question that points at it', () => {
    const note = readNote('1. What does the following code print?\n\n```python\nprint(sorted([3, 1]))\n```\n\n2. What is a list comprehension?\n\nA compact loop.\n');
    expect(note.questions[0]!.context?.markdown).toBe('```python\nprint(sorted([3, 1]))\n```');
    expect(note.questions[0]!.answer).toBeNull();
  });
});

describe('a numbered question alone in its list, a picture written in HTML under it', () => {
  it('is answered by the picture, as by a Markdown picture (an `<img>`, a centred `<p>`, a `<figure>`), or shows it when it points at it', () => {
    const note = readNote(
      '# 평가 지표\n\n1. ROC 곡선은 어떻게 생겼나요?\n\n![roc](img/roc.png)\n\n2. Threshold를 바꾸면 어떻게 변하나요?\n\n<img src="img/threshold.gif" width="400">\n\n' +
        '3. Calibration curve는 무엇을 보여주나요?\n\n<p align="center">\n  <img src="img/calibration.png" width="360">\n</p>\n\n4. Lift chart는 어떻게 읽나요?\n\n<figure>\n  <img src="img/lift.png" alt="lift chart">\n</figure>\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['ROC 곡선은 어떻게 생겼나요?', '![roc](img/roc.png)'],
      ['Threshold를 바꾸면 어떻게 변하나요?', '<img src="img/threshold.gif" width="400">'],
      ['Calibration curve는 무엇을 보여주나요?', '<p align="center">\n  <img src="img/calibration.png" width="360">\n</p>'],
      ['Lift chart는 어떻게 읽나요?', '<img src="img/lift.png" alt="lift chart">'],
    ]);
    expect(messagesOf(note.vfile).filter((message) => message.endsWith('orphan-text'))).toEqual([]);
    // A question that points at it shows it, as a Markdown picture: what follows answers.
    const shown = readNote('1. What does the following plot show?\n\n<img src="loss.png">\n\nThe model overfits after epoch 10.\n\n2. What is early stopping?\n\nStopping when the validation loss rises.\n');
    expect(shown.questions[0]!.context?.markdown).toBe('<img src="loss.png">');
    expect(shown.questions[0]!.answer?.markdown).toBe('The model overfits after epoch 10.');
  });
});

describe('a follow-up nested under an answered bullet question, its answer indented less than its text', () => {
  it('is answered by what follows it up to the next list, not the question above', () => {
    const note = readNote(
      '## 딥러닝\n- 요즘 Sigmoid 보다 ReLU를 많이 쓰는데 그 이유는?\n  <details>\n  <summary>[답안]</summary>\n\n  > Gradient Vanishing을 피한다.\n\n  </details>\n' +
        '\t- Non-Linearity라는 말의 의미와 그 필요성은?\n    <details>\n    <summary>[답안]</summary>\n\n    > 비선형성.\n\n    </details>\n' +
        '\t- ReLU로 어떻게 곡선 함수를 근사하나?\n    <details>\n    <summary>[답안]</summary>\n\n    > 선형 부분의 결합.\n\n    </details>\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['요즘 Sigmoid 보다 ReLU를 많이 쓰는데 그 이유는?', '> Gradient Vanishing을 피한다.'],
      ['Non-Linearity라는 말의 의미와 그 필요성은?', '> 비선형성.'],
      ['ReLU로 어떻게 곡선 함수를 근사하나?', '> 선형 부분의 결합.'],
    ]);
  });
});

describe('follow-ups set apart as a quote under a numbered question', () => {
  it('are questions of their own, not the answer of the question above them', () => {
    const note = readNote(
      '## [Deep Learning]\n11. 볼츠만 머신은 무엇인가요?\n12. 요즘 Sigmoid 보다 ReLU를 많이 쓰는데 그 이유는?\n\t> 1. Non-Linearity라는 말의 의미와 그 필요성은?\n\t> 2. ReLU의 문제점은?\n13. Gradient Descent에 대해서 쉽게 설명한다면?\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer])).toEqual([
      ['볼츠만 머신은 무엇인가요?', null],
      ['요즘 Sigmoid 보다 ReLU를 많이 쓰는데 그 이유는?', null],
      ['Non-Linearity라는 말의 의미와 그 필요성은?', null],
      ['ReLU의 문제점은?', null],
      ['Gradient Descent에 대해서 쉽게 설명한다면?', null],
    ]);
    expect(note.questions[3]!.occurrences[0]).toMatchObject({ line: 5 });
  });

  it('leaves a quote of points that do not ask in the answer, as a quote', () => {
    const [question] = readNote('1. Why ReLU over sigmoid?\n   > 1. No vanishing gradient.\n   > 2. Cheap to compute.\n').questions;
    expect(question!.answer!.markdown).toBe('> 1. No vanishing gradient.\n> 2. Cheap to compute.');
  });
});

describe('puzzle items that set a scene before their question', () => {
  const puzzles = [
    '## Facebook Data Science Interview Questions',
    '',
    '1) A building has 100 floors. Given 2 identical eggs, how can you find the threshold floor? The egg will break from any floor above N.',
    '',
    '2) In a given day, how many birthday posts occur on Facebook?',
    '',
    '3) You have 2 dices. What is the probability of getting at least one 4? Also find out the probability for n dices.',
    '',
    '4) You are given 50 cards with five different colors. Two cards are picked at random. Find out the probability that they are of the same color.',
    '',
    '5) How can bogus Facebook accounts be detected?',
    '',
  ].join('\n');

  it('are questions whole, scene and all, not a first sentence answered by the rest', () => {
    const { questions } = readNote(puzzles);
    expect(questions.map((question) => [question.question.slice(0, 40), question.answer])).toEqual([
      ['A building has 100 floors. Given 2 ident', null],
      ['In a given day, how many birthday posts ', null],
      ['You have 2 dices. What is the probabilit', null],
      ['You are given 50 cards with five differe', null],
      ['How can bogus Facebook accounts be detec', null],
    ]);
  });
});

describe('a fenced block at the margin after the last, bare item of a list whose items hold their answers', () => {
  it("is that item's answer, as a wiki writes code under a bullet", () => {
    const note = readNote('#### Regression\n\n- **正规方程是什么？**\n\n  可以一次运算得出结果。\n\n- **用最小二乘法实现线性回归**\n\n```python\ntheta = np.linalg.inv(X.T @ X) @ X.T @ y\n```\n\n- **用梯度下降实现线性回归**\n\n```python\nw -= lr * grad_w\n```\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['正规方程是什么？', '可以一次运算得出结果。'],
      ['用最小二乘法实现线性回归', '```python\ntheta = np.linalg.inv(X.T @ X) @ X.T @ y\n```'],
      ['用梯度下降实现线性回归', '```python\nw -= lr * grad_w\n```'],
    ]);
  });
});

describe('a numbered answer list followed, after a blank line, by the next numbered question', () => {
  it('ends where the numbers go back: the question is the next one, not the list\'s third item', () => {
    const note = readNote('# NLP\n\n1. What is a word embedding?\n\nCommon examples:\n\n1. Word2Vec\n2. GloVe\n\n2. How do BERT and GPT differ?\n\nBERT is an encoder, GPT a decoder.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is a word embedding?', 'Common examples:\n\n1. Word2Vec\n2. GloVe'],
      ['How do BERT and GPT differ?', 'BERT is an encoder, GPT a decoder.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('stays one list where every item is numbered alike, as Markdown allows, or the numbers go on', () => {
    const lazy = readNote('## What are the steps?\n\n1. Collect data.\n\n1. Train a model.\n\n1. Evaluate it.\n');
    expect(lazy.questions[0]!.answer!.markdown).toBe('1. Collect data.\n\n2. Train a model.\n\n3. Evaluate it.');
    const onward = readNote('## What are the steps?\n\n1. Collect data.\n\n2. Train a model.\n\n3. Evaluate it.\n');
    expect(onward.questions[0]!.answer!.markdown).toBe('1. Collect data.\n\n2. Train a model.\n\n3. Evaluate it.');
  });
});

describe('an item of a list of questions whose aside in brackets holds a question mark', () => {
  it('is one question, the aside whole in it: a mark inside brackets closed later on the line ends no question', () => {
    const note = readNote(
      [
        'to review before the onsite',
        '',
        '- how does logistic regression output a probability',
        '- why log loss and not MSE for classification',
        '- explain position bias in ads CTR and how to correct it (IPW? position as feature at train, fixed at serve)',
        '- what is a calibration curve',
      ].join('\n'),
      'note.txt',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['how does logistic regression output a probability', undefined],
      ['why log loss and not MSE for classification', undefined],
      ['explain position bias in ads CTR and how to correct it (IPW? position as feature at train, fixed at serve)', undefined],
      ['what is a calibration curve', undefined],
    ]);
  });

  it('is still cut after its question mark when its answer follows the brackets (`Why (in one line)? Because …`)', () => {
    const note = readNote('- Why does dropout work (in one line)? Because it averages networks.\n- What is bagging (bootstrap aggregating)? Averaging models.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why does dropout work (in one line)?', 'Because it averages networks.'],
      ['What is bagging (bootstrap aggregating)?', 'Averaging models.'],
    ]);
  });
  it('among FAQ lines, asks as its neighbours do when it asks only in its closing aside: one question, unanswered (review s68)', () => {
    const note = readNote(
      [
        '- What is a context switch? Saving and restoring the PCB.',
        '- Deadlock conditions (how many? mutual exclusion, hold and wait, no preemption, circular wait)',
        "- Why a 3-way handshake (why not 2? both sides must confirm the other's ISN)",
      ].join('\n'),
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a context switch?', 'Saving and restoring the PCB.'],
      ['Deadlock conditions (how many? mutual exclusion, hold and wait, no preemption, circular wait)', undefined],
      ["Why a 3-way handshake (why not 2? both sides must confirm the other's ISN)", undefined],
    ]);
  });

  it('ends its question at the bracket its aside closes on a question mark (`What is DNS (resolver? authoritative?) Maps …`) (review s68)', () => {
    const note = readNote('- What is DNS (resolver? authoritative?) Maps names to IPs.\n- What is TCP? Reliable stream.\n- What is UDP? Datagrams.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is DNS (resolver? authoritative?)', 'Maps names to IPs.'],
      ['What is TCP?', 'Reliable stream.'],
      ['What is UDP?', 'Datagrams.'],
    ]);
  });

  it('takes no emoticon for a bracket (`:(` … `:)`): its question marks end sentences as before (review s68)', () => {
    const note = readNote('- Hard one :( What is consistent hashing? A hash ring :)\n- What is sharding? Splitting data by key.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['Hard one :( What is consistent hashing?', 'What is sharding?']);
  });
});
