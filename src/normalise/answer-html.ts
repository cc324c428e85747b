/**
 * An answer's blocks as sanitised HTML. Raw HTML from the source is parsed
 * (hast-util-raw) and then sanitised (hast-util-sanitize): no script, style,
 * iframe, event handler or javascript:/data: URL survives. Math is kept as
 * `\(..\)` / `\[..\]` text in marked spans, which Anki's MathJax and any
 * MathJax page render as they are, without the TeX commands that would make
 * a link or a style of it (inert-tex.ts).
 *
 * The steps are the utilities the plugins remark-rehype, rehype-raw, rehype-sanitize and
 * rehype-stringify wrap, called in the same order: this runs on every
 * answer, and a unified pipeline's own work (a file, the run of each plugin)
 * took about a third of a short answer's time (12.6 µs against 7.5 µs).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Element, Root as HastRoot } from 'hast';
import type { InlineMath, Math } from 'mdast-util-math';
import { toHast, type Handler } from 'mdast-util-to-hast';
import { raw } from 'hast-util-raw';
import { defaultSchema, sanitize, type Schema as SanitizeSchema } from 'hast-util-sanitize';
import { toHtml } from 'hast-util-to-html';
import { someNode } from '../parse/tree-walk.js';
import { linkLocalAnchors } from './local-anchors.js';
import { inertTree } from './rehype-inert-tex.js';
import { lowercaseWebSchemes } from './url-schemes.js';
import { alignCellsByStyle } from './cell-alignment.js';
import { dropNoPictures } from './no-picture.js';

const mathElement = (tagName: 'span' | 'div', className: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: { className: ['math', className] },
  children: [{ type: 'text', value: text }],
});

const handlers: Record<string, Handler> = {
  inlineMath: (_state, node: InlineMath) => mathElement('span', 'math-inline', `\\(${node.value}\\)`),
  math: (_state, node: Math) => mathElement('div', 'math-display', `\\[${node.value}\\]`),
};

/**
 * Attributes GitHub's schema allows whose URLs it never checks against `protocols`: a form's `action`
 * (allowed on every element) and a picture's `srcset` (its `<img>`, whose `src` is checked, stays).
 */
const UNCHECKED_URLS: ReadonlySet<string> = new Set(['action', 'srcSet']);

/**
 * GitHub's sanitising schema, plus the classes code and math need and `<mark>` (Obsidian's `==highlight==`,
 * parse/highlights.ts: marked text, nothing active), minus anything active or any URL left unchecked.
 */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  tagNames: [...(defaultSchema.tagNames ?? []), 'mark'],
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'button'],
  attributes: {
    ...Object.fromEntries(
      Object.entries(defaultSchema.attributes ?? {}).map(([tag, allowed]) => [tag, allowed.filter((attribute) => typeof attribute !== 'string' || !UNCHECKED_URLS.has(attribute))]),
    ),
    // Language names as fences write them: c++, c#, objective-c.h (a class name runs nothing).
    code: [['className', /^language-[\w+#.-]+$/]],
    span: [['className', 'math', 'math-inline']],
    div: [['className', 'math', 'math-display']],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
};

export function answerHtml(blocks: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...blocks] };
  let tree = toHast(root, { allowDangerousHtml: true, handlers }) as HastRoot;
  // Reparsing the tree through an HTML parser is needed only where the source holds raw HTML (see needsHtmlParser).
  if (needsHtmlParser(blocks)) {
    tree = raw(tree) as HastRoot;
    dropEmptyParagraphs(tree);
    alignCellsByStyle(tree);
  }
  lowercaseWebSchemes(tree);
  tree = sanitize(tree, sanitizeSchema) as HastRoot;
  dropNoPictures(tree);
  linkLocalAnchors(tree);
  inertTree(tree);
  return toHtml(tree).trim();
}

/**
 * A paragraph holding a block of raw HTML (a flashcard's `<div>…</div>` field) is closed by the parser
 * before the block, as a browser closes it, and its end tag after the block opens an empty one: `<p></p>`
 * twice around the block, a gap of nothing on the card.
 */
function dropEmptyParagraphs(tree: HastRoot | Element): void {
  tree.children = tree.children.filter((child) => !(child.type === 'element' && child.tagName === 'p' && child.children.every((inner) => inner.type === 'text' && inner.value.trim() === '')));
  for (const child of tree.children) if (child.type === 'element') dropEmptyParagraphs(child);
}

/**
 * Raw HTML must be parsed before it is sanitised. Footnotes take the same
 * way only so that their HTML stays as it always was: after the parser their
 * marker attributes are written `data-footnote-ref=""`, without it
 * `data-footnote-ref` (the same to a browser).
 */
export function needsHtmlParser(blocks: readonly RootContent[]): boolean {
  return someNode(blocks, (node: Nodes) => node.type === 'html' || node.type === 'footnoteReference' || node.type === 'footnoteDefinition');
}
