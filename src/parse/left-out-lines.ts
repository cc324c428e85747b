/**
 * Lines a reader leaves out of a note after it is parsed (a chat's own lines): Markdown, and copied text
 * that looks wrapped, may have read them on into a paragraph with the lines around them. Such a paragraph
 * is cut before each of them and after it (splitAt); the reader drops the parts that open with one.
 */
import type { BlockContent, DefinitionContent, RootContent } from 'mdast';
import { sourceLines, splitAt } from './prompt-runs.js';

type Block = RootContent | BlockContent | DefinitionContent;

/**
 * `blocks` with each paragraph that runs on over one of `cuts` (lines, ascending) cut there; other
 * blocks as they are. The blocks are in the note's order: the cuts are walked once with them.
 */
export function cutParagraphs<T extends Block>(blocks: readonly T[], cuts: readonly number[], text: string, lines: readonly string[]): T[] {
  let source: ReturnType<typeof sourceLines> | undefined;
  const children: T[] = [];
  let next = 0;
  for (const block of blocks) {
    const position = block.position;
    if (block.type !== 'paragraph' || !position) {
      children.push(block);
      continue;
    }
    while (next < cuts.length && cuts[next]! <= position.start.line) next++;
    let past = next;
    while (past < cuts.length && cuts[past]! <= position.end.line) past++;
    if (past === next) {
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines);
    children.push(...(splitAt(block, cuts.slice(next, past), source) as T[]));
  }
  return children;
}
