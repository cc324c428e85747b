/**
 * A Jupyter notebook (`.ipynb`, whatever its name): its Markdown cells are
 * the note, its code cells fenced code blocks in the notebook's language, in
 * the order of the cells; outputs and raw cells are left out (a notebook's
 * outputs are what its code printed when last run, not what its author
 * wrote). The Markdown reader then reads it as any note (parse/index.ts), and
 * `lineOf` takes each line of that Markdown back to the line of the
 * notebook's file that writes it, found by its JSON text (`SourceLocator`).
 *
 * Where its cells begin and end says what the Markdown cannot (`markCells`): an exercise
 * notebook writes each task as a cell of one sentence, the code cell under it its solution, and
 * leaves that code cell empty for the reader to fill. An empty code cell after a Markdown cell is
 * written as an empty code block, the place of the code to write.
 */
import type { Code, Root } from 'mdast';
import { toMarkdown } from 'mdast-util-to-markdown';
import { mayBeNotebook } from './text-kind.js';

declare module 'mdast' {
  interface CodeData {
    /** Written from a notebook's code cell (not a fence in a Markdown cell): the line of the file each of its lines is on. */
    codeCell?: { fileLines: number[] };
  }
  interface ParagraphData {
    /**
     * A paragraph that opens a notebook's Markdown cell: where the cell ends (an offset in the Markdown read, as
     * its blocks' positions are), whether the paragraph is the whole cell, and the kind of the cell after it (none:
     * the last).
     */
    cell?: { end: number; whole: boolean; next: 'markdown' | 'code' | undefined };
  }
}

export interface Notebook {
  markdown: string;
  /** How many cells' outputs were left out. */
  outputs: number;
  /** The line of the notebook's file a line of `markdown` came from (both 1-based). */
  lineOf(line: number): number;
  /** Each cell written, with where it stands in `markdown` (offsets, its end excluded). */
  cells: WrittenCell[];
}

export interface WrittenCell {
  type: 'markdown' | 'code';
  start: number;
  end: number;
  /** A code cell's: the line of the file each line of its source is on. */
  fileLines?: number[];
}

interface Cell {
  cell_type?: unknown;
  source?: unknown;
  /** nbformat 3 keeps a code cell's source here. */
  input?: unknown;
  /** nbformat 3's heading cell: its depth. */
  level?: unknown;
  outputs?: unknown;
}

interface ParsedNotebook {
  cells?: unknown;
  /** nbformat 3: the cells are in its one worksheet. */
  worksheets?: Array<{ cells?: unknown }>;
  nbformat?: unknown;
  metadata?: { kernelspec?: { language?: unknown }; language_info?: { name?: unknown }; language?: unknown };
}

