/**
 * A spreadsheet's text, or a flashcard export's, as a document: the table the sheet is (spreadsheet.ts,
 * card-export.ts), and the notes and warnings of what reading it found or mended.
 */
import type { Table } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { Document, TextSource } from './document.js';
import { linesOver, readCardExport, type CardExport, type LineOver } from './card-export.js';
import { reportTagLine } from './obsidian-syntax.js';
import type { LeftOutSound } from './anki-sounds.js';
import { reportUnclosedComment } from './obsidian-comments.js';
import { tagsOfLine } from './tag-lines.js';
import { headerlessCards, QUESTION_MARK_END, readSpreadsheet, type Spreadsheet } from './spreadsheet.js';
// The one thing the parse stage asks the extractor: a sheet is a table of questions exactly when the
// extractor reads it as one, so that the two never disagree about a sheet.
import { questionTableOf } from '../extract/recognizers/question-table.js';
import { isInterrogative } from '../wording/interrogative.js';
import { excerpt } from '../report/excerpt.js';

/** A flashcard export (card-export.ts): its table of cards, the title over them, and notes of what it left out. */
export function cardExportDocument(source: TextSource, cards: CardExport): Document {
  const place = cards.tree.children[0]?.position?.start ?? { line: 1, column: 1 };
  const title = titleOver(source, cards.linesOver, 'cards');
  for (const tags of cards.tagLines) reportTagLine(source.vfile, tags);
  source.vfile.info(exportRead(cards), { place, ruleId: 'card-export', source: 'qbank' });
  if (cards.otherColumns.length > 0) {
    const names = cards.otherColumns.map(({ column, name }) => (name ? `${column} (${name})` : `${column}`)).join(', ');
    source.vfile.info(`The cards' ${cards.otherColumns.length === 1 ? 'column' : 'columns'} ${names} ${cards.otherColumns.length === 1 ? 'is' : 'are'} not part of any question or answer`, { place, ruleId: 'table-columns', source: 'qbank' });
  }
  for (const comment of cards.unclosedComments) reportUnclosedComment(source, comment);
  reportSounds(source, cards.sounds);
  const tags = cards.tagLines.flatMap((tagLine) => tagsOfLine(tagLine.text));
  return { source, format: 'plaintext', tree: cards.tree, ...(title ? { title: title.text } : {}), ...(tags.length > 0 ? { tags } : {}) };
}

/** Anki's sound tags left out of the cards' fields (anki-sounds.ts), each said. */
function reportSounds(source: TextSource, sounds: readonly LeftOutSound[]): void {
  for (const sound of sounds) {
    source.vfile.info(`Left out Anki's sound tag "[sound:${sound.file}]": the recording the card plays, which the question bank has no place for`, { place: sound.place, ruleId: 'anki-sound', source: 'qbank' });
  }
}

/**
 * The title of the lines over a table of cards or questions: the first that is not the site's names the set, as
 * copied text's first line does. The others are reported left out.
 */
function titleOver(source: TextSource, lines: readonly LineOver[], what: 'cards' | 'sheet'): LineOver | undefined {
  const title = lines.find((line) => !line.chrome);
  for (const line of lines) {
    if (line === title) continue;
    const reason = line.chrome ? `Left out site chrome: "${line.text}"` : `Left out a line over the ${what === 'cards' ? 'cards' : 'table'}, under its title: "${line.text}"`;
    source.vfile.info(reason, { place: { line: line.line, column: 1 }, ruleId: line.chrome ? 'site-chrome' : what === 'cards' ? 'card-export' : 'spreadsheet', source: 'qbank' });
  }
  return title;
}

/** How a flashcard export was read: one card per line, or, with the user's own separators, as those part the cards. */
function exportRead({ separators }: CardExport): string {
  if (!separators) return 'Read as a flashcard export: one card per line, its front the question and its back the answer';
  const cards = separators.oneLine ? `its cards on one line, parted by "${separators.card}"` : separators.card === undefined ? 'one card per line' : `its cards parted by lines of "${separators.card}"`;
  const field = separators.field === '\t' ? 'a tab' : `"${separators.field}"`;
  return `Read as a flashcard export with separators of its own: ${cards}, its front the question and its back, after ${field}, the answer`;
}

