/**
 * PDF cheat-sheet export: a dense, printable sheet of the question bank
 * (landscape, columns, topic bands, one framed card per question, contents,
 * bookmarks, "n / N" footers), with Korean, math and code drawn properly.
 *
 * `renderPdf` is pure (bank in, bytes out); `exportPdf` writes the file
 * atomically. Both return diagnostics instead of throwing for bad content.
 */
import { join, resolve } from 'node:path';
import { writeFileAtomic } from '../atomic-write.js';
import { isPlainFileName } from '../plain-file-name.js';
import { DEFAULT_FILE_NAME } from './file-name.js';
import type { Diagnostic } from '../../report/diagnostic.js';
import { checkedBank } from '../../schema/bank-check.js';
import type { QuestionBank } from '../../schema/question-bank.js';
import { PDF_COLUMNS, PDF_COLUMNS_RANGE } from './columns.js';
import type { ReadFile } from '../answer-images.js';
import { renderSheet, type SheetOptions } from './render.js';

export type { Diagnostic };
export type { ReadFile };

export interface PdfRenderOptions {
  /** Title on the sheet and in the document info; default "Interview cheat sheet". */
  title?: string;
  /** Landscape paper; default A4. */
  paper?: 'A4' | 'Letter';
  /** Number of columns, within PDF_COLUMNS (1 to 6); default 3. */
  columns?: number;
  /** List questions without an answer in a final section; default false (left out). */
  includeUnanswered?: boolean;
  /** The folder the questions' occurrence paths are relative to, where answers' pictures are found; default the working directory. */
  sourceRoot?: string;
  /** Reads a picture file; default: the file system (as the deck's `readFile`). */
  readFile?: ReadFile;
}

export interface PdfExportOptions extends PdfRenderOptions {
  outDir: string;
  /** Default "qbank-cheatsheet.pdf". */
  fileName?: string;
}

export interface PdfRenderResult {
  bytes: Uint8Array;
  pages: number;
  diagnostics: Diagnostic[];
  /** The local picture files the answers asked for, drawn or not (sorted): what the sheet depends on besides the bank. */
  pictures: string[];
}

export interface PdfExportResult {
  file: string;
  pages: number;
  diagnostics: Diagnostic[];
  /** The local picture files the answers asked for, drawn or not (sorted). */
  pictures: string[];
}

export const DEFAULT_TITLE = 'Interview cheat sheet';
export const DEFAULT_COLUMNS = 3;

function resolveOptions(options: PdfRenderOptions, diagnostics: Diagnostic[]): SheetOptions {
  let columns = options.columns ?? DEFAULT_COLUMNS;
  if (!Number.isInteger(columns) || columns < PDF_COLUMNS.min || columns > PDF_COLUMNS.max) {
    const fixed = Number.isFinite(columns) ? Math.min(PDF_COLUMNS.max, Math.max(PDF_COLUMNS.min, Math.round(columns))) : DEFAULT_COLUMNS;
    diagnostics.push({
      severity: 'warning',
      ruleId: 'pdf-option',
      message: `columns must be ${PDF_COLUMNS_RANGE}; ${String(columns)} given, using ${fixed}.`,
    });
    columns = fixed;
  }
  if (options.paper !== undefined && options.paper !== 'A4' && options.paper !== 'Letter') {
    diagnostics.push({ severity: 'warning', ruleId: 'pdf-option', message: `paper must be A4 or Letter; ${String(options.paper)} given, using A4.` });
  }
  return {
    title: options.title?.trim() || DEFAULT_TITLE,
    paper: options.paper === 'Letter' ? 'Letter' : 'A4',
    columns,
    includeUnanswered: options.includeUnanswered ?? false,
    sourceRoot: resolve(options.sourceRoot ?? process.cwd()),
    ...(options.readFile ? { readFile: options.readFile } : {}),
  };
}

/** Render the cheat sheet to PDF bytes (nothing is written). The bank is checked first (schema/bank-check.ts). */
export async function renderPdf(bank: QuestionBank, options: PdfRenderOptions = {}): Promise<PdfRenderResult> {
  return renderChecked(checkedBank(bank, 'renderPdf'), options);
}

async function renderChecked(bank: QuestionBank, options: PdfRenderOptions): Promise<PdfRenderResult> {
  const diagnostics: Diagnostic[] = [];
  const sheet = await renderSheet(bank, resolveOptions(options, diagnostics));
  return { bytes: sheet.bytes, pages: sheet.pages, diagnostics: [...diagnostics, ...sheet.diagnostics], pictures: sheet.pictures };
}

/** Render the cheat sheet and write it to `outDir/fileName`, atomically (temp file, then rename). The bank is checked first. */
export async function exportPdf(bank: QuestionBank, options: PdfExportOptions): Promise<PdfExportResult> {
  const { fileName } = options;
  // A name, not a path: `../sheet.pdf` would write outside `outDir` (build() refuses it as --pdf-name too).
  if (fileName !== undefined && !isPlainFileName(fileName)) {
    throw new RangeError(`exportPdf: fileName takes a file name, not a path: ${fileName}`);
  }
  return writeSheet(checkedBank(bank, 'exportPdf'), options);
}

/** `exportPdf` of a bank known to be valid (a build's own). */
export async function writeSheet(bank: QuestionBank, options: PdfExportOptions): Promise<PdfExportResult> {
  const { outDir, fileName = DEFAULT_FILE_NAME, ...renderOptions } = options;
  const { bytes, pages, diagnostics, pictures } = await renderChecked(bank, renderOptions);
  // writeFileAtomic makes the output folder (atomic-write.ts), and says so when it cannot.
  const file = join(outDir, fileName);
  await writeFileAtomic(file, bytes);
  return { file, pages, diagnostics, pictures };
}
