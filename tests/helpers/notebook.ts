/** Notebooks written as Jupyter writes them, for the tests that read them. */

export interface CellSpec {
  type: 'markdown' | 'code' | 'raw';
  source: string[];
  outputs?: unknown[];
}

/** A notebook as Jupyter writes one: nbformat 4, one space of indentation, keys sorted, a source line a line. */
export function notebook(cells: CellSpec[], language = 'python'): string {
  const json = {
    cells: cells.map(({ type, source, outputs }) => ({ cell_type: type, metadata: {}, source, ...(type === 'code' ? { execution_count: null, outputs: outputs ?? [] } : {}) })),
    metadata: { kernelspec: { display_name: 'Python 3', language, name: 'python3' }, language_info: { name: language } },
    nbformat: 4,
    nbformat_minor: 5,
  };
  return `${JSON.stringify(json, sortedKeys, 1)}\n`;
}

/** Cells from a compact list: a string is a Markdown cell of that text, `{ code }` a code cell. */
export function cellsOf(...cells: Array<string | { code: string }>): CellSpec[] {
  return cells.map((cell) => (typeof cell === 'string' ? { type: 'markdown', source: linesOf(cell) } : { type: 'code', source: linesOf(cell.code) }));
}

/** A cell's source as Jupyter splits it: each line with its line feed, the last without. */
function linesOf(text: string): string[] {
  if (text === '') return [];
  return text.split('\n').map((line, k, all) => (k < all.length - 1 ? `${line}\n` : line));
}

function sortedKeys(_key: string, value: unknown): unknown {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return value;
  return Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1)));
}
