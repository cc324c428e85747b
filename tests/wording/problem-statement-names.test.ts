/**
 * One list of the names a note gives the section that states a problem (src/wording/problem-statement-names.ts),
 * which a coding problem's sections and the labels of a question and its answer read. The labels had taken a few of
 * them (`Problem`, `문제`, `题目描述`); they take all the problem's sections take now: a `## Description` or `## 문제
 * 설명` over the question's text, then `## Answer`, is one question, its answer's sub-headings and all (before, the
 * question went unanswered, or the answer's sub-heading was read as a question of its own).
 */
import { describe, expect, it } from 'vitest';
import { answersOf } from '../helpers/read-note.js';

describe("a problem statement's names", () => {
  it('label the question over its answer', () => {
    expect(answersOf('## 문제 설명\n\n과적합을 줄이는 방법을 설명하세요.\n\n## 정답\n\n드롭아웃과 정규화를 쓴다.\n\n### 드롭아웃\n\n유닛을 끈다.\n')).toEqual([
      ['과적합을 줄이는 방법을 설명하세요.', '드롭아웃과 정규화를 쓴다.\n\n### 드롭아웃\n\n유닛을 끈다.'],
    ]);
    expect(answersOf('## Description\n\nExplain how dropout reduces overfitting.\n\n## Answer\n\nIt zeroes random units.\n\n### Why it works\n\nNo co-adaptation.\n')).toEqual([
      ['Explain how dropout reduces overfitting.', 'It zeroes random units.\n\n### Why it works\n\nNo co-adaptation.'],
    ]);
    expect(answersOf('## 题意\n\n过拟合是什么？\n\n## 答案\n\n模型拟合了噪声。\n')).toEqual([['过拟合是什么？', '模型拟合了噪声。']]);
  });
});
