/**
 * Flashcards exported as text: Anki's "Notes in Plain Text" and Quizlet's export
 * write one card per line, its front and back separated by a tab. Quizlet lets
 * the user choose ` - ` instead: a file whose every line is a card that asks
 * (`What is X? - answer`), and none a heading or a list item, is read so too;
 * the first ` - ` after the question mark, or else the first, ends the front. Anki may
 * head the file with `#separator:tab`, `#html:true` and `#tags column:3` lines,
 * and quotes a field that holds a tab, a line break or a quote (`"…"`, a quote
 * inside doubled). Such a file is a table of questions without a header row:
 * the reader makes it one, each field parsed as Markdown (Anki's fields are
 * HTML), so the extract stage reads it as it reads a Notion table. A field's
 * Obsidian comments and links read as in any note: `%% … %%` is left out, and
 * `[[target|label]]` is its words.
 *
 * A spreadsheet saved as CSV or TSV (`.csv`, `.tsv`) is read the same way when its first row names a
 * question column and an answer column, wherever they are (`id,question,answer,topic`): each row
 * below is a card, fields quoted as in RFC 4180 (a comma, a line break or a quote inside `"…"`, a
 * quote doubled). A sheet whose first row names no such columns, and is no flashcard export, holds
 * data, not questions: parse/index.ts reads it as no note, and says so.
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { asksAgain, isInterrogative } from '../extract/interrogative.js';
import { parseMarkdown } from './markdown.js';
import { lineEnd } from './prose-lines.js';
import { readWikilinks } from './wikilinks.js';

declare module 'mdast' {
  interface TableData {
    /** A flashcard export's cards: every row a card, its first cell the front, its second the back; no header row. */
    cardExport?: boolean;
  }
}

export interface CardExport {
  tree: Root;
  /** Read as a spreadsheet, by the column names of its first row. */
  sheet: boolean;
  /** A spreadsheet's rows that hold something but no question, by their first line: left out. */
  rowsWithoutQuestion: number[];
  /** Columns besides the front and the back (tags, a deck, more fields), 1-based, with what the header says they are. */
  otherColumns: Array<{ column: number; name: string | undefined }>;
  /** Where a field's `%%` opens a comment nothing in the field closes (kept as text). */
  unclosedComments: Point[];
}

interface Field {
  text: string;
  start: number;
  end: number;
  /** Indexes in `text` of the quotes written doubled in the file (each counts once in `text`). */
  doubled: number[];
}

