/**
 * Coloured text written as math: GitHub drops a README's styles but draws
 * math, so authors colour headings and words with it
 * (`# ${\color{red} Objective:}$`, `$\textcolor{blue}{\text{Note}}$`). Such a
 * formula holds only text: it is read as that text, not as math the sheet
 * would typeset in italics and a topic would carry as `\({\color{red} …}\)`.
 * A formula with anything of math besides the colour stays math.
 */
import type { InlineMath } from 'mdast-util-math';
import type { Parent, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';

const COLOUR = /\\(?:color|textcolor)\s*\{[^{}]*\}/g;
const TEXT_WRAPPER = /\\(?:text|textbf|textit|textrm|mathrm|mathbf|mathit|mathsf|bf|it|rm)\s*(?=\{)|\\(?:bf|it|rm)\b/g;
const SPACING = /\\[ ,;:!]|~/g;

/** The text a formula holds when it only colours text, or undefined when it is math. */
export function colouredText(tex: string): string | undefined {
  if (!/\\(?:color|textcolor)\b/.test(tex)) return undefined;
  const text = tex.replace(COLOUR, '').replace(TEXT_WRAPPER, '').replace(SPACING, ' ').replace(/[{}]/g, '').replace(/\s+/g, ' ').trim();
  // Anything of math left (a command, a sub- or superscript) keeps it a formula.
  return text === '' || /[\\^_]/.test(text) ? undefined : text;
}

export function readColouredText(tree: Root, text: string): void {
  if (!/\\(?:color|textcolor)\b/.test(text)) return;
  visit(tree, 'inlineMath', (node: InlineMath, index, parent) => {
    const coloured = colouredText(node.value);
    if (coloured === undefined || index === undefined || !parent) return;
    const replacement: Text = { type: 'text', value: coloured, ...(node.position ? { position: node.position } : {}) };
    (parent as Parent).children[index] = replacement as never;
  });
}
