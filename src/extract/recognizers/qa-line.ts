/** `Q: Bias vs Variance?` lines, as in cheat notes; the answer follows as `A: ...`. */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { inlineText } from '../prompt-text.js';

const QUESTION_PREFIX = /^\s*(?:Q(?:uestion)?\s*\d*|질문\s*\d*)\s*[:.)]\s*\S/i;

export const qaLineRecognizer: Recognizer = {
  construct: 'qa',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    if (!QUESTION_PREFIX.test(inlineText(block.children))) return undefined;
    const found = candidate('qa', block.children, block.position, { marked: true });
    return found.prompt ? found : undefined;
  },
};
