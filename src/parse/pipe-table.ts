/**
 * A table as Markdown (GFM) writes it: rows of cells between bars, the delimiter row under the header. The
 * readers of other markups (AsciiDoc, Scrapbox, LaTeX, rst, pandoc's own tables) write their tables with it, so a
 * cell is escaped once and a row written one way.
 */

/** A row of cells as a pipe table's row, `| a | b |`: a bar in a cell escaped (it would end the cell), `width` cells (missing ones empty). */
export function pipeRow(cells: readonly string[], width = cells.length): string {
  return `| ${Array.from({ length: width }, (_, k) => (cells[k] ?? '').replace(/\|/g, '\\|')).join(' | ')} |`;
}

/** The delimiter row under a pipe table's header, `| --- | --- |`, a `---` to a column. */
export function pipeRule(columns: number): string {
  return `|${' --- |'.repeat(columns)}`;
}

/**
 * A table's lines as a pipe table: its header row (one of empty cells for a table without a header, as Markdown
 * needs one), the rule, its rows; as wide as its widest row.
 */
export function pipeTable(header: readonly string[] | undefined, rows: readonly (readonly string[])[]): string[] {
  const width = Math.max(header?.length ?? 0, ...rows.map((cells) => cells.length));
  return [pipeRow(header ?? [], width), pipeRule(width), ...rows.map((cells) => pipeRow(cells, width))];
}
