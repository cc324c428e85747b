/**
 * A table of questions, as Notion exports a database: its header names a
 * question column and an answer column (`Question | Answer`, `Q | A`,
 * `질문 | 답변`, `문제 | 해설`, `Question Title`, `Answer Link`, in any case and spacing), and each row below
 * is one question, its answer cell the answer (inline markup kept). A table
 * written in HTML (`<table>` of `<td>` cells, as Confluence exports) is read
 * the same way (html-table.ts); its cells may hold paragraphs, code and
 * lists, which the answer keeps. A list
 * of questions kept as a table (`Question | Level`) has no answer column:
 * its rows are questions without answers when most of its question cells
 * ask. A topic column (`Topic`, `주제`, `구분`) gives each row's question its topic,
 * as a section heading would, an empty cell in a note's table the one above it (a merged cell); a tags column (`Tags`, `Category`, `분류`) its
 * tags, as a `Tags:` line under a question does (answer-head.ts); a rating column (`Difficulty`, `Level`, `난이도`)
 * a tag, its rating (`easy`, `level 3`: wording/rating-labels.ts); a
 * multiple-choice table's option columns (`answerA`) its options, its key
 * column the right one. Other columns (`Company`, `Source`) are not part of a
 * question and are named so the user knows. Any other table is content: it
 * stays in the answer it is in. A spreadsheet (parse/spreadsheet.ts) is read
 * as such a table.
 */
import type { BlockContent, Paragraph, PhrasingContent, RootContent, Table, TableCell } from 'mdast';
import type { Position } from 'unist';
import { phrasing } from 'mdast-util-phrasing';
import { tableOfHtml } from '../html-table.js';
import { candidate, type FoundQuestion, type PromptCandidate } from './recognizer.js';
import { cleanPrompt, inlineText } from '../../wording/prompt-text.js';
import { namesTags, tagsOf } from '../answer-head.js';
import { ratingTag } from '../../wording/rating-labels.js';
import {
  ANSWER_HEADER,
  CARD_ANSWER_HEADER,
  CARD_QUESTION_HEADER,
  CARD_SIDE_HEADERS,
  EXPLANATION_HEADER,
  joinedWords,
  namesAnswerColumn,
  KEY_HEADER,
  OPTION_HEADER,
  OWN_ANSWER_HEADER,
  QUESTION_HEADER,
  RATING_HEADER,
  TITLE_HEADER,
  TOPIC_HEADER,
} from '../../wording/column-names.js';


export interface QuestionTable {
  questions: FoundQuestion[];
  /** Rows with an answer but no question, kept out of every answer. */
  stray: TableCell[];
  /**
   * A sheet's rows with an answer and nothing else, right under a question's row: the answer above going on, as
   * a sheet saves a merged question cell (its text in the first row only) or an author continues a long answer.
   */
  continued: TableCell[];
  /** Header names of the columns that are neither the question nor the answer. */
  otherColumns: string[];
}

/** The header cell's words: `**Question:**` -> `Question`. */
function headerName(cell: TableCell): string {
  return joinedWords(cleanPrompt(inlineText(cell.children)).replace(/[:：]\s*$/, ''));
}

/**
 * The question column, the answer column when the table has one, and its topic and tags columns when it has them.
 * A multiple-choice table has option columns too; its answer column is then its key.
 */
interface Columns {
  question: number;
  answer?: number;
  topic?: number;
  tags?: number;
  /** A column that rates the rows (`Difficulty`), each cell a tag of its row's question. */
  rating?: number;
  options?: Array<{ column: number; label: string }>;
}

/**
 * Each table's columns, read once: a table is asked about by the parse stage (is a sheet a table of
 * questions?), by the choice of recognisers and by the extractor, and its header and question cells
 * do not change between (an HTML table is the same object each time: tableOfHtml).
 */
const columnsRead = new WeakMap<Table, Columns | null>();

function columns(table: Table): Columns | undefined {
  let read = columnsRead.get(table);
  if (read === undefined) columnsRead.set(table, (read = readColumns(table) ?? null));
  return read ?? undefined;
}

