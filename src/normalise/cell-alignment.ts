/**
 * A transform of an answer's HTML tree, run before the sanitiser: a table cell aligned by its style
 * (`<td style="text-align: right">`, as docs sites write tables) keeps that
 * alignment as the `align` attribute the sanitiser allows (read as the sheet reads it), since every `style`
 * is dropped (a style can hide or overlay content on a card). The cards and
 * the sheet then align the cell as the page did.
 */
import type { Element, Root } from 'hast';

const TEXT_ALIGN = /(?:^|;)\s*text-align\s*:\s*([-\w]+)/gi;
const ALIGNMENTS = new Map<string, 'left' | 'center' | 'right'>([
  ['left', 'left'],
  ['start', 'left'],
  ['justify', 'left'],
  ['center', 'center'],
  ['middle', 'center'],
  ['-webkit-center', 'center'],
  ['right', 'right'],
  ['end', 'right'],
]);

/** An `align` or `text-align` value ("right", "end", "-webkit-center") as one of the three alignments. */
function alignmentNamed(value: string): 'left' | 'center' | 'right' | undefined {
  return ALIGNMENTS.get(value.trim().toLowerCase());
}

/** The alignment a style's `text-align` asks for (the last one, as CSS reads it). */
function styleTextAlign(style: string): 'left' | 'center' | 'right' | undefined {
  const declared = [...style.matchAll(TEXT_ALIGN)].at(-1)?.[1];
  return declared === undefined ? undefined : alignmentNamed(declared);
}

/**
 * The alignment an element asks for: its `align`, else its style's `text-align`. Read here for the
 * cards and by the sheet (export/pdf/html-table.ts), which reads a table's HTML before sanitising.
 */
export function declaredAlignment(element: Element): 'left' | 'center' | 'right' | undefined {
  const { align, style } = element.properties;
  const asked = typeof align === 'string' ? alignmentNamed(align) : undefined;
  return asked ?? (typeof style === 'string' ? styleTextAlign(style) : undefined);
}

export function alignCellsByStyle(tree: Root | Element): void {
  // A plain walk: this runs on every answer that holds raw HTML, and most hold a handful of elements.
  for (const child of tree.children) {
    if (child.type !== 'element') continue;
    if (ALIGNED.has(child.tagName) && child.properties.align === undefined) {
      const aligned = declaredAlignment(child);
      if (aligned) child.properties.align = aligned;
    }
    alignCellsByStyle(child);
  }
}

/** Cells, and rows (whose alignment their cells take), as the sheet reads them. */
const ALIGNED: ReadonlySet<string> = new Set(['td', 'th', 'tr']);
