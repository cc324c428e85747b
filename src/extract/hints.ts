/**
 * A hint given with a question, before its answer: `(**hint**: np.zeros)` under each of an exercise
 * notebook's tasks, `Hint: think of two tables.`, `**힌트:** …`, `提示：…`. It helps with the question
 * and answers nothing: an exercise whose solution is left blank has no answer, only a hint, and one
 * solved in code is answered by its code alone. So the hints that open an answer go with the
 * question, shown with it (after what it shows, in its context), but are no part of what it asks:
 * a hint edited leaves the question's id as it was.
 */
import type { RootContent } from 'mdast';
import { cleanPrompt, inlineText } from './prompt-text.js';

/** The label, in brackets or not: `(hint: …)`, `Hint - …`, `Hints: …`, `힌트: …`, `提示：…`. */
const HINT_LABEL = /^[(（[]?\s*(?:hints?|힌트|提示|ヒント)\s*(?:[:：]|\s[-–—]\s)/i;

/** A paragraph that gives a hint. */
function isHint(block: RootContent | undefined): boolean {
  return block?.type === 'paragraph' && HINT_LABEL.test(cleanPrompt(inlineText(block.children)));
}

/** The hints an answer opens with, and the answer after them. */
export function splitOpeningHints(answer: readonly RootContent[]): { hints: RootContent[]; rest: RootContent[] } {
  let count = 0;
  while (isHint(answer[count])) count++;
  return { hints: answer.slice(0, count), rest: answer.slice(count) };
}
