/**
 * `answer.markdown` is for other tools, and many render Markdown with raw
 * HTML allowed and no sanitiser. So the Markdown keeps only what
 * `answer.html` keeps: each raw-HTML fragment goes through the same
 * sanitiser (a fragment the sanitiser leaves as it is stays exactly as
 * written), and a link, image or definition whose URL is not http(s),
 * mailto or relative loses the URL (a link keeps its text, an image its
 * alt text, as a picture of no address: `![alt]()`). A picture of nothing
 * (`![]()`, or raw `<img>` left with no address and no alt text) is left out
 * (no-picture.ts).
 *
 * Raw HTML written inside a paragraph is several nodes: `<script>`, the
 * text `alert(1)`, `</script>`. An element the sanitiser drops with its
 * content (script, style, textarea, ...) is dropped so here too, from its
 * opening tag to its closing one, or to the end of its paragraph when none
 * closes it. A fragment of closing tags alone keeps only those of elements
 * the sanitiser allows (`</math>` goes, `</div>` of a `<div markdown="1">`
 * stays).
 */
import type { Definition, Html, Image, Link, Nodes, Parents, RootContent, Text } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Root as HastRoot } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { unified } from 'unified';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { SKIP, visit } from 'unist-util-visit';
import { sanitizeSchema } from './answer-html.js';
import { lowercaseWebSchemes } from './url-schemes.js';
import { dropNoPictures, isNoPicture } from './no-picture.js';
import { closeGap } from './closed-gap.js';
import { rehypeInertTex } from './rehype-inert-tex.js';
import { someNode } from '../parse/tree-walk.js';
import { inertRunNodes, inertTex, mayHoldActiveTex, type RunNodes } from './inert-tex.js';

/** A `<` that would open a tag, a comment or a declaration where HTML is read: before a letter, `/`, `!` or `?`. */
const TAG_IN_TEX = /<(?=[A-Za-z/!?])/;
const TAG_IN_TEX_ALL = new RegExp(TAG_IN_TEX.source, 'g');

