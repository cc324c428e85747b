/**
 * Lines a reader leaves out of a note after it is parsed (a chat's own lines, a mail's header): Markdown,
 * and copied text that looks wrapped, may have read them on into a paragraph with the lines around them.
 * Such a paragraph is cut before each of them and after it (splitAt), and the parts that open with one go.
 */
import type { BlockContent, DefinitionContent, Root, RootContent } from 'mdast';
import { sourceLines, splitAt } from './prompt-runs.js';
import { blankQuoteMarkers } from './quote-markers.js';

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

/**
 * Takes `dropped` (lines) out of `tree`: the top-level paragraphs, and those of a top-level quote (a
 * reply quotes the lines it answers), cut around them; a quote left with nothing goes too. Returns the
 * lines taken out: not one that stands in code, a list or a table.
 */
export function dropLines(tree: Root, text: string, lines: readonly string[], dropped: ReadonlySet<number>): Set<number> {
  const taken = new Set<number>();
  if (dropped.size === 0) return taken;
  const cuts = [...new Set([...dropped, ...[...dropped].map((line) => line + 1)])].sort((a, b) => a - b);
  const kept = <T extends Block>(blocks: readonly T[], read = lines): T[] =>
    cutParagraphs(blocks, cuts, text, read).filter((block) => {
      // A paragraph that could not be cut (a link across the line break) holds lines of the note's too: it stays.
      const { start, end } = block.position ?? { start: { line: 0 }, end: { line: 0 } };
      if (block.type !== 'paragraph') return true;
      for (let line = start.line; line <= end.line; line++) if (!dropped.has(line)) return true;
      for (let line = start.line; line <= end.line; line++) taken.add(line);
      return false;
    });
  let unquoted: readonly string[] | undefined;
  tree.children = kept(tree.children).filter((block) => {
    if (block.type !== 'blockquote') return true;
    unquoted ??= lines.map(blankQuoteMarkers);
    block.children = kept(block.children, unquoted);
    return block.children.length > 0;
  });
  return taken;
}
