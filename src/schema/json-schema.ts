/** `questions.schema.json`, generated from the zod definition so the two never drift. */
import { z } from 'zod';
import { QuestionBank } from './question-bank.js';

export { SCHEMA_FILE_NAME } from '../export/json/file-name.js';
export const SCHEMA_ID = 'https://qbank.dev/schema/questions.schema.json';

export function questionBankJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(QuestionBank, { target: 'draft-2020-12' }) as Record<string, unknown>;
  return {
    $schema: schema.$schema,
    $id: SCHEMA_ID,
    title: 'qbank question bank',
    description: 'Interview questions and answers merged from notes by qbank.',
    ...schema,
  };
}
