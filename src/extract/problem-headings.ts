/**
 * Coding-problem notes (LeetCode, 백준, 프로그래머스): a heading names the problem
 * (`# LeetCode 1. Two Sum`, `# [프로그래머스] 타겟 넘버`, `## 206. Reverse Linked List`) and its
 * sub-headings split it into the statement, the solution and its complexity, or its statement and
 * code stand right under it. The title asks nothing, but it is the question: everything under it is
 * its answer.
 */
import type { Heading, RootContent } from 'mdast';
import { labelsFollowUp, type Proposals } from './constructs.js';
import { CODING_PROMPT, CONCEPT_PROMPT } from './block-roles.js';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { endsWithQuestionMark, holdsTask, isTitleLike, readsAsTask, SCENE } from '../wording/interrogative.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { PROBLEM_STATEMENT } from '../wording/problem-statement-names.js';

/**
 * Sections that state the problem: English, Korean (`문제 설명`), Chinese (`题目描述`, `问题描述`, `题意`) and Japanese
 * (`問題文`, `問題概要`).
 */
const STATEMENT = new RegExp(`^(?:${PROBLEM_STATEMENT})$`, 'i');
/**
 * Sections that solve it (Chinese `解法`, `解题思路`, `参考代码`, `题解`; Japanese `解法`, `解答`, `コード`), and what a
 * solution is measured by (`复杂度分析`, `时间复杂度`, `計算量`).
 */
const SOLUTION = /^(?:(?:my |final )?(?:solution|approach|code|answer)s?(?: \d+)?|(?:나의 |내 )?풀이(?: \d+)?|해설|해답|접근(?: 방법)?|(?:정답 )?코드|解法(?: ?[一二三四五\d])?|方法 ?[一二三四五\d]|(?:解题)?思路|(?:参考|完整)?代码|题解|代码实现|解答|解説|考え方|(?:解答)?コード|実装)$/i;
const COMPLEXITY = /^(?:(?:time (?:and|&) space )?complexity(?: analysis)?|(?:시간|공간) ?복잡도|복잡도|(?:[时空]间)?复杂度(?:分析)?|时间(?:和|与|、)空间复杂度|(?:時間|空間)?計算量)$/i;

/** A judge's problems (LeetCode, 백준, 프로그래머스, 力扣, AtCoder), as a note about them names it in its title. */
const JUDGE = /leetcode|리트코드|백준|\bboj\b|프로그래머스|力扣|atcoder/i;

/** A problem's number opening its heading, as a judge numbers it (`206.`, `1)`); `1.1` numbers a section. */
const PROBLEM_NUMBER = /^\s*(\d{1,4}[.)])\s+(?=\S)/;

/** The scene a problem's statement opens with, as judges word them: `Given the head of …`, `You are given two lists …`. */
const STATEMENT_SCENE = new RegExp(`${SCENE.source}|^you are given\\b`, 'i');

/**
 * The proposals, with each heading that names a coding problem marked as a coding question (the same array when
 * there is none): a solution section, and a statement or a complexity section, under it; or, numbered as a problem
 * is (`## 206. Reverse Linked List`, its title no question), a statement of a task and its code right under it, or
 * text of its own in a note whose title names a judge (`title`, `# LeetCode 풀이`). On a list of problems the number
 * is the problem's name, and stays in the question; an ordinary numbered heading's (`## 1. What is overfitting?`) does not.
 */
export function withProblemTitles(blocks: readonly RootContent[], proposals: Proposals[], title: string): Proposals[] {
  let marked: Proposals[] | undefined;
  const judged = JUDGE.test(title);
  blocks.forEach((block, index) => {
    const found = proposals[index]!.heading;
    if (block.type !== 'heading' || !found) return;
    const number = PROBLEM_NUMBER.exec(inlineText(block.children))?.[1];
    const problem = number === undefined ? !found.marked && !found.interrogative && titlesProblem(blocks, proposals, index, block) : namesNumberedProblem(blocks, proposals, index, found, judged);
    if (!problem) return;
    marked ??= [...proposals];
    const prompt = number === undefined || found.prompt.startsWith(number) ? found.prompt : `${number} ${found.prompt}`;
    marked[index] = { ...proposals[index], heading: { ...found, prompt, marked: true, coding: true } };
  });
  return marked ?? proposals;
}

/**
 * Whether the numbered heading at `index` names a problem: its title no question (`206. Reverse Linked List`, not
 * `1. What is overfitting?` nor `3. Explain dropout`), over a problem's sections, over a problem's statement
 * (`Given the head of …, reverse the list.`) with code after it in its section, or, in a judge's note, over text of its
 * own (not right over a heading: `## 1. 배열` over `### 1. Two Sum` groups problems).
 */
