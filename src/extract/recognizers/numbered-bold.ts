/**
 * A paragraph led by its author's number in bold, `**1)** The number of active ads.`, `**42**. Pull out …` or
 * `**2) Factorial**. Calculate a factorial of a number`, as lists of SQL and coding tasks number
 * them (alexeygrigorev/data-science-interviews). The number marks the question, whatever its
 * wording; the paragraph is the task, or, when it asks and then answers on its line (`**1.** What is
 * dropout? It zeroes units at random.`), the question, the rest its answer. A bold line alone is the
 * bold construct's. A numbered title ending in a colon over a statement (`**1. Cross-attention
 * cold-start:** the query projection starts random…`) labels a point of an answer or a post: no question.
 */
import type { PhrasingContent } from 'mdast';
import type { Recognizer } from './recognizer.js';
import { candidate, splitAfterQuestion } from './recognizer.js';
import { boldRun } from '../bold-line.js';
import { inlineText } from '../../wording/prompt-text.js';
import { readsAsTask } from '../../wording/interrogative.js';
import { ANY_QUESTION_MARK } from '../../wording/marks.js';

/** An author's number leading a text: `1.`, `2)`. */
export const NUMBER_LEAD = /^\s*\d{1,3}[.)](?:\s|$)/;

/** `**1. Title:** statement` or `**1. Title**: statement`: a labelled point, unless what follows asks or sets a task. */
function labelsAPoint(lead: string, rest: string): boolean {
  const label = lead.trim();
  const colonAfter = /^\s*[:：]/.test(rest);
  if (!/[:：]$/.test(label) && !colonAfter) return false;
  if (label.replace(NUMBER_LEAD, '').replace(/[:：]$/, '').trim() === '') return false;
  const said = rest.replace(/^\s*[:：]/, '');
  return !ANY_QUESTION_MARK.test(said) && !readsAsTask(said.trim());
}

/** `**42**. In the Airline column, …`: the number in bold, its point (or bracket) after it. */
function pointAfter(bold: string, next: PhrasingContent | undefined): boolean {
  return /^\s*\d{1,3}\s*$/.test(bold) && next?.type === 'text' && /^[.)](?:\s|$)/.test(next.value);
}

export const numberedBoldRecognizer: Recognizer = {
  construct: 'numbered-bold',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    const [lead, next] = block.children;
    if (lead?.type !== 'strong' || !(NUMBER_LEAD.test(inlineText(lead.children)) || pointAfter(inlineText(lead.children), next)) || boldRun(block.children)) return undefined;
    if (labelsAPoint(inlineText(lead.children), inlineText(block.children.slice(1)))) return undefined;
    const found = candidate('numbered-bold', block.children, block.position);
    if (!found.prompt || !found.marked) return undefined;
    // `**1.** What is dropout? It zeroes units at random.`: a question answered on its line, the answer no part of it;
    // but a task after the question is the task's (`**2)** Why does batch norm help? Show a plot.`).
    const split = splitAfterQuestion(block.children.slice(1), block.position);
    if (!split || readsAsTask(inlineText(split.answer.children))) return found;
    return candidate('numbered-bold', [lead, ...split.prompt], split.position, { answerLead: [split.answer] });
  },
};
