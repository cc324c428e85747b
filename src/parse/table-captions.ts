/**
 * Pandoc's table caption: a paragraph that opens with `Table:`, `table:` or `:` right over or under a table, a blank
 * line at most between them (`: Common kernels`). It names what the table holds, so the card keeps it, set as a
 * caption is (an emphasised line where the author wrote it), without the marker that only says it is one.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';

declare module 'mdast' {
  interface ParagraphData {
    /** The caption of the table beside it: it names that table, no section of questions. */
    tableCaption?: boolean;
  }
}

const CAPTION_MARK = /^(?:[Tt]able)?:[ \t]+(?=\S)/;

/**
 * Reads the caption of the table at `index` among `siblings`, if it has one: under it first, as pandoc writes one,
 * else over it. The paragraph stays in its place, its marker taken out and its text emphasised.
 */
export function readTableCaption(siblings: RootContent[], index: number): void {
  const table = siblings[index]?.position;
  if (!table) return;
  const under = siblings[index + 1];
  const over = siblings[index - 1];
  const caption =
    under?.position && under.position.start.line - table.end.line <= 2 && isCaption(under) ? under : over?.position && table.start.line - over.position.end.line <= 2 && isCaption(over) ? over : undefined;
  if (!caption) return;
  const [head, ...rest] = caption.children;
  const text = (head as { value: string }).value.replace(CAPTION_MARK, '');
  const children: PhrasingContent[] = text === '' ? rest : [{ ...head!, value: text } as PhrasingContent, ...rest];
  caption.children = [{ type: 'emphasis', children }];
  caption.data = { ...caption.data, tableCaption: true };
}

function isCaption(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph') return false;
  const head = block.children[0];
  return head?.type === 'text' && CAPTION_MARK.test(head.value);
}
