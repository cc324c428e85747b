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
 */
import { z } from 'zod';
import { Question, QuestionBank, type QuestionBank as Bank } from '../../schema/question-bank.js';

/** Where the question list sits in the top level stringified with `questions: []`. */
const EMPTY_QUESTIONS = '\n  "questions": []';
/** A question is an item of the top-level `questions` array: two levels deep. */
const ITEM_INDENT = '    ';

/**
 * The text of `questions.json`, in pieces (the top level, then one piece per
 * question, then the closing brackets). Throws a `ZodError` (with paths from
 * the bank's root, such as `questions.12.id`) when the bank does not match the
 * schema; the pieces before the invalid question have been yielded by then.
 */
export function* bankJsonPieces(bank: Bank, schemaReference: string): Generator<string> {
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
  yield head.slice(0, listOpen);
  for (let index = 0; index < questions.length; index++) {
    const checked = Question.safeParse(questions[index]);
    if (!checked.success) throw fromBankRoot(checked.error, index);
    const text = JSON.stringify(checked.data, null, 2).replaceAll('\n', `\n${ITEM_INDENT}`);
    yield `${index === 0 ? '' : ','}\n${ITEM_INDENT}${text}`;
  }
  yield `\n  ]${head.slice(listOpen + 1)}\n`;
}

/** The same error `QuestionBank.parse` gives for the whole bank: paths start at the root. */
function fromBankRoot(error: z.ZodError, index: number): z.ZodError {
  return new z.ZodError(error.issues.map((issue) => ({ ...issue, path: ['questions', index, ...issue.path] })));
}
