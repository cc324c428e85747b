/**
 * Which lines ask: the judgement every recogniser shares. Lines from real interview lists
 * (Chip Huyen's book, andrewekhalel/MLQuestions, zzsza's Korean list, khangich's list), and
 * lines from notes that only look like questions.
 */
import { describe, expect, it } from 'vitest';
import { asksInClosingAside, CLOSING_BRACKET_PATTERNS, endsAsking, endsStatement, endsWithQuestionMark, isInterrogative, isSectionTitle, judgement, questionAnsweredAfter, readsAsComparison, readsAsTask } from '../../src/wording/interrogative.js';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';

describe('endsWithQuestionMark', () => {
  it('reads the ASCII and the full-width question mark alike, spaces after it allowed', () => {
    expect(endsWithQuestionMark('What is dropout?')).toBe(true);
    expect(endsWithQuestionMark('드롭아웃이란？')).toBe(true);
    expect(endsWithQuestionMark('What is dropout? \u3000\n')).toBe(true);
  });

  it('leaves what else may follow the mark to the caller', () => {
    expect(endsWithQuestionMark('What is dropout? (regularisation)')).toBe(false);
    expect(endsWithQuestionMark('**What is dropout?**')).toBe(false);
    expect(endsWithQuestionMark('Why? Because it regularises.')).toBe(false);
  });
});

