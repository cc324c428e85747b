/**
 * Pandoc's own tables in a Markdown note (a Word document converted with `pandoc -t markdown`): simple,
 * multiline and grid tables (ruled-tables.ts reads them). Markdown reads their lines as paragraphs, rules and
 * setext headings (a multiline table's last row over its closing rule is a heading: the next question's topic);
 * here the blocks at a table's lines become the table, parsed from the pipe table it stands for (pipe-table.ts),
 * each row at its line of the file, and its caption (`: Common kernels`) read as one (table-captions.ts). The note's
 * text is left as written: its offsets stay those of the file.
 */
import type { Nodes, Parent, Root, RootContent, Table } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';
import { parseMarkdown } from './markdown.js';
import { pipeTable } from './pipe-table.js';
import { ProseReading } from './prose-lines.js';
import { pandocTableAt, type RuledTable } from './ruled-tables.js';
import { lineStarts } from './line-starts.js';
import { readTableCaption } from './table-captions.js';

/** A line a pandoc table has: a rule of dash runs, a full rule, a grid's border. */
const TABLE_RULE = /^ {0,3}(?:-{2,} +-|-{3,}[ \t]*$|\+[-=:]{2,}\+)/m;

/** The note's pandoc tables, each in place of the blocks Markdown made of its lines. `text`, `lines`: the note as parsed. */
export function readPandocTables(tree: Root, text: string, lines: readonly string[]): void {
  if (!TABLE_RULE.test(text)) return;
  const starts = lineStarts(lines);
  const placing: Placing[] = [];
  for (const table of tablesIn(lines)) {
    const node = tableNode(table, lines, starts);
    if (node) placing.push({ first: table.first + 1, last: table.last + 1, node });
  }
  placeTables(tree, placing);
}

/** The tables among the note's prose lines (not in code or math). */
function tablesIn(lines: readonly string[]): RuledTable[] {
  const tables: RuledTable[] = [];
  const reading = new ProseReading();
  for (let n = 0; n < lines.length; n++) {
    const table = reading.peek(lines[n]!).kind === 'prose' ? pandocTableAt(lines, n) : undefined;
    if (!table) {
      reading.read(lines[n]!);
      continue;
    }
    tables.push(table);
    for (; n <= table.last; n++) reading.read(lines[n]!);
    n--;
  }
  return tables;
}

/**
 * The table as mdast: its pipe table parsed, the table at the file's lines, its header row at the first and each
 * row at the lines its cells were read from, spread evenly (a row may take several lines, a rule one).
 */
function tableNode(table: RuledTable, lines: readonly string[], starts: readonly number[]): Table | undefined {
  const parsed = parseMarkdown(pipeTable(table.header, table.rows).join('\n')).tree.children;
  const node = parsed[0];
  if (parsed.length !== 1 || node?.type !== 'table') return undefined;
  const span = (first: number, last: number): Position => ({
    start: { line: first + 1, column: 1, offset: starts[first]! },
    end: { line: last + 1, column: lines[last]!.length + 1, offset: starts[last]! + lines[last]!.length },
  });
  const count = node.children.length;
  const size = (table.last - table.first + 1) / count;
  node.children.forEach((row, k) => {
    const first = table.first + Math.floor(k * size);
    const place = span(first, Math.max(first, table.first + Math.floor((k + 1) * size) - 1));
    visit(row, (inner: Nodes) => {
      inner.position = place;
    });
  });
  node.position = span(table.first, table.last);
  return node;
}

/** A table to put in the tree, at its first and last line (1-based). */
interface Placing {
  first: number;
  last: number;
  node: Table;
}

/**
 * Puts each table in place of the blocks of one parent that its lines hold, when they hold nothing else: in the
 * first parent, going down, some of whose children stand at its lines; a parent holding it with other lines in one
 * child goes on into that child. `placing` in line order; what is neither placed nor given up is returned. One
 * walk down for all the tables, children and tables read side by side (a walk of the whole tree for each table was
 * quadratic: 8,000 tables took 37 s).
 */
function placeTables(parent: Parent, placing: readonly Placing[]): Placing[] {
  const children = parent.children as RootContent[];
  const left: Placing[] = [];
  const down = new Map<Parent, Placing[]>();
  let next = 0;
  for (const table of placing) {
    while (next < children.length && (!children[next]!.position || children[next]!.position!.end.line < table.first)) next++;
    const inside: number[] = [];
    for (let k = next; k < children.length; k++) {
      const at = children[k]!.position;
      if (!at) continue;
      if (at.start.line > table.last) break;
      inside.push(k);
    }
    if (inside.length === 0) {
      left.push(table);
      continue;
    }
    const held = inside.every((k) => children[k]!.position!.start.line >= table.first && children[k]!.position!.end.line <= table.last);
    if (held) {
      // As the blocks' place: the caption of each table is read before the next one's is looked for.
      children.splice(inside[0]!, inside.length, table.node);
      readTableCaption(children, inside[0]!);
      next = inside[0]! + 1;
      continue;
    }
    // A container that holds the table with other lines: its children may hold the table alone.
    const only = children[inside[0]!]!;
    if (inside.length === 1 && 'children' in only) down.set(only, [...(down.get(only) ?? []), table]);
  }
  for (const [child, tables] of down) left.push(...placeTables(child, tables));
  // A block without a place in the file (made by a reader above) may hold blocks that have one.
  let unplaced = left.sort((a, b) => a.first - b.first);
  for (const child of children) if (!child.position && 'children' in child && unplaced.length > 0) unplaced = placeTables(child, unplaced);
  return unplaced;
}
