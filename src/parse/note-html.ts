/**
 * HTML written into a Markdown note (a `<table>`, a `<dl>`), read as the Markdown it stands for: hast-util-from-html
 * parses it as a browser would (unclosed tags, entities) and hast-util-to-mdast turns it into mdast. Its nodes'
 * positions are taken back into the note, so that each question and answer read from it stands at its own line.
 */
import type { RootContent } from 'mdast';
import type { Point } from 'unist';
import { fromHtml } from 'hast-util-from-html';
import { toMdast, type Options } from 'hast-util-to-mdast';
import { visit } from 'unist-util-visit';

/** The blocks of `html`, the note's text from `start` (without it, the blocks have no positions); `options`: how elements are read. */
export function htmlBlocksInNote(html: string, start: Point | undefined, options?: Options): RootContent[] {
  const tree = toMdast(fromHtml(html, { fragment: true }), options);
  if (tree.type !== 'root') return [];
  visit(tree, (node) => {
    if (!node.position) return;
    if (start) node.position = { start: pointInNote(node.position.start, start), end: pointInNote(node.position.end, start) };
    else delete node.position;
  });
  return tree.children;
}

/** A point of the HTML read alone, in the note whose HTML starts at `start`. */
function pointInNote(point: Point, start: Point): Point {
  return {
    line: start.line + point.line - 1,
    column: point.line === 1 ? start.column + point.column - 1 : point.column,
    ...(point.offset !== undefined && start.offset !== undefined ? { offset: start.offset + point.offset } : {}),
  };
}
