/**
 * How a compiler writes math back: with the delimiters the note used, which
 * the parse stage records on each math node (`data.delimiter`, markdown.ts),
 * so nothing a user wrote changes form (`\(..\)` stays, for a site whose
 * MathJax reads only that). An answer's Markdown (normalise) and a note
 * written back after `qbankParse` (the library's plugin) both write it so.
 */
import type { Handle, Options } from 'mdast-util-to-markdown';
import type { InlineMath, Math } from 'mdast-util-math';
import { mathToMarkdown } from 'mdast-util-math';

const inlineMath: Handle = (node: InlineMath, _parent, state) => {
  const delimiter = node.data?.delimiter ?? '$';
  // In a table's cell a pipe ends the cell unless escaped; the parse stage reads `\|` in a cell's math back as `|`.
  const value = state.stack.includes('tableCell') ? node.value.replace(/\|/g, '\\|') : node.value;
  if (delimiter === '\\(' || delimiter === '\\[') return `\\(${value}\\)`;
  return delimiter === '$$' ? `$$${value}$$` : `$${value}$`;
};

const math: Handle = (node: Math) => {
  const delimiter = node.data?.delimiter ?? '$$';
  // A formula of several lines stands as a block only with `\[` and `\]` on lines of their own (math-delimiters.ts).
  if (delimiter === '\\[' || delimiter === '\\(') return node.value.includes('\n') ? `\\[\n${node.value}\n\\]` : `\\[${node.value}\\]`;
  return `$$\n${node.value}\n$$`;
};

/** remark-math's extension (what it escapes), with math written in its own delimiters. */
export function mathAsWritten(): Options {
  return { ...mathToMarkdown(), handlers: { inlineMath, math } as Options['handlers'] };
}
