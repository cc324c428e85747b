/** `Q: Bias vs Variance?` lines, as in cheat notes; the answer follows as `A: ...`. */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { inlineText } from '../prompt-text.js';
import { QA_LINE } from '../../parse/runaway-blocks.js';

export const qaLineRecognizer: Recognizer = {
  construct: 'qa',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    if (!QA_LINE.test(inlineText(block.children))) return undefined;
    const found = candidate('qa', block.children, block.position, { marked: true });
    return found.prompt ? found : undefined;
  },
};
