/**
 * A multiple-choice question keeps its options: they go with the question
 * (the front of a card, the band of the sheet) and its answer keeps what says
 * which one is right. Lettered lines are read as options only when the note
 * says so; otherwise they stay the answer they are ("a) L1, b) L2").
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';
import { dedupe } from '../../src/dedupe/index.js';

function options(text: string, file = 'quiz.md') {
  const [question] = readNote(text, file).questions;
  return {
    question: question!.question,
    id: question!.id,
    choices: question!.choices.map((choice) => `${choice.label}|${choice.markdown}|${choice.correct}`),
    answer: question!.answer?.markdown ?? null,
  };
}

describe('the options of a multiple-choice question', () => {
  it('are taken from lettered lines when an answer line names one, which is marked right', () => {
    const found = options('1. Which activation function is zero-centred?\n   a) ReLU\n   b) Sigmoid\n   c) Tanh\n\n   **Answer:** c) Tanh. Its output is in (-1, 1).\n');
    expect(found.choices).toEqual(['a|ReLU|false', 'b|Sigmoid|false', 'c|Tanh|true']);
    expect(found.answer).toBe('c) Tanh. Its output is in (-1, 1).');
  });

  it("are taken from the question's line in a list, named by the answer line in the bullet under it (- Answer: C)", () => {
    const found = options('# Quiz\n\n1. Which optimizer uses both momentum and adaptive learning rates? (A) SGD (B) Adagrad (C) Adam\n   - Answer: C\n2. Which is an activation? (A) ReLU (B) Adam\n   - Answer: A\n');
    expect(found.question).toBe('Which optimizer uses both momentum and adaptive learning rates?');
    expect(found.choices).toEqual(['A|SGD|false', 'B|Adagrad|false', 'C|Adam|true']);
    expect(found.answer).toBe('C) Adam');
    // A bullet that says more than the label is the answer as written, the options over it.
    const explained = options('# Quiz\n\n1. Which is an activation? (A) ReLU (B) Adam\n   - ReLU, as it is applied elementwise.\n2. Which is an optimiser? (A) ReLU (B) Adam\n   - Adam.\n');
    expect([explained.question, explained.choices, explained.answer]).toEqual(['Which is an activation?', [], '(A) ReLU (B) Adam\n\n- ReLU, as it is applied elementwise.']);
    // Over an explanation on the bullet's next lines, the option stands in for the answer line, and the explanation stays.
    const lines = options('# Quiz\n\n1. Which is an activation? (A) ReLU (B) Adam\n   - Answer: A\n     It is applied elementwise.\n2. Which is an optimiser? (A) ReLU (B) Adam\n   - Answer: B\n');
    expect([lines.choices, lines.answer]).toEqual([['A|ReLU|true', 'B|Adam|false'], 'A) ReLU\n\nIt is applied elementwise.']);
  });

  it('are named by a letter a dash sets apart from its explanation, on an answer line or in an answers section', () => {
    const found = options('1. Which activation is zero-centred?\n\n   a) Sigmoid\n   b) Tanh\n   c) ReLU\n\n   Answer: b - tanh is a rescaled sigmoid.\n');
    expect(found.choices).toEqual(['a|Sigmoid|false', 'b|Tanh|true', 'c|ReLU|false']);
    const keyed = readNote('# Quiz\n\n1. Which optimizer keeps a running average of squared gradients?\n\n   a) SGD\n   b) RMSProp\n   c) Momentum\n\n## Answers\n\n1. B — it divides by the root of that average.\n').questions[0]!;
    expect(keyed.choices.map((choice) => `${choice.label}|${choice.correct}`)).toEqual(['a|false', 'b|true', 'c|false']);
    expect(keyed.answer?.text).toBe('B — it divides by the root of that average.');
  });

  it('make the answer of an answer line that names only a letter', () => {
    const found = options('Q3. What does batch normalisation normalise?\n(A) the weights (B) the layer inputs per mini-batch (C) the labels\nAnswer: B\n');
    expect(found.choices).toEqual(['A|the weights|false', 'B|the layer inputs per mini-batch|true', 'C|the labels|false']);
    expect(found.answer).toBe('B) the layer inputs per mini-batch');
  });

  it('put the option named on a line of its own in place of that line, above the explanation that follows it', () => {
    const found = options('Q4. Which activation is zero-centred?\n(A) ReLU (B) Tanh\nAnswer: B\nIts output lies in (-1, 1).\n');
    expect(found.choices).toEqual(['A|ReLU|false', 'B|Tanh|true']);
    expect(found.answer).toBe('B) Tanh\n\nIts output lies in (-1, 1).');
  });

  it('are the boxes of a task list, the ticked one being the answer when nothing else is', () => {
    const found = options('## Which of the following reduces overfitting?\n\n- [ ] Adding more layers\n- [x] Dropout\n- [ ] Removing regularisation\n');
    expect(found.choices).toEqual(['|Adding more layers|false', '|Dropout|true', '|Removing regularisation|false']);
    expect(found.answer).toBe('Dropout');
  });

  it('are circled numbers under a Korean question that asks to choose', () => {
    const found = options('### 다음 중 비지도 학습 방법은?\n\n① 선형 회귀\n② K-평균\n③ 로지스틱 회귀\n\n정답: ②\n');
    expect(found.choices).toEqual(['①|선형 회귀|false', '②|K-평균|true', '③|로지스틱 회귀|false']);
    expect(found.answer).toBe('② K-평균');
  });

  it('are a numbered list only when an answer line names one of them', () => {
    const named = options('## Which optimiser keeps a running mean of squared gradients?\n\n1. SGD\n2. RMSProp\n3. Nesterov\n\nAnswer: 2 (and Adam does too).\n');
    expect(named.choices).toEqual(['1|SGD|false', '2|RMSProp|true', '3|Nesterov|false']);
    expect(named.answer).toBe('2 (and Adam does too).');
    const steps = options('## Which steps does training take?\n\n1. Forward pass\n2. Backward pass\n3. Update\n');
    expect(steps.choices).toEqual([]);
    expect(steps.answer).toBe('1. Forward pass\n2. Backward pass\n3. Update');
  });

  it('are lines of copied text, one per paragraph, with the line naming the right one kept (it is no section title)', () => {
    const found = options('Deep learning quiz\n\n1. Which loss suits binary classification?\na) MSE\nb) Binary cross-entropy\nc) Hinge\nAnswer: b\n\n2. What does ReLU output for negative inputs?\nZero.\n', 'quiz.txt');
    expect(found.choices).toEqual(['a|MSE|false', 'b|Binary cross-entropy|true', 'c|Hinge|false']);
    expect(found.answer).toBe('b) Binary cross-entropy');
    const qa = readNote('Q: Which optimiser adapts the learning rate per parameter?\nA) SGD\nB) Adam\n\nAnswer: B\n\nQ: What is dropout?\nA: Randomly zeroing activations.\n', 'quiz.md').questions;
    expect(qa.map((question) => question.answer?.markdown)).toEqual(['B) Adam', 'Randomly zeroing activations.']);
    expect(qa[1]!.topic).toBeNull();
  });

  it('are lines of copied text whatever their words: an option that reads as asking (`(c) has no effect`) is no question', () => {
    const text = 'Practice test\n\n1. Which of the following is NOT a hyperparameter?\n(a) learning rate\n(b) weights of the network\n\n2. Increasing k in k-NN generally...\n(a) increases variance\n(b) decreases variance\n(c) has no effect\n\nANSWER KEY\n1-(b)  2-(b)\n';
    const questions = readNote(text, 'test.txt').questions;
    expect(questions.map((question) => [question.question, question.choices.map((choice) => `${choice.label}|${choice.markdown}|${choice.correct}`)])).toEqual([
      ['Which of the following is NOT a hyperparameter?', ['a|learning rate|false', 'b|weights of the network|true']],
      ['Increasing k in k-NN generally...', ['a|increases variance|false', 'b|decreases variance|true', 'c|has no effect|false']],
    ]);
  });

  it('follow a numbered stem that leads into them with a colon, the next question of copied text, not a point of the answer above', () => {
    const text = 'Practice test\n\n1. Which of the following is NOT a hyperparameter?\n(a) learning rate\n(b) weights of the network\n\n2. PCA finds directions that:\n(a) maximize variance\n(b) minimize variance\n\n3. What does stratified mean?\n\nANSWER KEY\n1-(b)  2-(a)\n3. Each fold keeps the class proportions.\n';
    const questions = readNote(text, 'test.txt').questions;
    expect(questions.map((question) => [question.question, question.choices.map((choice) => `${choice.label}|${choice.markdown}|${choice.correct}`), question.answer?.markdown])).toEqual([
      ['Which of the following is NOT a hyperparameter?', ['a|learning rate|false', 'b|weights of the network|true'], 'b) weights of the network'],
      ['PCA finds directions that:', ['a|maximize variance|true', 'b|minimize variance|false'], 'a) maximize variance'],
      ['What does stratified mean?', [], 'Each fold keeps the class proportions.'],
    ]);
  });

  it('end with their last option when nothing names the right one: it is no section title of the next question', () => {
    const [quiz, next] = readNote('Q: Which of these activations is zero-centred?\nA) ReLU\nB) Tanh\n\nQ: What is dropout?\nA: Randomly zeroing activations.\n', 'quiz.md').questions;
    expect(quiz!.choices.map((choice) => `${choice.label}|${choice.markdown}|${choice.correct}`)).toEqual(['A|ReLU|null', 'B|Tanh|null']);
    expect(quiz!.answer).toBeNull();
    expect(next!.topic).toBeNull();
  });

  it('are marked right by Korean and Q/A answer lines: 정답은 ②번, 정답: 2번, A: b', () => {
    expect(options('Q: 다음 중 비지도 학습 방법은?\n① 선형 회귀\n② K-평균\n③ 로지스틱 회귀\n정답은 ②번\n\nQ: 드롭아웃이란?\nA: 뉴런을 무작위로 끈다.\n').choices).toEqual(['①|선형 회귀|false', '②|K-평균|true', '③|로지스틱 회귀|false']);
    expect(options('## 다음 중 옵티마이저가 아닌 것은?\n\n1. Adam\n2. Dropout\n\n정답: 2번\n').choices).toEqual(['1|Adam|false', '2|Dropout|true']);
    const qa = options('Q: Which of these is a regulariser?\na) Adam\nb) Dropout\nA: b\n');
    expect(qa.choices).toEqual(['a|Adam|false', 'b|Dropout|true']);
    expect(qa.answer).toBe('b) Dropout');
  });

  it('are lettered in Hangul (가. to 라., ㄱ., ㉠) under Korean exam questions, as A) to D) are, and 정답: 나 names one', () => {
    const found = options('문1. 과적합의 설명으로 옳은 것은?\n가. 학습 데이터가 너무 적은 상태\n나. 학습 데이터에 지나치게 맞춰진 상태\n다. 학습률이 너무 큰 상태\n답: 나\n', 'quiz.txt');
    expect(found.choices).toEqual(['가|학습 데이터가 너무 적은 상태|false', '나|학습 데이터에 지나치게 맞춰진 상태|true', '다|학습률이 너무 큰 상태|false']);
    expect(found.answer).toBe('나) 학습 데이터에 지나치게 맞춰진 상태');
    expect(options('## 다음 중 비지도 학습은?\n\nㄱ. 결정 트리\nㄴ. k-means\n\n정답: ㄴ\n').choices).toEqual(['ㄱ|결정 트리|false', 'ㄴ|k-means|true']);
    expect(options('## 다음 중 비지도 학습은?\n\n㉠ 결정 트리\n㉡ k-means\n\n정답: ㉡\n').choices).toEqual(['㉠|결정 트리|false', '㉡|k-means|true']);
  });

  it('are lettered in katakana with a space after (ア　…), as Japanese exams do, and 正解：イ names one', () => {
    const found = options('問1　過学習の説明として，適切なものはどれか。\nア　学習データが少なすぎる状態\nイ　学習データに過度に適合した状態\nウ　学習率が大きすぎる状態\n\n正解：イ\n解説：汎化性能が落ちる。\n', 'quiz.txt');
    expect(found.choices).toEqual(['ア|学習データが少なすぎる状態|false', 'イ|学習データに過度に適合した状態|true', 'ウ|学習率が大きすぎる状態|false']);
    expect(found.answer).toBe('イ 学習データに過度に適合した状態\n\n解説：汎化性能が落ちる。');
    // `…はどれか。` asks to choose among them: nothing need name the right one.
    expect(options('## 教師なし学習の手法はどれか。\n\nア　決定木\nイ　k-means法\n').choices).toEqual(['ア|決定木|null', 'イ|k-means法|null']);
  });

  it('are lettered in iroha order (イ　…, ロ　…, ハ　…, ニ　…), as older Japanese exams do, and 正解：ロ or 答え：ハ names one', () => {
    const found = options('問1　過学習の説明として，適切なものはどれか。\nイ　学習データが少なすぎる状態\nロ　学習データに過度に適合した状態\nハ　学習率が大きすぎる状態\nニ　正則化が強すぎる状態\n\n正解：ロ\n', 'quiz.txt');
    expect(found.choices).toEqual(['イ|学習データが少なすぎる状態|false', 'ロ|学習データに過度に適合した状態|true', 'ハ|学習率が大きすぎる状態|false', 'ニ|正則化が強すぎる状態|false']);
    expect(found.answer).toBe('ロ 学習データに過度に適合した状態');
    expect(options('問2　教師なし学習の手法はどれか。\nイ　決定木\nロ　SVM\nハ　k-means法\n\n答え：ハ\n', 'quiz.txt').choices).toEqual(['イ|決定木|false', 'ロ|SVM|false', 'ハ|k-means法|true']);
  });

  it('read イ by the run it is in: the first of イ, ロ, ハ (iroha), the second of ア, イ, ウ (katakana)', () => {
    // 正解：イ names the first option of an iroha run, not the second (which katakana's イ would be).
    expect(options('問1　正しいものはどれか。\nイ　決定木\nロ　SVM\nハ　k-means法\n\n正解：イ\n', 'quiz.txt').choices).toEqual(['イ|決定木|true', 'ロ|SVM|false', 'ハ|k-means法|false']);
    expect(options('問1　正しいものはどれか。\nア　決定木\nイ　SVM\nウ　k-means法\n\n正解：イ\n', 'quiz.txt').choices).toEqual(['ア|決定木|false', 'イ|SVM|true', 'ウ|k-means法|false']);
    // The orders do not mix: ア then ロ is no run of options.
    expect(options('問1　正しいものはどれか。\nア　決定木\nロ　SVM\n\n正解：ロ\n', 'quiz.txt').choices).toEqual([]);
  });

  it('are not named by an answer line that only starts with a word like a label, and unticked boxes name none', () => {
    const trap = options('## Which of the following is NOT an optimiser?\n\nA) Adam\nB) RMSProp\nC) Dropout\n\nAnswer: A common trap. Dropout (C) is a regulariser.\n');
    expect(trap.choices).toEqual(['A|Adam|null', 'B|RMSProp|null', 'C|Dropout|null']);
    const boxes = options('## Which of the following are optimisers?\n\n- [ ] Adam\n- [ ] Dropout\n');
    expect(boxes.choices).toEqual(['|Adam|null', '|Dropout|null']);
  });

  it('are named by a mark after the right one (✅, ✔, (O), ← answer, (correct), (정답)), which leaves its text', () => {
    const ticked = options('### Which activation is zero-centred?\n- A) ReLU\n- B) tanh ✅\n- C) sigmoid\n');
    expect(ticked.choices).toEqual(['A|ReLU|false', 'B|tanh|true', 'C|sigmoid|false']);
    expect(ticked.answer).toBe('B) tanh');
    const marks = ['✔', '✔️', '(O)', '← answer', '<- Answer', '(correct)', '(정답)'];
    for (const mark of marks) {
      expect(options(`## Which optimiser adapts per parameter?\n\na) SGD\nb) Adam ${mark}\n`).choices).toEqual(['a|SGD|false', 'b|Adam|true']);
    }
    const numbered = options('## 옵티마이저가 아닌 것은 무엇인가요?\n\n1. Adam\n2. Dropout (정답)\n\nDropout은 정규화 기법이다.\n');
    expect(numbered.choices).toEqual(['1|Adam|false', '2|Dropout|true']);
    expect(numbered.answer).toBe('Dropout은 정규화 기법이다.');
  });

  it('are items lettered by a capital and a space (`- A 计算量太大`), named by the answer opening with one in bold', () => {
    const found = options('## Q1 决策树\n\n多路划分的最大问题是：\n\n- A 计算量太大\n- B 训练集表现良好，测试集表现差\n\n**B** 分支过多，容易过拟合。\n');
    expect(found.question).toBe('多路划分的最大问题是：');
    expect(found.choices).toEqual(['A|计算量太大|false', 'B|训练集表现良好，测试集表现差|true']);
    expect(found.answer).toBe('**B** 分支过多，容易过拟合。');
    const alone = options('## Which of the following is a boosting method?\n\n- A Random forest\n- B Gradient boosting\n\n**B**\n');
    expect(alone.choices).toEqual(['A|Random forest|false', 'B|Gradient boosting|true']);
    expect(alone.answer).toBe('B) Gradient boosting');
    // `A)` letters the option here: it is no `A)` answer label to strip.
    expect(options('## Which of the following is a bagging method?\n\n- A Random forest\n- B Gradient boosting\n\n**A**\n').answer).toBe('A) Random forest');
  });

  it('are part of the id: the same question of other options is another question', () => {
    const first = options('## Which of the following is true?\n\n(a) Adam has no hyperparameters (b) Dropout is off at test time\n\nAnswer: b\n');
    const second = options('## Which of the following is true?\n\n(a) ReLU saturates for large inputs (b) Batch size does not matter\n\nAnswer: a\n');
    expect(first.question).toBe(second.question);
    expect(first.id).not.toBe(second.id);
  });
});

describe('lettered lines that are no options', () => {
  it('stay the answer of a question that does not ask to choose, when nothing names one', () => {
    const found = options('## What kinds of regularisation are there?\n\na) L1, which makes weights sparse\nb) L2, which keeps them small\nc) Dropout\n');
    expect(found.choices).toEqual([]);
    expect(found.answer).toContain('a) L1, which makes weights sparse');
  });

  it('stay the answer when items only start with the article "A", or a bold letter names none of them', () => {
    const article = options('## Which of the following describes a random forest?\n\n- A forest of trees on bootstrap samples\n- A vote of their predictions\n');
    expect(article.choices).toEqual([]);
    expect(article.answer).toBe('- A forest of trees on bootstrap samples\n- A vote of their predictions');
    const unnamed = options('## 特征缩放的作用？\n\n- A 加速梯度下降\n- B 防止陷入局部最优\n\n**C** 不在选项里。\n');
    expect(unnamed.choices).toEqual([]);
  });

  it('stay the answer of a "which" question that does not ask to choose among given options', () => {
    const found = options('## Which metrics would you use for imbalanced data?\n\na) Precision and recall\nb) F1 score\nc) ROC-AUC\n');
    expect(found.choices).toEqual([]);
    expect(found.answer).toContain('b) F1 score');
  });

  it('stay the answer of a question that asks how to choose, in English or Korean', () => {
    expect(options('## How do you choose k in k-means?\n\na) Elbow method\nb) Silhouette score\nc) Gap statistic.\n').choices).toEqual([]);
    expect(options('## 클래스 분포가 고르지 않을 때 어떻게 하나요?\n\n① 오버샘플링\n② 언더샘플링\n③ 가중치 조정\n').answer).toContain('① 오버샘플링');
    expect(options('## 하이퍼파라미터는 어떻게 고르나요?\n\n(1) 그리드 탐색\n(2) 랜덤 탐색\n').choices).toEqual([]);
    expect(options('## Explain each of the following terms.\n\na) Bias\nb) Variance\n').choices).toEqual([]);
  });

  it('stay a checklist of ticked and unticked boxes when the question does not ask to choose', () => {
    const found = options('## What do you check before shipping a model?\n\n- [x] Offline metrics\n- [ ] Latency budget\n');
    expect(found.choices).toEqual([]);
    expect(found.answer).toContain('Latency budget');
  });

  it('keep their first letter: `A)` leading a run of lettered lines is no answer label', () => {
    const found = options('## What kinds of pooling are there?\n\nA) Max pooling\nB) Average pooling\n');
    expect(found.choices).toEqual([]);
    expect(found.answer).toBe('A) Max pooling\nB) Average pooling');
  });

  it('keep marks after several of them, or a lower-case (o) that may end a formula: no mark names one', () => {
    const pros = options('## What does a random forest offer?\n\na) Little tuning ✅\nb) Feature importances ✅\nc) Interpretability\n');
    expect(pros.choices).toEqual([]);
    expect(pros.answer).toBe('a) Little tuning ✅\nb) Feature importances ✅\nc) Interpretability');
    expect(options('## What does a hash map cost?\n\na) Lookup in O(1)\nb) Space in O(n) (o)\n').choices).toEqual([]);
  });

  it('are questions of their own under a numbered scene when the first asks, whatever the later ones say (sub-questions)', () => {
    const text = 'Exam\n\n1. Consider a model that overfits.\n(a) What is its bias\n(b) How would you fix it\n(c) Has it seen enough data\n\n2. What is dropout?\nZeroing units.\n';
    expect(readNote(text, 'exam.txt').questions.map((question) => question.question)).toEqual(['What is its bias', 'How would you fix it', 'Has it seen enough data', 'What is dropout?']);
  });

  it("are an answer's steps where the first asks nothing, though a later one sets a task (`b) compute the covariance matrix`)", () => {
    const text = 'ML\n\n2) What is PCA?\nA projection onto directions of maximum variance.\nSteps:\na) standardize the data\nb) compute the covariance matrix\nc) take the top-k eigenvectors\n\n3) When would PCA fail?\nOn a swiss roll.\n';
    const { questions } = readNote(text, 'notes.txt');
    expect(questions.map((question) => question.question)).toEqual(['What is PCA?', 'When would PCA fail?']);
    expect(questions[0]!.answer?.text).toBe('A projection onto directions of maximum variance.\nSteps:\na) standardize the data\nb) compute the covariance matrix\nc) take the top-k eigenvectors');
  });

  it('are sub-questions where they ask, under a lettered scene (`(a) Consider …` over `(b) How would you sample it?`)', () => {
    const text = 'Exam\n\n1. Data\n(a) Consider a dataset of 1M rows with 1% positives.\n(b) How would you sample it for labelling?\n\n2. What is dropout?\nZeroing units.\n';
    const asked = readNote(text, 'exam.txt').questions.map((question) => question.question);
    expect(asked).toEqual(['How would you sample it for labelling?', 'What is dropout?']);
  });

  it('stay as written when they ask (sub-questions)', () => {
    const found = options('## Which model would you pick for tabular data?\n\na) Why not a neural network?\nb) Why gradient boosting?\n');
    expect(found.choices).toEqual([]);
  });

  it('leave an ordinary `A:` answer as it was: only its label is stripped', () => {
    const found = options('Q: What is overfitting?\nA: Fitting the noise of the training set.\n');
    expect(found.choices).toEqual([]);
    expect(found.answer).toBe('Fitting the noise of the training set.');
  });
});

describe('answer lines', () => {
  it('are read in one vocabulary, before an answer and before the option it names: Correct answer, Ans, 답변, any case, a full-width colon', () => {
    expect(options('## What is overfitting?\n\nCorrect answer: Fitting the noise of the training set.\n').answer).toBe('Fitting the noise of the training set.');
    expect(options('## What is overfitting?\n\nANS. Fitting the noise.\n').answer).toBe('Fitting the noise.');
    expect(options('## 과적합이란?\n\n정답： 잡음까지 학습하는 것.\n').answer).toBe('잡음까지 학습하는 것.');
    const named = options('## 다음 중 정규화 기법은?\n\n① Adam\n② Dropout\n\n답변: ②\n');
    expect(named.choices).toEqual(['①|Adam|false', '②|Dropout|true']);
  });

  it('keep a lone lower-case `a` with a point or a bracket as a letter: it letters a sub-question', () => {
    expect(options('## What is logistic regression?\n\na. A linear model of the log-odds.\n').answer).toBe('a. A linear model of the log-odds.');
  });
});

describe('merging multiple-choice questions', () => {
  const quiz = (options: string, answer: string, file: string) => readNote(`## Which of the following is true?\n\n${options}\n\nAnswer: ${answer}\n`, file).questions;

  it('merges the same question of the same options from two notes, keeping its options', () => {
    const options = '(a) Dropout is off at test time (b) Adam has no hyperparameters';
    const merged = dedupe([...quiz(options, 'a', 'one.md'), ...quiz(options, 'a', 'two.md')]).questions;
    expect(merged).toHaveLength(1);
    expect(merged[0]!.choices.map((choice) => choice.markdown)).toEqual(['Dropout is off at test time', 'Adam has no hyperparameters']);
  });

  it('keeps a quiz apart from the open question of its wording', () => {
    const open = readNote('## What is dropout?\n\nZeroing random units while training.\n', 'open.md').questions;
    const quiz = readNote('## What is dropout?\n\na) Zeroing random units while training\nb) Lowering the learning rate\n\nAnswer: a\n', 'quiz.md').questions;
    expect(dedupe([...open, ...quiz]).questions).toHaveLength(2);
  });

  it('keeps the same wording of other options apart', () => {
    const merged = dedupe([
      ...quiz('(a) Dropout is off at test time (b) Adam has no hyperparameters', 'a', 'one.md'),
      ...quiz('(a) ReLU saturates for large inputs (b) Batch size never matters', 'b', 'two.md'),
    ]).questions;
    expect(merged).toHaveLength(2);
  });
});
