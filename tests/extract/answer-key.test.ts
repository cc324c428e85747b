/**
 * Quizzes and textbooks print the questions first and their answers apart, in an answers
 * section numbered as the questions are. Each numbered question takes the answer with its
 * number; a number that matches nothing is reported at its line, never dropped.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { backtracking } from '../helpers/backtracking.js';
import { ANSWER_KEY_PATTERNS } from '../../src/extract/answer-key.js';

/** Each question with its answer's Markdown and the line it is asked on. */
function answers(text: string, file?: string): Array<[string, string | undefined, number]> {
  return readNote(text, file).questions.map((question) => [question.question, question.answer?.markdown, question.occurrences[0]!.line]);
}

describe('an answers section after numbered questions with no answers', () => {
  it('gives each question the answer with its number; the question keeps its own line', () => {
    const note = readNote('## Questions\n\n1. What is overfitting?\n2. What is dropout?\n\n## Answers\n\n1. Fitting the noise of the training data.\n2. Randomly zeroing units during training.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line, question.flags])).toEqual([
      ['What is overfitting?', 'Fitting the noise of the training data.', 3, []],
      ['What is dropout?', 'Randomly zeroing units during training.', 4, []],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['6:answer-key']);
    expect(note.vfile.messages[0]!.reason).toBe('Read the section "Answers" (lines 6-9) as the answers to the numbered questions above it, matched by number');
  });

  it.each(['## Answer key', '## Solutions', '### Answers to the questions above', '## 정답', '## 해설', '## 정답 및 해설', '**Answers**', 'Answers:', '**정답**'])('is named "%s"', (title) => {
    const text = `1. What is bias?\n2. What is variance?\n\n${title}\n\n1. Error from wrong assumptions.\n2. Error from sensitivity to the sample.\n`;
    expect(answers(text)).toEqual([
      ['What is bias?', 'Error from wrong assumptions.', 1],
      ['What is variance?', 'Error from sensitivity to the sample.', 2],
    ]);
  });

  it('answers a quiz statement to judge (`True or false: …`) as any question', () => {
    const note = readNote(
      '# Week 3 quiz\n\n1. What is the output range of the sigmoid function?\n\n2. True or false: increasing the batch size always improves generalization.\n\n3. Why is Xavier initialization used?\n\n## Answers\n\n1. (0, 1)\n2. False. Large batches often generalize worse.\n3. To keep activation variance constant across layers.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is the output range of the sigmoid function?', '(0, 1)'],
      ['True or false: increasing the batch size always improves generalization.', 'False. Large batches often generalize worse.'],
      ['Why is Xavier initialization used?', 'To keep activation variance constant across layers.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['9:answer-key']);
  });

  it('reads answers numbered 1), A1., 1 - and bold numbers, as paragraphs or several lines of one', () => {
    const questions = '1. What is bias?\n2. What is variance?\n3. What is noise?\n\n## Answers\n\n';
    const expected = [
      ['What is bias?', 'Wrong assumptions.', 1],
      ['What is variance?', 'Sensitivity to the sample.', 2],
      ['What is noise?', 'Irreducible error.', 3],
    ];
    expect(answers(`${questions}1) Wrong assumptions.\n\n2) Sensitivity to the sample.\n\n3) Irreducible error.\n`)).toEqual(expected);
    expect(answers(`${questions}A1. Wrong assumptions.\nA2. Sensitivity to the sample.\nA3. Irreducible error.\n`)).toEqual(expected);
    expect(answers(`${questions}1 - Wrong assumptions.\n\n2 - Sensitivity to the sample.\n\n3 - Irreducible error.\n`)).toEqual(expected);
    expect(answers(`${questions}**1.** Wrong assumptions.\n\n**2.** Sensitivity to the sample.\n\n**3.** Irreducible error.\n`)).toEqual(expected);
  });

  it('answers Q1. questions with A1. lines under a bold title', () => {
    expect(answers('Q1. What is overfitting?\n\nQ2. What is dropout?\n\n**Answers**\n\nA1. Fitting noise.\n\nA2. Zeroing units.\n')).toEqual([
      ['What is overfitting?', 'Fitting noise.', 1],
      ['What is dropout?', 'Zeroing units.', 3],
    ]);
  });

  it('keeps with each number everything up to the next: paragraphs, code and lists of its own', () => {
    const text = [
      '## 문제',
      '',
      '1. 과적합이란 무엇인가요?',
      '2. 드롭아웃이란 무엇인가요?',
      '',
      '## 정답',
      '',
      '1) 학습 데이터의 노이즈까지 학습하는 것.',
      '',
      '2) 학습 중에 유닛을 무작위로 끄는 것.',
      '',
      '```python',
      'x = dropout(x, p=0.5)',
      '```',
      '',
      '- 테스트 때는 끈다.',
      '',
    ].join('\n');
    expect(answers(text)).toEqual([
      ['과적합이란 무엇인가요?', '학습 데이터의 노이즈까지 학습하는 것.', 3],
      ['드롭아웃이란 무엇인가요?', '학습 중에 유닛을 무작위로 끄는 것.\n\n```python\nx = dropout(x, p=0.5)\n```\n\n- 테스트 때는 끈다.', 4],
    ]);
  });

  it('is read in copied plain text, one line per paragraph, an answer going on over lines without a number', () => {
    const text = [
      'Quiz',
      '',
      '1. What is overfitting?',
      '2. What is dropout?',
      '3. Why normalise inputs?',
      '',
      'Answers',
      '',
      '1. Fitting noise in the training data.',
      '2. Randomly zeroing units during training.',
      'It also rescales at test time.',
      '3. So that gradients are well scaled.',
      '',
      'Chapter 2',
      '',
      '1. What is a kernel?',
      '',
    ].join('\n');
    const note = readNote(text, 'quiz.txt');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is overfitting?', 'Fitting noise in the training data.', 3],
      ['What is dropout?', 'Randomly zeroing units during training.\nIt also rescales at test time.', 4],
      ['Why normalise inputs?', 'So that gradients are well scaled.', 5],
      ['What is a kernel?', undefined, 16],
    ]);
    expect(note.questions[3]!.topic).toBe('Chapter 2');
    expect(messagesOf(note.vfile)).toEqual(['7:answer-key']);
  });

  it('reports a question whose number has no answer and an answer whose number has no question, at their lines', () => {
    const note = readNote('1. What is bias?\n2. What is variance?\n3. What is noise?\n\n## Answers\n\n1. Wrong assumptions.\n3. Irreducible error.\n4. A fourth answer.\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.flags])).toEqual([
      ['What is bias?', 'Wrong assumptions.', []],
      ['What is variance?', undefined, ['no-answer']],
      ['What is noise?', 'Irreducible error.', []],
    ]);
    expect(note.vfile.messages.map((message) => [`${message.line}:${message.ruleId}`, message.fatal, message.reason])).toEqual([
      ['5:answer-key', undefined, 'Read the section "Answers" (lines 5-9) as the answers to the numbered questions above it, matched by number'],
      ['2:answer-key', false, 'Question 2 ("What is variance?") has no answer numbered 2 in the answers section "Answers" (line 5): left without an answer'],
      ['9:answer-key', false, 'Answer 4 in the answers section "Answers" (line 5) has no question numbered 4 left to answer: kept out of every answer: "A fourth answer."'],
    ]);
  });

  it('notes a line before the first number as text of the section, in no answer', () => {
    const note = readNote('1. What is bias?\n2. What is variance?\n\n## Answers\n\nCheck yours against these.\n\n1. Wrong assumptions.\n2. Sensitivity to the sample.\n');
    expect(note.questions.map((question) => question.answer?.text)).toEqual(['Wrong assumptions.', 'Sensitivity to the sample.']);
    expect(messagesOf(note.vfile)).toEqual(['4:answer-key', '6:section-text']);
  });

  it('answers the numbered questions asked by headings, the section at their level', () => {
    expect(answers('# Quiz\n\n## 1. What is A?\n\n## 2. What is B?\n\n## Answers\n\n1. Answer A.\n2. Answer B.\n')).toEqual([
      ['What is A?', 'Answer A.', 3],
      ['What is B?', 'Answer B.', 5],
    ]);
  });

  it('answers each chapter from its own section when the numbers start again', () => {
    const text = '## Chapter 1\n\n1. What is A?\n2. What is B?\n\n### Answers\n\n1. Alpha.\n2. Beta.\n\n## Chapter 2\n\n1. What is C?\n2. What is D?\n\n### Answers\n\n1. Gamma.\n2. Delta.\n';
    expect(readNote(text).questions.map((question) => [question.question, question.answer?.text, question.topic])).toEqual([
      ['What is A?', 'Alpha.', 'Chapter 1'],
      ['What is B?', 'Beta.', 'Chapter 1'],
      ['What is C?', 'Gamma.', 'Chapter 2'],
      ['What is D?', 'Delta.', 'Chapter 2'],
    ]);
  });

  it("notes once what its question's own blocks hold when the section answers it: a note that points elsewhere, a placeholder for code", () => {
    const note = readNote(
      '# Quiz\n\n1. What is overfitting?\n\n   See [[Overfitting]].\n\n2. Write a function that reverses a list.\n\n   ```python\n   # Solution goes here\n   ```\n\n3. What is dropout?\n\n## Answers\n\n1. See [[Bias]].\n2. `xs[::-1]`\n3. Zeroing units at random.\n',
    );
    // The entry that only points elsewhere too is said to be left out, at its own line.
    expect(messagesOf(note.vfile)).toEqual(['5:answer-elsewhere', '9:code-to-write', '17:answer-elsewhere', '15:answer-key']);
  });

  it("is the entry alone when the question's own blocks held only what was left out: its to-do list, a pointer to another note", () => {
    const text = '# DL\n\n### 1. What is dropout?\n\n- [ ] write answer\n\n### 2. What is batch norm?\n\nSee [[Batch norm]]\n\n### 3. What is ReLU?\n\n## Answers\n\n1. Zeroing units at random.\n2. Normalising over a batch.\n3. max(0, x).\n';
    expect(answers(text)).toEqual([
      ['What is dropout?', 'Zeroing units at random.', 3],
      ['What is batch norm?', 'Normalising over a batch.', 7],
      ['What is ReLU?', 'max(0, x).', 11],
    ]);
    expect(messagesOf(readNote(text).vfile)).toEqual(['5:todo-note', '9:answer-elsewhere', '13:answer-key']);
  });

  it("keeps the question's own tags and rating, with the entry's tags added", () => {
    const note = readNote('# DL\n\n### 1. What is dropout? #dl\n\n### 2. [중요] What is ReLU?\n\n### 3. What is a GRU?\n\n## Answers\n\n1. Tags: regularization\n\n   Zeroing units at random.\n2. max(0, x).\n3. A gated recurrent unit.\n');
    expect(note.questions.map((question) => [question.question, question.tags])).toEqual([
      ['What is dropout?', ['dl', 'regularization']],
      ['What is ReLU?', ['중요']],
      ['What is a GRU?', []],
    ]);
  });
});

