/**
 * `questions.json` as a sequence of text pieces, one question at a time, so
 * that a bank of 100,000 questions is never held as one validated copy plus
 * one giant string plus one giant buffer.
 *
 * The pieces joined are exactly `JSON.stringify(QuestionBank.parse(bank), null, 2) + '\n'`:
 * each question is validated on its own with the same `Question` schema (which
 * also puts its keys in the schema's order) and stringified at the indentation
 * it has inside the bank; the top level (`$schema`, `schemaVersion`,
 * `sources`) is validated and stringified separately, with an empty question
 * list whose brackets the questions are then written between.
 *
 * A caller that knows a question's text from an earlier export of the same
 * question (`QuestionTexts`) may hand it back instead: it was validated and
 * stringified then, and the same question gives the same text.
 */
import { z } from 'zod';
import { Question, QuestionBank, type QuestionBank as Bank } from '../../schema/question-bank.js';

/** Where the question list sits in the top level stringified with `questions: []`. */
const EMPTY_QUESTIONS = '\n  "questions": []';
/** A question is an item of the top-level `questions` array: two levels deep. */
const ITEM_INDENT = '    ';

/** Texts of questions as an earlier export wrote them, and a record of what this one writes. */
export interface QuestionTexts {
  /** The file the texts are recalled from, as read (the writer compares the new bytes with it, not with a second read of the file). */
  readonly file?: Uint8Array;
  /** The question's text as written before, UTF-8 (at item indentation, without the separator), if known. */
  recall(question: Question): Uint8Array | undefined;
  /** Called for every question, in order, with where its text starts in the file and its length, in bytes. */
  written(question: Question, at: number, length: number): void;
}

/**
 * The text of `questions.json`, in pieces (the top level, then one piece per
 * question, then the closing brackets). Throws a `ZodError` (with paths from
 * the bank's root, such as `questions.12.id`) when the bank does not match the
 * schema; the pieces before the invalid question have been yielded by then.
 */
export function* bankJsonPieces(bank: Bank, schemaReference: string, texts?: QuestionTexts): Generator<string | Uint8Array> {
  const top = QuestionBank.parse({ $schema: schemaReference, ...bank, questions: [] });
  const head = JSON.stringify(top, null, 2);
  // Strings are stringified with their line breaks escaped, so a line break
  // followed by two spaces and a key can only be a top-level key.
  const at = head.indexOf(EMPTY_QUESTIONS);
  if (at < 0) throw new Error('questions.json: the top level has no question list');
  const questions = bank.questions;
  if (questions.length === 0) {
    yield `${head}\n`;
    return;
  }
  const listOpen = at + EMPTY_QUESTIONS.length - 1;
  const opening = head.slice(0, listOpen);
  yield opening;
  // Bytes so far, when someone records where each text is.
  let length = texts ? Buffer.byteLength(opening) : 0;
  // Recalled texts that lay side by side in the old file go out as one piece, the separators between them
  // included: with one note of a hundred edited, a few pieces instead of two per question.
  let run: Uint8Array | undefined;
  for (let index = 0; index < questions.length; index++) {
    const question = questions[index]!;
    const separator = `${index === 0 ? '' : ','}\n${ITEM_INDENT}`;
    const recalled = texts?.recall(question);
    if (recalled && isTextOf(recalled, question)) {
      if (run && follows(run, recalled)) run = new Uint8Array(run.buffer, run.byteOffset, recalled.byteOffset + recalled.length - run.byteOffset);
      else {
        if (run) yield run;
        yield separator;
        run = recalled;
      }
      texts!.written(question, length + separator.length, recalled.length);
      length += separator.length + recalled.length;
      continue;
    }
    if (run) yield run;
    run = undefined;
    const piece = `${separator}${questionText(question, index)}`;
    yield piece;
    if (texts) {
      const bytes = Buffer.byteLength(piece);
      texts.written(question, length + separator.length, bytes - separator.length);
      length += bytes;
    }
  }
  if (run) yield run;
  yield `\n  ]${head.slice(listOpen + 1)}\n`;
}

/** The separator between two questions that are not the first, as bytes. */
const SEPARATOR = Buffer.from(`,\n${ITEM_INDENT}`);

/** `next` comes right after `run` in the same bytes, with exactly the separator between: the two are one piece there. */
function follows(run: Uint8Array, next: Uint8Array): boolean {
  const end = run.byteOffset + run.length;
  if (next.buffer !== run.buffer || next.byteOffset !== end + SEPARATOR.length) return false;
  const between = new Uint8Array(run.buffer, end, SEPARATOR.length);
  for (let i = 0; i < SEPARATOR.length; i++) if (between[i] !== SEPARATOR[i]) return false;
  return true;
}

/** How a question's text starts, up to its id's first character: `id` is the schema's first key. */
const ID_OPENING = Buffer.from(`{\n${ITEM_INDENT}  "id": "`);
const QUOTE = 0x22;
const COMMA = 0x2c;

/**
 * A recalled text is taken only if it is this question's (ids are unique in a bank). Compared in place, byte
 * by code unit, with no string made per question: the schema's ids are hex digits, which JSON writes as
 * they are. An id that is not plain ASCII (a bank that fails the schema) is never matched.
 */
function isTextOf(text: Uint8Array, question: Question): boolean {
  const { id } = question;
  const opening = ID_OPENING.length;
  if (text.length <= opening + id.length + 1) return false;
  for (let i = 0; i < opening; i++) if (text[i] !== ID_OPENING[i]) return false;
  for (let i = 0; i < id.length; i++) {
    const code = id.charCodeAt(i);
    if (code < 0x20 || code > 0x7e || code === QUOTE || code === 0x5c || text[opening + i] !== code) return false;
  }
  return text[opening + id.length] === QUOTE && text[opening + id.length + 1] === COMMA;
}

/** What `JSON.stringify` writes around a value two arrays deep, at ITEM_INDENT. */
const NESTED_OPEN = `[\n  [\n${ITEM_INDENT}`.length;
const NESTED_CLOSE = '\n  ]\n]'.length;

/** A question validated and stringified at the indentation of an item of the bank's question list. */
function questionText(question: Question, index: number): string {
  const checked = Question.safeParse(question);
  if (!checked.success) throw fromBankRoot(checked.error, index);
  // Stringified where an item sits, two arrays deep, and cut out: no second pass to indent its lines.
  return JSON.stringify([[checked.data]], null, 2).slice(NESTED_OPEN, -NESTED_CLOSE);
}

/** The same error `QuestionBank.parse` gives for the whole bank: paths start at the root. */
function fromBankRoot(error: z.ZodError, index: number): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: ['questions', index, ...issue.path] })));
}
