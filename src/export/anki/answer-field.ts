/**
 * The Answer field: `answer.html`, sanitised again, with code highlighted, `$...$` math turned into
 * Anki's `\(...\)`, and local images swapped for packed media names.
 */
import type { Element, ElementContent, Root, RootContent } from 'hast';
import { highlightCodeElement } from './code-highlight.js';
import { convertDollarMath } from './dollar-math.js';
import { finishField } from './field-text.js';
import { sanitiseHtml, serialiseHtml } from './html-sanitise.js';

/** What became of one `<img src>`. */
export type ImageOutcome =
  | { kind: 'remote' }
  | { kind: 'packed'; name: string }
  | { kind: 'missing'; problem: string };

export interface AnswerField {
  html: string;
  /** Images that could not be packed, with the reason (the field shows a placeholder instead). */
  missingImages: { src: string; problem: string }[];
}

/** A URL with a scheme (`https:`, `mailto:`) or protocol-relative: not a file next to the note. */
export function isRemoteUrl(src: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(src) || src.startsWith('//');
}

export function answerField(html: string, resolveImage: (src: string) => ImageOutcome): AnswerField {
  const tree = sanitiseHtml(html);
  const missingImages: AnswerField['missingImages'] = [];
  transformChildren(tree, false, resolveImage, missingImages);
  return { html: finishField(serialiseHtml(tree)), missingImages };
}

function hasClass(element: Element, name: string): boolean {
  const classes = element.properties['className'];
  return Array.isArray(classes) && classes.includes(name);
}

/**
 * One walk over the tree. `literal` is true inside code and existing math, where dollars are
 * not math delimiters.
 */
function transformChildren(
  parent: Root | Element,
  literal: boolean,
  resolveImage: (src: string) => ImageOutcome,
  missingImages: AnswerField['missingImages'],
): void {
  const children = parent.children as Array<RootContent | ElementContent>;
  for (let i = 0; i < children.length; i++) {
    const node = children[i]!;
    if (node.type === 'text') {
      if (!literal) node.value = convertDollarMath(node.value);
    } else if (node.type === 'element') {
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
      const inside = literal || node.tagName === 'code' || node.tagName === 'pre' || hasClass(node, 'math');
      transformChildren(node, inside, resolveImage, missingImages);
    }
  }
}

/** Point a local image at its media name; returns a placeholder element when it cannot be packed. */
function rewriteImage(
  img: Element,
  resolveImage: (src: string) => ImageOutcome,
  missingImages: AnswerField['missingImages'],
): Element | undefined {
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
    properties: { className: ['missing-image'] },
    children: [{ type: 'text', value: `[image: ${alt || src || 'missing'}]` }],
  };
}
