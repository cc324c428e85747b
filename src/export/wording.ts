/**
 * A question's wording (or a translation) as every export reads it. Question text is clean plain
 * text, so it is read as Markdown (`parseMarkdown`, which knows all four TeX delimiters) only when
 * it carries a math delimiter, and only when it reads as one paragraph; otherwise characters such
 * as `*`, `#` or `1.` would be taken for syntax. The PDF draws these nodes and the Anki deck takes
 * its formulas from them, so both find the same math in the same text.
 */
import type { PhrasingContent } from 'mdast';
import { parseMarkdown } from '../parse/markdown.js';

const MATH_DELIMITER = /\\\(|\\\[|\$/;

export function wordingPhrasing(text: string): PhrasingContent[] {
  if (MATH_DELIMITER.test(text)) {
    const { tree } = parseMarkdown(text);
    const [only] = tree.children;
    if (tree.children.length === 1 && only?.type === 'paragraph') return only.children;
  }
  return [{ type: 'text', value: text }];
}