// As answer-html.ts: sanitised, then the TeX MathJax would read in its text made inert.
const sanitiser = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeInertTex).use(rehypeStringify).freeze();
const serialiser = unified().use(rehypeStringify).freeze();
const END_TAG = /<\/([A-Za-z][\w-]*)\s*>/g;
const END_TAGS_ONLY = /^\s*(?:<\/[A-Za-z][\w-]*\s*>\s*)+$/;
/** A start tag with its attributes: a `<` or `>` inside a quoted value does not end it. */
const START_TAG = /<([A-Za-z][\w-]*)(?:\s+[^\s"'>/=]+(?:\s*=\s*(?:"[^"]*"|'[^']*'|[^\s"'=<>`]+))?)*\s*\/?>/g;
const COMMENT = /<!--[\s\S]*?(?:-->|$)/g;
/** Elements the sanitiser drops with all they hold (but for those that hold nothing, `<embed>`), and those it keeps. */
const VOID_ELEMENTS = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr']);
const DROPPED_ELEMENTS = new Set((sanitizeSchema.strip ?? []).map((name) => name.toLowerCase()).filter((name) => !VOID_ELEMENTS.has(name)));
const ALLOWED_ELEMENTS = new Set((sanitizeSchema.tagNames ?? []).map((name) => name.toLowerCase()));
/** Inline raw HTML is split into nodes only inside these (a block of raw HTML is one node). */
const PHRASING_PARENTS = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link', 'linkReference']);

const closingTagOf = (name: string) => new RegExp(`</${name}\\s*>`, 'i');

/**
 * The name of an element that the sanitiser drops whole and that `fragment` opens without closing
 * it, if any. Tags inside comments and inside such an element (a script's `'<style>'` string) open
 * nothing.
 */
function openedDroppedElement(fragment: string): string | undefined {
  const text = fragment.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const tags = new RegExp(START_TAG.source, 'g');
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    const name = match[1]!.toLowerCase();
    if (!DROPPED_ELEMENTS.has(name)) continue;
    const closing = closingTagOf(name).exec(text.slice(tags.lastIndex));
    if (!closing) return name;
    tags.lastIndex += closing.index + closing[0].length;
  }
  return undefined;
}

/** Text as it stands in HTML source: markdown text nodes hold it decoded (`&lt;` read as `<`). */
const asHtmlText = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/**
 * Told of each piece of HTML the sanitiser changed (more than its comments), each URL it would not
 * keep, as the source has it, and each formula (or text MathJax would typeset) that lost an active
 * TeX command (inert-tex.ts).
 */
export type OnLeftOut = (node: Html | Link | Image | Definition | InlineMath | Math | Text) => void;

export function inertBlocks(blocks: readonly RootContent[], onLeftOut?: OnLeftOut): readonly RootContent[] {
  // Most answers hold no raw HTML and no unsafe URL: they are used as they are, not copied.
  if (!someNode(blocks, mayNeedChange)) return blocks;
  const root = { type: 'root' as const, children: structuredClone([...blocks]) };
  visit(root, (node: Nodes, index, parent: Parents | undefined) => {
    if (!parent || index === undefined) return;
    if (node.type === 'html') {
      const opened = PHRASING_PARENTS.has(parent.type) ? openedDroppedElement(node.value) : undefined;
      if (opened !== undefined) {
        // What the element holds is the next nodes up to the one closing it (or the paragraph's end): one fragment.
        const siblings = parent.children as RootContent[];
        const closing = closingTagOf(opened);
        let end = index + 1;
        while (end < siblings.length && !(siblings[end]!.type === 'html' && closing.test((siblings[end] as Html).value))) end++;
        const run = siblings.slice(index, end + 1);
        const source = run.map((sibling) => (sibling.type === 'html' ? sibling.value : sibling.type === 'text' ? asHtmlText(sibling.value) : '')).join('');
        const value = inertHtml(source);
        onLeftOut?.(node);
        siblings.splice(index, run.length, ...(value === '' ? [] : [{ ...node, value }]));
        if (value === '') closeGap(siblings, index);
        return [SKIP, value === '' ? index : index + 1];
      }
      const value = inertHtml(node.value);
      if (value === node.value) return;
      if (onLeftOut && losesMoreThanComments(node.value)) onLeftOut(node);
      if (value === '') {
        parent.children.splice(index, 1);
        closeGap(parent.children as RootContent[], index);
        return [SKIP, index];
      }
      node.value = value;
      return;
    }
    if ((node.type === 'math' || node.type === 'inlineMath') && hasActiveTex(node)) {
      onLeftOut?.({ ...node });
      node.value = inertTex(node.value);
    }
    if (holdsTag(node)) {
      // A renderer without math shows a formula's text as Markdown, raw HTML and all: `<img onerror=…>` in
      // a ```math fence would act there. `\lt` is the same `<` to TeX, and no tag to HTML.
      node.value = node.value.replace(TAG_IN_TEX_ALL, '\\lt ');
    }
    if (node.type === 'math' || node.type === 'inlineMath') return;
    if (node.type === 'text' && mayHoldActiveTex(node.value)) {
      // MathJax reads the text on either side of a line break as one string: so is it read here.
      const siblings = parent.children as RootContent[];
      const joins = (at: number) => siblings[at]?.type === 'text' || siblings[at]?.type === 'break';
      let start = index;
      while (joins(start - 1)) start--;
      let end = index;
      while (joins(end + 1)) end++;
      const run = siblings.slice(start, end + 1);
      const replacement = inertRunNodes(run, MDAST_RUN);
      if (!replacement) return [SKIP, end + 1];
      onLeftOut?.({ ...node, value: run.map((part) => (part.type === 'text' ? part.value : '\n')).join('') });
      siblings.splice(start, run.length, ...replacement);
      return [SKIP, start + replacement.length];
    }
    if (hasUnsafeUrl(node)) {
      onLeftOut?.(node);
      // A picture keeps its alt text as a picture with no address (`![alt]()`, the HTML's `<img alt>`): every
      // output shows it as it shows a picture it cannot show, `[alt]`.
      if (node.type === 'image' && node.alt?.trim()) {
        parent.children.splice(index, 1, { ...node, url: '', title: null });
        return [SKIP, index + 1];
      }
      parent.children.splice(index, 1, ...((node.type === 'link' ? node.children : []) as never[]));
      // A picture with no alt text shows nothing, as `![]()`: no gap where it stood either.
      if (node.type === 'image') closeGap(parent.children as RootContent[], index);
      return [SKIP, index];
    }
    if (isNoPicture(node)) {
      // `![]()` shows nothing: written back, it would be an empty `<img>` to whoever reads the Markdown.
      parent.children.splice(index, 1);
      closeGap(parent.children as RootContent[], index);
      return [SKIP, index];
    }
    return undefined;
  });
  return root.children;
}

