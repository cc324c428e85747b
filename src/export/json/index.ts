/**
 * `questions.json` and, beside it, `questions.schema.json`. The JSON is
 * validated against the schema before it is written, and serialised with a
 * fixed key order and no timestamps, so the same bank gives the same bytes.
 */
import path from 'node:path';
import { QuestionBank, type QuestionBank as Bank } from '../../schema/question-bank.js';
import { questionBankJsonSchema, SCHEMA_FILE_NAME } from '../../schema/json-schema.js';
import { writeFileAtomic } from '../atomic-write.js';

export const QUESTIONS_FILE_NAME = 'questions.json';

export interface JsonExport {
  files: string[];
}

export function serialiseBank(bank: Bank): string {
  const checked = QuestionBank.parse({ $schema: `./${SCHEMA_FILE_NAME}`, ...bank });
  return `${JSON.stringify(checked, null, 2)}\n`;
}

export function serialiseSchema(): string {
  return `${JSON.stringify(questionBankJsonSchema(), null, 2)}\n`;
}

export async function exportJson(bank: Bank, options: { outDir: string }): Promise<JsonExport> {
  const questionsFile = path.join(options.outDir, QUESTIONS_FILE_NAME);
  const schemaFile = path.join(options.outDir, SCHEMA_FILE_NAME);
  await writeFileAtomic(schemaFile, serialiseSchema());
  await writeFileAtomic(questionsFile, serialiseBank(bank));
  return { files: [questionsFile, schemaFile] };
}