describe('an answers section over multiple-choice questions', () => {
  /** Each question with its options (label, text, whether right) and its answer's Markdown. */
  const quiz = (text: string) =>
    readNote(text).questions.map((question) => [question.question, question.choices.map((choice) => `${choice.label}|${choice.text}|${choice.correct}`), question.answer?.markdown]);

  it('names the option of a question by a label alone, as an answer line under it would: b, (b), B., ②, 2번', () => {
    const note = readNote('## Quiz\n\n1. Which optimiser keeps a running average of squared gradients?\n   a) SGD\n   b) RMSProp\n   c) Adagrad\n\n## Answers\n\n1. b\n');
    expect(note.questions.map((question) => [question.choices.map((choice) => `${choice.label}|${choice.correct}`), question.answer?.markdown])).toEqual([[['a|false', 'b|true', 'c|false'], 'b) RMSProp']]);
    expect(messagesOf(note.vfile)).toEqual(['8:answer-key']);
    const text = '1. Which optimiser keeps a running average?\n   A) SGD\n   B) RMSProp\n2. 다음 중 비지도 학습은?\n   ① 선형 회귀\n   ② K-평균\n3. Which is a regulariser?\n   (a) Adam\n   (b) Dropout\n4. Which one is an activation?\n   1) ReLU\n   2) Adam\n\n## Answers\n\n1. B.\n2. ②\n3. (b)\n4. 2번\n';
    expect(quiz(text)).toEqual([
      ['Which optimiser keeps a running average?', ['A|SGD|false', 'B|RMSProp|true'], 'B) RMSProp'],
      ['다음 중 비지도 학습은?', ['①|선형 회귀|false', '②|K-평균|true'], '② K-평균'],
      ['Which is a regulariser?', ['a|Adam|false', 'b|Dropout|true'], 'b) Dropout'],
      ['Which one is an activation?', ['1|ReLU|false', '2|Adam|true'], '2\\) Adam'],
    ]);
  });

  it('reads a key that names the options of several questions on one line, `1-(c)  2-(a)`, `1. b  2. a`, as an entry each', () => {
    const test = '1. Which is an activation?\n(a) Adam\n(b) SGD\n(c) ReLU\n\n2. PCA finds directions that...\n(a) maximize variance\n(b) minimize variance\n\n3. What does stratified mean?\n\nANSWER KEY\n1-(c)  2-(a)\n3. Each fold keeps the class proportions.\n';
    const note = readNote(test, 'test.txt');
    expect(note.questions.map((question) => [question.question, question.choices.map((choice) => `${choice.label}|${choice.text}|${choice.correct}`), question.answer?.markdown])).toEqual([
      ['Which is an activation?', ['a|Adam|false', 'b|SGD|false', 'c|ReLU|true'], 'c) ReLU'],
      ['PCA finds directions that...', ['a|maximize variance|true', 'b|minimize variance|false'], 'a) maximize variance'],
      ['What does stratified mean?', [], 'Each fold keeps the class proportions.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['12:answer-key']);

    const questions = '1. Which is an activation?\n   a) Adam\n   b) ReLU\n2. Which of the following is a regulariser?\n   a) Dropout\n   b) Softmax\n3. What does stratified mean?\n\n## Answer key\n\n';
    const expected = [
      ['Which is an activation?', ['a|Adam|false', 'b|ReLU|true'], 'b) ReLU'],
      ['Which of the following is a regulariser?', ['a|Dropout|true', 'b|Softmax|false'], 'a) Dropout'],
      ['What does stratified mean?', [], 'Each fold keeps the class proportions.'],
    ];
    expect(quiz(`${questions}1. b  2. a\n3. Each fold keeps the class proportions.\n`)).toEqual(expected);
    expect(quiz(`${questions}1-(b); 2-(a)\n\n3. Each fold keeps the class proportions.\n`)).toEqual(expected);
    expect(quiz(`${questions}1-(b)\n\n2-(a)\n\n3. Each fold keeps the class proportions.\n`)).toEqual(expected);
  });

  it('reads a line of numbers and letters that is more than a key row as it did: `1. a 2. b Then compare.` is one entry', () => {
    const text = '1. Which is an activation?\n   a) Adam\n   b) ReLU\n2. What is dropout?\n\n## Answers\n\n1. b) ReLU 2. a) it zeroes units\n2. Zeroing units.\n';
    expect(quiz(text).map(([question, , answer]) => [question, answer])).toEqual([
      ['Which is an activation?', 'a) Adam\nb) ReLU\n\nb) ReLU 2. a) it zeroes units'],
      ['What is dropout?', 'Zeroing units.'],
    ]);
  });

  it('keeps what an entry says after the label, and the entry of a question that asks to choose names its option too', () => {
    const text = '1. Which of the following is zero-centred?\n   a) ReLU\n   b) Tanh\n\n## Answers\n\n1. b\n\n   Its outputs lie in (-1, 1).\n';
    expect(quiz(text)).toEqual([['Which of the following is zero-centred?', ['a|ReLU|false', 'b|Tanh|true'], 'b) Tanh\n\nIts outputs lie in (-1, 1).']]);
  });

  it('reads bold **Q1. Answer: B** entries over an explanation: the option stands in for the label line', () => {
    const text = [
      '**Q1. The perceptron algorithm converges if:**',
      '',
      'A) The learning rate is large  ',
      'B) The data is linearly separable',
      '',
      '**Q2. Without nonlinearities, a deep network is equivalent to:**',
      '',
      'A) A decision tree  ',
      'B) A single linear map',
      '',
      '## Answer Key',
      '',
      '**Q1. Answer: B**',
      'Convergence is guaranteed only on separable data.',
      '',
      '**Q2. Answer: B**',
      'Stacked linear layers compose to one.',
      '',
    ].join('\n');
    expect(quiz(text)).toEqual([
      ['The perceptron algorithm converges if:', ['A|The learning rate is large|false', 'B|The data is linearly separable|true'], 'B) The data is linearly separable\n\nConvergence is guaranteed only on separable data.'],
      ['Without nonlinearities, a deep network is equivalent to:', ['A|A decision tree|false', 'B|A single linear map|true'], 'B) A single linear map\n\nStacked linear layers compose to one.'],
    ]);
  });

  it('leaves lettered lines the points of an answer when the entry goes on after its label', () => {
    const text = '1. How do L1 and L2 differ?\n   a) sparsity\n   b) robustness\n2. What is dropout?\n\n## Answers\n\n1. a) L1 gives sparse weights\n2. Zeroing units.\n';
    expect(quiz(text)).toEqual([
      ['How do L1 and L2 differ?', [], 'a) sparsity\nb) robustness\n\na) L1 gives sparse weights'],
      ['What is dropout?', [], 'Zeroing units.'],
    ]);
  });

  it('leaves a question its lettered lines when no entry answers it, and says nothing of it: they are its answer', () => {
    const note = readNote('1. How do L1 and L2 differ?\n   a) sparsity\n   b) robustness\n2. What is dropout?\n3. What is ReLU?\n\n## Answers\n\n2. Zeroing units.\n3. max(0, x).\n');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['a) sparsity\nb) robustness', 'Zeroing units.', 'max(0, x).']);
    expect(messagesOf(note.vfile)).toEqual(['7:answer-key']);
  });
});

describe('an answer key under statements to judge (`… (O/X)`, `… (T/F)`)', () => {
  /** Each question with its answer's text, null where it has none. */
  const verdicts = (text: string) => readNote(text).questions.map((question) => [question.question, question.answer?.text ?? null]);

  it('reads the key given on the line that names it, after a rule (`정답: 1. X  2. O`): each statement takes its verdict (review s68: the line was text of no question)', () => {
    const note = readNote(
      '# 머신러닝 OX 문제\n\n1. 결정 트리는 특성 스케일링이 필요하다. (O/X)\n2. 랜덤 포레스트는 배깅 기반 앙상블이다. (O/X)\n3. L1 규제는 가중치를 희소하게 만든다. (O / X)\n4. k-means는 군집 수를 자동으로 정한다. (O/X)\n\n---\n\n정답: 1. X  2. O  3. O  4. X\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text ?? null])).toEqual([
      ['결정 트리는 특성 스케일링이 필요하다. (O/X)', 'X'],
      ['랜덤 포레스트는 배깅 기반 앙상블이다. (O/X)', 'O'],
      ['L1 규제는 가중치를 희소하게 만든다. (O / X)', 'O'],
      ['k-means는 군집 수를 자동으로 정한다. (O/X)', 'X'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['10:answer-key']);
    expect(note.vfile.messages[0]!.reason).toBe('Read the section "정답" (line 10) as the answers to the numbered questions above it, matched by number');
  });

  it('reads it in English (`Answers: 1. F 2. T`), on the lines under the name, and one verdict per line under `## 정답`', () => {
    const english = '# Self-check\n\n1. Dropout is applied at test time. (T/F)\n2. Batch norm has learnable parameters. (True / False)\n\n';
    const expected = [
      ['Dropout is applied at test time. (T/F)', 'F'],
      ['Batch norm has learnable parameters. (True / False)', 'T'],
    ];
    expect(verdicts(`${english}Answers: 1. F 2. T\n`)).toEqual(expected);
    expect(verdicts(`${english}Answers:\n\n1. F  2. T\n`)).toEqual(expected);
    expect(verdicts(`${english}**Answer key:** 1-F, 2-T\n`)).toEqual(expected);
    expect(verdicts('1. 결정 트리는 특성 스케일링이 필요하다. (O/X)\n2. 랜덤 포레스트는 배깅 기반 앙상블이다. (O/X)\n\n## 정답\n\n1. X\n2. O\n')).toEqual([
      ['결정 트리는 특성 스케일링이 필요하다. (O/X)', 'X'],
      ['랜덤 포레스트는 배깅 기반 앙상블이다. (O/X)', 'O'],
    ]);
  });

  it('reads the options a key on its name\'s line names, as the key under a name (`정답: 1-(b)  2-(a)`)', () => {
    const note = readNote('1. Which is zero-centred?\n   a) sigmoid\n   b) tanh\n2. Which gives sparse weights?\n   a) L1\n   b) L2\n\n정답: 1-(b)  2-(a)\n');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['b) tanh', 'a) L1']);
    expect(messagesOf(note.vfile)).toEqual(['8:answer-key']);
  });

  it('leaves a line that names answers and says more than a key, or whose numbers no question carries, as it was', () => {
    const statements = '# OX\n\n1. 결정 트리는 특성 스케일링이 필요하다. (O/X)\n2. 랜덤 포레스트는 배깅 기반 앙상블이다. (O/X)\n\n';
    const more = readNote(`${statements}정답: 1. X  2. O 둘 다 헷갈림\n`);
    expect(more.questions.map((question) => question.answer?.text ?? null)).toEqual([null, null]);
    expect(messagesOf(more.vfile)).toEqual(['6:orphan-text']);
    const elsewhere = readNote(`${statements}정답: 3. X  4. O\n`);
    expect(elsewhere.questions.map((question) => question.answer?.text ?? null)).toEqual([null, null]);
    expect(messagesOf(elsewhere.vfile)).toEqual(['6:orphan-text']);
  });

  it('reads a key row and the name before it with patterns that cannot backtrack', () => {
    for (const pattern of ANSWER_KEY_PATTERNS) expect(backtracking(pattern), pattern.source).toBeUndefined();
  });
});

describe('a section named as answers that does not answer numbered questions', () => {
  it('stays as it was when the questions above already have answers, even when some have none', () => {
    const note = readNote('## Questions\n\n1. What is bias?\n2. What is variance?\n3. What is noise?\n   - Irreducible error.\n\n## Answers\n\n1. Wrong assumptions.\n2. Sensitivity to the sample.\n3. Irreducible error.\n');
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual([undefined, undefined, '- Irreducible error.']);
    expect(messagesOf(note.vfile)).toEqual(['10:section-text']);
  });

  it('stays in the answer of the question above when only that one is numbered and few of its numbers match', () => {
    const note = readNote('Q1. What is overfitting?\nA1. Fitting noise.\n\nQ2. How do you fight it?\n\n**정답**\n\n1. 데이터를 늘린다.\n2. 규제를 건다.\n');
    // The label over it says "answer", and is left out of it.
    expect(note.questions.map((question) => question.answer?.markdown)).toEqual(['Fitting noise.', '1. 데이터를 늘린다.\n2. 규제를 건다.']);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is not named by a lone "Answer", the label of one answer', () => {
    const note = readNote('1. What is bias?\n2. What is variance?\n\n**Answer**\n\n1. Wrong assumptions.\n2. Sensitivity to the sample.\n');
    expect(note.questions.slice(0, 2).map((question) => question.answer)).toEqual([null, null]);
    expect(note.vfile.messages.filter((message) => message.ruleId === 'answer-key')).toEqual([]);
  });
});
