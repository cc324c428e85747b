/**
 * Flashcards exported as text: Anki's "Notes in Plain Text" and Quizlet's export
 * write one card per line, its front and back separated by a tab. Quizlet lets
 * the user choose ` - ` instead: a file whose every line is a card that asks
 * (`What is X? - answer`), and none a heading or a list item, is read so too;
 * the first ` - ` after the question mark, or else the first, ends the front; and so is
 * a file whose every line is `front;back`, its front asking (`What is an epoch?;One full
 * pass …`), as apps export cards with a semicolon; and so is a file whose cards share a separator of the user's own
 * (Quizlet's "Custom": ` ~~~ `, cards between `|||` lines; custom-separators.ts), or all on one line (`term<TAB>def;term<TAB>def`,
 * one-line-export.ts). Anki may
 * head the file with `#separator:tab` (or another separator it names: `#separator:Semicolon`,
 * `#separator:pipe`, `#separator:;`), `#html:true` and `#tags column:3` lines,
 * and quotes a field that holds the separator, a line break or a quote (`"…"`, a quote
 * inside doubled). Such a file is a table of questions without a header row:
 * the reader makes it one, each field parsed as Markdown (Anki's fields are
 * HTML), so the extract stage reads it as it reads a Notion table. A field's
 * Obsidian comments and links read as in any note: `%% … %%` is left out, and
 * `[[target|label]]` is its words; Anki's sound tags (`[sound:q.mp3]`) are left out (anki-sounds.ts). A cloze card asks its sentence with the deletions blanked (cloze.ts).
 */