/** Whether the sanitiser takes more from `fragment` than its comments, which its author hid anyway (`<!-- more -->`). */
function losesMoreThanComments(fragment: string): boolean {
  const uncommented = fragment.replace(COMMENT, '');
  return uncommented.trim() !== '' && inertHtml(uncommented) !== uncommented;
}

/** Raw HTML, a URL the sanitiser would not keep, a picture of nothing, or active TeX: the blocks must be copied and changed. */
function mayNeedChange(node: Nodes): boolean {
  return node.type === 'html' || hasUnsafeUrl(node) || isNoPicture(node) || hasActiveTex(node) || holdsTag(node);
}

/** A formula whose text would open a tag where HTML is read (see the visitor). */
function holdsTag(node: Nodes): node is InlineMath | Math {
  return (node.type === 'math' || node.type === 'inlineMath') && TAG_IN_TEX.test(node.value);
}

const MDAST_RUN: RunNodes<RootContent> = {
  read: (node) => (node.type === 'text' ? node.value : node.type === 'break' ? 'break' : undefined),
  text: (value) => ({ type: 'text', value }),
  lineBreak: () => ({ type: 'break' }),
};

/** A formula holding a TeX command that makes it act, or text that may (read with what runs on after it: see the visitor). */
function hasActiveTex(node: Nodes): node is InlineMath | Math | Text {
  if (node.type === 'math' || node.type === 'inlineMath') return mayHoldActiveTex(node.value) && inertTex(node.value) !== node.value;
  return node.type === 'text' && mayHoldActiveTex(node.value);
}

/** A link, image or definition whose URL the sanitiser would not keep. */
function hasUnsafeUrl(node: Nodes): node is Link | Image | Definition {
  return (node.type === 'link' || node.type === 'image' || node.type === 'definition') && !isSafeUrl(node.url, node.type === 'image' ? IMAGE_SCHEMES : LINK_SCHEMES);
}

/** The fragment as the sanitiser would leave it; unchanged when the sanitiser changes nothing. */
function inertHtml(fragment: string): string {
  if (END_TAGS_ONLY.test(fragment)) {
    const kept = fragment.replace(END_TAG, (tag, name: string) => (ALLOWED_ELEMENTS.has(name.toLowerCase()) ? tag : ''));
    return kept.trim() === '' ? '' : kept;
  }
  const tree = fromHtml(fragment, { fragment: true });
  // As answer.html reads it: `HTTPS://` is a web link, kept as written when nothing else changes.
  lowercaseWebSchemes(tree);
  const before = serialiser.stringify(tree);
  const sanitised = sanitiser.runSync(tree) as HastRoot;
  // As answer.html: a picture whose address was refused, with no alt text, shows nothing (`<img>`).
  dropNoPictures(sanitised);
  const after = sanitiser.stringify(sanitised);
  if (after === before) return fragment;
  // `<div markdown="1">`, or `<details markdown="1"><summary>…</summary>`, opens a block that a later fragment
  // closes: what the fragment leaves open stays open (the serialiser closed it).
  let kept = after;
  for (const name of unclosedElements(fragment).reverse()) {
    const closing = `</${name}>`;
    if (!kept.endsWith(closing)) break;
    kept = kept.slice(0, -closing.length);
  }
  return kept;
}

/** The elements a fragment opens and does not close, outermost first (void elements close themselves). */
function unclosedElements(fragment: string): string[] {
  const text = fragment.replace(COMMENT, (comment) => ' '.repeat(comment.length));
  const open: string[] = [];
  const tags = new RegExp(`${START_TAG.source}|${END_TAG.source}`, 'g');
  for (let match = tags.exec(text); match; match = tags.exec(text)) {
    if (match[1] !== undefined) {
      const name = match[1].toLowerCase();
      if (!VOID_ELEMENTS.has(name) && !match[0].endsWith('/>')) open.push(name);
    } else {
      const at = open.lastIndexOf(match[2]!.toLowerCase());
      if (at !== -1) open.length = at;
    }
  }
  return open;
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
