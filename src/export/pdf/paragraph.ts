/**
 * A paragraph's rows. Text is broken into lines (inline-rows.ts); a picture
 * standing in the paragraph, alone or as the whole of a link (a badge, a
 * figure linking to its source), is drawn on rows of its own between the
 * text before and after it, centred, at its natural size or smaller: never
 * wider than the column, never taller than MAX_PICTURE_HEIGHT, so that it
 * always fits a column whole. A picture the sheet cannot draw stays in the
 * text as its alt text, and is reported.
 */
import type { Image, Link, Paragraph, PhrasingContent } from 'mdast';
import { stackBlocks, type DrawItem, type Row } from './display-list.js';
import { inlineAtoms, isSafeUrl, type InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import type { Picture } from './pictures.js';
import { COLOUR, SPACE } from './theme.js';

/** About a third of a landscape column: a figure, not a page. */
export const MAX_PICTURE_HEIGHT = 180;
const PICTURE_PAD = 2;

export function paragraphRows(paragraph: Paragraph, width: number, context: LayoutContext, base: InlineStyle): Row[] {
  const textRows = (nodes: PhrasingContent[]) => inlineRows(inlineAtoms(nodes, base, COLOUR.link), base, width, context);
  const { pictures } = context;
  if (!pictures || !paragraph.children.some((node) => standingImage(node) !== undefined)) return textRows(paragraph.children);
  const blocks: Row[][] = [];
  let text: PhrasingContent[] = [];
  const endText = () => {
    // The line break or spaces between two pictures is no line of text.
    if (text.some((node) => node.type !== 'text' || node.value.trim() !== '')) blocks.push(textRows(text));
    text = [];
  };
  for (const node of paragraph.children) {
    const image = standingImage(node);
    const lookup = image && pictures(image.url);
    if (lookup && 'found' in lookup) {
      endText();
      const link = node.type === 'link' && isSafeUrl(node.url) ? node.url : undefined;
      blocks.push([pictureRow(lookup.found, width, link)]);
      continue;
    }
    if (lookup && 'remote' in lookup) context.reporter.pictureRemote(image!.url);
    else if (lookup) context.reporter.pictureNotDrawn(image!.url, lookup.problem);
    text.push(node);
  }
  endText();
  return stackBlocks(blocks, SPACE.blockGap);
}

/** The image a paragraph's child shows on its own: an image, or a link holding nothing but one. */
function standingImage(node: PhrasingContent): Image | undefined {
  if (node.type === 'image') return node;
  if (node.type === 'link') return onlyImage(node);
  return undefined;
}

function onlyImage(link: Link): Image | undefined {
  const [only] = link.children;
  return link.children.length === 1 && only?.type === 'image' ? only : undefined;
}

/** The picture scaled to fit (never enlarged), centred in the column; clickable when it is a link. */
export function pictureRow(picture: Picture, width: number, link?: string): Row {
  const scale = Math.min(1, width / picture.width, MAX_PICTURE_HEIGHT / picture.height);
  const w = picture.width * scale;
  const h = picture.height * scale;
  const x = (width - w) / 2;
  const items: DrawItem[] = [{ kind: 'picture', x, y: PICTURE_PAD, w, h, picture }];
  if (link) items.push({ kind: 'link', x, y: PICTURE_PAD, w, h, url: link });
  return { height: h + 2 * PICTURE_PAD, items };
}
