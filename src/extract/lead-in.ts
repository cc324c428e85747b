/**
 * A paragraph that leads into the block under it, its text ending in a colon (`First posted to arXiv on:`,
 * `우선순위:`): what follows is what it announces, the answer's own, not a line the author or the page added.
 */
import type { RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';

export function leadsIn(block: RootContent): boolean {
  return block.type === 'paragraph' && /[:：]\s*$/.test(inlineText(block.children));
}
