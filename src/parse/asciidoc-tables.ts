/**
 * An AsciiDoc table (`|===` … `|===`) as Markdown writes it, line for line (asciidoc-note.ts reads the rest of
 * the note). A table whose first row a blank line ends (its header row, as Asciidoctor reads it) and whose rows
 * are each one line of cells (`| a | b`), no blank line between them, is a Markdown table: its header row, the
 * delimiter row on the blank line, its rows. Markdown has no line to write the delimiter row on for any other
 * (no header, a cell to a line, rows set apart), so its rows are text, their cells apart by ` | `, a row to a line.
 */

import { pipeRow, pipeRule } from './pipe-table.js';

/**
 * The table opened at line `open` (0-based) by `delimiter`, as Markdown, by line. `header`: its `options="header"`
 * or `%noheader` (undefined: neither, the blank line after the first row telling). `cell` reads a cell's text.
 */
export function tableLines(lines: readonly string[], open: number, delimiter: string, header: boolean | undefined, cell: (text: string) => string): Map<number, string> {
  const separator = delimiter[0]!;
  let close = open + 1;
  while (close < lines.length && lines[close]!.trimEnd() !== delimiter) close++;
  const rows: Array<{ line: number; cells: string[] | undefined }> = [];
  for (let n = open + 1; n < close; n++) if (lines[n]!.trim() !== '') rows.push({ line: n, cells: cellsOf(lines[n]!, separator) });
  const out = new Map<number, string>();
  const columns = rows[0]?.cells?.length ?? 0;
  const headed = rows.length > 1 && header !== false && rows[1]!.line === rows[0]!.line + 2 && columns > 0;
  const table = headed && rows.every((row, k) => row.cells?.length === columns && (k < 2 || row.line === rows[k - 1]!.line + 1));
  if (table) {
    for (const row of rows) out.set(row.line, pipeRow(row.cells!.map((text) => cell(text.trim()))));
    out.set(rows[0]!.line + 1, pipeRule(columns));
    return out;
  }
  for (const row of rows) {
    const cells = row.cells ?? [lines[row.line]!];
    const next = rows.find((later) => later.line === row.line + 1);
    // A row to a line: a hard break between rows set one under another, which Markdown would join.
    out.set(row.line, `${cells.map((text) => cell(text.trim())).join(' | ')}${next ? '\\' : ''}`);
  }
  return out;
}

/** A row's cells (`| a | b`, `\|` a bar in a cell), or undefined for a line that opens with no bar (a cell's spec, `2+|`, or its text going on). */
function cellsOf(line: string, separator: string): string[] | undefined {
  const trimmed = line.trim();
  if (!trimmed.startsWith(separator)) return undefined;
  const cells: string[] = [];
  let current = '';
  for (let k = 1; k < trimmed.length; k++) {
    const c = trimmed[k]!;
    if (c === '\\' && trimmed[k + 1] === separator) {
      current += separator;
      k++;
    } else if (c === separator) {
      cells.push(current);
      current = '';
    } else current += c;
  }
  cells.push(current);
  return cells;
}
