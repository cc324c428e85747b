/**
 * An outline written by indentation alone, as a mind map (XMind) or an outliner's OPML export writes it as text:
 * a tab (or a fixed number of spaces) a level and no bullet. It reads as the same outline written with `- ` bullets:
 * the lines at the margin title their sections, the branches under them ask, and what is under a branch answers it.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

/** Each question's wording, topic and answer as Markdown. */
const read = (note: string) => {
  const { questions, vfile } = readNote(note, 'notes.txt');
  return { rows: questions.map((question) => [question.question, question.topic ?? null, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

describe('an outline indented by tabs with no bullets (a mind map exported as text)', () => {
  it('is answered by all the lines under a question, none of them the next question\'s topic', () => {
    const { rows, messages } = read('ML 면접\n머신러닝 기초\n\t과적합이란?\n\t\t잡음까지 외우는 현상\n\t\t검증 손실이 올라가면 의심\n\t정규화는 왜 하나요?\n\t\t복잡도를 제한하려고\n');
    expect(rows).toEqual([
      ['과적합이란?', '머신러닝 기초', '- 잡음까지 외우는 현상\n- 검증 손실이 올라가면 의심'],
      ['정규화는 왜 하나요?', '머신러닝 기초', '- 복잡도를 제한하려고'],
    ]);
    expect(messages).toEqual([]);
  });

  it('asks a title-like line at the questions\' level, and keeps a deeper line nested in its answer', () => {
    const { rows } = read(
      'ML 면접\n딥러닝\n\tResidual connection의 역할은?\n\t\t기울기가 항등 경로로 흐른다\n\tBatchNorm vs LayerNorm\n\t\tBN은 배치 축, LN은 특징 축\n\t\t\tTransformer에서는 LN\n\tAttention의 시간 복잡도는?\n\t\tO(n^2 d)\n',
    );
    expect(rows).toEqual([
      ['Residual connection의 역할은?', '딥러닝', '- 기울기가 항등 경로로 흐른다'],
      ['BatchNorm vs LayerNorm', '딥러닝', '- BN은 배치 축, LN은 특징 축\n  - Transformer에서는 LN'],
      ['Attention의 시간 복잡도는?', '딥러닝', '- O(n^2 d)'],
    ]);
  });

  it('is read so when indented by a fixed number of spaces too', () => {
    const { rows } = read('ML 면접\n  교차 검증\n    k개로 나눠 번갈아 검증\n  정규화는 왜 하나요?\n    복잡도를 제한하려고\n    L1은 희소성\n');
    expect(rows).toEqual([
      ['교차 검증', null, '- k개로 나눠 번갈아 검증'],
      ['정규화는 왜 하나요?', null, '- 복잡도를 제한하려고\n- L1은 희소성'],
    ]);
  });
});

describe('indented lines that are no outline', () => {
  it('is an indented answer under each question when nothing is indented deeper', () => {
    const { rows } = read('ML 면접\n\n교차 검증이란?\n\t데이터를 k개로 나눠 번갈아 검증하는 방법\n\n정규화는 왜 하나요?\n\t복잡도를 제한하려고\n');
    expect(rows).toEqual([
      ['교차 검증이란?', null, '데이터를 k개로 나눠 번갈아 검증하는 방법'],
      ['정규화는 왜 하나요?', null, '복잡도를 제한하려고'],
    ]);
  });

  it('is the answers of the questions at the margin, a line indented deeper too', () => {
    const { rows } = read('Notes\n\nWhat is X?\n\tIt is Y.\n\t\tA detail of Y.\nWhat is Z?\n\tIt is W.\n\t\tA detail of W.\n');
    expect(rows).toEqual([
      ['What is X?', null, 'It is Y.\n\nA detail of Y.'],
      ['What is Z?', null, 'It is W.\n\nA detail of W.'],
    ]);
  });

  it('is a sentence wrapped with a hanging indent when a deeper line goes on with the line over it', () => {
    const { rows } = read(
      'Notes\n\nWhat is dropout?\n\tDropout zeroes a random subset of the units at each training\n\t\tstep so that the network cannot lean on any one unit.\nWhat is weight decay?\n\tWeight decay adds the squared norm of the weights to the loss\n\t\tso that large weights cost more than small ones do.\n',
    );
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['What is dropout?', 'Dropout zeroes a random subset of the units at each training\nstep so that the network cannot lean on any one unit.'],
      ['What is weight decay?', 'Weight decay adds the squared norm of the weights to the loss\nso that large weights cost more than small ones do.'],
    ]);
  });

  it('is code when an indented line is a statement', () => {
    const { rows } = read('Coding\n\nHow do you reverse a list?\n    def rev(xs):\n        return xs[::-1]\nHow do you sum a list?\n    def total(xs):\n        return sum(xs)\n');
    expect(rows.map(([question, , answer]) => [question, answer])).toEqual([
      ['How do you reverse a list?', '```python\ndef rev(xs):\n    return xs[::-1]\n```'],
      ['How do you sum a list?', '```python\ndef total(xs):\n    return sum(xs)\n```'],
    ]);
  });
});
