/**
 * Obsidian's highlights, `==Key point==`, Roam's and Logseq's, `^^Key point^^`, and Bear's, `::프로세스::`: marked text,
 * as `<mark>` marks it in HTML. The text between the marks is wrapped in `<mark>` tags (raw HTML
 * nodes, which every output reads as it reads a note's own `<mark>`): the
 * card shows it highlighted, the plain text keeps the words, and `==` is
 * never left in an answer. Only within one text node: `==`, `^^` or `::` around other
 * markup stays as written.
 *
 * Bear's `::` opens after no letter, digit or colon and closes before no ASCII letter, digit or colon (a Korean
 * particle may follow it: `::스레드::는`), so the `::` of code and outlines stays: `std::vector`, Ruby's
 * `Foo::Bar::Baz`, Logseq's `key:: value`, RemNote's and Anki's `front::back` and `front :: back`.
 */
import type { PhrasingContent, Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * `==text==` or `^^text^^`, the text not starting or ending with a space (Obsidian's rule), and no `=` (`^`) run
 * inside; or `::text::`, likewise, no colon inside. 1, 2 and 3 the text of each. (Exported for its test: it must not backtrack.)
 */
export const HIGHLIGHT = /==(?=\S)([^=\n]*?\S)==|\^\^(?=\S)([^^\n]*?\S)\^\^|(?<![\p{L}\p{N}_:])::(?=[^\s:])([^:\n]*?[^\s:])::(?![A-Za-z0-9_:])/gu;

/** The same, anywhere in a note: without one (most notes; code's `a == b` is none) the tree is not walked. */
const ANY_HIGHLIGHT = new RegExp(HIGHLIGHT.source, 'u');

export function readHighlights(tree: Root, text: string): void {
  if (!ANY_HIGHLIGHT.test(text)) return;
  visit(tree, (node) => {
    // A heading's marks would reach the question's wording: they are left as written. (Code and math hold no text nodes.)
    if (node.type === 'heading') return SKIP;
    if (!('children' in node)) return undefined;
    const children = node.children as PhrasingContent[];
    if (!children.some(isMarked)) return undefined;
    (node as { children: PhrasingContent[] }).children = children.flatMap((child) => (isMarked(child) ? highlighted(child.value) : [child]));
    return undefined;
  });
}

/** A text node that may hold a highlight: a cheap test before the pattern's. */
function isMarked(node: PhrasingContent): node is PhrasingContent & { type: 'text' } {
  return node.type === 'text' && (node.value.includes('==') || node.value.includes('^^') || node.value.includes('::'));
}

/** A text's pieces, each highlight between `<mark>` and `</mark>`. */
function highlighted(value: string): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  let from = 0;
  for (const match of value.matchAll(HIGHLIGHT)) {
    if (match.index > from) out.push({ type: 'text', value: value.slice(from, match.index) });
    out.push({ type: 'html', value: '<mark>' }, { type: 'text', value: (match[1] ?? match[2] ?? match[3])! }, { type: 'html', value: '</mark>' });
    from = match.index + match[0].length;
  }
  if (out.length === 0) return [{ type: 'text', value }];
  if (from < value.length) out.push({ type: 'text', value: value.slice(from) });
  return out;
}
