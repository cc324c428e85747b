/**
 * The content of a raw HTML table cell as mdast phrasing, so that the sheet draws it as it draws a
 * GFM cell (inline-runs.ts): `<b>`/`<strong>` bold, `<i>`/`<em>` italic, `<code>`/`<kbd>` code,
 * `<s>`/`<del>` struck, `<a href>` a link (clickable only for web and mail URLs, as everywhere),
 * `<sup>`/`<sub>` as inline-runs marks them, `<br>` a line break, an `<img>` its alt text. TeX
 * in the text (`\(..\)`, `\[..\]`, `$$..$$`, `$..$`) is a formula, as MathJax finds it on a page.
 * Whitespace is collapsed as a browser collapses it; a block inside the cell (`<p>`, `<div>`,
 * `<li>`, `<pre>`) starts a line of its own, a list item with a bullet. Only text and these few
 * attributes are read: no script, style or event handler can come through.
 */
import type { Element, ElementContent } from 'hast';
import { toText } from 'hast-util-to-text';
import type { PhrasingContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from '../../parse/markdown.js';
import { shownPicture } from '../../normalise/html-text.js';

type Wrap = (children: PhrasingContent[]) => PhrasingContent;

/** Elements drawn in a style of their own: a Map, so that a tag named `constructor` is none of them. */
const STYLED = new Map<string, Wrap>([
  ...['b', 'strong'].map((name): [string, Wrap] => [name, (children) => ({ type: 'strong', children })]),
  ...['i', 'em', 'cite', 'dfn', 'var'].map((name): [string, Wrap] => [name, (children) => ({ type: 'emphasis', children })]),
  ...['s', 'del', 'strike'].map((name): [string, Wrap] => [name, (children) => ({ type: 'delete', children })]),
]);
const CODE: ReadonlySet<string> = new Set(['code', 'kbd', 'samp', 'tt']);
/** Raised and lowered text: inline-runs.ts marks it (`x^2`, `10^(-3)`) from its tags. */
const SHIFTED: ReadonlySet<string> = new Set(['sup', 'sub']);
/** What shows nothing on a page (and what the sanitiser takes out of notes anyway). */
const UNSEEN: ReadonlySet<string> = new Set(['script', 'style', 'template', 'noscript', 'iframe', 'object', 'embed', 'svg', 'math', 'head', 'title', 'meta', 'link', 'input', 'select', 'button', 'textarea']);
/** Elements that stand on lines of their own in a cell. */
const BLOCKS: ReadonlySet<string> = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'dd', 'details', 'dl', 'dt', 'div', 'figcaption', 'figure', 'footer',
  'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'section', 'summary', 'ul',
]);
const HEADINGS: ReadonlySet<string> = new Set(['h1', 'h2', 'h3', 'h4', 'h5', 'h6']);
const BULLET = '• ';
const COLLAPSIBLE = /[ \t\n\r\f]+/g;

/** Where the writing of a cell's content stands: what whitespace the next text may keep, and whether it starts a line. */
interface Writer {
  /** Nothing drawn on the current line yet: leading spaces go. */
  lineStart: boolean;
  /** A block ended or began since the last content: the next content starts a new line. */
  breakPending: boolean;
  /** The last text written, while nothing else followed it: its trailing space goes at a line's end. */
  lastText: Text | undefined;
  /** Anything drawn at all: a break before the first content would be an empty first line. */
  drawn: boolean;
}

export function cellPhrasing(cell: Element): PhrasingContent[] {
  const writer: Writer = { lineStart: true, breakPending: false, lastText: undefined, drawn: false };
  const out = childrenPhrasing(cell.children, writer);
  endLine(writer);
  return out;
}

function childrenPhrasing(children: readonly ElementContent[], writer: Writer): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  for (const child of children) {
    if (child.type === 'text') writeText(child.value, out, writer);
    else if (child.type === 'element') out.push(...elementPhrasing(child, writer));
  }
  return out;
}

