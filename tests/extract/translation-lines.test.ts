/**
 * A bilingual note writes each question's translation on the line under it (`**How do you handle missing
 * values?**` over `(결측치는 어떻게 처리하나요?)`): that line is the question's translation, as a wording
 * beside it on its line is (`What is dropout? / 드롭아웃이란?`), not the first line of its answer.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asRead = (note: ReturnType<typeof readNote>) =>
  note.questions.map((question) => [question.question, question.translations, question.answer?.markdown ?? null, question.lang]);

describe('a translation on the line under a question', () => {
  it('is the question translation, in parentheses on its own paragraph or the next line of the question, and a question with nothing else under it has no answer', () => {
    const note = readNote(
      '**Q1. How do you handle missing values?**\n(결측치는 어떻게 처리하나요?)\n\nImpute with the median.\n\n' +
        '**Q2. What is batch norm?**\n(배치 정규화란?)\nNormalising activations per mini-batch.\n\n' +
        '**Q3. What is your favorite ML algorithm and why?**\n(가장 좋아하는 ML 알고리즘과 이유는?)\n',
    );
    expect(asRead(note)).toEqual([
      // The same shape as a translation on the question's own line: `translations`, and a question in two languages is mixed.
      ['How do you handle missing values?', { ko: '결측치는 어떻게 처리하나요?' }, 'Impute with the median.', 'mixed'],
      ['What is batch norm?', { ko: '배치 정규화란?' }, 'Normalising activations per mini-batch.', 'mixed'],
      ['What is your favorite ML algorithm and why?', { ko: '가장 좋아하는 ML 알고리즘과 이유는?' }, null, 'mixed'],
    ]);
    expect(note.questions[2]!.flags).toEqual(['no-answer']);
    // Each is told: the line goes from the answer to the question.
    expect(messagesOf(note.vfile)).toEqual(['2:question-translation', '7:question-translation', '11:question-translation']);
  });

  it('is a request when the question is one, and English under a Korean question, under a heading too', () => {
    const note = readNote(
      '## Explain regularization to a non-technical person.\n\n(비전공자에게 정규화를 설명해 보세요.)\n\nWe penalize complicated rules.\n\n' +
        '## 과적합이란?\n\n(What is overfitting?)\n\n모델이 잡음까지 외우는 것.\n',
    );
    expect(asRead(note)).toEqual([
      ['Explain regularization to a non-technical person.', { ko: '비전공자에게 정규화를 설명해 보세요.' }, 'We penalize complicated rules.', 'mixed'],
      ['과적합이란?', { en: 'What is overfitting?' }, '모델이 잡음까지 외우는 것.', 'mixed'],
    ]);
  });

  it('is one in full-width and lenticular brackets too', () => {
    const note = readNote('**What is dropout?**\n【드롭아웃이란?】\n\nRandomly zeroing units.\n\n**What is weight decay?**\n（가중치 감쇠란?）\n');
    expect(asRead(note)).toEqual([
      ['What is dropout?', { ko: '드롭아웃이란?' }, 'Randomly zeroing units.', 'mixed'],
      ['What is weight decay?', { ko: '가중치 감쇠란?' }, null, 'mixed'],
    ]);
  });

  it('takes the answer label under it off, as it would under the question', () => {
    const note = readNote('**What is early stopping?**\n(조기 종료란?)\nA: Stop when the validation loss rises.\n');
    expect(asRead(note)).toEqual([['What is early stopping?', { ko: '조기 종료란?' }, 'Stop when the validation loss rises.', 'mixed']]);
  });

  it('is one without parentheses when the answer under it is in the question language, or there is none', () => {
    const note = readNote('**What is L2 regularization?**\nL2 정규화란 무엇인가요?\n\nIt penalizes the squared weights.\n\n**What is L1 regularization?**\nL1 정규화란 무엇인가요?\n');
    expect(asRead(note)).toEqual([
      ['What is L2 regularization?', { ko: 'L2 정규화란 무엇인가요?' }, 'It penalizes the squared weights.', 'mixed'],
      ['What is L1 regularization?', { ko: 'L1 정규화란 무엇인가요?' }, null, 'mixed'],
    ]);
  });

  it('is read bare, its brackets kept, when the brackets opening and closing it are two pairs ((BN) … (2점)), not one around it', () => {
    const answered = readNote('**What is batch normalization?**\n(BN) 배치 정규화란 무엇인가요 (2점)\n\nNormalizing activations per mini-batch.\n');
    // Bare, it asks in the other language over an answer in the question's: the question's translation, as written.
    expect(asRead(answered)).toEqual([['What is batch normalization?', { ko: '(BN) 배치 정규화란 무엇인가요 (2점)' }, 'Normalizing activations per mini-batch.', 'mixed']]);
    const inKorean = readNote('**What is batch normalization?**\n(BN) 배치 정규화를 설명하세요 (2점)\n\n미니배치 단위로 정규화한다.\n');
    // Over an answer in its own language, it opens that answer.
    expect(asRead(inKorean)).toEqual([['What is batch normalization?', {}, '(BN) 배치 정규화를 설명하세요 (2점)\n\n미니배치 단위로 정규화한다.', 'mixed']]);
  });
});

describe('a line under a question that is no translation of it', () => {
  it('is the answer opening with a question of its own in the answer language, a bare line that asks on its way, and a follow-up that points back', () => {
    const note = readNote(
      '**Why does batch norm speed up training?**\n왜 그럴까?\n배치 정규화는 학습률을 키울 수 있게 한다.\n\n' +
        '**What is a GAN?**\n왜 그럴까? 생성자와 판별자가 경쟁하기 때문이다.\n\n' +
        '**과적합이란?**\nHow do you prevent it?\n\n정규화를 쓴다.\n',
    );
    expect(asRead(note).map(([question, translations, answer]) => [question, translations, answer])).toEqual([
      ['Why does batch norm speed up training?', {}, '왜 그럴까?\n배치 정규화는 학습률을 키울 수 있게 한다.'],
      ['What is a GAN?', {}, '왜 그럴까? 생성자와 판별자가 경쟁하기 때문이다.'],
      ['과적합이란?', {}, 'How do you prevent it?\n\n정규화를 쓴다.'],
    ]);
  });

  it('is the answer when, in parentheses, it does not ask', () => {
    const note = readNote('**What is AUC?**\n(ROC 곡선 아래 면적)\n\nArea under the ROC curve.\n');
    expect(asRead(note)).toEqual([['What is AUC?', {}, '(ROC 곡선 아래 면적)\n\nArea under the ROC curve.', 'en']]);
  });
});
