/**
 * A flashcard field written in HTML, as Anki's export says its fields are (`#html:true`): read as the HTML it is,
 * as an HTML table's cells are (extract/html-table.ts: hast-util-from-html, then hast-util-to-mdast), so that its
 * `<br>`, `<i>` and `<ul><li>` are a line break, emphasis and a list, and its entities (`&nbsp;`, `&lt;`) their
 * characters. Read as Markdown, that HTML stayed in the answer as written. Formulas in its text (`\(x^2\)`, `$x$`)
 * stay formulas, and parentheses in its links' URLs are escaped, as on an HTML page (html-page.ts).
 */
import type { BlockContent, Paragraph, PhrasingContent } from 'mdast';
import { phrasing } from 'mdast-util-phrasing';
import { fromHtml } from 'hast-util-from-html';
import { toMdast } from 'hast-util-to-mdast';
import { keepFormulas, withoutParensInUrls } from './html-page.js';

/** A tag (`<br>`, `</i>`, `<!-- … -->`) or an entity (`&nbsp;`, `&#39;`): what makes a field's text HTML and not its words alone. */
const HTML_MARKUP = /<[a-z/!]|&(?:[a-z]+|#\d+|#x[\da-f]+);/i;

/** Whether a field holds HTML markup: one without is its own text, read as any field is. */
export function holdsHtml(text: string): boolean {
  return HTML_MARKUP.test(text);
}

/**
 * The field's content, its positions those of `html`: inline content when it is inline alone or paragraphs (one line
 * each, a break between them, as a Markdown field's blocks are put), else its blocks (a list, a quote) with the
 * paragraphs around them, as an HTML table's cell keeps them.
 */
export function htmlFieldContent(html: string): Array<PhrasingContent | BlockContent> {
  const tree = toMdast(fromHtml(html, { fragment: true }));
  if (tree.type !== 'root') return [];
  keepFormulas(tree);
  withoutParensInUrls(tree);
  const children = tree.children as Array<PhrasingContent | BlockContent>;
  if (!children.every((child) => child.type === 'paragraph' || phrasing(child))) return children.map(placed);
  const out: PhrasingContent[] = [];
  children.forEach((child, index) => {
    const paragraph = child.type === 'paragraph';
    if (index > 0 && (paragraph || children[index - 1]!.type === 'paragraph')) out.push({ type: 'break' });
    out.push(...(paragraph ? child.children : [child as PhrasingContent]));
  });
  const parts = paragraphsOf(out);
  return parts.length > 1 ? parts.map((part) => placed({ type: 'paragraph', children: part })) : out;
}

/**
 * Inline content parted where a line is left blank (`<br><br>`, as Anki's editor writes an empty line): each part a
 * paragraph. Kept as breaks, the blank line was a line holding a backslash alone in the answer's Markdown.
 */
function paragraphsOf(nodes: readonly PhrasingContent[]): PhrasingContent[][] {
  const parts: PhrasingContent[][] = [[]];
  for (const [index, node] of nodes.entries()) {
    const part = parts.at(-1)!;
    if (node.type === 'break' && nodes[index + 1]?.type === 'break') {
      if (part.length > 0) parts.push([]);
    } else if (!(node.type === 'break' && part.length === 0)) part.push(node);
  }
  return parts.filter((part) => part.length > 0);
}

/** A paragraph hast-util-to-mdast made of a run of inline content has no place: it is given its content's. */
function placed(block: PhrasingContent | BlockContent): PhrasingContent | BlockContent {
  if (block.type !== 'paragraph' || block.position) return block;
  const start = block.children[0]?.position?.start;
  const end = block.children.at(-1)?.position?.end;
  return start && end ? ({ ...block, position: { start: { ...start }, end: { ...end } } } satisfies Paragraph) : block;
}
