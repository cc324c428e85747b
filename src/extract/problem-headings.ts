/**
 * Coding-problem notes (LeetCode, 백준, 프로그래머스): a heading names the problem
 * (`# LeetCode 1. Two Sum`, `# [프로그래머스] 타겟 넘버`) and its sub-headings split
 * it into the statement, the solution and its complexity. The title asks
 * nothing, but it is the question: everything under it is its answer.
 */
import type { Heading, RootContent } from 'mdast';
import { labelsFollowUp, type Proposals } from './constructs.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';

/** Sections that state the problem. */
const STATEMENT = /^(?:problem(?: statement| description)?|description|문제(?: 설명| 요약| 정의)?)$/i;
/** Sections that solve it, and what a solution is measured by. */
const SOLUTION = /^(?:(?:my |final )?(?:solution|approach|code|answer)s?(?: \d+)?|(?:나의 |내 )?풀이(?: \d+)?|해설|해답|접근(?: 방법)?|(?:정답 )?코드)$/i;
const COMPLEXITY = /^(?:(?:time (?:and|&) space )?complexity(?: analysis)?|(?:시간|공간) ?복잡도|복잡도)$/i;

/**
 * The proposals, with each heading over a problem's sections marked as a question (the same array
 * when there is none): a solution section, and a statement or a complexity section, under it.
 */
export function withProblemTitles(blocks: readonly RootContent[], proposals: Proposals[]): Proposals[] {
  let marked: Proposals[] | undefined;
  blocks.forEach((block, index) => {
    const found = proposals[index]!.heading;
    if (block.type !== 'heading' || !found || found.marked || found.interrogative || !titlesProblem(blocks, proposals, index, block)) return;
    marked ??= [...proposals];
    marked[index] = { ...proposals[index], heading: { ...found, marked: true, coding: true } };
  });
  return marked ?? proposals;
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
  const sections = level.map(({ heading }) => cleanPrompt(inlineText(heading.children)).replace(/[:：]$/, ''));
  return sections.some((name) => SOLUTION.test(name)) && sections.some((name) => STATEMENT.test(name) || COMPLEXITY.test(name));
}
