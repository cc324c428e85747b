/**
 * mdast phrasing content to a flat list of styled inline atoms: text with
 * its style (bold, italic, code, link), inline math, and hard line breaks.
 * Line breaking and drawing work on these atoms only.
 */
import type { PhrasingContent } from 'mdast';
import { rubyParenthesis } from '../../normalise/ruby-readings.js';

export type Weight = 'regular' | 'semibold' | 'bold';

export interface InlineStyle {
  weight: Weight;
  italic: boolean;
  code: boolean;
  strike?: boolean;
  /** Target URL: the text is drawn underlined and made clickable. */
  link?: string;
  /** Raised (`<sup>`) or lowered (`<sub>`) text, set smaller than the text around it. */
  shift?: 'up' | 'down';
  size: number;
  color: string;
}

/** The size of raised and lowered text, to that of the text around it. */
const SHIFTED_SIZE = 0.72;

/** How far text stands above its line's baseline, in points: raised text a third of the size around it, lowered text a sixth below. */
export function baselineShift(style: InlineStyle): number {
  return style.shift === 'up' ? style.size * 0.47 : style.shift === 'down' ? -style.size * 0.24 : 0;
}

export type InlineAtom =
  | { kind: 'text'; text: string; style: InlineStyle }
  | { kind: 'math'; tex: string; delimiter: string; style: InlineStyle }
  | { kind: 'break' };

const LINE_BREAK_TAG = /^<br\s*\/?>$/i;
const SAFE_URL = /^(?:https?:\/\/|mailto:)/i;

/** Only web and mail links become clickable; anything else (javascript:, relative paths) stays text. */
export function isSafeUrl(url: string): boolean {
  return SAFE_URL.test(url);
}
const ANY_TAG = /^<\/?[A-Za-z][^>]*>$/;

type Restyle = (style: InlineStyle) => InlineStyle;
const bold: Restyle = (style) => ({ ...style, weight: 'bold' });
const italic: Restyle = (style) => ({ ...style, italic: true });
const code: Restyle = (style) => ({ ...style, code: true });
const struck: Restyle = (style) => ({ ...style, strike: true });
const same: Restyle = (style) => style;
const raised: Restyle = (style) => ({ ...style, size: style.size * SHIFTED_SIZE, shift: 'up' });
const lowered: Restyle = (style) => ({ ...style, size: style.size * SHIFTED_SIZE, shift: 'down' });

/** Inline HTML elements drawn in a style of their own (a Map: a tag named `constructor` is none of them). */
const FORMATTING = new Map<string, Restyle>([
  ['b', bold],
  ['strong', bold],
  ['i', italic],
  ['em', italic],
  ['cite', italic],
  ['code', code],
  ['kbd', code],
  ['samp', code],
  ['s', struck],
  ['del', struck],
  ['strike', struck],
  ['sup', raised],
  ['sub', lowered],
]);
/** Formatting that would change the rest of the paragraph when never closed: it applies only when closed. */
const CLOSED_ONLY: ReadonlySet<string> = new Set(['sup', 'sub']);

/** Whether the opening tag at `index` has its closing tag among the same siblings. */
function closesAmongSiblings(children: readonly PhrasingContent[], index: number, name: string): boolean {
  const closing = new RegExp(`^</${name}\\s*>$`, 'i');
  return children.slice(index + 1).some((node) => node.type === 'html' && closing.test(node.value.trim()));
}

export function inlineAtoms(nodes: readonly PhrasingContent[], style: InlineStyle, linkColor: string): InlineAtom[] {
  const atoms: InlineAtom[] = [];
  const text = (value: string, at: InlineStyle): void => {
    if (value.length > 0) atoms.push({ kind: 'text', text: value, style: at });
  };
  const walk = (children: readonly PhrasingContent[], start: InlineStyle): void => {
    // Inline HTML formatting (`<b>…</b>`, `<sup>…</sup>`) comes as separate opening and closing nodes around its content.
    let at = start;
    const open: Array<{ name: string; restyle: Restyle }> = [];
    // The style of what is still open, in the order it opened: a closing tag in the wrong order closes only its own.
    const restyled = () => open.reduce((style, entry) => entry.restyle(style), start);
    children.forEach((node, index) => {
      switch (node.type) {
        case 'text':
          text(node.value, at);
          break;
        case 'strong':
          walk(node.children, { ...at, weight: 'bold' });
          break;
        case 'emphasis':
          walk(node.children, { ...at, italic: true });
          break;
        case 'delete':
          walk(node.children, { ...at, strike: true });
          break;
        case 'inlineCode':
          text(node.value, { ...at, code: true });
          break;
        case 'link':
          walk(node.children, isSafeUrl(node.url) ? { ...at, link: node.url, color: linkColor } : at);
          break;
        case 'linkReference':
          walk(node.children, at);
          break;
        case 'image':
          // A picture not drawn (paragraph.ts): its alt text, or its file name; a web one links to it.
          text(`[${node.alt || node.url.split(/[?#]/)[0]!.split('/').pop() || 'image'}]`, {
            ...at,
            italic: true,
            ...(isSafeUrl(node.url) && !at.link ? { link: node.url, color: linkColor } : {}),
          });
          break;
        case 'imageReference':
          if (node.alt) text(`[${node.alt}]`, { ...at, italic: true });
          break;
        case 'footnoteReference':
          text(`[${node.label ?? node.identifier}]`, at);
          break;
        case 'break':
          atoms.push({ kind: 'break' });
          break;
        case 'inlineMath':
          atoms.push({ kind: 'math', tex: node.value, delimiter: node.data?.delimiter ?? '$', style: at });
          break;
        case 'html': {
          // Inline HTML survives in notes mostly as <br> and formatting tags.
          const tag = node.value.trim();
          const parenthesis = rubyParenthesis(children, index);
          if (parenthesis) text(parenthesis, at);
          else if (LINE_BREAK_TAG.test(tag)) atoms.push({ kind: 'break' });
          else if (!ANY_TAG.test(tag)) text(node.value, at);
          else {
            const [, slash, name] = /^<(\/?)([A-Za-z][\w-]*)/.exec(tag)!;
            const lower = name!.toLowerCase();
            const restyle = FORMATTING.get(lower);
            // `<b/>` opens nothing: a browser would make the rest bold, a sheet need not.
            if (!slash && restyle && !/\/\s*>$/.test(tag)) {
              // A `<sup>` never closed would raise the rest of the paragraph: its text is set as it stands.
              const applies = !CLOSED_ONLY.has(lower) || closesAmongSiblings(children, index, lower);
              open.push({ name: lower, restyle: applies ? restyle : same });
              at = restyled();
            } else if (slash) {
              const last = open.findLastIndex((entry) => entry.name === lower);
              if (last >= 0) {
                open.splice(last, 1);
                at = restyled();
              }
            }
          }
          break;
        }
        default:
          break;
      }
    });
  };
  walk(nodes, style);
  return atoms;
}

/** Plain text as atoms of one style (questions, labels). */
export function plainAtoms(text: string, style: InlineStyle): InlineAtom[] {
  return text.length > 0 ? [{ kind: 'text', text, style }] : [];
}
