/**
 * A paragraph that leads into the block under it, its text ending in a colon (`First posted to arXiv on:`,
 * `우선순위:`): what follows is what it announces, the answer's own, not a line the author or the page added.
 */
import type { RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';

/** The colon that ends words leading into what follows them (`Two buttons:`, `우선순위：`). */
export const LEAD_IN_END = /[:：]\s*$/u;

export function leadsIn(block: RootContent): boolean {
  return block.type === 'paragraph' && LEAD_IN_END.test(inlineText(block.children));
}

/** Words that point at what follows them: `A. 아래 글 참고`, `see the post below`, `관련 글:`, `이런 식이다`, `다음과 같다`. */
export const POINTS_ON = /아래|다음과\s*같|이런\s*식|이렇게|\bbelow\b|\bfollowing\b|\bas follows\b|\blike this\b|[:：]\s*$/iu;

/**
 * What a lead-in calls the list under it when the list is the author's own way through a question, not questions
 * (`My template (from the Alex Xu book):` over `1. Clarify requirements`, `Steps:`, `답변 순서:`).
 */
const NAMES_STEPS = /\b(?:template|steps?|process|outline|plan|agenda|framework)\b|템플릿|순서|단계|절차|프레임워크/iu;
/** What says a list holds questions or topics to be asked about (`Questions from the hiring process:`, `Topics to plan for:`). */
const NAMES_ASKED = /\b(?:questions?|asked|topics?|review)\b|질문|문제|주제|복습|공부/iu;

/**
 * A lead-in that names what it leads into as steps (`My template (from the Alex Xu book + mock interviews):`, `Steps I
 * follow:`, `답변 템플릿:`): the list under it is the author's outline, its items no topics to explain.
 */
export function leadsIntoSteps(block: RootContent | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  const text = inlineText(block.children);
  return LEAD_IN_END.test(text) && NAMES_STEPS.test(text) && !NAMES_ASKED.test(text);
}