function elementPhrasing(element: Element, writer: Writer): PhrasingContent[] {
  const name = element.tagName;
  if (UNSEEN.has(name)) return [];
  if (name === 'br') {
    endLine(writer);
    writer.breakPending = false;
    return [{ type: 'break' }];
  }
  if (name === 'pre') return blockPhrasing(writer, (out) => out.push(...preLines(toText(element), writer)));
  if (BLOCKS.has(name)) {
    return blockPhrasing(writer, (out) => {
      if (name === 'li') out.push(...leaf(writer, { type: 'text', value: BULLET }));
      const inner = childrenPhrasing(element.children, writer);
      out.push(...(HEADINGS.has(name) ? [{ type: 'strong', children: inner } as const] : inner));
    });
  }
  if (CODE.has(name)) {
    const value = toText(element).replace(COLLAPSIBLE, ' ').trim();
    return value === '' ? [] : leaf(writer, { type: 'inlineCode', value });
  }
  if (name === 'img') {
    // One without a `src` (refused by the sanitiser) keeps its alt text, as in the text.
    const shown = shownPicture(element);
    return shown === undefined ? [] : leaf(writer, { type: 'image', url: shown.src, alt: shown.alt });
  }
  const inner = childrenPhrasing(element.children, writer);
  if (inner.length === 0) return [];
  const styled = STYLED.get(name);
  if (styled) return [styled(inner)];
  if (name === 'a' && typeof element.properties.href === 'string') return [{ type: 'link', url: element.properties.href, children: inner }];
  if (SHIFTED.has(name)) return [{ type: 'html', value: `<${name}>` }, ...inner, { type: 'html', value: `</${name}>` }];
  // <span>, <u>, <mark>, <small>, <abbr>, <font>…: their content, as the text around it.
  return inner;
}

/** A block's content on lines of its own: a break before it (unless it starts the cell or a line) and after it. */
function blockPhrasing(writer: Writer, write: (out: PhrasingContent[]) => void): PhrasingContent[] {
  if (writer.drawn && !writer.lineStart) writer.breakPending = true;
  const out: PhrasingContent[] = [];
  write(out);
  if (writer.drawn && !writer.lineStart) writer.breakPending = true;
  return out;
}

/** Text collapsed as a browser collapses it, any formula in it found. */
function writeText(value: string, out: PhrasingContent[], writer: Writer): void {
  let text = value.replace(COLLAPSIBLE, ' ');
  if (text.trim() === '') {
    // A space between two pieces of content, unless one is already there or a line starts.
    if (text !== '' && !writer.lineStart && !writer.breakPending && !writer.lastText?.value.endsWith(' ')) {
      out.push(...leaf(writer, { type: 'text', value: ' ' }));
    }
    return;
  }
  if (writer.breakPending || writer.lineStart || writer.lastText?.value.endsWith(' ')) text = text.trimStart();
  out.push(...leaf(writer, ...textAndMath(text)));
}

/**
 * Content written on the current line: a pending line break first (the end of the line before
 * trimmed), then the nodes; the writer remembers the last text for the end of its line.
 */
function leaf(writer: Writer, ...nodes: PhrasingContent[]): PhrasingContent[] {
  const written: PhrasingContent[] = [];
  if (writer.breakPending) {
    endLine(writer);
    written.push({ type: 'break' });
    writer.breakPending = false;
  }
  written.push(...nodes);
  const last = nodes.at(-1);
  writer.lastText = last?.type === 'text' ? last : undefined;
  writer.lineStart = false;
  writer.drawn = true;
  return written;
}

/** The line ends: the space at its end goes, and the next line starts. */
function endLine(writer: Writer): void {
  if (writer.lastText) writer.lastText.value = writer.lastText.value.trimEnd();
  writer.lastText = undefined;
  writer.lineStart = true;
}

/** A `<pre>` in a cell: each line as code, on lines of its own (a cell has no room for a code block). */
function preLines(text: string, writer: Writer): PhrasingContent[] {
  const lines = text.replace(/\s+$/, '').split('\n');
  const out: PhrasingContent[] = [];
  lines.forEach((line, k) => {
    if (k > 0) {
      endLine(writer);
      out.push({ type: 'break' });
    }
    if (line.trim() !== '') out.push(...leaf(writer, { type: 'inlineCode', value: line }));
  });
  return out;
}

const TEX_DELIMITER = /\\\(|\\\[|\$/;

/**
 * Text and the formulas in it. They are found by the Markdown reader the sheet reads answers with
 * (parse/markdown.ts: all four delimiters, and pandoc's rule that keeps "$5 or $10" a price), on
 * this one line of text; everything around them stays the text it is, whatever Markdown would make
 * of it.
 */
function textAndMath(text: string): PhrasingContent[] {
  if (!TEX_DELIMITER.test(text)) return [{ type: 'text', value: text }];
  const out: PhrasingContent[] = [];
  let from = 0;
  visit(parseMarkdown(text).tree, (node) => {
    if (node.type !== 'inlineMath' && node.type !== 'math') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || start < from) return;
    if (start > from) out.push({ type: 'text', value: text.slice(from, start) });
    out.push({ type: 'inlineMath', value: node.value, ...(node.data?.delimiter ? { data: { delimiter: node.data.delimiter } } : {}) });
    from = end;
  });
  if (from < text.length) out.push({ type: 'text', value: text.slice(from) });
  return out;
}
