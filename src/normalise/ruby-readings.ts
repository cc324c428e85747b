/**
 * A ruby's reading (`<ruby>適合<rt>てきごう</rt></ruby>`) where ruby cannot be drawn: plain text and the sheet show
 * it in parentheses after its words, `適合(てきごう)`, as the `<rp>` parentheses a page gives for that case do. A
 * ruby that gives its own `<rp>` keeps them; without either, words and reading would run together ("適合てきごう").
 */
import type { Element, Root } from 'hast';
import { visit } from 'unist-util-visit';

interface InlineNode {
  type: string;
  value?: unknown;
}

const RT_OPEN = /^<rt\b[^>]*>$/i;
const RT_CLOSE = /^<\/rt\s*>$/i;
const RP_OPEN = /^<rp\b[^>]*>$/i;
const RP_CLOSE = /^<\/rp\s*>$/i;
const RUBY_CLOSE = /^<\/ruby\s*>$/i;

/**
 * The parenthesis plain text shows for the inline HTML tag at `index` of `siblings` (Markdown gives a line's raw
 * HTML tag by tag): `(` where a reading opens, `)` where it closes (at `</rt>`, or at `</ruby>` for one left
 * open), unless an `<rp>` stands there.
 */
export function rubyParenthesis(siblings: readonly InlineNode[], index: number): string | undefined {
  const tag = tagAt(siblings, index);
  if (tag === undefined) return undefined;
  if (RT_OPEN.test(tag)) return RP_CLOSE.test(tagAt(siblings, index - 1) ?? '') ? undefined : '(';
  if (RT_CLOSE.test(tag)) return RP_OPEN.test(tagAt(siblings, index + 1) ?? '') ? undefined : ')';
  if (RUBY_CLOSE.test(tag)) {
    for (let k = index - 1; k >= 0; k--) {
      const before = tagAt(siblings, k);
      if (before !== undefined) return RT_OPEN.test(before) ? ')' : undefined;
    }
  }
  return undefined;
}

function tagAt(siblings: readonly InlineNode[], index: number): string | undefined {
  const node = siblings[index];
  return node?.type === 'html' && typeof node.value === 'string' ? node.value.trim() : undefined;
}

/** The same for parsed HTML: each `<rt>` not after an `<rp>` holds its reading in parentheses. */
export function withRubyParentheses(tree: Root): Root {
  visit(tree, 'element', (node: Element) => {
    if (node.tagName !== 'ruby') return;
    node.children.forEach((child, k) => {
      if (child.type !== 'element' || child.tagName !== 'rt') return;
      const before = node.children.slice(0, k).findLast((other) => other.type === 'element');
      if (before?.type === 'element' && before.tagName === 'rp') return;
      child.children = [{ type: 'text', value: '(' }, ...child.children, { type: 'text', value: ')' }];
    });
  });
  return tree;
}
