/**
 * A numbered outline copied as text (Google Docs exports a multilevel list as `1.` / `1.1.` / `1.1.1.` lines):
 * the level whose lines ask holds the questions, the levels above it title their sections, and the levels
 * under it are the points of each answer. No outline number is left in a question, a topic or an answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';
import { koreanOutlineNumbers } from '../../src/parse/korean-outline-numbers.js';

/** Each question's wording, topic and answer as Markdown. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'notes.txt');
  return { rows: questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe('a numbered outline (`1.` / `1.1.` / `1.1.1.`) copied as text', () => {
  it('titles its sections with its top lines, asks at its second level, and answers with the lines under each question', () => {
    const { rows, messages } = read(
      'ML Engineer Interview Prep\n\n1. Supervised learning\n1.1. What is data leakage?\n1.1.1. Test information leaks into features.\n2. Unsupervised learning\n2.1. How does DBSCAN decide clusters?\n2.1.1. Density-connected core points.\n',
    );
    expect(rows).toEqual([
      // `2. Unsupervised learning` was the end of this answer: it titles the next section.
      ['What is data leakage?', 'Supervised learning', 'Test information leaks into features.'],
      ['How does DBSCAN decide clusters?', 'Unsupervised learning', 'Density-connected core points.'],
    ]);
    expect(messages).toEqual([]);
  });

  it('lists an answer of two points or more as the outline numbers them at their level, one point alone being its text', () => {
    const { rows } = read(
      'Prep\n\n1. Supervised learning\n1.1. What is the difference between classification and regression?\n1.1.1. Classification predicts a label.\n1.2. Why do we split data into train, validation and test sets?\n1.2.1. Train fits parameters.\n1.2.2. Never tune on the test set.\n1.2.2.1. It would leak.\n',
    );
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['What is the difference between classification and regression?', 'Classification predicts a label.'],
      ['Why do we split data into train, validation and test sets?', '1. Train fits parameters.\n2. Never tune on the test set.\n   1. It would leak.'],
    ]);
    // Numbered questions with no line numbered under another are no outline: an answer's own numbered lines stay as they were.
    const plain = read('Prep\n\n1. What is overfitting?\nFitting noise.\n2. What is dropout?\n1. Zeroing units.\n2. At random.\n').rows;
    expect(plain.map(([question, , answer]) => [question, answer])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['What is dropout?', '1\\. Zeroing units.\n\n2\\. At random.'],
    ]);
  });

  it('reads numbers written without their last point (`1.1 What …?`), and its first line as a section, not the note\'s title', () => {
    const { rows } = read('1. Supervised learning\n1.1 What is data leakage?\n1.1.1 Test information leaks into features.\n2. Unsupervised learning\n2.1 How does DBSCAN decide clusters?\n2.1.1 Density-connected core points.\n');
    expect(rows).toEqual([
      ['What is data leakage?', 'Supervised learning', 'Test information leaks into features.'],
      ['How does DBSCAN decide clusters?', 'Unsupervised learning', 'Density-connected core points.'],
    ]);
    // A copied book page's section numbers, with no chapter line numbered `3.` above them, number no outline: they stay its topics.
    const book = read('Handbook\n3.2 Regularization\nQ 3.4 What is L2 regularization?\nAnswer. A penalty on the weights.\n3.3 Normalization\nQ 3.5 What does batch normalization solve?\nAnswer. Covariate shift.\n').rows;
    expect(book).toEqual([
      ['What is L2 regularization?', '3.2 Regularization', 'A penalty on the weights.'],
      ['What does batch normalization solve?', '3.3 Normalization', 'Covariate shift.'],
    ]);
    // Nor do its sections numbered under them (`2.1` over `2.1.1`), with no line numbered `2.` as the outline's top: they stay its topics as written.
    const nested = read('Handbook\n\n2.1 Regularization\n2.1.1 What is L2?\nA penalty.\n2.1.2 What is L1?\nSparsity.\n2.2 Normalization\n2.2.1 What is batch norm?\nRescaling.\n').rows;
    expect(nested).toEqual([
      ['What is L2?', '2.1 Regularization', 'A penalty.'],
      ['What is L1?', '2.1 Regularization', 'Sparsity.'],
      ['What is batch norm?', '2.2 Normalization', 'Rescaling.'],
    ]);
  });

  it("reads a chapter's numbered questions copied without the chapter's line (`2.1`, `2.2`, `2.3` under no `2.`) as `1.`, `2.`, `3.` lines: a task among them asks too", () => {
    const { rows } = read('Chapter 2 review\n\n2.1 What is overfitting?\nThe model fits the noise of the training data.\n\n2.2 Define the F1 score.\nThe harmonic mean of precision and recall.\n\n2.3 Explain the bias-variance tradeoff.\nSimple models underfit, complex ones overfit.\n');
    expect(rows).toEqual([
      ['What is overfitting?', null, 'The model fits the noise of the training data.'],
      ['Define the F1 score.', null, 'The harmonic mean of precision and recall.'],
      ['Explain the bias-variance tradeoff.', null, 'Simple models underfit, complex ones overfit.'],
    ]);
    // A decimal opening the note's first numbered line (`3.5 million …`) opens no outline before one numbered from `1.`.
    const opened = read('Prep\n\n3.5 million parameters is small for this.\n\n1. Supervised learning\n1.1 What is data leakage?\n1.1.1 Test information leaks into features.\n1.2 What is a baseline?\n1.2.1 The simplest model to beat.\n').rows;
    expect(opened.map(([question, topic]) => [question, topic])).toEqual([
      ['What is data leakage?', 'Supervised learning'],
      ['What is a baseline?', 'Supervised learning'],
    ]);
  });

  it('is no outline with fewer than two lines numbered under another: `1. Basics` over numbered questions is their topic', () => {
    const { rows } = read('Prep\n\n1. Basics\n2. What is overfitting?\nFitting noise.\n3. What is dropout?\nZeroing units.\n');
    // Read as an outline whose questions are at its top level, `Basics` was a question too, with no answer.
    expect(rows).toEqual([
      ['What is overfitting?', 'Basics', 'Fitting noise.'],
      ['What is dropout?', 'Basics', 'Zeroing units.'],
    ]);
  });

  it('is no outline where none of its levels asks: its numbered lines title the questions asked under them, as before', () => {
    const { rows } = read('Prep\n\n1. Optimizers\n1.1. SGD\nWhat is momentum?\nA running average of gradients.\n1.2. Adam\nWhat does Adam adapt?\nThe step size per weight.\n');
    expect(rows).toEqual([
      ['What is momentum?', 'SGD', 'A running average of gradients.'],
      ['What does Adam adapt?', 'Adam', 'The step size per weight.'],
    ]);
  });

  it('reads an answer\'s steps numbered `1.`, `2.` under a question as its list, the outline going on after them', () => {
    const { rows } = read('Prep\n\n1. Deep learning\n1.1. How does backprop work?\n1. Compute the gradient\n2. Update the weights\n1.2. What is dropout?\nZeroing units.\n2. Classical ML\n2.1. What is an SVM?\nA max-margin classifier.\n');
    // `2. Update the weights`, numbered as the next section would be, titled one, and the lines after it lost their place.
    expect(rows).toEqual([
      ['How does backprop work?', 'Deep learning', '1. Compute the gradient\n2. Update the weights'],
      ['What is dropout?', 'Deep learning', 'Zeroing units.'],
      ['What is an SVM?', 'Classical ML', 'A max-margin classifier.'],
    ]);
    // A line numbered as the next step and the next section, right over that section's first line (`2.1.`), titles the
    // section; a step alone stays a list of one, as written (as a paragraph, `Compute the gradient` set a task: a question).
    const next = read('Prep\n\n1. Deep learning\n1.1. How does backprop work?\n1. Compute the gradient\n2. Classical ML\n2.1. What is an SVM?\nA max-margin classifier.\n').rows;
    expect(next).toEqual([
      ['How does backprop work?', 'Deep learning', '1. Compute the gradient'],
      ['What is an SVM?', 'Classical ML', 'A max-margin classifier.'],
    ]);
  });

  it('numbers no line under another unless it is the first under it (`x.1`): a decimal opening an answer (`1.5 times …`) is its text', () => {
    const { rows } = read('Prep\n\n1. How much should the batch grow per epoch?\n1.5 times the last.\n2. How much should the learning rate grow?\n2.5 times, at most.\n');
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['How much should the batch grow per epoch?', '1.5 times the last.'],
      ['How much should the learning rate grow?', '2.5 times, at most.'],
    ]);
  });

  it('reads a line opening with a number and no point after it (`2 weeks on one GPU.`) as no section, but the text of the answer it stands in', () => {
    const { rows, messages } = read(
      'Prep\n\n1. Supervised learning\n1.1. What is overfitting?\n1.1.1. Fitting noise.\n1.2. How long does training take?\n2 weeks on one GPU.\n2. Deep learning\n2.1. What is dropout?\n2.1.1. Zeroing units.\n',
    );
    // Read as the top level's `2`, it titled the next section (`weeks on one GPU.`), and `2. Deep learning` was lost.
    expect(rows).toEqual([
      ['What is overfitting?', 'Supervised learning', 'Fitting noise.'],
      ['How long does training take?', 'Supervised learning', '2 weeks on one GPU.'],
      ['What is dropout?', 'Deep learning', 'Zeroing units.'],
    ]);
    expect(messages).toEqual([]);
  });

  it('keeps a section title out of the answer above it with blank lines between, and out of a question not answered yet', () => {
    const { rows } = read(
      'Prep\n\n1. Supervised learning\n\n1.1. What is data leakage?\n\nTest information leaks into features.\n\n1.2. When would you use a holdout set?\n2. Unsupervised learning\n\n2.1. How does DBSCAN decide clusters?\n\nDensity-connected core points.\n',
    );
    expect(rows).toEqual([
      ['What is data leakage?', 'Supervised learning', 'Test information leaks into features.'],
      ['When would you use a holdout set?', 'Supervised learning', null],
      ['How does DBSCAN decide clusters?', 'Unsupervised learning', 'Density-connected core points.'],
    ]);
  });

  it('asks a line of its questions\' level that only names a topic, over its points', () => {
    const { rows } = read('Prep\n\n1. Supervised learning\n1.1. What is overfitting?\n1.1.1. Fitting noise.\n1.2. Bias-variance tradeoff\n1.2.1. Bias falls as variance rises.\n');
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['What is overfitting?', 'Fitting noise.'],
      ['Bias-variance tradeoff', 'Bias falls as variance rises.'],
    ]);
  });

  it('notes a section with nothing under it, between sections and ending the note', () => {
    const { rows, messages } = read('Prep\n\n1. Basics\n2. Supervised learning\n2.1. What is overfitting?\n2.1.1. Fitting noise.\n3. Reinforcement learning\n');
    expect(rows).toEqual([['What is overfitting?', 'Supervised learning', 'Fitting noise.']]);
    expect(messages).toEqual(['3:empty-section', '7:empty-section']);
  });

  it('asks at its top level when that is where its lines ask, a level under it that asks too numbering sub-questions', () => {
    const { rows } = read('Prep\n\n1. What is regularization?\n1.1. What is L1?\n1.1.1. Sparse weights.\n1.2. What is L2?\n1.2.1. Shrinkage.\n1.2.2. A Gaussian prior.\n2. What is dropout?\n2.1. Zeroing units.\n');
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['What is regularization?', null],
      ['What is L1?', 'Sparse weights.'],
      ['What is L2?', '1. Shrinkage.\n2. A Gaussian prior.'],
      ['What is dropout?', 'Zeroing units.'],
    ]);
  });
});

describe('a numbered outline (`1.` / `1.1.` / `1.1.1.`) in a Markdown note', () => {
  /** Each question's wording, topic and answer as Markdown, in a `.md` note. */
  const readMarkdown = (note: string) => {
    const { questions, vfile } = readNote(note, 'notes.md');
    return { rows: questions.map((question) => [question.question, question.topic, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
  };

  it('titles its sections with its top lines and asks at its second level, with blank lines between its lines or none', () => {
    const spaced = readMarkdown('# ML 인터뷰 정리\n\n1. Supervised learning\n\n1.1. What is overfitting?\n\nWhen a model fits noise.\n\n1.2. What is regularization?\n\nA penalty on weights.\n\n2. Deep learning\n\n2.1. What is dropout?\n\nRandomly zeroing units.\n');
    // `1.` opened a list of one (`Supervised learning`, no topic), and `2. Deep learning` ended the answer above it.
    expect(spaced.rows).toEqual([
      ['What is overfitting?', 'Supervised learning', 'When a model fits noise.'],
      ['What is regularization?', 'Supervised learning', 'A penalty on weights.'],
      ['What is dropout?', 'Deep learning', 'Randomly zeroing units.'],
    ]);
    expect(spaced.messages).toEqual([]);
    // With no blank line, `1.1 …` went on as the list item's lazy line: `Supervised learning 1.1 What is overfitting?` asked.
    const packed = readMarkdown('# ML\n\n1. Supervised learning\n1.1 What is overfitting?\nWhen a model fits noise.\n1.2 What is regularization?\nA penalty on weights.\n2. Deep learning\n2.1 What is dropout?\nRandomly zeroing units.\n');
    expect(packed.rows).toEqual(spaced.rows);
  });

  it('reads three levels: sections over sections, or points under the questions listed as the outline numbers them', () => {
    const sections = readMarkdown('# ML\n\n1. Machine learning\n1.1. Supervised learning\n1.1.1. What is overfitting?\nWhen a model fits noise.\n1.2. Unsupervised learning\n1.2.1. What is k-means?\nClustering by centroids.\n2. Deep learning\n2.1. Regularization\n2.1.1. What is dropout?\nRandomly zeroing units.\n');
    expect(sections.rows).toEqual([
      ['What is overfitting?', 'Supervised learning', 'When a model fits noise.'],
      ['What is k-means?', 'Unsupervised learning', 'Clustering by centroids.'],
      ['What is dropout?', 'Regularization', 'Randomly zeroing units.'],
    ]);
    const points = readMarkdown('# ML\n\n1. Supervised learning\n1.1. What is the difference between classification and regression?\n1.1.1. Classification predicts a label.\n1.2. Why do we split data?\n1.2.1. Train fits parameters.\n1.2.2. Never tune on the test set.\n1.2.2.1. It would leak.\n2. Deep learning\n2.1. What is dropout?\n2.1.1. Randomly zeroing units.\n');
    expect(points.rows).toEqual([
      ['What is the difference between classification and regression?', 'Supervised learning', 'Classification predicts a label.'],
      ['Why do we split data?', 'Supervised learning', '1. Train fits parameters.\n2. Never tune on the test set.\n   1. It would leak.'],
      ['What is dropout?', 'Deep learning', 'Randomly zeroing units.'],
    ]);
  });

  it('asks at its top level when its sections\' titles ask, as copied text does', () => {
    const note = '1. What is ML?\n1.1. What is supervised learning?\nLearning from labels.\n1.2. What is unsupervised learning?\nFinding structure.\n2. What is DL?\n2.1. What is a neuron?\nA unit.\n';
    const { rows } = readMarkdown(`# ML\n\n${note}`);
    expect(rows).toEqual([
      ['What is ML?', null, null],
      ['What is supervised learning?', null, 'Learning from labels.'],
      ['What is unsupervised learning?', null, 'Finding structure.'],
      ['What is DL?', null, null],
      ['What is a neuron?', null, 'A unit.'],
    ]);
    expect(read(`ML\n\n${note}`).rows).toEqual(rows);
  });

  it('reads its lines nested in the items of its sections, with code in an answer, and notes a section with nothing under it', () => {
    const { rows, messages } = readMarkdown(
      '# ML\n\n1. Supervised learning\n\n   1.1. What is **overfitting**?\n\n   When a model fits `noise`.\n\n   1.2. How is L2 regularization written?\n\n   ```python\n   loss + lam * w.norm()\n   ```\n\n2. Deep learning\n\n   2.1. What is dropout?\n\n   Randomly zeroing units.\n\n3. Reinforcement learning\n',
    );
    expect(rows).toEqual([
      ['What is overfitting?', 'Supervised learning', 'When a model fits `noise`.'],
      ['How is L2 regularization written?', 'Supervised learning', '```python\nloss + lam * w.norm()\n```'],
      ['What is dropout?', 'Deep learning', 'Randomly zeroing units.'],
    ]);
    expect(messages).toEqual(['21:empty-section']);
  });

  it('keeps an ordinary ordered list as it is: an answer\'s steps, under a heading or a question of the outline, and a list of questions', () => {
    const plain = readMarkdown('# Notes\n\n## What is backprop?\n\n1. Compute the gradient\n2. Update the weights\n\n## Questions\n\n1. What is overfitting?\n2. What is dropout?\n');
    expect(plain.rows).toEqual([
      ['What is backprop?', null, '1. Compute the gradient\n2. Update the weights'],
      ['What is overfitting?', null, null],
      ['What is dropout?', null, null],
    ]);
    // In an outline, `2. Update the weights` titled a section (numbered as the next would be), and `1.2.` was lost in it.
    const steps = readMarkdown('# ML\n\n1. Deep learning\n1.1. How does backprop work?\n1. Compute the gradient\n2. Update the weights\n1.2. What is dropout?\nZeroing units.\n2. Classical ML\n2.1. What is an SVM?\nA max-margin classifier.\n');
    expect(steps.rows).toEqual([
      ['How does backprop work?', 'Deep learning', '1. Compute the gradient\n2. Update the weights'],
      ['What is dropout?', 'Deep learning', 'Zeroing units.'],
      ['What is an SVM?', 'Classical ML', 'A max-margin classifier.'],
    ]);
    const next = readMarkdown('# ML\n\n1. Deep learning\n1.1. How does backprop work?\n1. Compute the gradient\n2. Classical ML\n2.1. What is an SVM?\nA max-margin classifier.\n');
    expect(next.rows).toEqual([
      ['How does backprop work?', 'Deep learning', '1. Compute the gradient'],
      ['What is an SVM?', 'Classical ML', 'A max-margin classifier.'],
    ]);
  });
});

describe("a Korean official document's outline (`Ⅰ.` / `가.` / `①`, 공문서 항목 기호)", () => {
  const note = [
    'ML 노트',
    '',
    'Ⅰ. 지도학습',
    ' 가. 결정 트리',
    '  ① 지니 불순도와 엔트로피의 차이는?',
    '   - 둘 다 불순도 척도.',
    'Ⅱ. 비지도학습',
    ' 가. 군집',
    '  ① K-means의 K는 어떻게 정하나?',
    '   - 엘보우 방법.',
    '  ② (a) K-means와 (b) GMM의 차이를 설명하시오.',
    '   - hard vs soft assignment.',
  ].join('\n');

  it('is read by its markers, a kind per level: the next chapter (`Ⅱ.`) titles its section, not the end of the answer above it', () => {
    const { rows } = read(note);
    expect(rows).toEqual([
      ['지니 불순도와 엔트로피의 차이는?', '결정 트리', '- 둘 다 불순도 척도.'],
      ['K-means의 K는 어떻게 정하나?', '군집', '- 엘보우 방법.'],
      ['(a) K-means와 (b) GMM의 차이를 설명하시오.', '군집', '- hard vs soft assignment.'],
    ]);
  });

  it('keeps a question\'s own `(a)` when `(b)` follows it in the question: it names what is asked about, no sub-question\'s letter', () => {
    const { rows } = read('Notes\n\n(a) Explain what a kernel is.\nA similarity in a feature space.\n');
    expect(rows[0]![0]).toBe('Explain what a kernel is.');
    expect(read(note).rows[2]![0]).toMatch(/^\(a\) K-means/);
  });

  it('needs a Hangul letter\'s marker (`가.`): a quiz\'s numbered questions over circled options, or a Chinese note\'s Roman chapter over its questions, are no such outline', () => {
    expect(koreanOutlineNumbers(['1. 다음 중 비지도 학습 알고리즘은?', '① 로지스틱 회귀', '② K-평균 군집', '정답: ②'])).toBeUndefined();
    expect(koreanOutlineNumbers(['Ⅰ. 机器学习基础', '1. 什么是过拟合？', '答：记住了噪声。', '2. 什么是欠拟合？'])).toBeUndefined();
    expect(koreanOutlineNumbers(['Ⅰ. 지도학습', ' 가. 결정 트리', '  ① 지니 불순도란?', ' 나. 회귀'])?.map((number) => number?.path)).toEqual([[1], [1, 1], [1, 1, 1], [1, 2]]);
  });

  it("is no outline where `가.` to `라.` letter a quiz question's options: the question asks to choose, or a line after them names one", () => {
    expect(koreanOutlineNumbers(['1. 과적합의 설명으로 옳은 것은?', '가. 데이터가 적은 상태', '나. 지나치게 맞춰진 상태', '', '정답: 나'])).toBeUndefined();
    expect(koreanOutlineNumbers(['1. 비지도 학습 기법은?', '가. 결정 트리', '나. k-means', '정답: 나'])).toBeUndefined();
    const { rows } = read('1. 비지도 학습 기법은?\n가. 결정 트리\n나. k-means\n\n정답: 나\n\n2. 과적합의 설명으로 옳은 것은?\n가. 데이터가 적은 상태\n나. 지나치게 맞춰진 상태\n\n정답: 나\n');
    expect(rows.map((row) => row[2])).toEqual(['나) k-means', '나) 지나치게 맞춰진 상태']);
    // A question's points so lettered, with nothing naming one, are the outline's still.
    expect(koreanOutlineNumbers(['1. 지도학습이란?', '가. 정의', '나. 예시'])?.map((number) => number?.path)).toEqual([[1], [1, 1], [1, 2]]);
  });
});
