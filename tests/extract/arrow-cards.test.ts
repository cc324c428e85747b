/**
 * A note of one card per line, the question then an arrow then its answer (`과적합이란? → …`, `What is AUC? -> …`),
 * as people copy their flashcards into a phone's notes: read end to end.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asRead = (note: ReturnType<typeof readNote>) => note.questions.map((question) => [question.question, question.answer?.markdown ?? null, question.occurrences[0]!.line]);

describe('a note of one card per line with an arrow', () => {
  it('is a question on every line, the first too, its answer after the arrow, when the arrow is `→`', () => {
    const note = readNote('과적합이란? → 학습 데이터에 과하게 맞춰지는 현상\n정규화를 하는 이유? → 과적합을 막기 위해\nAUC란? →\n', 'cards.txt');
    expect(asRead(note)).toEqual([
      ['과적합이란?', '학습 데이터에 과하게 맞춰지는 현상', 1],
      ['정규화를 하는 이유?', '과적합을 막기 위해', 2],
      // Nothing after the arrow: a question with no answer yet.
      ['AUC란?', null, 3],
    ]);
    expect(note.summary.title).toBeUndefined();
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('is a question on every line, the first too, when the arrow is `->`, `=>` or `⇒`', () => {
    const note = readNote('What is overfitting? -> Fitting noise\nWhy regularize? => To reduce overfitting\nWhat is AUC? ⇒ Area under the ROC curve\n', 'cards.txt');
    expect(asRead(note)).toEqual([
      ['What is overfitting?', 'Fitting noise', 1],
      ['Why regularize?', 'To reduce overfitting', 2],
      ['What is AUC?', 'Area under the ROC curve', 3],
    ]);
    expect(note.summary.title).toBeUndefined();
  });

  it('is so with a colon right after the question mark (`What is overfitting?: …`)', () => {
    const note = readNote('What is overfitting?: Fitting noise.\nWhat is dropout?: Zeroing units at random.\n', 'cards.txt');
    expect(asRead(note)).toEqual([
      ['What is overfitting?', 'Fitting noise.', 1],
      ['What is dropout?', 'Zeroing units at random.', 2],
    ]);
  });

  it('is read under a title that names the page and beside a question answered on the line under it, an arrow in prose left where it stands', () => {
    // No question mark right before it: the arrow is the title's or the answer's own (`A → B`), and opens no card.
    const note = readNote('ML → DL 한 줄 암기장\n\n과적합이란? → 학습 데이터에 과하게 맞춰지는 현상\n\n1. 배치 정규화란?\n→ 미니배치 통계로 정규화. A → B 순서로 적용\n', 'cards.txt');
    expect(note.summary.title).toBe('ML → DL 한 줄 암기장');
    expect(asRead(note)).toEqual([
      ['과적합이란?', '학습 데이터에 과하게 맞춰지는 현상', 3],
      ['배치 정규화란?', '미니배치 통계로 정규화. A → B 순서로 적용', 5],
    ]);
  });

  it('is not made of an answer line led by an arrow, when that line asks on its way and goes on after an arrow', () => {
    // The arrow at the line's head points from the item's question to it: its answer, whatever it asks inside.
    const note = readNote('# ML\n\n1. 데이터 드리프트란?\n→ 입력 분포가 바뀌는 것. 왜 문제일까? → 모델 성능이 떨어진다\n\n2. 배치 정규화란?\n-> 미니배치 통계로 정규화. 왜 좋을까? -> 학습이 안정된다\n');
    expect(asRead(note)).toEqual([
      ['데이터 드리프트란?', '입력 분포가 바뀌는 것. 왜 문제일까? → 모델 성능이 떨어진다', 3],
      ['배치 정규화란?', '미니배치 통계로 정규화. 왜 좋을까? -> 학습이 안정된다', 6],
    ]);
  });

  it('answers an item that asks without a question mark by the line an arrow leads under it, in the item; not by one that asks', () => {
    const note = readNote('# ML\n\n1. Explain dropout\n   → It zeroes units at random during training.\n2. What is batch norm?\n   It normalises activations.\n3. Why use ReLU\n   → 그럼 왜?\n');
    expect(asRead(note)).toEqual([
      ['Explain dropout', 'It zeroes units at random during training.', 3],
      ['What is batch norm?', 'It normalises activations.', 5],
      // An arrow before a line that asks leads a follow-up, no answer: the item stays one question, as it was.
      ['Why use ReLU → 그럼 왜?', null, 7],
    ]);
  });

  it("is a question right after a rule in a note whose questions are Q: lines (a forum's next post, copied or pasted), not text between questions", () => {
    const note = readNote('# Notes\n\nQ: How do you prevent target leakage?\nA: Compute the encoding out-of-fold.\n\n---\n\nWhat is the difference between AUC and Gini? → Gini = 2·AUC − 1\n', 'note.md');
    expect(asRead(note)).toEqual([
      ['How do you prevent target leakage?', 'Compute the encoding out-of-fold.', 3],
      ['What is the difference between AUC and Gini?', 'Gini = 2·AUC − 1', 8],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
    // A line of prose with an arrow after a rule is no card: still text between questions.
    const prose = readNote('# Notes\n\nQ: How do you prevent target leakage?\nA: Compute the encoding out-of-fold.\n\n---\n\nTarget encoding → leakage, if done in-fold.\n', 'note.md');
    expect(asRead(prose)).toEqual([['How do you prevent target leakage?', 'Compute the encoding out-of-fold.', 3]]);
  });
});
