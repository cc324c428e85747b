/**
 * A web page saved as HTML (a browser's "Save page as", a static site's
 * output, Notion's and Evernote's HTML exports) is read as the Markdown it
 * stands for: hast-util-from-html parses it as a browser would,
 * its main content (`<main>`, the one `<article>`, else `<body>`) is kept
 * without the page's chrome (scripts, styles, navigation, site header and
 * footer, side bars, forms), hast-util-to-mdast turns that into mdast and
 * mdast-util-to-markdown writes it out, `<details>` folds kept as the HTML
 * that Markdown notes write them in. The Markdown reader then reads it as any
 * note (parse/index.ts), and `lineOf` takes each line of that Markdown back
 * to the line of the page it came from, for positions and diagnostics.
 */
import type { Element, ElementContent, Nodes as HastNodes, Root as HastRoot } from 'hast';
import type { Html, Nodes as MdastNodes, PhrasingContent, Root as MdastRoot, RootContent } from 'mdast';
import { unified } from 'unified';
import remarkParse from 'remark-parse';
// Before any parse: micromark's edits made linear (a long outline parsed in quadratic time).
import './linear-edit-map.js';
import remarkGfm from 'remark-gfm';
import type { InlineMath } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Handle, type State } from 'hast-util-to-mdast';
import { toText } from 'hast-util-to-text';
import { isFeedbackPrompt } from './site-chrome.js';
import { defaultHandlers, toMarkdown, type Handle as MarkdownHandle, type Options as ToMarkdownOptions } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { escapedText } from './escaped-text.js';
import { isWorded } from '../wording/worded.js';
import { ANY_QUESTION_MARK } from '../wording/marks.js';
import { takeKeepLabels } from './keep-html-labels.js';
import { unwrapLayoutTables } from './layout-tables.js';
import { newsletterChrome } from './newsletter-chrome.js';
import { classStylesOf, hidesElement, isHiddenByClass, type ClassStyles } from './hidden-classes.js';

/** Elements that are the page's and not the note's. */
const CHROME = new Set(['script', 'style', 'noscript', 'template', 'nav', 'footer', 'aside', 'form', 'button', 'iframe', 'object', 'embed', 'svg', 'canvas', 'dialog']);

export interface HtmlPage {
  markdown: string;
  /** The page's `<title>`, when its content has no `<h1>` to name it. */
  title?: string;
  /** The element read: `main`, one with `role="main"` (`div role="main"`), `article` or `body`. */
  content: string;
  /** The names of the kinds of chrome left out of it (`nav`, `script`, `header`), in the order first met. */
  leftOut: string[];
  /** The line of the page a line of `markdown` came from (both 1-based). */
  lineOf(line: number): number;
  /**
   * Set when the page's content is written by its scripts (a single-page app, whose questions are data in a
   * `<script>` until a browser runs it): how much text its scripts hold, and how little its content does. Said
   * only when no question is found in it (extract/left-out.ts).
   */
  scripted?: { scriptChars: number; textChars: number };
  /** A Google Keep note's labels (keep-html-labels.ts): every question's tags. */
  labels?: string[];
}

/** Content with less text than this, and scripts holding at least this much and ten times as much, is made by them. */
const SCRIPTED_TEXT = 1000;

