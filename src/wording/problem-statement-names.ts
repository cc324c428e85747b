/**
 * What a note names the section that states a problem or a question to answer (`## Problem`, `## 문제 설명`,
 * `## 题目描述`, `## 問題文`), as a RegExp source, the whole name. Read by the coding problem's sections
 * (extract/problem-headings.ts: a statement beside a solution tells a problem's heading) and by the labels of a
 * question and its answer (extract/labelled-sections.ts: `## 문제` over the question's text, `## 정답` over its answer).
 */
export const PROBLEM_STATEMENT = String.raw`problem(?: statement| description)?|description|문제(?: 설명| 요약| 정의)?|题目(?:描述|说明)?|问题描述|题意|問題(?:文|概要)?`;
