/**
 * The visible text of a raw HTML block, for `answer.text` and the sheet (which draws text, not HTML): the fragment
 * is parsed as a browser would (hast-util-from-html) and read with the rules of `innerText`
 * (hast-util-to-text), so character references come out as characters (`&amp;` is `&`), tags,
 * comments, scripts and styles leave nothing, and block elements and `<br>` separate their text.
 * `<summary>` labels ("Answer", "Show") are left out: in plain text and on paper there is nothing to click open.
 */
import type { Element, Root } from 'hast';
import { fromHtml } from 'hast-util-from-html';
import { toText } from 'hast-util-to-text';
import { SKIP, visit } from 'unist-util-visit';
import { isAnswerLabel } from '../wording/interrogative.js';
import { withRubyParentheses } from './ruby-readings.js';

export function htmlText(html: string): string {
  return toText(parsed(html)).trim();
}

function parsed(html: string): Root {
  return withRubyParentheses(withoutSummaries(fromHtml(html, { fragment: true })));
}

/** A picture a raw HTML fragment shows: its `src` and `alt`, and the size in CSS pixels its `width` and `height` ask for. */
export interface HtmlPicture {
  /** '' when it has none: none was written, or the sanitiser refused it (`javascript:`), keeping the `alt`. */
  src: string;
  alt: string;
  width?: number;
  height?: number;
}

/**
 * The visible content of a raw HTML fragment in order: its text (as `htmlText` reads it) with the
 * pictures (`<img>`, markedText) where they stand and each `<pre>` as a part of its own, for the sheet,
 * which draws them (a `<pre>` as code: trimming it with the text around would lose its indentation).
 * With `tables`, each outermost `<table>` is a part of its own too, the element as parsed (a `<pre>`
 * or picture inside it stays in it), for the sheet to set as a grid; without, its rows are lines of
 * the text, its cells apart by a tab.
 */
export type HtmlPart = { text: string } | { picture: HtmlPicture } | { pre: string } | { table: Element };

export interface HtmlContentOptions {
  tables?: boolean;
}

export function htmlContent(html: string, options: HtmlContentOptions = {}): HtmlPart[] {
  const tree = parsed(html);
  const apart = markedApart(tree, options.tables === true ? SET_APART_WITH_TABLES : SET_APART);
  const { text, pictures } = markedText(tree);
  return text.split(MARK).flatMap((part, k): HtmlPart[] => {
    if (k % 2 === 0) {
      const trimmed = part.trim();
      return trimmed === '' ? [] : [{ text: trimmed }];
    }
    if (!part.startsWith(APART)) return [{ picture: pictures[Number(part)]! }];
    const element = apart[Number(part.slice(APART.length))]!;
    return element.tagName === 'table' ? [{ table: element }] : preParts(toText(element));
  });
}

/** A `<pre>`'s lines as written, their leading whitespace kept; only the blank end is dropped. */
function preParts(text: string): HtmlPart[] {
  return text.trim() === '' ? [] : [{ pre: text.trimEnd() }];
}

/** The elements a part of their own is made of: `<pre>`, and with `tables` each `<table>`. */
const SET_APART: ReadonlySet<string> = new Set(['pre']);
const SET_APART_WITH_TABLES: ReadonlySet<string> = new Set(['pre', 'table']);

/**
 * Each outermost element of the tree named in `names` replaced by a block holding its mark (MARK,
 * APART, its number, MARK); the elements taken out, in order.
 */
function markedApart(tree: Root, names: ReadonlySet<string>): Element[] {
  const apart: Element[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (!names.has(node.tagName) || !parent || index === undefined) return undefined;
    const mark: Element = { type: 'element', tagName: 'div', properties: {}, children: [{ type: 'text', value: `${MARK}${APART}${apart.length}${MARK}` }] };
    parent.children.splice(index, 1, mark);
    apart.push(node);
    return [SKIP, index + 1];
  });
  return apart;
}