export function readHtmlPage(text: string): HtmlPage {
  const page = fromHtml(text);
  const labels = takeKeepLabels(page);
  const leftOut: string[] = [];
  const content = mainContent(page);
  withoutChrome(content, leftOut, content.tagName === 'body', classStylesOf(page));
  unwrapToggleLists(content);
  unwrapLayoutTables(content);
  nameCodeLanguages(content);
  const tree = toMdast({ type: 'root', children: content.children }, { handlers: { details, dl: definitionList, div: admonition, ruby, rt: rubyAnnotation, rp: rubyAnnotation } });
  if (tree.type === 'root') {
    keepFormulas(tree);
    withoutParensInUrls(tree);
  }
  const blocks = tree.type === 'root' ? tree.children : [];
  // Each block is written on its own, so that where its Markdown starts is known, and read back, so that where
  // its lists' items and its quotes start is known too (anchors). A line between two anchors is taken as far
  // past the first in the page, up to the next one and the block's last line.
  const pieces: string[] = [];
  const anchors: Anchor[] = [];
  let line = 1;
  for (const block of blocks) {
    const markdown = toMarkdown({ type: 'root', children: [block] }, OPTIONS).replace(/\n+$/, '');
    if (markdown.trim() === '') continue;
    const start = block.position?.start.line ?? anchors.at(-1)?.html ?? 1;
    const end = Math.max(start, block.position?.end.line ?? start);
    anchors.push({ md: line, html: start, end });
    const summary = summaryLines.get(block as Html);
    if (summary !== undefined) anchors.push({ md: line + 1, html: Math.max(start, summary), end });
    const [read] = READER.parse(markdown).children;
    if (read) anchorInside(block, read, line, end, anchors);
    pieces.push(markdown);
    line += markdown.split('\n').length + 1;
  }
  anchors.sort((x, y) => x.md - y.md);
  const lineOf = (at: number): number => {
    let low = 0;
    let high = anchors.length - 1;
    if (high < 0) return 1;
    // The last anchor at or before the line.
    while (low < high) {
      const middle = (low + high + 1) >>> 1;
      if (anchors[middle]!.md <= at) low = middle;
      else high = middle - 1;
    }
    const anchor = anchors[low]!;
    const next = anchors[low + 1];
    // Up to the line before the next anchor's (its own, when it stands on the same line of the page).
    const cap = next && next.html >= anchor.html ? Math.min(anchor.end, Math.max(anchor.html, next.html - 1)) : anchor.end;
    return Math.min(anchor.html + Math.max(0, at - anchor.md), cap);
  };
  const title = hasH1(content) ? undefined : pageTitle(page);
  const read = content.tagName !== 'main' && content.properties.role === 'main' ? `${content.tagName} role="main"` : content.tagName;
  const scripted = scriptedContent(page, content);
  return { markdown: pieces.join('\n\n') + '\n', content: read, leftOut, lineOf, ...(title ? { title } : {}), ...(scripted ? { scripted } : {}), ...(labels.length > 0 ? { labels } : {}) };
}

/** Whether the page's scripts write its content (`HtmlPage.scripted`): its content, read, holds little text, its scripts much. */
function scriptedContent(page: HastRoot, content: Element): HtmlPage['scripted'] {
  const textChars = toText(content).replace(/\s+/g, ' ').trim().length;
  if (textChars >= SCRIPTED_TEXT) return undefined;
  let scriptChars = 0;
  visit(page, 'element', (element: Element) => {
    if (element.tagName === 'script' && texOfScript(element) === undefined) scriptChars += toText(element).length;
  });
  return scriptChars >= SCRIPTED_TEXT && scriptChars >= 10 * textChars ? { scriptChars, textChars } : undefined;
}

/** A line of the Markdown (`md`) known to stand at a line of the page (`html`), in a block that ends at `end` there. */
interface Anchor {
  md: number;
  html: number;
  end: number;
}

const READER = unified().use(remarkParse).use(remarkGfm);

/**
 * Anchors for what a block holds that starts lines of its own (list items, their lists, quotes, paragraphs in
 * them): the block as made (`made`, the page's lines) and as read back from its Markdown (`read`, starting at
 * line `at`) are walked together while their shapes agree.
 */
function anchorInside(made: MdastNodes, read: MdastNodes, at: number, end: number, anchors: Anchor[]): void {
  if (made.type !== read.type || !('children' in made) || !('children' in read) || made.children.length !== read.children.length) return;
  if (made.type === 'paragraph' || made.type === 'heading' || made.type === 'tableCell') return;
  made.children.forEach((child, k) => {
    const other = read.children[k]!;
    const html = child.position?.start.line;
    const md = other.position?.start.line;
    if (html !== undefined && md !== undefined && child.type === other.type) anchors.push({ md: at + md - 1, html, end });
    anchorInside(child, other, at, end, anchors);
  });
}

/** A formula, written out as the page wrote it, its TeX as it is: Markdown's escapes would break it (`\\_i`). */
const formula: MarkdownHandle = (node: InlineMath) => {
  const [open, close] = DELIMITERS[node.data?.delimiter ?? '$'] ?? ['$', '$'];
  return `${open}${node.value}${close}`;
};

