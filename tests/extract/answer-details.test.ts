/**
 * Flashcard notes hide each answer under its question in
 * `<details><summary>ANS</summary>`. The question may be indented by a tab,
 * which Markdown (and GitHub) reads as code; inside the `<details>`, up to its
 * closing tag, everything is the answer, even a line that reads as a task.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const card = (question: string, answer: string) => `${question}\n<details>\n<summary>ANS</summary>\n<div>\n ${answer}\n</div>\n</details>\n\n`;

describe('a question over an answer hidden in <details><summary>ANS</summary>', () => {
  it('is read from a line indented by a tab, as the flashcards mean it', () => {
    const note = readNote(`## Statistics\n\n${card("\tWhat is Simpson's Paradox?", 'Trends reverse when groups are combined.')}${card('\tGive me an example where MLE is equivalent to MAP', 'A uniform prior.')}`);
    expect(note.questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ["What is Simpson's Paradox?", 'Trends reverse when groups are combined.', 3],
      ['Give me an example where MLE is equivalent to MAP', 'A uniform prior.', 11],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('unwraps an answer hidden under a Chinese or Japanese summary (答案, 参考答案, 查看答案, 答え)', () => {
    for (const summary of ['答案', '参考答案', '点击查看答案', '答え']) {
      const note = readNote(`## 特征缩放的作用？\n\n<details>\n<summary>${summary}</summary>\n<div>\n\n加速梯度下降。\n</div>\n</details>\n`);
      expect(note.questions.map((question) => question.answer?.markdown), summary).toEqual(['加速梯度下降。']);
    }
  });

  it('unwraps an answer under a summary that labels it in brackets, in a list item too (`[답안]`, `【回答】`)', () => {
    const note = readNote('## 머신러닝\n- 차원의 저주에 대해 설명해주세요\n  <details markdown="1">\n  <summary>[답안]</summary>\n\n  > 차원이 늘수록 학습이 어려워진다.\n\n  </details>\n- Cross Validation은 무엇인가요?\n');
    expect(note.questions.map((question) => question.answer?.markdown ?? null)).toEqual(['> 차원이 늘수록 학습이 어려워진다.', null]);
    const quiz = readNote('### 問1. データサイエンスは単一の科学領域である。(y/n)\n\n<details>\n<summary>【回答】</summary>\n\nn\n</details>\n');
    expect(quiz.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([['データサイエンスは単一の科学領域である。(y/n)', 'n']]);
  });

  it('keeps a summary that says more than "answer", its fold whole in the Markdown as in the HTML', () => {
    const note = readNote('## 머신러닝\n- Local Minima에 대해 설명해주세요.\n  <details markdown="1">\n  <summary>자세히 보기</summary>\n\n  > 가장 낮은 cost를 갖는 지점.\n\n  </details>\n');
    const answer = note.questions[0]!.answer!;
    expect(answer.markdown).toBe('<details>\n<summary>자세히 보기</summary>\n\n> 가장 낮은 cost를 갖는 지점.\n\n</details>');
    expect(answer.html).toBe('<details>\n<summary>자세히 보기</summary>\n<blockquote>\n<p>가장 낮은 cost를 갖는 지점.</p>\n</blockquote>\n</details>');
  });

  it('keeps indented code over such an answer as code', () => {
    const note = readNote(`What does this print?\n\n    print(sorted(x)[::-1])\n${card('', 'The list, reversed.').slice(1)}`);
    expect(note.questions.map((question) => question.question)).toEqual(['What does this print?']);
    expect(note.questions[0]!.answer!.markdown).toContain('```\nprint(sorted(x)[::-1])\n```');
  });

  it('takes the lines inside the <details> as the answer, a line that reads as a task too', () => {
    const note = readNote(`${card('What native data structures can you name in Python?', 'List, Dictionary, Set, String, Tuple\n \n  See details [here](https://example.com/)')}${card('How is memory managed in Python?', 'In a private heap.')}`);
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What native data structures can you name in Python?', 'List, Dictionary, Set, String, Tuple\nSee details here'],
      ['How is memory managed in Python?', 'In a private heap.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('still ends at the next question when its <details> is never closed, and warns', () => {
    const note = readNote('What is dropout?\n<details>\n<summary>ANS</summary>\n\nZeroing activations.\n\nWhat is batch norm?\n<details>\n<summary>ANS</summary>\n\nNormalising per batch.\n\n</details>\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is batch norm?']);
    expect(messagesOf(note.vfile)).toEqual(['2:unclosed-details']);
  });

  it('takes the answer under a line break that spaces it from its summary (`<br>`, as GitHub READMEs write it)', () => {
    const fold = (question: string, answer: string, spacer: string) => `<details>\n<summary>${question}</summary>\n${spacer}\n\n${answer}\n\n</details>\n\n`;
    for (const spacer of ['<br>', '<br/>', '<br><br>']) {
      const note = readNote(`# Stats\n\n${fold('What is a p-value?', 'The probability of data at least as extreme.', spacer)}${fold('What is the central limit theorem?', 'Sample means are about normal.', spacer)}`);
      expect(note.questions.map((question) => [question.question, question.answer?.markdown ?? null]), spacer).toEqual([
        ['What is a p-value?', 'The probability of data at least as extreme.'],
        ['What is the central limit theorem?', 'Sample means are about normal.'],
      ]);
      expect(messagesOf(note.vfile), spacer).toEqual([]);
    }
    // So in a fold written whole on its line (`</summary><br>`); a line break inside the answer is one of its lines.
    const oneLine = readNote('<details><summary>What is a p-value?</summary><br>The probability of data at least as extreme.</details>\n<details><summary>What is the central limit theorem?</summary><br/><br> Sample means are about normal,<br>whatever the population. <br></details>\n');
    expect(oneLine.questions.map((question) => [question.question, question.answer?.markdown, question.answer?.text])).toEqual([
      ['What is a p-value?', 'The probability of data at least as extreme.', 'The probability of data at least as extreme.'],
      ['What is the central limit theorem?', 'Sample means are about normal,<br>whatever the population.', 'Sample means are about normal,\nwhatever the population.'],
    ]);
    // Elsewhere a `<br>` line is the line break it is: the paragraph around it stays one.
    const prose = readNote('<div>\n\nWhat is bagging?\n\nBootstrap samples,<br>\n<br>\naggregated.\n\n</div>\n');
    expect(prose.questions.map((question) => question.answer?.markdown)).toEqual(['Bootstrap samples,<br>\n<br>\naggregated.']);
  });

  it('takes what a fold whole in its own block holds after its summary as its answer, and what follows it too', () => {
    const oneLine = readNote('## Stats\n\n<details><summary>What is a p-value?</summary>The chance of data as extreme.</details>\n\nSee the appendix.\n');
    expect(oneLine.questions.map((question) => [question.question, question.answer?.text])).toEqual([['What is a p-value?', 'The chance of data as extreme.\nSee the appendix.']]);
    // A list of questions after it is none of its answer: they are questions of their own.
    const listed = readNote('<details>\n<summary>What is bootstrapping?</summary>\n</details>\n\n1. What is the bias-variance trade-off?\n2. What is regularization?\n');
    expect(listed.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is bootstrapping?', null],
      ['What is the bias-variance trade-off?', null],
      ['What is regularization?', null],
    ]);
    // An empty one is answered by what follows it, as before.
    const empty = readNote('<details><summary>What is dropout?</summary></details>\n\n```python\nnn.Dropout(0.5)\n```\n');
    expect(empty.questions.map((question) => question.answer?.markdown)).toEqual(['```python\nnn.Dropout(0.5)\n```']);
  });

  it('reads folds written whole on lines one under another (a GitHub README) as a question each, with its own answer', () => {
    const folds = [
      '<details><summary>What is overfitting?</summary>The model fits noise in the training data.</details>',
      '<details><summary>What is dropout?</summary>Randomly zeroing activations during training.</details>',
      "<details><summary>What is batch norm?</summary>Normalising a layer's inputs over the batch.</details>",
    ];
    const expected = [
      ['What is overfitting?', 'The model fits noise in the training data.'],
      ['What is dropout?', 'Randomly zeroing activations during training.'],
      ['What is batch norm?', "Normalising a layer's inputs over the batch."],
    ];
    for (const between of ['\n', '\n\n']) {
      const note = readNote(`# ML\n\n${folds.join(between)}\n`);
      expect(note.questions.map((question) => [question.question, question.answer?.markdown]), JSON.stringify(between)).toEqual(expected);
      expect(note.questions.map((question) => question.occurrences[0]!.line), JSON.stringify(between)).toEqual(between === '\n' ? [3, 4, 5] : [3, 5, 7]);
      expect(messagesOf(note.vfile)).toEqual([]);
    }
    // Beside folds written over several lines, and an empty fold: a question with no answer, the next fold none of it.
    const mixed = readNote(
      '<details><summary>What is overfitting?</summary>Fitting noise.</details>\n<details>\n<summary>What is dropout?</summary>\n\nZeroing activations.\n\n</details>\n<details><summary>What is early stopping?</summary></details>\n<details><summary>What is batch norm?</summary>Normalising<br>over the batch.</details>\n',
    );
    expect(mixed.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['What is dropout?', 'Zeroing activations.'],
      ['What is early stopping?', null],
      ['What is batch norm?', 'Normalising<br>over the batch.'],
    ]);
    expect(messagesOf(mixed.vfile)).toEqual([]);
    const empties = readNote('<details><summary>What is X?</summary></details>\n<details><summary>What is Y?</summary></details>\n');
    expect(empties.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is X?', null],
      ['What is Y?', null],
    ]);
  });
});

