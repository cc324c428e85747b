/**
 * A study group's note may ask its questions only in its table of contents,
 * each entry linking to an anchor heading (`### #1`) under which the answer
 * stands. The entry is the question; the anchor's section is its answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (note: ReturnType<typeof readNote>) => note.questions.map((question) => [question.question, question.answer?.text ?? null, question.occurrences[0]!.line]);

describe('questions asked in a table of contents', () => {
  it('are answered by the section under the anchor heading each links to', () => {
    const note = readNote(
      '# Deep Learning\n\n## Questions\n* [What is deep learning?](#1)\n* [What are cost and activation functions?](#2)\n* [Why normalise data?](#3)\n\n## Answers\n### #1\n**Keyword**: neural network\n\nLearning with neural networks.\n\n### #2\nA cost function measures the error.\n\n### #3\n',
    );
    expect(asked(note)).toEqual([
      ['What is deep learning?', 'Keyword: neural network\nLearning with neural networks.', 4],
      ['What are cost and activation functions?', 'A cost function measures the error.', 5],
      ['Why normalise data?', null, 6],
    ]);
    // The bold keyword is part of the answer, no question of its own; no question's topic is `Answers`.
    expect(note.questions.every((question) => question.topic === null)).toBe(true);
    expect(messagesOf(note.vfile)).toEqual(['4:table-of-contents']);
  });

  it('are questions without an answer when their anchor is missing, beside entries that have one', () => {
    const note = readNote('## Questions\n- [What is dropout?](#1)\n- [What is batch norm?](#2)\n\n## Answers\n## #1\nZeroing activations.\n');
    expect(asked(note)).toEqual([
      ['What is batch norm?', null, 3],
      ['What is dropout?', 'Zeroing activations.', 2],
    ]);
  });

  it('are only pointers when the anchor heading titles its question again under it', () => {
    const note = readNote('## Contents\n- [What is an eigenvector?](#1)\n- [What is PCA?](#2)\n\n## #1\n### What is an eigenvector?\nA direction a map only scales.\n\n## #2\n## What is PCA?\nProjection on the top eigenvectors.\n');
    expect(asked(note)).toEqual([
      ['What is an eigenvector?', 'A direction a map only scales.', 6],
      ['What is PCA?', 'Projection on the top eigenvectors.', 10],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['2:table-of-contents']);
  });

  it('are no questions when the headings they link to name their sections', () => {
    const note = readNote('## Contents\n- [Why dropout?](#dropout)\n\n## Dropout\nWhy does dropout work? It averages many thinned networks.\n');
    expect(note.questions.map((question) => question.occurrences[0]!.line)).not.toContain(2);
    expect(messagesOf(note.vfile)).toContain('2:table-of-contents');
  });
});

describe('a question heading under an anchor heading (`## #4`)', () => {
  it('is the question the anchor numbers, though deeper than the other questions and as deep as their answers\' parts', () => {
    const note = readNote(
      '## #3\n\n### Local Minima와 Global Minima에 대해 설명해주세요.\n\n경사하강법을 이용한다.\n\n#### Global Minimum\n\n함수 전체에서 가장 작은 값.\n\n---\n\n## #4\n\n#### 차원의 저주에 대해 설명해주세요\n\n차원이 증가할수록 필요한 데이터가 늘어난다.\n\n---\n\n## #5\n\n### dimension reduction 기법에는 무엇이 있나요?\n\nPCA, LDA.\n',
    );
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['Local Minima와 Global Minima에 대해 설명해주세요.', '경사하강법을 이용한다.\nGlobal Minimum\n함수 전체에서 가장 작은 값.'],
      ['차원의 저주에 대해 설명해주세요', '차원이 증가할수록 필요한 데이터가 늘어난다.'],
      ['dimension reduction 기법에는 무엇이 있나요?', 'PCA, LDA.'],
    ]);
  });

  it('is a part of the answer when it does not ask', () => {
    const note = readNote('## #3\n\n### What is a local minimum?\n\nA low point.\n\n## #4\n\n#### Global Minimum\n\nThe lowest point.\n');
    expect(note.questions.map((question) => question.question)).toEqual(['What is a local minimum?']);
  });
});
