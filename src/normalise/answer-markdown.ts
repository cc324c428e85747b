/**
 * An answer's blocks as Markdown. Math is written back with the delimiters
 * the source used (`\(..\)`, `\[..\]`, `$..$`, `$$..$$`), so nothing a user
 * wrote changes form; copied plain text comes out as proper Markdown lists.
 */
import type { Root, RootContent } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import { toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { inertBlocks } from './inert-markdown.js';

const inlineMath: Handle = (node: InlineMath) => {
  const delimiter = node.data?.delimiter ?? '$';
  if (delimiter === '\\(' || delimiter === '\\[') return `\\(${node.value}\\)`;
  return delimiter === '$$' ? `$$${node.value}$$` : `$${node.value}$`;
};

const math: Handle = (node: Math) => {
  const delimiter = node.data?.delimiter ?? '$$';
  if (delimiter === '\\[' || delimiter === '\\(') return `\\[${node.value}\\]`;
  return `$$\n${node.value}\n$$`;
};

/** The same for every answer, so made once. */
const options: Options = {
  bullet: '-',
  fences: true,
  listItemIndent: 'one',
  rule: '-',
  extensions: [gfmToMarkdown(), mathToMarkdown()],
  handlers: { inlineMath, math } as never,
};

/** The answer as Markdown, with only the HTML and URLs that `answer.html` would keep (see inert-markdown.ts). */
export function answerMarkdown(blocks: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...inertBlocks(blocks)] };
  return toMarkdown(root, options).trim();
}