/** `#separator:tab`, `#html:true`, `#tags column:3`: Anki's header lines (a key, a colon, a value). */
const HEADER = /^#([a-z]+(?: column)?):(.*)$/i;
/** A first row's name of the column that asks, and of the one that answers (`Term<TAB>Definition`, `id,question,answer`). */
const QUESTION_COLUMN = /^(?:questions?|q|front|terms?|prompts?|질문|문제|단어)$/i;
const ANSWER_COLUMN = /^(?:answers?|a|back|definitions?|solutions?|responses?|답변|답|정답|해설|뜻)$/i;
const isColumnName = (name: string) => QUESTION_COLUMN.test(name) || ANSWER_COLUMN.test(name);
/** A character Markdown or HTML could read as markup, an Obsidian comment's `%%`, or a line that could open a block. */
const MARKUP = /[\\`*_[\]<>&$~|!:]|%%|(?:^|\n)\s*(?:[-+#=]|\d+[.)])/;
/** At least two cards are needed to call a file without a header an export: one line with a tab may be anything. */
const FEWEST_CARDS = 2;

/** What separates a spreadsheet's fields: a comma or, as Excel writes CSV where the comma is the decimal mark, a semicolon; a tab in TSV. */
export type SheetSeparator = ',' | ';' | '\t';

/** A spreadsheet saved as text, by its file name: its fields' separator (a CSV's may turn out to be `;`: sheetCards). */
export function sheetSeparator(file: string): SheetSeparator | undefined {
  const extension = /\.(csv|tsv)$/i.exec(file)?.[1]?.toLowerCase();
  return extension === 'csv' ? ',' : extension === 'tsv' ? '\t' : undefined;
}

/**
 * The file read as a flashcard export, when it is one: every line a card with a front and a back.
 * A spreadsheet (`separator`: sheetSeparator) when its first row names its question and answer columns,
 * or, saved as TSV, when it is a flashcard export.
 */
export function readCardExport(text: string, separator?: SheetSeparator): CardExport | undefined {
  const cards =
    separator !== undefined
      ? (sheetCards(text, separator) ?? (separator === '\t' ? tabSeparatedCards(text) : undefined))
      : text.includes('\t')
        ? tabSeparatedCards(text)
        : text.includes(DASH)
          ? dashSeparatedCards(text)
          : undefined;
  if (!cards) return undefined;
  const { rows, fieldColumns, columnNames } = cards;

  let places: ReturnType<typeof location> | undefined;
  const pointAt = (offset: number): Point => {
    const point = (places ??= location(text)).toPoint(offset)!;
    return { line: point.line, column: point.column, offset };
  };
  const span = (start: number, end: number): Position => ({ start: pointAt(start), end: pointAt(end) });
  const unclosedComments: Point[] = [];
  const cell = (field: Field): TableCell => ({ type: 'tableCell', children: phrasingOf(field, pointAt, unclosedComments), position: span(field.start, field.end) });
  // A sheet of only its first row is a table of no questions yet.
  const table: Table | undefined = rows.length === 0 ? undefined : {
    type: 'table',
    align: [null, null],
    children: rows.map((row) => {
      const [front, back] = fieldColumns(row);
      return { type: 'tableRow', children: [cell(row[front!]!), cell(row[back!]!)], position: span(row[0]!.start, row.at(-1)!.end) };
    }),
    data: { cardExport: true },
    position: span(rows[0]![0]!.start, rows.at(-1)!.at(-1)!.end),
  };
  const widest = Math.max(...rows.map((row) => row.length));
  const otherColumns: CardExport['otherColumns'] = [];
  for (let column = 1; column <= widest; column++) {
    const used = rows.some((row) => {
      const [front, back] = fieldColumns(row);
      return column - 1 === front || column - 1 === back;
    });
    const filled = rows.some((row) => (row[column - 1]?.text.trim() ?? '') !== '');
    if (!used && filled) otherColumns.push({ column, name: columnNames.get(column) });
  }
  const tree: Root = { type: 'root', children: table ? [table] : [] };
  if (text.includes('[[')) readWikilinks(tree);
  const rowsWithoutQuestion = (cards.rowsWithoutQuestion ?? []).map((offset) => pointAt(offset).line);
  return { tree, otherColumns, unclosedComments, sheet: cards.rowsWithoutQuestion !== undefined, rowsWithoutQuestion };
}

/** A file's cards, and which of a row's fields are the front and the back. */
interface Cards {
  rows: Field[][];
  /** The indexes of a row's fields that are no column of the header's: the front and the back come first. */
  fieldColumns: (row: Field[]) => number[];
  /** What the header says the other columns are (1-based). */
  columnNames: Map<number, string>;
  /** A spreadsheet's (only): where each row that holds something but no question starts (left out). */
  rowsWithoutQuestion?: number[];
}

/** Anki's and Quizlet's tab-separated export, Anki's header read. */
function tabSeparatedCards(text: string): Cards | undefined {
  const header = readHeader(text);
  if (header.separator !== undefined && header.separator !== 'tab' && header.separator !== '\t') return undefined;
  const meta = new Set(header.columns.keys());
  const fieldColumns = (row: Field[]) => row.map((_, index) => index).filter((index) => !meta.has(index + 1));
  const isCard = (row: Field[]) => {
    const [front, back] = fieldColumns(row);
    return front !== undefined && back !== undefined && row[front]!.text.trim() !== '';
  };
  const read = readRows(text, header.end, (text, start) => separatedRow(text, start, '\t'), isCard);
  const names = read?.[0] ? fieldColumns(read[0]).slice(0, 2).map((index) => read[0]![index]!.text.trim()) : [];
  const named = names.length === 2 && names.every(isColumnName);
  const rows = named ? read!.slice(1) : read;
  if (!rows || rows.length < (header.declared ? 1 : FEWEST_CARDS)) return undefined;
  return { rows, fieldColumns, columnNames: header.columns };
}

/**
 * A spreadsheet saved as CSV or TSV whose first row names a question column and an answer column
 * (the first of each); every row after it a card. A row of blank fields is a blank line; one
 * that holds something but no question is left out (and named: `rowsWithoutQuestion`). A CSV's
 * fields are separated by commas, or by semicolons when its first row names the columns so, or as
 * Excel's first line `sep=;` declares.
 */
function sheetCards(text: string, separator: SheetSeparator): Cards | undefined {
  let start = /^\uFEFF/.test(text) ? 1 : 0;
  const declared = /^sep=([,;\t])(?:\n|$)/.exec(text.slice(start, start + 6));
  if (declared) start += declared[0].length;
  const candidates: SheetSeparator[] = declared ? [declared[1] as SheetSeparator] : separator === ',' ? [',', ';'] : [separator];
  for (const candidate of candidates) {
    const first = separatedRow(text, start, candidate);
    const names = first.row.map((field) => field.text.trim());
    const question = names.findIndex((name) => QUESTION_COLUMN.test(name));
    const answer = names.findIndex((name) => ANSWER_COLUMN.test(name));
    if (question >= 0 && answer >= 0) return sheetRows(text, first.next + 1, candidate, names, question, answer);
  }
  return undefined;
}

/** The rows under a sheet's first row (`names`), from `start`. */
function sheetRows(text: string, start: number, separator: SheetSeparator, names: string[], question: number, answer: number): Cards {
  const others = names.map((_, index) => index).filter((index) => index !== question && index !== answer);
  const rows: Field[][] = [];
  const rowsWithoutQuestion: number[] = [];
  for (let at = start; at < text.length; ) {
    const { row, next } = separatedRow(text, at, separator);
    // A short row (a field left off its end) has empty fields there, at the end of the row.
    while (row.length < names.length) row.push({ text: '', start: row.at(-1)!.end, end: row.at(-1)!.end, doubled: [] });
    if (row[question]!.text.trim() !== '') rows.push(row);
    else if (row.some((field) => field.text.trim() !== '')) rowsWithoutQuestion.push(at);
    at = next + 1;
  }
  return {
    rows,
    fieldColumns: (row) => [question, answer, ...others.filter((index) => index < row.length)],
    columnNames: new Map(others.map((index) => [index + 1, names[index]!])),
    rowsWithoutQuestion,
  };
}

/** Quizlet's export with ` - ` between front and back: every line a card whose front asks. */
function dashSeparatedCards(text: string): Cards | undefined {
  const rows = readRows(text, 0, dashSeparatedRow, (row) => row.length === 2);
  if (!rows || rows.length < FEWEST_CARDS) return undefined;
  return { rows, fieldColumns: () => [0, 1], columnNames: new Map() };
}

interface Header {
  /** Where the cards start. */
  end: number;
  /** Whether Anki's header says what the file is (`#separator:` or `#html:`). */
  declared: boolean;
  separator?: string;
  /** Columns the header gives to something other than a field: `#tags column:3` -> 3 => "tags". */
  columns: Map<number, string>;
}