const DELIMITERS: Record<string, [string, string]> = { '\\(': ['\\(', '\\)'], '\\[': ['\\[', '\\]'], $$: ['$$', '$$'], $: ['$', '$'] };

/**
 * Text as Markdown escapes it, but for a bracket: `[E]`, `a[i]` written `\\[E]` would be read as a TeX formula's
 * delimiter (math-delimiters.ts), so it is written as a character reference, `&#x5B;E]`, which reads as `[`.
 */
const text: MarkdownHandle = (node, parent, state, info) =>
  defaultHandlers.text(node, parent, state, info).replace(/\\([\s\S])/g, (escape, character: string) => (character === '[' ? '&#x5B;' : character === ']' ? '&#x5D;' : escape));

const OPTIONS: ToMarkdownOptions = { bullet: '-', fences: true, listItemIndent: 'one', rule: '-', extensions: [gfmToMarkdown()], handlers: { inlineMath: formula, text } as never };

/**
 * TeX in the page's text, as sites that render it with MathJax or KaTeX serve it (`\\(…\\)`, `\\[…\\]`, `$$…$$`,
 * `$…$` around text that starts and ends without a space), kept as formulas for the Markdown reader to read.
 */
const FORMULA = /\\\(([\s\S]+?)\\\)|\\\[([\s\S]+?)\\\]|\$\$([\s\S]+?)\$\$|\$(?=\S)([^$\n]*?\S)\$(?!\d)/g;

/**
 * Parentheses in a link's URL (`…/wiki/Softmax_(function)`) written percent-encoded, the same URL: Markdown
 * would write them `\\(`, which the Markdown reader takes for a formula's delimiter.
 */
export function withoutParensInUrls(tree: MdastRoot): void {
  visit(tree, (node) => {
    if ((node.type === 'link' || node.type === 'image' || node.type === 'definition') && /[()]/.test(node.url)) node.url = node.url.replace(/\(/g, '%28').replace(/\)/g, '%29');
  });
}

export function keepFormulas(tree: MdastRoot): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !/[\\$]/.test(node.value)) return;
    const pieces: PhrasingContent[] = [];
    let last = 0;
    for (const match of node.value.matchAll(FORMULA)) {
      if (match.index > last) pieces.push({ type: 'text', value: node.value.slice(last, match.index) });
      const [delimiter, value] = match[1] !== undefined ? ['\\(', match[1]] : match[2] !== undefined ? ['\\[', match[2]] : match[3] !== undefined ? ['$$', match[3]] : ['$', match[4]!];
      pieces.push({ type: 'inlineMath', value, data: { delimiter } } as InlineMath);
      last = match.index + match[0].length;
    }
    if (pieces.length === 0) return;
    if (last < node.value.length) pieces.push({ type: 'text', value: node.value.slice(last) });
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return index + pieces.length;
  });
}

/** `<main>`, or the page's one `<article>`, or its `<body>`. */
function mainContent(page: HastRoot): Element {
  const found: Record<'main' | 'article' | 'body', Element[]> = { main: [], article: [], body: [] };
  const walk = (node: HastRoot | Element) => {
    for (const child of node.children) {
      if (child.type !== 'element') continue;
      // `role="main"` marks the main content as `<main>` does (GitBook's `page-wrapper`).
      if (child.tagName === 'main' || child.properties.role === 'main') found.main.push(child);
      else if (child.tagName === 'article' || child.tagName === 'body') found[child.tagName].push(child);
      walk(child);
    }
  };
  walk(page);
  return found.main[0] ?? (found.article.length === 1 ? found.article[0]! : undefined) ?? found.body[0] ?? { type: 'element', tagName: 'body', properties: {}, children: page.children.filter(isContent) };
}

function isContent(node: HastRoot['children'][number]): node is ElementContent {
  return node.type !== 'doctype';
}

/**
 * The element without the page's chrome, and without what the page hides (`hidden`, `aria-hidden`, `display:none` in
 * its style or, in an email, in its style sheet's rule for one of its classes: `classStyles`).
 * A `<header>` is the site's when it holds no heading; an article's header holds its title.
 */