function readColumns(table: Table): Columns | undefined {
  // A flashcard export's rows are all cards, front then back (card-export.ts).
  if (table.data?.cardExport) return { question: 0, answer: 1, ...table.data.cardColumns };
  const [header, ...rows] = table.children;
  if (!header) return undefined;
  const names = header.children.map((cell) => headerName(cell).toLowerCase());
  const sheet = table.data?.spreadsheet === true;
  // `| Front | Back |` names a flashcard's sides in a note too, as its first two columns, any others its tags, topic or
  // rating (`| Operation | Front | Back |` compares).
  const sides =
    CARD_SIDE_HEADERS.question.test(names[0] ?? '') &&
    CARD_SIDE_HEADERS.answer.test(names[1] ?? '') &&
    names.slice(2).every((name) => namesTags(name) || TOPIC_HEADER.test(name) || RATING_HEADER.test(name));
  // A card's own field names: a sheet's (`Term,Definition` too), or a note's table's sides.
  const cardFields = sheet ? { question: CARD_QUESTION_HEADER, answer: CARD_ANSWER_HEADER } : sides ? CARD_SIDE_HEADERS : undefined;
  const named = names.findIndex((name) => QUESTION_HEADER.test(name) || cardFields?.question.test(name) === true);
  // A Notion database's pages, named by what they ask, in its title column, beside a column that answers (`name,value` is data).
  const titled = named === -1 && sheet && names.some(namesAnswerColumn) ? names.findIndex((name) => TITLE_HEADER.test(name)) : -1;
  const question = titled !== -1 && mostlyAsk(rows.map((row) => row.children[titled])) ? titled : named;
  if (question === -1) return undefined;
  // Options are lettered, whatever their columns' names (`choice1` is A): a quiz note's letters are what the
  // reading of options knows best, and a key (`1`) is turned to match (keyLine).
  const options = names.flatMap((name, column) => {
    const named = OPTION_HEADER.exec(name)?.[1];
    return named !== undefined && column !== question ? [{ column, label: /\d/.test(named) ? letterOf(named) : named.toUpperCase() }] : [];
  });
  const choices = options.length >= 2 ? { options } : {};
  const optionColumns = new Set(choices.options?.map((option) => option.column));
  const keyed = choices.options ? names.findIndex((name, index) => !optionColumns.has(index) && KEY_HEADER.test(name)) : -1;
  const answerColumn = (answers: (name: string) => boolean) => names.findIndex((name, index) => !optionColumns.has(index) && answers(name));
  // A column named as a bank names its answers first; a learner's own (`My answer`) only where there is none.
  const banked = keyed !== -1 ? keyed : answerColumn((name) => ANSWER_HEADER.test(name) || cardFields?.answer.test(name) === true);
  const answered = banked !== -1 ? banked : answerColumn((name) => OWN_ANSWER_HEADER.test(name));
  // An explanation answers only questions: `| 문제 | 설명 |` is as often a table of problems and what they are.
  const explained = answered === -1 && mostlyAsk(rows.map((row) => row.children[question])) ? names.findIndex((name) => EXPLANATION_HEADER.test(name)) : -1;
  const answer = answered !== -1 ? answered : explained;
  const taken = [question, answer, ...optionColumns];
  const topic = names.findIndex((name, index) => !taken.includes(index) && TOPIC_HEADER.test(name));
  const tags = names.findIndex((name, index) => !taken.includes(index) && index !== topic && namesTags(name));
  const rating = names.findIndex((name, index) => !taken.includes(index) && RATING_HEADER.test(name));
  const described = { ...(topic !== -1 ? { topic } : {}), ...(tags !== -1 ? { tags } : {}), ...(rating !== -1 ? { rating } : {}), ...choices };
  if (answer !== -1 || choices.options) return { question, ...(answer !== -1 ? { answer } : {}), ...described };
  // Without answers, only the cells say the column holds questions: `Question | Metric` may list what a test measures.
  return mostlyAsk(rows.map((row) => row.children[question])) ? { question, ...described } : undefined;
}

/** At least half the filled cells ask, as a list's items must to make a list of questions (question-list.ts). */
function mostlyAsk(cells: ReadonlyArray<TableCell | undefined>): boolean {
  const asked = cells.map((cell) => (cell ? cellQuestion(cell) : undefined)).filter((found) => found !== undefined);
  const asking = asked.filter((found) => found.interrogative).length;
  return asking >= 1 && asking * 2 >= asked.length;
}

