/**
 * A paragraph led by its author's number in bold, `**1)** The number of active ads.` or
 * `**2) Factorial**. Calculate a factorial of a number`, as lists of SQL and coding tasks number
 * them (alexeygrigorev/data-science-interviews). The number marks the question, whatever its
 * wording; the paragraph is the task. A bold line alone is the bold construct's.
 */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { boldRun } from '../bold-line.js';
import { inlineText } from '../prompt-text.js';

const NUMBER_LEAD = /^\s*\d{1,3}[.)](?:\s|$)/;

export const numberedBoldRecognizer: Recognizer = {
  construct: 'numbered-bold',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    const [lead] = block.children;
    if (lead?.type !== 'strong' || !NUMBER_LEAD.test(inlineText(lead.children)) || boldRun(block.children)) return undefined;
    const found = candidate('numbered-bold', block.children, block.position);
    return found.prompt && found.marked ? found : undefined;
  },
};
