/**
 * Textile's phrase markup in a wiki page copied as its source (wiki-markup.ts tells the note is one): `*bold*` and
 * `**bold**` as Markdown's bold, `_em_` and `__em__` as emphasis, `@code@` as a code span, and `"words":https://…`
 * as a link (its `(title)` left out). Copied text reads no inline markup, so the marks stood in the answer as
 * written, escaped. A mark opens after a space, the line's start or an opening bracket or quote, and closes before
 * what is no Latin letter or digit: `2*3*4` and `snake_case_name` mark nothing, but a Korean particle may follow
 * (`*가중치 감쇠*라고도`).
 */
import type { Nodes, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { visit } from 'unist-util-visit';

/** Before a mark that opens: the text's start, a space, or an opening bracket or quote. */
const OPENS = String.raw`(?<=^|[\s(\[{"'“‘])`;
/** After a mark that closes: the text's end, or anything but a Latin letter, a digit or the mark again. */
const CLOSES = String.raw`(?![A-Za-z0-9])`;

const PHRASE = new RegExp(
  [
    String.raw`${OPENS}@(?<code>[^@\s](?:[^@]*[^@\s])?)@${CLOSES}`,
    String.raw`${OPENS}"(?<words>[^"\s](?:[^"]*?[^"\s])?)(?:\((?<title>[^()"]*)\))?":(?<url>(?:https?:\/\/|mailto:|\/)[^\s"<>]*[^\s"<>.,;:!?)'])`,
    String.raw`${OPENS}(?<star>\*\*?)(?<strong>[^*\s](?:[^*]*[^*\s])?)\k<star>(?!\*)${CLOSES}`,
    String.raw`${OPENS}(?<line>__?)(?<em>[^_\s](?:[^_]*[^_\s])?)\k<line>(?!_)${CLOSES}`,
  ].join('|'),
  'gu',
);

/** Reads the phrase markup in the text of `children`, outside code. */
export function readTextileInline(children: RootContent[]): void {
  const root: Root = { type: 'root', children };
  visit(root, 'text', (node: Text, index, parent: Parent | undefined) => {
    if (!parent || index === undefined || parent.type === 'link') return undefined;
    const read = phrasesOf(node.value, node.position?.start);
    if (read.length === 1 && read[0]!.type === 'text') return undefined;
    parent.children.splice(index, 1, ...(read as Nodes[] as Parent['children']));
    // The nodes put in its place are read: the next text is past them.
    return index + read.length;
  });
}

/** A text's phrases as mdast, each at its place in the file (the text starting at `start`, on one line). */
function phrasesOf(text: string, start: Point | undefined): PhrasingContent[] {
  const out: PhrasingContent[] = [];
  const at = (k: number): Point | undefined => start && { line: start.line, column: start.column + k, ...(start.offset === undefined ? {} : { offset: start.offset + k }) };
  const placed = <Node extends PhrasingContent>(node: Node, from: number, to: number): Node => {
    const [first, last] = [at(from), at(to)];
    return first && last ? { ...node, position: { start: first, end: last } } : node;
  };
  let last = 0;
  for (const match of text.matchAll(PHRASE)) {
    const from = match.index;
    const to = from + match[0].length;
    const found = match.groups!;
    if (from > last) out.push(placed({ type: 'text', value: text.slice(last, from) }, last, from));
    if (found['code'] !== undefined) out.push(placed({ type: 'inlineCode', value: found['code'] }, from, to));
    else if (found['url'] !== undefined) out.push(placed({ type: 'link', url: found['url'], title: null, children: phrasesOf(found['words']!, at(from + 1)) }, from, to));
    else if (found['strong'] !== undefined) out.push(placed({ type: 'strong', children: phrasesOf(found['strong'], at(from + found['star']!.length)) }, from, to));
    else out.push(placed({ type: 'emphasis', children: phrasesOf(found['em']!, at(from + found['line']!.length)) }, from, to));
    last = to;
  }
  if (last === 0) return [{ type: 'text', value: text, ...(start ? { position: { start, end: at(text.length)! } } : {}) }];
  if (last < text.length) out.push(placed({ type: 'text', value: text.slice(last) }, last, text.length));
  return out;
}
