/**
 * A bank handed to an exporter from outside a build (a `questions.json` read back, an older one, one
 * made by hand) is checked against the schema first, so that a bank of another shape is named as such
 * (`questions[0].choices: …`) rather than met as a TypeError deep inside the exporter. A build's own bank
 * is made valid: its exporters take it unchecked (build/exporters.ts), at no cost.
 */
import { z } from 'zod';
import { QuestionBank, SCHEMA_VERSION } from './question-bank.js';

/** A bank that does not have the schema's shape; its message names the first problems and where they are. */
export class InvalidBankError extends Error {
  override name = 'InvalidBankError';
}

/** The issues named in a message; the rest are counted. */
const SHOWN_ISSUES = 3;

/** `bank`, checked (and as the schema reads it); throws InvalidBankError, naming `reader`, when it is not a bank. */
export function checkedBank(bank: unknown, reader: string): QuestionBank {
  const checked = QuestionBank.safeParse(bank);
  if (checked.success) return checked.data;
  throw invalidBank(checked.error, reader);
}

/** The schema's error about a bank, as an InvalidBankError naming `reader` (the ZodError its cause). */
function invalidBank(error: z.ZodError, reader: string): InvalidBankError {
  return new InvalidBankError(`${reader}: not a qbank question bank of schemaVersion ${SCHEMA_VERSION}: ${issuesText(error.issues)}`, { cause: error });
}

/** `error` as an InvalidBankError when it is the schema's, else as it is. */
export function namedBankError(error: unknown, reader: string): unknown {
  return error instanceof z.ZodError ? invalidBank(error, reader) : error;
}

function issuesText(issues: readonly z.core.$ZodIssue[]): string {
  const shown = issues.slice(0, SHOWN_ISSUES).map((issue) => `${pathText(issue.path)}: ${issue.message}`);
  const more = issues.length - shown.length;
  return shown.join('; ') + (more > 0 ? `; and ${more} more` : '');
}

/** `['questions', 0, 'choices']` → `questions[0].choices`. */
function pathText(path: readonly PropertyKey[]): string {
  if (path.length === 0) return '(the bank)';
  return path.map((key, k) => (typeof key === 'number' ? `[${key}]` : `${k === 0 ? '' : '.'}${String(key)}`)).join('');
}
