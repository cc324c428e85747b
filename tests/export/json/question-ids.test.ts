/**
 * A build reads the previous build's question ids (so merged questions keep
 * theirs) by scanning questions.json rather than parsing it; whatever the file
 * holds, the answer is the one parsing it would give.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { serialiseBank } from '../../../src/export/json/index.js';
import { questionIdsOf } from '../../../src/export/json/question-ids.js';
import { SCHEMA_VERSION, type Question, type QuestionBank } from '../../../src/schema/question-bank.js';
import { syntheticQuestions } from '../../dedupe/synthetic-questions.js';

function fileWith(content: string): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'qbank-question-ids-')), 'questions.json');
  writeFileSync(file, content);
  return file;
}

function bankText(questions: Question[]): string {
  const bank: QuestionBank = { schemaVersion: SCHEMA_VERSION, sources: [{ file: 'notes.md', format: 'markdown', questions: questions.length }], questions };
  return serialiseBank(bank);
}

/** What parsing the file gives: the ids of its questions, in order. */
function parsedIds(text: string): string[] | undefined {
  try {
    const ids = ((JSON.parse(text) as { questions?: Array<{ id?: unknown }> }).questions ?? [])
      .map((question) => question.id)
      .filter((id): id is string => typeof id === 'string');
    return ids.length > 0 ? ids : undefined;
  } catch {
    return undefined;
  }
}

describe('questionIdsOf', () => {
  it('gives the ids of a questions.json we wrote, in order, across read chunks', async () => {
    // About 6 MB: several 1 MiB reads, so ids are cut between chunks somewhere.
    const questions = syntheticQuestions(20_000);
    const text = bankText(questions);
    expect(text.length).toBeGreaterThan(3 << 20);
    expect(await questionIdsOf(fileWith(text))).toEqual(questions.map((question) => question.id));
  });

  it('is not fooled by id-like text inside answers, related ids or occurrences', async () => {
    const [first, second] = syntheticQuestions(2);
    const decoy = '\n    {\n      "id": "0123456789abcdef",\n';
    const questions = [
      { ...first!, question: decoy, answer: { markdown: decoy, html: decoy, text: decoy }, related: [second!.id] },
      second!,
    ];
    const text = bankText(questions);
    expect(await questionIdsOf(fileWith(text))).toEqual([first!.id, second!.id]);
  });

  it.each([
    ['minified JSON', (text: string) => JSON.stringify(JSON.parse(text))],
    ['JSON indented with tabs', (text: string) => JSON.stringify(JSON.parse(text), null, '\t')],
    ['a file cut short', (text: string) => text.slice(0, Math.floor(text.length * 0.6))],
    ['a bank with no questions', () => bankText([])],
    ['a question whose id was edited by hand', (text: string) => text.replace(/"id": "[0-9a-f]{16}"/, '"id": "mine"')],
    ['a question with a numeric id', (text: string) => text.replace(/"id": "[0-9a-f]{16}"/, '"id": 12')],
    ['something else entirely', () => 'not json at all'],
    ['an empty file', () => ''],
  ])('answers as parsing would for %s', async (_, edit) => {
    const text = edit(bankText(syntheticQuestions(300)));
    expect(await questionIdsOf(fileWith(text))).toEqual(parsedIds(text));
  });

  it('gives undefined when there is no previous file', async () => {
    expect(await questionIdsOf(path.join(tmpdir(), 'qbank-no-such-folder', 'questions.json'))).toBeUndefined();
  });
});
