/** A paragraph of its own that asks: copied web text, plain Markdown notes. */
import type { Recognizer } from './recognizer.js';
import { authored, candidate } from './recognizer.js';
import { isReferencesLine } from '../references.js';

export const plainLineRecognizer: Recognizer = {
  construct: 'line',
  recognize(block) {
    if (block.type !== 'paragraph' || !block.position) return undefined;
    // "References" on a line of its own names a section of links: it asks nothing (see references.ts).
    if (isReferencesLine(block)) return undefined;
    const found = candidate('line', block.children, block.position, authored(block));
    return found.prompt ? found : undefined;
  },
};
