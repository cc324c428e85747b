/**
 * What `qbankParse` tells a compiler (`remark-stringify`) so that a note
 * written back keeps what it read as written: its front matter (a `yaml` or
 * `toml` node, as remark-frontmatter makes) and the TeX delimiters of its
 * formulas. The parse stage rewrites `\(…\)` and `\[…\]` to `$$…$$` for
 * remark-math (math-delimiters.ts), so the math nodes alone would be written
 * with dollars: a note for a site whose MathJax reads only `\(` would lose
 * its math.
 */
import type { InlineMath, Math } from 'mdast-util-math';
import type { Root } from 'mdast';
import type { Options as ToMarkdownExtension, State } from 'mdast-util-to-markdown';
import { frontmatterToMarkdown } from 'mdast-util-frontmatter';
import { mathToMarkdown } from 'mdast-util-math';
import { visit } from 'unist-util-visit';

declare module 'mdast-util-math' {
  interface InlineMathData {
    /** The formula's opening TeX delimiter in the note, when it was not a dollar. */
    qbankTexDelimiter?: TexOpening;
  }
  interface MathData {
    qbankTexDelimiter?: TexOpening;
  }
}

type TexOpening = '\\(' | '\\[';

const CLOSING: Record<TexOpening, string> = { '\\(': '\\)', '\\[': '\\]' };

/** Marks each formula of `tree` written with `\(` or `\[` in `text`, the text the tree's positions point into. */
export function markTexDelimiters(tree: Root, text: string): void {
  visit(tree, (node) => {
    if (node.type !== 'inlineMath' && node.type !== 'math') return;
    const offset = node.position?.start.offset;
    if (offset === undefined) return;
    // A display formula's node may start at its line's indentation.
    const opening = text.slice(offset, offset + 64).trimStart().slice(0, 2);
    if (opening === '\\(' || opening === '\\[') node.data = { ...node.data, qbankTexDelimiter: opening };
  });
}

/** How to write front matter and formulas as the note wrote them; remark-math's way for the rest. */
export function asWrittenToMarkdown(): ToMarkdownExtension {
  const math = mathToMarkdown();
  const dollars = math.handlers!;
  return {
    ...math,
    extensions: [frontmatterToMarkdown(['yaml', 'toml'])],
    handlers: {
      inlineMath(node: InlineMath, parent, state: State, info) {
        const opening = node.data?.qbankTexDelimiter;
        return opening ? `${opening}${node.value}${CLOSING[opening]}` : dollars.inlineMath!(node, parent, state, info);
      },
      math(node: Math, parent, state: State, info) {
        const opening = node.data?.qbankTexDelimiter;
        return opening ? `${opening}\n${node.value}\n${CLOSING[opening]}` : dollars.math!(node, parent, state, info);
      },
    },
  };
}
