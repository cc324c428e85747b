/** `# 1. question`, `#### 12) question [[src](url)]`, `### Q: question`. */
import type { Recognizer } from './recognizer.js';
import { authored, candidate } from './recognizer.js';

export const headingRecognizer: Recognizer = {
  construct: 'heading',
  recognize(block) {
    if (block.type !== 'heading' || !block.position) return undefined;
    const found = candidate('heading', block.children, block.position, { depth: block.depth, ...authored(block) });
    return found.prompt ? found : undefined;
  },
};
