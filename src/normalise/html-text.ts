/**
 * The visible text of a raw HTML block, for `answer.text` and the sheet (which draws text, not HTML): the fragment
 * is parsed as a browser would (hast-util-from-html) and read with the rules of `innerText`
 * (hast-util-to-text), so character references come out as characters (`&amp;` is `&`), tags,
 * comments, scripts and styles leave nothing, and block elements and `<br>` separate their text.
 * `<summary>` labels ("Answer", "Show") are left out: in plain text and on paper there is nothing to click open.
 */
import type { Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';

export function htmlText(html: string): string {
  const tree: Root = fromHtml(html, { fragment: true });
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'summary' || !parent || index === undefined) return undefined;
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return toText(tree).trim();
}
