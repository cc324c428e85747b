/**
 * A spreadsheet saved as CSV or TSV (a Google Sheets or Excel download, a Kaggle dataset of
 * interview questions) is read as the table it is: its first row the header, each row below a
 * row, each field's text read as Markdown, as a flashcard's field is (card-export.ts). Whether it
 * is a table of questions, and which columns ask and answer, is the extract stage's to say, as for
 * a table in a note (question-table.ts); parse/index.ts reports a sheet that is none as data.
 *
 * Fields are quoted as RFC 4180 quotes them (a separator, a line break or a quote inside `"…"`,
 * the quote doubled). A TSV's are separated by tabs; a CSV's by commas, or by semicolons, as Excel
 * writes CSV where the comma is the decimal mark: its first line `sep=;` says so, or else its first
 * row has more fields split at semicolons than at commas.
 */
import type { PhrasingContent, Table, TableRow } from 'mdast';
import type { Point } from 'unist';
import { location } from 'vfile-location';
import { phrasingOf, separatedRow, type Field, type FieldSeparator } from './card-export.js';
import { readWikilinks } from './wikilinks.js';

declare module 'mdast' {
  interface TableData {
    /** Read from a spreadsheet: its columns may be named as a flashcard's fields (question-table.ts). */
    spreadsheet?: boolean;
  }
}

export interface Spreadsheet {
  /** The header row, then every row that holds something (rows of empty fields are blank lines). */
  table: Table;
  /** Where a field's `%%` opens a comment nothing in the field closes (kept as text). */
  unclosedComments: Point[];
  /** Where a quote opens a field and nothing closes it (kept as text, the field ending at its line). */
  unclosedQuotes: Point[];
  /** Rows with more fields than the first row names, whose extra fields were joined to the last (their starts). */
  joinedRows: Point[];
}

/** Whether a file is a spreadsheet saved as text, by its name, and what separates its fields as far as the name says. */
export function spreadsheetKind(file: string): 'csv' | 'tsv' | undefined {
  const extension = /\.(csv|tsv)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'tsv' ? extension : undefined;
}

/** The sheet as a table, its fields split at `separator` when given; undefined when it holds nothing. */
export function readSpreadsheet(text: string, kind: 'csv' | 'tsv', given?: FieldSeparator): Spreadsheet | undefined {
  let start = text.startsWith('\uFEFF') ? 1 : 0;
  const declared = /^sep=([,;\t])(?:\n|$)/.exec(text.slice(start, start + 6));
  if (declared) start += declared[0].length;
  const separator = given ?? (declared ? (declared[1] as FieldSeparator) : kind === 'tsv' ? '\t' : csvSeparator(text, start));

  const places = location(text);
  const pointAt = (offset: number): Point => {
    const point = places.toPoint(offset)!;
    return { line: point.line, column: point.column, offset };
  };
  const unclosedComments: Point[] = [];
  const rowOf = (fields: Field[]): TableRow => ({
    type: 'tableRow',
    children: fields.map((field) => ({
      type: 'tableCell',
      children: withLineBreaks(phrasingOf(field, pointAt, unclosedComments)),
      position: { start: pointAt(field.start), end: pointAt(field.end) },
    })),
    position: { start: pointAt(fields[0]!.start), end: pointAt(fields.at(-1)!.end) },
  });
  const rows: TableRow[] = [];
  const unclosedQuotes: Point[] = [];
  const joinedRows: Point[] = [];
  let width: number | undefined;
  for (let at = start; at < text.length; ) {
    const read = separatedRow(text, at, separator);
    let row = read.row;
    width ??= row.length;
    // `What is bagging?,Bootstrap aggregating, trains models on resamples`: a separator the author did not quote
    // splits the last field; its parts, written as they stand, are that field again.
    if (row.length > width && width > 0 && row.slice(width - 1).every((field) => text[field.start - 1] !== '"')) {
      const last = row[width - 1]!;
      const end = row.at(-1)!.end;
      row = [...row.slice(0, width - 1), { text: text.slice(last.start, end), start: last.start, end, doubled: [] }];
      joinedRows.push(pointAt(at));
    }
    if (row.some((field) => field.text.trim() !== '')) rows.push(rowOf(row));
    // A field read as written (not after an opening quote) that opens with its only quote: a quoted field never
    // closed (one with a quotation in it, `"Attention" introduced?`, has two quotes).
    for (const field of row) {
      if (text[field.start] === '"' && text[field.start - 1] !== '"' && !field.text.includes('"', 1)) unclosedQuotes.push(pointAt(field.start));
    }
    at = read.next + 1;
  }
  if (rows.length === 0) return undefined;
  const table: Table = {
    type: 'table',
    align: rows[0]!.children.map(() => null),
    children: rows,
    data: { spreadsheet: true },
    position: { start: rows[0]!.position!.start, end: rows.at(-1)!.position!.end },
  };
  if (text.includes('[[')) readWikilinks({ type: 'root', children: [table] });
  return { table, unclosedComments, unclosedQuotes, joinedRows };
}

/** A line break inside a field is the author's (a sheet's cell has no other way to write one): a hard break, not a space. */
function withLineBreaks(children: PhrasingContent[]): PhrasingContent[] {
  return children.flatMap((child): PhrasingContent[] => {
    if (child.type !== 'text' || !child.value.includes('\n')) return [child];
    const lines = child.value.split('\n');
    return lines.flatMap((line, index): PhrasingContent[] => [...(index > 0 ? [{ type: 'break' } as const] : []), ...(line !== '' ? [{ type: 'text' as const, value: line }] : [])]);
  });
}

/** A CSV's separator: the semicolon when its first row has more fields split at semicolons than at commas. */
function csvSeparator(text: string, start: number): FieldSeparator {
  return separatedRow(text, start, ';').row.length > separatedRow(text, start, ',').row.length ? ';' : ',';
}