function withoutChrome(element: Element, leftOut: string[], atBody: boolean, classStyles: ClassStyles): void {
  element.children = element.children.flatMap((child): ElementContent[] => {
    if (child.type !== 'element') return child.type === 'comment' ? [] : [child];
    const tex = texOfScript(child);
    if (tex !== undefined) return [{ type: 'text', value: tex }];
    if (isRenderedMath(child)) return [];
    // An accordion's question is its button (`<button class="accordion-button">What is …?</button>`): kept as
    // text, without its icons; a button of a word or two (`Copy`, `Menu`) is the page's.
    if (child.tagName === 'button' && saysSomething(child)) return withoutIcons(child.children);
    const chrome = CHROME.has(child.tagName) || (child.tagName === 'header' && (atBody || !holdsHeading(child))) || child.properties.hidden === true || child.properties.ariaHidden === 'true' || isHiddenByStyle(child) || isHiddenByClass(child, classStyles) || isPermalink(child);
    if (chrome) {
      const name = CHROME.has(child.tagName) || child.tagName === 'header' ? child.tagName : isPermalink(child) ? 'a' : HIDDEN;
      if (!leftOut.includes(name)) leftOut.push(name);
      return [];
    }
    const newsletter = newsletterChrome(child);
    if (newsletter !== undefined) {
      if (!leftOut.includes(newsletter)) leftOut.push(newsletter);
      return [];
    }
    withoutChrome(child, leftOut, false, classStyles);
    // A docs page's feedback widget (`<p>Was this page helpful? <button>Yes</button> …`), its buttons gone: the page's.
    // Only an element of text is read for it: the text of every block around it would be read again at each depth.
    if (holdsOnlyText(child) && isFeedbackPrompt(toText(child))) {
      if (!leftOut.includes(FEEDBACK_WIDGET)) leftOut.push(FEEDBACK_WIDGET);
      return [];
    }
    return [child];
  });
}

/**
 * An element its own style hides (`style="display:none"`, Outlook's `mso-hide:all`), as an email newsletter hides its
 * preheader, the line a mail client shows after the subject in the inbox and the mail itself never shows.
 */
function isHiddenByStyle(element: Element): boolean {
  const style = element.properties.style;
  return typeof style === 'string' && hidesElement(style);
}

/** Elements that run within a line of text. */
const INLINE = new Set(['a', 'abbr', 'b', 'code', 'em', 'i', 'label', 'small', 'span', 'strong']);

function holdsOnlyText(element: Element): boolean {
  return element.children.every((child) => child.type !== 'element' || INLINE.has(child.tagName));
}

/** How the elements the page hides are named among the chrome: no tag's name, which would be written `<hidden>`. */
const HIDDEN = 'hidden elements';

/** How the left-out feedback widget is named among the chrome (an element's is its tag name). */
const FEEDBACK_WIDGET = 'feedback widget';

