/**
 * A question's wording as Anki field HTML: the text as written, escaped, with each formula that
 * the shared reading finds (`wordingPhrasing`, the same nodes the PDF typesets) written `\(...\)`,
 * the inline delimiters Anki's MathJax renders. Whatever delimiter the source used, the formula
 * stands in running text, so it is inline math, as in the PDF and in answer.html's math spans.
 * Only the formulas change: the rest keeps its characters (`*`, `\$`) exactly as written. Neither
 * keeps a TeX command that would make the formula act (inert-tex.ts).
 */
import type { Root } from 'mdast';
import type { InlineMath } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { wordingPhrasing } from '../../wording/plain-wording.js';
import { inertTex, inertTexInText } from '../../normalise/inert-tex.js';
import { escapeHtml } from './field-text.js';

/** What a math node's position must start with to be taken as pointing at its own delimiter. */
const DELIMITER_START = /^(?:\$|\\[([])/;

export function wordingHtml(text: string): string {
  const formulas: InlineMath[] = [];
  visit({ type: 'root', children: wordingPhrasing(text) } as Root, 'inlineMath', (node) => {
    formulas.push(node);
  });
  let html = '';
  let at = 0;
  for (const formula of formulas) {
    const start = formula.position?.start.offset;
    const end = formula.position?.end.offset;
    // parseMarkdown keeps positions true to `text`; a formula without a usable one stays as written.
    if (start === undefined || end === undefined || start < at || !DELIMITER_START.test(text.slice(start, start + 2))) continue;
    html += escapeHtml(text.slice(at, start)) + escapeHtml(`\\(${inertTex(formula.value)}\\)`);
    at = end;
  }
  // MathJax reads the whole wording as one string and ends a formula where its braces close, not
  // where this reading did: the text between formulas is made inert with them (character
  // references do not touch a TeX command's name).
  return inertTexInText(html + escapeHtml(text.slice(at)));
}