function namesNumberedProblem(blocks: readonly RootContent[], proposals: readonly Proposals[], index: number, found: PromptCandidate, judged: boolean): boolean {
  if (endsWithQuestionMark(found.prompt) || CONCEPT_PROMPT.test(found.prompt) || !isTitleLike(found.prompt)) return false;
  const heading = blocks[index] as Heading;
  if (titlesProblem(blocks, proposals, index, heading)) return true;
  const under = blocks[index + 1];
  if (under === undefined || under.type === 'heading') return false;
  if (judged) return true;
  if (under.type !== 'paragraph' || !statesProblem(inlineText(under.children).trim())) return false;
  for (let at = index + 2; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading' && block.depth <= heading.depth) return false;
    if (block.type === 'code') return true;
  }
  return false;
}

/**
 * Whether a paragraph states a problem: a scene and the task it sets (`Given the head of a singly linked list, reverse
 * the list.`), or code to write (`Implement …`); a walkthrough's step (`Install the package with pip.`) sets no scene.
 */
function statesProblem(text: string): boolean {
  return CODING_PROMPT.test(text) || (STATEMENT_SCENE.test(text) && holdsTask(text));
}

/** Whether the sections right under the heading (its first level of sub-headings) are a problem's. */
function titlesProblem(blocks: readonly RootContent[], proposals: readonly Proposals[], index: number, title: Heading): boolean {
  const under: Array<{ heading: Heading; at: number }> = [];
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type !== 'heading') continue;
    if (block.depth <= title.depth) break;
    // A follow-up (`### Follow-up: What if the array is sorted?`) is asked of the problem: it is none of its sections.
    if (!labelsFollowUp(block)) under.push({ heading: block, at });
  }
  // A page's title over several problems has the problems' titles right under it, not their sections.
  const depth = Math.min(...under.map(({ heading }) => heading.depth));
  const level = under.filter(({ heading }) => heading.depth === depth);
  // Questions among them ("What is quicksort?" beside "Complexity") make it a topic over questions.
  if (level.some(({ at }) => proposals[at]!.heading?.interrogative)) return false;
  // So do questions right under a section, with nothing of its own before them (`## Solution` over `### What is dynamic programming?`).
  if (level.some(({ heading, at }) => opensOnQuestion(blocks, proposals, at, heading))) return false;
  const sections = level.map(({ heading }) => sectionName(heading));
  return sections.some((name) => SOLUTION.test(name)) && sections.some((name) => STATEMENT.test(name) || COMPLEXITY.test(name));
}

/** Whether the section opened at `at` goes straight on to a question heading under it: it groups questions, it solves nothing. */
function opensOnQuestion(blocks: readonly RootContent[], proposals: readonly Proposals[], at: number, section: Heading): boolean {
  const next = blocks[at + 1];
  return next?.type === 'heading' && next.depth > section.depth && !!proposals[at + 1]!.heading?.interrogative;
}

/** A section's name as a problem's sub-heading gives it: `Solution:` is `Solution`. */
function sectionName(heading: Heading): string {
  return cleanPrompt(inlineText(heading.children)).replace(/[:：]$/, '');
}

/**
 * Whether `heading` opens the solution of a task asked on a line (`### Solution` under `Implement k-means clustering with
 * NumPy only.`), after `between`, the blocks that state it (its input, output, examples and constraints): then what the
 * heading holds answers it. Only under a task (`Write …`, `Implement …`), and only after such blocks: a task's `### Code`
 * may follow the explanation that answers it (`Explain the bias-variance tradeoff.` over `High bias underfits; …`).
 */
export function solvesTask(found: PromptCandidate, between: readonly RootContent[], heading: Heading): boolean {
  return SOLUTION.test(sectionName(heading)) && (CODING_PROMPT.test(found.prompt) || readsAsTask(found.prompt)) && between.length > 0 && between.every(statesTask);
}

/** The labels of the parts of a task's statement: `**Input:**`, `Example 1:`, `Constraints:`, `입력:`, `제한 사항:`, `示例：`. */
const STATEMENT_PART = /^(?:inputs?|outputs?|examples?|constraints?|note|입력|출력|예시|예제|제한(?: ?사항)?|제약(?: ?조건)?|输入|输出|示例|提示|约束)\s*\d{0,2}\s*[:：]/i;

/** A part of a task's statement: a line so labelled (its other lines may go on unlabelled), or what it shows (code, a table, a formula). */
function statesTask(block: RootContent): boolean {
  if (block.type === 'code' || block.type === 'table' || block.type === 'math') return true;
  return block.type === 'paragraph' && STATEMENT_PART.test(inlineText(block.children).trim());
}
