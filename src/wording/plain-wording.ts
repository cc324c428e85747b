/**
 * A question's wording (or a translation) as every export reads it, and the merge's overrides, which name
 * questions as the sheet shows them (dedupe/overrides.ts). Question text is clean plain
 * text, so it is read as Markdown (`parseMarkdown`, which knows all four TeX delimiters) only when
 * it carries a math delimiter, and only when it reads as one paragraph; otherwise characters such
 * as `*`, `#` or `1.` would be taken for syntax. The PDF draws these nodes and the Anki deck takes
 * its formulas from them, so both find the same math in the same text.
 */
import type { PhrasingContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
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

/**
 * A wording (a question, a topic) as plain text, for the places that cannot typeset it: Anki's deck names
 * and tags, the sheet's topic bands, contents and continued labels. Each formula is its TeX without the
 * delimiters: `\(L_2\) 정규화` is `L_2 정규화`, not the raw `\(L_2\)`.
 */
export function wordingText(text: string): string {
  if (!MATH_DELIMITER.test(text)) return text;
  // A topic is read once per question of it (its deck, its tags, its band): with a formula, parsed once.
  let plain = plainWordings.get(text);
  if (plain === undefined) {
    if (plainWordings.size >= MOST_PLAIN_WORDINGS) plainWordings.clear();
    plainWordings.set(text, (plain = toString({ type: 'paragraph', children: wordingPhrasing(text) })));
  }
  return plain;
}

/** Wordings with a formula read as plain text so far; bounded for a long watch. */
const plainWordings = new Map<string, string>();
const MOST_PLAIN_WORDINGS = 10_000;
