/**
 * Cleaning the blocks of an answer: the `<details>`/`<summary>`/`<div>`
 * wrappers that hide an answer are markup around it, not part of it, and an
 * `A:` prefix only says "here is the answer".
 */
import type { Paragraph, RootContent } from 'mdast';
import { ANSWER_PREFIX, isAnswerLabel } from './interrogative.js';
import { summaryText } from './recognizers/details-summary.js';

const WRAPPER = /<\/?(?:details|div|section|article|center|p)\b[^>]*>|<summary\b[^>]*>[\s\S]*?<\/summary>|<br\s*\/?>|<hr\s*\/?>/gi;

/** An html block made only of wrapper tags (and a summary that just says "Answer"). */
function isWrapperHtml(block: RootContent): boolean {
  if (block.type !== 'html') return false;
  const summary = summaryText(block.value);
  if (summary !== undefined && !isAnswerLabel(summary)) return false;
  return block.value.replace(WRAPPER, '').trim() === '';
}

export function isBreakHtml(block: RootContent): boolean {
  return block.type === 'html' && /^(?:<br\s*\/?>\s*)+$/i.test(block.value.trim());
}

export function cleanAnswer(blocks: readonly RootContent[]): RootContent[] {
  const kept = blocks.filter((block) => !isWrapperHtml(block));
  const [first] = kept;
  if (first?.type === 'paragraph') kept[0] = withoutAnswerPrefix(first);
  return kept;
}

function withoutAnswerPrefix(paragraph: Paragraph): Paragraph {
  const [head, ...rest] = paragraph.children;
  if (head?.type === 'text' && ANSWER_PREFIX.test(head.value)) {
    const value = head.value.replace(ANSWER_PREFIX, '');
    return { ...paragraph, children: value ? [{ ...head, value }, ...rest] : rest };
  }
  // `**A:** text`
  if (head?.type === 'strong' && head.children.length === 1 && head.children[0]!.type === 'text' && ANSWER_PREFIX.test(head.children[0].value + ' ')) {
    const [next, ...after] = rest;
    const children = next?.type === 'text' ? [{ ...next, value: next.value.trimStart() }, ...after] : rest;
    return { ...paragraph, children };
  }
  return paragraph;
}
