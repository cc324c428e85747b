/**
 * A paragraph's rows, and where an answer's pictures go. Text is broken into
 * lines (inline-rows.ts); a picture standing in a paragraph (`![alt](src)`,
 * a raw `<img>`, or either as the whole of a link: a badge, a figure linking
 * to its source) is drawn on rows of its own between the text before and
 * after it, centred, at its natural size or smaller: never wider than the
 * column, never taller than MAX_PICTURE_HEIGHT, so that it always fits a
 * column whole. Raw HTML blocks show theirs the same way (`htmlRows`). A
 * picture the sheet cannot draw stays in the text as its alt text, and is
 * reported; so is one set where a picture cannot stand (a table cell, a
 * heading, inside emphasis), which is printed as its alt text.
 */
import type { Image, Paragraph, PhrasingContent, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { htmlContent, htmlText, type HtmlPicture } from '../../normalise/html-text.js';
import { sheetHtml } from './html-block.js';
import type { HtmlTable } from './html-table.js';
import { isRemoteUrl } from '../answer-images.js';
import { codeBlockRows } from './code-block.js';
import { stackBlocks, type DrawItem, type Row } from './display-list.js';
import type { QuestionReporter } from './diagnostics.js';
import { inlineAtoms, isSafeUrl, plainAtoms, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { POINTS_PER_PIXEL, type Picture } from './pictures.js';
import { tableRows } from './table-layout.js';
import { COLOUR, SPACE } from './theme.js';

/** About a third of a landscape column: a figure, not a page. */
export const MAX_PICTURE_HEIGHT = 180;
const PICTURE_PAD = 2;

export function paragraphRows(paragraph: Paragraph, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  const textRows = (nodes: PhrasingContent[]) => phrasingRows(nodes, width, context, base);
  // Each child's picture, found once (a raw <img> is parsed to find it).
  const standing = context.pictures ? paragraph.children.map(standingPicture) : [];
  if (!standing.some((picture) => picture !== undefined)) return textRows(paragraph.children);
  const blocks: Row[][] = [];
  let text: PhrasingContent[] = [];
  const endText = () => {
    // The line break or spaces between two pictures is no line of text.
    if (text.some((node) => node.type !== 'break' && (node.type !== 'text' || node.value.trim() !== ''))) blocks.push(textRows(text));
    text = [];
  };
  paragraph.children.forEach((node, k) => {
    const picture = standing[k];
    if (!picture) {
      text.push(node);
      return;
    }
    const link = node.type === 'link' && isSafeUrl(node.url) ? node.url : undefined;
    const rows = pictureRows(picture, width, context, link);
    if (rows) {
      endText();
      blocks.push(rows);
    } else text.push(node.type === 'html' ? asImage(picture) : node);
  });
  endText();
  return stackBlocks(blocks, SPACE.blockGap);
}

/**
 * A raw HTML block: its text, its pictures where they stand in it, each `<pre>` set as a code
 * block (monospace, its indentation kept) and each `<table>` as a table (html-block.ts).
 */
export function htmlRows(html: string, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  // Text alone: no picture to print in its place (as its alt text, without a finder), no code block, no table.
  if (!/<pre\b|<table\b|<img\b/i.test(html)) {
    const text = htmlText(html);
    return text ? lineRows(text, width, context, base) : [];
  }
  const { parts, asText } = sheetHtml(html);
  if (asText) context.reporter.htmlTableAsText(asText);
  const blocks = parts.map((part) => {
    if ('text' in part) return lineRows(part.text, width, context, base);
    if ('pre' in part) return codeBlockRows(part.pre, undefined, width, context);
    if ('table' in part) return htmlTableRows(part.table, width, context, base);
    return pictureRows(part.picture, width, context) ?? phrasingRows([asImage(part.picture)], width, context, base);
  });
  return stackBlocks(blocks, SPACE.blockGap);
}

/** A raw HTML table laid out as a GFM one; its spanning cells and pictures (printed as alt text) reported. */
function htmlTableRows({ table, header, flattened }: HtmlTable, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  if (flattened) context.reporter.htmlTableSpans();
  if (context.pictures) reportPicturesOutOfPlace({ type: 'root', children: [table] }, context.reporter);
  return tableRows(table, width, context, base, { header });
}

/** Inline content broken into lines. */
function phrasingRows(nodes: readonly PhrasingContent[], width: number, context: LayoutContext, base: InlineStyle): Row[] {
  return inlineRows(inlineAtoms(nodes, base, COLOUR.link), base, width, context);
}

/**
 * Text read out of HTML, line by line: the rows of a `<table>` (its cells apart by a tab, drawn as
 * a wide space) and its blocks stay apart, as a browser shows them.
 */
function lineRows(text: string, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  return text.split('\n').flatMap((line) => (line.trim() === '' ? [] : inlineRows(plainAtoms(line.replace(/\t/g, '\u2003'), base), base, width, context)));
}

/**
 * The rows of a picture the answer can show; undefined, reported, when the sheet cannot draw it
 * (the caller prints its alt text).
 */
function pictureRows(picture: HtmlPicture, width: number, context: LayoutContext, link?: string): Row[] | undefined {
  // No address (none written, or one the sanitiser refused, which normalising reported): nothing to find, only alt text.
  if (picture.src === '') return undefined;
  const lookup = context.pictures?.(picture.src);
  if (!lookup) return undefined;
  if ('found' in lookup) return [pictureRow(sizedAsAsked(lookup.found, picture), width, link)];
  if ('remote' in lookup) context.reporter.pictureRemote(picture.src, link === undefined && isSafeUrl(picture.src));
  else context.reporter.pictureNotDrawn(picture.src, lookup.problem);
  return undefined;
}

/** The picture at the size an `<img width height>` asks for, a missing side kept in proportion. */
function sizedAsAsked(found: Picture, asked: HtmlPicture): Picture {
  if (asked.width === undefined && asked.height === undefined) return found;
  const width = asked.width !== undefined ? asked.width * POINTS_PER_PIXEL : ((asked.height! * POINTS_PER_PIXEL) / found.height) * found.width;
  const height = asked.height !== undefined ? asked.height * POINTS_PER_PIXEL : (width / found.width) * found.height;
  return { ...found, width, height };
}

/** The picture a paragraph's child shows on its own: an image or a raw `<img>`, or a link holding nothing but one. */
function standingPicture(node: PhrasingContent): HtmlPicture | undefined {
  if (node.type === 'image') return { src: node.url, alt: node.alt ?? '' };
  if (node.type === 'html') return loneImg(node.value);
  if (node.type === 'link' && node.children.length === 1) return standingPicture(node.children[0]!);
  return undefined;
}

/** The picture of an inline HTML node that is one `<img>` tag and nothing else. */
function loneImg(html: string): HtmlPicture | undefined {
  if (!/^\s*<img\b[^>]*>\s*$/i.test(html)) return undefined;
  const [only] = htmlContent(html);
  return only && 'picture' in only ? only.picture : undefined;
}

/** An image node standing for a picture not drawn: the text layout prints its alt text. */
function asImage(picture: HtmlPicture): Image {
  return { type: 'image', url: picture.src, alt: picture.alt };
}

/** The picture scaled to fit (never enlarged), centred in the column; clickable when it is a link. */
function pictureRow(picture: Picture, width: number, link?: string): Row {
  const scale = Math.min(1, width / picture.width, MAX_PICTURE_HEIGHT / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  const x = (width - w) / 2;
  const items: DrawItem[] = [{ kind: 'picture', x, y: PICTURE_PAD, w, h, picture }];
  if (link) items.push({ kind: 'link', x, y: PICTURE_PAD, w, h, url: link });
  return { height: h + 2 * PICTURE_PAD, items };
}

/**
 * Report the answer's pictures that stand where the sheet draws no picture (a table cell, a
 * heading, emphasis, a link with text besides): they are printed as their alt text.
 */
export function reportPicturesOutOfPlace(answer: Root, reporter: QuestionReporter): void {
  const standing = new Set<PhrasingContent>();
  visit(answer, (node, _index, parent) => {
    // Paragraphs come before what they hold: their standing pictures are known when those are reached.
    if (node.type === 'paragraph') {
      for (const child of node.children) if (standingPicture(child)) standing.add(child.type === 'link' ? child.children[0]! : child);
      return;
    }
    // Raw HTML inside phrasing is inline (a block of it is drawn by htmlRows).
    if (node.type !== 'image' && !(node.type === 'html' && parent && PHRASING.has(parent.type) && /<img\b/i.test(node.value))) return;
    if (standing.has(node as PhrasingContent)) return;
    const src = node.type === 'image' ? node.url : htmlContent(node.value).flatMap((part) => ('picture' in part ? [part.picture.src] : []))[0];
    // A picture without an address is no file the sheet failed to draw (see pictureRows).
    if (src === undefined || src === '') return;
    // A picture on the web is not drawn anywhere: the same note as in a paragraph.
    if (isRemoteUrl(src)) reporter.pictureRemote(src, parent?.type !== 'link' && isSafeUrl(src));
    else reporter.pictureNotDrawn(src, `a picture is drawn only standing in a paragraph, not inside ${placeOf(parent?.type)}`);
  });
}

const PHRASING: ReadonlySet<string> = new Set(['paragraph', 'heading', 'tableCell', 'emphasis', 'strong', 'delete', 'link']);

function placeOf(parent: string | undefined): string {
  switch (parent) {
    case 'tableCell':
      return 'a table';
    case 'heading':
      return 'a heading';
    case 'link':
      return 'a link with text';
    default:
      return 'emphasis or other inline text';
  }
}
