/**
 * `> Q: What is implicit feedback?` over `> A: Preference inferred from clicks.`: question and answer
 * lines set in a quote, as some notes set each pair apart. The quote is how the pair is laid out, not
 * a quotation: a top-level quote whose first line is a question line stands as its blocks, so that
 * the pair is read as the same lines outside a quote are (and a run of them is cut into pairs,
 * prompt-runs.ts, which reads the lines with their quote markers blanked). A quote that only holds an
 * answer (`> A: …` under its question) stays a quote, and so does one that opens with a follow-up's label
 * (`> 꼬리 질문: …`, `> Follow-up: …`): it sets the follow-up and its answer apart from the answer around
 * it, which goes on after it (extract/heading-follow-ups.ts).
 */
import type { Root, RootContent } from 'mdast';
import { isQaLine } from './runaway-blocks.js';
import { FOLLOW_UP_HEAD } from '../wording/prompt-text.js';
import { blankQuoteMarkers, withoutQuoteMarkers } from './quote-markers.js';

/** Unwraps such quotes in place; returns `lines` with the markers of their lines blanked (same lengths: offsets hold). */
export function unquotePairs(tree: Root, lines: readonly string[]): readonly string[] {
  if (!tree.children.some((block) => block.type === 'blockquote')) return lines;
  const children: RootContent[] = [];
  let unquoted: string[] | undefined;
  for (const block of tree.children) {
    const first = block.type === 'blockquote' ? block.children[0] : undefined;
    const line = first?.type === 'paragraph' && first.position ? withoutQuoteMarkers(lines[first.position.start.line - 1] ?? '') : undefined;
    if (block.type !== 'blockquote' || line === undefined || !isQaLine(line) || FOLLOW_UP_HEAD.test(line)) {
      children.push(block);
      continue;
    }
    children.push(...block.children);
    unquoted ??= [...lines];
    for (let k = block.position!.start.line - 1; k < block.position!.end.line; k++) {
      unquoted[k] = blankQuoteMarkers(unquoted[k]!);
    }
  }
  tree.children = children;
  return unquoted ?? lines;
}
