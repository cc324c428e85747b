/**
 * A page of one question, as Notion exports a study group's pages: the
 * page's title names its subject, a quote right under it (after the page's
 * properties, `날짜: 2022/10/14`) asks the question, with the follow-ups it
 * raises listed in the quote, and the rest of the page answers:
 *
 *     # Local Minima
 *
 *     날짜: 2022/10/14
 *
 *     > Local Minima 문제에도 불구하고 딥러닝이 잘 되는 이유는?
 *     >
 *     > - GD가 Local Minima 문제를 피하는 방법은?
 *
 *     **고차원 공간에서는 Local Minima가 아주 드물기 때문이다.**
 *
 * The quote's first paragraph is the question; each follow-up listed in it is
 * a question of its own, answered only when the page answers it somewhere
 * (under `### 추가 질문`, merged then as the same question).
 */
import type { Blockquote, Paragraph, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { candidate, type FoundQuestion, type PromptCandidate } from './recognizers/recognizer.js';
import { isQuestionList, questionsInList } from './recognizers/question-list.js';

export interface PageQuestion {
  question: PromptCandidate;
  followUps: FoundQuestion[];
}

/** A property line of an exported page: a short name, a colon, a value. */
const PROPERTY_LINE = /^[^\s:][^:\n]{0,20}:[ \t]*\S[^\n]*$/;

/**
 * The question a quote asks at the head of a page: `blocks[index]`, with only the page's title
 * (`titleIndex`) and property lines above it.
 */
export function pageQuestion(blocks: readonly RootContent[], index: number, titleIndex: number): PageQuestion | undefined {
  const quote = blocks[index];
  if (quote?.type !== 'blockquote' || quote.data?.callout !== undefined) return undefined;
  for (let k = 0; k < index; k++) if (k !== titleIndex && !isPropertyLines(blocks[k]!)) return undefined;
  return askedIn(quote);
}

function askedIn(quote: Blockquote): PageQuestion | undefined {
  const [first, ...rest] = quote.children;
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const question = candidate('line', first.children, first.position);
  if (!question.prompt || !question.interrogative || question.answerLead.length > 0) return undefined;
  const followUps: FoundQuestion[] = [];
  const said: RootContent[] = [];
  for (const block of rest) {
    if (block.type === 'list' && isQuestionList(block)) followUps.push(...questionsInList(block, false).questions);
    else said.push(block as RootContent);
  }
  // More in the quote than its follow-ups: a quoted passage, not a page's question.
  if (said.length > 0) return undefined;
  return { question, followUps };
}

/** Whether `block` is a paragraph of a page's property lines (page-properties.ts reads a page's head with it too). */
export function isPropertyLines(block: RootContent): block is Paragraph {
  return block.type === 'paragraph' && linesOf(block).every((line) => line === '' || PROPERTY_LINE.test(line));
}

/** The property lines of a paragraph `isPropertyLines` holds: each its name and value. */
export function propertyLines(block: Paragraph): Array<{ key: string; value: string }> {
  return linesOf(block)
    .filter((line) => line !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      return { key: line.slice(0, colon).trim(), value: line.slice(colon + 1).trim() };
    });
}

function linesOf(block: Paragraph): string[] {
  const text = block.children.map((child) => (child.type === 'break' ? '\n' : toString(child))).join('');
  return text.split('\n').map((line) => line.trim());
}