/** A code block's language as documentation sites name it on the block around it: Sphinx's `highlight-python`, GitHub's `highlight-source-python`, MkDocs' and Prism's `language-python`. */
const LANGUAGE_CLASS = /^(?:highlight-(?:source-)?|language-)([\w+#.-]+)$/;
/** Sphinx's names of no language. */
const NO_LANGUAGE = new Set(['default', 'none', 'text']);

/**
 * Each `<pre>` whose code names no language (`<code class="language-x">`, which is what the conversion reads),
 * under a block or itself classed with one: its code given that class, so the fence keeps the language.
 */
function nameCodeLanguages(element: Element, named?: string): void {
  for (const child of element.children) {
    if (child.type !== 'element') continue;
    const classes = Array.isArray(child.properties.className) ? child.properties.className.map(String) : [];
    const language = classes.map((name) => LANGUAGE_CLASS.exec(name)?.[1]).find((found) => found !== undefined && !NO_LANGUAGE.has(found)) ?? named;
    if (child.tagName !== 'pre' || language === undefined) {
      nameCodeLanguages(child, language);
      continue;
    }
    const code = child.children.find((node): node is Element => node.type === 'element' && node.tagName === 'code');
    const className = [`language-${language}`];
    if (!code) child.children = [{ type: 'element', tagName: 'code', properties: { className }, children: child.children }];
    else if (!(Array.isArray(code.properties.className) && code.properties.className.some((name) => String(name).startsWith('language-')))) {
      code.properties.className = [...(Array.isArray(code.properties.className) ? code.properties.className : []), ...className];
    }
  }
}

/** A button that says more than a command: a question, or four words or more. */
function saysSomething(button: Element): boolean {
  const said = toText(button).trim();
  return ANY_QUESTION_MARK.test(said) || said.split(/\s+/).length >= 4;
}

/** Content without the elements that hold no letter or digit (`<span class="icon-arrow">▼</span>`). */
function withoutIcons(children: ElementContent[]): ElementContent[] {
  return children.filter((child) => child.type !== 'element' || isWorded(toText(child)));
}

/**
 * MathJax 2's TeX, as kramdown and GitBook serve it (`<script type="math/tex">X</script>`, `math/tex; mode=display`):
 * a formula in the delimiters MathJax reads, `\\(…\\)` or `\\[…\\]`.
 */
function texOfScript(element: Element): string | undefined {
  const type = element.properties.type;
  if (element.tagName !== 'script' || typeof type !== 'string' || !/^math\/tex\b/i.test(type)) return undefined;
  const tex = toText(element).trim();
  return /mode\s*=\s*display/i.test(type) ? `\\[${tex}\\]` : `\\(${tex}\\)`;
}

/** What MathJax 2 rendered from such a script, in a page saved after it ran: the script keeps the TeX. */
function isRenderedMath(element: Element): boolean {
  const classes = element.properties.className;
  return Array.isArray(classes) && classes.some((name) => typeof name === 'string' && /^MathJax(?:_Preview|_Display|_SVG(?:_Display)?|_CHTML)?$/.test(name));
}

/**
 * Notion writes each toggle as a list of one item holding the `<details>` (`<ul class="toggle"><li><details>`):
 * the fold stands alone, as it does in a Markdown note, not as a bullet.
 */
function unwrapToggleLists(element: Element): void {
  element.children = element.children.flatMap((child) => {
    if (child.type !== 'element') return [child];
    unwrapToggleLists(child);
    if (child.tagName !== 'ul' && child.tagName !== 'ol') return [child];
    const items = child.children.filter((item) => !isBlank(item));
    const folds = items.map((item) => (item.type === 'element' && item.tagName === 'li' ? item.children.filter((inner) => !isBlank(inner)) : []));
    if (items.length === 0 || !folds.every((inner) => inner.length === 1 && inner[0]!.type === 'element' && inner[0]!.tagName === 'details')) return [child];
    return folds.flat();
  });
}

function isBlank(node: ElementContent): boolean {
  return node.type === 'text' ? node.value.trim() === '' : node.type === 'comment';
}

/** A heading's permalink as docs sites add one (`<a class="headerlink" href="#…">¶</a>`): no part of its text. */
function isPermalink(element: Element): boolean {
  const href = element.properties.href;
  return element.tagName === 'a' && typeof href === 'string' && href.startsWith('#') && /^[\s¶#§🔗]*$/u.test(toText(element));
}

function holdsHeading(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (/^h[1-6]$/.test(child.tagName) || holdsHeading(child)));
}

function hasH1(element: Element): boolean {
  return element.children.some((child) => child.type === 'element' && (child.tagName === 'h1' || hasH1(child)));
}

function pageTitle(page: HastRoot): string | undefined {
  let title: string | undefined;
  const walk = (node: HastNodes) => {
    if (title !== undefined || !('children' in node)) return;
    for (const child of node.children) {
      if (child.type === 'element' && child.tagName === 'title') title = toText(child).trim();
      else walk(child);
    }
  };
  walk(page);
  return title || undefined;
}

/** The page's line of each fold's `<summary>`, written on the line after its `<details>`. */
const summaryLines = new WeakMap<Html, number>();

/**
 * A `<details>` fold (Notion's toggles): kept as the HTML a Markdown note writes it in, its summary's text
 * in `<summary>` and its content as blocks between, for the extractor reads folds so (details-summary.ts).
 */
const details: Handle = (state: State, node: Element) => {
  const summary = node.children.find((child): child is Element => child.type === 'element' && child.tagName === 'summary');
  const rest = node.children.filter((child) => child !== summary);
  const open: Html = { type: 'html', value: `<details>\n<summary>${escapedText(summary ? toText(summary).trim() : '')}</summary>` };
  const summaryLine = summary?.position?.start.line;
  if (summaryLine !== undefined) summaryLines.set(open, summaryLine);
  const body = state.toFlow(state.all({ type: 'element', tagName: 'div', properties: {}, children: rest }));
  const close: Html = { type: 'html', value: '</details>' };
  state.patch(node, open);
  return [open, ...(body as RootContent[]), close] as never;
};

/**
 * A ruby (`<ruby>過学習<rt>かがくしゅう</rt></ruby>`, the reading of the words printed over them): kept as the HTML a
 * Markdown note writes it in, so that a question's wording leaves the reading out (wording/prompt-text.ts) and an
 * answer shows it as a card does, instead of the two run together as text ("過学習かがくしゅう").
 */
const ruby: Handle = (state: State, node: Element) => [{ type: 'html', value: '<ruby>' }, ...state.all(node), { type: 'html', value: '</ruby>' }] as never;

/** A ruby's reading (`<rt>`) or its fallback parenthesis (`<rp>`), as the text between its tags. */
const rubyAnnotation: Handle = (_state: State, node: Element) =>
  [{ type: 'html', value: `<${node.tagName}>` }, { type: 'text', value: toText(node) }, { type: 'html', value: `</${node.tagName}>` }] as never;

/**
 * An admonition of a built MkDocs page (`<div class="admonition question"><p class="admonition-title">Question</p>…`):
 * the callout its source writes (`!!! question "Question"`), its type and title on its first line, as a Markdown
 * note's callout reads (callouts.ts). Any other `<div>` is its content.
 */
const admonition: Handle = (state: State, node: Element) => {
  const classes = Array.isArray(node.properties.className) ? node.properties.className.map(String) : [];
  const [title, ...rest] = node.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  const titled = title?.type === 'element' && Array.isArray(title.properties.className) && title.properties.className.includes('admonition-title');
  if (!classes.includes('admonition') || !titled) {
    // Its content's blocks stand where it does when they have no place of their own (text wrapped into a paragraph):
    // the lines of a page written in `<div>`s (Evernote's notes) are then where each stands, not the page's first.
    const flow = state.toFlow(state.all(node)) as RootContent[];
    for (const block of flow) if (!block.position) state.patch(node, block);
    return flow as never;
  }
  const type = classes.find((name) => name !== 'admonition' && /^[a-z]+$/.test(name)) ?? 'note';
  // Written as is: the text's brackets are written as references (`&#x5B;`), which no callout's marker is.
  const marker: RootContent = { type: 'paragraph', children: [{ type: 'html', value: `[!${type}] ${escapedText(toText(title).trim())}` }] };
  const body = state.toFlow(state.all({ type: 'element', tagName: 'div', properties: {}, children: rest as ElementContent[] }));
  const quote: RootContent = { type: 'blockquote', children: [marker, ...(body as RootContent[])] as never };
  state.patch(node, quote);
  return quote as never;
};

/**
 * A list of definitions (`<dl>`, as FAQ pages list questions: `<dt>` the question, `<dd>` its answer): each term a
 * bold line over what defines it, as a note of bold questions writes them, not a bullet list. Also read where a
 * Markdown note writes one (html-definition-lists.ts).
 */
export const definitionList: Handle = (state: State, node: Element) => {
  const blocks: RootContent[] = [];
  for (const child of node.children) {
    if (child.type !== 'element') continue;
    if (child.tagName === 'dt') {
      const term: RootContent = { type: 'paragraph', children: [{ type: 'strong', children: state.all(child) as never }] };
      state.patch(child, term);
      blocks.push(term);
    } else if (child.tagName === 'dd') blocks.push(...(state.toFlow(state.all(child)) as RootContent[]));
  }
  return blocks as never;
};
