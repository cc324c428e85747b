/**
 * A table of questions, as Notion exports a database: its header names a
 * question column and an answer column (`Question | Answer`, `Q | A`,
 * `질문 | 답변`, `문제 | 해설`, in any case and spacing), and each row below
 * is one question, its answer cell the answer (inline markup kept). Other
 * columns (`Difficulty`) are not part of a question and are named so the
 * user knows. Any other table is content: it stays in the answer it is in.
 */
import type { Paragraph, RootContent, Table, TableCell } from 'mdast';
import type { Position } from 'unist';
import { candidate, type FoundQuestion } from './recognizer.js';
import { cleanPrompt, inlineText } from '../prompt-text.js';

const QUESTION_HEADER = /^(?:q|questions?|질문|문제|문항)$/;
const ANSWER_HEADER = /^(?:a|answers?|답변|답|정답|해설|풀이)$/;

export interface QuestionTable {
  questions: FoundQuestion[];
  /** Rows with an answer but no question, kept out of every answer. */
  stray: TableCell[];
  /** Header names of the columns that are neither the question nor the answer. */
  otherColumns: string[];
}

/** The header cell's words: `**Question:**` -> `Question`. */
function headerName(cell: TableCell): string {
  return cleanPrompt(inlineText(cell.children)).replace(/[:：]\s*$/, '').replace(/\s+/g, ' ').trim();
}

function columns(table: Table): { question: number; answer: number } | undefined {
  // A flashcard export's rows are all cards, front then back (card-export.ts).
  if (table.data?.cardExport) return { question: 0, answer: 1 };
  const header = table.children[0];
  if (!header) return undefined;
  const names = header.children.map((cell) => headerName(cell).toLowerCase());
  const question = names.findIndex((name) => QUESTION_HEADER.test(name));
  const answer = names.findIndex((name) => ANSWER_HEADER.test(name));
  return question === -1 || answer === -1 ? undefined : { question, answer };
}

export function isQuestionTable(block: RootContent): block is Table {
  return block.type === 'table' && columns(block) !== undefined;
}

export function questionsInTable(table: Table): QuestionTable {
  const { question, answer } = columns(table)!;
  const header = table.data?.cardExport ? undefined : table.children[0];
  const rows = header ? table.children.slice(1) : table.children;
  const result: QuestionTable = {
    questions: [],
    stray: [],
    otherColumns: (header?.children ?? []).map(headerName).filter((name, index) => index !== question && index !== answer && name !== ''),
  };
  for (const row of rows) {
    const asked = row.children[question];
    const answered = row.children[answer];
    const hasAnswer = answered !== undefined && inlineText(answered.children).trim() !== '';
    const place = asked ? contentPosition(asked) : undefined;
    const found = asked && place ? candidate('table-row', asked.children, place) : undefined;
    if (!found?.prompt) {
      if (hasAnswer) result.stray.push(answered);
      continue;
    }
    const answerPlace = hasAnswer ? contentPosition(answered) : undefined;
    const paragraph: Paragraph | undefined = hasAnswer ? { type: 'paragraph', children: answered.children, ...(answerPlace ? { position: answerPlace } : {}) } : undefined;
    result.questions.push({ candidate: found, answer: paragraph ? [paragraph] : [] });
  }
  return result;
}

/** Where a cell's content stands, without the bar and spaces around it (the question as written is its text alone). */
function contentPosition(cell: TableCell): Position | undefined {
  const start = cell.children[0]?.position?.start;
  const end = cell.children.at(-1)?.position?.end;
  return start && end ? { start, end } : cell.position;
}
