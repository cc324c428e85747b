/**
 * A Word document through `pandoc -t markdown` may cite a footnote with the number Word showed, escaped
 * (`outliers\[1\].`), over the footnote's definition (`[^1]: See Hands-On ML, ch. 2.`): Markdown reads the
 * marker as text and the footnote as one nothing cites. Where a note defines a numbered footnote that nothing
 * cites, its number in brackets, escaped or right after a word (`outliers[1]`), is read as the reference
 * `[^1]`. Only such numbers: a `[2]` with no uncited `[^2]:` stays text, as does a marker in a link's words or
 * in a footnote's own text.
 */
import type { FootnoteReference, Nodes, Parents, PhrasingContent, Root, Text } from 'mdast';
import type { Point } from 'unist';
import { visit, SKIP } from 'unist-util-visit';

/** A number in brackets, as the text shows it once its escapes are read. */
const MARKER = /\[(\d+)\]/g;

export function readEscapedFootnoteMarkers(tree: Root, source: string, toPoint: (offset: number) => Point | undefined): void {
  const uncited = uncitedNumbers(tree);
  if (uncited.size === 0) return;
  visit(tree, (node, index, parent) => {
    if (node.type === 'footnoteDefinition' || node.type === 'link' || node.type === 'linkReference') return SKIP;
    if (node.type !== 'text' || parent === undefined || index === undefined || !node.value.includes('[')) return undefined;
    const pieces = withReferences(node, source, uncited, toPoint);
    if (pieces.length === 1) return undefined;
    (parent as Parents).children.splice(index, 1, ...(pieces as never[]));
    return index + pieces.length;
  });
}

/** The numbers of the footnotes the note defines and nothing cites. */
function uncitedNumbers(tree: Root): Set<string> {
  const defined = new Set<string>();
  const cited = new Set<string>();
  visit(tree, (node: Nodes) => {
    if (node.type === 'footnoteDefinition' && /^\d+$/.test(node.identifier)) defined.add(node.identifier);
    else if (node.type === 'footnoteReference') cited.add(node.identifier);
  });
  return new Set([...defined].filter((number) => !cited.has(number)));
}

/** The text node as text and the references its markers stand for; itself alone when it has none. */
function withReferences(node: Text, source: string, uncited: ReadonlySet<string>, toPoint: (offset: number) => Point | undefined): PhrasingContent[] {
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return [node];
  const written = source.slice(start, end);
  const pieces: PhrasingContent[] = [];
  let from = 0; // in the node's value
  let searched = 0; // in what the source writes
  for (const marker of node.value.matchAll(MARKER)) {
    const number = marker[1]!;
    if (!uncited.has(number)) continue;
    // Where the source writes it: escaped (`\[1\]`, `\[1]`), or as the text shows it, right after its word.
    const writing = new RegExp(String.raw`(\\)?\[${number}\\?\]`, 'g');
    writing.lastIndex = searched;
    const found = writing.exec(written);
    if (!found) continue;
    if (found[1] === undefined && !(marker.index > 0 && /[\p{L}\p{N}]/u.test(node.value[marker.index - 1]!))) {
      searched = found.index + found[0].length;
      continue;
    }
    const at = found.index;
    const length = found[0].length;
    if (marker.index > from) pieces.push({ type: 'text', value: node.value.slice(from, marker.index) });
    const reference: FootnoteReference = { type: 'footnoteReference', identifier: number, label: number };
    const placeStart = toPoint(start + at);
    const placeEnd = toPoint(start + at + length);
    if (placeStart && placeEnd) reference.position = { start: placeStart, end: placeEnd };
    pieces.push(reference);
    from = marker.index + marker[0].length;
    searched = at + length;
  }
  if (pieces.length === 0) return [node];
  if (from < node.value.length) pieces.push({ type: 'text', value: node.value.slice(from) });
  return pieces;
}
