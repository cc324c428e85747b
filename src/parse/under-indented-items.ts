/**
 * What an item shows and the questions under it, indented less than the item's text. Interview books
 * converted from documents write:
 *
 *     1. Given a binary classifier that outputs the following confusion matrix.
 *       <table> … </table>
 *
 *       1. [E] Calculate the model's precision, recall, and F1.
 *       1. [M] What can we do to improve the model's performance?
 *     1. Consider a classification where 99% of data belongs to class A …
 *
 * Two spaces are less than the three `1. ` takes, so Markdown ends the list at the table, and the two
 * questions open a list of their own, with the next item. Indented past the item's marker, the author
 * meant them under it: the table and those items are moved into the item, the items as a nested list.
 * Only that shape (a picture, table, code or formula, then items) is mended: a paragraph indented so
 * may be a note's own text.
 */
import type { List, ListItem, Root, RootContent } from 'mdast';

/** How far a block's first line is indented, as written (raw HTML keeps its leading spaces in its value, mdast not in its column). */
function indentOf(block: RootContent, lineStart: (line: number) => string): number {
  const start = block.position?.start;
  if (!start) return 0;
  return /^[ \t]*/.exec(lineStart(start.line))![0].replace(/\t/g, '    ').length;
}

const SHOWS: ReadonlySet<RootContent['type']> = new Set(['html', 'code', 'table', 'math']);

/** `tree` with each such item mended (see above); `source` gives the lines indentation is read from. */
export function withUnderIndentedItems(tree: Root, source: string): Root {
  let lines: string[] | undefined;
  const lineStart = (line: number) => (lines ??= source.split('\n'))[line - 1] ?? '';
  const blocks = tree.children;
  for (let at = 0; at < blocks.length; at++) {
    const list = blocks[at]!;
    if (list.type !== 'list') continue;
    const item = list.children.at(-1);
    const marker = (item?.position?.start.column ?? 1) - 1;
    if (!item) continue;
    let end = at + 1;
    while (SHOWS.has(blocks[end]?.type as RootContent['type']) && indentOf(blocks[end]!, lineStart) > marker) end++;
    const next = blocks[end];
    if (end === at + 1 || next?.type !== 'list') continue;
    let count = 0;
    while (count < next.children.length && (next.children[count]!.position?.start.column ?? 1) - 1 > marker) count++;
    if (count === 0) continue;
    const under = next.children.slice(0, count);
    const last = under.at(-1)!.position;
    const nested: List = { ...next, children: under, ...(under[0]!.position && last ? { position: { start: under[0]!.position.start, end: last.end } } : {}) };
    item.children.push(...(blocks.slice(at + 1, end) as ListItem['children']), nested);
    // The item and its list now end where what was moved into them does.
    if (last && item.position) item.position = { ...item.position, end: last.end };
    if (last && list.position) list.position = { ...list.position, end: last.end };
    const rest = next.children.slice(under.length);
    const replaced: RootContent[] = rest.length > 0 ? [{ ...next, children: rest, ...(rest[0]!.position && next.position ? { position: { start: rest[0]!.position.start, end: next.position.end } } : {}) }] : [];
    blocks.splice(at + 1, end + 1 - (at + 1), ...replaced);
  }
  return tree;
}