function readHeader(text: string): Header {
  const header: Header = { end: 0, declared: false, columns: new Map() };
  while (header.end < text.length) {
    const end = lineEnd(text, header.end);
    const line = text.slice(header.end, end);
    const entry = HEADER.exec(line.trim());
    if (!entry) break;
    const key = entry[1]!.toLowerCase();
    const value = entry[2]!.trim();
    if (key === 'separator') header.separator = value.toLowerCase();
    if (key === 'separator' || key === 'html') header.declared = true;
    const column = /^(\w+) column$/.exec(key);
    if (column && /^\d+$/.test(value)) header.columns.set(Number(value), column[1]!);
    header.end = Math.min(end + 1, text.length);
  }
  return header;
}

/** One row read from `start`, and where reading goes on. */
type RowReader = (text: string, start: number) => { row: Field[]; next: number };

/** The rows from `start`, blank lines skipped; undefined at the first that is no card. */
function readRows(text: string, start: number, readRow: RowReader, isCard: (row: Field[]) => boolean): Field[][] | undefined {
  const rows: Field[][] = [];
  let at = start;
  while (at < text.length) {
    if (text[at] === '\n') {
      at++;
      continue;
    }
    const { row, next } = readRow(text, at);
    if (!isCard(row)) return undefined;
    rows.push(row);
    at = next;
  }
  return rows;
}

/** Fields separated by `separator`, each plain or quoted as Anki and CSV quote them. */
function separatedRow(text: string, start: number, separator: SheetSeparator): { row: Field[]; next: number } {
  const row: Field[] = [];
  let at = start;
  for (;;) {
    let field = text[at] === '"' ? quotedField(text, at) : undefined;
    // `"Attention is all you need" introduced?` (text after the closing quote), or a quote never
    // closed: quotation marks in the text, not Anki's quoting of the field.
    if (field && field.next < text.length && text[field.next] !== separator && text[field.next] !== '\n') field = undefined;
    field ??= plainField(text, at, separator);
    row.push(field.field);
    at = field.next;
    if (text[at] !== separator) return { row, next: at };
    at++;
  }
}