import type { PhrasingContent, Root, RootContent, Table, TableCell } from 'mdast';
import type { Point, Position } from 'unist';
import { visit } from 'unist-util-visit';
import { location } from 'vfile-location';
import { asksAgain, endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { namesCardColumn } from '../wording/column-names.js';
import { isMarkdownBlockLine, oneLineCardSeparator } from './card-separator.js';
import { candidateSeparators, isMarksLine, separatorAt } from './custom-separators.js';
import { readOneLineExport } from './one-line-export.js';
import { isStrongCodeLine } from './code-lines.js';
import { clozeCard } from './cloze.js';
import { holdsSoundTag, withoutSoundTags, type LeftOutSound } from './anki-sounds.js';
import { parseMarkdown } from './markdown.js';
import { holdsHtml, htmlFieldContent } from './html-fields.js';
import { isListMarker, isTitleLine } from './plaintext.js';
import { lineEnd } from './prose-lines.js';
import { isSiteChrome } from './site-chrome.js';
import { isTagLine, type TagLine } from './tag-lines.js';
import { readWikilinks } from './wikilinks.js';
import { isWorded } from '../wording/worded.js';
import { ANY_QUESTION_MARK, QUESTION_MARK } from '../wording/marks.js';
import { isRating } from '../wording/rating-labels.js';

declare module 'mdast' {
  interface TableData {
    /** A flashcard export's cards: every row a card, its first cell the front, its second the back; no header row. */
    cardExport?: boolean;
    /**
     * The cells after those two that Anki's header names (`#deck column:2`, `#tags column:5`): each card's deck, its
     * topic, and its tags; and a sheet's column of ratings (`Easy`), each card's tag too.
     */
    cardColumns?: { topic?: number; tags?: number; rating?: number };
  }
  interface TableCellData {
    /**
     * The field is quoted and holds quotes, each written doubled in the file (`"What is ""attention""?"`): what it
     * asks, as written, is the file's text with each pair as the one quote it stands for.
     */
    quotesDoubled?: true;
  }
}

export interface CardExport {
  tree: Root;
  /** Columns besides the front and the back (tags, a deck, more fields), 1-based, with what the header says they are. */
  otherColumns: Array<{ column: number; name: string | undefined }>;
  /** Where a field's `%%` opens a comment nothing in the field closes (kept as text). */
  unclosedComments: Point[];
  /** Anki's sound tags (`[sound:q.mp3]`) left out of the fronts and backs (anki-sounds.ts). */
  sounds: LeftOutSound[];
  /** The lines of tags that head Obsidian's cards (`#flashcards/dl`), left out. */
  tagLines: TagLine[];
  /** The lines over a tab-separated file's cards (its title, Quizlet's count of them), which are no cards. */
  linesOver: LineOver[];
  /** The separators the user chose (custom-separators.ts), when the file's cards are written with them. */
  separators?: CustomSeparators;
}

/** What a custom export writes between a card's front and back (`~~~`), and on the lines between its cards (`|||`), if any. */
export interface CustomSeparators {
  field: string;
  card?: string;
  /** The cards stand on one line, `card` between them (`;`), not on lines of their own. */
  oneLine?: true;
}

/** A line over a file's cards: the set's title, or its site's chrome (Quizlet's `Terms in this set (8)`). */
export interface LineOver {
  line: number;
  /** The line's text; a heading's without its `#`s. */
  text: string;
  chrome: boolean;
}

/** One field of a row, as written: its text without the quotes around it, and where it is in the file. */
export interface Field {
  text: string;
  start: number;
  end: number;
  /** Indexes in `text` of the quotes written doubled in the file (each counts once in `text`). */
  doubled: number[];
}

/** A cell's data for `field`: whether the file writes its quotes doubled. */
export function quotingData(field: Field): Pick<TableCell, 'data'> {
  return field.doubled.length > 0 ? { data: { quotesDoubled: true } } : {};
}

/** `#separator:tab`, `#html:true`, `#tags column:3`: Anki's header lines (a key, a colon, a value). */
const HEADER = /^#([a-z]+(?: column)?):(.*)$/i;
/** A character Markdown or HTML could read as markup, an Obsidian comment's `%%`, or a line that could open a block. */
const MARKUP = /[\\`*_[\]<>&$~|!:]|%%|(?:^|\n)\s*(?:[-+#=]|\d+[.)])/;
/** At least two cards are needed to call a file without a header an export: one line with a tab may be anything. */
const FEWEST_CARDS = 2;
/** The most lines over a file's cards that may name the set or be its site's, none a card. */
const MOST_LINES_OVER = 3;

/**
 * The file read as a flashcard export, when it is one: every line a card with a front and a back. `sheet`: the file is
 * a spreadsheet (`.csv`, `.tsv`), whose reader tells the separator of its rows without a header (spreadsheet.ts).
 */
export function readCardExport(text: string, { sheet = false }: { sheet?: boolean } = {}): CardExport | undefined {
  const header = readHeader(text);
  // A `::` does not make a file Obsidian's cards (`std::vector` in a Quizlet back): the dash reading is tried too, and
  // last the semicolon's, of a file of cards that ask.
  const cards =
    (header.separator !== undefined || text.includes('\t')
      ? separatedCards(text, header)
      : ((text.includes(COLONS) ? colonSeparatedCards(text) : undefined) ??
        (text.includes(DASH) ? dashSeparatedCards(text) : undefined) ??
        (!sheet && text.includes(';') ? semicolonSeparatedCards(text, header.end) : undefined) ??
        (sheet ? undefined : customSeparatedCards(text)))) ?? (sheet || header.end > 0 ? undefined : oneLineCards(text));
  if (!cards) return undefined;
  const { rows, fieldColumns, columnNames, ratingColumn, tagLines = [], linesOver = [], separators } = cards;

  let places: ReturnType<typeof location> | undefined;
  const pointAt = (offset: number): Point => {
    const point = (places ??= location(text)).toPoint(offset)!;
    return { line: point.line, column: point.column, offset };
  };
  const span = (start: number, end: number): Position => ({ start: pointAt(start), end: pointAt(end) });
  const unclosedComments: Point[] = [];
  const sounds: LeftOutSound[] = [];
  const cell = (field: Field): TableCell => {
    const children = phrasingOf(field, pointAt, unclosedComments, { html: header.html });
    return {
      type: 'tableCell',
      children: holdsSoundTag(field.text) ? withoutSoundTags(children, sounds) : children,
      position: span(field.start, field.end),
      ...quotingData(field),
    };
  };
  // Anki's deck files its cards as a topic does (`ML::Metrics`), and its tags column tags them, a space between tags;
  // a sheet's column of ratings tags them too (question-table.ts reads the cell).
  const described = [columnNamed(columnNames, 'deck'), columnNamed(columnNames, 'tags'), ratingColumn];
  const filing = (row: Field[]): TableCell[] =>
    described.flatMap((column, index) => {
      if (column === undefined) return [];
      const field = row[column] ?? { text: '', start: row.at(-1)!.end, end: row.at(-1)!.end, doubled: [] };
      const value = index === 1 ? field.text.trim().split(/\s+/).join(', ') : field.text.trim();
      return [{ type: 'tableCell', children: value === '' ? [] : [{ type: 'text', value, position: span(field.start, field.end) }], position: span(field.start, field.end) }];
    });
  // Each described column's cell follows the front and the back, in the order above.
  const filed = described.filter((column) => column !== undefined).length;
  const [deck, tags, rating] = described.map((column, index) => (column === undefined ? undefined : 2 + described.slice(0, index).filter((before) => before !== undefined).length));
  const cardColumns = { ...(deck !== undefined ? { topic: deck } : {}), ...(tags !== undefined ? { tags } : {}), ...(rating !== undefined ? { rating } : {}) };
  const table: Table = {
    type: 'table',
    align: [null, null],
    children: rows.map((row) => {
      const [front, back] = fieldColumns(row);
      const cells = [cell(row[front!]!), cell(row[back!]!)] as const;
      const cloze = clozeCard(cells[0].children, cells[1].children);
      if (cloze) [cells[0].children, cells[1].children] = [cloze.front, cloze.back];
      return { type: 'tableRow', children: [...cells, ...filing(row)], position: span(row[0]!.start, row.at(-1)!.end) };
    }),
    data: { cardExport: true, ...(filed > 0 ? { cardColumns } : {}) },
    position: span(rows[0]![0]!.start, rows.at(-1)!.at(-1)!.end),
  };
  // Which columns (0-based) are some row's front or back, and which hold text in some row: one pass over the rows.
  const used = new Set<number>();
  const filled = new Set<number>();
  for (const column of described) if (column !== undefined) used.add(column);
  for (const row of rows) {
    const [front, back] = fieldColumns(row);
    used.add(front!).add(back!);
    row.forEach((field, index) => {
      if (field.text.trim() !== '') filled.add(index);
    });
  }
  const otherColumns: CardExport['otherColumns'] = [...filled]
    .filter((index) => !used.has(index))
    .sort((a, b) => a - b)
    .map((index) => ({ column: index + 1, name: columnNames.get(index + 1) }));
  const tree: Root = { type: 'root', children: [table] };
  if (text.includes('[[')) readWikilinks(tree);
  return { tree, otherColumns, unclosedComments, sounds, tagLines, linesOver, ...(separators ? { separators } : {}) };
}

/** A file's cards, and which of a row's fields are the front and the back. */
interface Cards {
  rows: Field[][];
  /** The indexes of a row's fields that are no column of the header's: the front and the back come first. */
  fieldColumns: (row: Field[]) => number[];
  /** What the header says the other columns are (1-based). */
  columnNames: Map<number, string>;
  /** The field (0-based) that rates each card, a sheet's range copied without its header (`Easy⇥What is …?⇥…`), if one does. */
  ratingColumn?: number;
  /** The lines of tags heading the cards (Obsidian's), if any. */
  tagLines?: TagLine[];
  /** The lines over the cards, which are none, if any. */
  linesOver?: LineOver[];
  separators?: CustomSeparators;
}

/**
 * Anki's and Quizlet's tab-separated export, Anki's header read; or fields separated as Anki's `#separator:` header
 * says (`#separator:semicolon`, `#separator:Pipe`, `#separator:;`).
 */
function separatedCards(text: string, header: Header): Cards | undefined {
  const separator = header.separator === undefined ? '\t' : separatorNamed(header.separator);
  if (separator === undefined) return undefined;
  const meta = new Set(header.columns.keys());
  const fieldColumns = (row: Field[]) => row.map((_, index) => index).filter((index) => !meta.has(index + 1));
  const isCard = (row: Field[]) => {
    const [front, back] = fieldColumns(row);
    const written = front === undefined ? '' : row[front]!.text.trim();
    // `•⇥What is a CDN?`, `a.⇥Edge servers …`: Word, Google Docs and OneNote copy a list's marker and a tab; an
    // outline's line, no card's front.
    return back !== undefined && written !== '' && !isListMarker(written);
  };
  const readRow: RowReader = (text, start) => separatedRow(text, start, separator);
  let read = readRows(text, header.end, readRow, isCard);
  // Quizlet's export copied with the count over it (`Terms in this set (8)`), or a set saved under its title: the
  // cards are the lines under them.
  const over = read ? undefined : linesOver(text, header.end, separator);
  if (over) read = readRows(text, over.end, readRow, isCard);
  const names = read?.[0] ? fieldColumns(read[0]).slice(0, 2).map((index) => read[0]![index]!.text.trim()) : [];
  // A first row that names the columns (`Term<TAB>Definition`), as a spreadsheet saved as text has.
  const named = names.length === 2 && names.every(namesCardColumn);
  const rows = named ? read!.slice(1) : read;
  if (!rows || rows.length < (header.declared ? 1 : FEWEST_CARDS)) return undefined;
  const labelled = !named && numbersTheRows(rows, fieldColumns);
  const columns = labelled ? (row: Field[]) => fieldColumns(row).slice(1) : fieldColumns;
  // A label that rates every row (`Easy`, `Hard`, `★★★`), not one that numbers it: each card's tag.
  const label = fieldColumns(rows[0]!)[0]!;
  const rating = labelled && rows.every((row) => isRating(row[label]!.text)) ? { ratingColumn: label } : {};
  return { rows, fieldColumns: columns, columnNames: header.columns, ...rating, ...(over ? { linesOver: over.lines } : {}) };
}

/**
 * Whether the rows' first field only numbers or rates them, a sheet's range copied without its header (`1⇥What is a
 * primary key?⇥A column …`, `Easy⇥What is …?⇥…`): it asks in no row, is a word or two, and the field after it asks, its
 * question mark ending it, in most rows, a third field after that. The question is then the second field, and the answer the third.
 */
function numbersTheRows(rows: Field[][], fieldColumns: (row: Field[]) => number[]): boolean {
  let asking = 0;
  for (const row of rows) {
    const [label, question, answer] = fieldColumns(row).map((index) => row[index]!.text.trim());
    if (answer === undefined || label!.split(/\s+/).length > 2 || isInterrogative(label!)) return false;
    // A question mark, not any wording that asks: an old Anki export's back (`How uncertain a distribution is`) over its tags column reads as one.
    if (endsWithQuestionMark(question!)) asking++;
  }
  return asking * 2 > rows.length;
}

/** A Markdown heading's line (`# Metrics`). */
const HEADING_LINE = /^#{1,6}\s/;

/**
 * The lines over a file's cards, from `start` to the first line with a separator, and where the cards start: a few
 * short lines, each the set's title (plaintext.ts isTitleLine: `Metrics flashcards (from Quizlet)`, `# Metrics`) or
 * its site's chrome (`Terms in this set (8)`). Undefined when there is none, or more, or one that is more than a
 * title (a sentence of prose, a question, a list item): such a note is no export, whatever tabs it holds.
 */
export function linesOver(text: string, start: number, separator: string): { end: number; lines: LineOver[] } | undefined {
  const lines: LineOver[] = [];
  let number = text.slice(0, start).split('\n').length;
  for (let at = start; at < text.length; number++) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    const trimmed = line.trim();
    // A heading is no card, whatever it holds (`# deck: ML::Optimization`).
    if (line.includes(separator) && !HEADING_LINE.test(trimmed)) return lines.length > 0 ? { end: at, lines } : undefined;
    if (trimmed !== '') {
      const chrome = isSiteChrome(trimmed);
      if (lines.length === MOST_LINES_OVER || (!chrome && !isTitleLine(trimmed))) return undefined;
      lines.push({ line: number, text: trimmed.replace(/^#{1,6}\s+/, ''), chrome });
    }
    at = end + 1;
  }
  return undefined;
}

/**
 * Anki's names of what separates the fields, as its `#separator:` header gives them (in any case, spaces around
 * them left out), or the character itself (`#separator:;`), as its importer reads them.
 */
const ANKI_SEPARATORS: Readonly<Record<string, FieldSeparator>> = { tab: '\t', comma: ',', semicolon: ';', space: ' ', pipe: '|', colon: ':' };

/** The separator a `#separator:` header's value names; undefined for a value Anki does not read. */
function separatorNamed(value: string): FieldSeparator | undefined {
  const named = ANKI_SEPARATORS[value.trim().toLowerCase()];
  if (named !== undefined) return named;
  return Object.values(ANKI_SEPARATORS).find((separator) => separator === value);
}

/**
 * A file of `front;back` lines, no `#separator:` over them, as Anki and other apps export cards with a semicolon: read so only
 * when every line is one such pair whose front asks (`What is an epoch?;One full pass …`), ending with its question
 * mark if it has one, and whose back does not ask it again, for prose and code have semicolons too. A line of a Markdown block (a heading, a list item) is none.
 */
function semicolonSeparatedCards(text: string, start: number): Cards | undefined {
  const isCard = (row: Field[]) => {
    if (row.length !== 2) return false;
    const [front, back] = [row[0]!.text, row[1]!.text];
    return (
      back.trim() !== '' &&
      front.length <= LONGEST_FRONT &&
      !isMarkdownBlockLine(front) &&
      isInterrogative(front) &&
      // `What is the difference between a list and a tuple? Lists are mutable;tuples are not.`: a front that asks
      // with a question mark ends with it; text after it is a sentence of prose, cut at its semicolon.
      (!ANY_QUESTION_MARK.test(front) || endsWithQuestionMark(front)) &&
      !asksAgain(front, back)
    );
  };
  const rows = readRows(text, start, (text, at) => separatedRow(text, at, ';'), isCard);
  if (!rows || rows.length < FEWEST_CARDS) return undefined;
  return { rows, fieldColumns: () => [0, 1], columnNames: new Map() };
}

/** Quizlet's export with ` - ` between front and back: every line a card whose front asks. */
function dashSeparatedCards(text: string): Cards | undefined {
  const rows = readRows(text, 0, dashSeparatedRow, (row) => row.length === 2);
  if (!rows || rows.length < FEWEST_CARDS) return undefined;
  return { rows, fieldColumns: () => [0, 1], columnNames: new Map() };
}

/**
 * Quizlet's export with separators of the user's own (custom-separators.ts): every card's front and back parted by the
 * same run of marks (` ~~~ `, ` | `, ` => `), the cards one per line, or each between lines of their own separator
 * (`|||`), where a definition may go on over lines. The separator is the first that the first lines hold and every
 * card holds; up to three lines over the cards may name the set, as over a tab-separated file's. Its front may be any
 * words (`Gradient descent ~~~ …`), as the separator is no prose's; but a front and back in two languages that ask
 * the same is a list of questions, and a Markdown block's line or code no card.
 */
function customSeparatedCards(text: string): Cards | undefined {
  const from = text.search(/\S/);
  const firstLine = from < 0 ? '' : text.slice(from, lineEnd(text, from));
  for (const separator of candidateSeparators(text)) {
    // The cards start at the first line, or under the lines over them that name the set.
    const holdsFirst = separatorAt(firstLine, separator) >= 0;
    const over = holdsFirst ? undefined : linesOver(text, 0, separator);
    if (!holdsFirst && !over) continue;
    const read = customRows(text, over?.end ?? 0, separator);
    if (!read || read.rows.length < FEWEST_CARDS || isChain(read.rows)) continue;
    const separators: CustomSeparators = { field: separator, ...(read.card ? { card: read.card } : {}) };
    return { rows: read.rows, fieldColumns: () => [0, 1], columnNames: new Map(), separators, ...(over ? { linesOver: over.lines } : {}) };
  }
  return undefined;
}

/** Quizlet's export copied as one line (one-line-export.ts), each card as a custom export's line would be one. */
function oneLineCards(text: string): Cards | undefined {
  const read = readOneLineExport(text, isCustomCard);
  if (!read) return undefined;
  const field = ([start, end]: [number, number]): Field => ({ text: text.slice(start, end), start, end, doubled: [] });
  const rows = read.cards.map((card) => [field(card.front), field(card.back)]);
  if (isChain(rows)) return undefined;
  return { rows, fieldColumns: () => [0, 1], columnNames: new Map(), separators: { field: read.field, card: read.card, oneLine: true } };
}

/**
 * Whether the lines go on from one to the next (`Input -> Tokenizer` over `Tokenizer -> Embedding`): a flow drawn line
 * by line, each line's right side the next one's left, at least half of them so. Cards do not lead to one another.
 */
function isChain(rows: readonly Field[][]): boolean {
  let linked = 0;
  for (let k = 0; k + 1 < rows.length; k++) if (rows[k]![1]!.text.trim() === rows[k + 1]![0]!.text.trim()) linked++;
  return linked * 2 >= rows.length - 1;
}

/**
 * The cards from `start`, each a front and a back that `separator` parts, and the line between them if the file has
 * one (`|||`): then a card is every line up to the next such line, the lines under its first its back's; without
 * one, every non-blank line is a card. Undefined where one is none, or the lines between them differ.
 */
function customRows(text: string, start: number, separator: string): { rows: Field[][]; card?: string } | undefined {
  /** The line that parts the cards (`|||`), once one is met or looked for (false: none does); undefined while not known. */
  let card: string | false | undefined;
  const rows: Field[][] = [];
  /** The card being read, until a line between cards closes it. */
  let open: Field[] | undefined;
  for (let at = start; at < text.length; ) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    const next = end + 1;
    if (line.trim() === '') {
      at = next;
      continue;
    }
    const column = separatorAt(line, separator);
    if (column < 0 && isMarksLine(line)) {
      card ??= line.trim();
      if (card !== line.trim()) return undefined;
      open = undefined;
    } else if (column < 0) {
      // A definition's next line, under its card's first, where lines part the cards; any other line is no card's.
      if (card === undefined) card = partingLine(text, next, separator, true);
      if (!open || card === false) return undefined;
      open[1] = fieldOf(text, open[1]!.start, end);
    } else {
      // A card right under another's line, where lines part the cards, is a card whose line is missing: no export's.
      if (open && card === undefined) card = partingLine(text, next, separator, false);
      if (open && card !== false) return undefined;
      const front = fieldOf(text, at, at + column);
      const back = fieldOf(text, at + column + separator.length, end);
      if (!isCustomCard(line, front.text, back.text)) return undefined;
      open = [front, back];
      rows.push(open);
    }
    at = next;
  }
  return { rows, ...(typeof card === 'string' ? { card } : {}) };
}

/**
 * The first line of marks alone (`|||`) from `start`, trimmed: what parts the cards, when a line does; false when none
 * does, or, with `closing`, when a card's line comes first (the card going on at `start` has no line to close it).
 */
function partingLine(text: string, start: number, separator: string, closing: boolean): string | false {
  for (let at = start; at < text.length; ) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (closing && separatorAt(line, separator) >= 0) return false;
    if (line.trim() !== '' && isMarksLine(line)) return line.trim();
    at = end + 1;
  }
  return false;
}

/** The field from `start` to `end` in `text`, without the spaces around it. */
function fieldOf(text: string, start: number, end: number): Field {
  const written = text.slice(start, end);
  const from = start + (written.length - written.trimStart().length);
  const to = end - (written.length - written.trimEnd().length);
  return { text: text.slice(from, Math.max(from, to)), start: from, end: Math.max(from, to), doubled: [] };
}

/**
 * Whether a line, its front and its back (custom-separators.ts) are a card: each side has words (a table's `--- | ---`
 * has none), the line is no Markdown block's line nor code, and the back no second wording of the front.
 */
function isCustomCard(line: string, front: string, back: string): boolean {
  return isWorded(front) && isWorded(back) && front.length <= LONGEST_FRONT && !isMarkdownBlockLine(line) && !isStrongCodeLine(line) && !asksAgain(front, back);
}

/**
 * Obsidian's Spaced Repetition cards, one per line: `front::back` (`:::` for a card to review both ways), under
 * the note's tag lines (`#flashcards/dl`). Most fronts ask or set a task (`Define entropy::…`), so that a list
 * of C++ names (`std::vector`) is no deck; or every card spaces its colons from a side, most from both (`precision ::
 * TP / (TP + FP)`, `recall:: …`), as no name in code nor Dataview's field (`Q:: …`) does.
 */
function colonSeparatedCards(text: string): Cards | undefined {
  const { end: tagsEnd, tagLines } = leadingTagLines(text);
  // Or under the lines that name the set (`# Optimizers`), as over a tab-separated file's cards.
  const over = linesOver(text, tagsEnd, COLONS);
  const rows = readRows(text, over?.end ?? tagsEnd, colonSeparatedRow, (row) => row.length === 2);
  if (!rows || rows.length < FEWEST_CARDS) return undefined;
  const asking = rows.filter(([front]) => front!.text.length <= LONGEST_FRONT && isInterrogative(front!.text)).length;
  // Spaced on both sides in most cards (`precision :: …`): a Dataview field spaces only after its key (`source:: [[…]]`).
  const spaced = rows.every(([front, back]) => /\s$/.test(front!.text) || /^\s/.test(back!.text));
  const apart = rows.filter(([front, back]) => /\s$/.test(front!.text) && /^\s/.test(back!.text)).length;
  if (!(asking * 2 >= rows.length || (spaced && apart * 2 > rows.length))) return undefined;
  // The spaces round the colons only told the cards apart: a side is its words (a back kept ` randomly …` with its space,
  // which the answer's Markdown wrote as `&#x20;randomly …`).
  const sides = rows.map((row) => row.map((field) => fieldOf(text, field.start, field.end)));
  return { rows: sides, fieldColumns: () => [0, 1], columnNames: new Map(), tagLines, ...(over ? { linesOver: over.lines } : {}) };
}

/** The lines of Obsidian tags that head a note (`#flashcards/dl #ml`; `# Title` is a heading, no tag), and where they end. */
function leadingTagLines(text: string): { end: number; tagLines: TagLine[] } {
  const tagLines: TagLine[] = [];
  let at = 0;
  for (let number = 1; at < text.length; number++) {
    const end = lineEnd(text, at);
    const line = text.slice(at, end);
    if (line.trim() !== '' && !isTagLine(line)) break;
    if (line.trim() !== '') tagLines.push({ line: number, column: line.length - line.trimStart().length + 1, text: line.trim() });
    at = Math.min(end + 1, text.length);
  }
  return { end: at, tagLines };
}

/** A line as the front and back that its separator (card-separator.ts) separates; no fields when it is no card. */
function colonSeparatedRow(text: string, start: number): { row: Field[]; next: number } {
  const end = lineEnd(text, start);
  const line = text.slice(start, end);
  const separator = oneLineCardSeparator(line) ?? unansweredCardSeparator(line);
  if (!separator) return { row: [], next: end };
  const backStart = separator.at + separator.length;
  const field = (from: number, to: number): Field => ({ text: line.slice(from, to), start: start + from, end: start + to, doubled: [] });
  return { row: [field(0, separator.at), field(backStart, line.length)], next: end };
}

/**
 * The separator of a card whose back is still to write, among a file's cards (`Lion optimizer? ::`): its front asks with
 * its question mark, so that it is a question not answered yet, where a line that ends in `::` elsewhere may be a
 * Dataview field left empty (`source::`), which oneLineCardSeparator leaves out.
 */
function unansweredCardSeparator(line: string): { at: number; length: number } | undefined {
  const written = line.trimEnd();
  const at = written.length - COLONS.length;
  if (!written.endsWith(COLONS) || written.endsWith(':::') || isMarkdownBlockLine(line)) return undefined;
  const front = written.slice(0, at);
  return !front.includes(COLONS) && endsWithQuestionMark(front.trim()) ? { at, length: COLONS.length } : undefined;
}

/** Obsidian Spaced Repetition's separator of a one-line card's front and back. */
const COLONS = '::';

interface Header {
  /** Where the cards start. */
  end: number;
  /** Whether Anki's header says what the file is (`#separator:` or `#html:`). */
  declared: boolean;
  /** Whether it says its fields are HTML (`#html:true`). */
  html: boolean;
  /** The `#separator:` header's value, as written (`tab`, `Semicolon`, `;`). */
  separator?: string;
  /** Columns the header gives to something other than a field: `#tags column:3` -> 3 => "tags". */
  columns: Map<number, string>;
}

function readHeader(text: string): Header {
  const header: Header = { end: 0, declared: false, html: false, columns: new Map() };
  while (header.end < text.length) {
    const end = lineEnd(text, header.end);
    const line = text.slice(header.end, end);
    const entry = HEADER.exec(line.trim());
    if (!entry) break;
    const key = entry[1]!.toLowerCase();
    const value = entry[2]!.trim();
    // As written after the colon: `#separator: ` names the space by the character.
    if (key === 'separator') header.separator = line.slice(line.indexOf(':') + 1);
    if (key === 'separator' || key === 'html') header.declared = true;
    if (key === 'html') header.html = value.toLowerCase() === 'true';
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

/**
 * What separates the fields of a row: a tab in Anki's export and in TSV; a comma, or a semicolon (spreadsheet.ts), in
 * CSV; any that Anki's `#separator:` header names (a space, a pipe, a colon too).
 */
export type FieldSeparator = '\t' | ',' | ';' | ' ' | '|' | ':';

/** Fields separated by `separator`, each plain or quoted as Anki and RFC 4180 quote them. */
export function separatedRow(text: string, start: number, separator: FieldSeparator): { row: Field[]; next: number } {
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
const ASKED_DASH = new RegExp(String.raw`${QUESTION_MARK}[ \t]+-[ \t]+`);
/** The longest front that may ask without a question mark. */
const LONGEST_FRONT = 300;

/** A line as a front and a back that ` - ` separates, the front a question and the back no second wording of it; no fields when it is none. */
function dashSeparatedRow(text: string, start: number): { row: Field[]; next: number } {
  const end = lineEnd(text, start);
  const line = text.slice(start, end);
  const none = { row: [], next: end };
  // A heading, a quote, a list item or a table row: its ` - ` is no card's.
  if (isMarkdownBlockLine(line)) return none;
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

function plainField(text: string, start: number, separator: FieldSeparator): { field: Field; next: number } {
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
export function phrasingOf(field: Field, pointAt: (offset: number) => Point, unclosedComments: Point[], { html = false }: { html?: boolean } = {}): PhrasingContent[] {
  // Most Quizlet fields are plain words: they are their own text, without a parse each.
  if (!MARKUP.test(field.text)) return field.text.trim() === '' ? [] : [{ type: 'text', value: field.text, position: { start: pointAt(field.start), end: pointAt(field.end) } }];
  // Offsets in the field's text to the file's: past its opening quote and the quotes written doubled.
  const fileOffset = (offset: number) => field.start + offset + field.doubled.filter((index) => index < offset).length;
  // An HTML field's lists and paragraphs are blocks, as an HTML table's cell holds them (extract/html-table.ts).
  if (html && holdsHtml(field.text)) return inFile(htmlFieldContent(field.text) as PhrasingContent[], pointAt, fileOffset);
  const out: PhrasingContent[] = [];
  const parsed = parseMarkdown(field.text, { inlineHtml: true });
  parsed.tree.children.forEach((block, index) => {
    if (index > 0) out.push({ type: 'break' });
    out.push(...asPhrasing(block, field.text));
  });
  if (parsed.unclosedComments.length > 0) {
    const inField = location(field.text);
    for (const place of parsed.unclosedComments) unclosedComments.push(pointAt(fileOffset(inField.toOffset(place)!)));
  }
  return inFile(out, pointAt, fileOffset);
}

/** `nodes` read from a field's text, their positions moved to the file's. */
function inFile(nodes: PhrasingContent[], pointAt: (offset: number) => Point, fileOffset: (offset: number) => number): PhrasingContent[] {
  for (const node of nodes) {
    visit(node, (inner) => {
      if (!inner.position) return;
      const { start, end } = inner.position;
      if (start.offset !== undefined) Object.assign(start, pointAt(fileOffset(start.offset)));
      if (end.offset !== undefined) Object.assign(end, pointAt(fileOffset(end.offset)));
    });
  }
  return nodes;
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

/** The 0-based index of the column Anki's header names so (`#deck column:2` -> 1), if it names one. */
function columnNamed(columnNames: ReadonlyMap<number, string>, name: string): number | undefined {
  for (const [column, named] of columnNames) if (named.toLowerCase() === name) return column - 1;
  return undefined;
}
