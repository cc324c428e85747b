/**
 * A rehype plugin, run before the sanitiser: a table cell aligned by its style
 * (`<td style="text-align: right">`, as docs sites write tables) keeps that
 * alignment as the `align` attribute the sanitiser allows, since every `style`
 * is dropped (a style can hide or overlay content on a card). The cards and
 * the sheet then align the cell as the page did.
 */
import type { Element, Root } from 'hast';
import type { Plugin } from 'unified';

const TEXT_ALIGN = /(?:^|;)\s*text-align\s*:\s*(left|right|center)\s*(?:!important\s*)?(?:;|$)/i;

export const rehypeCellAlignment: Plugin<[], Root> = () => alignCellsByStyle;

export function alignCellsByStyle(tree: Root | Element): void {
  // A plain walk: this runs on every answer that holds raw HTML, and most hold a handful of elements.
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if ((child.tagName === 'td' || child.tagName === 'th') && child.properties.align === undefined) {
      const style = child.properties.style;
      const aligned = typeof style === 'string' ? TEXT_ALIGN.exec(style)?.[1] : undefined;
      if (aligned) child.properties.align = aligned.toLowerCase();
    }
    alignCellsByStyle(child);
  }
}
