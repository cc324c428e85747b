/**
 * A Jupyter notebook (`.ipynb`, whatever its name): its Markdown cells are
 * the note, its code cells fenced code blocks in the notebook's language, in
 * the order of the cells; outputs and raw cells are left out (a notebook's
 * outputs are what its code printed when last run, not what its author
 * wrote). The Markdown reader then reads it as any note (parse/index.ts), and
 * `lineOf` takes each line of that Markdown back to the line of the
 * notebook's file that holds it: nbformat writes each line of a cell's
 * source on a line of its own.
 */

export interface Notebook {
  markdown: string;
  /** How many cells' outputs were left out. */
  outputs: number;
  /** The line of the notebook's file a line of `markdown` came from (both 1-based). */
  lineOf(line: number): number;
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
  outputs?: unknown;
}

/** Whether a file may hold a notebook: JSON that names its nbformat. A cheap test: most notes are not JSON at all. */
export function mayBeNotebook(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && text.includes('"nbformat"');
}

/** The notebook a file holds, or undefined when it holds none (any other JSON, or text). */
export function readNotebook(text: string): Notebook | undefined {
  if (!mayBeNotebook(text)) return undefined;
  let parsed: { cells?: unknown; nbformat?: unknown; metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown } } };
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.nbformat !== 'number' || !Array.isArray(parsed.cells)) return undefined;
  const language = [parsed.metadata?.language_info?.name, parsed.metadata?.kernelspec?.language].find((name): name is string => typeof name === 'string' && /^[\w+#-]+$/.test(name)) ?? '';
  const sourceLines = sourceLinesOf(text);
  const cells = parsed.cells as Cell[];
  // Where each cell's source starts in the file; every cell has a `source` key, so the n-th is the n-th cell's.
  const located = sourceLines.length === cells.length;
  const pieces: string[] = [];
  /** Per cell written: where its Markdown starts, where its source starts in the file, and the lines its Markdown opens with (a fence). */
  const placed: Array<{ start: number; fileLine: number; opening: number }> = [];
  let line = 1;
  let outputs = 0;
  cells.forEach((cell, index) => {
    const source = Array.isArray(cell.source) ? cell.source.filter((piece): piece is string => typeof piece === 'string').join('') : typeof cell.source === 'string' ? cell.source : '';
    if (Array.isArray(cell.outputs) && cell.outputs.length > 0) outputs++;
    if (source.trim() === '' || (cell.cell_type !== 'markdown' && cell.cell_type !== 'code')) return;
    const body = source.replace(/\n+$/, '');
    const markdown = cell.cell_type === 'markdown' ? body : fenced(body, language);
    placed.push({ start: line, fileLine: located ? sourceLines[index]! : 1, opening: cell.cell_type === 'code' ? 1 : 0 });
    pieces.push(markdown);
    line += markdown.split('\n').length + 1;
  });
  const lineOf = (at: number): number => {
    let found: (typeof placed)[number] | undefined;
    for (const cell of placed) {
      if (cell.start > at) break;
      found = cell;
    }
    return found ? Math.max(found.fileLine, found.fileLine + at - found.start - found.opening) : 1;
  };
  return { markdown: pieces.join('\n\n') + '\n', outputs, lineOf };
}

/** A code cell as a fenced block, fenced longer than any run of backticks it holds. */
function fenced(code: string, language: string): string {
  const longest = Math.max(2, ...[...code.matchAll(/`+/g)].map((run) => run[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${language}\n${code}\n${fence}`;
}

/**
 * Per cell, in order, the line of the file where its source's first line stands: the line after
 * `"source": [`, or that line itself for a source written as one string.
 */
function sourceLinesOf(text: string): number[] {
  const lines: number[] = [];
  text.split('\n').forEach((line, index) => {
    const key = /^\s*"source"\s*:\s*(\[?)/.exec(line);
    if (!key) return;
    const opensList = key[1] === '[';
    // `"source": []` or `"source": ["one line"]` on one line: its text, if any, is on this line.
    lines.push(opensList && /\[\s*$/.test(line) ? index + 2 : index + 1);
  });
  return lines;
}
