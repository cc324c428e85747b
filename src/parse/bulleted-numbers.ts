/**
 * A bullet whose text is numbered (`- 1. Receptive Field란 무엇인가요?`), as notes mix their numbering
 * with bullets (`- 5-1. inductive Bias를 아시나요?` beside it). CommonMark reads the number as a list
 * of its own nested in the bullet, an item with no text of its own; the note means one item, its
 * number part of its text. Such a bullet takes the nested item's blocks as its own, the number
 * written back at the head of its first paragraph (`1. Receptive …`, which a question's wording leaves out).
 */
import type { List, ListItem, Root } from 'mdast';
import { visit } from 'unist-util-visit';

/** A bullet, then a number and its point or bracket: `- 1. …`, `* 2) …`. */
const BULLETED_NUMBER = /^[ \t>]*[-*+][ \t]+\d{1,9}[.)][ \t]/m;

export function withBulletedNumbers(tree: Root, source: string): void {
  // Most notes have none: no walk of their tree.
  if (!BULLETED_NUMBER.test(source)) return;
  visit(tree, 'list', (list: List) => {
    if (list.ordered) return;
    list.children = list.children.map((item) => withNumberedText(item, source));
  });
}

/** The item, or the item its only nested numbered item makes of it when that is all it starts with. */
function withNumberedText(item: ListItem, source: string): ListItem {
  const [first, ...rest] = item.children;
  if (first?.type !== 'list' || !first.ordered || first.children.length !== 1) return item;
  const numbered = first.children[0]!;
  const [lead, ...more] = numbered.children;
  const text = lead?.type === 'paragraph' ? lead.children[0] : undefined;
  const from = numbered.position?.start;
  const to = text?.position?.start;
  if (lead?.type !== 'paragraph' || text?.type !== 'text' || from?.offset === undefined || to?.offset === undefined || from.line !== to.line) return item;
  const number = source.slice(from.offset, to.offset);
  const paragraph = { ...lead, children: [{ ...text, value: number + text.value, position: { start: from, end: text.position!.end } }, ...lead.children.slice(1)] };
  return { ...item, children: [{ ...paragraph, position: { start: from, end: lead.position!.end } }, ...more, ...rest] };
}