/**
 * A spreadsheet saved as CSV or TSV (spreadsheet.ts): a table of questions when its first row names its
 * question column (question-table.ts), as a note's table would; a sheet of cards without a header (an
 * Anki or Quizlet export saved as .csv or .tsv, or rows whose first field asks) is read as a flashcard
 * export. Any other sheet holds data, not notes (read as a note, its rows gave noise): nothing is read
 * from it, and a note says which names its first row gives and how to make it readable.
 */
export function parseSpreadsheet(source: TextSource, kind: 'csv' | 'tsv'): Document {
  const plain = readSpreadsheet(source.text, kind, { plain: true });
  const headed = questionSheetDocument(source, kind, plain) ?? titleRowsDocument(source, kind, plain);
  if (headed) return headed;
  const cards = readCardExport(source.text, { sheet: true });
  if (cards) return cardExportDocument(source, cards);
  // Without a header the first row does not tell a CSV's separator: the one under which the rows ask.
  for (const separator of kind === 'tsv' ? (['\t'] as const) : ([',', ';'] as const)) {
    // Two columns, whatever the first row: its answer's commas do not make the others longer than it.
    const reading = { separator, width: 2 };
    const found = kept(readSpreadsheet(source.text, kind, { ...reading, plain: true }), () => readSpreadsheet(source.text, kind, reading), headerlessCards);
    if (!found) continue;
    const { sheet: read, table: asking } = found;
    source.vfile.info('Read as a spreadsheet of cards without a header: most rows ask in their first field, which is the question, the second its answer', {
      place: asking.position!.start,
      ruleId: 'spreadsheet',
      source: 'qbank',
    });
    reportSheetRepairs(source, read);
    return { source, format: 'plaintext', tree: { type: 'root', children: [asking] } };
  }
  // Information, not a warning: a table of results or parameters beside the notes is no fault of theirs
  // (they were skipped by name before sheets were read), and --strict should not fail on it.
  if (plain) {
    const [header, ...rows] = plain.table.children;
    const names = header!.children.map((cell) => toString(cell).trim());
    const separator = plain.separator === '\t' ? '<tab>' : plain.separator;
    // The column whose cells ask, if one does in most rows (`DESCRIPTION`: `What is padding`): the one to rename.
    // A hint only, so the looser test of a note's lines: a question mark, or a wording of three words or more that asks.
    const asksIn = (text: string) => QUESTION_MARK_END.test(text) || (text.split(/\s+/).length >= 3 && isInterrogative(text));
    const asks = names.map((_, column) => rows.filter((row) => row.children[column] && asksIn(toString(row.children[column]!).trim())).length);
    const most = asks.reduce((top, count) => Math.max(top, count), 0);
    const asking = rows.length > 0 && most * 2 >= rows.length ? asks.indexOf(most) : -1;
    const rename = asking !== -1 ? `its column "${names[asking]}" asks in ${most} of ${rows.length} rows: name it "question"` : 'name the column that asks "question"';
    source.vfile.info(
      `A table of data, not of questions: its first row (${excerpt(names.filter(Boolean).join(', '))}) names no question column, or one whose cells do not ask; nothing is read from it (${rename}, and the one that answers "answer", as in "question${separator}answer", to read it)`,
      { place: { line: 1, column: 1 }, ruleId: 'data-table', source: 'qbank' },
    );
  }
  return { source, format: 'plaintext', tree: { type: 'root', children: [] } };
}

/**
 * The sheet as a table of questions when its first row names its question column (question-table.ts); `plain`:
 * the sheet read as plain text, when read already. A text file whose first line is such a header with tabs
 * (a sheet saved as "Unicode Text", `Topic<TAB>Question<TAB>Answer`) is read so too (index.ts).
 */
export function questionSheetDocument(source: TextSource, kind: 'csv' | 'tsv', plain = readSpreadsheet(source.text, kind, { plain: true })): Document | undefined {
  const sheet = kept(plain, () => readSpreadsheet(source.text, kind), questionTableOf)?.sheet;
  if (!sheet) return undefined;
  return sheetDocument(source, sheet);
}

/**
 * A text file of a sheet copied under its title (`네트워크 면접 질문`, then `구분<TAB>질문<TAB>답변` and its rows): a
 * table of questions as when its header is the first line, the title the note's. Undefined when the lines over the
 * tabbed ones are more than a title (card-export.ts linesOver) or the sheet is no table of questions.
 */