/** The visible text of a raw HTML fragment (as `htmlText`), each picture shown in its place as `show` writes it. */
export function htmlTextShowing(html: string, show: (picture: HtmlPicture) => string): string {
  const { text, pictures } = markedText(parsed(html));
  return text.replace(MARKED, (_, k: string) => show(pictures[Number(k)]!)).trim();
}

/**
 * The fragment's text as innerText reads it, each picture a numbered mark in it: the text keeps the
 * line breaks innerText gives around blocks, and each picture its place between them. An `<img>`
 * without a `src` is a picture too when it has alt text: the sanitiser leaves one whose URL it
 * refused so, and the card shows it as `[image: alt]`; the text and the sheet must not lose it.
 * With neither, it shows nothing (as `![]()` in answer-text.ts).
 */
function markedText(tree: Root): { text: string; pictures: HtmlPicture[] } {
  const pictures: HtmlPicture[] = [];
  visit(tree, 'element', (node: Element, index, parent) => {
    if (node.tagName !== 'img' || !parent || index === undefined) return undefined;
    const shown = shownPicture(node);
    if (shown === undefined) return undefined;
    const { width, height } = node.properties;
    parent.children.splice(index, 1, { type: 'text', value: `${MARK}${pictures.length}${MARK}` });
    pictures.push({ ...shown, ...pixels('width', width), ...pixels('height', height) });
    return [SKIP, index + 1];
  });
  return { text: toText(tree), pictures };
}

/**
 * What an `<img>` shows: its `src` ('' when none was written, or the sanitiser refused it) and `alt`; undefined
 * when it has neither, and shows nothing. The text and the sheet (pdf/html-phrasing.ts) read pictures so.
 */
export function shownPicture(img: Element): { src: string; alt: string } | undefined {
  const src = typeof img.properties.src === 'string' ? img.properties.src : '';
  const alt = typeof img.properties.alt === 'string' ? img.properties.alt : '';
  return src === '' && alt.trim() === '' ? undefined : { src, alt };
}

/**
 * A `width` or `height` attribute in pixels (hast reads a plain number as one), from one pixel to
 * MAX_ASKED_PIXELS; anything else ("50%", "0", "1e999") is left out, as if not written.
 */
function pixels(name: 'width' | 'height', value: unknown): Partial<Record<'width' | 'height', number>> {
  const number = typeof value === 'number' ? value : typeof value === 'string' && /^\s*\d+(\.\d+)?(px)?\s*$/.test(value) ? parseFloat(value) : NaN;
  return number >= 1 && number <= MAX_ASKED_PIXELS ? { [name]: number } : {};
}

/** Wider than any screen: a size past it is a slip, not a wish. */
const MAX_ASKED_PIXELS = 20_000;

/** A character no text of the parsed fragment holds: the HTML parser drops NUL from text (and replaces it elsewhere). */
const MARK = '\u0000';
const MARKED = /\u0000(\d+)\u0000/g;
/** After MARK, what tells the mark of an element set apart (a `<pre>`, a `<table>`) from a picture's. */
const APART = 'apart';

/**
 * A `<summary>` that only labels a hidden answer ("Answer", "정답 보기") is left out; any other
 * ("수식: 정규화 단계") is a title the answer keeps, on a line of its own. (A summary that is the
 * question is the prompt's block, never in the answer: the extractor takes it out.)
 */
function withoutSummaries(tree: Root): Root {
  visit(tree, 'element', (node, index, parent) => {
    if (node.tagName !== 'summary' || !parent || index === undefined) return undefined;
    const text = toText(node).trim();
    if (text !== '' && !isAnswerLabel(text)) {
      parent.children.splice(index, 1, { type: 'element', tagName: 'p', properties: {}, children: [{ type: 'text', value: text }] });
      return [SKIP, index + 1];
    }
    parent.children.splice(index, 1);
    return [SKIP, index];
  });
  return tree;
}
