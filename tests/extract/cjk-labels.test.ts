/**
 * How Chinese and Japanese notes label their questions and answers: `问：` and `答：` lines.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const asked = (text: string) => readNote(text).questions.map((question) => [question.question, question.answer?.markdown ?? null]);

describe('Chinese question and answer lines (`问：`, `答：`, `问题2：`, `答案：`)', () => {
  it('are questions and their answers, the labels left out', () => {
    expect(asked('# 面试题\n\n问：什么是过拟合？\n\n答：模型在训练集上表现好，在测试集上表现差。\n\n问题2：什么是正则化？\n\n答案：在损失函数中加入惩罚项。\n')).toEqual([
      ['什么是过拟合？', '模型在训练集上表现好，在测试集上表现差。'],
      ['什么是正则化？', '在损失函数中加入惩罚项。'],
    ]);
  });

  it('are read beside `Q:` lines, as the same kind of line', () => {
    expect(asked('问：什么是过拟合？\n\n答：训练好，测试差。\n\nQ: What is L1?\n\nA: Lasso.\n')).toEqual([
      ['什么是过拟合？', '训练好，测试差。'],
      ['What is L1?', 'Lasso.'],
    ]);
  });
});
