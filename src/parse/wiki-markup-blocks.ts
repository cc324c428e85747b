/**
 * The blocks of a page copied as Textile's or Confluence's wiki markup, as the mdast Markdown gives for what they stand
 * for: a heading `hN. `, a paragraph `p. `, a quote `bq. `, code (`bc. `, `<pre>`, a Confluence code macro's) and a
 * table, where wiki-markup.ts and confluence-macros.ts found them in the note's lines.
 */
import type { Blockquote, Heading, RootContent, Table, TableRow } from 'mdast';
import type { WikiBlock } from './wiki-markup.js';
import { codeBlock, joined, lineParagraph, paragraphFrom, span, type Line } from './plain-text-nodes.js';

/** The code a Confluence code macro wraps from `start` on (confluence-macros.ts), its tags on lines of their own: a code block in the language it names. */
export function readMacroCode(lines: Line[], start: number, code: ReadonlyMap<number, { last: number; lang?: string }> | undefined): { nodes: RootContent[]; next: number } | undefined {
  const wrapped = code?.get(start);
  if (!wrapped) return undefined;
  const body = lines.slice(start, wrapped.last + 1);
  return { nodes: [codeBlock(body.map((l) => l.text), body[0]!, body.at(-1)!, wrapped.lang)], next: wrapped.last + 1 };
}

/** A block of Textile's or Confluence's wiki markup at `start` (wiki-markup.ts), as the Markdown it stands for. */
export function readWikiBlock(lines: Line[], start: number, block: Exclude<WikiBlock, { kind: 'macro' }>): { nodes: RootContent[]; next: number } {
  const line = lines[start]!;
  switch (block.kind) {
    case 'heading': {
      const said = paragraphFrom(line, line.text.slice(block.column), block.column + 1);
      const heading: Heading = { type: 'heading', depth: block.depth as Heading['depth'], children: said.children, position: span(line, line) };
      return { nodes: [heading], next: block.next };
    }
    case 'paragraph':
      return { nodes: [paragraphFrom(line, line.text.slice(block.column), block.column + 1)], next: block.next };
    case 'quote': {
      const said = joined([paragraphFrom(line, line.text.slice(block.column), block.column + 1), ...lines.slice(start + 1, block.next).map(lineParagraph)]);
      // Marked, as copied text reads no other quote: it is kept one (quoted-questions.ts).
      const quote: Blockquote = { type: 'blockquote', children: [said], position: span(line, lines[block.next - 1]!), data: { wikiMarkup: 'bq' } };
      return { nodes: [quote], next: block.next };
    }
    case 'code': {
      const body = lines.slice(block.first, block.last + 1);
      const code = body.map((each, k) => each.text.slice(0, k === body.length - 1 ? block.end : undefined).slice(k === 0 ? block.column : 0));
      return { nodes: [codeBlock(code, body[0]!, body.at(-1)!, block.lang)], next: block.next };
    }
    case 'table': {
      const rows = block.rows.map((cells, n): TableRow => {
        const row = lines[start + n]!;
        return { type: 'tableRow', children: cells.map((cell) => ({ type: 'tableCell', children: paragraphFrom(row, cell.text, cell.column + 1).children })), position: span(row, row) };
      });
      const table: Table = { type: 'table', align: block.rows[0]!.map(() => null), children: rows, position: span(line, lines[block.next - 1]!) };
      return { nodes: [table], next: block.next };
    }
  }
}