describe('isInterrogative', () => {
  it('reads a question followed by a parenthetical or by a further question or task as one that asks', () => {
    for (const line of [
      'What is the problem with sigmoid during backpropagation? (Very small, between 0.25 and zero.)',
      'What do you mean by affine transformation? Discuss affine vs. linear transformation.',
      "What is one-shot and zero-shot learning (Google's NMT)? Give examples.",
      'Name some typical loss functions used for regression. Compare and contrast. (L2-loss, L1-loss)',
      'Explain the vanishing gradient phenomenon for RNNs. (use scalar and vector input scenarios)',
      'Is random forest bagging or boosting?.',
      // A hint for the one asked, as handong1587's list gives one.
      'What is an auto-encoder? Why do we "auto-encode"? Hint: it\'s really a misnomer.',
      'Explain what dropout does at test time. Hint: think of the expected activation.',
      // "…, and X too": a request that goes on from the one before (zzsza's list).
      '엔트로피(entropy)에 대해 설명해주세요. 가능하면 Information Gain도요.',
      // chiphuyen's: a question, then a task or a weighing asked as a noun phrase.
      'What does it mean for a function to be convex or concave? Draw it.',
      'What are some of the algorithms for feature selection? Pros and cons of each.',
      '[M] Pros and cons of on-policy vs. off-policy.',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('reads a noun phrase that interview lists ask with (a difference, a role), and a quiz statement to judge, as asking', () => {
    for (const line of [
      'Difference between random forest and gradient boosting',
      'Key differences between L1 and L2 regularization',
      'Role of 1x1 convolution',
      '1x1 convolution의 역할',
      'Batch norm의 장단점',
      'True or false: increasing the batch size always improves generalization.',
      'T/F: dropout is used at test time.',
      // Its choices after it, in brackets, as Korean exam sheets write them.
      'ReLU는 음수 입력에서 gradient가 0이다. (O / X)',
      'Dropout은 추론 시에도 적용된다 (O/X)',
      'Dropout is used at test time. (T/F)',
      'Adam adapts the learning rate per parameter. (True / False)',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // In small letters the brackets may hold a ratio; alone, they hold no statement.
    for (const line of ['The odds are written as a ratio (o/x)', '(O / X)']) {
      expect(isInterrogative(line), line).toBe(false);
    }
    // Before them, a data dictionary's term and its type, a checklist's to-do in `-기`: nothing stated to judge (review s68).
    for (const line of ['is_fraud: label (True/False)', 'is_foreign: whether the card was used abroad (T/F)', '강의 듣기 (O/X)', '복습 노트 작성 (O/X)']) {
      expect(isInterrogative(line), line).toBe(false);
    }
    // A statement about a difference or a role asks nothing.
    for (const line of ['The difference between them is small.', 'This plays a role in training.', 'True, and false otherwise.']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it("tells a statement to judge written loosely, its choices in small letters or its verdict in their place, which asks only where its list says so", () => {
    expect(judgement('Dropout은 추론 시에도 적용된다 (O/X)')).toEqual({ kind: 'choices' });
    expect(judgement('표본평균은 정규분포에 가까워진다. (o/x)')).toEqual({ kind: 'loose' });
    expect(judgement('p-value는 귀무가설이 참일 확률이다. (X)')).toEqual({ kind: 'loose', verdict: { mark: 'X', at: 24 } });
    expect(judgement('Dropout is used at test time.  (F)')).toEqual({ kind: 'loose', verdict: { mark: 'F', at: 31 } });
    for (const line of ['p-value는 귀무가설이 참일 확률이다. (X)', '표본평균은 정규분포에 가까워진다. (o/x)']) expect(isInterrogative(line), line).toBe(false);
    // A term, a to-do, a formula's variable: nothing stated before the brackets.
    for (const line of ['is_fraud: label (T)', '강의 듣기 (O)', 'f(x)', 'Plot the ratio (o/x)', '(X)']) expect(judgement(line), line).toBeUndefined();
  });

  it("takes no verdict from a formula's argument glued to its letter (`aE(X)`): a verdict stands apart, after a space or a full stop (review s69)", () => {
    for (const line of ['선형성에 의해 E(aX + b) = aE(X)', '조건부 확률은 P(A|B) = P(A∩B) / P(B)', 'The likelihood is written L(θ) = p(x)']) expect(judgement(line), line).toBeUndefined();
    expect(judgement('분산은 항상 0 이상이다.(O)')).toEqual({ kind: 'loose', verdict: { mark: 'O', at: 14 } });
    const quiz = readNote('# 확률변수 O/X\n\n1. 분산은 항상 0 이상이다. (O/X)\n2. 공분산이 0이면 독립이다. (O/X)\n3. 선형성에 의해 E(aX + b) = aE(X)\n');
    expect(quiz.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['분산은 항상 0 이상이다. (O/X)', null],
      ['공분산이 0이면 독립이다. (O/X)', null],
    ]);
  });

  it('reads a topic named first and the task set on it after a dash or a colon as asking', () => {
    for (const line of ["Simpson's paradox — give an example.", "Simpson's paradox—give an example", 'Bias-variance tradeoff: explain it.', 'Heaps - describe how a priority queue uses one', 'Round 4 (behavioral): Tell me about a time you disagreed with your manager.']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // A cheat sheet's label over what the thing does, an answer's label, a step's number, a statement after a label, a
    // title with a dash, or a further label run into the line (another line's, joined to it) asks nothing.
    for (const line of ['chi-squared test: determine if the difference is significant.', 'PCA — find the directions of maximum variance.', 'Answer: compare feature distributions before and after.', 'Step 3 — give the reviewers context.', 'Result: the loss fell.', 'Step 2 — setup', 'Dropout: explain why it regularises Epoch: one full pass over the data.']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('reads `give` as a task set on a topic only before what is asked for, and no advice label as a topic (review s68)', () => {
    for (const line of ['Regularization: give two examples.', 'Overfitting — give an example of it', 'Positional encoding: give me some intuition.']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // A definition or a tutorial's heading gives too; advice under an answer labels no topic. Each was read as asking.
    for (const line of [
      'Label smoothing: give the wrong classes a small share of the probability.',
      'Memory — give your LLM a conversation history',
      'Pro tip: explain it with the loss curves.',
      'Rule of thumb: give k=5 or k=10.',
      'Interview tip: describe the trade-off before the formula.',
    ]) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('reads a task after the scene it sets, whatever the scene holds (chiphuyen\'s lists)', () => {
    expect(isInterrogative('[E] Given a vector $$u$$, find vector $$v$$ of unit length such that the dot product of $$u$$ and $$v$$ is maximum.')).toBe(true);
    expect(isInterrogative('Given the array $$[1, 5, 3, 2, 4, 4]$$, find its mean, median, variance, and standard deviation.')).toBe(true);
    expect(isInterrogative('Suppose the classes are imbalanced, compute the F1 score.')).toBe(true);
    // The scene alone, or a scene and a statement, asks nothing.
    expect(isInterrogative('Given a directed graph.')).toBe(false);
    expect(isInterrogative('Given enough data, the model generalizes.')).toBe(false);
  });

  it('reads the verbs of a how-to as a task after a scene only, and a task verb second in its clause there', () => {
    expect(isInterrogative('Given a generator of unbiased Bernoulli numbers (0 or 1 with p=0.5), create a biased Bernoulli trial generator')).toBe(true);
    expect(isInterrogative('Given 2 sorted arrays of integers, code to find a number from each array whose sum is closest to K')).toBe(true);
    expect(isInterrogative('Given a directory path, descend into that directory and find all the files with duplicated content.')).toBe(true);
    // Without a scene, a how-to's step is a note; a statement after a scene stays one, `and` or not.
    expect(isInterrogative('Create a virtual environment.')).toBe(false);
    expect(isInterrogative('Given enough data, the model generalizes and scales.')).toBe(false);
    expect(isInterrogative('Code review is important.')).toBe(false);
  });

  it('takes a variable or the math of a task for its object (`Find x such that …`)', () => {
    expect(isInterrogative('[M] Find x such that: Ax = b.')).toBe(true);
    expect(isInterrogative('[M] Find \\(x\\) such that: \\(Ax = b\\).')).toBe(true);
    expect(isInterrogative('Find $$x$$ such that $$Ax = b$$.')).toBe(true);
    expect(isInterrogative('Sort $ amounts by date')).toBe(false);
  });

  it('reads a question or task after who asked it, as lists of company questions name them (khangich\'s list)', () => {
    for (const line of [
      'Google question – Find the width of the confidence interval',
      'Cisco question – Merge 2 sorted linked list',
      'CA Technologies question – How do you design an algorithm for fraud detection?',
      'Facebook question – Given a series of tables; write the SQL code you would need to count subpopulations through joins.',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // The label alone asks nothing, nor does a statement after it.
    expect(isInterrogative('Google question – The interviewer was friendly.')).toBe(false);
    // A company written lowercase first names the asker as well; the task after it reads as one.
    expect(readsAsTask('eBay question – Given a function roll() that returns a double between 0 and 1, create a function shuffle() that returns a permutation.')).toBe(true);
  });

  it('reads a drawing task as one, and not a paper title that starts with such a word (handong1587\'s lists)', () => {
    expect(isInterrogative('[E] Draw the loss curves for overfitting and underfitting.')).toBe(true);
    expect(isInterrogative('Plot the ROC curve.')).toBe(true);
    for (const title of ['DRAW: A Recurrent Neural Network For Image Generation', 'Sketch-a-Net that Beats Humans', 'Sketch Me That Shoe (CVPR 2016)']) {
      expect(isInterrogative(title), title).toBe(false);
    }
  });

  it('does not read a question answered on its own line as a question alone', () => {
    expect(isInterrogative('What is selection bias? It is the bias introduced by non-random selection.')).toBe(false);
    expect(isInterrogative('Explain the model. It has three layers.')).toBe(false);
  });

  it('reads "vs." and "e.g." as abbreviations, not the end of a sentence', () => {
    expect(isInterrogative('Compare representational capacity vs. effective capacity of a model.')).toBe(true);
    expect(isInterrogative('Describe a regulariser, e.g. dropout')).toBe(true);
  });

  it('looks past a difficulty tag such as [E] or [M]', () => {
    expect(isInterrogative('[E] Write the vanilla gradient update.')).toBe(true);
    expect(isInterrogative('[M] Design the smallest neural network that can function as an XOR gate.')).toBe(true);
  });

  it('knows the tasks coding lists set', () => {
    for (const line of [
      'Find all palindromic substrings in a given string.',
      'Given two elements in a binary search tree, find their lowest common ancestor.',
      'Check if an integer is a palindrome (do not convert the integer to string)',
      'Merge 2 sorted linked lists',
      'Calculate the entropy of a fair coin',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('knows Korean questions asked as an indirect clause (`…는지`, `…인지`), as headings of study notes ask them', () => {
    for (const line of ['p-value 구하는 과정이 어떻게 되는지', 'p-value 의 허점이 무엇인지', '배치 정규화가 왜 학습을 빠르게 하는지', '어떤 모델을 선택할지']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // A statement ends in its verb, not in the clause.
    expect(isInterrogative('배치 정규화는 학습을 빠르게 한다')).toBe(false);
  });

  it('knows Korean questions that say what the asker wonders about (`…이유가 궁금합니다`), as Q&A boards title them', () => {
    for (const line of ['Attention에서 softmax 전에 sqrt(d_k)로 나누는 이유가 궁금합니다', 'L1과 L2 정규화의 차이가 궁금해요', '배치 정규화가 왜 학습을 빠르게 하는지 궁금하다', '과적합을 막는 방법을 알고 싶습니다']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // Wondering about a thing, not a reason, a difference, a way or a clause, is a remark in an answer or a chat.
    for (const line of ['저도 궁금합니다', '팀의 모델 배포 주기가 궁금합니다.', '결과가 궁금해요']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('knows short Chinese lines that ask without a question mark, by the question word they open or end with', () => {
    for (const line of ['什么是batch normalization', '3.6.8 什么是批归一化（Batch Normalization）', '如何理解 Internal Covariate Shift', '学习率衰减常用参数有哪些', '简述 Dropout 的原理', '手撕 K-Means', '决策树的ID3和C4.5介绍一下', '你先做一下自我介绍', '请说一下你的项目']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // Colloquial and literary question words (何为, 有啥, 为啥), what something is for (的作用), and a task that closes the
    // line or its one sentence (详细描述, `推导…。`).
    for (const line of ['何为共线性，跟过拟合有啥关联', '1*1的卷积核的作用', '推导BP神经网络的反向求导。', '你觉得拼车价是怎么计算出来的，详细描述。', '为啥要归一化', '用梯度下降实现线性回归', '用 numpy 实现 cross entropy loss', '手写 softmax']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // How two things differ, or how they relate, as `X vs Y` asks.
    for (const line of ['K-Means 与 KNN 的区别', 'GBDT、LightGBM 和 XGBoost 区别', 'LR 与 SVM的区别和联系', '随机森林与决策树关系']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // A question word inside a section's name or inside prose asks nothing; nor does a title.
    for (const line of ['面试官在考什么', '你是否知道缩放解决的是训练动力学问题', '梦嘉是一个没有什么太大成绩的人。', '一句话定义', '参考论文', '基本原理', '软间隔和硬间隔', '共线性会造成冗余，导致过拟合。', '推导过程如下。模型收敛。']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('knows Japanese questions ending in か and the tasks of a check test, in the imperative', () => {
    for (const line of ['連鎖率の原理を使い、dz/dx を求めよ。', '一般的に考えられるバッチ正規化の効果を２点挙げよ。', '重みの初期値に０を設定すると、どのような問題が発生するか。簡潔に説明せよ。', '勾配が消失する理由を示せ。', 'どのゲートが作用すると考えられるか。', '過学習とは何ですか。', 'ReLU関数の利点を説明してください。']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // Statements, labels and clauses that run on: none asks.
    for (const line of ['重みを０で初期化すると正しい学習が行えない。', 'メリット：', '1次関数において、', 'ミニバッチ勾配降下法', 'バッチ正規化は学習を安定させる。']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('knows Korean requests, with or without a trailing example', () => {
    for (const line of [
      '누적 분포 함수와 확률 밀도 함수는 무엇일까요? 수식과 함께 표현해주세요',
      '알고 있는 metric에 대해 설명해주세요(ex. RMSE, MAE, recall, precision ...)',
      'SQL으로 카테고리별 Best를 구하는 쿼리를 작성해주세요',
      '나이브 베이즈(naive bayes)의 장점을 옹호해보세요.',
      'CNN에 대해서 아는대로 얘기하라',
      'K-means의 대표적 의미론적 단점은 무엇인가요? (계산량 많다는것 말고)',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('reads a line that starts with a question word and runs on past its question mark as asking', () => {
    expect(isInterrogative('What hides in details 17? body { background: url(x) }')).toBe(true);
  });

  it('does not take notes that start like a question for one', () => {
    for (const line of [
      'Is sensitive to small changes in the data',
      'Does not need feature scaling',
      'How to learn the parameter: minimize the cost function',
      'Gradient descent',
      'When the learning rate is too high, training diverges (see Figure 3).',
    ]) {
      expect(isInterrogative(line), line).toBe(false);
    }
    for (const line of ['Can you explain dropout', 'Is it possible to train without labels', 'Is ReLU differentiable at zero', 'Should dropout be used at test time', 'Which is better: Adam or SGD', 'Softmax outputs probabilities (why?)']) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('does not take a note that starts with a modal and has no subject for a question, unless it ends in a question mark', () => {
    for (const line of [
      'Can overfit easily if the tree is deep',
      'Could be replaced by a linear model',
      'Should be normalised before training',
      'Will converge slowly without momentum',
      'Would need more data to generalise',
      'May get stuck in local minima',
      'Might diverge with a high learning rate',
      "Can't extrapolate beyond the training range",
      'Can also be used for regression',
    ]) {
      expect(isInterrogative(line), line).toBe(false);
    }
    for (const line of [
      'Can overfit easily if the tree is deep?',
      'Can you explain X?',
      'Can dropout be used with batch norm?',
      'Should we normalise inputs?',
      'Can dropout be used with batch norm',
      'Can dropout and batch norm be combined',
      'Should normal equations be used for large data',
      'Can ReLU units die',
      'Will it converge without momentum',
      'Could the model overfit with so few samples',
    ]) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  /**
   * After a modal a verb is in its base form. A note on a model starts with that verb ("Can overfit"),
   * a question with a subject and then the verb ("Can dropout replace"). The subject may be a bare
   * noun phrase; a known base verb after it, a plural or an -ing word (never a verb after a modal)
   * are the evidence, and a line without that evidence stays a note.
   */
  it.each([
    ['Can dropout replace L2 regularisation', true],
    ['Should batch norm come before ReLU', true],
    ['Could gradient clipping fix exploding gradients', true],
    ['Will a deeper network always overfit', true],
    ['Can weight decay replace dropout', true],
    ['Can neural networks learn XOR', true],
    ['Would label smoothing help calibration', true],
    ['Might early stopping hurt the final accuracy', true],
    ['Can dropout and batch norm be combined', true],
    ['Can transformers extrapolate to longer sequences', true],
    ['Can exploding gradients be fixed by clipping', true],
    ['Can overfit easily if the tree is deep', false],
    ['Should be avoided when data is small', false],
    ['May cause vanishing gradients in deep nets', false],
    ['Will converge faster with momentum', false],
    ['Might need more data to generalise', false],
    ['Can reduce training time', false],
    ['Can help models generalise', false],
    ['Can make training unstable', false],
    ['Can memorise noise and hurt generalisation', false],
    ['Can model long-range dependencies', false],
    ['Can focus on the hard examples', false],
    ['Can bring large gains on small data', false],
    ['Can perhaps help with small data', false],
    ['Can dropout the weights', false],
  ])('without a question mark, a modal followed by a subject and a verb asks, and a modal followed by its verb is a note: "%s" asks: %s', (line, asks) => {
    expect(isInterrogative(line)).toBe(asks);
  });

  it('reads an imperative verb before "of" as the noun it then is', () => {
    for (const line of ['List of ML questions', 'Name of the game', 'State of the art in NLP', 'Outline of the course', 'Design of experiments']) {
      expect(isInterrogative(line), line).toBe(false);
    }
    for (const line of ['List the assumptions of linear regression', 'Name some losses', 'State the bias-variance decomposition', 'Design a recommender']) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('reads "come up with" as the imperative interview lists ask with, after who asked it too', () => {
    expect(isInterrogative('Come up with three features for a fraud model.')).toBe(true);
    expect(isInterrogative('LinkedIn question – Come up with some factors for "people you may know".')).toBe(true);
    expect(isInterrogative('Come-up-with lists are common.')).toBe(false);
  });

  it('takes the verbs of coding tasks for tasks only with an object after them ("Merge sort" is a noun)', () => {
    for (const line of ['Merge sort is stable and runs in O(n log n).', 'Compute cost grows quadratically with the sequence', 'Estimate of the variance is biased', 'Check: the gradient vanishes.', 'Find']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });
});

describe('Korean requests', () => {
  it('reads any request to do something (…주세요, …주십시오, …봅시다, …보세요) as a task', () => {
    for (const line of ['OpenCV 라이브러리만을 사용해서 이미지 뷰어를 만들어주세요', '자신 있는 언어로 소켓 생성 예시를 보여주세요.', '고객 행동 모델에 관한 이론을 알아봅시다.', 'Self-supervised learning 예시를 들어보세요']) {
      expect(isInterrogative(line), line).toBe(true);
    }
  });

  it('reads the written imperative of exercise sheets (…하여라, …해라, …보여라, …써라) as a task, and a statement in the same tense as none', () => {
    for (const line of ['확률 변수 X의 확률 분포를 가리키는 데이터프레임을 선언하는 코드를 작성하여라.', '30대에 포함될 확률을 계산하여라', '평균을 구해라.', '귀납법으로 증명을 보여라.', '결과를 써라']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    for (const line of ['확률 변수 X가 나이대를 가리킨다고 하자.', '데이터를 나이대로 그룹화하였다.']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it('reads the formal imperative of exam sheets (…시오) and a request to choose or write (…고르세요, …적으세요) as a task', () => {
    for (const line of ['다음 중 비지도 학습에 해당하는 것을 모두 고르시오.', '정밀도의 식을 쓰시오', '두 방법을 비교하시오.', '옳은 것을 고르세요', '답을 적으세요.', '빈칸에 들어갈 말을 찾으시오', '베이즈 정리를 설명하고 예시를 드시오', '다음 식을 푸시오', 'ROC 곡선을 그리시오', '오차의 분포를 나타내시오', '가설을 세우시오', '수렴함을 보이시오', '차이를 밝히시오']) {
      expect(isInterrogative(line), line).toBe(true);
    }
    // A page's notice to its reader, and an imperative that is no task of a sheet, ask nothing.
    for (const line of ['모델 복잡도가 높으면 분산이 커진다.', '자세한 내용은 위키를 읽으세요.', '아래 링크를 누르세요.', '편하게 앉으세요', '주의 사항을 지키시오']) {
      expect(isInterrogative(line), line).toBe(false);
    }
  });

  it("reads an exam sheet's fill-in-the-blanks (…빈칸을 채우시오) as a task: the question, with the code it shows, answered below it", () => {
    const note = '## 연습문제\n\n다음 코드의 빈칸을 채우시오.\n\n```python\nmodel.add(Dense(1, activation=____))\n```\n\n이진 분류이므로 sigmoid가 들어간다.\n\n정밀도의 식을 쓰시오.\n\nTP / (TP + FP)\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.context?.markdown, question.answer?.markdown])).toEqual([
      ['다음 코드의 빈칸을 채우시오.', '연습문제', '```python\nmodel.add(Dense(1, activation=____))\n```', '이진 분류이므로 sigmoid가 들어간다.'],
      ['정밀도의 식을 쓰시오.', '연습문제', undefined, 'TP / (TP + FP)'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it("does not read a page's requests to its reader as tasks", () => {
    for (const line of ['Pull Request 작성 규칙은 여기를 참고해주세요.', '피드백은 Pull Request로 보내주세요.', 'Github에서 보실 분들은 링크를 클릭해주세요', 'PR 요청 시 작성 규칙을 준수해주세요.', '자세한 내용은 링크에서 확인해보세요', '저장해두고 보세요📌', '끝까지 읽어보세요']) {
      expect(isInterrogative(line), line).toBe(false);
    }
    // Nor advice in an answer that ends the same way (`강의를 들어보세요`, `직접 돌려보세요`): only a request to give an example or choose is a task.
    for (const line of ['Andrew Ng 강의를 들어보세요', '간단한 예제를 직접 돌려보세요', 'CS231n 강의 노트를 꼭 보세요']) expect(isInterrogative(line), line).toBe(false);
  });
});

describe('readsAsComparison', () => {
  it('reads two things named to compare, in English (`vs`) or Korean (`…와 … 비교`)', () => {
    for (const line of ['Bagging vs boosting.', '엔트로피와 지니 계수 비교', 'L1, L2 정규화의 비교']) expect(readsAsComparison(line), line).toBe(true);
    for (const line of ['모델 비교', '비교 실험 결과를 정리했다.', '실험 결과 비교', '데이터 증강 효과 비교']) expect(readsAsComparison(line), line).toBe(false);
  });

  it('makes a compared pair in a list of questions one of them', () => {
    const { questions } = readNote('## 머신러닝\n\n1. 선형 회귀의 가정은?\n2. 나이브 베이즈를 설명해주세요\n3. 엔트로피와 지니 계수 비교\n4. Self-supervised learning 예시를 들어보세요\n');
    expect(questions.map((question) => question.question)).toEqual(['선형 회귀의 가정은?', '나이브 베이즈를 설명해주세요', '엔트로피와 지니 계수 비교', 'Self-supervised learning 예시를 들어보세요']);
  });
});

describe('isSectionTitle', () => {
  it('is true of a line numbered as Chinese and Japanese documents number their sections', () => {
    for (const line of ['一、机器学习基础', '十二、推荐系统', '（三）深度学习', '第二部分 系统设计', '第3章 深層学習', 'Ⅳ. 强化学习']) expect(isSectionTitle(line), line).toBe(true);
  });

  it('is false of such a line when what it numbers asks, or is a sentence', () => {
    for (const line of ['一、什么是过拟合？', '二、如何防止过拟合', '三、XGBoost 和 GBDT 的区别', '一、这一部分是秋招中被问到的问题，附参考答案', 'I. 什么是过拟合']) {
      expect(isSectionTitle(line), line).toBe(false);
    }
  });

  it('is true of a short Korean line that names a thing, and false of one that states, as a terse answer does', () => {
    // Nouns too that end as a predicate would (`콘다`, `라이다`, `결함`): a statement is a clause, a particle before its end.
    for (const line of ['최적화 기법', '질문 모음', '딥러닝 기초', '자연어 처리', '소음 제거', '그래디언트 소실', '정리', '콘다', '아나콘다', '라이다', '결함', '데이터 결함']) {
      expect(isSectionTitle(line), line).toBe(true);
    }
    for (const line of ['계산이 빠름', '차원을 축소함', '학습이 안정됨', '값이 커짐', '최댓값은 0.25이다', '기울기가 사라진다', '계산이 빠릅니다.', '결과가 있습니다']) {
      expect(isSectionTitle(line), line).toBe(false);
    }
  });
});

describe('endsAsking', () => {
  it('reads a line whose last sentence asks as asking, whatever comes before', () => {
    expect(endsAsking('노트북으로 www.google.com에 접속을 했습니다. 요청을 보내고 받기까지의 과정을 자세히 설명해주세요.')).toBe(true);
    expect(endsAsking('Python an interpreted language. Explain.')).toBe(true);
    expect(endsAsking('카산드라는 망한것 같습니다. 왜 망한것 같나요? 그래도 활용처가 있다면 어디인것 같나요.')).toBe(true);
    // A fault set as a scene, then the task of mending it, which names it by a pronoun.
    expect(endsAsking('You quantized to INT8 and mAP dropped 4 points. Debug it.')).toBe(true);
    expect(endsAsking('Your reconnect logic works but logs are flooded. Fix it.')).toBe(true);
    expect(endsAsking('Why does PyTorch fragment the KV cache? Analyze internal vs external fragmentation.')).toBe(true);
  });

  it('does not read a pronoun after any task verb as the object of a task', () => {
    expect(endsAsking('We wrote a guide to attention. Check it out.')).toBe(false);
    expect(endsAsking('The notes are short. Find them in the repo.')).toBe(false);
  });

  it('does not read a question followed by its answer, or by a remark, as asking', () => {
    expect(endsAsking('What is selection bias? It is the bias introduced by non-random selection.')).toBe(false);
    expect(endsAsking('당장 10분안에 A/B 테스트를 하고 싶다면 어떻게 해야 할까요? 타 서비스를 써도됩니다.')).toBe(false);
  });
});

describe('questionAnsweredAfter', () => {
  it('finds the question a line opens with, up to its answer, further questions and tasks included', () => {
    expect(questionAnsweredAfter('What is selection bias? It is the bias introduced by non-random selection.')).toBe('What is selection bias?');
    expect(questionAnsweredAfter('Did you get statistics questions? If yes, what kind? Yes, Bayesian.')).toBe('Did you get statistics questions? If yes, what kind?');
    expect(questionAnsweredAfter('What is bagging? Give an example. Random forests bag trees.')).toBe('What is bagging? Give an example.');
    expect(questionAnsweredAfter('Is L1 vs. L2 better for sparsity? L1.')).toBe('Is L1 vs. L2 better for sparsity?');
  });

  it('ends no sentence at a question mark inside brackets that close later on the line: the aside goes on', () => {
    expect(questionAnsweredAfter('explain position bias and how to correct it (IPW? position as feature at train, fixed at serve)')).toBeUndefined();
    expect(questionAnsweredAfter('Why does it diverge (rate? init? batch size)? The rate. (Check it first.)')).toBe('Why does it diverge (rate? init? batch size)?');
    expect(questionAnsweredAfter('Why (in one line)? Because it regularises.')).toBe('Why (in one line)?');
    expect(questionAnsweredAfter('(Q) What is dropout? Zeroing units at random.')).toBe('(Q) What is dropout?');
    expect(questionAnsweredAfter('1) What is dropout? Zeroing units at random.')).toBe('1) What is dropout?');
  });

  it('ends a question at the bracket that closes its aside right after a question mark, and takes no emoticon for a bracket (review s68)', () => {
    expect(questionAnsweredAfter('What is DNS (resolver? authoritative?) Maps names to IPs.')).toBe('What is DNS (resolver? authoritative?)');
    expect(questionAnsweredAfter('Is Python pass-by-reference (really?) No, pass-by-object-reference.')).toBe('Is Python pass-by-reference (really?)');
    expect(questionAnsweredAfter('Hard one :( What is consistent hashing? A hash ring :)')).toBe('Hard one :( What is consistent hashing?');
    expect(questionAnsweredAfter('What is a join? (hint: two tables)')).toBeUndefined();
  });

  it('takes no interval, enumerator or reversed smiley for a pair of brackets, and ends at an ASCII mark a full-width bracket closes (review s68b)', () => {
    expect(questionAnsweredAfter('Is (0, 1] open on the left? Yes, 0 is excluded 1) by definition 2) by notation.')).toBe('Is (0, 1] open on the left?');
    expect(questionAnsweredAfter('What is a p-value in (0, 1]? The probability of data this extreme 1) under H0 2) given the test.')).toBe('What is a p-value in (0, 1]?');
    expect(questionAnsweredAfter('finally got this (: What is the JVM? A virtual machine 1) loads classes 2) runs bytecode')).toBe('finally got this (: What is the JVM?');
    expect(questionAnsweredAfter('Is it (a) fast? Yes, a) cached b) compiled.')).toBe('Is it (a) fast?');
    expect(questionAnsweredAfter('해시 충돌 해결법（체이닝? 개방주소법?） 둘 다 설명')).toBe('해시 충돌 해결법（체이닝? 개방주소법?）');
    expect(questionAnsweredAfter('해시 충돌 해결법（체이닝? 개방주소법?）둘 다 설명')).toBe('해시 충돌 해결법（체이닝? 개방주소법?）');
  });

  it('asksInClosingAside: a line that asks only in the aside closing it', () => {
    expect(asksInClosingAside('Deadlock conditions (how many? mutual exclusion, hold and wait)')).toBe(true);
    expect(asksInClosingAside('데드락 조건 (4가지? 상호배제, 점유대기)')).toBe(true);
    expect(asksInClosingAside('What is a join? (hint: two tables)')).toBe(false);
    expect(asksInClosingAside('Bagging (bootstrap aggregating)')).toBe(false);
    expect(asksInClosingAside('(why? because)')).toBe(false);
    expect(asksInClosingAside('A hash ring? :)')).toBe(false);
  });

  it("reads the brackets closing a line, and a quiz's choices after a statement, with patterns that do not backtrack", () => {
    for (const pattern of CLOSING_BRACKET_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
    // The same answers as before the lookbehind: a run of brackets closing the line is found from its first.
    expect(asksInClosingAside('Deadlock conditions (how many? (four?))')).toBe(true);
    expect(questionAnsweredAfter('What is DNS (resolver? authoritative?) Maps names to IPs.')).toBe('What is DNS (resolver? authoritative?)');
  });

  it('finds none in a line that asks throughout, opens with no question, or asks without a question mark', () => {
    for (const line of ['What is one-shot learning? Give examples.', 'What is a join? (hint: two tables)', 'What is a join? Hint: two tables.', 'Dropout is a regulariser. Why does it work? It averages networks.', 'Explain the model. It has three layers.', 'What is overfitting']) {
      expect(questionAnsweredAfter(line), line).toBeUndefined();
    }
  });
});

describe('readsAsTask', () => {
  it('reads a sentence that opens with a word, then an object, ending in a full stop as worded like a task, whatever the verb', () => {
    for (const line of [
      'Make a histogram of 2 variables.',
      'Plot the distribution of the formation energies per atom. Annotate the plot with the average.',
      'Create an object representing a person with properties like name, age, and city.',
      'Apply a Gaussian filter to the image.',
      'Given a skewed dataset, pick a metric.',
      'Given an array of integers and a target, return the indices of the two numbers that add up to it.',
      '[E] Given the array $$[1, 5, 3, 2, 4, 4]$$, find its mean, median, variance, and standard deviation.',
      'Suppose the classes are imbalanced, compute the F1 score.',
      // With its conditions, longer than most: 32 words.
      'Write a SQL query to count the number of unique users per day who logged in from both an iPhone and the web, where iPhone logs and weblogs are in distinct relations.',
    ]) {
      expect(readsAsTask(line), line).toBe(true);
    }
  });

  it('does not read a note as one: no object, a function word or adverb first, a verb inflected as a note writes it, or no full stop', () => {
    for (const line of [
      'Make sure to normalise inputs.',
      'Use Adam by default.',
      'In a random forest, trees are independent.',
      'Also the loss falls.',
      'Uses a kernel to map the inputs.',
      'Trained a model on the full data.',
      'Finally the model converges.',
      'Is a convex function.',
      'Make a histogram of 2 variables',
      'PCA the data.',
      'Given enough data, the model generalizes.',
      'Given a directed graph.',
      'Suppose a model overfits.',
      'Given a skewed dataset, accuracy misleads.',
    ]) {
      expect(readsAsTask(line), line).toBe(false);
    }
  });
});

describe('a list of questions', () => {
  it("takes an item that leads up to its question with a scenario or ends with a task (zzsza's and boost-devs' lists)", () => {
    const { questions, vfile } = readNote(
      '## 네트워크\n\n- DNS가 무엇인가요?\n- MAC Address가 무엇인가요?\n- SMTP가 무엇인가요?\n- 노트북으로 `www.google.com`에 접속을 했습니다. 요청을 보내고 받기까지의 과정을 자세히 설명해주세요.\n- 소켓(Socket)이 무엇인가요? 자신 있는 언어로 간단히 소켓 생성 예시를 보여주세요.\n- Python an interpreted language. Explain.\n- What is selection bias? It is the bias introduced by non-random selection.\n',
    );
    expect(questions.map((question) => question.question)).toEqual([
      'DNS가 무엇인가요?',
      'MAC Address가 무엇인가요?',
      'SMTP가 무엇인가요?',
      '노트북으로 www.google.com에 접속을 했습니다. 요청을 보내고 받기까지의 과정을 자세히 설명해주세요.',
      '소켓(Socket)이 무엇인가요? 자신 있는 언어로 간단히 소켓 생성 예시를 보여주세요.',
      'Python an interpreted language. Explain.',
      // Its answer on its line is not taken into its wording: it is the question's answer.
      'What is selection bias?',
    ]);
    expect(questions.at(-1)!.answer?.markdown).toBe('It is the bias introduced by non-random selection.');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes an item worded as a task, whatever its verb, among items that ask (data-science task lists)', () => {
    const { questions, vfile } = readNote(
      '# Data science questions\n\n1. Make a histogram of 2 variables.\n2. Write a function that computes the median of a stream.\n3. Explain how you would detect outliers in a dataset.\n',
    );
    expect(questions.map((question) => [question.occurrences[0]!.line, question.question])).toEqual([
      [3, 'Make a histogram of 2 variables.'],
      [4, 'Write a function that computes the median of a stream.'],
      [5, 'Explain how you would detect outliers in a dataset.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes an item worded as a task in a section of an outline whose items ask, though its own list asks once', () => {
    const { questions, vfile } = readNote('## Stats\n\n1. Histograms\n    1. What is a histogram?\n    2. Make a histogram of 2 variables.\n2. What is a box plot?\n3. What is a violin plot?\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is a histogram?', 'Histograms'],
      ['Make a histogram of 2 variables.', 'Histograms'],
      ['What is a box plot?', 'Stats'],
      ['What is a violin plot?', 'Stats'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reads the last sentence past a closing quote, a task after the scene a sentence sets, and a comparison to draw (chiphuyen/ml-interviews-book)', () => {
    const book = [
      '### 8.3 Training',
      '',
      '1. [E] What criteria would you use for early stopping?',
      '2. [E] Gradient descent vs SGD vs mini-batch SGD.',
      '3. [M] Convolutional layers are also known as “locally connected.” Explain what it means.',
      '4. [M] Let $x \\in R_n$, $L = crossentropy(softmax(x), y)$ in which $y$ is a one-hot vector. Take the derivative of $L$ with respect to $x$.',
      '5. [E] Why do we need upsampling?',
      '6. [E] What is the role of zero padding?',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(book);
    expect(questions.map((question) => question.question.slice(0, 39))).toEqual([
      'What criteria would you use for early s',
      'Gradient descent vs SGD vs mini-batch S',
      'Convolutional layers are also known as ',
      'Let \\(x \\in R_n\\), \\(L = crossentropy(s',
      'Why do we need upsampling?',
      'What is the role of zero padding?',
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // A comparison under a question is a point of its answer, as a task is.
    const under = readNote('# Notes\n\n- Which optimiser should I use?\n  - Adam vs SGD.\n  - SGD generalises better.\n');
    expect(under.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Which optimiser should I use?', '- Adam vs SGD.\n- SGD generalises better.']]);
  });

  it('reads a list of coding tasks among a few questions as questions, a task in any sentence of an item (chiphuyen/ml-interviews-book)', () => {
    const list = [
      '### 6.1 Algorithms',
      '',
      '1. Write a Python function to recursively read a JSON file.',
      '2. Find the longest increasing subsequence in a string.',
      '3. Traverse a tree in pre-order, in-order, and post-order.',
      '4. There are two sorted arrays nums1 and nums2. Find the median of the two sorted arrays. The solution should run in O(log(m+n)) time.',
      '5. Write a program to solve a Sudoku puzzle by filling the empty cells. The board is of the size 9 x 9.',
      '6. In Google Docs, you have the Justify alignment option. Write a function to print a text justified.',
      '7. Sorting is a classic topic.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(list);
    expect(questions.map((question) => question.occurrences[0]!.line)).toEqual([3, 4, 5, 6, 7, 8]);
    // A statement among them is none, and is reported.
    expect(messagesOf(vfile)).toEqual(['9:orphan-text']);
  });

  it('does not take an item worded as a task for one in a list that asks once, or under a question, where notes say what to do', () => {
    const once = readNote('# Steps\n\n1. Compute the mean.\n2. Subtract the mean from each value.\n');
    expect(once.questions.map((question) => question.question)).toEqual(['Compute the mean.']);
    expect(messagesOf(once.vfile)).toEqual(['4:orphan-text']);
    const under = readNote('# Tips\n\n- How do you standardise a feature?\n  - Compute the mean.\n  - Compute the standard deviation.\n  - Divide each value by the deviation.\n');
    expect(under.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['How do you standardise a feature?', '- Divide each value by the deviation.'],
      ['Compute the mean.', null],
      ['Compute the standard deviation.', null],
    ]);
    const notes = readNote('# Tips\n\n- How do you train a net?\n  - Make sure to normalise inputs.\n  - Use a learning rate of 1e-3.\n');
    expect(notes.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How do you train a net?', '- Make sure to normalise inputs.\n- Use a learning rate of 1e-3.'],
    ]);
  });

  it('does not take a notice that asks its reader to do things for a list of questions', () => {
    const note = readNote(
      '## Notice\n\n- 피드백은 Pull Request로 보내주세요.\n  - Pull Request 작성 규칙은 여기를 참고해주세요.\n- GitHub 외에 GitBook 사이트로도 보실 수 있습니다.\n\n## Questions\n\n- DNS가 무엇인가요?\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['DNS가 무엇인가요?']);
  });

  it('takes every item of a real interview list, tags, parentheticals and follow-up tasks included', () => {
    const { questions } = readNote(
      '## General questions\n\n1. What is transfer learning?\n1. What is the problem with sigmoid during backpropagation? (Very small, between 0.25 and zero.)\n1. Compare representational capacity vs. effective capacity of a model.\n1. [E] Write the vanilla gradient update.\n1. What is one-shot learning? Give examples.\n',
    );
    expect(questions).toHaveLength(5);
    expect(questions[2]!.question).toBe('Compare representational capacity vs. effective capacity of a model.');
    expect(questions[4]!.question).toBe('What is one-shot learning? Give examples.');
  });

  it('reports each item it does not take at its own line', () => {
    const note = readNote('## Coding\n\n1. What is the variance?\n2. how to handle unbalanced data.\n3. What is stddev?\n4. Poisson distribution and its function.\n5. What is the binomial distribution?\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is the variance?', 'What is stddev?', 'What is the binomial distribution?']);
    expect(messagesOf(note.vfile)).toEqual(['4:orphan-text', '6:orphan-text']);
    expect(note.vfile.messages[0]!.reason).toContain('(line 4)');
  });

  it('takes one item that asks and then goes on on its line, among items that ask, the rest of the line its answer (khangich\'s list)', () => {
    const note = readNote('## Stats\n\n1. What is the variance?\n2. What is hypothesis testing? chi-squared test: determine if the difference is significant.\n3. What is the binomial distribution?\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is the variance?', null],
      ['What is hypothesis testing?', 'chi-squared test: determine if the difference is significant.'],
      ['What is the binomial distribution?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    // Not in a list where one other item asks: there the line may be a point about it, reported.
    const once = readNote('## Notes\n\n- What is dropout?\n- Why? Because it regularises.\n');
    expect(once.questions.map((question) => question.question)).toEqual(['What is dropout?']);
    expect(messagesOf(once.vfile)).toEqual(['4:orphan-text']);
  });

  it('takes such an item in a list of two, when the other item asks below it: two items ask', () => {
    const note = readNote('# Self-test\n\n1. What is the CLS token for? It summarises the sequence for classification.\n2. What is teacher forcing?\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is the CLS token for?', 'It summarises the sequence for classification.'],
      ['What is teacher forcing?', null],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    // Beside an item that states, it asks alone: two sentences of a list of points.
    const points = readNote('# Notes\n\n- Why did we pick Redis? It was already in our stack.\n- Deploy on Friday.\n');
    expect(points.questions).toEqual([]);
  });

  it('warns, instead of only noting, when text before the first question holds lines that ask', () => {
    const note = readNote('Some notes.\n\n- What is dropout?\n- Random zeroing of units\n- Helps generalisation\n- Used at training time\n\n## What is batch norm?\n\nNormalising activations.\n');
    const [preamble] = note.vfile.messages;
    expect(preamble).toMatchObject({ ruleId: 'preamble', fatal: false });
    expect(preamble!.reason).toContain('1 line that asks');
    expect(preamble!.reason).toContain('"What is dropout?"');
  });
});

describe('a paragraph that defines a bold term', () => {
  it('states, though its last sentence asks (`**Term** - statement … why not …?`): it goes on with the answer above', () => {
    const { questions } = readNote(
      'What is momentum?\n\nIt keeps a velocity of past gradients.\n\n**SGD with Nesterov Momentum** - Momentum speeds up updates in a steady direction. So why not compute the gradient at the point ahead?\n\n**AdaGrad** - A learning rate per parameter.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      [
        'What is momentum?',
        'It keeps a velocity of past gradients.\nSGD with Nesterov Momentum - Momentum speeds up updates in a steady direction. So why not compute the gradient at the point ahead?\nAdaGrad - A learning rate per parameter.',
      ],
    ]);
  });
});

describe('endsStatement', () => {
  it("is true of a line that ends as a statement (a stop, an exclamation, a Korean statement's `다`), not of a subject's name or a question", () => {
    expect(['표본평균의 분포는 정규분포에 가까워진다', '1종 오류: 귀무가설이 참인데 기각.', 'It converges!', '収束する。'].filter((line) => !endsStatement(line))).toEqual([]);
    expect(['PPO의 clipping', 'the bias-variance trade-off', '차이는?', 'What is a p-value?', '판다스 데이터프레임'].filter(endsStatement)).toEqual([]);
  });
});
