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
import { toString } from 'mdast-util-to-string';
import { holdsSoundTag, withoutSoundTags, type LeftOutSound } from './anki-sounds.js';
import { phrasingOf, separatedRow, quotingData, type Field, type FieldSeparator } from './card-export.js';
import { readWikilinks } from './wikilinks.js';
import { QUESTION_MARK } from '../wording/marks.js';

declare module 'mdast' {
  interface TableData {
    /** Read from a spreadsheet: its columns may be named as a flashcard's fields (question-table.ts). */
    spreadsheet?: boolean;
  }
}

export interface Spreadsheet {
  /** The header row, then every row that holds something (rows of empty fields are blank lines). */
  table: Table;
  /** What separates its fields. */
  separator: FieldSeparator;
  /** Where a field's `%%` opens a comment nothing in the field closes (kept as text). */
  unclosedComments: Point[];
  /** Anki's sound tags (`[sound:q.mp3]`) left out of the fields (anki-sounds.ts). */
  sounds: LeftOutSound[];
  /** Where a quote opens a field and nothing closes it (kept as text, the field ending at its line). */
  unclosedQuotes: Point[];
  /** Rows with more fields than the first row names (their starts): `joined` when the fields past the last column were joined to it. */
  longRows: Array<{ place: Point; joined: boolean }>;
}

export interface SheetReading {
  /** What separates the fields; by default as the file declares it (`sep=;`), or as its first row splits. */
  separator?: FieldSeparator;
  /** The number of columns; by default as many as the first row has fields. */
  width?: number;
  /**
   * Each field as its plain text, not read as Markdown: enough to tell what the sheet is (its columns' names,
   * whether its cells ask), at a fraction of the cost. Reading every field of a data sheet as Markdown, only to
   * find it holds no questions, took 15 s for 60,000 rows.
   */
  plain?: boolean;
  /** Where the sheet starts: past the lines over it (its title), when it was copied under them. */
  from?: number;
}

/** Whether a file is a spreadsheet saved as text, by its name, and what separates its fields as far as the name says. */
export function spreadsheetKind(file: string): 'csv' | 'tsv' | undefined {
  const extension = /\.(csv|tsv)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'csv' || extension === 'tsv' ? extension : undefined;
}

