/**
 * The full path for an answer: parse it like a browser, sanitise it (html-sanitise.ts), then
 * transform the tree (code, images) and serialise it again. Used for whatever the fast token
 * path (answer-tokens.ts) does not accept. Math needs nothing: answer.html carries it already in
 * Anki's delimiters (see answer-field.ts).
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { PLACEHOLDER_CLASS, placeholderText } from './answer-images.js';
import type { MissingImage, ResolveImage } from './answer-images.js';
import { highlightCodeElement } from './code-highlight.js';
import { sanitiseHtml, serialiseHtml } from './html-sanitise.js';

export function answerFromTree(html: string, resolveImage: ResolveImage): { html: string; missingImages: MissingImage[] } {
  const tree = sanitiseHtml(html);
  const missingImages: MissingImage[] = [];
  transformChildren(tree, resolveImage, missingImages);
  return { html: serialiseHtml(tree), missingImages };
}

/** One walk over the tree: code is highlighted, images are packed or replaced. */
function transformChildren(parent: Root | Element, resolveImage: ResolveImage, missingImages: MissingImage[]): void {
  const children = parent.children as Array<RootContent | ElementContent>;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type !== 'element') continue;
    if (node.tagName === 'img') {
      const replacement = rewriteImage(node, resolveImage, missingImages);
      if (replacement) children[i] = replacement;
      continue;
    }
    if (node.tagName === 'pre') {
      for (const child of node.children) {
        if (child.type === 'element' && child.tagName === 'code') highlightCodeElement(child);
      }
    }
    transformChildren(node, resolveImage, missingImages);
  }
}

/** Point a local image at its media name; returns a placeholder element when it cannot be packed. */
function rewriteImage(img: Element, resolveImage: ResolveImage, missingImages: MissingImage[]): Element | undefined {
  const src = img.properties['src'];
  if (typeof src !== 'string' || src === '') return placeholder(img, '');
  const outcome = resolveImage(src);
  if (outcome.kind === 'remote') return undefined;
  if (outcome.kind === 'packed') {
    img.properties['src'] = outcome.name;
    return undefined;
  }
  missingImages.push({ src, problem: outcome.problem });
  return placeholder(img, src);
}

function placeholder(img: Element, src: string): Element {
  const alt = typeof img.properties['alt'] === 'string' ? img.properties['alt'] : '';
  return {
    type: 'element',
    tagName: 'span',
    properties: { className: [PLACEHOLDER_CLASS] },
    children: [{ type: 'text', value: placeholderText(alt, src) }],
  };
}