/** The question a cell asks, if it holds any text. */
function cellQuestion(cell: TableCell): PromptCandidate | undefined {
  const place = contentPosition(cell);
  const found = place ? candidate('table-row', cell.children, place) : undefined;
  if (!found?.prompt) return undefined;
  return cell.data?.quotesDoubled ? { ...found, quotesDoubled: true } : found;
}

/** The table of questions a block is, in Markdown or in HTML, if it is one. */
export function questionTableOf(block: RootContent): Table | undefined {
  const table = block.type === 'table' ? block : block.type === 'html' ? tableOfHtml(block) : undefined;
  return table && columns(table) !== undefined ? table : undefined;
}

export function questionsInTable(table: Table): QuestionTable {
  const { question, answer, topic, tags, rating, options = [] } = columns(table)!;
  const header = table.data?.cardExport ? undefined : table.children[0];
  const rows = header ? table.children.slice(1) : table.children;
  const columnNames = (header?.children ?? []).map(headerName);
  const result: QuestionTable = {
    questions: [],
    stray: [],
    continued: [],
    otherColumns: columnNames.filter((name, index) => ![question, answer, topic, tags, rating, ...options.map((option) => option.column)].includes(index) && name !== ''),
  };
  // The rating column's name, read with each of its cells (`Level` over `3`).
  const ratingName = rating === undefined ? undefined : columnNames[rating];
  const headerNames = header?.children.map((cell) => inlineText(cell.children).trim());
  // The question of the row above, while rows that answer and say nothing else may go on with its answer: in a
  // sheet, where a merged cell is saved so; in a note's table, such a row is more likely one whose question is missing.
  const continues = table.data?.spreadsheet === true;
  let above: FoundQuestion | undefined;
  /**
   * The topic the rows above last named: a note's table groups its rows by a topic cell merged down over them, as
   * Word and Excel tables are pasted (`| 회귀 | MAE란? |` over `| | R²란? |`), empty below its first row.
   * A sheet's row is a record of its own (a Notion database's page with no topic has none).
   */
  let grouped = '';
  for (const row of rows) {
    // The header written again down the table, as sheets pasted together repeat it: no question.
    if (headerNames && row.children.every((cell, index) => inlineText(cell.children).trim() === (headerNames[index] ?? ''))) {
      above = undefined;
      grouped = '';
      continue;
    }
    const named = cellText(row.children, topic) || (continues ? '' : grouped);
    grouped = named;
    const asked = row.children[question];
    const answered = answer === undefined ? undefined : row.children[answer];
    const hasAnswer = answered !== undefined && answers(answered);
    const found = asked ? cellQuestion(asked) : undefined;
    if (!found) {
      const onlyAnswer = hasAnswer && row.children.every((cell) => cell === answered || !answers(cell));
      if (onlyAnswer && above && continues) {
        above.answer.push(...answerBlocks(answered));
        result.continued.push(answered);
      } else {
        if (hasAnswer) result.stray.push(answered);
        above = undefined;
      }
      continue;
    }
    const rated = ratingTag(cellText(row.children, rating), ratingName);
    const tagged = [...tagsOf(cellText(row.children, tags)), ...(rated ? [rated] : [])];
    const offered = options.filter((option) => row.children[option.column] && answers(row.children[option.column]!));
    const blocks = hasAnswer ? answerBlocks(answered) : [];
    const asking: FoundQuestion = {
      candidate: found,
      // What the question's cell says after it (`What is X?<br>It weighs values.`) answers it first, as a note's line does.
      answer: offered.length > 0 ? [optionLines(offered, row.children), ...keyLine(blocks, offered, row.children)] : [...found.answerLead, ...blocks],
      ...(named !== '' ? { topic: named } : {}),
      ...(tagged.length > 0 ? { tags: tagged } : {}),
    };
    result.questions.push(asking);
    // A multiple-choice row's answer is its options and its key: nothing goes on with it.
    above = offered.length > 0 ? undefined : asking;
  }
  return result;
}

/**
 * A multiple-choice row's options as the lines a quiz note writes them (`A) …`, one a line), for the answer's reading
 * of options (choices.ts) to take, as it takes a note's.
 */
