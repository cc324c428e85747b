/**
 * A paragraph that leads into the block under it, its text ending in a colon (`First posted to arXiv on:`,
 * `우선순위:`): what follows is what it announces, the answer's own, not a line the author or the page added.
 */
import type { RootContent } from 'mdast';
import { inlineText } from '../wording/prompt-text.js';

/** The colon that ends words leading into what follows them (`Two buttons:`, `우선순위：`). */
export const LEAD_IN_END = /[:：]\s*$/u;

export function leadsIn(block: RootContent): boolean {
  return block.type === 'paragraph' && LEAD_IN_END.test(inlineText(block.children));
}

/** Words that point at what follows them: `A. 아래 글 참고`, `see the post below`, `관련 글:`, `이런 식이다`, `다음과 같다`. */
export const POINTS_ON = /아래|다음과\s*같|이런\s*식|이렇게|\bbelow\b|\bfollowing\b|\bas follows\b|\blike this\b|[:：]\s*$/iu;