/** The sheet as a table; undefined when it holds nothing. */
export function readSpreadsheet(text: string, kind: 'csv' | 'tsv', reading: SheetReading = {}): Spreadsheet | undefined {
  let start = reading.from ?? (text.startsWith('\uFEFF') ? 1 : 0);
  const declared = /^sep=([,;\t])(?:\n|$)/.exec(text.slice(start, start + 6));
  if (declared) start += declared[0].length;
  const separator = reading.separator ?? (declared ? (declared[1] as FieldSeparator) : kind === 'tsv' ? '\t' : csvSeparator(text, start));

  const places = location(text);
  const pointAt = (offset: number): Point => {
    const point = places.toPoint(offset)!;
    return { line: point.line, column: point.column, offset };
  };
  const unclosedComments: Point[] = [];
  const sounds: LeftOutSound[] = [];
  const fieldContent = (field: Field) => {
    const content = withLineBreaks(phrasingOf(field, pointAt, unclosedComments), text, pointAt);
    return holdsSoundTag(field.text) ? withoutSoundTags(content, sounds) : content;
  };
  const rowOf = (fields: Field[]): TableRow => ({
    type: 'tableRow',
    children: fields.map((field) => ({
      type: 'tableCell',
      children: reading.plain
        ? field.text.trim() === ''
          ? []
          : [{ type: 'text', value: field.text }]
        : fieldContent(field),
      position: { start: pointAt(field.start), end: pointAt(field.end) },
      ...quotingData(field),
    })),
    position: { start: pointAt(fields[0]!.start), end: pointAt(fields.at(-1)!.end) },
  });
  const rows: TableRow[] = [];
  const unclosedQuotes: Point[] = [];
  const longRows: Spreadsheet['longRows'] = [];
  let width = reading.width;
  for (let at = start; at < text.length; ) {
    const read = separatedRow(text, at, separator);
    let row = read.row;
    width ??= row.length;
    // Empty fields past the last column (`a,b,,,`, as Excel pads a row) are no part of it.
    while (row.length > width && row.at(-1)!.text.trim() === '') row = row.slice(0, -1);
    if (row.length > width) {
      // `What is bagging?,Bootstrap aggregating, trains models on resamples`: a separator the author did not quote
      // splits the last field; its parts, written as they stand, are that field again. Quoted parts are not joined.
      const joined = row.slice(width - 1).every((field) => text[field.start - 1] !== '"');
      if (joined) {
        const last = row[width - 1]!;
        const end = row.at(-1)!.end;
        row = [...row.slice(0, width - 1), { text: text.slice(last.start, end), start: last.start, end, doubled: [] }];
      }
      longRows.push({ place: pointAt(at), joined });
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
  return { table, separator, unclosedComments, sounds, unclosedQuotes, longRows };
}

/** A field that asks: it ends with a question mark. */
export const QUESTION_MARK_END = new RegExp(String.raw`${QUESTION_MARK}\s*$`);

/**
 * A sheet with no header whose rows hold two fields, the first ending with a question mark and the second an answer
 * in at least half of them (two or more): cards. (A question mark, not any wording that asks: a data sheet's `name,value` reads as a task.)
 */
export function headerlessCards(table: Table): Table | undefined {
  const rows = table.children;
  if (rows.length < 2 || rows.some((row) => row.children.slice(2).some((cell) => toString(cell).trim() !== ''))) return undefined;
  // Cards: a question and an answer. Lines of one field (`1;What is a tensor?` split at commas) are not.
  const cards = rows.filter((row) => row.children[0] && row.children[1] && QUESTION_MARK_END.test(toString(row.children[0])) && toString(row.children[1]).trim() !== '');
  if (cards.length * 2 < rows.length) return undefined;
  return { ...table, children: rows.map((row) => ({ ...row, children: row.children.slice(0, 2) })), data: { cardExport: true } };
}

/**
 * A line break inside a field is the author's (a sheet's cell has no other way to write one): a hard break, not a
 * space, inside emphasis and links too; none at the field's ends. Each line keeps its place in the file, found by
 * the line breaks of the text it was read from.
 */
function withLineBreaks(children: PhrasingContent[], text: string, pointAt: (offset: number) => Point): PhrasingContent[] {
  const split = (nodes: PhrasingContent[]): PhrasingContent[] =>
    nodes.flatMap((node): PhrasingContent[] => {
      if ('children' in node) return [{ ...node, children: split(node.children as PhrasingContent[]) } as PhrasingContent];
      if (node.type !== 'text' || !node.value.includes('\n')) return [node];
      const lines = node.value.split('\n');
      const start = node.position?.start.offset;
      const end = node.position?.end.offset;
      // Where each line starts and ends in the file, when the file's text has the same line breaks.
      const written = start !== undefined && end !== undefined ? text.slice(start, end).split('\n') : undefined;
      const fits = written !== undefined && written.length === lines.length;
      let offset = start ?? 0;
      return lines.flatMap((line, index): PhrasingContent[] => {
        const from = offset;
        if (fits) offset += written[index]!.length + 1;
        const piece: PhrasingContent = { type: 'text', value: line, ...(fits ? { position: { start: pointAt(from), end: pointAt(from + written[index]!.length) } } : {}) };
        return [...(index > 0 ? [{ type: 'break' } as const] : []), ...(line !== '' ? [piece] : [])];
      });
    });
  const out = split(children);
  while (out[0]?.type === 'break') out.shift();
  while (out.at(-1)?.type === 'break') out.pop();
  return out;
}

/** A CSV's separator: the semicolon when its first row has more fields split at semicolons than at commas. */
function csvSeparator(text: string, start: number): FieldSeparator {
  return separatedRow(text, start, ';').row.length > separatedRow(text, start, ',').row.length ? ';' : ',';
}
