/**
 * A picture of nothing: no address (none written, or one the sanitiser refused) and no alt text. It shows
 * nothing, so it is in no form of an answer, and leaves no gap where it stood ("drops units", not
 * "drops  units"): `![]()` in Markdown, `<img>` or `<img src="javascript:…">` in raw HTML.
 */
import type { Nodes } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import { closeGap } from './closed-gap.js';

/** `![]()` in Markdown. */
export function isNoPicture(node: Nodes): boolean {
  return node.type === 'image' && node.url.trim() === '' && !node.alt?.trim();
}

/** Takes every `<img>` of no `src` and no alt text out of a sanitised HTML tree (answer-html.ts, and the raw HTML kept in answer.markdown). */
export function dropNoPictures(parent: HastRoot | Element): void {
  for (let k = 0; k < parent.children.length; k++) {
    const child = parent.children[k]!;
    if (child.type !== 'element') continue;
    if (child.tagName !== 'img' || child.properties.src || String(child.properties.alt ?? '').trim() !== '') dropNoPictures(child);
    else {
      parent.children.splice(k, 1);
      closeGap(parent.children, k);
      k--;
    }
  }
}
