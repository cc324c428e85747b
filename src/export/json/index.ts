/**
 * `questions.json` and, beside it, `questions.schema.json`. The JSON is
 * validated against the schema as it is written (question by question: a bank
 * that does not match leaves the previous file as it was), and serialised with
 * a fixed key order and no timestamps, so the same bank gives the same bytes.
 * `exportJson` checks a bank from outside a build whole first
 * (schema/bank-check.ts), so that one of another shape writes nothing, not even
 * the schema or the folder; `writeJson` takes a build's own bank without that
 * pass, as `writeDeck` and `writeSheet` do.
 */
import path from 'node:path';
import { checkedBank, namedBankError } from '../../schema/bank-check.js';
import type { QuestionBank as Bank } from '../../schema/question-bank.js';
import { questionBankJsonSchema, SCHEMA_FILE_NAME } from '../../schema/json-schema.js';
import { writeFileAtomic, writePiecesAtomic } from '../atomic-write.js';
import { bankJsonPieces, type QuestionTexts } from './bank-json.js';
import { QUESTIONS_FILE_NAME } from './file-name.js';

export type { QuestionTexts } from './bank-json.js';
export { QUESTIONS_FILE_NAME };

/** `$schema` in questions.json: the schema file written beside it. */
const SCHEMA_REFERENCE = `./${SCHEMA_FILE_NAME}`;

export interface JsonExport {
  files: string[];
}

/** The whole of `questions.json` as one string (`exportJson` streams the same text to the file). */
export function serialiseBank(bank: Bank): string {
  // Without recalled texts every piece is text.
  return [...bankJsonPieces(bank, SCHEMA_REFERENCE)].map((piece) => (typeof piece === 'string' ? piece : Buffer.from(piece).toString('utf8'))).join('');
}

export function serialiseSchema(): string {
  return `${JSON.stringify(questionBankJsonSchema(), null, 2)}\n`;
}

export interface JsonExportOptions {
  outDir: string;
  /** Texts of unchanged questions from the last export, and a record of this one's (see bank-json.ts). */
  texts?: QuestionTexts;
}

/** Writes `questions.json` and its schema; throws InvalidBankError, having written nothing, for a bank that does not match the schema. */
export async function exportJson(bank: Bank, options: JsonExportOptions): Promise<JsonExport> {
  // Checked, not replaced by the schema's copy: the questions are recalled from `options.texts` as they are.
  checkedBank(bank, 'exportJson');
  return writeJson(bank, options);
}

/** `exportJson` of a bank known to be valid (a build's own): still checked question by question as it is written. */
export async function writeJson(bank: Bank, options: JsonExportOptions): Promise<JsonExport> {
  const questionsFile = path.join(options.outDir, QUESTIONS_FILE_NAME);
  const schemaFile = path.join(options.outDir, SCHEMA_FILE_NAME);
  await writeFileAtomic(schemaFile, serialiseSchema());
  const current = options.texts?.file;
  // Each question is checked as it is written (bank-json.ts): a bad one leaves the old file, and is named.
  await writePiecesAtomic(questionsFile, bankJsonPieces(bank, SCHEMA_REFERENCE, options.texts), current ? { current } : {}).catch((error: unknown) => {
    throw namedBankError(error, 'exportJson');
  });
  return { files: [questionsFile, schemaFile] };
}
