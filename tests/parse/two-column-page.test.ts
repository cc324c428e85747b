/**
 * A page set in two columns and copied with its layout (`pdftotext -layout`) holds on each line the left column's
 * line, a wide gap, and the right column's. It is read as a reader reads the page: the left column, then the right,
 * each question with its own answer, and a note names the lines so read. A table's rows, aligned code or a few lines
 * with a wide gap are no such page.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, readNote } from '../helpers/read-note.js';
import { twoColumnLayout } from '../../src/parse/two-column-page.js';

const page = [
  'Q1. What is batch normalization?                 Q3. What is label smoothing?',
  'Normalizes each feature over the mini-batch.     Replaces one-hot targets with soft ones.',
  '',
  'Q2. Why use residual connections?                Q4. What is mixed precision training?',
  'They give gradients an identity path.            Computing in FP16 with FP32 master weights.',
].join('\n');

const cheatSheet = [
  '',
  '                        Deep Learning Interview Cheat Sheet (v3)',
  '',
  'Q1. What is batch normalization?                 Q4. What is label smoothing?',
  'Normalizes each feature over the mini-batch,     Replaces one-hot targets with (1-ε) on the',
  'then scales and shifts with learned γ, β.        true class and ε/(K-1) elsewhere; reduces',
  '                                                 over-confidence.',
  'Q2. Why use residual connections?',
  'They give gradients an identity path, so         Q5. What is mixed precision training?',
  'very deep networks train without degrading.      Computing in FP16/BF16 with FP32 master',
  '                                                 weights and loss scaling to save memory',
  'Q3. What is the dying ReLU problem?              and time.',
  'Units stuck at negative pre-activations',
  'output 0 and get no gradient; Leaky ReLU         Q6. Why warm up the learning rate?',
  'or lower learning rates help.                    Adaptive optimizers\' early estimates are',
  '                                                 noisy; a small LR at first avoids divergence.',
  '',
  `${' '.repeat(89)}1`,
].join('\n');

describe('a two-column page copied with its layout', () => {
  it('is read left column first, then the right one: each question with its own answer, and a note names the lines', () => {
    const read = readNote(page, 'page.txt');
    expect(read.questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is batch normalization?', 'Normalizes each feature over the mini-batch.'],
      ['Why use residual connections?', 'They give gradients an identity path.'],
      ['What is label smoothing?', 'Replaces one-hot targets with soft ones.'],
      ['What is mixed precision training?', 'Computing in FP16 with FP32 master weights.'],
    ]);
    const told = read.vfile.messages.filter((message) => message.ruleId === 'two-column-page');
    expect(told.map((message) => [message.line, message.fatal, message.reason])).toEqual([
      [1, undefined, "Read lines 1-5 as two columns side by side, as a page copied with its layout sets them (pdftotext -layout): the left column's lines first, then the right column's, from column 50"],
    ]);
  });

  it("keeps a column's question over its answer where the other column has a line alone, and each question at its file line", () => {
    const read = readNote(cheatSheet, 'cheat-sheet.txt');
    expect(read.questions.map((question) => [question.question, question.occurrences[0]!.line])).toEqual([
      ['What is batch normalization?', 4],
      ['Why use residual connections?', 8],
      ['What is the dying ReLU problem?', 12],
      ['What is label smoothing?', 4],
      ['What is mixed precision training?', 9],
      ['Why warm up the learning rate?', 14],
    ]);
    const answers = Object.fromEntries(read.questions.map((question) => [question.question, question.answer?.markdown ?? '']));
    // A line that fills its column, narrower than a page, wraps onto the next: one paragraph.
    expect(answers['What is the dying ReLU problem?']).toBe('Units stuck at negative pre-activations\noutput 0 and get no gradient; Leaky ReLU\nor lower learning rates help.');
    expect(answers['What is mixed precision training?']).toBe('Computing in FP16/BF16 with FP32 master\nweights and loss scaling to save memory\nand time.');
    // The page's number at its right edge is left out, not the last answer's end.
    expect(answers['Why warm up the learning rate?']).toMatch(/avoids divergence\.$/);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'page-number').map((message) => message.line)).toEqual([18]);
  });

  it('takes the right column from its first line where it starts higher than the left one', () => {
    const higher = [
      'Machine Learning Notes',
      '',
      `${' '.repeat(49)}Q4. What is label smoothing?`,
      'Q1. What is batch normalization?                 Replaces one-hot targets with soft ones.',
      'Normalizes each feature over the mini-batch.     Q5. What is mixed precision training?',
      'Q2. Why use residual connections?                Computing in FP16 with FP32 master weights.',
      'They give gradients an identity path.            Q6. What is gradient clipping?',
      'Q3. What is the dying ReLU problem?              Capping the gradient norm at each step.',
      'Units stuck below zero get no gradient.',
    ].join('\n');
    expect(answersOf(higher, 'higher.txt')).toEqual([
      ['What is batch normalization?', 'Normalizes each feature over the mini-batch.'],
      ['Why use residual connections?', 'They give gradients an identity path.'],
      ['What is the dying ReLU problem?', 'Units stuck below zero get no gradient.'],
      ['What is label smoothing?', 'Replaces one-hot targets with soft ones.'],
      ['What is mixed precision training?', 'Computing in FP16 with FP32 master weights.'],
      ['What is gradient clipping?', 'Capping the gradient norm at each step.'],
    ]);
  });

  it("takes a right column's line one column off (a copy's rounding) for one as deep as the others, no item nested in the one above", () => {
    const offByOne = [
      ['1. What is batch normalization?', '4. What is label smoothing?', 48],
      ['Normalizes each feature over the mini-batch.', 'Replaces one-hot targets with soft ones.', 49],
      ['', '', 0],
      ['2. Why use residual connections?', '5. What is mixed precision training?', 49],
      ['They give gradients an identity path.', 'Computing in FP16 with FP32 master weights.', 49],
      ['', '', 0],
      ['3. What is the dying ReLU problem?', '6. Why warm up the learning rate?', 49],
      ['Units stuck below zero get no gradient.', 'Early estimates are noisy at first.', 49],
    ].map(([left, right, column]) => (right === '' ? '' : `${(left as string).padEnd(column as number)}${right}`));
    expect(answersOf(offByOne.join('\n'), 'off-by-one.txt')).toEqual([
      ['What is batch normalization?', 'Normalizes each feature over the mini-batch.'],
      ['Why use residual connections?', 'They give gradients an identity path.'],
      ['What is the dying ReLU problem?', 'Units stuck below zero get no gradient.'],
      ['What is label smoothing?', 'Replaces one-hot targets with soft ones.'],
      ['What is mixed precision training?', 'Computing in FP16 with FP32 master weights.'],
      ['Why warm up the learning rate?', 'Early estimates are noisy at first.'],
    ]);
  });

  it("reads each page's columns in turn: a form feed, pdftotext's page break, ends a page's run", () => {
    const nextPage = [
      ['Q5. What is layer normalization?', 'Q7. What is weight decay?'],
      ['Normalizes over the features of an example.', 'An L2 penalty applied by the optimizer.'],
      ['Q6. Why use skip connections?', 'Q8. What is gradient clipping?'],
      ['They let gradients reach early layers.', 'Capping the gradient norm at each step.'],
    ].map(([left, right]) => `${left!.padEnd(49)}${right}`);
    const pages = `${page}\n\f${nextPage.join('\n')}`;
    const read = readNote(pages, 'pages.txt');
    expect(read.questions.map((question) => question.question)).toEqual([
      'What is batch normalization?',
      'Why use residual connections?',
      'What is label smoothing?',
      'What is mixed precision training?',
      'What is layer normalization?',
      'Why use skip connections?',
      'What is weight decay?',
      'What is gradient clipping?',
    ]);
    expect(read.vfile.messages.filter((message) => message.ruleId === 'two-column-page').map((message) => message.line)).toEqual([1, 6]);
  });

  it('reads no columns in cells of one sentence each side by side, which neither wrap nor ask (a comparison, an exchange), nor in a cheat sheet of rows', () => {
    const comparison = [
      'SQL databases enforce a fixed schema.         NoSQL stores accept flexible documents.',
      'They scale up on a bigger machine.            They scale out across many machines.',
      'Joins are cheap and well optimised.           Joins are done in the application.',
      'Strong consistency is the default.            Eventual consistency is common.',
    ];
    const rows = [
      'Bagging                                  Boosting',
      'Trains models in parallel on samples     Trains models one after another',
      'each model has equal weight              later models focus on earlier errors',
      'reduces variance of the ensemble         reduces bias of the ensemble',
    ];
    expect(twoColumnLayout(comparison)?.read ?? []).toEqual([]);
    expect(twoColumnLayout(rows)?.read ?? []).toEqual([]);
  });

  it('reads a run of any length', () => {
    // A question over its answer in each column, again and again.
    const lines = Array.from({ length: 200_000 }, (_, k) => page.split('\n')[k % 2]!);
    expect(twoColumnLayout(lines)?.read).toEqual([{ first: 1, last: 200_000, column: 50, sideBySide: 200_000, written: 200_000 }]);
  });

  it('warns where lines hold two columns on too few of them to read them so', () => {
    const few = [
      'Q1. What is batch normalization?                 Q3. What is label smoothing?',
      'Normalizes each feature over the mini-batch.',
      'It is applied before the activation.',
      'It also acts as a regularizer of sorts.',
      'They give gradients an identity path.            Replaces one-hot targets with soft ones.',
      'More of the left column goes here.',
      'And yet more of the left column.',
      'Q2. Why use residual connections?                Q4. What is mixed precision training?',
    ].join('\n');
    const read = readNote(few, 'few.txt');
    expect(read.vfile.messages.filter((message) => message.ruleId === 'two-column-page').map((message) => [message.line, message.fatal, message.reason])).toEqual([
      [1, false, "Two columns side by side, it seems, on lines 1-8 (text on both sides of a gap at column 50 on 3 of their 8 lines), but too few to be sure: read as one column, line by line, so a question of one column may run into the other's"],
    ]);
  });
});

describe('lines with a wide gap that are no two-column page', () => {
  it('a single line asking and answering across a gap is read as it was', () => {
    expect(twoColumnLayout(['Q: What is dropout?          A: Dropping units at random.'])).toBeUndefined();
    expect(answersOf('Q: What is dropout?          A: Dropping units at random.\n', 'one.txt')).toEqual([['What is dropout?', 'Dropping units at random.']]);
  });

  it("a table's rows, aligned code and its comments, questions and answers set out in two columns, or a glossary's terms beside their meanings (no sentence in a column)", () => {
    const table = ['Batch size          64', 'Learning rate       0.001', 'Optimizer           Adam with weight decay', 'Epochs              100'];
    const code = ['x = np.zeros(3)          # the three counts we keep', 'y = model.predict(x)     # predict on the zeros here', 'loss = mse(y, target)    # the error we minimize now'];
    const pairs = ['Q: What is dropout here?         A: Dropping units at random.', 'Q: What is L2 in a model?        A: A penalty on the weights.', 'Q: What is early stopping?       A: Halting when validation stalls.'];
    const glossary = [
      'Stochastic gradient descent        Updates the weights with one sample at a time',
      'Mini batch gradient descent        Updates the weights with a small batch each step',
      'Full batch gradient descent        Updates the weights with the whole data set',
    ];
    for (const lines of [table, code, pairs, glossary]) expect(twoColumnLayout(lines)).toBeUndefined();
  });

  it('a table of questions beside their answers, each row asking on its left (a question mark or not): each question keeps the answer on its line', () => {
    const table = [
      'What is overfitting?                      When a model memorizes the training data.',
      'What is dropout?                          Randomly zeroing units during training.',
      'What is L2 regularization?                A penalty on the squared weights.',
      'What is early stopping?                   Halting training when validation stalls.',
    ];
    expect(twoColumnLayout(table)).toBeUndefined();
    const told = ['Explain overfitting in a model        When a model memorizes the training data.', 'Define dropout for a network          Randomly zeroing units during training.', 'Describe what L2 does to weights      A penalty on the squared weights.'];
    expect(twoColumnLayout(told)).toBeUndefined();
    expect(answersOf(table.join('\n'), 'table.txt')).toEqual([
      ['What is overfitting?', 'When a model memorizes the training data.'],
      ['What is dropout?', 'Randomly zeroing units during training.'],
      ['What is L2 regularization?', 'A penalty on the squared weights.'],
      ['What is early stopping?', 'Halting training when validation stalls.'],
    ]);
  });
});
