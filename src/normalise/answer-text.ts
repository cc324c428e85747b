/**
 * An answer as plain text: lists as indented bullets (numbers for an ordered list), math as its
 * TeX, code as is, a picture as its alt text in brackets (an answer that is a diagram is still an
 * answer, and one that ends "see the figure:" before it has not broken off).
 */
import type { ListItem, Nodes, RootContent } from 'mdast';
import { htmlTextShowing } from './html-text.js';
import { escapedText } from '../parse/escaped-text.js';
import { rubyParenthesis } from './ruby-readings.js';

/** `blocks`: as inert-markdown.ts leaves them (no `![]()` among them: it shows nothing). */
export function answerText(blocks: readonly RootContent[]): string {
  return blocks.map((block) => blockText(block, 0)).filter((text) => text !== '').join('\n').trim();
}

function blockText(node: Nodes, depth: number): string {
  switch (node.type) {
    case 'list': {
      const start = node.start ?? 1;
      return node.children.map((item, k) => itemText(item, depth, node.ordered ? `${start + k}.` : '•')).join('\n');
    }
    case 'listItem':
      return itemText(node, depth, '•');
    case 'code':
      return node.value;
    case 'math':
      return `\\[${node.value}\\]`;
    case 'html':
      return rawHtmlText(node.value);
    case 'table':
      return node.children.map((row) => row.children.map((cell) => inlineText(cell)).join(' | ')).join('\n');
    case 'blockquote':
      return node.children.map((child) => blockText(child, depth)).join('\n');
    case 'thematicBreak':
      return '';
    default:
      return inlineText(node);
  }
}

function itemText(item: ListItem, depth: number, marker: string): string {
  const [first, ...rest] = item.children;
  const head = `${'  '.repeat(depth)}${marker} ${first ? inlineText(first) : ''}`;
  return [head, ...rest.map((child) => (child.type === 'list' ? blockText(child, depth + 1) : `${'  '.repeat(depth + 1)}${blockText(child, depth + 1)}`))].join('\n');
}

/**
 * A tag inside a line that breaks it, as a browser lays it out: `<br>`, and the blocks a flashcard's HTML
 * field writes inline (`<div>one</div><div>two</div>`, `<ul><li>…`).
 */
const LINE_TAG = /^<\/?(?:br|div|p|li|ul|ol|dl|dt|dd|tr|table|h[1-6]|blockquote|pre|hr|section|article)\b/i;

function inlineText(node: Nodes): string {
  if (node.type === 'inlineMath') return `\\(${node.value}\\)`;
  // A paragraph, a cell, an emphasis… that breaks its lines with raw HTML.
  if ('children' in node && (node.children as Nodes[]).some((child) => child.type === 'html' && LINE_TAG.test(child.value))) return linedText(node.children as Nodes[]);
  if (node.type === 'break') return '\n';
  if (node.type === 'image' || node.type === 'imageReference') return pictureText(node.alt ?? '');
  // Inline HTML is a tag: only a picture shows anything.
  if (node.type === 'html') return /<img\b/i.test(node.value) ? rawHtmlText(node.value) : '';
  if ('value' in node && typeof node.value === 'string') return node.value;
  if ('children' in node) {
    const children = node.children as Nodes[];
    return children.map((child, k) => (child.type === 'html' ? rubyParenthesis(children, k) : undefined) ?? inlineText(child)).join('');
  }
  return '';
}

/**
 * Text and inline HTML that breaks lines, as a browser shows them (html-text.ts): `one<br>two` is two lines,
 * each `<div>` one, an `<li>` an item. What is not raw HTML is its text, escaped, so it stays text.
 */
function linedText(children: readonly Nodes[]): string {
  const html = children.map((child) => (child.type === 'html' ? child.value : child.type === 'break' ? '<br>' : escapedText(inlineText(child)))).join('');
  // A line break written after a `<br>` is a space to the browser: no line starts with it. Blocks apart by
  // a line, as the answer's blocks are (`<p>` and `<p><br></p>` make blank lines to innerText).
  return rawHtmlText(html).replace(/[ \t]*\n[ \t\n]*/g, '\n');
}

/** Raw HTML as a browser shows it (html-text.ts), its pictures as their alt text where they stand. */
function rawHtmlText(html: string): string {
  return htmlTextShowing(html, (picture) => pictureText(picture.alt));
}

function pictureText(alt: string): string {
  return `[${alt.trim() || 'image'}]`;
}
