/**
 * A table written in HTML, as Confluence, Word and wiki exports put one into
 * Markdown (`<table>`, rows of `<td>` cells, the header row bold or `<th>`),
 * read as the Markdown table it stands for, so that a table of questions
 * (question-table.ts) is one whatever it is written in. hast-util-from-html
 * parses it as a browser would (unclosed cells, entities) and
 * hast-util-to-mdast turns it into mdast: its cells keep their markup, a
 * cell of paragraphs, code or a list keeps those blocks (parse/note-html.ts).
 * Positions point into the note.
 */
import type { Html, Table } from 'mdast';
import { htmlBlocksInNote } from '../parse/note-html.js';

/** An HTML block that is one table and nothing else. */
const ONE_TABLE = /^\s*<table\b[\s\S]*<\/table>\s*$/i;

/** Each block is read once: the construct survey and the extractor both ask (constructs.ts, walk/blocks.ts). */
const read = new WeakMap<Html, Table | null>();

/** The table an HTML block holds, when it holds exactly one. */
export function tableOfHtml(block: Html): Table | undefined {
  let table = read.get(block);
  if (table === undefined) read.set(block, (table = readTable(block) ?? null));
  return table ?? undefined;
}

function readTable(block: Html): Table | undefined {
  if (!ONE_TABLE.test(block.value)) return undefined;
  const [table, ...more] = htmlBlocksInNote(block.value, block.position?.start);
  if (table?.type !== 'table' || more.length > 0) return undefined;
  // A table without header cells gets an empty header row, made up (no position): its first row names the columns.
  const [made, ...rows] = table.children;
  if (made && !made.position && rows.length > 0 && made.children.every((cell) => cell.children.length === 0)) table.children = rows;
  return table;
}
