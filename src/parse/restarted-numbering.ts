/**
 * A numbered list whose numbers go back after a blank line, as an answer's own list runs into the next
 * question of a numbered list of questions:
 *
 *     1. What is a word embedding?
 *
 *     1. Word2Vec
 *     2. GloVe
 *
 *     2. How do BERT and GPT differ?
 *
 * CommonMark goes on with a list through a blank line whatever the next number, so `2. How do …?` became
 * the answer list's third item (and the question was lost in the answer before it). The author numbered
 * another list there: the list is split where a number, after a blank line, is no higher than the one
 * before. Numbers written all alike (`1.` for every item, as Markdown allows) number nothing, and stay one list.
 */
import type { List, ListItem, Parents, Root } from 'mdast';

/** Two numbered lines with a blank line between: the only notes that may hold such a list. */
const NUMBERED_AFTER_BLANK = /\n[ \t>]*\n[ \t>]*\d{1,9}[.)][ \t]/;

export function splitRestartedNumbering(tree: Root, source: string): void {
  if (NUMBERED_AFTER_BLANK.test(source)) splitIn(tree, source);
}

/** The lists among `parent`'s children split, and those in its lists, items and quotes (where lists stand), not in paragraphs. */
function splitIn(parent: Parents, source: string): void {
  for (let index = 0; index < parent.children.length; index++) {
    const child = parent.children[index]!;
    if (child.type === 'list' && child.ordered) {
      const parts = restartedParts(child, source);
      if (parts.length > 1) (parent.children as List[]).splice(index, 1, ...parts);
      for (const part of parts) splitIn(part, source);
      index += parts.length - 1;
    } else if (child.type === 'list' || child.type === 'listItem' || child.type === 'blockquote' || child.type === 'footnoteDefinition') splitIn(child, source);
  }
}

/** The list as the lists its author numbered, in order (itself when one). */
function restartedParts(list: List, source: string): List[] {
  const numbers = list.children.map((item) => writtenNumber(item, source));
  if (numbers.some((number) => number === undefined) || numbers.every((number) => number === numbers[0])) return [list];
  // Each part as the index of its first item.
  const starts = [0];
  for (let k = 1; k < list.children.length; k++) {
    if (afterBlank(list.children, k) && numbers[k]! <= numbers[k - 1]!) starts.push(k);
  }
  if (starts.length === 1) return [list];
  return starts.map((first, part) => {
    const items = list.children.slice(first, starts[part + 1]);
    return {
      ...list,
      start: numbers[first]!,
      spread: items.some((item, k) => item.spread || (k > 0 && afterBlank(items, k))),
      children: items,
      position: { start: items[0]!.position!.start, end: items.at(-1)!.position!.end },
    };
  });
}

/** Whether a blank line stands between item `k` and the one before it. */
function afterBlank(items: readonly ListItem[], k: number): boolean {
  return items[k]!.position!.start.line > items[k - 1]!.position!.end.line + 1;
}

/** An item's number as the note writes it (undefined without a position to read it at). */
function writtenNumber(item: ListItem, source: string): number | undefined {
  const offset = item.position?.start.offset;
  if (offset === undefined) return undefined;
  const digits = /^\d{1,9}(?=[.)])/.exec(source.slice(offset, offset + 10));
  return digits ? Number(digits[0]) : undefined;
}
