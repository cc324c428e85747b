/**
 * An answer's blocks as sanitised HTML. Raw HTML from the source is parsed
 * (rehype-raw) and then sanitised (rehype-sanitize): no script, style,
 * iframe, event handler or javascript:/data: URL survives. Math is kept as
 * `\(..\)` / `\[..\]` text in marked spans, which Anki's MathJax and any
 * MathJax page render as they are, without the TeX commands that would make
 * a link or a style of it (inert-tex.ts).
 */
import type { Nodes, Root, RootContent } from 'mdast';
import type { Element } from 'hast';
import type { InlineMath, Math } from 'mdast-util-math';
import { unified } from 'unified';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';
import rehypeSanitize, { defaultSchema, type Options as SanitizeSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { someNode } from '../parse/tree-walk.js';
import { rehypeLocalAnchors } from './local-anchors.js';
import { rehypeInertTex } from './rehype-inert-tex.js';
import { rehypeUrlSchemes } from './rehype-url-schemes.js';
import { rehypeCellAlignment } from './rehype-cell-alignment.js';

const mathElement = (tagName: 'span' | 'div', className: string, text: string): Element => ({
  type: 'element',
  tagName,
  properties: { className: ['math', className] },
  children: [{ type: 'text', value: text }],
});

const handlers = {
  inlineMath: (_state: unknown, node: InlineMath) => mathElement('span', 'math-inline', `\\(${node.value}\\)`),
  math: (_state: unknown, node: Math) => mathElement('div', 'math-display', `\\[${node.value}\\]`),
};

/** GitHub's sanitising schema, plus the classes code and math need, minus anything active. */
export const sanitizeSchema: SanitizeSchema = {
  ...defaultSchema,
  strip: ['script', 'style', 'iframe', 'object', 'embed', 'template', 'noscript', 'textarea', 'select', 'button'],
  attributes: {
    ...defaultSchema.attributes,
    // Language names as fences write them: c++, c#, objective-c.h (a class name runs nothing).
    code: [['className', /^language-[\w+#.-]+$/]],
    span: [['className', 'math', 'math-inline']],
    div: [['className', 'math', 'math-display']],
  },
  protocols: { href: ['http', 'https', 'mailto'], src: ['http', 'https'], cite: ['http', 'https'], longDesc: ['http', 'https'] },
};

const toHtml = unified().use(remarkRehype, { allowDangerousHtml: true, handlers: handlers as never });
const sanitiseAndWrite = toHtml().use(rehypeUrlSchemes).use(rehypeSanitize, sanitizeSchema).use(rehypeLocalAnchors).use(rehypeInertTex).use(rehypeStringify).freeze();
// Reparsing the tree through an HTML parser (rehype-raw) is needed only where the source holds raw HTML (see needsHtmlParser).
const parseRawSanitiseAndWrite = toHtml()
  .use(rehypeRaw)
  .use(rehypeCellAlignment)
  .use(rehypeUrlSchemes)
  .use(rehypeSanitize, sanitizeSchema)
  .use(rehypeLocalAnchors)
  .use(rehypeInertTex)
  .use(rehypeStringify)
  .freeze();

export function answerHtml(blocks: readonly RootContent[]): string {
  const root: Root = { type: 'root', children: [...blocks] };
  const processor = needsHtmlParser(blocks) ? parseRawSanitiseAndWrite : sanitiseAndWrite;
  return processor.stringify(processor.runSync(root)).trim();
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
