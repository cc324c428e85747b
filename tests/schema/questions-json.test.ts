/**
 * `questions.json` is a public contract: it validates against the published
 * `questions.schema.json` (JSON Schema 2020-12, checked with ajv, an
 * independent validator), and the same inputs give the same bytes.
 */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import Ajv2020 from 'ajv/dist/2020.js';
import { runQbank, tempProject } from '../helpers/temp-project.js';

describe('questions.json', () => {
  const project = tempProject();

  it('validates against questions.schema.json written beside it', async () => {
    const run = await runQbank(project, 'build', '--format', 'json');
    expect(run.code).toBe(0);
    const schema = JSON.parse(readFileSync(path.join(project, 'dist/questions.schema.json'), 'utf8'));
    const bank = JSON.parse(readFileSync(path.join(project, 'dist/questions.json'), 'utf8'));
    const validate = new Ajv2020.default({ strict: false }).compile(schema);
    expect(validate(bank), JSON.stringify(validate.errors)).toBe(true);
    expect(bank.schemaVersion).toBe(12);
    expect(bank.$schema).toBe('./questions.schema.json');
    expect(bank.sources.map((source: { file: string }) => source.file)).toEqual([
      'sources/deep-learning-interview-korean-english.txt',
      'sources/deep-learning-interview-questions-docs-site.txt',
      'sources/ml-dl-interview-qa-by-topic.txt',
      'sources/preparing-ml-dl-interview.txt',
      'sources/rapid-fire-and-coding-qa.txt',
    ]);

    // The schema is not a rubber stamp: a question without an id is rejected.
    delete bank.questions[0].id;
    expect(validate(bank)).toBe(false);
  });

  it('is byte-identical when built again from the same inputs', async () => {
    const first = readFileSync(path.join(project, 'dist/questions.json'));
    const run = await runQbank(project, 'build', '--format', 'json', '--out', 'dist2');
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(project, 'dist2/questions.json')).equals(first)).toBe(true);
  });
});
