/**
 * A hint given with a question, before its answer: `(**hint**: np.zeros)` under each of an exercise
 * notebook's tasks, `Hint: think of two tables.`, `**힌트:** …`, `提示：…`. It helps with the question
 * and answers nothing: an exercise whose solution is left blank has no answer, only a hint, and one
 * solved in code is answered by its code alone. So the hints that open an answer go with the
 * question, shown with it (after what it shows, in its context), but are no part of what it asks:
 * a hint edited leaves the question's id as it was.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import { cleanPrompt, inlineText } from './prompt-text.js';

/** The label, in brackets or not: `(hint: …)`, `Hint - …`, `Hints: …`, `힌트: …`, `提示：…`. */
const HINT_LABEL = /^[(（[]?\s*(?:hints?|힌트|提示|ヒント)\s*(?:[:：]|\s[-–—]\s)/i;

/** The word a hint's first text opens with, its bracket aside: a cheap test before reading the whole paragraph. */
const HINT_WORD = /^[\s(（[]*(?:hints?|힌트|提示|ヒント)/i;

/** A paragraph that gives a hint. */
function isHint(block: RootContent | undefined): boolean {
  // Most answers open with no hint: their first words say so without cleaning the paragraph's text.
  return block?.type === 'paragraph' && HINT_WORD.test(openingText(block.children)) && HINT_LABEL.test(cleanPrompt(inlineText(block.children)));
}

/** The first characters of some inline content, emphasis and links passed through. */
function openingText(nodes: readonly PhrasingContent[], text = ''): string {
  for (const node of nodes) {
    if (text.length >= 12) break;
    if ('value' in node) text += node.value;
    else if ('children' in node) text = openingText(node.children, text);
  }
  return text;
}

/** The hints an answer opens with, and the answer after them. */
export function splitOpeningHints(answer: readonly RootContent[]): { hints: RootContent[]; rest: RootContent[] } {
  let count = 0;
  while (isHint(answer[count])) count++;
  return { hints: answer.slice(0, count), rest: answer.slice(count) };
}
