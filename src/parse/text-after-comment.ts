/**
 * Text on the line an HTML comment closes (`<!-- Exploding gradients. --> Clip by global norm.`): Markdown's HTML
 * block runs to the end of that line, so the visible text would be read as raw HTML, which no answer keeps. As a
 * preview shows it, the comment is hidden and the text after it is a paragraph of its own.
 */
import type { Html, Paragraph, Root } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown.js';

/** A comment, then text on its closing line that opens no HTML of its own. */
const COMMENT_THEN_TEXT = /^(<!--[\s\S]*?-->)([ \t]*)([^<\s][^\n]*)$/;

/**
 * Splits, in place, each HTML block that is a comment with text after it on its last line into the comment and a
 * paragraph of that text. `text`: the note as parsed; most notes hold no comment, and their tree is not walked.
 */
export function readTextAfterComments(tree: Root, text: string): void {
  if (!text.includes('<!--')) return;
  visit(tree, 'html', (node: Html, index, parent) => {
    if (!parent || index === undefined || !node.value.startsWith('<!--') || !node.position) return undefined;
    const match = COMMENT_THEN_TEXT.exec(node.value);
    if (!match) return undefined;
    const [, comment, space, text] = match as unknown as [string, string, string, string];
    const start = at(node.position.start, comment + space);
    const paragraph = parseMarkdown(text).tree.children[0];
    if (paragraph?.type !== 'paragraph') return undefined;
    visit(paragraph, (inner) => {
      if (inner.position) inner.position = { start: shifted(inner.position.start, start), end: shifted(inner.position.end, start) };
    });
    const html: Html = { type: 'html', value: comment, position: { start: node.position.start, end: start } };
    (parent.children as Array<Html | Paragraph>).splice(index, 1, html, { ...paragraph, ...(node.data ? { data: node.data } : {}) } as Paragraph);
    return index + 2;
  });
}

/** The point `written` moves past from `from`. */
function at(from: Point, written: string): Point {
  const lines = written.split('\n');
  const line = from.line + lines.length - 1;
  const column = lines.length === 1 ? from.column + written.length : lines.at(-1)!.length + 1;
  return { line, column, ...(from.offset === undefined ? {} : { offset: from.offset + written.length }) };
}

/** A point of a text parsed alone, moved to where that text starts in the note (`origin`); the text is one line. */
function shifted(point: Point, origin: Point): Point {
  return {
    line: origin.line,
    column: origin.column + point.column - 1,
    ...(origin.offset === undefined || point.offset === undefined ? {} : { offset: origin.offset + point.offset }),
  };
}
