/**
 * A Chinese problem set labels its questions `【题目1】`, `题目 2：`, `试题 3：` or `题 4：` and its answers `【参考答案】`,
 * `【答案】` or `【解析】`: the labels are how the sheet is written, not what it asks or answers.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

const read = (note: string, path?: string) => readNote(note, path).questions.map((question) => [question.question, question.answer?.markdown]);

describe('a Chinese problem set', () => {
  it('is read question by question when each is labelled 【题目N】 and answered after 【参考答案】', () => {
    const note = '# 大模型面试\n\n【题目1】LoRA 的原理是什么？\n【参考答案】冻结原权重，只训练低秩分解 BA。\n\n【题目2】简述 FlashAttention 的核心思想\n【参考答案】分块计算 attention。\n';
    expect(read(note)).toEqual([
      ['LoRA 的原理是什么？', '冻结原权重，只训练低秩分解 BA。'],
      ['简述 FlashAttention 的核心思想', '分块计算 attention。'],
    ]);
  });

  it('is read when its answers are set after 【答案】 or 【解析】', () => {
    const note = '【题目1】什么是 KV cache？\n【解析】缓存已算过的键和值。\n\n【题目2】什么是 RoPE？\n【答案】旋转位置编码。\n';
    expect(read(note)).toEqual([
      ['什么是 KV cache？', '缓存已算过的键和值。'],
      ['什么是 RoPE？', '旋转位置编码。'],
    ]);
  });

  it('is read when its labels are 题目, 试题 or 题 with a colon, in copied text too', () => {
    const note = '题目 1：什么是 KV cache？\n答案：缓存键值。\n\n试题 2：什么是 RoPE？\n答：旋转位置编码。\n\n题 3：简述 MoE 的路由\n答：每个 token 选 top-k 个专家。\n';
    const expected = [
      ['什么是 KV cache？', '缓存键值。'],
      ['什么是 RoPE？', '旋转位置编码。'],
      ['简述 MoE 的路由', '每个 token 选 top-k 个专家。'],
    ];
    expect(read(note)).toEqual(expected);
    expect(read(note, 'copied.txt')).toEqual(expected);
  });
});
