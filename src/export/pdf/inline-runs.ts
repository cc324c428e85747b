/**
 * mdast phrasing content to a flat list of styled inline atoms: text with
 * its style (bold, italic, code, link), inline math, and hard line breaks.
 * Line breaking and drawing work on these atoms only.
 */
import type { PhrasingContent } from 'mdast';

export type Weight = 'regular' | 'semibold' | 'bold';

export interface InlineStyle {
  weight: Weight;
  italic: boolean;
  code: boolean;
  strike?: boolean;
  /** Target URL: the text is drawn underlined and made clickable. */
  link?: string;
  size: number;
  color: string;
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

export function inlineAtoms(nodes: readonly PhrasingContent[], style: InlineStyle, linkColor: string): InlineAtom[] {
  const atoms: InlineAtom[] = [];
  const text = (value: string, at: InlineStyle): void => {
    if (value.length > 0) atoms.push({ kind: 'text', text: value, style: at });
  };
  const walk = (children: readonly PhrasingContent[], at: InlineStyle): void => {
    for (const node of children) {
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
        case 'html':
          // Inline HTML survives in notes mostly as <br> and formatting tags.
          if (LINE_BREAK_TAG.test(node.value.trim())) atoms.push({ kind: 'break' });
          else if (!ANY_TAG.test(node.value.trim())) text(node.value, at);
          break;
        default:
          break;
      }
    }
  };
  walk(nodes, style);
  return atoms;
}

/** Plain text as atoms of one style (questions, labels). */
export function plainAtoms(text: string, style: InlineStyle): InlineAtom[] {
  return text.length > 0 ? [{ kind: 'text', text, style }] : [];
}
