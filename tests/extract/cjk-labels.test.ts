/**
 * How Chinese and Japanese notes label their questions and answers: `问：` and `答：` lines, a check test's
 * tasks in the imperative over `解答：`, and labels over lists (`メリット：`) that ask nothing.
 */
import { describe, expect, it } from 'vitest';
import { answersOf, readNote } from '../helpers/read-note.js';


describe('Chinese question and answer lines (`问：`, `答：`, `问题2：`, `答案：`)', () => {
  it('are questions and their answers, the labels left out', () => {
    expect(answersOf('# 面试题\n\n问：什么是过拟合？\n\n答：模型在训练集上表现好，在测试集上表现差。\n\n问题2：什么是正则化？\n\n答案：在损失函数中加入惩罚项。\n')).toEqual([
      ['什么是过拟合？', '模型在训练集上表现好，在测试集上表现差。'],
      ['什么是正则化？', '在损失函数中加入惩罚项。'],
    ]);
  });

  it('know the labels of a list of interview points (`面试考点 1：` over `满分答案：`)', () => {
    expect(answersOf('面试考点 1：LLaMA 的 Block 和经典 Transformer 最大差异是什么？\n满分答案：LLaMA 采用 Pre-LN。\n\n面试考点 4：为什么去掉 bias？\n标准答案：bias 对表达能力提升有限。\n')).toEqual([
      ['LLaMA 的 Block 和经典 Transformer 最大差异是什么？', 'LLaMA 采用 Pre-LN。'],
      ['为什么去掉 bias？', 'bias 对表达能力提升有限。'],
    ]);
  });

  it('are read beside `Q:` lines, as the same kind of line', () => {
    expect(answersOf('问：什么是过拟合？\n\n答：训练好，测试差。\n\nQ: What is L1?\n\nA: Lasso.\n')).toEqual([
      ['什么是过拟合？', '训练好，测试差。'],
      ['What is L1?', 'Lasso.'],
    ]);
  });
});

describe("a Japanese check test (`## 確認テスト１`, a task in the imperative, `解答：` over the answer)", () => {
  it('asks each task, answered by what follows its `解答：` label', () => {
    const note =
      '# 深層学習 day２\n\n## 確認テスト１\n\n連鎖率の原理を使い、dz/dx を求めよ。\n\n解答：\n\n2(x+y)\n\n## 確認テスト４\n\n一般的に考えられるバッチ正規化の効果を２点挙げよ。\n\n解答：\n\n1. 学習がスピードアップする。\n2. 過学習を抑える。\n\n## 確認テスト５\n\nどのゲートが作用すると考えられるか。\n\n解答：忘却ゲート\n';
    expect(answersOf(note)).toEqual([
      ['連鎖率の原理を使い、dz/dx を求めよ。', '2(x+y)'],
      ['一般的に考えられるバッチ正規化の効果を２点挙げよ。', '1. 学習がスピードアップする。\n2. 過学習を抑える。'],
      ['どのゲートが作用すると考えられるか。', '忘却ゲート'],
    ]);
  });

  it('makes no question of a label over a list (`メリット：`) or a clause that runs on into one (`1次関数において、`)', () => {
    const note = '## ミニバッチ勾配降下法\n\nメリット：\n\n- 計算資源を有効利用\n- 処理を並列にできる\n\n## 入力層\n\n1次関数において、\n\n- W: 傾き\n- b: 切片\n';
    expect(readNote(note).questions).toEqual([]);
  });
});
