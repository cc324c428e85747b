/**
 * What a browser (or Anki's web view) would run or load from a piece of
 * HTML: script-capable elements, event handlers, inline styles, and URLs
 * whose scheme is not http(s)/mailto. An independent check: it parses the
 * HTML the way a browser does (parse5) instead of trusting the sanitiser.
 */
import type { Element, Nodes, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkRehype from 'remark-rehype';
import rehypeRaw from 'rehype-raw';

const ACTIVE_ELEMENTS = new Set([
  'script', 'style', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'base', 'link', 'meta',
  'form', 'svg', 'math', 'template', 'noscript', 'portal', 'body', 'html', 'head',
]);
const URL_PROPERTIES = new Set(['href', 'src', 'srcSet', 'action', 'formAction', 'data', 'poster', 'background', 'cite', 'longDesc', 'xLinkHref', 'codeBase', 'dynsrc', 'lowsrc']);
const SAFE_SCHEME = /^(?:https?|mailto)$/i;

/** Every danger found, as readable strings; empty when the HTML is inert. */
export function dangersIn(html: string): string[] {
  return dangersInTree(fromHtml(html, { fragment: true }));
}

/**
 * Renders Markdown the way a careless consumer would (raw HTML allowed, no
 * sanitising) and reports what would run: a `markdown` field must be safe
 * even then.
 */
export function dangersInMarkdown(markdown: string): string[] {
  const processor = unified().use(remarkParse).use(remarkGfm).use(remarkRehype, { allowDangerousHtml: true }).use(rehypeRaw);
  return dangersInTree(processor.runSync(processor.parse(markdown)) as Root);
}

function dangersInTree(tree: Root): string[] {
  const found: string[] = [];
  const walk = (node: Nodes) => {
    if (node.type === 'comment') found.push(`comment <!--${node.value}-->`);
    if (node.type === 'element') check(node, found);
    if ('children' in node) for (const child of node.children) walk(child);
    if (node.type === 'element' && node.content) walk(node.content);
  };
  walk(tree);
  return found;
}

function check(element: Element, found: string[]): void {
  const tag = element.tagName.toLowerCase();
  if (ACTIVE_ELEMENTS.has(tag)) found.push(`<${tag}> element`);
  if (tag === 'input' && !(element.properties.type === 'checkbox' && element.properties.disabled === true)) found.push('<input> element');
  for (const [name, value] of Object.entries(element.properties)) {
    if (/^on/i.test(name)) found.push(`${name} on <${tag}>`);
    if (name === 'style') found.push(`style on <${tag}>`);
    if (name === 'srcDoc') found.push(`srcdoc on <${tag}>`);
    if (URL_PROPERTIES.has(name)) {
      for (const url of [value].flat()) {
        if (typeof url === 'string' && !isSafeUrl(url)) found.push(`${name}="${url.slice(0, 40)}" on <${tag}>`);
      }
    }
  }
}

/** As browsers read a URL: leading spaces, tabs and newlines anywhere do not count. */
function isSafeUrl(url: string): boolean {
  // eslint-disable-next-line no-control-regex
  const cleaned = url.replace(/[\u0000-\u0020]/g, '');
  const scheme = /^([^:/?#]*):/.exec(cleaned);
  return scheme === null || SAFE_SCHEME.test(scheme[1]!);
}