export function titledSheetDocument(source: TextSource): Document | undefined {
  const over = linesOver(source.text, 0, '\t');
  if (!over) return undefined;
  const reading = { from: over.end, plain: true };
  const sheet = kept(readSpreadsheet(source.text, 'tsv', reading), () => readSpreadsheet(source.text, 'tsv', { from: over.end }), questionTableOf)?.sheet;
  if (!sheet) return undefined;
  const title = titleOver(source, over.lines, 'sheet');
  return { ...sheetDocument(source, sheet), ...(title ? { title: title.text } : {}) };
}

/** Most rows a sheet's title takes over its header: the title, a subtitle or date, an empty row. */
const MOST_TITLE_ROWS = 3;

/**
 * A sheet downloaded with its title over its header (Google Sheets' or Excel's "Download as CSV" of a sheet whose
 * first row is a merged title, `ML 엔지니어 면접 질문 리스트 (2024 상반기),,,,`, then an empty row, then `No,분야,질문,모범 답안`):
 * a table of questions read from the header on, when its first rows fill their first field at most; the first
 * such field is the note's title, any other reported left out.
 */
function titleRowsDocument(source: TextSource, kind: 'csv' | 'tsv', plain: Spreadsheet | undefined): Document | undefined {
  const rows = plain?.table.children ?? [];
  let header = 0;
  while (header < rows.length && header < MOST_TITLE_ROWS && rows[header]!.children.slice(1).every((cell) => toString(cell).trim() === '')) header++;
  const from = rows[header]?.position?.start.offset;
  if (header === 0 || from === undefined) return undefined;
  const sheet = kept(readSpreadsheet(source.text, kind, { from, plain: true }), () => readSpreadsheet(source.text, kind, { from }), questionTableOf)?.sheet;
  if (!sheet) return undefined;
  const over = rows.slice(0, header).flatMap((row): LineOver[] => {
    const text = row.children[0] ? toString(row.children[0]).trim() : '';
    return text === '' || !row.position ? [] : [{ line: row.position.start.line, text, chrome: false }];
  });
  const title = titleOver(source, over, 'sheet');
  return { ...sheetDocument(source, sheet), ...(title ? { title: title.text } : {}) };
}

/** A table of questions read from a sheet (its header row first), and the notes of how it was read. */
function sheetDocument(source: TextSource, sheet: Spreadsheet): Document {
  const rows = sheet.table.children.length - 1;
  source.vfile.info(
    rows > 0
      ? 'Read as a spreadsheet: a table whose first row names its question column, one question per row'
      : 'A spreadsheet of questions with no row yet: its first row names its question column',
    { place: sheet.table.position!.start, ruleId: 'spreadsheet', source: 'qbank' },
  );
  reportSheetRepairs(source, sheet);
  // A sheet of only its header holds no question, and lacks nothing: not a note in which none was found.
  return { source, format: 'plaintext', tree: { type: 'root', children: rows > 0 ? [sheet.table] : [] } };
}

/** What reading a sheet repaired or could not: comments and quotes never closed, rows split by a separator left unquoted; and its sound tags left out. */
function reportSheetRepairs(source: TextSource, sheet: Spreadsheet): void {
  for (const comment of sheet.unclosedComments) reportUnclosedComment(source, comment);
  reportSounds(source, sheet.sounds);
  for (const quote of sheet.unclosedQuotes) {
    source.vfile.message('A quote opens this field and nothing closes it: read as a quotation mark, the field ending at its line (the lines after it are rows of their own)', {
      place: quote,
      ruleId: 'unclosed-quote',
      source: 'qbank',
    });
  }
  for (const { place, joined } of sheet.longRows) {
    const reason = joined
      ? 'This row has more fields than its first row names: the fields past the last column are joined to it, as a separator left unquoted (a comma in an answer) splits it'
      : 'This row has more fields than its first row names: the fields past the last column are in no question or answer';
    source.vfile.message(reason, { place, ruleId: 'extra-fields', source: 'qbank' });
  }
}

/**
 * The sheet read in full, when `test` finds in it the table it looks for. What a sheet is is told first from its
 * fields' plain text (`plain`), and its fields are read as Markdown only for the reading kept: a 2.5 MB sheet of
 * results, read as Markdown field by field three times over only to be found data, took 28 s.
 */
function kept(
  plain: Spreadsheet | undefined,
  readInFull: () => Spreadsheet | undefined,
  test: (table: Table) => Table | undefined,
): { sheet: Spreadsheet; table: Table } | undefined {
  if (!plain || !test(plain.table)) return undefined;
  const sheet = readInFull();
  const table = sheet && test(sheet.table);
  return sheet && table ? { sheet, table } : undefined;
}