/** Quizlet's custom separator between a card's front and back. */
const DASH = ' - ';
/** A question mark and a dash after it: the separator when a front is a question. */
const ASKED_DASH = /[?？][ \t]+-[ \t]+/;
/** The longest front that may ask without a question mark. */
const LONGEST_FRONT = 300;
/** A line Markdown reads as a heading, a quote or a list item: its ` - ` is no card's. */
const MARKDOWN_BLOCK = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|>|[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/** A line as a front and a back that ` - ` separates, the front a question and the back no second wording of it; no fields when it is none. */
function dashSeparatedRow(text: string, start: number): { row: Field[]; next: number } {
  const end = lineEnd(text, start);
  const line = text.slice(start, end);
  const none = { row: [], next: end };
  if (MARKDOWN_BLOCK.test(line)) return none;
  const asked = ASKED_DASH.exec(line);
  let frontEnd: number;
  let backStart: number;
  if (asked) {
    frontEnd = asked.index + 1;
    backStart = asked.index + asked[0].length;
  } else {
    frontEnd = line.indexOf(DASH);
    backStart = frontEnd + DASH.length;
    // Longer, a line asks only with a question mark (interrogative.ts): no reading of a page-long line.
    if (frontEnd === -1 || frontEnd > LONGEST_FRONT || !isInterrogative(line.slice(0, frontEnd))) return none;
  }
  // `What is dropout? - 드롭아웃이란?`: a list of questions in two languages, not cards.
  if (asksAgain(line.slice(0, frontEnd), line.slice(backStart))) return none;
  const field = (from: number, to: number): Field => ({ text: line.slice(from, to), start: start + from, end: start + to, doubled: [] });
  return { row: [field(0, frontEnd), field(backStart, line.length)], next: end };
}

function plainField(text: string, start: number, separator: SheetSeparator): { field: Field; next: number } {
  let end = start;
  while (end < text.length && text[end] !== separator && text[end] !== '\n') end++;
  return { field: { text: text.slice(start, end), start, end, doubled: [] }, next: end };
}

function quotedField(text: string, start: number): { field: Field; next: number } | undefined {
  let value = '';
  const doubled: number[] = [];
  let from = start + 1;
  for (let at = from; at < text.length; at++) {
    if (text[at] !== '"') continue;
    value += text.slice(from, at + 1);
    if (text[at + 1] !== '"') return { field: { text: value.slice(0, -1), start: start + 1, end: at, doubled }, next: at + 1 };
    doubled.push(value.length - 1);
    from = ++at + 1; // the quote written doubled counts once
  }
  return undefined;
}

/**
 * A field's content as the inline content of a cell: parsed as Markdown (Anki's HTML is inline
 * HTML to it), its positions those of the file; blocks one after another on lines of their own.
 */
function phrasingOf(field: Field, pointAt: (offset: number) => Point, unclosedComments: Point[]): PhrasingContent[] {
  // Most Quizlet fields are plain words: they are their own text, without a parse each.
  if (!MARKUP.test(field.text)) return field.text.trim() === '' ? [] : [{ type: 'text', value: field.text, position: { start: pointAt(field.start), end: pointAt(field.end) } }];
  const out: PhrasingContent[] = [];
  const parsed = parseMarkdown(field.text);
  parsed.tree.children.forEach((block, index) => {
    if (index > 0) out.push({ type: 'break' });
    out.push(...asPhrasing(block, field.text));
  });
  // Offsets in the field's text to the file's: past its opening quote and the quotes written doubled.
  const fileOffset = (offset: number) => field.start + offset + field.doubled.filter((index) => index < offset).length;
  if (parsed.unclosedComments.length > 0) {
    const inField = location(field.text);
    for (const place of parsed.unclosedComments) unclosedComments.push(pointAt(fileOffset(inField.toOffset(place)!)));
  }
  for (const node of out) {
    visit(node, (inner) => {
      if (!inner.position) return;
      const { start, end } = inner.position;
      if (start.offset !== undefined) Object.assign(start, pointAt(fileOffset(start.offset)));
      if (end.offset !== undefined) Object.assign(end, pointAt(fileOffset(end.offset)));
    });
  }
  return out;
}

/** A paragraph's content, raw HTML as it is; any other block (a list, a heading) as the text it was written as. */
function asPhrasing(block: RootContent, text: string): PhrasingContent[] {
  if (block.type === 'paragraph') return block.children;
  if (block.type === 'html') return [block];
  const start = block.position?.start.offset;
  const end = block.position?.end.offset;
  if (start === undefined || end === undefined) return [];
  return [{ type: 'text', value: text.slice(start, end), position: { start: { ...block.position!.start }, end: { ...block.position!.end } } }];
}
