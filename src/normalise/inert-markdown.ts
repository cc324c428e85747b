/**
 * `answer.markdown` is for other tools, and many render Markdown with raw
 * HTML allowed and no sanitiser. So the Markdown keeps only what
 * `answer.html` keeps: each raw-HTML fragment goes through the same
 * sanitiser (a fragment the sanitiser leaves as it is stays exactly as
 * written), and a link, image or definition whose URL is not http(s),
 * mailto or relative loses the URL (a link keeps its text, an image its
 * alt text).
 */
import type { Definition, Image, Link, Nodes, Parents, RootContent } from 'mdast';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from './answer-html.js';
import { someNode } from '../parse/tree-walk.js';

const sanitiser = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeStringify).freeze();
const serialiser = unified().use(rehypeStringify).freeze();
const START_TAG_ONLY = /^\s*<([A-Za-z][\w-]*)\b[^<>]*>\s*$/;

export function inertBlocks(blocks: readonly RootContent[]): readonly RootContent[] {
  // Most answers hold no raw HTML and no unsafe URL: they are used as they are, not copied.
  if (!someNode(blocks, mayNeedChange)) return blocks;
  const root = { type: 'root' as const, children: structuredClone([...blocks]) };
  visit(root, (node: Nodes, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      const value = inertHtml(node.value);
      if (value === node.value) return;
      if (value === '') {
        parent.children.splice(index, 1);
        return [SKIP, index];
      }
      node.value = value;
      return;
    }
    if (hasUnsafeUrl(node)) {
      const replacement = node.type === 'link' ? node.children : node.type === 'image' && node.alt ? [{ type: 'text' as const, value: node.alt }] : [];
      parent.children.splice(index, 1, ...(replacement as never[]));
      return [SKIP, index];
    }
    return undefined;
  });
  return root.children;
}

/** Raw HTML, or a URL the sanitiser would not keep: the blocks must be copied and changed. */
function mayNeedChange(node: Nodes): boolean {
  return node.type === 'html' || hasUnsafeUrl(node);
}

/** A link, image or definition whose URL the sanitiser would not keep. */
function hasUnsafeUrl(node: Nodes): node is Link | Image | Definition {
  return (node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url, node.type === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES);
}

/** The fragment as the sanitiser would leave it; unchanged when the sanitiser changes nothing. */
function inertHtml(fragment: string): string {
  const tree = fromHtml(fragment, { fragment: true });
  const before = serialiser.stringify(tree);
  const after = sanitiser.stringify(sanitiser.runSync(tree) as HastRoot);
  if (after === before) return fragment;
  // `<div markdown="1">` opens a block that a later fragment closes: keep it an opening tag.
  const start = START_TAG_ONLY.exec(fragment);
  if (start) {
    const closing = `</${start[1]!.toLowerCase()}>`;
    return after.endsWith(closing) && after.startsWith(`<${start[1]!.toLowerCase()}`) ? after.slice(0, -closing.length) : after;
  }
  return after;
}

const LINK_SCHEMES = (sanitizeSchema.protocols?.href ?? []) as readonly string[];
const IMAGE_SCHEMES = (sanitizeSchema.protocols?.src ?? []) as readonly string[];

/** Relative, or a scheme the sanitiser allows; read as a browser reads it (control characters and spaces ignored). */
function isSafeUrl(url: string, schemes: readonly string[]): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020\u007f]/g, '');
  const scheme = /^([^:/?#]*):/.exec(cleaned);
  return scheme === null || schemes.includes(scheme[1]!.toLowerCase());
}