function optionLines(offered: ReadonlyArray<{ column: number; label: string }>, cells: readonly TableCell[]): Paragraph {
  const children = offered.flatMap(({ column, label }, index): PhrasingContent[] => [
    { type: 'text', value: `${index > 0 ? '\n' : ''}${label}) ` },
    ...cells[column]!.children,
  ]);
  return { type: 'paragraph', children };
}

/**
 * A multiple-choice row's key cell as the line that names the right option (`Answer: B`): its letter, its number
 * (`2`, the second option), or its text (`Sigmoid`, the option that says it); any other key as it is written.
 */
function keyLine(blocks: Array<Paragraph | BlockContent>, offered: ReadonlyArray<{ column: number; label: string }>, cells: readonly TableCell[]): Array<Paragraph | BlockContent> {
  const [first, ...rest] = blocks;
  if (first?.type !== 'paragraph') return blocks;
  const key = inlineText(first.children).trim();
  const same = (text: string) => text.toLowerCase() === key.toLowerCase();
  const named =
    offered.find((option) => same(option.label)) ??
    (/^[1-5]$/.test(key) ? offered.find((option) => option.label === letterOf(key)) : undefined) ??
    offered.find((option) => same(cellText(cells, option.column)));
  const children: PhrasingContent[] = named ? [{ type: 'text', value: named.label }] : first.children;
  return [{ ...first, children: [{ type: 'text', value: 'Answer: ' }, ...children] }, ...rest];
}

/** An option's number (`1` to `5`) as its letter (`A` to `E`). */
function letterOf(number: string): string {
  return 'ABCDE'[Number(number) - 1]!;
}

/** Whether an answer cell says anything: words, or a picture alone, as under a question of a note (not a `<br>` or a comment). */
function answers(cell: TableCell): boolean {
  return inlineText(cell.children).trim() !== '' || cell.children.some((child) => child.type === 'image' || child.type === 'imageReference' || (child.type === 'html' && /^<img\b/i.test(child.value.trim())));
}

/** The words of a row's cell in a column, if the table has that column and the row that cell. */
function cellText(cells: readonly TableCell[], column: number | undefined): string {
  const cell = column === undefined ? undefined : cells[column];
  return cell ? inlineText(cell.children).replace(/\s+/g, ' ').trim() : '';
}

/**
 * An answer cell as blocks: its inline content one paragraph, as a Markdown cell holds; an HTML cell's
 * paragraphs, code and lists as they are, the inline runs between them paragraphs of their own.
 */
function answerBlocks(cell: TableCell): Array<Paragraph | BlockContent> {
  // mdast types a cell's children as inline: an HTML cell's are whatever hast-util-to-mdast made of them.
  const children = cell.children as ReadonlyArray<PhrasingContent | BlockContent>;
  if (children.every(isInline)) {
    const place = contentPosition(cell);
    return [{ type: 'paragraph', children: cell.children, ...(place ? { position: place } : {}) }];
  }
  const blocks: Array<Paragraph | BlockContent> = [];
  let run: PhrasingContent[] = [];
  const endRun = () => {
    const place = spanOf(run);
    // Whitespace between blocks (the line breaks of the HTML) is no paragraph.
    if (run.some((child) => child.type !== 'text' || child.value.trim() !== '')) blocks.push({ type: 'paragraph', children: run, ...(place ? { position: place } : {}) });
    run = [];
  };
  for (const child of children) {
    if (isInline(child)) run.push(child as PhrasingContent);
    else {
      endRun();
      blocks.push(child as BlockContent);
    }
  }
  endRun();
  return blocks;
}

/** Inline content: in a cell, HTML (`<br>`) is inline too, though mdast-util-phrasing leaves it out (it may be either). */
function isInline(node: PhrasingContent | BlockContent): boolean {
  return node.type === 'html' || phrasing(node);
}

/** From the first node's start to the last one's end. */
function spanOf(nodes: ReadonlyArray<{ position?: Position | undefined }>): Position | undefined {
  const start = nodes[0]?.position?.start;
  const end = nodes.at(-1)?.position?.end;
  return start && end ? { start, end } : undefined;
}

/** Where a cell's content stands, without the bar and spaces around it (the question as written is its text alone). */
function contentPosition(cell: TableCell): Position | undefined {
  return spanOf(cell.children) ?? cell.position;
}
