/**
 * One block of tests per recogniser: each shape of note that users bring,
 * read end to end (parse, extract, normalise) from a small fixture.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, answerTextsOf, messagesOf, readFixture, readNote } from '../helpers/read-note.js';

describe('heading recogniser', () => {
  it('reads a heading that names a way to do something or compares, over its answer, among question headings as a question', () => {
    const note = '# 면접\n\n### 프로세스와 스레드의 차이에 대해 설명하시오\n- 프로세스는 독립된 메모리\n\n### GPU 메모리가 부족할 때 대처 방법\n- gradient accumulation\n- mixed precision\n\n### 모델 서빙 시 latency를 줄이는 방법을 말해보세요\n배치와 양자화.\n\n### 분산 학습\n#### Data parallel\n데이터를 나눈다.\n\n### Adam vs SGD\nAdam adapts its steps.\n';
    expect(readNote(note, 'os.md').questions.map((question) => question.question)).toEqual([
      '프로세스와 스레드의 차이에 대해 설명하시오',
      'GPU 메모리가 부족할 때 대처 방법',
      '모델 서빙 시 latency를 줄이는 방법을 말해보세요',
      'Adam vs SGD',
    ]);
    // In a blog post whose headings are its sections, one question among them: `설치 방법` stays a section.
    const blog = readNote('## 소개\n\n도커를 소개한다.\n\n## 설치 방법\n\n패키지로 설치한다.\n\n## 사용 방법\n\n명령을 실행한다.\n\n## 도커와 VM의 차이는?\n\n커널을 공유한다.\n\n## 마무리\n\n끝.\n', 'blog.md');
    expect(blog.questions.map((question) => question.question)).toEqual(['도커와 VM의 차이는?']);
  });

  it('takes numbered headings with citation links, leaving the links out of the question', () => {
    const { questions } = readFixture('numbered-h4-src.md');
    expect(questions.map((question) => question.question)).toEqual([
      "What's the trade-off between bias and variance?",
      'What is gradient descent?',
      'Why do we use convolutions for images rather than just FC layers?',
    ]);
    expect(questions[2]!.occurrences[0]).toMatchObject({
      line: 15,
      question: '#### 12) Why do we use convolutions for images rather than just FC layers? [[src](http://houseofbots.com/)]',
    });
    expect(questions[0]!.answer!.markdown).toContain('high bias and low variance');
    expect(questions[0]!.answer!.markdown).toContain('![bias-variance](/images/bias-variance.png)');
  });

  it("reads an exercise's numbered steps that set a task among its steps that ask, the step's label left out", () => {
    const note = [
      '# Ex2 - Getting and Knowing your Data',
      '### Step 3. Assign it to a variable called chipo.',
      '```python\nchipo = pd.read_csv(url, sep="\\t")\n```',
      '### Step 4. See the first 10 entries',
      '```python\n# Solution 1\n```',
      '### Step 5. What is the number of observations in the dataset?',
      '```python\nchipo.shape[0]\n```',
      '### Step 6. What is the number of columns in the dataset?',
      '```python\nchipo.shape[1]\n```',
    ].join('\n\n');
    expect(readNote(note, 'chipotle.md').questions.map((question) => [question.question, question.kind, question.answer?.text ?? null])).toEqual([
      ['Assign it to a variable called chipo.', 'coding', 'chipo = pd.read_csv(url, sep="\\t")'],
      // Its code only holds the place of the solution.
      ['See the first 10 entries', 'coding', null],
      ['What is the number of observations in the dataset?', 'coding', 'chipo.shape[0]'],
      ['What is the number of columns in the dataset?', 'coding', 'chipo.shape[1]'],
    ]);
    // A tutorial's steps, among headings that do not ask, stay its sections; and so do a design's, where no step asks.
    const tutorial = '# Setup\n\n### Step 1. Install the package\n\nRun pip.\n\n### Step 2. Import the package\n\nImport it.\n';
    expect(readNote(tutorial, 'setup.md').questions).toEqual([]);
    const design = '## What is a URL shortener?\n\nA service.\n\n## Step 1: Clarify the requirements\n\nAsk.\n\n## Step 2: Design the API\n\nTwo endpoints.\n';
    expect(readNote(design, 'design.md').questions.map((question) => question.question)).toEqual(['What is a URL shortener?']);
    // A dash glued to a number is no step's label.
    expect(readNote('## Exercise 2-3 times a week: what does it do to VO2 max?\n\nIt rises.\n', 'fit.md').questions[0]!.question).toBe('Exercise 2-3 times a week: what does it do to VO2 max?');
  });

  it('reads `## 1.Q: …` headings answered under `#### Ans:`, the number and both labels left out', () => {
    const { questions } = readNote('## 1.Q: What is a Perceptron? <br>\n\n#### Ans:\n\nA linear classifier.\n\n## 2.Q: What is Dropout?<br>\n\n#### Answer\n\nZeroing units at random.\n', 'qa.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is a Perceptron?', 'A linear classifier.'],
      ['What is Dropout?', 'Zeroing units at random.'],
    ]);
  });

  it('leaves the <br> that closes an answer out of it, after its last line or its last list item', () => {
    const note = '## 1. What is ML?\n\nLearning rules from data.\n<br>\n\n## 2. What is the bias-variance tradeoff?\n\n- Bias: error from assumptions.\n- Variance: error from sensitivity.\n\n  <br>\n\n## 3. What is a line break?\n\nA break<br>inside a line stays.\n';
    const { questions } = readNote(note, 'br.md');
    expect(questions.map((question) => question.answer?.markdown)).toEqual([
      'Learning rules from data.',
      '- Bias: error from assumptions.\n- Variance: error from sensitivity.',
      'A break<br>inside a line stays.',
    ]);
  });

  it('leaves the rules that set questions apart (---, <hr>) out of their answers', () => {
    const note = '## 1. What is an LLM?\n\n---\n\n**A model of language.**\n\nMore text.\n\n---\n\n## 2. What is RAG?\n\nRetrieval, then generation.\n\n<hr>\n\n## 3. What is a token?\n\n---\n';
    const { questions } = readNote(note, 'llm.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is an LLM?', '**A model of language.**\n\nMore text.'],
      ['What is RAG?', 'Retrieval, then generation.'],
      // A rule alone is no answer.
      ['What is a token?', null],
    ]);
  });

  it('leaves a citation link written [[src]](url) out of the question, as it does [[src](url)]', () => {
    const { questions } = readNote('## Questions\n\n#### 53) Explain how a ROC curve works. [[src]](https://example.org/q)\nThe ROC curve plots TPR against FPR.\n');
    expect(questions.map((question) => question.question)).toEqual(['Explain how a ROC curve works.']);
  });

  it('keeps in the answer of a labelled heading question (`## 问题1:`) the deeper headings without a label, asking or numbered', () => {
    const note = [
      '## 问题1: 什么是梯度消失问题？',
      '',
      '#### 为什么会发生？',
      '',
      'sigmoid 导数小于1。',
      '',
      '#### 1. Definition and Causes',
      '',
      'Early layers learn slowly.',
      '',
      '#### Q1: "Why does ReLU help?"',
      '',
      'Its gradient is 1 for positive inputs.',
      '',
      '## 问题2: 解释注意力机制的原理',
      '',
      'Attention weighs the inputs.',
      '',
    ].join('\n');
    const { questions } = readNote(note, 'basics.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['什么是梯度消失问题？', '#### 为什么会发生？\n\nsigmoid 导数小于1。\n\n#### 1. Definition and Causes\n\nEarly layers learn slowly.'],
      // A deeper heading labelled as a question is one: a follow-up.
      ['Why does ReLU help?', 'Its gradient is 1 for positive inputs.'],
      ['解释注意力机制的原理', 'Attention weighs the inputs.'],
    ]);
  });

  it('keeps in the answer of a heading that asks outright its deeper headings that do not, numbered like questions or not', () => {
    const note = [
      '## 1. Why is RAG useful in LLM applications?',
      '',
      "Let's explore in detailed sections:",
      '',
      '### 1. Overcoming Hallucination',
      '',
      '**Problem:** LLMs make facts up.',
      '',
      '### 2. Access to Updated Knowledge',
      '',
      '**Problem:** Training data is static.',
      '',
      '### 3. Why not fine-tune instead?',
      '',
      'Fine-tuning is costly.',
      '',
      '## 2. What are the parts of a RAG system?',
      '',
      'A retriever and a generator.',
      '',
    ].join('\n');
    const { questions } = readNote(note, 'rag.md');
    expect(questions.map((question) => question.question)).toEqual([
      'Why is RAG useful in LLM applications?',
      // A deeper heading that asks is a follow-up of its own.
      'Why not fine-tune instead?',
      'What are the parts of a RAG system?',
    ]);
    expect(questions[0]!.answer!.markdown).toBe(
      "Let's explore in detailed sections:\n\n### 1. Overcoming Hallucination\n\n**Problem:** LLMs make facts up.\n\n### 2. Access to Updated Knowledge\n\n**Problem:** Training data is static.",
    );
  });

  it('reads a deeper English heading without a question mark (`### How Dropout Works`) as a section of the answer, as titles are worded', () => {
    const note = '## 6.What is dropout, and how does it help?\n\nA regulariser.\n\n### 1. **How Dropout Works**\n\nUnits are zeroed at random.\n\n### 2. **Why Dropout Helps**\n\nNo co-adaptation.\n\n## 7.为什么要用注意力？\n\n对齐。\n\n### 为什么要多头\n\n多个子空间。\n';
    const { questions } = readNote(note, 'dropout.md');
    expect(questions.map((question) => question.question)).toEqual(['What is dropout, and how does it help?', '为什么要用注意力？', '为什么要多头']);
    expect(questions[0]!.answer!.markdown).toContain('### 2. **Why Dropout Helps**\n\nNo co-adaptation.');
  });

  it('keeps the headings after a follow-up under such a question in the answer read, the follow-up\'s', () => {
    const note = '## 2. What are activation functions, and why are they used?\n\nThey decide whether a neuron fires.\n\n### Why are Activation Functions Used?\n\nNon-linearity.\n\n### Types of Activation Functions\n\nSigmoid, tanh, ReLU.\n\n## 3. Highlight the differences between GPT and BERT.\n\n### 1. **Architecture**\n\nDecoder against encoder.\n';
    const { questions } = readNote(note, 'activations.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What are activation functions, and why are they used?', 'They decide whether a neuron fires.'],
      ['Why are Activation Functions Used?', 'Non-linearity.\n\n### Types of Activation Functions\n\nSigmoid, tanh, ReLU.'],
      ['Highlight the differences between GPT and BERT.', '### 1. **Architecture**\n\nDecoder against encoder.'],
    ]);
  });

  it('keeps sub-headings inside an answer instead of making them questions', () => {
    const { questions } = readFixture('h2-numbered-with-subheadings.md');
    expect(questions.map((question) => question.question)).toEqual([
      'What is deep learning, and how is it different from traditional machine learning?',
      'Explain the concept of backpropagation.',
    ]);
    const first = questions[0]!.answer!.markdown;
    expect(first).toContain('### Key Distinctions');
    expect(first).toContain('### Code Example: A Simple Network');
    expect(first).toContain('```python\nimport torch.nn as nn');
    expect(first).not.toContain('backpropagation');
    expect(questions[1]!.answer!.markdown).toContain('### How It Works');
  });

  it('reads `### Q:` headings with a <details> answer, and the section above as the topic', () => {
    const { questions } = readFixture('q-heading-details.md');
    expect(questions.map((question) => [question.topic, question.question])).toEqual([
      ['Optimization', 'What does the learning rate control?'],
      ['Optimization', 'Why use momentum?'],
      ['Regularization', 'What is weight decay?'],
    ]);
    const answer = questions[0]!.answer!;
    expect(answer.markdown).toBe('The learning rate controls the size of each update step: $w \\leftarrow w - \\eta \\nabla L$.');
    expect(answer.html).not.toContain('Show Answer');
    expect(answer.html).not.toContain('details');
    expect(questions[2]!.answer!.markdown).toContain('\\(\\lambda \\lVert w \\rVert^2\\)');
  });
});

describe('a question heading ended by a hard break', () => {
  // kojino's programming questions: an ATX heading is one line, so the second one became the answer's first.
  const second = 'When could it make your algorithms run slower?';
  const note = (end: string, next = second) =>
    `#### 8. When can parallelism make your algorithms run faster?${end}\n${next}\n\n- compute in parallel when communication costs less than computation\n\n#### 9. What is a p-value?\n\nA probability.\n`;

  it('goes on on the next line when that line asks: the question is both lines, the answer what follows', () => {
    for (const end of ['  ', '\\']) {
      const [question] = readNote(note(end)).questions;
      expect(question!.question).toBe(`When can parallelism make your algorithms run faster? ${second}`);
      expect(question!.occurrences[0]).toMatchObject({ line: 1, question: `#### 8. When can parallelism make your algorithms run faster?${end}\n${second}` });
      expect(question!.answer!.markdown).toBe('- compute in parallel when communication costs less than computation');
    }
  });

  it('is a section over the line when it does not ask itself: `## 1. Regularization␠␠` numbers the question under it', () => {
    const { questions } = readNote('## 1. Regularization  \nWhat does L2 regularization do?\n\nIt shrinks the weights.\n\n## 2. Optimisation\n\nWhat is momentum?\n\nA running average.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What does L2 regularization do?', 'Regularization'],
      ['What is momentum?', 'Optimisation'],
    ]);
  });

  it('goes on on the next line, without a break, when it ends at a comma and the line goes on in lower case to a question mark', () => {
    const { questions } = readNote('## Q1. What does the p-value tell you,\nand what does it NOT tell you?\n\nThe probability of data this extreme under the null.\n\n## Q2. Why use cross-validation,\nIt reuses the data.\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['What does the p-value tell you, and what does it NOT tell you?', null, 'The probability of data this extreme under the null.'],
      // A line that opens a sentence of its own is the answer.
      ['Why use cross-validation,', null, 'It reuses the data.'],
    ]);
  });

  it("stays one line when the line under its comma opens a question of its own, in upper case: the heading names that question's section", () => {
    const { questions } = readNote('## 3. Precision and recall,\nWhich matters more for fraud detection?\n\nRecall: a missed fraud costs more than a false alarm.\n\n## 4. What is a p-value?\n\nA probability.\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      // Not `Precision and recall, Which matters more …?`: a capital opens a sentence, it does not go on with one.
      ['Which matters more for fraud detection?', 'Precision and recall', 'Recall: a missed fraud costs more than a false alarm.'],
      ['What is a p-value?', null, 'A probability.'],
    ]);
  });

  it('names the section of the question under its comma when it is not numbered too', () => {
    const { questions, vfile } = readNote('## Precision and recall,\nWhich matters more for fraud detection?\n\nRecall: a missed fraud costs more than a false alarm.\n\n## What is a p-value?\n\nA probability.\n');
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['Which matters more for fraud detection?', 'Precision and recall', 'Recall: a missed fraud costs more than a false alarm.'],
      ['What is a p-value?', null, 'A probability.'],
    ]);
    expect(vfile.messages).toEqual([]);
  });

  it('ends at its line otherwise: without the break, or when the next line does not ask', () => {
    for (const [end, next] of [['', second], ['  ', 'It depends on the cost of communication.']] as const) {
      const [question] = readNote(note(end, next)).questions;
      expect(question!.question).toBe('When can parallelism make your algorithms run faster?');
      expect(question!.answer!.markdown).toMatch(new RegExp(`^${next.replace(/[?.]/g, '\\$&')}\\n\\n- compute`));
    }
  });
});

describe('outlines under a question', () => {
  it('keep their bullets as the points of its answer, no topics', () => {
    const note = '- What is regularization?\n  - Penalising model complexity.\n  - L1\n    - Why does L1 give sparse weights?\n  - L2\n    - Why is L2 called weight decay?\n- Computer vision\n  - What is a convolution?\n    - A sliding dot product.\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is regularization?', null],
      ['What is a convolution?', 'Computer vision'],
    ]);
    expect(questions[0]!.answer!.markdown).toContain('Why does L1 give sparse weights?');
  });
});

describe('notes that label the question and its answer with headings', () => {
  it('read `Answer` on a line of its own, over a list or a numbered list, as the label of the answer under the question above, not as a question', () => {
    const note = 'Why is the sunset red?\n\nAnswer\n\n1. Light crosses more air.\n2. Blue scatters away.\n\nWhat is dropout?\n\nAnswer\n\n- Drops units.\n- Averages thinned nets.\n';
    expect(answerTextsOf(note, 'notes.txt')).toEqual([
      ['Why is the sunset red?', '1. Light crosses more air.\n2. Blue scatters away.'],
      ['What is dropout?', '• Drops units.\n• Averages thinned nets.'],
    ]);
  });

  it('take the text under `## Question` for the question and all of `## Answer` for its answer, its sub-headings too', () => {
    const note = [
      '---',
      'title: L1 vs L2',
      '---',
      '',
      '## Question',
      'Explain the difference between L1 and L2 regularization, and when to pick each.',
      '',
      '## Answer',
      '',
      '### Math',
      '',
      'L1 adds the sum of absolute weights.',
      '',
      '### Geometry',
      '',
      'A diamond against a circle.',
      '',
      '### Code',
      '',
      'Use `Lasso` or `Ridge`.',
      '',
      '### When to use?',
      '',
      '- L1 for sparse features.',
      '',
      '## Follow-ups',
      '',
      '### Why is L1 sparse?',
      '',
      'The diamond has corners on the axes.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'l1-l2.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      // Worded as a task with no question mark, it is the author's question all the same.
      // A sub-heading of the answer that asks is part of it.
      ['Explain the difference between L1 and L2 regularization, and when to pick each.', '### Math\n\nL1 adds the sum of absolute weights.\n\n### Geometry\n\nA diamond against a circle.\n\n### Code\n\nUse `Lasso` or `Ridge`.\n\n### When to use?\n\n- L1 for sparse features.', 6],
      // The label's depth says nothing of the other headings': a question after the answer is asked as anywhere.
      ['Why is L1 sparse?', 'The diamond has corners on the axes.', 28],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('read Korean labels, and numbered pairs in one note', () => {
    const note = '## 질문 1\n드롭아웃은 무엇인가요?\n\n## 답변 1\n\n### 정의\n\n학습 중 뉴런을 무작위로 끈다.\n\n## 질문 2\n배치 정규화를 설명해주세요.\n\n## 답변 2\n\n배치마다 평균과 분산으로 정규화한다.\n';
    const { questions } = readNote(note, 'dl.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['드롭아웃은 무엇인가요?', '### 정의\n\n학습 중 뉴런을 무작위로 끈다.'],
      ['배치 정규화를 설명해주세요.', '배치마다 평균과 분산으로 정규화한다.'],
    ]);
  });

  it('read a Chinese interview card: 题目 over the question, its one-line and full answers, 必答点 the points it must make, 追问 the follow-ups', () => {
    const note =
      '# 题目\n\n为什么不能把 LLM 讲成一个文本补全接口？\n\n# 一句话结论\n\n它有多个环节。\n\n# 标准答案\n\n因为 LLM 背后包含多个环节。\n\n# 必答点\n\n1. 说明 Tokenizer 和 token budget\n2. 说明后训练和指令遵循\n\n# 追问\n\n1. 如果 Prompt 改了，你如何判断效果真的变好？\n';
    const { questions } = readNote(note, 'card.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      // The checklist is the answer's, not tasks of their own.
      ['为什么不能把 LLM 讲成一个文本补全接口？', '它有多个环节。\n\n## 标准答案\n\n因为 LLM 背后包含多个环节。\n\n## 必答点\n\n1. 说明 Tokenizer 和 token budget\n2. 说明后训练和指令遵循'],
      ['如果 Prompt 改了，你如何判断效果真的变好？', null],
    ]);
  });

  it('read a question named in the front matter the same way: the body answers it, up to a section of questions of their own', () => {
    // wonschangge's template: one question to a note, named in its front matter, follow-ups listed at the end.
    const note = [
      '---',
      'type: question',
      'id: llm-internals-01',
      'question: Explain scaled dot-product attention and why the 1/sqrt(d_k) factor matters.',
      'tags: [attention, softmax]',
      '---',
      '',
      '## One-line answer',
      '',
      'Dividing by $\\sqrt{d_k}$ keeps the variance of the scores at 1.',
      '',
      '## Derivation',
      '',
      '### 1. Shapes',
      '',
      'Q is n by d_k.',
      '',
      '## Follow-ups',
      '',
      '- **Follow-up**: Is scaling needed when d_k is small?',
      '  - Barely: the scores stay far from saturation.',
      '- **Follow-up**: Does FlashAttention change the factor?',
      '  - No: it only reorders the computation.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'attention.md');
    expect(questions.map((question) => [question.question, question.topic, question.occurrences[0]!.line])).toEqual([
      ['Explain scaled dot-product attention and why the 1/sqrt(d_k) factor matters.', null, 4],
      ['Is scaling needed when d_k is small?', 'Follow-ups', 20],
      ['Does FlashAttention change the factor?', 'Follow-ups', 22],
    ]);
    // Numbered sub-headings are sections of the answer, not questions; written as in the front matter.
    expect(questions[0]!.answer!.markdown).toBe('## One-line answer\n\nDividing by $\\sqrt{d_k}$ keeps the variance of the scores at 1.\n\n## Derivation\n\n### 1. Shapes\n\nQ is n by d_k.');
    expect(questions[0]!.occurrences[0]!.question).toBe('question: Explain scaled dot-product attention and why the 1/sqrt(d_k) factor matters.');
    expect(questions[0]!.tags).toEqual(['attention', 'softmax']);
    expect(messagesOf(vfile)).toEqual([]);
  });
});

describe('coding-problem notes', () => {
  it('take a heading over Problem / Solution / Complexity sections as a coding question, its sections as the answer', () => {
    const note = '# LeetCode 1. Two Sum\n\n## Problem\n\nReturn the indices of the two numbers that add up to `target`.\n\n## Solution\n\nA hash map from value to index.\n\n## Complexity\n\nO(n)\n\n# LeetCode 206. Reverse Linked List\n\n## Problem\n\nReverse a singly linked list.\n\n## Solution\n\nWalk it once, turning each link.\n';
    const { questions, vfile } = readNote(note, 'leetcode.md');
    expect(questions.map((question) => [question.question, question.kind, question.occurrences[0]!.line])).toEqual([
      ['LeetCode 1. Two Sum', 'coding', 1],
      ['LeetCode 206. Reverse Linked List', 'coding', 15],
    ]);
    expect(questions[0]!.answer!.markdown).toBe('## Problem\n\nReturn the indices of the two numbers that add up to `target`.\n\n## Solution\n\nA hash map from value to index.\n\n## Complexity\n\nO(n)');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('do not take a topic heading for a problem when questions stand among its sections', () => {
    const note = '# Sorting algorithms\n\n## What is quicksort?\n\nPartition around a pivot.\n\n## What is merge sort?\n\nSplit, sort, merge.\n\n## Complexity\n\nO(n log n) on average.\n\n## Code\n\n```python\ndef quicksort(xs): ...\n```\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual(['What is quicksort?', 'What is merge sort?']);
  });

  it('do not take a topic heading for a problem when its sections hold questions', () => {
    // `## 解法` and `## 复杂度` over question headings group the questions: the title was taken as a question answered by `## 解法` alone.
    const chinese = readNote('# 算法笔记\n\n## 解法\n\n### 什么是动态规划？\n\n把问题分解成重叠的子问题。\n\n### 什么是贪心算法？\n\n每一步都做局部最优的选择。\n\n## 复杂度\n\n### 什么是时间复杂度？\n\n运行时间随输入规模增长的量级。\n');
    expect(chinese.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['什么是动态规划？', '把问题分解成重叠的子问题。'],
      ['什么是贪心算法？', '每一步都做局部最优的选择。'],
      ['什么是时间复杂度？', '运行时间随输入规模增长的量级。'],
    ]);
    // The English note was taken so too, its title a question with no answer.
    const english = readNote('# Algorithm notes\n\n## Solution\n\n### What is dynamic programming?\n\nOverlapping subproblems.\n\n## Complexity\n\n### What is time complexity?\n\nGrowth of running time.\n');
    expect(english.questions.map((question) => question.question)).toEqual(['What is dynamic programming?', 'What is time complexity?']);
  });

  it('take one problem per note, with Korean sections, and not the title of a page of problems', () => {
    const single = readNote('# [프로그래머스] 타겟 넘버\n\n## 문제 설명\n\n더하거나 빼서 타겟 넘버를 만드는 방법의 수.\n\n## 풀이\n\nDFS.\n', 'target.md');
    expect(single.questions.map((question) => [question.question, question.answer?.text])).toEqual([['[프로그래머스] 타겟 넘버', '문제 설명\n더하거나 빼서 타겟 넘버를 만드는 방법의 수.\n풀이\nDFS.']]);
    const page = readNote('# 코딩테스트 정리\n\n## 두 수의 합\n\n### 문제\n\n두 수를 찾는다.\n\n### 풀이\n\n해시맵.\n\n## 괄호 검사\n\n### 문제\n\n괄호를 검사한다.\n\n### 풀이\n\n스택.\n', 'page.md');
    expect(page.questions.map((question) => question.question)).toEqual(['두 수의 합', '괄호 검사']);
  });

  it('take a problem with Chinese or Japanese sections as a coding question, its sections as the answer', () => {
    // Before, `题目描述` / `解法` / `复杂度分析` were no problem's sections: the statement, the code and the complexity were left out as preamble.
    const chinese = readNote('# 力扣 1. 两数之和\n\n## 题目描述\n\n给定一个整数数组 `nums` 和一个目标值 `target`，找出和为目标值的两个整数的下标。\n\n## 解法\n\n```python\ndef two_sum(nums, target): ...\n```\n\n## 复杂度分析\n\n时间复杂度 O(n)。\n', 'two-sum.md');
    expect(chinese.questions.map((question) => [question.question, question.kind, question.answer?.markdown])).toEqual([
      ['力扣 1. 两数之和', 'coding', '## 题目描述\n\n给定一个整数数组 `nums` 和一个目标值 `target`，找出和为目标值的两个整数的下标。\n\n## 解法\n\n```python\ndef two_sum(nums, target): ...\n```\n\n## 复杂度分析\n\n时间复杂度 O(n)。'],
    ]);
    expect(messagesOf(chinese.vfile)).toEqual([]);
    // `解题思路` and `参考代码` solve it too, `时间复杂度` measures it.
    const steps = readNote('# 力扣 206. 反转链表\n\n## 解题思路\n\n迭代，逐个反转指针。\n\n## 参考代码\n\n```python\ndef reverse(head): ...\n```\n\n## 时间复杂度\n\nO(n)\n', 'reverse.md');
    expect(steps.questions.map((question) => [question.question, question.kind])).toEqual([['力扣 206. 反转链表', 'coding']]);
    // Before, the Japanese statement was read as a task with no answer, its code and 計算量 left out.
    const japanese = readNote('# ABC086 A - Product\n\n## 問題文\n\n二つの正整数 a, b の積が偶数か奇数か判定してください。\n\n## 解法\n\n```python\nprint("Even" if a * b % 2 == 0 else "Odd")\n```\n\n## 計算量\n\nO(1)\n', 'abc086a.md');
    expect(japanese.questions.map((question) => [question.question, question.kind, question.answer?.text])).toEqual([
      ['ABC086 A - Product', 'coding', '問題文\n二つの正整数 a, b の積が偶数か奇数か判定してください。\n解法\nprint("Even" if a * b % 2 == 0 else "Odd")\n計算量\nO(1)'],
    ]);
    expect(messagesOf(japanese.vfile)).toEqual([]);
    // `方法一` solves a problem, a bare `方法` (a paper's method) does not.
    expect(readNote('# 力扣 1. 两数之和\n\n## 题目描述\n\n找两个数。\n\n## 方法一\n\n哈希表。\n\n## 复杂度分析\n\nO(n)\n').questions.map((question) => question.kind)).toEqual(['coding']);
    expect(readNote('# ResNet 论文笔记\n\n## 问题描述\n\n深层网络难以训练。\n\n## 方法\n\n残差连接。\n\n## 复杂度\n\n与普通网络相同。\n').questions).toEqual([]);
  });

  it('take a heading numbered as a problem is, over its statement and its code, as a coding question that keeps its number', () => {
    // `206.` was left out as a section's number: the problem's name was lost, and its kind was concept.
    const note =
      '# Algorithms\n\n## 206. Reverse Linked List\n\nGiven the head of a singly linked list, reverse the list.\n\n```python\ndef reverse(head): ...\n```\n\n## 1. What is overfitting?\n\nFitting noise.\n\n## 2. Gradient descent\n\nGradient descent steps against the gradient.\n\n```python\nw -= lr * g\n```\n\n## 3. Sorting\n\nGiven an array of integers, sort it in place.\n\n## 7. Two Sum\n\n### Problem\n\nReturn the indices of two numbers adding to the target.\n\n### Solution\n\n```python\nseen = {}\n```\n\n## 8. Searching\n\nGiven a sorted array, find the target.\n';
    const { questions, vfile } = readNote(note);
    // A numbered heading that asks, names a concept over its explanation, or sets a task with no code keeps no number;
    // one over a problem's sections names a problem as one over its statement and code does.
    expect(questions.map((question) => [question.question, question.kind])).toEqual([
      ['206. Reverse Linked List', 'coding'],
      ['What is overfitting?', 'concept'],
      ['Gradient descent', 'concept'],
      ['Sorting', 'concept'],
      ['7. Two Sum', 'coding'],
      ['Searching', 'concept'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // A walkthrough's numbered step over what to do and its code states no problem (it sets no scene), nor does a scene
    // that sets no task; code to write does, with no scene.
    const steps = readNote(
      '# Notes\n\n## 1. Setup\n\nInstall the package with pip.\n\n```bash\npip install torch\n```\n\n## 2. A/B testing\n\nConsider an A/B test of two buttons.\n\n```python\nsimulate(n=1000)\n```\n\n## 146. LRU Cache\n\nImplement a cache that evicts the least recently used key.\n\n```python\nclass LRUCache: ...\n```\n',
    );
    expect(steps.questions.map((question) => [question.question, question.kind])).toEqual([
      ['Setup', 'concept'],
      ['A/B testing', 'concept'],
      ['146. LRU Cache', 'coding'],
    ]);
  });

  it('take a numbered heading over text of its own as a coding problem in a note whose title names a judge, and leave out a title right over problems at its level', () => {
    const korean = readNote('# LeetCode 풀이\n\n## 206. Reverse Linked List\n\nGiven the head of a singly linked list, reverse the list.\n\n```python\nreturn prev\n```\n\n## 1. Two Sum\n\nFind two numbers adding to target.\n');
    expect(korean.questions.map((question) => [question.question, question.kind, question.answer?.text])).toEqual([
      ['206. Reverse Linked List', 'coding', 'Given the head of a singly linked list, reverse the list.\nreturn prev'],
      ['1. Two Sum', 'coding', 'Find two numbers adding to target.'],
    ]);
    // A heading right over problems' headings deeper than it groups them: their topic, no question with no answer.
    const grouped = readNote('# LeetCode 풀이\n\n## 1. 배열\n\n### 1. Two Sum\n\nFind two numbers adding to target.\n\n### 217. Contains Duplicate\n\n```python\nreturn len(set(a)) < len(a)\n```\n\n## 2. 연결 리스트\n\n### 206. Reverse Linked List\n\nReverse it.\n');
    expect(grouped.questions.map((question) => [question.question, question.kind, question.topic])).toEqual([
      ['1. Two Sum', 'coding', '배열'],
      ['217. Contains Duplicate', 'coding', '배열'],
      ['206. Reverse Linked List', 'coding', '연결 리스트'],
    ]);
    // `# LeetCode` was a question with no answer: a name with nothing under it, at a level of concepts.
    // Only the note's title goes: `# Arrays` further down, with nothing under it, is a name among them, not answered yet;
    // and in a judge's note, a numbered heading that asks is a question as anywhere, its number no name.
    const titled = readNote(
      '# LeetCode\n\n# 206. Reverse Linked List\n\nGiven the head of a singly linked list, reverse the list.\n\n```python\ndef reverse(head): ...\n```\n\n# Arrays\n\n# 1. Two Sum\n\nFind two numbers adding to target.\n\n# 3. What is a hash map?\n\nA table of keys.\n\n# 4. Explain hashing\n\nMapping keys to buckets.\n',
    );
    expect(titled.questions.map((question) => [question.question, question.kind, question.answer?.text ?? null])).toEqual([
      ['206. Reverse Linked List', 'coding', 'Given the head of a singly linked list, reverse the list.\ndef reverse(head): ...'],
      ['Arrays', 'concept', null],
      ['1. Two Sum', 'coding', 'Find two numbers adding to target.'],
      ['What is a hash map?', 'concept', 'A table of keys.'],
      ['Explain hashing', 'concept', 'Mapping keys to buckets.'],
    ]);
    expect(messagesOf(titled.vfile)).toEqual(['1:empty-section']);
    // The first heading with nothing under it, over concepts' names over their explanations, is still one of them, not yet answered.
    const concepts = readNote('## Bias-variance tradeoff\n\n## What is dropout?\n\nRandomly zeroing units.\n\n## Batch norm\n\nNormalising activations.\n\n## Embedding\n\nA dense vector.\n');
    expect(concepts.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Bias-variance tradeoff', null],
      ['What is dropout?', 'Randomly zeroing units.'],
      ['Batch norm', 'Normalising activations.'],
      ['Embedding', 'A dense vector.'],
    ]);
  });

  it('take a task stated on a line, its input, output and example shown with it, and its `### Solution` section as the answer', () => {
    // After the lines that state the task, `### Solution` ended its answer: the example was the answer, the code left out.
    const note = '## Problem 1: K-Means\n\nImplement k-means clustering with NumPy only.\n\n**Input:** `X` of shape `(n, d)`, integer `k`.\n\nExample:\n\n```\nInput: X = [[0,0],[10,10]], k = 2\nOutput: labels = [0,1]\n```\n\n### Solution\n\n```python\ndef kmeans(X, k): ...\n```\n\nTime: O(n·k·d) per iteration.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      ['Implement k-means clustering with NumPy only.', 'Input: X of shape (n, d), integer k.\nExample:\nInput: X = [[0,0],[10,10]], k = 2\nOutput: labels = [0,1]', 'def kmeans(X, k): ...\nTime: O(n·k·d) per iteration.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // The first such section opens the answer: `### Code` after `### Approach` goes on with it.
    const steps = readNote('## Two Sum\n\nGiven an array and a target, return the indices of the two numbers that add up to it.\n\nExample: `[2,7], 9` gives `[0,1]`.\n\n### Approach\n\nA hash map from value to index.\n\n### Code\n\n```python\ndef two_sum(a, t): ...\n```\n');
    expect(steps.questions.map((question) => [question.context?.text ?? null, question.answer?.text ?? null])).toEqual([
      ['Example: [2,7], 9 gives [0,1].', 'Approach\nA hash map from value to index.\nCode\ndef two_sum(a, t): ...'],
    ]);
    // A task's `### Code` after the text that answers it is no solution to a statement: the text stays its answer.
    const explained = readNote('## Bias and variance\n\nExplain the bias-variance tradeoff.\n\nHigh bias underfits; high variance overfits.\n\n### Code\n\n```python\nplot_learning_curve()\n```\n');
    expect(explained.questions.map((question) => [question.question, question.context ?? null, question.answer?.text ?? null])).toEqual([['Explain the bias-variance tradeoff.', null, 'High bias underfits; high variance overfits.']]);
  });

  it('take a heading that sets a coding task and then a constraint (`Implement softmax in numpy. Make it numerically stable.`) over its code as a question', () => {
    const note = '# Coding questions\n\n### Reverse a linked list\n\n```python\ndef reverse(head): ...\n```\n\n### Implement softmax in numpy. Make it numerically stable.\n\n```python\ndef softmax(x): ...\n```\n';
    expect(readNote(note).questions.map((question) => question.question)).toEqual(['Reverse a linked list', 'Implement softmax in numpy. Make it numerically stable.']);
  });

  it("end a labelled question's answer at a heading of its level that asks or sets a task with nothing under it: a question not answered yet", () => {
    const note = '# Coding\n\n### Q: What does this print?\n\n```python\nprint([1] * 2)\n```\n\nA: `[1, 1]`.\n\n### Write IoU for two boxes\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What does this print?', '[1, 1].'],
      ['Write IoU for two boxes', null],
    ]);
  });
});

describe('bold paragraph recogniser', () => {
  it('leaves a word of emphasis with a question mark after it, and a bold comparison, in the answer they stand in; a note of such lines asks with each', () => {
    const note = '**What is dropout?**\nRandomly zeroing activations.\n\n**Important**?\nYes, it reduces overfitting.\n\n**Pros vs cons**\n- pro: regularises\n- con: slower convergence\n\n**What is batch norm?**\nNormalising activations.\n';
    expect(readNote(note, 'bold.md').questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.\n\n**Important**?\nYes, it reduces overfitting.\n\n**Pros vs cons**\n\n- pro: regularises\n- con: slower convergence'],
      ['What is batch norm?', 'Normalising activations.'],
    ]);
    // With its question mark outside the bold, each line of such a note asks, as a line does.
    const marked = readNote('**What is overfitting**?\n\nThe model memorises noise.\n\n**Dropout**?\n\nRandomly zeroing activations.\n', 'marks.md');
    expect(marked.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is overfitting?', 'The model memorises noise.'],
      ['Dropout?', 'Randomly zeroing activations.'],
    ]);
  });

  it('reads a bold question whose author left a colon outside the bold, or inside it', () => {
    for (const line of ['**What is data leakage?**:', '**What is data leakage?:**', '**Q. What is data leakage?**:']) {
      const note = `**What is early stopping?**\nStop training early.\n\n${line}\nTest data leaks into training.\n\n**What is overfitting?**\nThe model memorises noise.\n`;
      const { questions } = readNote(note, 'bold.md');
      expect(questions.map((question) => [question.question, question.answer?.text]), line).toEqual([
        ['What is early stopping?', 'Stop training early.'],
        ['What is data leakage?', 'Test data leaks into training.'],
        ['What is overfitting?', 'The model memorises noise.'],
      ]);
    }
  });

  it('reads a bold question whose author left its question mark outside the bold among bold questions, the mark its own', () => {
    const note = '**What is early stopping?**\nStop training early.\n\n**What is data leakage**?\nTest data leaks into training.\n\n**Is it used at test time**?\n\nNo, only in training.\n';
    expect(readNote(note, 'bold.md').questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is early stopping?', 'Stop training early.'],
      ['What is data leakage?', 'Test data leaks into training.'],
      ['Is it used at test time?', 'No, only in training.'],
    ]);
    // Such a line asks as its line does: it makes no note of lines (`**Dropout**?`, plain questions) one of bold questions.
    const lines = readNote('**What is overfitting**?\n\nThe model memorises noise.\n\n**Dropout**?\n\nRandomly zeroing activations.\n\nWhat is batch norm?\n\nNormalising activations.\n', 'lines.md');
    expect(lines.questions.map((question) => question.question)).toEqual(['What is overfitting?', 'Dropout?', 'What is batch norm?']);
  });

  it('leaves out the dash or colon that sets an answer off a bold question on its line', () => {
    const { questions } = readNote('**What is underfitting?** - The model is too simple.\n\n**What is overfitting?** : It fits noise.\n', 'bold.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is underfitting?', 'The model is too simple.'],
      ['What is overfitting?', 'It fits noise.'],
    ]);
  });

  it('takes a line meant bold though a space before its closing `**` keeps Markdown from reading it so', () => {
    const note = '**Which metrics do you know?**\n\n1. MSE\n2. MAE\n\n<br/>\n\n**What are MSE and RMSE? **\n\nMean squared error and its root.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Which metrics do you know?', '1. MSE\n2. MAE'],
      ['What are MSE and RMSE?', 'Mean squared error and its root.'],
    ]);
  });

  it('takes a labelled bold question that ends in a full stop, its answer on the next line', () => {
    const { questions } = readNote('**Q18- What do you know of SVM?**\nA maximum-margin classifier.\n\n**Q19- What is a Regression Algorithm.**\nRegression models the relationship between variables.\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What do you know of SVM?', 'A maximum-margin classifier.'],
      ['What is a Regression Algorithm.', 'Regression models the relationship between variables.'],
    ]);
  });

  it('takes bold questions ending in difficulty emoji, and ends each answer at the next <br/>', () => {
    const { questions } = readFixture('bold-emoji-br.md');
    expect(questions.map((question) => question.question)).toEqual([
      'What is supervised machine learning?',
      'What is regression? Which models can you use to solve a regression problem?',
      'What are the main assumptions of linear regression?',
      'What’s the normal distribution? Why do we care about it?',
      'How do we check if a variable follows the normal distribution?',
    ]);
    expect(questions.map((question) => question.topic)).toEqual([
      'Supervised machine learning',
      'Linear regression',
      'Linear regression',
      'Linear regression',
      'Linear regression',
    ]);
    const regression = questions[1]!.answer!;
    expect(regression.markdown).toContain('- *Linear Regression* establishes');
    expect(regression.html).not.toContain('<br');
    expect(questions[3]!.answer!.markdown).toContain('$f(x) = \\frac{1}{\\sigma\\sqrt{2\\pi}}');
  });

  it('goes on with an answer past a <br/> inside it, up to the <br/> that ends it', () => {
    const note = readNote(
      '**What are word embeddings? Do you know Word2Vec? ⭐️**\n\nVectors for words.\n\n<br/>\n\nWord2Vec is a method to construct such an embedding.\n\n- CBOW\n- Skip-Gram\n\n<br/>\n\n**What is TF-IDF? 👶**\n\nA weighting of words.\n\n<br/>\n',
      'theory.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What are word embeddings? Do you know Word2Vec?', 'Vectors for words.\n\nWord2Vec is a method to construct such an embedding.\n\n- CBOW\n- Skip-Gram'],
      ['What is TF-IDF?', 'A weighting of words.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('does not go on past a <br/> into text that runs to the next question or the end, or that a bold line titles', () => {
    const untitled = readNote('**What is TF-IDF? 👶**\n\nA weighting of words.\n\n<br/>\n\nThanks for reading!\n', 'theory.md');
    expect(untitled.questions.map((question) => question.answer?.markdown)).toEqual(['A weighting of words.']);
    // The text after it closes the note: a sign-off, left out with a note (parse/page-footer.ts).
    expect(messagesOf(untitled.vfile)).toEqual(['7:sign-off']);
    const titled = readNote('**What is F1? 👶**\n\nA harmonic mean.\n\n<br/>\n\n**A note on trade-offs**\n\nRaising one lowers the other.\n\n<br/>\n\n**What is ROC? 👶**\n\nA curve.\n', 'theory.md');
    expect(titled.questions.map((question) => question.answer?.markdown)).toEqual(['A harmonic mean.', 'A curve.']);
    expect(messagesOf(titled.vfile)).toEqual(['7:orphan-text']);
  });

  it('takes a bold title rated as the questions around it are (⭐️) for a title-like question with its answer', () => {
    const note = readNote('**What is F1? 👶**\n\nA harmonic mean.\n\n<br/>\n\n**Precision-recall trade-off \u200d⭐️**\n\nRaising one lowers the other.\n\n<br/>\n\n**What is ROC? 🚀**\n\nA curve.\n', 'theory.md');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is F1?', 'A harmonic mean.'],
      ['Precision-recall trade-off', 'Raising one lowers the other.'],
      ['What is ROC?', 'A curve.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('goes on with an answer past a <br/> into a point led by a bold question, answered on its line, when the note asks another way', () => {
    const note = readNote(
      '**What is dropout?**\n\nIt zeroes activations at random.\n\n<br/>\n\n**Why does it work?** It averages many thinned networks.\n\n<br/>\n\n**What is weight decay?**\n\nAn L2 penalty on the weights.\n\n<br/>\n',
      'theory.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'It zeroes activations at random.\n\n**Why does it work?** It averages many thinned networks.'],
      ['What is weight decay?', 'An L2 penalty on the weights.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('keeps a bold question answered on its line in the answer above when the note asks another way', () => {
    for (const note of [
      'Q: What is dropout?\nA: Dropout zeroes units at random.\n\n**Why does it work?** It averages many thinned networks.\n\nQ: What is batch normalization?\nA: It normalises activations.\n',
      '**What is dropout?**\n\nDropout zeroes units at random.\n\n**Why does it work?** It averages many thinned networks.\n\n**What is batch normalization?**\n\nIt normalises activations.\n',
      '## What is dropout?\n\nDropout zeroes units at random.\n\n**Why does it work?** It averages many thinned networks.\n\n## What is batch normalization?\n\nIt normalises activations.\n',
    ]) {
      const { questions } = readNote(note);
      expect(questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is batch normalization?']);
      expect(questions[0]!.answer!.markdown).toContain('**Why does it work?** It averages many thinned networks.');
    }
  });

  it("keeps an answer's bold asides after such a question in its answer: a label over a question, a rhetorical one, one leaning on it (review s67c)", () => {
    const first = '## Self-attention\n\n**Why divide by $\\sqrt{d_k}$?** Dot products of random vectors have variance $d_k$.\n\n';
    const later = '\n\n## Positional information\n\n**Q: Why does RoPE extrapolate badly?**\nLow-frequency dims see unseen angles.\n';
    for (const aside of ['**Note:** why not learn the scale? It would drift.', '**Why?** Saturated softmax has tiny gradients.', '**Why does this matter?** Training stalls otherwise.', '**But why not divide by $d_k$?** That over-shrinks.', '**Quick check: what is $d_k$ in BERT-base?** 64.']) {
      const { questions } = readNote(first + aside + later, 'transformers.md');
      expect(questions.map((question) => question.question), aside).toEqual(['Why divide by \\(\\sqrt{d_k}\\)?', 'Why does RoPE extrapolate badly?']);
      expect(questions[0]!.answer?.markdown, aside).toContain(aside);
    }
  });

  it("takes each of several bold questions answered on their lines in a section's text as its own question, where `**Q: …**` lines ask elsewhere", () => {
    const note = readNote(
      '## Self-attention\n\n' +
        '**Why divide by $\\sqrt{d_k}$?** Dot products of random vectors have variance $d_k$.\n\n' +
        '**Note:** the scale is fixed, not learned.\n\n' +
        '**Why softmax over keys, not queries?** Each query needs a distribution over the tokens.\n\n' +
        '**Keys** are what each token offers to be matched on.\n\n' +
        '## Positional information\n\n**Q: Why does RoPE extrapolate badly?**\nLow-frequency dims see angles never seen in training.\n\n' +
        '**Why does NTK scaling help?** It stretches only the low frequencies.\n',
      'transformers.md',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Why divide by \\(\\sqrt{d_k}\\)?', 'Dot products of random vectors have variance $d_k$.\n\n**Note:** the scale is fixed, not learned.'],
      ['Why softmax over keys, not queries?', 'Each query needs a distribution over the tokens.\n\n**Keys** are what each token offers to be matched on.'],
      // Under a question of the note's own construct, such a paragraph is still a point of its answer.
      ['Why does RoPE extrapolate badly?', 'Low-frequency dims see angles never seen in training.\n\n**Why does NTK scaling help?** It stretches only the low frequencies.'],
    ]);
  });

  it('takes a bold question with its answer after it on the same line, one paragraph each, as Q&A posts write them', () => {
    // From a Korean interview post (Jekyll, minseopjung), under a numbered top heading that only names its part.
    const note = readNote(
      '# 2. Artificial Intelligence\n\n## Deep Learning\n\n' +
        '**Convolution 연산의 출력 차원은 어떻게 계산되는가?** $\\frac{W - k + 2*P}{S} + 1$ 이 때, W는 데이터의 width, k는 kernel size이다.\n\n' +
        '**왜 CNN은 이미지 데이터에 효과적인가?** 이미지 데이터는 지역적 정보가 중요한 데이터이다.\n\n' +
        '## Machine Learning\n\n**What is overfitting?** When the model fits noise in the training data.\n',
      'knowledge-bank.md',
    );
    expect(note.questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['Convolution 연산의 출력 차원은 어떻게 계산되는가?', 'Deep Learning', '$\\frac{W - k + 2*P}{S} + 1$ 이 때, W는 데이터의 width, k는 kernel size이다.'],
      ['왜 CNN은 이미지 데이터에 효과적인가?', 'Deep Learning', '이미지 데이터는 지역적 정보가 중요한 데이터이다.'],
      ['What is overfitting?', 'Machine Learning', 'When the model fits noise in the training data.'],
    ]);
  });

  it('takes a paragraph that opens with a bold term and asks in its first sentence as that question, the rest its answer', () => {
    // The shape of Korean Jekyll posts: the term in bold, the question in plain text after it.
    const note = readNote(
      '# CNN 정리\n\n' +
        '**Deconvolution** 연산은 무엇인가? 업샘플링을 위해 입력 사이에 0을 채우고 합성곱을 하는 연산이다.\n\n' +
        '**Pooling** 은 왜 쓰는가? 위치 변화에 덜 민감한 특징을 얻고 계산량을 줄이기 위해서다.\n\n' +
        '**Dropout**: why does it work? Because it averages many thinned networks.\n',
      'cnn.md',
    );
    expect(note.questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown])).toEqual([
      ['Deconvolution 연산은 무엇인가?', 3, '업샘플링을 위해 입력 사이에 0을 채우고 합성곱을 하는 연산이다.'],
      ['Pooling 은 왜 쓰는가?', 5, '위치 변화에 덜 민감한 특징을 얻고 계산량을 줄이기 위해서다.'],
      ['Dropout: why does it work?', 7, 'Because it averages many thinned networks.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('does not take a bold term for a question when its first sentence does not ask, or when the note asks another way', () => {
    const statement = readNote('**Pooling** is a downsampling step. Why use it? It saves compute.\n\n**Stride** is the step of the kernel. Why? Speed.\n');
    expect(statement.questions).toEqual([]);
    const underHeadings = readNote('## What is a CNN?\n\nA network of convolutions.\n\n**Pooling** 은 왜 쓰는가? 계산량을 줄이기 위해서다.\n\n**Stride** 는 무엇인가? 커널이 움직이는 간격이다.\n');
    expect(underHeadings.questions.map((question) => question.question)).toEqual(['What is a CNN?']);
    expect(underHeadings.questions[0]!.answer!.markdown).toContain('**Pooling** 은 왜 쓰는가? 계산량을 줄이기 위해서다.');
    // A bold number is no term: a numbered task keeps the sentence after its question (`**1)** …`, numbered-bold).
    const numbered = readNote('# Quiz\n\n**1)** What is dropout? Explain it with code.\n\n```py\nx = 1\n```\n\n**2)** Why does batch norm help? Show a plot.\n');
    expect(numbered.questions.map((question) => question.question)).toEqual(['What is dropout? Explain it with code.', 'Why does batch norm help? Show a plot.']);
  });

  it('does not take a bold phrase inside prose for a question', () => {
    const { questions } = readNote('**What is X?**\n\nX is **not** a question, it is an answer.\n\n**Bold note**\n\nMore answer.\n');
    expect(questions.map((question) => question.question)).toEqual(['What is X?']);
    expect(questions[0]!.answer!.text).toContain('More answer.');
  });
});

describe('question list recogniser', () => {
  it('keeps an item that does not ask, among a question\'s follow-ups, in that question\'s answer with its points', () => {
    const { questions } = readNote(
      '- Local Minima 문제에도 불구하고 딥러닝이 잘 되는 이유는?\n  - [ref](https://example.com/optimization)\n  - 이유\n    - 고차원에서는 local minima가 드묾\n  - GD가 Local Minima 문제를 피하는 방법은?\n    - SGD, 학습률 조정\n  - 찾은 해가 Global Minimum인지 알 수 있는 방법은?\n    - 현실적으로 없음\n- Batch Normalization의 효과는?\n  - 학습이 안정되고 빨라짐\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Local Minima 문제에도 불구하고 딥러닝이 잘 되는 이유는?', '- [ref](https://example.com/optimization)\n- 이유\n  - 고차원에서는 local minima가 드묾'],
      ['GD가 Local Minima 문제를 피하는 방법은?', '- SGD, 학습률 조정'],
      ['찾은 해가 Global Minimum인지 알 수 있는 방법은?', '- 현실적으로 없음'],
      ['Batch Normalization의 효과는?', '- 학습이 안정되고 빨라짐'],
    ]);
  });

  it('takes an item whose question line ends in a hard break (two spaces, as notes for GitHub end every line) as question and answer', () => {
    const note = '## Deep Learning  \n* 딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?  \n머신러닝은 특징을 사람이 고르고, 딥러닝은 스스로 추출합니다.  \n\n* 하이퍼 파라미터는 무엇인가요?\\\n모델에 사용자가 설정하는 변수.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.question])).toEqual([
      ['딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?', '머신러닝은 특징을 사람이 고르고, 딥러닝은 스스로 추출합니다.', '딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?'],
      ['하이퍼 파라미터는 무엇인가요?', '모델에 사용자가 설정하는 변수.', '하이퍼 파라미터는 무엇인가요?'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('splits a cheat sheet line that asks, then answers after a dash', () => {
    const { questions, vfile } = readNote(
      '# Cheat sheet\n\n- What is overfitting? - When the model fits noise.\n- Why use batch norm? — It stabilises training.\n- What is ReLU? - `max(0, x)`, cheap and sparse.\n- What is dropout? - 드롭아웃이란 무엇인가?\n\nQ: What is an epoch? -> One pass over the training data.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is overfitting?', 'When the model fits noise.'],
      ['Why use batch norm?', 'It stabilises training.'],
      ['What is ReLU?', '`max(0, x)`, cheap and sparse.'],
      // A question after the dash is the same question in another language, not an answer.
      ['What is dropout?', null],
      ['What is an epoch?', 'One pass over the training data.'],
    ]);
    expect(questions[3]!.translations).toEqual({ ko: '드롭아웃이란 무엇인가?' });
    expect(questions[0]!.occurrences[0]!.line).toBe(3);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('splits a line that asks, then answers after an arrow (→, ⇒, 👉) as after ->: a copied question is not lost with its answer', () => {
    const read = (text: string) => answerTextsOf(text, 'post.txt');
    expect(read('1. What is overfitting?\n→ The model fits noise.\n\n2. What is dropout? → Zeroing units at random.\n\n3. What is L2? ⇒ A penalty on the weights.\n')).toEqual([
      ['What is overfitting?', 'The model fits noise.'],
      ['What is dropout?', 'Zeroing units at random.'],
      ['What is L2?', 'A penalty on the weights.'],
    ]);
    expect(read('1. What is dropout? 👉 Zeroing units at random.\n2. What is L2? → A penalty on the weights.\n')).toEqual([
      ['What is dropout?', 'Zeroing units at random.'],
      ['What is L2?', 'A penalty on the weights.'],
    ]);
  });

  it("splits at RemNote's separators after a question mark too, and a mark that ends the line leaves the answer to the item's children", () => {
    const { questions, vfile } = readNote(
      '- Deep learning\n    - What is dropout? >> Randomly zeroing units.\n    - What is overfitting? :: Fitting noise.\n    - What is batch norm? ;; Normalising per mini-batch.\n    - What does Adam combine? >>>\n        - Momentum\n        - RMSProp\n    - What is SGD? -\n        - Plain gradient steps\n    - What is **Adam**? -\n        - Adaptive moments\n    - Is `1 >> 2` a shift?\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', 'Randomly zeroing units.'],
      ['What is overfitting?', 'Fitting noise.'],
      ['What is batch norm?', 'Normalising per mini-batch.'],
      // The mark is neither the question's wording nor its answer.
      ['What does Adam combine?', '- Momentum\n- RMSProp'],
      ['What is SGD?', '- Plain gradient steps'],
      // So after markup in the question.
      ['What is Adam?', '- Adaptive moments'],
      // No mark after the question mark, and code holds its `>>` (in a deck, as RemNote reads it, an `>>` between
      // words makes a card: remnote-cards.ts).
      ['Is 1 >> 2 a shift?', null],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reads question and answer labels set in bold without their colon (**질문** … / **답변** …) as Q: and A:', () => {
    const { questions, vfile } = readNote(
      'Q. 배치 정규화란?\nA. 평균과 분산으로 정규화.\n\n**질문** 드롭아웃이란?\n**답변** 뉴런을 랜덤하게 끈다.\n**질문** 활성화 함수가 필요한 이유는?\n\n**답변** 비선형성이 없으면 선형 변환 하나와 같다.\n\n**A** matrix is a table of numbers.\n\n**Question** What is a tensor?\n**Model answer** An array of numbers with axes.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['배치 정규화란?', '평균과 분산으로 정규화.'],
      ['드롭아웃이란?', '뉴런을 랜덤하게 끈다.'],
      // A bold `A` opening a sentence is no label: only right under a labelled question is it one.
      ['활성화 함수가 필요한 이유는?', '비선형성이 없으면 선형 변환 하나와 같다.\n\n**A** matrix is a table of numbers.'],
      // Every word of an answer line's label (parse/answer-line.ts).
      ['What is a tensor?', 'An array of numbers with axes.'],
    ]);
    expect(questions[2]!.occurrences[0]!.line).toBe(6);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reads every question label the wording knows set in bold without its colon (**문** …, **问题** …, **Follow-up** …), as with its colon', () => {
    const { questions } = readNote(
      '**문** 다음 중 과적합을 줄이는 방법은?\n\n**답** 드롭아웃과 가중치 감쇠.\n\n**问题** 什么是梯度消失？\n\n**答案** 梯度在反向传播中逐层变小。\n\n**Follow-up** Why does ReLU help?\n\n**A** Its gradient is 1 for positive inputs.\n\n**Q** What is a logit?\n**a** raw score before the softmax is one.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['다음 중 과적합을 줄이는 방법은?', '드롭아웃과 가중치 감쇠.'],
      ['什么是梯度消失？', '梯度在反向传播中逐层变小。'],
      ['Why does ReLU help?', 'Its gradient is 1 for positive inputs.'],
      // A bold lower-case `a` opens a sentence: no label, so it stays in the answer.
      ['What is a logit?', '**a** raw score before the softmax is one.'],
    ]);
  });

  it('reads pairs whose labels are set in bold with their colon (**Q:** …, **Q**: …) written with no blank line between them, as Q: lines are', () => {
    const { questions } = readNote('**Q:** What is A?\n**A:** Alpha.\n**Q:** What is B?\n**A:** Beta.\n\n> **Q**: What is C?\n> **A**: Gamma.\n\n**Q: What is D?**\n\nDelta.\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is A?', 'Alpha.'],
      ['What is B?', 'Beta.'],
      ['What is C?', 'Gamma.'],
      ['What is D?', 'Delta.'],
    ]);
  });

  it('reads Q: and A: lines set in a quote as the same lines outside it', () => {
    const { questions, vfile } = readNote(
      '# RecSys study\n\n> Q: What is implicit feedback?\n> A: Preference inferred from clicks.\n> Q: Why is negative sampling needed?\n> A: Implicit data has no negatives.\n\nQ: What is a two-tower model?\n\n> A: Separate user and item encoders.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line])).toEqual([
      ['What is implicit feedback?', 'Preference inferred from clicks.', 3],
      ['Why is negative sampling needed?', 'Implicit data has no negatives.', 5],
      // A quote that only holds the answer is read as that answer (see above).
      ['What is a two-tower model?', 'Separate user and item encoders.', 8],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it("takes off an Obsidian Dataview field's doubled colon (Q:: / A::) and a definition list's colon (: answer under its term)", () => {
    const fields = readNote('# Batch norm\n\nQ:: What does batch norm normalise?\nA:: Each layer input, per mini-batch.\n');
    const definitions = readNote('# Layer norm\n\nWhat does layer norm normalise over?\n: The features of each example.\n');
    expect(fields.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What does batch norm normalise?', 'Each layer input, per mini-batch.']]);
    expect(definitions.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['What does layer norm normalise over?', 'The features of each example.']]);
  });

  it("reads Evernote's Q - / A - lines as Q: / A: lines, the answer's label set apart by a dash taken off as the question's is", () => {
    const pairs = 'Q - Why does ReLU help with vanishing gradients?\nA - Its derivative is 1 for positive inputs.\n\nQ - Explain gradient clipping.\nA - Rescale the gradient when its norm exceeds a threshold.\n';
    const expected = [
      ['Why does ReLU help with vanishing gradients?', 'Its derivative is 1 for positive inputs.'],
      ['Explain gradient clipping.', 'Rescale the gradient when its norm exceeds a threshold.'],
    ];
    // In copied text (a line a block) and in Markdown (a pair a paragraph) alike.
    expect(answersOf(`Deep learning interview - questions I got\n\n${pairs}`)).toEqual(expected);
    expect(answersOf(`# Deep learning interview\n\n${pairs}`)).toEqual(expected);
    // Options lettered with dashes keep their letters: `A - ` there letters the first, and labels no answer.
    const quiz = readNote('Q - Which reduces overfitting?\nA - More layers\nB - Dropout\n', 'quiz.txt');
    expect(quiz.questions[0]!.answer?.markdown).toBe('A - More layers\n\nB - Dropout');
    // An answer that opens with a formula of a matrix or a set called A keeps it: the dash is the formula's.
    const formulas = readNote('# Linear algebra\n\n## How are eigenvalues found?\n\nA - λI must be singular: solve det(A - λI) = 0.\n\n## What is a set difference?\n\nA - B holds the elements of A not in B.\n');
    expect(formulas.questions.map((question) => question.answer?.markdown)).toEqual(['A - λI must be singular: solve det(A - λI) = 0.', 'A - B holds the elements of A not in B.']);
  });

  it('reads 문)/답) labels and labels in square brackets ([Q] / [A]) as Q:/A: lines, in a text note and in Markdown', () => {
    const korean = readNote('머신러닝 스터디 3주차\n\n문) 지니 불순도란?\n답) 두 샘플의 클래스가 다를 확률.\n\n문) 엔트로피와 지니의 차이는?\n답) 지니가 계산이 빠르다.\n', 'study.txt');
    const bracketed = readNote('# 스터디\n\n[Q] 배깅이란?\n[A] 부트스트랩 표본의 평균.\n\n[Q2] What is boosting?\n\n[A2] Adding weak learners in sequence.\n');
    const read = ({ questions }: ReturnType<typeof readNote>) => questions.map((question) => [question.question, question.answer?.markdown ?? null]);
    expect(read(korean)).toEqual([
      ['지니 불순도란?', '두 샘플의 클래스가 다를 확률.'],
      ['엔트로피와 지니의 차이는?', '지니가 계산이 빠르다.'],
    ]);
    expect(read(bracketed)).toEqual([
      ['배깅이란?', '부트스트랩 표본의 평균.'],
      ['What is boosting?', 'Adding weak learners in sequence.'],
    ]);
  });

  it("reads a worked problem's 문제 N. / 풀이) labels as Q:/A: lines, after Q)/A) pairs too, and leaves 풀이 and 해설 out of the answer, bold or not", () => {
    const mixed = '통계 스터디\n\nQ) p-value가 뭔가요?\nA) 귀무가설이 참일 때 그만큼 극단적인 결과가 나올 확률.\n\n문제 2. 중심극한정리를 설명하시오.\n풀이) 표본평균의 분포가 정규분포에 가까워진다.\n\n문제 3. 검정력을 높이는 방법은?\n풀이)\n- 표본 크기 늘리기\n- 유의수준 높이기\n';
    expect(answersOf(mixed, 'study.txt')).toEqual([
      ['p-value가 뭔가요?', '귀무가설이 참일 때 그만큼 극단적인 결과가 나올 확률.'],
      ['중심극한정리를 설명하시오.', '표본평균의 분포가 정규분포에 가까워진다.'],
      ['검정력을 높이는 방법은?', '- 표본 크기 늘리기\n- 유의수준 높이기'],
    ]);
    expect(answersOf('문제 1. 표준오차와 표준편차의 차이는?\n해설: 표준오차는 추정량의 퍼짐이다.\n', 'sheet.txt')).toEqual([['표준오차와 표준편차의 차이는?', '표준오차는 추정량의 퍼짐이다.']]);
    expect(answersOf('# 확률\n\n**문제 1.** 동전을 3번 던져 앞면이 2번 나올 확률은?\n\n**풀이.** 3/8이다.\n')).toEqual([['동전을 3번 던져 앞면이 2번 나올 확률은?', '3/8이다.']]);
  });

  it('reads every bracketed question label the wording knows ([문제], 【问题】) as a Q: line, pairs one after another in one paragraph', () => {
    expect(answersOf('# 스터디\n\n[문제] 배깅이란?\n[답] 표본마다 모델을 학습해 평균한다.\n[문제] 부스팅이란?\n[답] 약한 모델을 차례로 더한다.\n')).toEqual([
      ['배깅이란?', '표본마다 모델을 학습해 평균한다.'],
      ['부스팅이란?', '약한 모델을 차례로 더한다.'],
    ]);
    expect(answersOf('# 面试\n\n【问题】什么是过拟合？\n【答案】模型记住了噪声。\n【问题】什么是欠拟合？\n【答案】模型太简单。\n')).toEqual([
      ['什么是过拟合？', '模型记住了噪声。'],
      ['什么是欠拟合？', '模型太简单。'],
    ]);
  });

  it('reads a follow-up label the wording knows (꼬리 질문:, Follow-up:, 追问：) as a Q: line, a follow-up and its answer glued under a pair', () => {
    expect(answersOf('Q: 드롭아웃이란?\nA: 뉴런을 무작위로 끈다.\n꼬리 질문: 왜 과적합을 줄이나?\nA: 앙상블 효과가 있다.\n')).toEqual([
      ['드롭아웃이란?', '뉴런을 무작위로 끈다.'],
      ['왜 과적합을 줄이나?', '앙상블 효과가 있다.'],
    ]);
    expect(answersOf('Q: 什么是Dropout？\nA: 随机丢弃神经元。\n追问：为什么有效？\nA: 集成效果。\n')).toEqual([
      ['什么是Dropout？', '随机丢弃神经元。'],
      ['为什么有效？', '集成效果。'],
    ]);
  });

  it('reads options lettered in square brackets ([A] … [B] …) as options, not [A] as an answer label', () => {
    const { questions } = readNote('# Quiz\n\nQ: Which activation is zero-centred?\n[A] sigmoid\n[B] tanh\n[C] ReLU\n\nAnswer: B\n');
    expect(questions.map((question) => [question.question, question.choices.map((choice) => [choice.label, choice.text, choice.correct])])).toEqual([
      [
        'Which activation is zero-centred?',
        [
          ['A', 'sigmoid', false],
          ['B', 'tanh', true],
          ['C', 'ReLU', false],
        ],
      ],
    ]);
  });

  it("leaves out the arrow that hangs a follow-up under its question (↳, ㄴ) and the arrow that points to an answer (→, ->)", () => {
    const { questions } = readNote(
      '- Q. CNN이란?\n  - A. 합성곱 신경망.\n  - ↳ 풀링 대신 stride를 쓰면?\n    - A. 학습 가능한 다운샘플링.\n  - ㄴ 풀링의 역할은?\n    - A. 해상도 축소.\n',
    );
    const plain = readNote('1. 랜덤 포레스트란?\n→ 배깅한 결정 트리의 앙상블.\n1-1. 시간 복잡도는?\n-> O(T n log n).\n', 'forest.txt');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['CNN이란?', '합성곱 신경망.'],
      ['풀링 대신 stride를 쓰면?', '학습 가능한 다운샘플링.'],
      ['풀링의 역할은?', '해상도 축소.'],
    ]);
    expect(plain.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['랜덤 포레스트란?', '배깅한 결정 트리의 앙상블.'],
      ['시간 복잡도는?', 'O(T n log n).'],
    ]);
  });

  it('leaves off the hand that points to an answer in a social post (👉, any skin tone), as an arrow', () => {
    expect(answersOf('🤔 **What is RLHF?**\n👉 Training against a reward model of human preferences ✅\n\n🤔 **What is LoRA?**\n👉🏽 A low-rank update of frozen weights.\n')).toEqual([
      ['What is RLHF?', 'Training against a reward model of human preferences ✅'],
      ['What is LoRA?', 'A low-rank update of frozen weights.'],
    ]);
  });

  it('reads a line led by an arrow right under a question as its answer, worded as a task or not; one that asks with a question mark is a follow-up', () => {
    const post = [
      'Here are the questions most candidates get wrong 👇',
      '',
      '1️⃣ Why is the validation loss lower than the training loss sometimes?',
      '→ Dropout is active during training but not validation.',
      '',
      '2️⃣ How do you know if more data will help?',
      '→ Plot a learning curve: if validation error still falls with more data, yes.',
      '',
      '3️⃣ What do you check first when a model underperforms?',
      '→ The data.',
      '→ Compare the features served with those trained on.',
      '',
    ].join('\n');
    const read = (text: string) => answerTextsOf(text, 'post.txt');
    // The keycap numbers are the author's numbering, left out as `1.` is.
    expect(read(post)).toEqual([
      ['Why is the validation loss lower than the training loss sometimes?', 'Dropout is active during training but not validation.'],
      ['How do you know if more data will help?', 'Plot a learning curve: if validation error still falls with more data, yes.'],
      ['What do you check first when a model underperforms?', 'The data.\n→ Compare the features served with those trained on.'],
    ]);
    expect(read('1. SVM이란?\n→ 그럼 왜 마진을 최대화하나?\n→ 일반화가 좋아진다.\n')).toEqual([
      ['SVM이란?', null],
      ['그럼 왜 마진을 최대화하나?', '일반화가 좋아진다.'],
    ]);
    // A long run of them is read once, not again for each line of it (the cost doubled with each line).
    const steps = Array.from({ length: 500 }, (_, k) => `→ Compare step ${k + 1} with the one before.`);
    const [debugging] = readNote(`Debugging notes\n\nHow do you debug a model that does not learn?\n${steps.join('\n')}\n`, 'steps.txt').questions;
    expect(debugging!.answer!.text.split('\n')).toHaveLength(500);
  });

  it('reads a run of lines each led by the same arrow as a list of questions: a question set with an arrow for its bullet has no arrow answer under it', () => {
    const read = (text: string) => answerTextsOf(text, 'post.txt');
    const list = (arrow: string) => [
      'Top ML interview questions:',
      '',
      `${arrow} What is overfitting?`,
      `${arrow} Explain the bias-variance tradeoff.`,
      `${arrow} How does dropout work?`,
      `${arrow} Describe how you would deploy a model.`,
      '',
    ].join('\n');
    const unanswered = [
      ['What is overfitting?', null],
      ['Explain the bias-variance tradeoff.', null],
      ['How does dropout work?', null],
      ['Describe how you would deploy a model.', null],
    ];
    expect(read(list('→'))).toEqual(unanswered);
    expect(read(list('👉'))).toEqual(unanswered);
    // Under a question with no arrow, the same line is its answer.
    expect(read('1️⃣ How do you know if more data will help?\n→ Plot a learning curve: if validation error still falls, yes.\n')).toEqual([
      ['How do you know if more data will help?', 'Plot a learning curve: if validation error still falls, yes.'],
    ]);
  });

  it('leaves the arrow off after an answer label too, and keeps a bullet that opens with an arrow a bullet: an arrow labels nothing', () => {
    expect(answersOf('## What is boosting?\n\nA: → Adding weak learners in sequence.\n')).toEqual([['What is boosting?', 'Adding weak learners in sequence.']]);
    expect(answersOf('## What is bagging?\n\n- → see the chapter on ensembles\n')).toEqual([['What is bagging?', '- → see the chapter on ensembles']]);
  });

  it('splits a line whose question and answer labels are both set apart in bold (**Q:** … ? **A:** …)', () => {
    const { questions } = readNote(
      '# Transfer learning\n\n**Q:** What is fine-tuning? **A:** Continuing training on the new task.\n\n**Q.** Why freeze early layers? **A.** 초반 층은 일반적인 특징을 배운다.\n\n**Q:** Is **A:** an answer label before the question mark?\n\n**Q:** Which activation is cheapest? **A)** ReLU **B)** Tanh\n\n**Q:** Which loss for labels? **A.** MSE **B.** Cross-entropy\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is fine-tuning?', 'Continuing training on the new task.'],
      ['Why freeze early layers?', '초반 층은 일반적인 특징을 배운다.'],
      // Only right after the question mark.
      ['Is A: an answer label before the question mark?', null],
      // Options lettered on the question's line, in bold: `A)`, or `A.` with a `B.` after it.
      ['Which activation is cheapest? A) ReLU B) Tanh', null],
      ['Which loss for labels? A. MSE B. Cross-entropy', null],
    ]);
  });

  it('splits a Q: line that answers after an answer label on the same line (Q: … ? A: …)', () => {
    const { questions, vfile } = readNote(
      '# RL one-liners\n\nQ: What is a policy gradient? A: Directly optimizing the policy.\nQ: What is a value function? Answer: Expected return from a state.\nQ: 할인율(γ)의 역할은? 답: 미래 보상의 현재 가치를 줄인다.\nQ: Which activation is cheapest? A) ReLU B) Tanh\nQ: What is a return? answer: The discounted sum of rewards.\nQ: 什么是策略？ 解答：从状态到动作的映射。\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is a policy gradient?', 'Directly optimizing the policy.'],
      ['What is a value function?', 'Expected return from a state.'],
      ['할인율(γ)의 역할은?', '미래 보상의 현재 가치를 줄인다.'],
      // `A)` letters an option on the line, not the answer.
      ['Which activation is cheapest? A) ReLU B) Tanh', null],
      // Every word of an answer line's label, in any case (parse/answer-line.ts).
      ['What is a return?', 'The discounted sum of rewards.'],
      ['什么是策略？', '从状态到动作的映射。'],
    ]);
    expect(questions[1]!.occurrences[0]!.line).toBe(4);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('splits a Q. line that answers after `A.` on the same line (Q. … ? A. …), in a note that letters no options', () => {
    const note = '[딥러닝 면접 질문 한줄 정리]\n\nQ. 오버피팅이란? A. 학습 데이터에만 과하게 맞춰지는 것\nQ. 데이터 증강 기법 예시는?\nQ. Softmax와 Sigmoid의 차이는? A. softmax는 합이 1, sigmoid는 각각 독립\n';
    const expected = [
      ['오버피팅이란?', '학습 데이터에만 과하게 맞춰지는 것'],
      ['데이터 증강 기법 예시는?', null],
      ['Softmax와 Sigmoid의 차이는?', 'softmax는 합이 1, sigmoid는 각각 독립'],
    ];
    // Copied text and Markdown alike, whatever the question's label and in a list: `A.` is the answer's label as `A:` is.
    expect(answersOf(note, 'inline.txt')).toEqual(expected);
    expect(answersOf(note, 'inline.md')).toEqual(expected);
    expect(answersOf('# Notes\n\n- Q1. What does **Adam** combine? A1. Momentum and RMSProp.\n\n**Q.** Why normalise inputs? A. Faster convergence.\n\nQ: What is a token? A. A piece of text.\n', 'notes.md')).toEqual([
      ['What does Adam combine?', 'Momentum and RMSProp.'],
      ['Why normalise inputs?', 'Faster convergence.'],
      ['What is a token?', 'A piece of text.'],
    ]);
    const { questions } = readNote(note, 'inline.txt');
    expect(questions[0]!.occurrences[0]).toMatchObject({ line: 3, question: 'Q. 오버피팅이란?' });
    // A note that letters options (`B.` lines, `B)` on a line, `A. … B. …`): `A.` may letter the first, the line is left whole.
    expect(answersOf('# Quiz\n\nQ. What is dropout? A. Randomly zeroing units.\n\nQ. Which of the following is an optimizer?\nA. ReLU\nB. Adam\n\nAnswer: B\n', 'quiz.md')).toEqual([
      ['What is dropout? A. Randomly zeroing units.', null],
      ['Which of the following is an optimizer?', 'B) Adam'],
    ]);
    expect(answersOf('# Quiz\n\nQ. Which loss for labels? A. MSE B. Cross-entropy\n', 'quiz.md')).toEqual([['Which loss for labels? A. MSE B. Cross-entropy', null]]);
    expect(answersOf('# Quiz\n\nQ. What is dropout? A. Randomly zeroing units.\nQ. Which activation is cheapest? A) ReLU B) Tanh\n', 'quiz.md')).toEqual([
      ['What is dropout? A. Randomly zeroing units.', null],
      ['Which activation is cheapest? A) ReLU B) Tanh', null],
    ]);
  });

  it('keeps a Korean wording after the dash that asks without a question mark as the translation, not the answer', () => {
    const { questions } = readNote(
      '# Cheat sheet\n\n- What is dropout? - 드롭아웃이란 무엇인가\n- Why normalise inputs? - 정규화를 하는 이유\n- What is overfitting? - When the model fits noise\n',
    );
    expect(questions.map((question) => [question.question, question.translations, question.answer?.markdown ?? null])).toEqual([
      ['What is dropout?', { ko: '드롭아웃이란 무엇인가' }, null],
      ['Why normalise inputs?', { ko: '정규화를 하는 이유' }, null],
      // In the question's own script, words that may start a question ("When …") answer it.
      ['What is overfitting?', {}, 'When the model fits noise'],
    ]);
  });

  it("takes each item of a FAQ that asks and then answers on its line, the text after its question its answer (khangich's faqs.md)", () => {
    const { questions, vfile } = readNote(
      '## Questions about focus areas\n\n' +
        '* What is the MLE interview process? This [document](https://example.org/guide.pdf) describes it well.\n' +
        '* Did you get probability and statistics questions? If yes, what kind? Yes, Bayesian.\n' +
        '* Do I need to implement ML algorithms from scratch? Yes, see details in [study guide](README.md)\n' +
        '* **What is selection bias?** The bias of a sample that was not drawn at random.\n' +
        '* What is bagging? Give an example. Bagging trains models on bootstrap samples.\n' +
        '  - Random forests bag decision trees.\n' +
        '* What is one-shot learning? Give examples.\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is the MLE interview process?', 'This [document](https://example.org/guide.pdf) describes it well.'],
      // A further question, or a task, after the question is part of it.
      ['Did you get probability and statistics questions? If yes, what kind?', 'Yes, Bayesian.'],
      ['Do I need to implement ML algorithms from scratch?', 'Yes, see details in [study guide](README.md)'],
      ['What is selection bias?', 'The bias of a sample that was not drawn at random.'],
      // Bullets nested under the item go on with its answer.
      ['What is bagging? Give an example.', 'Bagging trains models on bootstrap samples.\n\n- Random forests bag decision trees.'],
      ['What is one-shot learning? Give examples.', null],
    ]);
    expect(questions[3]!.occurrences[0]!.line).toBe(6);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('keeps a list of points that ask and answer on their lines in the answer of the question above', () => {
    const { questions } = readNote('- What is dropout?\n  - Why does it work? It averages thinned networks.\n  - When is it used? In large networks.\n- What is weight decay?\n');
    expect(questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is weight decay?']);
    expect(questions[0]!.answer!.markdown).toBe('- Why does it work? It averages thinned networks.\n- When is it used? In large networks.');
  });

  it('takes bullet questions, with nested bullets as their answers', () => {
    const { questions } = readFixture('bullet-questions-nested-answers.md');
    expect(questions.map((question) => question.question)).toEqual([
      'What is a p-value?',
      'What is the central limit theorem?',
      'Explain the difference between Type I and Type II errors.',
    ]);
    expect(questions[0]!.answer!.markdown).toBe(
      '- The probability of observing data at least as extreme as ours if the null hypothesis were true.\n- It is not the probability that the null hypothesis is true.',
    );
    expect(questions.every((question) => question.topic === 'Statistics')).toBe(true);
  });

  it('makes tab-indented Korean follow-ups questions of their own, without answers', () => {
    const { questions } = readFixture('korean-bullets-tab-followups.md');
    expect(questions.map((question) => question.question)).toEqual([
      '딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?',
      '왜 갑자기 딥러닝이 부흥했을까요?',
      '마지막으로 읽은 논문은 무엇인가요? 설명해주세요',
      'Cost Function과 Activation Function은 무엇인가요?',
      'Sigmoid 대신 ReLU를 사용하는 이유는?',
      'Tanh 함수의 특징은?',
      '알고 있는 metric에 대해 설명해주세요',
      '정규화를 왜 해야 할까요? 정규화의 방법은 무엇이 있나요?',
    ]);
    expect(questions.every((question) => question.answer === null && question.flags.includes('no-answer'))).toBe(true);
    expect(questions.map((question) => question.topic)).toEqual(['딥러닝', '딥러닝', '딥러닝', '딥러닝', '딥러닝', '딥러닝', '머신러닝', '머신러닝']);
    expect(questions.every((question) => question.lang === 'ko')).toBe(true);
  });

  it('reads an outline: a bullet that names a section is the topic of the questions nested under it, at any depth', () => {
    const note = '# CV outline\n\n- Deep learning\n\t- Optimization\n\t\t- Why use momentum?\n\t\t\t- Damps oscillation.\n\t- What is dropout?\n\t\t- Randomly zeroing units.\n- Object detection\n\t- What is non-maximum suppression?\n\t\t- Keep the best box, drop its overlaps.\n\t- see the paper\n';
    const { questions, vfile } = readNote(note, 'outline.md');
    expect(questions.map((question) => [question.topic, question.question, question.answer?.markdown, question.occurrences[0]!.line])).toEqual([
      ['Optimization', 'Why use momentum?', '- Damps oscillation.', 5],
      ['Deep learning', 'What is dropout?', '- Randomly zeroing units.', 7],
      ['Object detection', 'What is non-maximum suppression?', '- Keep the best box, drop its overlaps.', 10],
    ]);
    // A bullet among the questions that neither asks nor answers is reported where it stands.
    expect(messagesOf(vfile)).toEqual(['12:orphan-text']);
  });

  it("reads an outline under the bullets that file its page or remind its author (a Roam export's attributes, tags and to-dos), left out with a note each", () => {
    const note = [
      '- Tags: #[[Interview Prep]] #ML',
      '- Source:: [[Chip Huyen - ML interviews book]]',
      '- {{[[TODO]]}} finish the probability section',
      '- **Probability**',
      '    - What is the probability of two heads in three flips?',
      '        - 3/8',
      '- **Statistics**',
      '    - Why is the sample variance divided by n−1?',
      '        - To make it unbiased.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'roam.md');
    expect(questions.map((question) => [question.topic, question.question, question.answer?.markdown])).toEqual([
      ['Probability', 'What is the probability of two heads in three flips?', '- 3/8'],
      ['Statistics', 'Why is the sample variance divided by n−1?', '- To make it unbiased.'],
    ]);
    expect(vfile.messages.map((message) => `${message.line}:${message.ruleId}:${message.reason}`)).toEqual([
      `1:page-metadata:Left out the page's metadata (line 1), not a question: "Tags: #Interview Prep #ML"`,
      `2:page-metadata:Left out the page's metadata (line 2), not a question: "Source:: Chip Huyen - ML interviews book"`,
      '3:todo-note:Left out a to-do note (line 3), not a question: "{{TODO}} finish the probability section"',
    ]);
  });

  it('does not weigh a bullet that files the page against the questions of its list, as it weighs a note', () => {
    const filed = readNote('- Source:: the book\n- What is a p-value?\n- Notes on priors\n', 'notes.md');
    expect(filed.questions.map((question) => question.question)).toEqual(['What is a p-value?']);
    expect(messagesOf(filed.vfile)).toEqual(['1:page-metadata', '3:orphan-text']);
    // One question among three notes is no list of questions.
    expect(readNote('- The book\n- What is a p-value?\n- Notes on priors\n', 'notes.md').questions).toEqual([]);
  });

  it('reads a book of numbered questions whose sections number their questions on (chiphuyen/ml-interviews-book)', () => {
    const note = [
      '### 7.1 Basics',
      '',
      '1. [E] Explain supervised and unsupervised learning.',
      '2. Empirical risk minimization.',
      '    1. [E] What’s the risk in empirical risk minimization?',
      '    2. [E] Why is it empirical?',
      '3. Hyperparameters.',
      '    3. [E] What are the differences between parameters and hyperparameters?',
      '    4. [M] Explain algorithm for tuning hyperparameters.',
      '4. k-means clustering.',
      '    5. [E] How would you choose the value of k?',
      '    6. [H] Can you predict how k-means clustering works on this dataset?',
      '',
      '    ![a dataset of two rings](images/rings.png)',
      '',
      '5. Your model performs well on the test set but poorly in production.',
      '    7. [M] What are your hypotheses about the causes?',
      '6. Given this directed graph.',
      '',
      '    ![a graph of four nodes](images/graph.png)',
      '',
      '    8. [E] Construct its adjacency matrix.',
      '    9. [E] How would this matrix change if the graph is now undirected?',
      ...Array.from({ length: 16 }, (_, k) => `${k + 7}. [E] What is thing ${k + 1}?`),
      '',
    ].join('\n');
    const { questions, vfile, summary } = readNote(note, 'basics.md');
    expect(summary.format).toBe('markdown');
    const asked = questions.slice(0, 10).map((question) => [question.question, question.topic, question.occurrences[0]!.line]);
    expect(asked).toEqual([
      ['Explain supervised and unsupervised learning.', '7.1 Basics', 3],
      ['What’s the risk in empirical risk minimization?', 'Empirical risk minimization', 5],
      ['Why is it empirical?', 'Empirical risk minimization', 6],
      ['What are the differences between parameters and hyperparameters?', 'Hyperparameters', 8],
      ['Explain algorithm for tuning hyperparameters.', 'Hyperparameters', 9],
      ['How would you choose the value of k?', 'k-means clustering', 11],
      ['Can you predict how k-means clustering works on this dataset?', 'k-means clustering', 12],
      // A sentence or a scene over questions names no section: each question is asked after it.
      ['Your model performs well on the test set but poorly in production. What are your hypotheses about the causes?', '7.1 Basics', 17],
      // Tasks too, in a list of questions under a scene.
      ['Given this directed graph. Construct its adjacency matrix.', '7.1 Basics', 22],
      ['Given this directed graph. How would this matrix change if the graph is now undirected?', '7.1 Basics', 23],
    ]);
    expect(questions).toHaveLength(10 + 16);
    // The picture under a section's questions is the last one's, not the section title's: what it shows
    // ("on this dataset"), not its answer.
    expect(questions[6]!.context!.markdown).toBe('![a dataset of two rings](images/rings.png)');
    expect(questions[6]!.answer).toBeNull();
    // The items that name a section or set a scene are no questions of their own.
    expect(questions.some((question) => /^(k-means clustering|Your model performs well on the test set but poorly in production|Given this directed graph)\.?$/.test(question.question))).toBe(false);
    // The picture a scene shows is shown with each of its questions, and is no text of no question.
    expect(questions.slice(8, 10).map((question) => question.context?.markdown)).toEqual(['![a graph of four nodes](images/graph.png)', '![a graph of four nodes](images/graph.png)']);
    expect(questions.filter((question) => question.context !== undefined)).toHaveLength(3);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes the quote under a bullet question as its answer, with what follows it up to the next question', () => {
    // The shape of Korean question lists answered in their forks (Yiujin/Datascience-Interview-Questions).
    const note = [
      '## 딥러닝 일반',
      '- 딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?',
      '> 딥러닝은 레이어를 깊게 쌓는 방식으로 모델링',
      '> 딥러닝은 학습과정에서 feature를 직접 찾음',
      '',
      '- Cost Function과 Activation Function은 무엇인가요?',
      '> Cost Function : Loss function.',
      '',
      '> ref',
      '> https://mole-starseeker.tistory.com/38',
      '',
      '- 하이퍼 파라미터는 무엇인가요?',
      '',
      '- 볼츠만 머신은 무엇인가요?',
      '> 확률그래프 모델.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'dl.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['딥러닝은 무엇인가요? 딥러닝과 머신러닝의 차이는?', '> 딥러닝은 레이어를 깊게 쌓는 방식으로 모델링\n> 딥러닝은 학습과정에서 feature를 직접 찾음'],
      ['Cost Function과 Activation Function은 무엇인가요?', '> Cost Function : Loss function.\n\n> ref\n> <https://mole-starseeker.tistory.com/38>'],
      ['하이퍼 파라미터는 무엇인가요?', null],
      ['볼츠만 머신은 무엇인가요?', '> 확률그래프 모델.'],
    ]);
    expect(questions.every((question) => question.topic === '딥러닝 일반')).toBe(true);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reports text after a list of questions under a heading as orphan text, not as the section\'s own text', () => {
    const { questions, vfile } = readNote('## Basics\n\n- What is a tensor?\n- What is a gradient?\n\nA gradient points uphill.\n', 'notes.md');
    expect(questions.map((question) => question.answer)).toEqual([null, null]);
    expect(messagesOf(vfile)).toEqual(['6:orphan-text']);
  });

  it('takes an item that names a topic for a question where nearly every item asks, as lists of interview questions write them', () => {
    // The shape of khangich/machine-learning-interview's list of 99 questions.
    const note = [
      '## Basic stats questions',
      '',
      '1. What is the variance?',
      '2. What is stddev?',
      '3. P value and test hypothesis.',
      '4. What is the binomial distribution?',
      '5. Overfitting how to avoid',
      '6. What is the lognormal distribution?',
      '7. What is logistic distribution?',
      '8. Given a fair coin.',
      '9. What is the Central Limit Theorem and why is it important?',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'questions.md');
    expect(questions.map((question) => question.question)).toEqual([
      'What is the variance?',
      'What is stddev?',
      'P value and test hypothesis.',
      'What is the binomial distribution?',
      'Overfitting how to avoid',
      'What is the lognormal distribution?',
      'What is logistic distribution?',
      'What is the Central Limit Theorem and why is it important?',
    ]);
    // A scene with no question after it names no topic: reported, as before.
    expect(messagesOf(vfile)).toEqual(['10:orphan-text']);
  });

  it('takes an item led by what it asks about for a question, its answer after the colon or the full stop, where nearly every item asks', () => {
    const asking = ['What is bagging?', 'What is boosting?', 'Explain PCA.', 'What is MLE?', 'What is MAP?', 'What is a GMM?', 'What is EM?', 'What is a kernel?', 'What is an SVM?'];
    const terse = [
      'what is cross-validation: the purpose is to estimate how a model performs on unseen data.',
      'Basic Bayes Theorem. P(A|B) = P(B|A) P(A) / P(B).',
      'SVM: how to choose the model and how to determine if a model is better than another',
      'Sampling bias e.g. in surveys: when the sample is not random.',
    ];
    const note = ['## ML', '', ...[...asking, ...terse].map((item, k) => `${k + 1}. ${item}`), ''].join('\n');
    const { questions, vfile } = readNote(note, 'questions.md');
    expect(questions.slice(asking.length).map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['what is cross-validation', 'the purpose is to estimate how a model performs on unseen data.'],
      ['Basic Bayes Theorem.', 'P(A|B) = P(B|A) P(A) / P(B).'],
      // A topic before a question leads no answer: the item is the question.
      ['SVM: how to choose the model and how to determine if a model is better than another', null],
      // The full stop of `e.g.` ends no sentence.
      ['Sampling bias e.g. in surveys', 'when the sample is not random.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes a Korean item that names the way to do something (`IoU 계산 방법`) for a question among items that ask, as `How to compute IoU` is', () => {
    const { questions, vfile } = readNote('# 면접 예상 질문 (답변 작성 예정)\n\n1. Object detection에서 anchor box는 왜 필요한가?\n2. NMS 과정을 설명하시오.\n3. IoU 계산 방법\n4. YOLO와 Faster R-CNN의 차이점은?\n');
    expect(questions.map((question) => question.question)).toEqual(['Object detection에서 anchor box는 왜 필요한가?', 'NMS 과정을 설명하시오.', 'IoU 계산 방법', 'YOLO와 Faster R-CNN의 차이점은?']);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reads a Korean list whose items ask or are titled as questions (`… 해결 방법`, `… 설명`) as a list of questions, one asking outright enough', () => {
    // A checklist's second section, its checked item answered under it: the section's name is their topic, no question.
    const note = '# 면접 준비\n\n## 딥러닝\n- [x] Vanishing gradient 해결 방법\n  - ReLU, residual connection\n- [ ] Attention의 시간복잡도는?\n- [ ] Knowledge distillation 설명\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.topic, question.question, question.answer?.markdown ?? null])).toEqual([
      ['딥러닝', 'Vanishing gradient 해결 방법', '- ReLU, residual connection'],
      ['딥러닝', 'Attention의 시간복잡도는?', null],
      ['딥러닝', 'Knowledge distillation 설명', null],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // Where none of them asks outright, such titles are a note's points (`## 프로젝트` over what the author did), no questions.
    expect(readNote('# 회고\n\n## 프로젝트\n\n- 모델 구조 설명\n- 데이터 전처리 방법\n').questions).toEqual([]);
  });

  it('reports an item that names a topic among too few questions: a label or a note there', () => {
    const { questions, vfile } = readNote('## CNNs\n\n- What is a convolution?\n- What is pooling?\n- What is padding?\n- Receptive fields\n', 'notes.md');
    expect(questions.map((question) => question.question)).toEqual(['What is a convolution?', 'What is pooling?', 'What is padding?']);
    expect(messagesOf(vfile)).toEqual(['6:orphan-text']);
  });

  it('reads a numbered outline whose sections end in a full stop, and counts an item that sets the scene of questions as asking', () => {
    // The shape of chiphuyen/ml-interviews-book's question pages: most items name a topic or set a scene.
    const note = [
      '#### 8.1.2 Questions',
      '',
      '1. [E] What are the basic assumptions to be made for linear regression?',
      '2. Feature selection.',
      '    1. [E] Why do we use feature selection?',
      '3. k-means and GMM are both powerful clustering algorithms.',
      '    1. [M] Compare the two.',
      '4. Bagging and boosting are two popular ensembling methods.',
      '    1. [M] How are they used in deep learning?',
      '5. Imagine we build a user-item collaborative filtering system.',
      '    1. [E] How would you handle a new user who hasn’t made any purchases in the past?',
      '6. Given this directed graph.',
      '    1. [E] How would this matrix change if the graph is now undirected?',
      '7. Neural network in simple Numpy.',
      '    1. [M] Implement vanilla dropout in NumPy.',
      '8. MPE (Most Probable Explanation) vs. MAP (Maximum A Posteriori)',
      '    1. [E] How do MPE and MAP differ?',
      '9. Derivative is the backbone of descent.',
      '    1. [E] What does derivative represent?',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, '8.1.2-questions.md');
    expect(questions.map((question) => [question.topic, question.question])).toEqual([
      ['8.1.2 Questions', 'What are the basic assumptions to be made for linear regression?'],
      ['Feature selection', 'Why do we use feature selection?'],
      // A sentence or a scene is no section name: each question under it is asked after it.
      ['8.1.2 Questions', 'k-means and GMM are both powerful clustering algorithms. Compare the two.'],
      ['8.1.2 Questions', 'Bagging and boosting are two popular ensembling methods. How are they used in deep learning?'],
      ['8.1.2 Questions', 'Imagine we build a user-item collaborative filtering system. How would you handle a new user who hasn’t made any purchases in the past?'],
      ['8.1.2 Questions', 'Given this directed graph. How would this matrix change if the graph is now undirected?'],
      // Five words with a full stop and no verb are a phrase; parentheticals that spell out abbreviations are not counted.
      ['Neural network in simple Numpy', 'Implement vanilla dropout in NumPy.'],
      ['MPE (Most Probable Explanation) vs. MAP (Maximum A Posteriori)', 'How do MPE and MAP differ?'],
      ['8.1.2 Questions', 'Derivative is the backbone of descent. What does derivative represent?'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('asks each question nested under a scene after it, on its own line, as it is written there', () => {
    const note = [
      '## Probability',
      '',
      '1. [E] What is a random variable?',
      '2. There are two chip makers, A and B. A makes 1% of its chips defective',
      '   and B 3%.',
      '    1. [E] If you pick a chip at random, what is the probability that it is defective?',
      '    2. [M] Suppose you now get two chips from the same maker.',
      '        1. [H] How likely are both defective?',
      '3. Given $$A$$ and $$b$$',
      '    1. Find $$x$$ such that $$Ax = b$$.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'probability.md');
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line])).toEqual([
      ['What is a random variable?', 3],
      // The question's difficulty tag comes first, as it does when nothing leads it.
      ['There are two chip makers, A and B. A makes 1% of its chips defective and B 3%. If you pick a chip at random, what is the probability that it is defective?', 6],
      // A scene within a scene: the question is asked after both.
      ['There are two chip makers, A and B. A makes 1% of its chips defective and B 3%. Suppose you now get two chips from the same maker. How likely are both defective?', 8],
      // A lead that does not end its sentence is given a full stop.
      ['Given \\(A\\) and \\(b\\). Find \\(x\\) such that \\(Ax = b\\).', 10],
    ]);
    // As written: the lead's lines, then the question's own.
    expect(questions[1]!.occurrences[0]!.question).toBe(
      'There are two chip makers, A and B. A makes 1% of its chips defective\n   and B 3%.\n[E] If you pick a chip at random, what is the probability that it is defective?',
    );
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('does not take a bullet over a list of notes for a section of questions', () => {
    const { questions } = readNote('## What is regularization?\n\n- Penalties\n  - L1 makes weights sparse.\n  - L2 shrinks them.\n', 'notes.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is regularization?', '- Penalties\n  - L1 makes weights sparse.\n  - L2 shrinks them.'],
    ]);
  });

  it('does not take the heading of a table of contents for a question among question headings, nor for their topic', () => {
    // padmanabhan-r/AI-Engineer-Interview-Questions: `## Questions` over links to the `## 1. …` headings below.
    const note = [
      '## Questions',
      '',
      '1. [What is an LLM?](#1-what-is-an-llm)',
      '2. [What is RAG?](#2-what-is-rag)',
      '3. [What is a token?](#3-what-is-a-token)',
      '',
      '## 1. What is an LLM?',
      '',
      'A model of language.',
      '',
      '## 2. What is RAG?',
      '',
      'Retrieval, then generation.',
      '',
      '## 3. What is a token?',
      '',
      'A piece of a word.',
      '',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'llm.md');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is an LLM?', null],
      ['What is RAG?', null],
      ['What is a token?', null],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:table-of-contents']);
  });

  it('does not take a table of contents for a second copy of the questions', () => {
    const note = readFixture('question-list-with-toc.md');
    expect(note.questions.map((question) => question.question)).toEqual([
      'What is a convolution?',
      'What is pooling?',
      'Why do CNNs use padding?',
      'How does a receptive field grow with depth?',
    ]);
    expect(note.questions.map((question) => question.occurrences[0]!.line)).toEqual([11, 12, 13, 14]);
    expect(messagesOf(note.vfile)).toContain('5:table-of-contents');
  });
});

describe('a title-like heading among question headings', () => {
  it('is a section, not a question, when a list of questions follows it', () => {
    const note = '## What is XSS?\n\nScripting.\n\n## What is CSRF?\n\nForgery.\n\n## What is SQLi?\n\nInjection.\n\n## Generative models\n\n1. What is a GAN?\n2. What is a VAE?\n';
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is XSS?', null],
      ['What is CSRF?', null],
      ['What is SQLi?', null],
      ['What is a GAN?', 'Generative models'],
      ['What is a VAE?', 'Generative models'],
    ]);
  });

  it('is a section when it is numbered and a list of questions follows it', () => {
    const { questions } = readNote('# Interview\n\n## 3. Sample Questions\n\n- What is machine learning?\n- What is overfitting and how do you prevent it?\n- Compare K-means and KNN algorithms.\n\n## 4. Why does dropout work?\n\nIt averages many thinned networks.\n');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is machine learning?', null],
      ['What is overfitting and how do you prevent it?', null],
      ['Compare K-means and KNN algorithms.', null],
      // A numbered heading that asks, with an answer of its own, is still a question, under no heading of its own depth.
      ['Why does dropout work?', null],
    ]);
  });

  it('names no topic of the question headings of its depth after it, only of the questions under it', () => {
    const note = '## Perceptron\n\n### Q: Activation functions.\n\n1. Is ReLU differentiable?\n1. Derive the derivative of the sigmoid.\n\n### Q: Why not two linear layers in a row?\n\nThey compose to one linear map.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.topic])).toEqual([
      ['Is ReLU differentiable?', 'Activation functions.'],
      ['Derive the derivative of the sigmoid.', 'Activation functions.'],
      ['Why not two linear layers in a row?', 'Perceptron'],
    ]);
  });

  it('is one question when labelled (`### Q:`) and one fold answers the parts listed under it, shown with it', () => {
    const note = '## Perceptron\n\n### Q: Activation functions.\n\n1. Draw sigmoid and tanh.\n1. Is ReLU differentiable?\n\n<details>\n<summary><b>💡 Show Answer</b></summary>\n\nTanh is centred; ReLU is not differentiable at 0.\n\n</details>\n\n### Q: Why not two linear layers in a row?\n\nThey compose to one linear map.\n';
    const read = readNote(note);
    expect(read.questions.map((question) => [question.question, question.topic, question.context?.markdown ?? null, question.answer?.markdown])).toEqual([
      ['Activation functions.', 'Perceptron', '1. Draw sigmoid and tanh.\n2. Is ReLU differentiable?', 'Tanh is centred; ReLU is not differentiable at 0.'],
      ['Why not two linear layers in a row?', 'Perceptron', null, 'They compose to one linear map.'],
    ]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'orphan-text')).toEqual([]);
  });

  it('is one question with parts that a formula splits into several lists', () => {
    const note = '### Q: Answer the following questions regarding norms.\n\n1. Which norm does this represent?\n\n$$|x_1 - x_2| + |y_1 - y_2|$$\n\n2. Was the Euclidean distance involved?\n\n<details>\n<summary>💡 Show Answer</summary>\n\nL1; yes.\n\n</details>\n';
    const [question, ...others] = readNote(note).questions;
    expect(others).toEqual([]);
    expect([question!.question, question!.answer?.markdown]).toEqual(['Answer the following questions regarding norms.', 'L1; yes.']);
    expect(question!.context?.markdown).toContain('$$\n|x_1 - x_2| + |y_1 - y_2|\n$$');
  });

  it('is a question when an answer of its own follows it', () => {
    const note = '## What is XSS?\n\nScripting.\n\n## What is CSRF?\n\nForgery.\n\n## What is SQLi?\n\nInjection.\n\n## Gradient clipping\n\n- caps the gradient norm\n- keeps training stable\n';
    expect(readNote(note).questions.map((question) => question.question)).toContain('Gradient clipping');
  });

  it('is a question not answered yet when nothing stands under it, where it would be one over an answer', () => {
    const note = '# Stats\n\n#### What is a p-value?\n\nA probability.\n\n#### Binomial vs Poisson\n\n#### What is power?\n\nProbability of rejecting a false null.\n\n#### Bias vs variance\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.flags])).toEqual([
      ['What is a p-value?', 'A probability.', []],
      ['Binomial vs Poisson', null, ['no-answer']],
      ['What is power?', 'Probability of rejecting a false null.', []],
      ['Bias vs variance', null, ['no-answer']],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('is said to be left out when nothing stands under it and it is no question: a warning among question headings, a note elsewhere', () => {
    // Half of the level asks, and `#### Background` runs on as a post's section does: over an answer, `#### Bayes` would be a section too.
    const note = '# Stats\n\n#### What is a p-value?\n\nA probability.\n\n#### Bayes\n\n#### What is power?\n\nProbability.\n\n#### Background\n\nI studied this in 2019.\n\nThen again in 2021.\n\nAnd once more.\n\nIt stuck.\n\n## Notes\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual(['What is a p-value?', 'What is power?']);
    expect(vfile.messages.map((message) => [message.line, message.ruleId, message.fatal === false ? 'warning' : 'info'])).toEqual([
      [7, 'empty-section', 'warning'],
      [15, 'section-text', 'info'],
      [23, 'empty-section', 'info'],
    ]);
  });

  it('is no question when nothing stands under it and it only names, among headings that ask: a category, a lone topic, a post\'s own sections', () => {
    const categories = [
      '# Data Science Interview Questions',
      '',
      '## Statistics',
      '## What is a p-value?',
      'The probability of a result at least as extreme under the null.',
      '## What is statistical power?',
      'The probability of rejecting a false null.',
      '',
      '## Machine Learning',
      '## What is overfitting?',
      'Fitting noise.',
      '',
    ].join('\n');
    const read = (note: string) => {
      const { questions, vfile } = readNote(note);
      return { questions: questions.map((question) => question.question), messages: vfile.messages.map((message) => [message.line, message.ruleId, message.fatal === false ? 'warning' : 'info']) };
    };
    // A name over the questions that follow it titles them; one between two questions may be a question not written yet, and is warned of.
    expect(read(categories)).toEqual({
      questions: ['What is a p-value?', 'What is statistical power?', 'What is overfitting?'],
      messages: [
        [3, 'empty-section', 'info'],
        [9, 'empty-section', 'warning'],
      ],
    });
    const post = '# My notes\n\n## Part 1 — Basics\n\n## What is overfitting?\n\nFitting noise.\n\n## What is dropout?\n\nZeroing units.\n\n## Transformers\n\n## What is attention?\n\nWeighting.\n\n## What is a residual connection?\n\nAdding the input.\n\n## About the author\n\n## Subscribe to the newsletter\n';
    expect(read(post)).toEqual({
      questions: ['What is overfitting?', 'What is dropout?', 'What is attention?', 'What is a residual connection?'],
      messages: [
        [3, 'empty-section', 'info'],
        [13, 'empty-section', 'warning'],
        [23, 'empty-section', 'info'],
        [25, 'empty-section', 'info'],
      ],
    });
    // A task asks: left empty, it is a question not answered yet.
    expect(read('# Tasks\n\n## What is overfitting?\n\nFitting noise.\n\n## Implement an LRU cache\n\n## What is attention?\n\nWeighting.\n').questions).toEqual(['What is overfitting?', 'Implement an LRU cache', 'What is attention?']);
  });
});

describe('a heading of several sentences among question headings', () => {
  // boost-devs' Python answers: most question headings are followed by a `#### References` heading at their depth.
  const section = (n: number, title: string, answer: string, cited = true) =>
    `## #${n}\n\n#### ${title}\n\n${answer}\n\n${cited ? `#### References\n\n- [Source ${n}](https://example.com/${n})\n\n` : ''}---\n\n`;
  const note = [
    section(1, 'What is the difference between list and tuples in Python?', 'Lists are mutable.'),
    section(2, 'What type of language is python? Programming or scripting?', 'A scripting language.'),
    section(3, 'Python an interpreted language. Explain.', 'An interpreter runs source code line by line.'),
    section(4, 'What is pep 8?', 'A style guide.', false),
    section(5, 'Python is fast. It compiles to bytecode.', 'Not a question.', false),
    section(6, 'What is PYTHONPATH?', 'Where modules are looked up.', false),
    section(7, 'What is a lambda function?', 'An anonymous function.', false),
  ].join('');

  it('is a question when its last sentence asks, whatever leads to it', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toContainEqual(['Python an interpreted language. Explain.', 'An interpreter runs source code line by line.']);
  });

  it('is none when no sentence of it asks: the others are all the questions', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual([
      'What is the difference between list and tuples in Python?',
      'What type of language is python? Programming or scripting?',
      'Python an interpreted language. Explain.',
      'What is pep 8?',
      'What is PYTHONPATH?',
      'What is a lambda function?',
    ]);
  });
});

describe('Q:/A: line recogniser', () => {
  it("reads a list whose items are each labelled a question (- Q: …) after a Q: line's answer as those questions, not as that answer's", () => {
    const { questions, vfile } = readNote('Q: What is bagging?\nA: Averaging models fit on bootstrap samples.\n\n- Q: What is boosting?\n  - A: Adding weak learners in sequence.\n- Q: What is stacking?\n  - A: A model over the models.\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is bagging?', 'Averaging models fit on bootstrap samples.'],
      ['What is boosting?', 'Adding weak learners in sequence.'],
      ['What is stacking?', 'A model over the models.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
    // A list of points answers, as it did.
    const points = readNote('Q: How do you fight overfitting?\nA: In three ways.\n\n- What about dropout? It turns units off.\n- More data.\n');
    expect(points.questions.map((question) => question.question)).toEqual(['How do you fight overfitting?']);
  });

  it('takes Q: lines and strips A: from an answer that runs over several lines', () => {
    const { questions } = readNote('Q: Bias vs Variance?\nA: Bias = error from wrong assumptions\nVariance = error from sensitivity\nQ: What is dropout?\nA: Randomly zero activations\n', 'qa.txt');
    expect(questions.map((question) => question.question)).toEqual(['Bias vs Variance?', 'What is dropout?']);
    expect(questions[0]!.answer!.text).toBe('Bias = error from wrong assumptions\nVariance = error from sensitivity');
    expect(questions[0]!.occurrences[0]!.question).toBe('Q: Bias vs Variance?');
  });
  it('takes a `Q.` line that names its subject as a title as the question, the sentence under it its answer; a question wrapped over two lines stays whole', () => {
    const note = [
      '## Notes',
      'Q. Hyperparameter Tuning\nHyperparameter types: K in K-NN, the number of **layers**.\nThey are set before training.',
      'Q. What is the difference between bagging\nand boosting?',
      'Bagging averages.',
      'Q. End-to-end lifecycle\nWhich steps does it have?',
      'Six steps.',
      'Q: Compare bagging and boosting\nGive one example of each.',
      'Bagging: random forest.',
    ].join('\n\n');
    const { questions } = readNote(note, 'qa.md');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Hyperparameter Tuning', 'Hyperparameter types: K in K-NN, the number of layers.\nThey are set before training.'],
      ['What is the difference between bagging and boosting?', 'Bagging averages.'],
      // The line under it asks, or sets a task: the question goes on there.
      ['End-to-end lifecycle Which steps does it have?', 'Six steps.'],
      ['Compare bagging and boosting Give one example of each.', 'Bagging: random forest.'],
    ]);
  });

  it('reads a Korean or Chinese sentence under a `Q.` title as its answer, as a capitalised one: a sentence it ends', () => {
    const note = ['# T', 'Q. Positional encoding\n순서 정보를 임베딩에 더하는 방법이다.', 'Q2) 위치 인코딩\n위치 정보를 더한다', 'Q: 배치 정규화\n설명해 주세요.', 'Q. 注意力机制\n加权求和。'].join('\n\n');
    const { questions } = readNote(note, 'qa.md');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['Positional encoding', '순서 정보를 임베딩에 더하는 방법이다.'],
      ['위치 인코딩', '위치 정보를 더한다'],
      // A task under it: the question goes on there.
      ['배치 정규화 설명해 주세요.', null],
      ['注意力机制', '加权求和。'],
    ]);
  });

  it('strips an answer label numbered as its question is: A1., A2), A3:, 답변 4:', () => {
    const { questions } = readNote('Q1. 편향-분산 트레이드오프를 설명하세요.\nA1. 모델이 단순하면 편향이 크다.\n\nQ2) 로지스틱 회귀는 왜 회귀인가요?\nA2) 로짓을 선형으로 예측한다.\n\nQ3: What is MDI?\nA3: Mean decrease in impurity.\n\n질문 4: 커널 트릭이란?\n답변 4: 내적만 계산하는 방법.\n', 'qa.txt');
    expect(questions.map((question) => question.answer?.text)).toEqual(['모델이 단순하면 편향이 크다.', '로짓을 선형으로 예측한다.', 'Mean decrease in impurity.', '내적만 계산하는 방법.']);
  });

  it('strips a label in bold whose punctuation follows it: `__A__ :`, `**Answer**:`', () => {
    const { questions } = readNote('__Q__ : CNN에 대하여 설명해주세요.\n\n__A__ : 공간정보를 유지하며 특성을 추출하는 모델.\n\n**Q**: What is MDI?\n\n**Answer**: Mean decrease in impurity.\n', 'interview.md');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['CNN에 대하여 설명해주세요.', '공간정보를 유지하며 특성을 추출하는 모델.'],
      ['What is MDI?', 'Mean decrease in impurity.'],
    ]);
  });

  it('strips the label of the answer that follows a quote the answer starts from', () => {
    const { questions } = readNote('## 1.为什么 relu 激活函数会有失活现象？\n> [一个很大的梯度流过 ReLU 神经元](http://blog.example/x)\n\nA: 权重变成很大的负数。\n', 'relu.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['为什么 relu 激活函数会有失活现象？', '> [一个很大的梯度流过 ReLU 神经元](http://blog.example/x)\n\n权重变成很大的负数。'],
    ]);
  });

  it('reads a lower-case "a." as the letter of a sub-question, not as an answer label', () => {
    const { questions } = readNote('## ML\n\n1. Explain logistic regression?\na. Why is it called logistic?\nb. What does the boundary look like?\n');
    expect(questions[0]!.answer!.text).toBe('a. Why is it called logistic?\nb. What does the boundary look like?');
  });

  it('keeps the last line of a numbered list in the answer, not as the topic of the next question', () => {
    const note = 'Q: What are common activation functions?\nA: Common ones:\n1. ReLU\n2. Sigmoid\n3. Tanh\nQ: What is a kernel?\nA: A similarity function.\n';
    const { questions } = readNote(note, 'qa.txt');
    expect(questions.map((question) => question.topic)).toEqual([null, null]);
    expect(questions[0]!.answer!.text).toMatch(/1\. ReLU\n2\. Sigmoid\n3\. Tanh$/);
  });

  it('keeps the last numbered line in the answer when the items above it wrap onto indented lines', () => {
    const note = 'Q: What are common activation functions?\nA: Common ones:\n1. ReLU: fast and\n   does not saturate\n2. Sigmoid: squashes\n   into 0..1\n3. Tanh\nQ: What is a kernel?\nA: A similarity function.\n';
    const { questions } = readNote(note, 'qa.txt');
    expect(questions.map((question) => question.topic)).toEqual([null, null]);
    expect(questions[0]!.answer!.text).toMatch(/3\. Tanh$/);
  });

  it('takes a numbered line that names a topic for the next question when its number follows a question line\'s, in copied text', () => {
    const note = '1. What is the variance?\nThe spread.\n2. What is the logistic distribution?\nAn S-shaped law.\n3. P value and test hypothesis.\nThe chance of data as extreme under the null.\n4. What are common activations?\n1. ReLU\n2. Sigmoid\n';
    const { questions } = readNote(note, 'stats.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the variance?', 'The spread.'],
      ['What is the logistic distribution?', 'An S-shaped law.'],
      ['P value and test hypothesis.', 'The chance of data as extreme under the null.'],
      // An answer's own list numbers from 1: its `2. Sigmoid` follows `1. ReLU`, no question.
      ['What are common activations?', '1. ReLU\n2. Sigmoid'],
    ]);
  });

  it('still takes a numbered section title that follows an answer as the topic', () => {
    const note = 'Q: What is bias?\nA: Error from wrong assumptions.\n2. Optimisation\nQ: What is a learning rate?\nA: The step size.\n';
    const { questions } = readNote(note, 'qa.txt');
    expect(questions.map((question) => question.topic)).toEqual([null, 'Optimisation']);
  });

  it('cuts a question that runs over several lines before the `A.` line glued under its last, in a Markdown note', () => {
    const note = '# Probability\n\nQ.20. I play a game in which I win k−2 dollars with probability 1/2^k, that is,  \nwith probability 1/2, I lose 1 dollar;  \nWhat is the probability that I win more than 2 dollars?\nA. https://www.probabilitycourse.com/chapter1/1_3_4_discrete_models.php\n\nQ.13. Suppose a flight lands between 8 and 9 AM with uniform probability.\nWhat are some properties of the plot of P(landed before t)?  \nA. It is a CDF: continuous and non-decreasing.\n';
    const { questions } = readNote(note, 'probability.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['I play a game in which I win k−2 dollars with probability 1/2^k, that is, with probability 1/2, I lose 1 dollar; What is the probability that I win more than 2 dollars?', '<https://www.probabilitycourse.com/chapter1/1_3_4_discrete_models.php>'],
      ['Suppose a flight lands between 8 and 9 AM with uniform probability. What are some properties of the plot of P(landed before t)?', 'It is a CDF: continuous and non-decreasing.'],
    ]);
  });

  it('reads a numbered line that asks, numbered on from the labelled questions (`3.` after `Q2:`), as the next question in copied text', () => {
    const page = 'Q1: What is the bias-variance tradeoff?\nA: Bias is error from wrong assumptions.\n\nQ2: What is cross-validation?\nA: Splitting the data into folds.\n\n3. What is a ROC curve?\nIt plots TPR against FPR.\n\n4. What is AUC?\nThe area under the ROC curve.\n';
    const { questions, vfile } = readNote(page, 'page.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the bias-variance tradeoff?', 'Bias is error from wrong assumptions.'],
      ['What is cross-validation?', 'Splitting the data into folds.'],
      ['What is a ROC curve?', 'It plots TPR against FPR.'],
      ['What is AUC?', 'The area under the ROC curve.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('reads a labelled question set in bold with its answer after it on the line (`**Q: …?** answer`) as asked and answered', () => {
    const note = '# 벼락치기\n\n**Q: 가중치 초기화가 중요한 이유?** 잘못 초기화하면 기울기가 소실된다.\n\n**Q: Early stopping이란?** 검증 손실이 줄지 않으면 멈춘다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['가중치 초기화가 중요한 이유?', '잘못 초기화하면 기울기가 소실된다.'],
      ['Early stopping이란?', '검증 손실이 줄지 않으면 멈춘다.'],
    ]);
    // A rating after it on the line is no answer: its answer is under it, and the rating no part of its wording.
    const rated = readNote('# ML\n\n**Q1: What is the vanishing gradient problem?** *(Easy)*\nGradients shrink through many layers.\n\n**Q2: What is dropout?** [Easy]\nZeroing units.\n');
    expect(rated.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is the vanishing gradient problem?', 'Gradients shrink through many layers.'],
      ['What is dropout?', 'Zeroing units.'],
    ]);
  });

  it('reads a line numbered with a circled number that asks without a question mark (`② 중심극한정리를 설명해주세요.`) as ending at its line, its answer under it', () => {
    const note = '# 통계 면접 질문\n\n① p-value란 무엇인가요?\n귀무가설 하에서 그 이상 극단적인 결과의 확률.\n\n② 중심극한정리를 설명해주세요.\n표본평균의 분포는 정규분포에 가까워진다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['p-value란 무엇인가요?', '귀무가설 하에서 그 이상 극단적인 결과의 확률.'],
      ['중심극한정리를 설명해주세요.', '표본평균의 분포는 정규분포에 가까워진다.'],
    ]);
  });

  it('reads a line numbered with a circled number that asks by its words (`③ 1종 오류와 2종 오류의 차이`) as ending at its line, over an answer that opens with a number', () => {
    const note = '# 통계 면접 질문\n\n② 중심극한정리를 설명해주세요.\n표본평균의 분포는 정규분포에 가까워진다.\n\n③ 1종 오류와 2종 오류의 차이\n1종 오류: 참인 귀무가설을 기각. 2종 오류: 거짓인 귀무가설을 채택.\n\n④ MLE와 MAP의 차이\nMAP는 사전분포를 곱한다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['중심극한정리를 설명해주세요.', '표본평균의 분포는 정규분포에 가까워진다.'],
      ['1종 오류와 2종 오류의 차이', '1종 오류: 참인 귀무가설을 기각. 2종 오류: 거짓인 귀무가설을 채택.'],
      ['MLE와 MAP의 차이', 'MAP는 사전분포를 곱한다.'],
    ]);
    // A circled step of an answer asks nothing: it stays the answer's, its line and the one under it.
    const steps = '## 데이터 파이프라인은 어떻게 구성하나요?\n\n① 데이터 수집\n로그를 모은다.\n\n② 전처리\n결측치를 채운다.\n';
    const answered = readNote(steps).questions;
    expect(answered.map((question) => question.question)).toEqual(['데이터 파이프라인은 어떻게 구성하나요?']);
    expect(answered[0]!.answer?.markdown).toBe('① 데이터 수집\n로그를 모은다.\n\n② 전처리\n결측치를 채운다.');
  });

  it('reads the lines between a labelled question and its labelled answer as the question where it points to them (`Q. 아래 조건의 …`) or its last line asks (`어떻게 대응하겠는가`)', () => {
    const note = '# 시스템 디자인 면접 질문\n\nQ. 아래 조건의 추천 시스템 설계\n1억 명의 사용자에게 100ms 안에 추천을 제공해야 한다.\nA. 2단계(후보 생성 → 랭킹) 구조로 설계한다.\n\nQ. 상황: 배포 후 val loss가 오른다.\n어떻게 대응하겠는가\nA. 조기 종료를 적용한다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['아래 조건의 추천 시스템 설계 1억 명의 사용자에게 100ms 안에 추천을 제공해야 한다.', '2단계(후보 생성 → 랭킹) 구조로 설계한다.'],
      ['상황: 배포 후 val loss가 오른다. 어떻게 대응하겠는가', '조기 종료를 적용한다.'],
    ]);
    // And where its line is broken inside its sentence, as a PDF's copy wraps it, the next line going on with a number.
    const wrapped = '# Deep Learning Q&A\n\nQ. Number of parameters in a 3x3 conv layer with 64 input and\n128 output channels (with bias).\nA. 73,856.\n';
    expect(readNote(wrapped).questions.map((question) => [question.question, question.answer?.text])).toEqual([['Number of parameters in a 3x3 conv layer with 64 input and 128 output channels (with bias).', '73,856.']]);
    // Elsewhere a line labelled so under an answer's first line is the answer's (a handshake's hosts, `A: SYN 전송`).
    const hosts = '# 네트워크 면접 질문\n\nQ: TCP 3-way handshake 과정\n클라이언트(A)와 서버(B)가 세 번 메시지를 주고받는다.\nA: SYN 전송\nB: SYN+ACK 응답\n';
    expect(readNote(hosts).questions.map((question) => question.question)).toEqual(['TCP 3-way handshake 과정']);
  });

  it('reads a labelled question that titles its subject over an answer that opens with a number (`Q. 1종 오류와 2종 오류` over `1종 오류: …`)', () => {
    const note = '# 통계\n\nQ. 1종 오류와 2종 오류\n1종 오류는 참인 귀무가설을 기각하는 것이다.\n\nQ. p-value란?\n극단적인 결과의 확률.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['1종 오류와 2종 오류', '1종 오류는 참인 귀무가설을 기각하는 것이다.'],
      ['p-value란?', '극단적인 결과의 확률.'],
    ]);
  });

  it('reads a labelled comparison set in bold (`**Q. Exploration vs Exploitation**`) over its answer as a question, in a quote too', () => {
    const note = '# 강화학습\n\n> 📌 **Q. MDP의 구성 요소는?**\n> 상태, 행동, 전이 확률, 보상\n\n> 📌 **Q. Exploration vs Exploitation**\n> ε-greedy, UCB 등으로 균형을 맞춘다.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['MDP의 구성 요소는?', '상태, 행동, 전이 확률, 보상'],
      ['Exploration vs Exploitation', 'ε-greedy, UCB 등으로 균형을 맞춘다.'],
    ]);
  });

  it('reads a labelled question set in bold whole, over its answer after a hard break, as answered there however the answer opens', () => {
    const note = '## NLP\n\n**Q1. Word2Vec의 두 가지 학습 방식은?**  \nCBOW와 Skip-gram.\n\n**Q2. BLEU score의 한계**  \nn-gram 일치만 봐서 의미를 반영하지 못함.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Word2Vec의 두 가지 학습 방식은?', 'CBOW와 Skip-gram.'],
      ['BLEU score의 한계', 'n-gram 일치만 봐서 의미를 반영하지 못함.'],
    ]);
  });

  it('leaves numbered questions in an answer there when they number on from no label (`1.`, `2.` under `Q1:`)', () => {
    const page = 'Q1: How do you pick a metric?\nA: Ask yourself these.\n\n1. Is the data balanced?\n\n2. Does a false positive cost more?\n\nQ2: What is AUC?\nA: The area under the ROC curve.\n';
    const { questions } = readNote(page, 'page.txt');
    expect(questions.map((question) => question.question)).toEqual(['How do you pick a metric?', 'What is AUC?']);
    expect(questions[0]!.answer?.text).toBe('Ask yourself these.\n1. Is the data balanced?\n2. Does a false positive cost more?');
  });
});

describe('interview transcripts (speaker labels)', () => {
  it("reads each speaker's line in quotes as spoken, a question mark before the closing quote asking", () => {
    const note = 'The interview is for a GenAI role.\n\nInterviewer: "Your client says the LLM loses track of a long chat. What\'s happening?"\n\nYou: "A context window problem."\n\nInterviewer: "So you just buy a bigger model?"\n\nYou (smiling): "You can, but it costs more."\n\nInterviewer (raising a challenge): "So how do you measure it?"\n\nYou: "With a held-out set."\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ["Your client says the LLM loses track of a long chat. What's happening?", '"A context window problem."'],
      ['So you just buy a bigger model?', '"You can, but it costs more."'],
      ['So how do you measure it?', '"With a held-out set."'],
    ]);
  });

  const read = (note: string, file: string) => readNote(note, file).questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]);

  it("reads each interviewer line that asks as a question, and the next speaker's lines as its answer, without their labels", () => {
    const note = '# Round 1\n\nQ: What is a loss function?\nA: A measure of error.\n\nInterviewer: What is overfitting?\nMe: When the model fits noise in the training data.\nInterviewer: How do you prevent it?\nMe: Regularisation, more data, early stopping.\n';
    const { questions, vfile } = readNote(note, 'interview.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is a loss function?', 'A measure of error.', 3],
      ['What is overfitting?', 'When the model fits noise in the training data.', 6],
      ['How do you prevent it?', 'Regularisation, more data, early stopping.', 8],
    ]);
    expect(questions[1]!.occurrences[0]!.question).toBe('Interviewer: What is overfitting?');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it("reads a recording's transcript, each line stamped with its time before its speaker, as the same transcript without the stamps", () => {
    const note =
      'Mock interview with Daniel\n\n[00:00:20] Daniel: How would you explain the bias-variance tradeoff?\n[00:00:25] Me: Bias is a model too simple, variance one that memorises noise.\n[00:01:02] Daniel: Okay. And how would you detect high variance?\n[00:01:06] Me: Training error low, validation error much higher.\n(01:30) Daniel: Why does batch norm help training?\n01:35 Me: It lets you use higher learning rates.\n';
    const { questions } = readNote(note, 'mock.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['How would you explain the bias-variance tradeoff?', 'Bias is a model too simple, variance one that memorises noise.', 3],
      ['And how would you detect high variance?', 'Training error low, validation error much higher.', 5],
      ['Why does batch norm help training?', 'It lets you use higher learning rates.', 7],
    ]);
  });

  it("leaves the interviewer's acknowledgement of the last answer (Nice., Okay, great.) out of the next question's wording", () => {
    const note = 'Interviewer: What is gradient boosting?\nMe: Trees fit on the residuals.\n\nInterviewer: Nice. What is the difference between bagging and boosting?\nMe: Averaging against sequence.\n\nInterviewer: Okay, great. Why does boosting overfit less?\nMe: It does not.\n\nInterviewer: Right, what is stacking?\nMe: A model over models.\n';
    const { questions } = readNote(note, 'screen.md');
    expect(questions.map((question) => question.question)).toEqual([
      'What is gradient boosting?',
      'What is the difference between bagging and boosting?',
      'Why does boosting overfit less?',
      // Not a sentence of its own: left as asked.
      'Right, what is stacking?',
    ]);
    expect(questions[1]!.occurrences[0]!.question).toBe('Interviewer: Nice. What is the difference between bagging and boosting?');
  });

  it("leaves out the interview's closing question (`마지막으로 질문 있으신가요?`) and the candidate's reply, with a note", () => {
    const note = '면접관: Matrix Factorization이 뭔가요?\n나: 사용자-아이템 행렬을 두 저차원 행렬의 곱으로 분해하는 방법입니다.\n면접관: 추천 모델 평가는 어떤 지표로 하셨나요?\n나: Recall@K와 NDCG를 봤습니다.\n면접관: 마지막으로 질문 있으신가요?\n나: 팀에서 사용하는 피처 스토어가 궁금합니다.\n';
    const { questions, vfile } = readNote(note, 'ko.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Matrix Factorization이 뭔가요?', '사용자-아이템 행렬을 두 저차원 행렬의 곱으로 분해하는 방법입니다.'],
      ['추천 모델 평가는 어떤 지표로 하셨나요?', 'Recall@K와 NDCG를 봤습니다.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['5:interview-formality']);
    expect(vfile.messages[0]!.reason).toContain('(lines 5-6)');
    // An interviewer's question about problems is a question still.
    const english = read('Interviewer: What is dropout?\nMe: Zeroing units.\nInterviewer: What problems does it have?\nMe: Slower training.\nInterviewer: Do you have any questions for us?\nMe: How big is the team?\n', 'en.txt');
    expect(english.map(([asked]) => asked)).toEqual(['What is dropout?', 'What problems does it have?']);
  });

  it("leaves out the interview's opening request for an introduction (`자기소개 부탁드립니다.`) and the introduction, with a note, in a log of two exchanges too", () => {
    const note = '1차 면접 정리\n\n[00:00:12] 면접관: 간단히 자기소개 부탁드립니다.\n[00:01:40] 나: (자기소개 생략)\n[00:02:31] 면접관: Negative sampling은 어떻게 하셨죠?\n[00:02:45] 나: 인기도 0.75 제곱으로 샘플링했습니다.\n';
    const { questions, vfile } = readNote(note, 'ko.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([['Negative sampling은 어떻게 하셨죠?', '인기도 0.75 제곱으로 샘플링했습니다.', null]]);
    expect(messagesOf(vfile)).toEqual(['3:interview-formality']);
    expect(vfile.messages[0]!.reason).toContain("(lines 3-4), the interview's opening formality, and the reply to it");
    const english = read('Interviewer: So, tell me a little about yourself.\nMe: I build ranking models.\nInterviewer: What is dropout?\nMe: Zeroing units.\nInterviewer: Why does it help?\nMe: It averages many thinned networks.\n', 'en.txt');
    expect(english.map(([asked]) => asked)).toEqual(['What is dropout?', 'Why does it help?']);
  });

  it("leaves out a Chinese interview's closing question (`你有什么问题想问我们的吗？`) and the candidate's reply, with a note", () => {
    const note = '面试官：什么是过拟合？\n我：模型把训练数据里的噪声也学进去了。\n面试官：怎么缓解？\n我：加正则、早停，或者多找些数据。\n面试官：你有什么问题想问我们的吗？\n我：团队现在主要做哪些业务？\n';
    const { questions, vfile } = readNote(note, 'zh.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['什么是过拟合？', '模型把训练数据里的噪声也学进去了。'],
      ['怎么缓解？', '加正则、早停，或者多找些数据。'],
    ]);
    expect(messagesOf(vfile)).toEqual(['5:interview-formality']);
    expect(vfile.messages[0]!.reason).toContain('(lines 5-6)');
  });

  it('reads bold labels and labels set off by a dash', () => {
    const note = '## Transcript\n\n**Interviewer:** What is dropout?\n\n**Me:** Randomly zeroing units.\n\n**Interviewer:** Why does it help?\n\n**Me**: It stops co-adaptation.\n\nInterviewer - What is batch norm?\nMe - Normalising each batch.\n\n**Interviewer: What is a residual block?**\nMe - A skip connection around layers.\n';
    expect(read(note, 'bold.md')).toEqual([
      ['What is dropout?', 'Randomly zeroing units.', 3],
      ['Why does it help?', 'It stops co-adaptation.', 7],
      ['What is batch norm?', 'Normalising each batch.', 11],
      ['What is a residual block?', 'A skip connection around layers.', 14],
    ]);
  });

  it('leaves out a label on a line of its own over the answer, and the line break after it (no stray newline in the Markdown)', () => {
    const note = '**Q:** What is dropout?\n\n**Simple:**\nIt zeroes units at random.\n\n**Q:** Why does batch norm help?\n\n**Simple:**\nIt keeps inputs on one scale.\n';
    const { questions } = readNote(note, 'simple.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', 'It zeroes units at random.'],
      ['Why does batch norm help?', 'It keeps inputs on one scale.'],
    ]);
  });

  it("reads Korean labels and `Q:` / `Candidate:` in copied text, and keeps an interviewer's line that does not ask in the answer above, labelled", () => {
    expect(read('면접관: 과적합이란 무엇인가요?\n나: 훈련 데이터의 잡음까지 학습하는 것입니다.\n면접관: 좋습니다.\n면접관: 어떻게 막나요?\n나: 규제와 조기 종료로 막습니다.\n', 'ko.txt')).toEqual([
      ['과적합이란 무엇인가요?', '훈련 데이터의 잡음까지 학습하는 것입니다.\n면접관: 좋습니다.', 1],
      ['어떻게 막나요?', '규제와 조기 종료로 막습니다.', 4],
    ]);
    expect(read('Q: What is overfitting?\nCandidate: Fitting the noise.\nQ: How do you prevent it?\nCandidate: Regularisation.\n', 'qa.txt')).toEqual([
      ['What is overfitting?', 'Fitting the noise.', 1],
      ['How do you prevent it?', 'Regularisation.', 3],
    ]);
  });

  it("keeps every label in an answer after the interviewer's first line in it, so that the two speakers stay apart", () => {
    expect(read('Interviewer: What is overfitting?\nMe: When the model fits noise.\nInterviewer: Good.\nMe: Thanks.\nInterviewer: What is dropout?\nMe: Zeroing activations.\n', 'remark.txt')).toEqual([
      ['What is overfitting?', 'When the model fits noise.\nInterviewer: Good.\nMe: Thanks.', 1],
      ['What is dropout?', 'Zeroing activations.', 5],
    ]);
    // Under a heading that asks, the transcript is the heading's answer, labelled throughout.
    const underHeading = '## What is regularisation?\n\nAdding a penalty.\n\nInterviewer: What is L1?\nMe: The sum of absolute weights.\nInterviewer: What is L2?\nMe: The sum of squared weights.\n';
    expect(read(underHeading, 'heading.md')).toEqual([
      ['What is regularisation?', 'Adding a penalty.\nInterviewer: What is L1?\nMe: The sum of absolute weights.\nInterviewer: What is L2?\nMe: The sum of squared weights.', 1],
    ]);
  });

  it('leaves a `Q:` / `A:` quiz to its own reading: `A: b` still names the right option', () => {
    const quiz = readNote('Q: Which of these is a regulariser?\na) Adam\nb) Dropout\nA: b\nQ: Which optimiser adapts the learning rate?\na) SGD\nb) Adam\nA: b\n', 'quiz.txt').questions;
    expect(quiz.map((question) => question.choices.map((choice) => `${choice.label}|${choice.correct}`))).toEqual([
      ['a|false', 'b|true'],
      ['a|false', 'b|true'],
    ]);
  });

  it('reads labelled lines as written when no label asks (`Pros:` / `Cons:`) or the labels do not alternate twice', () => {
    const pros = readNote('## What is a decision tree?\n\nA model of splits.\nPros: fast\nCons: overfits\nPros: simple?\nCons: unstable\n', 'trees.md').questions;
    expect(pros.map((question) => [question.question, question.answer?.text])).toEqual([['What is a decision tree?', 'A model of splits.\nPros: fast\nCons: overfits\nPros: simple?\nCons: unstable']]);
    const once = readNote('## What is dropout?\n\nInterviewer: Why?\nMe: It regularises.\n', 'once.md').questions;
    expect(once.map((question) => question.answer?.text)).toEqual(['Interviewer: Why?\nMe: It regularises.']);
  });

  it("reads a study group's KakaoTalk export: each message that asks is a question, the next member's its answer, without names and times; the app's lines and the chatter are left out with a note", () => {
    const note = [
      'ML 면접 스터디 님과 카카오톡 대화',
      '저장한 날짜 : 2024-05-20 23:11:42',
      '',
      '--------------- 2024년 5월 18일 토요일 ---------------',
      '[김지훈] [오후 9:02] 오늘 질문 갑니다',
      '[김지훈] [오후 9:02] Q. Gradient descent에서 learning rate가 너무 작으면 어떤 문제가 있나요?',
      '[박서연] [오후 9:05] Convergence is very slow and it can get stuck in a plateau.',
      '[김지훈] [오후 9:06] 굿 👍',
      '[김지훈] [오후 9:06] Q. Softmax와 Sigmoid의 차이는?',
      '[이도윤] [오후 9:09] Softmax normalizes over all classes; sigmoid squashes each logit alone.',
      '[이도윤] [오후 9:09] 사진',
      '[김지훈] [오후 9:20] 오늘은 여기까지! 수고하셨어요',
      '--------------- 2024년 5월 19일 일요일 ---------------',
      '[이도윤] [오전 10:31] 이모티콘',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'kakao.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['Gradient descent에서 learning rate가 너무 작으면 어떤 문제가 있나요?', 'Convergence is very slow and it can get stuck in a plateau.', 6],
      ['Softmax와 Sigmoid의 차이는?', 'Softmax normalizes over all classes; sigmoid squashes each logit alone.', 9],
    ]);
    expect(messagesOf(vfile)).toEqual(['2:chat-app', '4:chat-date', '5:chat-remark', '8:chat-remark', '11:chat-placeholder', '12:chat-remark', '13:chat-date', '14:chat-placeholder']);
    expect(vfile.messages[2]!.reason).toBe('Left out a message of the chat that neither asks nor answers a question: "오늘 질문 갑니다"');
  });

  it('lets anyone in a chat ask: the first reply answers whatever its end, others go on answering, and the one who asks closes the question', () => {
    const note = [
      '[Jihun] [9:02 PM] Q. Explain dropout',
      '[Seoyeon] [9:05 PM] Zeroing units at random, right?',
      '[Doyun] [9:06 PM] And it is off at test time.',
      '[Jihun] [9:07 PM] nice',
      '[Doyun] [9:07 PM] thanks!',
      '[Doyun] [9:08 PM] Why does batch norm help?',
      '[Jihun] [9:09 PM] It keeps each layer’s inputs on one scale.',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'chat.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      // The first line, a message, is no title.
      ['Explain dropout', 'Zeroing units at random, right?\nAnd it is off at test time.'],
      ['Why does batch norm help?', 'It keeps each layer’s inputs on one scale.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['4:chat-remark', '5:chat-remark', '2:question-in-answer']);
  });

  it('asks only with the label in a chat whose questions are labelled (Q.), and reads the export a phone writes', () => {
    const note = [
      '2024. 5. 18. 토요일',
      '2024. 5. 18. 오후 9:01: 이도윤님이 들어왔습니다.',
      '2024. 5. 18. 오후 9:01, 김지훈 : 다들 준비됐나요?',
      '2024. 5. 18. 오후 9:01, 박서연 : 네!',
      '2024. 5. 18. 오후 9:02, 김지훈 : Q. Dropout이 뭔가요?',
      '2024. 5. 18. 오후 9:05, 박서연 : 학습 때 뉴런을 무작위로 끄는 것 아닌가요?',
      '2024. 5. 18. 오후 9:06, 김지훈 : Q: Batch norm은 왜 쓰나요?',
      '2024. 5. 18. 오후 9:09, 이도윤 : 학습을 안정시키려고요.',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'phone.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Dropout이 뭔가요?', '학습 때 뉴런을 무작위로 끄는 것 아닌가요?'],
      ['Batch norm은 왜 쓰나요?', '학습을 안정시키려고요.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:chat-date', '2:chat-app', '3:chat-remark', '4:chat-remark', '6:question-in-answer']);
  });

  it("reads a Slack thread, each name and time on a line over the message: the turn's name before a question (Q for today:, next one →) is no part of it, reactions, reply counts and edit marks are left out", () => {
    const note = [
      '#ml-interview-prep',
      'Daniel Cho  10:32 AM',
      'Q for today: why is cross-entropy preferred over MSE for classification?',
      '3 replies',
      'Hana Yoon  10:41 AM',
      'MSE gives tiny gradients when the prediction is confidently wrong; CE keeps learning.',
      ':+1:',
      '2',
      'Daniel Cho  10:45 AM',
      'nice. follow-up: what happens to CE if a predicted prob is exactly 0 for the true class?',
      'Hana Yoon  10:47 AM',
      'log(0) = -inf, so the loss blows up.',
      'Daniel Cho  11:02 AM',
      'next one → How does class weighting differ from oversampling?',
      'Junho Park  11:20 AM',
      'Weighting scales each sample’s loss; oversampling repeats minority samples.',
      '(edited)',
      ':eyes: 1',
      'Daniel Cho  11:21 AM',
      ':pray: thanks all',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'slack.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['why is cross-entropy preferred over MSE for classification?', 'MSE gives tiny gradients when the prediction is confidently wrong; CE keeps learning.', 3],
      ['what happens to CE if a predicted prob is exactly 0 for the true class?', 'log(0) = -inf, so the loss blows up.', 10],
      ['How does class weighting differ from oversampling?', 'Weighting scales each sample’s loss; oversampling repeats minority samples.', 14],
    ]);
    expect(messagesOf(vfile)).toEqual(['4:chat-app', '7:chat-reactions', '8:chat-reactions', '17:chat-app', '18:chat-reactions', '20:chat-remark']);
  });

  it("reads a Slack thread's replies under its question (after its `3 replies`) as its answer, the asker's own reply too, up to the next message that asks", () => {
    const note = [
      'Kevin Park  10:02 AM',
      'What is an idempotent API?',
      '3 replies',
      'Kevin Park  10:05 AM',
      'Calling it twice has the same effect as calling it once.',
      'Sara Lee  10:07 AM',
      '+1, PUT is idempotent',
      'Kevin Park  10:20 AM',
      'How would you design rate limiting?',
      '2 replies',
      'Kevin Park  10:22 AM',
      'Token bucket per API key in Redis.',
      'Sara Lee  10:25 AM',
      ':raised_hands:',
      // Past the two replies its line counts, the thread is over: the asker's word is a remark again.
      'Kevin Park  10:40 AM',
      'thanks all',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'slack-thread.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is an idempotent API?', 'Calling it twice has the same effect as calling it once.\n+1, PUT is idempotent'],
      ['How would you design rate limiting?', 'Token bucket per API key in Redis.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:chat-app', '10:chat-app', '14:chat-reactions', '16:chat-remark']);
  });

  it("reads a Slack copy of one sender's messages (a thread of one's own questions and answers) as the note it is, its headers and `N replies` lines left out with a note", () => {
    const note = ['Kevin Park  10:02 AM', 'What is an idempotent API?', '3 replies', 'Kevin Park  10:05 AM', 'Calling it twice has the same effect as calling it once.', 'Kevin Park  10:20 AM', 'How would you design rate limiting?', 'Kevin Park  10:22 AM', 'Token bucket per API key in Redis.'].join('\n');
    const { questions, vfile } = readNote(note, 'slack.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is an idempotent API?', 'Calling it twice has the same effect as calling it once.'],
      ['How would you design rate limiting?', 'Token bucket per API key in Redis.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:chat-app', '3:chat-app', '4:chat-app', '6:chat-app', '8:chat-app']);
    expect(vfile.messages[0]!.reason).toBe('Left out the chat app\'s own line: "Kevin Park  10:02 AM"');
  });

  it('reads a Discord chat, its first header no title: a remark over the question in one message (✅ correct) and a message of emoji alone are left out, an answer of two lines kept whole', () => {
    const note = [
      'minji — Today at 9:03 PM',
      'ok quiz time 🎯 what’s the difference between bagging and boosting?',
      'taehyun — Today at 9:04 PM',
      'bagging = models in parallel on bootstrap samples, averaged',
      'boosting = models in sequence, each fixing the errors before it',
      'minji — Today at 9:05 PM',
      '✅ correct',
      'next: why does random forest also subsample features?',
      'taehyun — Today at 9:07 PM',
      'to decorrelate the trees',
      'minji — Today at 9:10 PM',
      '🔥🔥',
    ].join('\n');
    const { questions, vfile, summary } = readNote(note, 'discord.txt');
    expect(summary.title).toBeUndefined();
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['what’s the difference between bagging and boosting?', 'bagging = models in parallel on bootstrap samples, averaged\nboosting = models in sequence, each fixing the errors before it', 2],
      ['why does random forest also subsample features?', 'to decorrelate the trees', 8],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:chat-remark', '12:chat-reactions']);
  });

  it('leaves the mark of an edit closing a message (`(edited)`) out of its question and answer, with a note: the question asks with its question mark, worded as it is asked elsewhere', () => {
    const note = [
      'Daniel Cho  10:32 AM',
      'Why did the offline AUC go up but online CTR go down? (edited)',
      'Sara Kim  10:35 AM',
      'Position bias in the logged clicks. (edited)',
      'Daniel Cho  10:40 AM',
      'How do you correct position bias?',
      'Sara Kim  10:41 AM',
      'Inverse propensity weighting.',
      '(edited)',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'slack.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['Why did the offline AUC go up but online CTR go down?', 'Position bias in the logged clicks.', 2],
      ['How do you correct position bias?', 'Inverse propensity weighting.', 6],
    ]);
    // The mark alone is left out of a line kept; on a line of its own, the line is the app's.
    expect(messagesOf(vfile)).toEqual(['2:chat-edit-mark', '4:chat-edit-mark', '9:chat-app']);
    expect(vfile.messages[0]!.reason).toBe('Left out the chat app\'s mark of an edited message at the line\'s end: "(edited)"');
  });

  it('leaves out the mark of an edit in the language the app writes it (편집됨, 已编辑, 編集済み), with no space before it too, and a remark with its mark whole', () => {
    const note = [
      '[김지훈] [오후 9:02] Q. Softmax와 Sigmoid의 차이는? (편집됨)',
      '[박서연] [오후 9:05] Softmax는 클래스 전체의 합을 1로 만든다. (편집됨)',
      '[김지훈] [오후 9:06] 굿 👍 (편집됨)',
      '[김지훈] [오후 9:07] Q. Dropout이 뭔가요?(已编辑)',
      '[이도윤] [오후 9:09] 학습 때 뉴런을 무작위로 끄는 것(編集済み)',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'kakao.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Softmax와 Sigmoid의 차이는?', 'Softmax는 클래스 전체의 합을 1로 만든다.'],
      ['Dropout이 뭔가요?', '학습 때 뉴런을 무작위로 끄는 것'],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:chat-edit-mark', '2:chat-edit-mark', '3:chat-remark', '4:chat-edit-mark', '5:chat-edit-mark']);
    expect(vfile.messages[2]!.reason).toBe('Left out a message of the chat that neither asks nor answers a question: "굿 👍 (편집됨)"');
  });

  it("reads LINE's export as a chat, not as flashcards whose fronts are the times: its head, save date and day lines are the app's, a labelled question (Q.) asks, the next member's message answers", () => {
    const note = [
      '[LINE] 面接対策グループのトーク履歴',
      '保存日時：2024/03/05 22:10',
      '',
      '2024/03/05(火)',
      '21:02\t田中\tQ. 過学習とは？',
      '21:04\t佐藤\t訓練データに適合しすぎて汎化しないこと。',
      '21:05\t佐藤\t[スタンプ]',
      '21:06\t田中\tQ. 正則化の目的は？',
      '21:08\t佐藤\tモデルの複雑さを抑えて過学習を防ぐこと。',
      '21:09\t田中\t正解！',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'line.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['過学習とは？', '訓練データに適合しすぎて汎化しないこと。', 5],
      ['正則化の目的は？', 'モデルの複雑さを抑えて過学習を防ぐこと。', 8],
    ]);
    expect(messagesOf(vfile)).toEqual(['1:chat-app', '2:chat-app', '4:chat-date', '7:chat-placeholder', '10:chat-remark']);
  });

  it("takes times and names in columns for LINE's messages only under its day line: a deck that teaches the time stays cards", () => {
    const deck = readNote('9:00\tくじ\tnine o\'clock\n10:30\tじゅうじはん\thalf past ten\n7:15\tしちじじゅうごふん\tquarter past seven\n', 'time.txt');
    expect(deck.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['9:00', 'くじ'],
      ['10:30', 'じゅうじはん'],
      ['7:15', 'しちじじゅうごふん'],
    ]);
    expect(messagesOf(deck.vfile)).toContain('1:card-export');
  });

  it("reads Zoom's saved chat in its older form (`10:02:33⇥ From Kevin Park : …`) as a chat, whomever a message was sent to", () => {
    const note = [
      '10:02:33\t From Kevin Park : What is an idempotent API?',
      '10:03:10\t From Sara Lee to Everyone : Calling it twice has the same effect as calling it once.',
      '10:05:41\t From Kevin Park : How would you design rate limiting?',
      '10:06:02\t From Sara Lee : Token bucket per API key in Redis.',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'zoom.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is an idempotent API?', 'Calling it twice has the same effect as calling it once.'],
      ['How would you design rate limiting?', 'Token bucket per API key in Redis.'],
    ]);
    expect(messagesOf(vfile).some((message) => message.includes('card-export'))).toBe(false);
  });

  it("reads Zoom's newer saved chat (`10:02:33 From  Kevin Park  to  Everyone:` over the message, indented), Teams' copy (`[3/5 10:02 AM] Kevin Park`) and Telegram's (`Kevin Park, [05.03.24 10:02]`) as chats: the headers are no part of an answer", () => {
    const zoom = ['10:02:33 From  Kevin Park  to  Everyone:', '\tWhat is an idempotent API?', '10:03:10 From  Sara Lee  to  Everyone:', '\tCalling it twice has the same effect as calling it once.', '10:05:41 From  Kevin Park  to  Everyone:', '\tHow would you design rate limiting?', '10:06:02 From  Sara Lee  to  Everyone:', '\tToken bucket per API key in Redis.'];
    const teams = ['[3/5 10:02 AM] Kevin Park', 'What is an idempotent API?', '', '[3/5 10:05 AM] Sara Lee', 'Calling it twice has the same effect as calling it once.', '', '[Yesterday 10:20 AM] Kevin Park', 'How would you design rate limiting?', '', '[10:22 AM] Sara Lee', 'Token bucket per API key in Redis.'];
    const telegram = ['Kevin Park, [05.03.24 10:02]', 'What is an idempotent API?', '', 'Sara Lee, [05.03.24 10:03]', 'Calling it twice has the same effect as calling it once.', '', 'Kevin Park, [05.03.24 10:05]', 'How would you design rate limiting?', '', 'Sara Lee, [05.03.24 10:06]', 'Token bucket per API key in Redis.'];
    for (const [lines, file] of [[zoom, 'zoom.txt'], [teams, 'teams.txt'], [telegram, 'telegram.txt']] as const) {
      const { questions, vfile } = readNote(lines.join('\n'), file);
      expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
        ['What is an idempotent API?', 'Calling it twice has the same effect as calling it once.'],
        ['How would you design rate limiting?', 'Token bucket per API key in Redis.'],
      ]);
      expect(messagesOf(vfile)).toEqual([]);
    }
  });

  it("takes no log's lines stamped with a time in brackets (`[10:02 AM] Started the mock interview`) for Teams' headers: each is written once, and a chat's senders speak again", () => {
    const note = '[10:02 AM] Started the mock interview\nWhat is an idempotent API?\n\n[10:15 AM] Switched to system design\nHow would you design rate limiting?\n';
    const { questions, vfile } = readNote(note, 'log.txt');
    expect(questions.map((question) => question.question)).toEqual(['What is an idempotent API?', 'How would you design rate limiting?']);
    expect(messagesOf(vfile).some((message) => message.includes(':chat-'))).toBe(false);
  });

  it("reads a Discord quiz bot's header copied over three lines (QuizBot / APP / — Today at 9:01 AM) as one, and its own labelled answer (✅ Answer:) as its question's: a member's guess before it is left out with a note", () => {
    const note = [
      'QuizBot',
      'APP',
      ' — Today at 9:01 AM',
      '📘 Daily question #14: What is the time complexity of building a heap from an array?',
      'minji — Today at 9:03 AM',
      'O(n log n)?',
      'QuizBot',
      'APP',
      ' — Today at 9:10 AM',
      '✅ Answer: O(n) with bottom-up heapify, because most nodes are near the leaves.',
      '👍',
      '5',
      'QuizBot',
      'BOT',
      ' — Today at 9:01 AM',
      '📘 Daily question #15: Why is quicksort faster than mergesort in practice?',
      'QuizBot',
      'BOT',
      ' — Today at 9:10 AM',
      '✅ Answer: Better cache locality and in-place partitioning; fewer memory allocations.',
    ].join('\n');
    const { questions, vfile } = readNote(note, 'discord.txt');
    expect(questions.map((question) => [question.question, question.answer?.text, question.topic ?? null])).toEqual([
      ['Daily question #14: What is the time complexity of building a heap from an array?', 'O(n) with bottom-up heapify, because most nodes are near the leaves.', null],
      ['Daily question #15: Why is quicksort faster than mergesort in practice?', 'Better cache locality and in-place partitioning; fewer memory allocations.', null],
    ]);
    expect(messagesOf(vfile)).toEqual(['6:chat-guess', '11:chat-reactions', '12:chat-reactions']);
    expect(vfile.messages[0]!.reason).toBe('Left out a guess at the quiz\'s question, which the one who asked answers after it: "O(n log n)?"');
  });

  it("keeps a member's reply as the answer to a host's question the host does not answer itself", () => {
    const note = [
      'QuizBot',
      'APP',
      ' — Today at 9:01 AM',
      'Q: What does a Bloom filter never give?',
      'minji — Today at 9:03 AM',
      'False negatives.',
      'QuizBot',
      'APP',
      ' — Today at 9:10 AM',
      'Q: What is a skip list?',
      'minji — Today at 9:12 AM',
      'Is it a linked list with express lanes?',
      'QuizBot',
      'APP',
      ' — Today at 9:20 AM',
      '✅ Answer: Sorted linked lists stacked in levels, each skipping more of the one below.',
    ].join('\n');
    expect(readNote(note, 'discord.txt').questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What does a Bloom filter never give?', 'False negatives.'],
      ['What is a skip list?', 'Sorted linked lists stacked in levels, each skipping more of the one below.'],
    ]);
  });

  it('takes no round of a log (`Phone screen — 10:30`) for a Discord header', () => {
    const log = readNote('Google MLE loop\n\nPhone screen — 10:30\nHow would you detect data drift?\nCompare feature distributions with PSI.\n\nOnsite — 14:00\nDesign a rate limiter. How would you handle bursts?\nA token bucket.\n', 'loop.txt');
    expect(log.questions.map((question) => question.question)).toContain('Design a rate limiter. How would you handle bursts?');
    expect(messagesOf(log.vfile).some((message) => message.includes(':chat-'))).toBe(false);
  });

  it("reads a recording's transcript, each turn under its speaker and the time from the start (Otter's `Speaker 2  0:09`, Naver Clova Note's `참석자 2 00:09`), as a chat: the headers are no part of an answer, and the asker's word after the last answer (`좋습니다.`) is left out with a note", () => {
    const otter = readNote('Mock interview\n\nSpeaker 1  0:03\nWhat is overfitting?\n\nSpeaker 2  0:09\nThe model fits noise in the training data.\n\nSpeaker 1  0:25\nHow do you prevent it?\n\nSpeaker 2  0:31\nRegularization, dropout, early stopping.\n', 'otter.txt');
    expect(otter.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is overfitting?', 'The model fits noise in the training data.', 4],
      ['How do you prevent it?', 'Regularization, dropout, early stopping.', 10],
    ]);
    expect(messagesOf(otter.vfile)).toEqual([]);
    const clova = readNote('참석자 1 00:03\n오버피팅이 뭔지 설명해 주시겠어요?\n참석자 2 00:09\n학습 데이터에 과하게 맞춰진 현상입니다.\n참석자 1 00:25\n그럼 이를 막는 방법에는 뭐가 있을까요?\n참석자 2 00:31\n정규화, 드롭아웃, 조기 종료가 있습니다.\n참석자 1 00:52\n좋습니다.\n', 'clova.txt');
    expect(clova.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['오버피팅이 뭔지 설명해 주시겠어요?', '학습 데이터에 과하게 맞춰진 현상입니다.'],
      ['그럼 이를 막는 방법에는 뭐가 있을까요?', '정규화, 드롭아웃, 조기 종료가 있습니다.'],
    ]);
    expect(messagesOf(clova.vfile)).toEqual(['10:chat-remark']);
  });

  it("leaves out the participants' names that Clova Note writes over a recording's transcript, which were taken for its questions' topic, and says so", () => {
    const clova = readNote('모의 면접\n김민지  홍길동\n\n참석자 1 00:03\n오버피팅이 뭔지 설명해 주시겠어요?\n참석자 2 00:09\n학습 데이터에 과하게 맞춰진 현상입니다.\n참석자 1 00:25\n그럼 이를 막는 방법에는 뭐가 있을까요?\n참석자 2 00:31\n정규화, 드롭아웃이 있습니다.\n', 'clova.txt');
    expect(clova.questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['오버피팅이 뭔지 설명해 주시겠어요?', '학습 데이터에 과하게 맞춰진 현상입니다.', null],
      ['그럼 이를 막는 방법에는 뭐가 있을까요?', '정규화, 드롭아웃이 있습니다.', null],
    ]);
    expect(messagesOf(clova.vfile)).toEqual(['2:chat-participants']);
    // Over the same turns with no list, the title stays as it was.
    const titled = readNote('모의 면접\n\n참석자 1 00:03\n오버피팅이 뭔지 설명해 주시겠어요?\n참석자 2 00:09\n학습 데이터에 과하게 맞춰진 현상입니다.\n참석자 1 00:25\n그럼 이를 막는 방법에는 뭐가 있을까요?\n참석자 2 00:31\n정규화, 드롭아웃이 있습니다.\n', 'clova.txt');
    expect(titled.questions[0]!.topic).toBeNull();
    expect(messagesOf(titled.vfile)).toEqual([]);
    // A list of topics is no list of names, and a note's first line is its title, whatever it holds.
    const turns = 'Speaker 1  0:03\nWhat is a heap?\n\nSpeaker 2  0:09\nA tree kept in order.\n\nSpeaker 1  0:25\nWhat is a trie?\n\nSpeaker 2  0:31\nA tree of prefixes.\n';
    for (const head of ['Interview prep\nTrees, Graphs, Heaps\n\n', 'ML mock interview, Kakao\n\n', 'Kevin Park  Minji Kim\n\n']) {
      expect(messagesOf(readNote(head + turns, 'otter.txt').vfile).filter((message) => message.includes('participants')), head).toEqual([]);
    }
    expect(messagesOf(readNote('Mock interview\nKevin Park  Minji Kim\n\n' + turns, 'otter.txt').vfile)).toEqual(['2:chat-participants']);
  });

  it("takes no agenda's items, each with its time (`Intro 0:00`), for a recording's speakers: a speaker speaks again, and a recording's times never go back", () => {
    const agenda = readNote('Study session\n\nIntro 0:00\nWhat is a hash map?\n\nTrees 10:00\nWhat is a heap?\n', 'agenda.txt');
    expect(messagesOf(agenda.vfile).some((message) => message.includes(':chat-'))).toBe(false);
    const rounds = readNote('Rounds\n\nAlice 10:30\nWhat is a hash map?\nBob 11:00\nAn array of buckets.\nAlice 9:00\nWhat is a heap?\nBob 9:30\nA tree kept in order.\n', 'rounds.txt');
    expect(messagesOf(rounds.vfile).some((message) => message.includes(':chat-'))).toBe(false);
  });

  it('reads names over times with no message under them (a schedule) as written: no chat', () => {
    const note = 'Mock interviews\n\nAlice Kim  10:00 AM\nBob Lee  11:00 AM\nCarol Park  1:00 PM\n\n## What is dropout?\n\nZeroing units at random.\n';
    expect(read(note, 'schedule.md')).toEqual([['What is dropout?', 'Zeroing units at random.', 7]]);
    // Its lines are text before the first question, as they were.
    expect(readNote(note, 'schedule.md').vfile.messages[0]!.reason).toContain('Alice Kim 10:00 AM Bob Lee 11:00 AM');
  });

  it('reads a KakaoTalk chat pasted into a Markdown note, its lines run together, and leaves a note that only quotes a message or mentions a time as written', () => {
    const pasted = '# 스터디 5/18\n\n[김지훈] [오후 9:02] Q. Dropout이 뭔가요?\n[박서연] [오후 9:05] 학습 때 뉴런을 무작위로 끄는 겁니다.\n[김지훈] [오후 9:06] Q. Batch norm은 왜 쓰나요?\n[이도윤] [오후 9:09] 학습을 안정시키려고요.\n';
    expect(read(pasted, 'study.md')).toEqual([
      ['Dropout이 뭔가요?', '학습 때 뉴런을 무작위로 끄는 겁니다.', 3],
      ['Batch norm은 왜 쓰나요?', '학습을 안정시키려고요.', 5],
    ]);
    const quoted = '## What is dropout?\n\nZeroing units at random. From the group chat:\n[김지훈] [오후 9:02] dropout is off at test time\n[박서연] [오후 9:05] and scaled at train time\n\nIt regularises by averaging many thinned networks.\nIt slows training down a little.\nIt is not used with batch norm much.\n';
    expect(read(quoted, 'quoted.md')).toEqual([
      ['What is dropout?', 'Zeroing units at random. From the group chat:\n[김지훈] [오후 9:02] dropout is off at test time\n[박서연] [오후 9:05] and scaled at train time\nIt regularises by averaging many thinned networks.\nIt slows training down a little.\nIt is not used with batch norm much.', 1],
    ]);
  });
});

describe("a voice memo's transcript (questions spoken inside paragraphs)", () => {
  it('reads the sentence that asks right after a spoken lead opening a paragraph (`question one.`, `next question.`) as a question, the rest of the paragraph its answer', () => {
    const note = [
      'Voice memo – mock interview practice – Mar 9',
      '',
      'Okay um so question one. What is the bias variance tradeoff? Um, so basically a simple model underfits and a complex model overfits.',
      '',
      'Uh next question. How does a random forest reduce variance? So it averages many decorrelated trees.',
      '',
      'Okay, and, um, last one. what\'s gradient boosting? Um, it fits trees sequentially on the residuals.',
    ].join('\n');
    for (const file of ['memo.txt', 'memo.md']) {
      const { questions } = readNote(note, file);
      expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
        ['What is the bias variance tradeoff?', 'Um, so basically a simple model underfits and a complex model overfits.', 3],
        ['How does a random forest reduce variance?', 'So it averages many decorrelated trees.', 5],
        ["What's gradient boosting?", 'Um, it fits trees sequentially on the residuals.', 7],
      ]);
      expect(questions[0]!.occurrences[0]!.question).toBe('Okay um so question one. What is the bias variance tradeoff?');
    }
  });

  it('reads a lead said after a few other words and a comma (`Okay so first thing, question one.`, `Alright, moving on, next question.`)', () => {
    const note = [
      'Voice memo',
      '',
      'Okay so first thing, question one. What is the bias variance tradeoff? Um, basically a simple model underfits.',
      '',
      'Alright, moving on, next question. How does a random forest reduce variance? It averages many trees.',
    ].join('\n');
    expect(readNote(note, 'memo.txt').questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is the bias variance tradeoff?', 'Um, basically a simple model underfits.', 3],
      ['How does a random forest reduce variance?', 'It averages many trees.', 5],
    ]);
    // A sentence that only mentions a turn, with more words before it or none of its comma, leads nothing.
    const mentions = '## What is dropout?\n\nAs I said in the interview about the last question, it averages thinned networks. Does it slow training? A little.\n';
    expect(readNote(mentions, 'dropout.md').questions.map((question) => question.question)).toEqual(['What is dropout?']);
  });

  it('cuts no paragraph of prose at a question mark without a spoken lead before it, nor after a lead that is only a word of the prose', () => {
    const note = '## What is dropout?\n\nWhy does it work? It averages many thinned networks.\n\nSo the next step is to tune it. Is 0.5 too high? Usually not.\n';
    expect(readNote(note, 'dropout.md').questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Why does it work? It averages many thinned networks.\nSo the next step is to tune it. Is 0.5 too high? Usually not.'],
    ]);
  });
});

describe('question lines run together in a Markdown note (no blank line between pairs)', () => {
  it('takes every Q: line as its own question, with its own answer and line', () => {
    const note = '---\ntitle: DL notes\n---\n\nQ: What is dropout?\nA: Randomly zeroing activations.\nQ: What is batch norm?\nA: Normalising activations per batch.\n';
    const { questions, vfile } = readNote(note, 'qa.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', 5],
      ['What is batch norm?', 'Normalising activations per batch.', 7],
    ]);
    expect(questions[1]!.occurrences[0]!.question).toBe('Q: What is batch norm?');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('cuts the Q: lines off a title line written right above them, which titles them', () => {
    for (const title of ['Rapid-fire questions', '**Rapid-fire questions**', 'Rapid-fire questions:']) {
      const note = `# ML notes\n\n${title}\nQ: What is dropout?\nA: Randomly zeroing activations.\nQ: What is batch norm?\nA: Normalising activations per batch.\n`;
      const { questions } = readNote(note, 'qa.md');
      expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]), title).toEqual([
        ['What is dropout?', 'Randomly zeroing activations.', 4],
        ['What is batch norm?', 'Normalising activations per batch.', 6],
      ]);
    }
    // A `Q:` with no answer's label under it may be the paragraph's own: `Q: queries` over `K: keys`.
    expect(readNote('## Transformers\n\nThe attention formula uses three matrices.\nQ: queries\nK: keys\nV: values\n', 'notes.md').questions).toEqual([]);
    const { questions } = readNote('# x\n\nRapid-fire\nQ: Why ReLU?\nA: No vanishing gradient.\n\n## Other\n\nQ: What is dropout?\nA: Zeroing.\n', 'qa.md');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['Why ReLU?', 'Rapid-fire'],
      ['What is dropout?', 'Other'],
    ]);
  });

  it('cuts the Q: lines off a title line above them when two of them ask, their answers on their lines or unlabelled under them', () => {
    const read = (pairs: string) => readNote(`# ML\n\nRapid-fire questions\n${pairs}`, 'qa.md').questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line]);
    expect(read('Q: What is dropout? A: Randomly zeroing activations.\nQ: What is batch norm? A: Normalising activations.\n')).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', 4],
      ['What is batch norm?', 'Normalising activations.', 5],
    ]);
    expect(read('Q: What is dropout?\nIt randomly zeroes activations.\nQ: What is batch norm?\nIt normalises activations.\n')).toEqual([
      ['What is dropout?', 'It randomly zeroes activations.', 4],
      ['What is batch norm?', 'It normalises activations.', 6],
    ]);
    // One `Q:` that asks, with no label under it, may be the paragraph's own remark.
    expect(readNote('## Attention\n\nThe formula uses three matrices.\nQ: why queries? Because they ask.\nK: keys\n', 'notes.md').questions).toEqual([]);
  });

  it('cuts the Q: lines off a title line above them with their labels set in bold too (`**Q:**` over `**A:**`), as the plain labels', () => {
    const read = (title: string, asks: string, answers: string) =>
      readNote(`# x\n\n${title}\n${asks} What is a learning rate?\n${answers} The step size of gradient descent.\n${asks} What is an epoch?\n${answers} One pass over the training data.\n\n## Other\n\n${asks} What is dropout?\n${answers} Zeroing.\n`, 'qa.md').questions.map(
        (question) => [question.question, question.answer?.text, question.topic, question.occurrences[0]!.line],
      );
    const labels = [
      ['**Q:**', '**A:**'],
      ['__Q:__', '__A:__'],
      ['**Q.**', '**A.**'],
      ['**Q**:', '**A**:'],
      ['**질문**', '**답변**'],
    ];
    for (const title of ['Rapid-fire', 'Rapid-fire questions', '**Rapid-fire questions**', 'Rapid-fire questions:']) {
      for (const [asks, answers] of labels) expect(read(title, asks!, answers!), `${title} ${asks}`).toEqual(read(title, 'Q:', 'A:'));
    }
    expect(read('Rapid-fire', '**Q:**', '**A:**')).toEqual([
      ['What is a learning rate?', 'The step size of gradient descent.', 'Rapid-fire', 4],
      ['What is an epoch?', 'One pass over the training data.', 'Rapid-fire', 6],
      ['What is dropout?', 'Zeroing.', 'Other', 11],
    ]);
    const numbered = readNote('Rapid-fire questions\n**Q1:** What is a learning rate?\n**A1:** The step size of gradient descent.\n**Q2:** What is an epoch?\n**A2:** One pass over the training data.\n', 'qa.md');
    expect(numbered.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a learning rate?', 'The step size of gradient descent.'],
      ['What is an epoch?', 'One pass over the training data.'],
    ]);
    // A `**Q:**` that no answer's label follows is the paragraph's own: it names the label, it asks nothing.
    const prose = readNote('## What is a flashcard?\n\nA card of two sides.\n**Q:** marks the side that asks,\nthe other side answers it.\n', 'cards.md');
    expect(prose.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is a flashcard?', 'A card of two sides.\nQ: marks the side that asks,\nthe other side answers it.'],
    ]);
  });

  it('starts a question at a Q: line right under an answer ending in a quote or a table, which Markdown would read on into it', () => {
    const quoted = readNote('Q: What is dropout?\nA: Randomly zeroing activations.\n> Acts like an ensemble.\nQ: What is batch norm?\nA: Normalising activations.\n', 'qa.md');
    expect(quoted.questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.\n\n> Acts like an ensemble.', 1],
      ['What is batch norm?', 'Normalising activations.', 4],
    ]);
    const table = readNote('Q: Compare precision and recall.\nA:\n| Metric | Formula |\n|---|---|\n| Precision | TP/(TP+FP) |\nQ: What is a confusion matrix?\nA: Predicted against actual classes.\n', 'qa.md');
    expect(table.questions.map((question) => [question.question, question.occurrences[0]!.line])).toEqual([
      ['Compare precision and recall.', 1],
      ['What is a confusion matrix?', 6],
    ]);
    expect(table.questions[0]!.answer!.markdown).toContain('| Precision | TP/(TP+FP) |');
    // A line with a cell's pipe is a row of a table written without outer pipes, whatever it starts with.
    const rows = readNote('Question | Answer\n--- | ---\nQ1. What is dropout? | Random zeroing\nQ2. What is batch norm? | Normalising activations\n', 'qa.md');
    expect(rows.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Random zeroing'],
      ['What is batch norm?', 'Normalising activations'],
    ]);
    // A `Q:` line that neither asks nor has an answer under it goes on with a quoted formula, as Markdown reads it.
    const formula = readNote('Q: What is attention?\nA: A weighted average of values.\n> softmax(QK^T/sqrt(d)) V, where\nQ: the queries, K: the keys.\n\nQ: What is batch norm?\nA: Normalising activations.\n', 'qa.md');
    expect(formula.questions.map((question) => question.question)).toEqual(['What is attention?', 'What is batch norm?']);
    // A `Q:` line that does not ask, its answer's label under it, starts a question: the labels in bold too.
    for (const [asks, answers] of [['Q:', 'A:'], ['**Q:**', '**A:**'], ['__Q.__', '__A.__']]) {
      const told = readNote(`${asks} What is dropout?\n${answers} Randomly zeroing activations.\n> Acts like an ensemble.\n${asks} Explain batch norm.\n${answers} Normalising activations.\n`, 'qa.md');
      expect(told.questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.line]), asks).toEqual([
        ['What is dropout?', 'Randomly zeroing activations.\n\n> Acts like an ensemble.', 1],
        ['Explain batch norm.', 'Normalising activations.', 4],
      ]);
    }
    // Any other line goes on with the quote, as Markdown reads it.
    const lazy = readNote('Q: What is dropout?\nA: Zeroing.\n> Acts like an ensemble\nof thinned networks.\n', 'qa.md');
    expect(lazy.questions.map((question) => question.answer?.markdown)).toEqual(['Zeroing.\n\n> Acts like an ensemble\n> of thinned networks.']);
  });

  it('takes every bold question line as its own question', () => {
    const note = '## Cheat notes\n\n**Q. What is dropout?**\nRandomly zeroing activations.\n**Q. What is batch norm?**\nNormalising activations per batch.\n';
    const { questions } = readNote(note, 'bold.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', 3],
      ['What is batch norm?', 'Normalising activations per batch.', 5],
    ]);
  });

  it.each(['<br>', '<br/>', '<br />', '<BR>'])('takes every bold question line of a blog copy whose lines end in %s as its own question', (br) => {
    // Tistory and Naver copies: one paragraph, every line ended by a tag, an empty `<br>` line between pairs.
    const note = `**What is A?**${br}\nAnswer A.${br}\n${br}\n**What is B?**${br}\nAnswer B.${br}\n`;
    const { questions } = readNote(note, 'tistory.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is A?', 'Answer A.', 1],
      ['What is B?', 'Answer B.', 4],
    ]);
  });

  it.each(['', '<br>'])('takes every line led by a bold question, answered after it on the line, as its own question (lines ending in "%s")', (br) => {
    const note = `# Deep learning notes\n\n**What is ReLU?** A piecewise linear activation, max(0, x).${br}\n**Why use batch normalization?** It stabilises layer inputs.${br}\n**What is an epoch?** One full pass over the training data.${br}\n`;
    const { questions, vfile } = readNote(note, 'boldlines.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is ReLU?', 'A piecewise linear activation, max(0, x).', 3],
      ['Why use batch normalization?', 'It stabilises layer inputs.', 4],
      ['What is an epoch?', 'One full pass over the training data.', 5],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('keeps lines led by a bold question, run together, as points of the answer above when the note asks another way', () => {
    const note = '## What is dropout?\n\n**Why does it work?** It averages thinned networks.\n**When is it used?** In large networks.\n\n## What is weight decay?\n\nAn L2 penalty.\n';
    const { questions } = readNote(note, 'headings.md');
    // Each line a paragraph of its own, as with a blank line between them.
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is dropout?', '**Why does it work?** It averages thinned networks.\n\n**When is it used?** In large networks.'],
      ['What is weight decay?', 'An L2 penalty.'],
    ]);
  });

  it('takes Korean bold questions of a blog copy as their own questions, and keeps a bold line that does not ask in the answer', () => {
    const note = '# 머신러닝 면접\n\n**Q1. 과적합이란?**<br>\n훈련 데이터에만 맞는 것.<br>\n**핵심**<br>\n규제로 막는다.<br>\n**Q2. 드롭아웃은 무엇인가요？**<br>\n뉴런을 무작위로 끈다.<br>\n';
    const { questions } = readNote(note, 'naver.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['과적합이란?', '훈련 데이터에만 맞는 것.\n핵심\n규제로 막는다.', 3],
      ['드롭아웃은 무엇인가요？', '뉴런을 무작위로 끈다.', 7],
    ]);
  });

  it('ends a bold or `Q.` question that asks without a question mark at its line, its answer right under it', () => {
    const note = '# 면접\n\n**Q. Adam optimizer 설명해 주세요.**\nmomentum 과 RMSProp 을 합친 방법.\n\n**Explain the kernel trick.**\nInner products via a kernel.\n\nQ. Describe k-means.\nAssign points, recompute centroids.\n';
    const { questions } = readNote(note, 'labelled.md');
    expect(questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['Adam optimizer 설명해 주세요.', 'momentum 과 RMSProp 을 합친 방법.', 3],
      ['Explain the kernel trick.', 'Inner products via a kernel.', 6],
      ['Describe k-means.', 'Assign points, recompute centroids.', 9],
    ]);
  });

  it('keeps a `Q.` question that wraps onto the next line whole, and a bold line that does not ask in its paragraph', () => {
    const note = '# Notes\n\nQ. Explain why the kernel trick lets SVMs\nwork in high dimensions.\n\nA: Inner products only.\n\n**What is PCA?**\nProjection.\n**Key idea**\nMaximum variance.\n';
    const { questions } = readNote(note, 'wrapped.md');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Explain why the kernel trick lets SVMs work in high dimensions.', 'Inner products only.'],
      ['What is PCA?', 'Projection.\nKey idea\nMaximum variance.'],
    ]);
  });

  it('cuts at the lines of the source, not at a line feed written as a character reference', () => {
    const { questions } = readNote('# Notes\n\nQ: What is alpha&#10;beta?\nA: answer one\nQ: What is gamma?\nA: answer two\n', 'ref.md');
    expect(questions.map((question) => question.occurrences[0]!.line)).toEqual([3, 5]);
    expect(questions[1]!.question).toBe('What is gamma?');
  });

  it('leaves a paragraph that does not start with a question line whole, and a bold phrase that does not ask in its answer', () => {
    const { questions } = readNote('## What is dropout?\n\nIt zeroes units.\nQ: is not a label here.\n**Note.**\nDone.\n', 'prose.md');
    expect(questions.map((question) => question.question)).toEqual(['What is dropout?']);
    expect(questions[0]!.answer!.text).toBe('It zeroes units.\nQ: is not a label here.\nNote.\nDone.');
  });
});

describe('a list of questions copied as lines, with no bullets and no blank lines', () => {
  it('takes each line of a paragraph that opens with three lines that ask as a question, what follows the last its answer', () => {
    const note = '# Notes\n\n## Area 2 - Hypothesis testing\n\nSample Questions\n\nWhat is the difference between a t-test and a z-test?\nExplain the central limit theorem and its significance.\nHow do you interpret a p-value?\nTip: practise explaining the p-value plainly.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null, question.occurrences[0]!.line])).toEqual([
      ['What is the difference between a t-test and a z-test?', null, 7],
      ['Explain the central limit theorem and its significance.', null, 8],
      ['How do you interpret a p-value?', 'Tip: practise explaining the p-value plainly.', 9],
    ]);
  });

  it('leaves two lines that ask, answered by the paragraph under them, as they were read: one question, not two, neither line the answer', () => {
    const note = '# Notes\n\nWhat is dropout?\nWhy does it prevent overfitting?\n\nIt averages many thinned networks.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is dropout? Why does it prevent overfitting?', 'It averages many thinned networks.']]);
    expect(vfile.messages.map((message) => message.ruleId)).not.toContain('question-in-answer');
  });

  it('reads two lines that ask with nothing to answer them as two questions, as copied text is read', () => {
    const note = '# Notes\n\nWhat is dropout?\nWhat is momentum?\n\nWhat is Adam?\nMomentum with per-weight steps.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is dropout?', null],
      ['What is momentum?', null],
      ['What is Adam?', 'Momentum with per-weight steps.'],
    ]);
    // A question wrapped over two lines, its mark on the second only, stays one.
    expect(readNote('# Notes\n\nHow do you accumulate elements of a vector into an array based on\nan index list?\n\nnp.bincount.\n').questions.map((question) => question.question)).toEqual([
      'How do you accumulate elements of a vector into an array based on an index list?',
    ]);
  });
});

describe('numbered bold recogniser', () => {
  // The shape of alexeygrigorev/data-science-interviews' technical.md: tasks numbered in bold, code as their answers.
  const note = [
    '## SQL',
    '',
    '**1)** The number of active ads.',
    '',
    '```sql',
    "SELECT count(*) FROM Ads WHERE status = 'active';",
    '```',
    '',
    '<br/>',
    '',
    '**2)** All active campaigns. A campaign is active if there’s at least one active ad.',
    '',
    '```sql',
    'SELECT DISTINCT a.campaign_id FROM Ads AS a;',
    '```',
    '',
    '## Algorithmic Questions',
    '',
    '**10) Addition**. Implement the addition algorithm from school.',
    '',
    '* 12 is `[1, 2]`',
    '',
    'Implement the “+” operation for this representation',
    '',
    '* `[1, 1] + [1]` ⇒ `[1, 2]`',
    '',
  ].join('\n');

  it('takes a paragraph led by a bold number for a task, its code and lines up to the next as its answer', () => {
    const { questions, vfile } = readNote(note, 'technical.md');
    expect(questions.map((question) => [question.topic, question.question])).toEqual([
      ['SQL', 'The number of active ads.'],
      ['SQL', 'All active campaigns. A campaign is active if there’s at least one active ad.'],
      ['Algorithmic Questions', 'Addition. Implement the addition algorithm from school.'],
    ]);
    expect(questions[0]!.kind).toBe('coding'); // its answer is code
    // A line that asks in the task's answer is part of it, not a question of its own.
    expect(questions[2]!.answer!.markdown).toBe('- 12 is `[1, 2]`\n\nImplement the “+” operation for this representation\n\n- `[1, 1] + [1]` ⇒ `[1, 2]`');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes a bold-numbered question answered on its line as the question, the rest of the line its answer', () => {
    const { questions, vfile } = readNote(
      '# Quiz\n\n**1.** What is dropout? It zeroes units at random during training.\n\n**2.** What is a join? (hint: two tables)\n\n**3.** What is an epoch? Explain with an example.\n',
      'quiz.md',
    );
    expect(questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['What is dropout?', 'It zeroes units at random during training.'],
      // A hint, or a task, after the question is part of it: nothing answers them.
      ['What is a join? (hint: two tables)', null],
      ['What is an epoch? Explain with an example.', null],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes no numbered title ending in a colon over a statement: it labels a point, unless what follows asks or sets a task', () => {
    const post = '## When the dot product fails\n\nIt breaks in two cases.\n\n**1. Cross-attention cold-start:** the query projection starts random.\n\n**2. Norm-induced saturation**: logits grow with the norms.\n';
    expect(readNote(post, 'attention.md').questions.map((question) => question.question)).toEqual(['When the dot product fails']);
    const asks = readNote('## SQL\n\n**1. Active ads:** how many ads are active?\n\n**2. Campaigns:** List the active campaigns.\n', 'sql.md');
    expect(asks.questions.map((question) => question.question)).toEqual(['Active ads: how many ads are active?', 'Campaigns: List the active campaigns.']);
  });

  it('leaves a bold-numbered point inside the answer of a question another construct asks', () => {
    const { questions } = readNote('**How do you fight overfitting? 👶**\n\n**1)** Use dropout.\n\n**2)** Add data.\n\n<br/>\n\n**What is dropout? 👶**\n\nRandomly zeroing units.\n', 'theory.md');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How do you fight overfitting?', '**1)** Use dropout.\n\n**2)** Add data.'],
      ['What is dropout?', 'Randomly zeroing units.'],
    ]);
  });
});

describe('details summary recogniser', () => {
  it('takes a <details> whose summary asks, with its body as the answer', () => {
    const { questions } = readNote('<details>\n<summary>What is an epoch?</summary>\n\nOne pass over the whole training set.\n\n</details>\n\n<details>\n<summary>Why shuffle the data?</summary>\n\nSo that batches are not correlated.\n\n</details>\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is an epoch?', 'One pass over the whole training set.'],
      ['Why shuffle the data?', 'So that batches are not correlated.'],
    ]);
  });

  const fold = (summary: string, body: string) => `<details>\n<summary>${summary}</summary>\n\n${body}\n</details>\n\n`;

  it('takes one whose summary names a concept for a question where the other folds ask', () => {
    const note = `# Deep learning\n\n${fold('Why do gradients vanish?', 'Derivatives below 1 multiply through many layers.')}${fold('How Adam works', 'Momentum plus RMSProp.')}${fold('Dropout', 'Randomly zero units.')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Why do gradients vanish?', 'Derivatives below 1 multiply through many layers.'],
      ['How Adam works', 'Momentum plus RMSProp.'],
      ['Dropout', 'Randomly zero units.'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('does not where a fold of another kind (`Example`) says the note folds more than questions', () => {
    const note = `${fold('Why do gradients vanish?', 'Derivatives below 1 multiply.')}${fold('How Adam works', 'Momentum plus RMSProp.')}${fold('Dropout', 'Randomly zero units.')}${fold('Example', 'A net of 50 sigmoid layers.')}`;
    const { questions } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual(['Why do gradients vanish?', 'How Adam works']);
  });

  it('does not where a fold summed up in one letter (`<summary>A</summary>`) names no concept: the note folds more than questions', () => {
    const note = `${fold('Why do gradients vanish?', 'Derivatives below 1 multiply.')}${fold('How Adam works', 'Momentum plus RMSProp.')}${fold('Dropout', 'Randomly zero units.')}${fold('A', 'Sigmoid saturates; ReLU does not.')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual(['Why do gradients vanish?', 'How Adam works']);
    // The two folds that ask nothing are orphan text, and the note says so.
    expect(messagesOf(vfile)).toEqual(['13:orphan-text']);
  });

  it('does not where only one fold asks: a single question does not make folds the way the note asks', () => {
    const note = `# Training tips\n\n${fold('Why does my loss go NaN?', 'The learning rate is too high, or a log of zero.')}${fold('Gradient clipping', 'Rescale the gradient when its norm passes a threshold.')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['Why does my loss go NaN?', 'The learning rate is too high, or a log of zero.']]);
    expect(messagesOf(vfile)).toEqual(['9:orphan-text']);
  });

  it("does not where more folds name than ask: a project's README folds its sections (Installation, Usage) beside its FAQ", () => {
    const note = `# trainer\n\n${fold('Installation', '`pip install trainer`')}${fold('Usage', '`trainer fit config.yaml`')}${fold('License', 'MIT')}## FAQ\n\n${fold('Why is my loss NaN?', 'Lower the learning rate.')}${fold('How do I resume training?', 'Pass `--resume` with the checkpoint.')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic, question.answer?.markdown])).toEqual([
      ['Why is my loss NaN?', null, 'Lower the learning rate.'],
      ['How do I resume training?', null, 'Pass `--resume` with the checkpoint.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:preamble']);
  });

  it('does not where `Q:` lines carry the questions: a fold that names a concept beside their answers is an aside, not a question', () => {
    const note = `Q: How does Adam work?\nA: It keeps running averages of the gradient and its square.\n\n${fold('Why does Adam need bias correction?', 'The averages start at zero.')}${fold('RMSProp', "Adam's second moment alone, without momentum.")}Q: What does momentum do?\nA: It smooths the updates.\n\n${fold('When does momentum overshoot?', 'Near a sharp minimum.')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['How does Adam work?', 'It keeps running averages of the gradient and its square.'],
      ['Why does Adam need bias correction?', 'The averages start at zero.'],
      ['What does momentum do?', 'It smooths the updates.'],
      ['When does momentum overshoot?', 'Near a sharp minimum.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['10:orphan-text']);
  });

  it("reads a summary's formulas as a heading's are (`$R^2$` is math, written `\\(R^2\\)`), its prices (`$5 and $10`) as text", () => {
    const note = `${fold('What does $R^2$ measure?', 'The share of variance explained.')}${fold('Why does a $5 and $10 coupon cost the same?', 'Both are flat.')}## What does $R^2$ measure?\n\nThe same, under a heading.\n`;
    const { questions } = readNote(note);
    expect(questions.map((question) => question.question)).toEqual([
      'What does \\(R^2\\) measure?',
      'Why does a $5 and $10 coupon cost the same?',
      'What does \\(R^2\\) measure?',
    ]);
    // As written, the summary keeps its dollars.
    expect(questions[0]!.occurrences[0]!.question).toBe('What does $R^2$ measure?');
  });

  it('does where a fold is summed up in one Hangul syllable or Han character: that is a word (힙, 栈), not a letter', () => {
    const note = `${fold('힙이란?', '완전 이진 트리로 최댓값을 빠르게 꺼낸다.')}${fold('스택이란?', '후입선출 구조.')}${fold('큐', '선입선출 구조.')}${fold('栈', '后进先出。')}`;
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['힙이란?', '완전 이진 트리로 최댓값을 빠르게 꺼낸다.'],
      ['스택이란?', '후입선출 구조.'],
      ['큐', '선입선출 구조.'],
      ['栈', '后进先出。'],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });
});

describe('a <details> folding a list of questions', () => {
  // boost-devs' README indexes its questions by subject, each list folded under a linked summary.
  const fold = (subject: string, questions: string[]) =>
    `<details>\n<summary><a href="./answers/${questions.length}.md"><strong>${subject}</strong></a></summary>\n\n${questions.map((q) => `- ${q}`).join('\n')}\n\n</details>\n\n`;
  const note = `## Interview Questions\n\n${fold('📈 통계/수학', ['p-value란 무엇인가요?', '조건부 확률은 무엇인가요?'])}${fold('🧠 Deep learning', ['What is dropout?', 'Why use ReLU?', 'What is a GAN?'])}## Closing\n\nThanks for reading.\n`;

  it('files them under its summary, without the emoji, as a section heading would', () => {
    const { questions } = readNote(note);
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['p-value란 무엇인가요?', '통계/수학'],
      ['조건부 확률은 무엇인가요?', '통계/수학'],
      ['What is dropout?', 'Deep learning'],
      ['Why use ReLU?', 'Deep learning'],
      ['What is a GAN?', 'Deep learning'],
    ]);
  });

  it('is part of the answer under an open question, and a summary that labels an answer names no section', () => {
    const followUps = '<details>\n<summary>Follow-ups</summary>\n\n- Why does it work?\n- When does it fail?\n\n</details>\n';
    for (const asked of ['## What is dropout?', '**What is dropout?**', 'Q: What is dropout?']) {
      const [question] = readNote(`${asked}\n\n${followUps}`).questions;
      expect(question!.answer!.markdown).toContain('- Why does it work?');
    }
    const labelled = readNote(`- What is dropout?\n- What is batch norm?\n\n${followUps.replace('Follow-ups', 'Answer')}`).questions;
    expect(labelled.map((q) => [q.question, q.topic])).toEqual([
      ['What is dropout?', null],
      ['What is batch norm?', null],
      ['Why does it work?', null],
      ['When does it fail?', null],
    ]);
  });

  it('holds no text of its own: its tags are neither orphan text nor part of an answer', () => {
    const { questions, vfile } = readNote(note);
    expect(messagesOf(vfile).filter((message) => message.endsWith('orphan-text') || message.endsWith('preamble'))).toEqual([]);
    expect(questions.map((question) => question.answer)).toEqual([null, null, null, null, null]);
  });
});

describe('plain line recogniser', () => {
  it('takes title-like prompts followed by an answer list, and lines that ask', () => {
    const { questions } = readNote('My notes\n\nGradient descent\n\n  • moves against the gradient\n\nWhat is momentum?\n\nA running average of gradients.\n', 'notes.txt');
    expect(questions.map((question) => question.question)).toEqual(['Gradient descent', 'What is momentum?']);
    expect(questions[0]!.answer!.markdown).toBe('- moves against the gradient');
  });

  it('reads a line that tells what to do under a line that asks how as its answer, but a task an interview sets as a question', () => {
    const note = '# Regression questions\n\nHow do you detect heteroscedasticity?\n\nPlot the residuals against the fitted values.\n\nHow do you decompose a time series?\n\nExplain the difference between seasonality and trend.\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['How do you detect heteroscedasticity?', 'Plot the residuals against the fitted values.'],
      ['How do you decompose a time series?', null],
      ['Explain the difference between seasonality and trend.', null],
    ]);
  });

  it('keeps a note that starts with a modal in the answer above it, not as a question', () => {
    const { questions } = readNote('Decision trees\n\nWhat is a decision tree?\n\nA model that splits the data on one feature at a time.\n\nCan overfit easily if the tree is deep\n\nWhat is a random forest?\n\nMany trees on bootstrap samples, averaged.\n', 'trees.txt');
    expect(questions.map((question) => question.question)).toEqual(['What is a decision tree?', 'What is a random forest?']);
    expect(questions[0]!.answer!.text).toBe('A model that splits the data on one feature at a time.\nCan overfit easily if the tree is deep');
  });

  it('takes a modal question with a noun for its subject, and keeps a modal note without one in the answer above', () => {
    const { questions } = readNote('Regularisation\n\nWhat is dropout?\n\nRandomly zeroing units during training.\n\nCan slow down convergence a little\n\nCan dropout replace L2 regularisation\n\nNot entirely: they regularise in different ways and are often combined.\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is dropout?', 'Randomly zeroing units during training.\nCan slow down convergence a little'],
      ['Can dropout replace L2 regularisation', 'Not entirely: they regularise in different ways and are often combined.'],
    ]);
  });

  it('keeps an admonition title and its paragraph in the answer above', () => {
    const { questions } = readNote('Title\n\nWhat is a dummy variable trap?\n\n  • Drop one level.\n\nNote\n\nIf using regularizing, keep all levels.\n\nWhat is entropy?\n\nUncertainty.\n', 'notes.txt');
    expect(questions).toHaveLength(2);
    expect(questions[0]!.answer!.text).toContain('Note\nIf using regularizing, keep all levels.');
  });

  it('takes a comparison between two bare questions for the question it is, not for the next one’s section', () => {
    const { questions } = readNote('adam이 어떻게 적용되는지?\n비동기 vs non blocking\nbatch normalization 후 또 해야하는 것은?\n', 'feedback.txt');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['adam이 어떻게 적용되는지?', null],
      ['비동기 vs non blocking', null],
      ['batch normalization 후 또 해야하는 것은?', null],
    ]);
    // Over questions that it heads, with none asked right above it, it stays their section.
    const titled = readNote('Optimisers\n\nSGD vs Adam\n\nWhy does Adam converge faster?\n\nWhen does SGD generalise better?\n', 'notes.txt');
    expect(titled.questions.map((question) => [question.question, question.topic])).toEqual([
      ['Why does Adam converge faster?', 'SGD vs Adam'],
      ['When does SGD generalise better?', 'SGD vs Adam'],
    ]);
  });

  it('takes a coding task whose answer is the code under it', () => {
    const { questions } = readNote('Coding\nQ: What is softmax?\nA: Normalised exponentials\n# 1. Implement softmax\ndef softmax(x):\nreturn np.exp(x) / np.exp(x).sum()\n', 'code.txt');
    const coding = questions.find((question) => question.kind === 'coding')!;
    expect(coding.question).toBe('Implement softmax');
    expect(coding.answer!.markdown).toBe('```python\ndef softmax(x):\nreturn np.exp(x) / np.exp(x).sum()\n```');
    expect(coding.flags).toContain('code-indentation-lost');
  });
});

describe('a short line right under a question in copied text, a blank line under it', () => {
  it('answers the question, however short, and titles nothing after it', () => {
    const { questions } = readNote('Notes\n\nWhich button flags an abusive review?\nReport\n\nWhat does the green tick mean?\nThe answer was verified.\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.topic])).toEqual([
      ['Which button flags an abusive review?', 'Report', null],
      ['What does the green tick mean?', 'The answer was verified.', null],
    ]);
  });

  it('answers a numbered Korean question with a terse line under it, which titled the next question before', () => {
    const note = '1. 과적합이란?\n   학습 데이터에 너무 맞춰져 일반화가 떨어지는 현상\n2. ReLU의 장점은?\n   계산이 빠름\n3. 배치 정규화란?\n   미니배치의 통계로 입력을 정규화하는 기법\n';
    for (const file of ['notes.md', 'notes.txt']) {
      const { questions } = readNote(note, file);
      expect(questions.map((question) => [question.question, question.answer?.text ?? null, question.topic]), file).toEqual([
        ['과적합이란?', '학습 데이터에 너무 맞춰져 일반화가 떨어지는 현상', null],
        ['ReLU의 장점은?', '계산이 빠름', null],
        ['배치 정규화란?', '미니배치의 통계로 입력을 정규화하는 기법', null],
      ]);
    }
  });

  it('still titles the questions under it where it stands over them, no blank line between', () => {
    const { questions } = readNote('Notes\n\nBasics\nWhat is X?\nWhat is Y?\nDeep Learning\nWhat is Z?\n', 'notes.txt');
    expect(questions.map((question) => [question.question, question.topic])).toEqual([
      ['What is X?', 'Basics'],
      ['What is Y?', 'Basics'],
      ['What is Z?', 'Deep Learning'],
    ]);
  });
});