/** The notebook a file holds, or undefined when it holds none (any other JSON, or text). nbformat 3 and 4 are read. */
export function readNotebook(text: string): Notebook | undefined {
  if (!mayBeNotebook(text)) return undefined;
  let parsed: ParsedNotebook;
  try {
    parsed = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch {
    return undefined;
  }
  if (typeof parsed !== 'object' || parsed === null || typeof parsed.nbformat !== 'number') return undefined;
  const cells = Array.isArray(parsed.cells) ? parsed.cells : parsed.worksheets?.flatMap((sheet) => (Array.isArray(sheet?.cells) ? sheet.cells : []));
  if (!cells) return undefined;
  const { metadata } = parsed;
  const language = [metadata?.language_info?.name, metadata?.kernelspec?.language, metadata?.language].find((name): name is string => typeof name === 'string' && /^[\w+#-]+$/.test(name)) ?? '';
  const locate = new SourceLocator(text);
  const pieces: string[] = [];
  /** Per line of the Markdown written (from 1), the line of the file it came from (0: none; the line above's). */
  const fileLineOf: number[] = [0];
  let outputs = 0;
  const writtenCells: WrittenCell[] = [];
  let offset = 0;
  for (const cell of cells as Cell[]) {
    if (Array.isArray(cell.outputs) && cell.outputs.length > 0) outputs++;
    if (cell.cell_type !== 'markdown' && cell.cell_type !== 'code' && cell.cell_type !== 'heading') continue;
    const written = cell.cell_type === 'code' && cell.source === undefined ? cell.input : cell.source;
    const parts = Array.isArray(written) ? written.filter((piece): piece is string => typeof piece === 'string') : typeof written === 'string' ? [written] : [];
    // The source's lines, each with the line of the file where it starts: a part is a line of the source, as
    // Jupyter writes them, or the whole source in one string (each of its lines then at that string's line).
    // Windows line ends inside the JSON strings (`"…\r\n"`) are line ends.
    const sourceLines: Array<{ text: string; fileLine: number }> = [];
    let current: { text: string; fileLine: number } | undefined;
    for (const part of parts) {
      const fileLine = locate.next(part);
      part
        .replace(/\r\n?/g, '\n')
        .split('\n')
        .forEach((piece, k, all) => {
          if (k > 0) {
            sourceLines.push(current ?? { text: '', fileLine });
            current = undefined;
          }
          // After a part's last line feed, the next line starts in the next part, on its own line of the file.
          if (k > 0 && k === all.length - 1 && piece === '') return;
          current ??= { text: '', fileLine };
          current.text += piece;
        });
    }
    if (current) sourceLines.push(current);
    while (sourceLines.length > 0 && sourceLines.at(-1)!.text.trim() === '') sourceLines.pop();
    // nbformat 3 writes a heading as a cell of its own, its depth apart: a Markdown heading of one line.
    if (cell.cell_type === 'heading' && sourceLines.length > 0) {
      const depth = typeof cell.level === 'number' && cell.level >= 1 ? Math.min(6, Math.floor(cell.level)) : 1;
      sourceLines.splice(0, sourceLines.length, { text: `${'#'.repeat(depth)} ${sourceLines.map((entry) => entry.text.trim()).join(' ')}`, fileLine: sourceLines[0]!.fileLine });
    }
    const fenced = cell.cell_type === 'code';
    // An empty code cell matters only under a Markdown cell: the place of the code its task asks for.
    if (sourceLines.length === 0 && !(fenced && writtenCells.at(-1)?.type === 'markdown')) continue;
    const body = sourceLines.map((entry) => entry.text).join('\n');
    if (pieces.length > 0) {
      fileLineOf.push(0);
      offset += 2;
    }
    // A code cell's fences stand at its first line and right after its last (an empty one's at the line above).
    if (fenced) fileLineOf.push(sourceLines[0]?.fileLine ?? 0);
    for (const entry of sourceLines) fileLineOf.push(entry.fileLine);
    if (fenced) fileLineOf.push(0);
    const piece = fenced ? codeBlock(body, language) : body;
    pieces.push(piece);
    writtenCells.push({ type: fenced ? 'code' : 'markdown', start: offset, end: offset + piece.length, ...(fenced ? { fileLines: sourceLines.map((entry) => entry.fileLine) } : {}) });
    offset += piece.length;
  }
  const lineOf = (at: number): number => {
    for (let line = Math.min(at, fileLineOf.length - 1); line > 0; line--) if (fileLineOf[line]) return fileLineOf[line]!;
    return 1;
  };
  return { markdown: pieces.join('\n\n') + '\n', outputs, lineOf, cells: writtenCells };
}

/**
 * Marks each paragraph of `tree` (read from a notebook's `markdown`, offsets unchanged) that opens a Markdown cell,
 * with where the cell ends, whether it is the whole cell and the kind of the next cell (`ParagraphData.cell`), and
 * each code block written from a code cell (`CodeData.codeCell`).
 */
export function markCells(tree: Root, notebook: Pick<Notebook, 'markdown' | 'cells'>): void {
  const { markdown, cells } = notebook;
  let at = 0;
  for (const block of tree.children) {
    const start = block.position?.start.offset;
    const end = block.position?.end.offset;
    if (start === undefined || end === undefined) continue;
    while (at < cells.length && cells[at]!.end <= start) at++;
    const cell = cells[at];
    if (block.type === 'code' && cell?.type === 'code' && start >= cell.start) block.data = { ...block.data, codeCell: { fileLines: cell.fileLines ?? [] } };
    if (block.type !== 'paragraph' || cell?.type !== 'markdown' || start < cell.start || markdown.slice(cell.start, start).trim() !== '') continue;
    const whole = end <= cell.end && markdown.slice(end, cell.end).trim() === '';
    block.data = { ...block.data, cell: { end: cell.end, whole, next: cells[at + 1]?.type } };
  }
}

/**
 * Finds, in order, the line of the file where each string of the notebook's sources is written: the JSON
 * text of the string, searched from where the last one was found (outputs and metadata between are skipped).
 * A string the file writes otherwise (`\\u` escapes) is at the line of the last one found.
 */
class SourceLocator {
  private from = 0;
  private line = 1;
  private lineAt = 0;

  constructor(private readonly text: string) {}

  next(part: string): number {
    const at = this.text.indexOf(JSON.stringify(part), this.from);
    if (at < 0) return this.line;
    for (let k = this.lineAt; k < at; k++) if (this.text.charCodeAt(k) === 10) this.line++;
    this.lineAt = at;
    this.from = at + 1;
    return this.line;
  }
}

/** A code cell as Markdown writes a fenced block (its fence longer than any run of backticks in it). */
function codeBlock(value: string, language: string): string {
  const code: Code = { type: 'code', lang: language || null, value };
  return toMarkdown(code, { fences: true }).replace(/\n$/, '');
}
