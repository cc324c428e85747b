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
 * A lead-in that names the author's own way through a question (`My template (from the Alex Xu book):`, `My interview
 * process:`, `Steps I follow:`, `Hiring process steps at Amazon:`): the steps word stands first, owned (`my`, `our`) or
 * led only by the kind of steps (interview, hiring, answer). `Spring Framework:`, `Indexes and the query plan:`, `The
 * steps of the TCP handshake:`, `Template literals:`, `My approach to caching:`, `Our process for incidents:` name the
 * subject's own nouns or a topic after `to`/`for`, its topics: not so.
 */
const NAMES_OWN_STEPS =
  /^(?:(?:my|our)\s+(?:[a-z]+\s+)?(?:template|steps|framework|outline|process|approach)\b(?!\s+(?:to|for)\s+(?!(?:an?\s+|the\s+)?(?:answer|interview)))|(?:the\s+)?(?:interview|hiring|answer(?:ing)?)\s+(?:process\s+)?(?:steps|template)\b|steps\s*(?=[:：])|steps\s+(?:i|we)\b)(?!\s+of\b)[^:：]{0,60}[:：]\s*$/iu;
/** A lead-in that names the shape of an answer (`Outline of a good answer:`, `Template for answering:`): the author's steps too. */
const OUTLINES_AN_ANSWER = /^(?:(?:an?|the)\s+)?(?:outline|template|structure|steps)\s+(?:of|for)\s+(?:(?:an?|my|the)\s+)?(?:good\s+)?answer(?:s|ing)?\b[^:：]{0,40}[:：]\s*$/iu;
/** The same in Korean, the whole lead-in: `답변 순서:`, `풀이 단계:`, `면접 준비 단계:`, not `렌더링 단계별로 나오는 것:` or `렌더링 준비 단계:`. */
const NAMES_OWN_STEPS_KO = /^(?:(?:면접|나의|내|제|우리)\s*)?(?:답변|풀이|준비|면접|나의|내)\s*(?:순서|단계|절차|템플릿|프레임워크)\s*[:：]\s*$/u;
/**
 * What says a list holds questions or topics to be asked about, whatever else the lead-in says (`Questions from the
 * hiring process:`, `Interview process at Coupang, what came up:`, `Outline of the topics I got:`, `기술면접 때 받은 순서대로:`).
 */
const NAMES_ASKED = /\b(?:questions?|asked|topics?|review|problems?|prompts?|study|came up|got)\b|질문|문제|주제|복습|공부|기출|받은|나온|나오는/iu;

/**
 * A lead-in that names what it leads into as the author's steps (`My template (from the Alex Xu book + mock
 * interviews):`, `Steps I follow:`, `답변 순서:`): the list under it is the author's outline, its items no topics to explain.
 */
export function leadsIntoSteps(block: RootContent | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  const text = inlineText(block.children).trim();
  // Short lead-ins only: the steps word heads them, a long sentence ending in a colon names something else.
  if (text.length > 90 || !LEAD_IN_END.test(text)) return false;
  return (NAMES_OWN_STEPS.test(text) || OUTLINES_AN_ANSWER.test(text) || NAMES_OWN_STEPS_KO.test(text)) && !NAMES_ASKED.test(text);
}
