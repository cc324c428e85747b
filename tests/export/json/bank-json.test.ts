/**
 * `questions.json` is written question by question, yet its bytes are exactly
 * those of stringifying the whole validated bank at once (the format other
 * tools read, and the one previous builds wrote).
 */
import { InvalidBankError } from '../../../src/schema/bank-check.js';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { collect } from '../../../src/build/collect.js';
import { bankJsonPieces, type QuestionTexts } from '../../../src/export/json/bank-json.js';
import { exportJson, QUESTIONS_FILE_NAME, serialiseBank, writeJson } from '../../../src/export/json/index.js';
import { QuestionBank, SCHEMA_VERSION, type Question, type QuestionBank as Bank } from '../../../src/schema/question-bank.js';
import { repoRoot } from '../../helpers/read-note.js';
import { syntheticQuestions } from '../../dedupe/synthetic-questions.js';

const SCHEMA_REFERENCE = './questions.schema.json';

/** The whole-bank serialisation: validate everything at once, stringify everything at once. */
function wholeBankJson(bank: Bank): string {
  return `${JSON.stringify(QuestionBank.parse({ $schema: SCHEMA_REFERENCE, ...bank }), null, 2)}\n`;
}

function bankOf(questions: Question[], sources: Bank['sources'] = []): Bank {
  return { schemaVersion: SCHEMA_VERSION, sources, questions };
}

/** The same question with its keys in another order than the schema's, as a hand-built object may have them. */
function reversedKeys<T extends object>(value: T): T {
  return Object.fromEntries(Object.entries(value).reverse()) as T;
}

/** Pieces joined as the file holds them (bytes read as UTF-8). */
function piecesText(pieces: Iterable<string | Uint8Array>): string {
  return Buffer.concat([...pieces].map((piece) => (typeof piece === 'string' ? Buffer.from(piece) : piece))).toString('utf8');
}

describe('questions.json, written a question at a time', () => {
  it('has the bytes of the whole-bank serialisation for the bank of sources/', async () => {
    const { bank } = await collect({ inputs: ['sources'], cwd: repoRoot, cache: false, workers: 0 });
    expect(bank.questions.length).toBeGreaterThan(50);
    expect(serialiseBank(bank)).toBe(wholeBankJson(bank));
  });

  it('has the bytes of the whole-bank serialisation for a large synthetic bank', () => {
    const questions = syntheticQuestions(20_000);
    const bank = bankOf(questions, [{ file: 'notes.md', format: 'markdown', questions: questions.length, title: 'Notes' }]);
    expect(serialiseBank(bank)).toBe(wholeBankJson(bank));
  });

  it('puts keys in the schema order whatever order the objects have them in', () => {
    const questions = syntheticQuestions(50).map((question) => reversedKeys({ ...question, translations: reversedKeys({ en: 'What?', ko: '무엇?' }) }));
    const bank = reversedKeys(bankOf(questions, [reversedKeys({ file: 'a.txt', format: 'plaintext' as const, questions: 50 })]));
    const text = serialiseBank(bank);
    expect(text).toBe(wholeBankJson(bank));
    expect(text.indexOf('"$schema"')).toBeLessThan(text.indexOf('"schemaVersion"'));
    expect(text.indexOf('"id"')).toBeLessThan(text.indexOf('"question"'));
  });

  it('keeps line breaks, quotes, Korean, emoji and line separators inside strings escaped as a whole-bank stringify does', () => {
    const [base] = syntheticQuestions(1);
    const awkward = 'line one\nline two\r\n    "id": "0123456789abcdef",\t\\ 한국어 🚀 \u2028 \u2029 </script>';
    const question: Question = { ...base!, question: awkward, topic: awkward, answer: { markdown: awkward, html: `<p>${awkward}</p>`, text: awkward } };
    const bank = bankOf([question, { ...question, id: 'ffffffffffffffff' }]);
    expect(serialiseBank(bank)).toBe(wholeBankJson(bank));
  });

  it('writes an empty bank as the whole-bank serialisation does', () => {
    const bank = bankOf([]);
    expect(serialiseBank(bank)).toBe(wholeBankJson(bank));
    expect(serialiseBank(bank)).toContain('"questions": []');
  });

  it('yields the top level, then one piece per question, then the closing brackets', () => {
    const bank = bankOf(syntheticQuestions(3));
    const pieces = [...bankJsonPieces(bank, SCHEMA_REFERENCE)];
    expect(pieces).toHaveLength(5);
    expect(pieces[1]).toContain(bank.questions[0]!.id);
    expect(pieces[3]).toContain(bank.questions[2]!.id);
  });

  it('takes back the text an earlier export wrote for a question, and says where each text is', () => {
    const bank = bankOf(syntheticQuestions(40));
    // Where each question's text is in the first export, by id.
    const positions = new Map<string, { at: number; length: number }>();
    const recorder: QuestionTexts = { recall: () => undefined, written: (question, at, length) => positions.set(question.id, { at, length }) };
    const first = Buffer.from(piecesText(bankJsonPieces(bank, SCHEMA_REFERENCE, recorder)));
    expect(first.toString('utf8')).toBe(wholeBankJson(bank));
    expect(positions.size).toBe(40);
    const textOf = (id: string) => first.subarray(positions.get(id)!.at, positions.get(id)!.at + positions.get(id)!.length);
    for (const question of bank.questions) expect(JSON.parse(textOf(question.id).toString('utf8'))).toEqual(JSON.parse(JSON.stringify(question)));

    // A second export of a bank with one question changed: the others are recalled, the changed one is written afresh.
    const changed = bankOf(bank.questions.map((question, index) => (index === 7 ? { ...question, tags: ['changed'] } : question)));
    const recalled: string[] = [];
    const texts: QuestionTexts = {
      recall: (question) => (question === changed.questions[7] ? undefined : (recalled.push(question.id), textOf(question.id))),
      written: () => undefined,
    };
    const pieces = [...bankJsonPieces(changed, SCHEMA_REFERENCE, texts)];
    expect(recalled).toHaveLength(39);
    // Texts that lay side by side in the first export go out as one piece: the run before the changed question and the run after it.
    expect(pieces.filter((piece) => typeof piece !== 'string')).toHaveLength(2);
    expect(piecesText(pieces)).toBe(wholeBankJson(changed));
  });

  it('joins recalled texts into one piece only where the old file held them side by side', () => {
    const bank = bankOf(syntheticQuestions(6));
    const positions = new Map<string, { at: number; length: number }>();
    const recorder: QuestionTexts = { recall: () => undefined, written: (question, at, length) => positions.set(question.id, { at, length }) };
    const first = Buffer.from(piecesText(bankJsonPieces(bank, SCHEMA_REFERENCE, recorder)));
    const textOf = (id: string) => first.subarray(positions.get(id)!.at, positions.get(id)!.at + positions.get(id)!.length);
    // The same questions, the third and fourth swapped: in the old file they are not in this order.
    const [a, b, c, d, e, f] = bank.questions;
    const swapped = bankOf([a!, b!, d!, c!, e!, f!]);
    const texts: QuestionTexts = { recall: (question) => textOf(question.id), written: () => undefined };
    const pieces = [...bankJsonPieces(swapped, SCHEMA_REFERENCE, texts)];
    expect(piecesText(pieces)).toBe(wholeBankJson(swapped));
    // a b | d | c | e f
    expect(pieces.filter((piece) => typeof piece !== 'string')).toHaveLength(4);
  });

  it('writes a question afresh when the text recalled for it is that of another question', () => {
    const bank = bankOf(syntheticQuestions(3));
    const other = Buffer.from(JSON.stringify(bank.questions[0], null, 2).replaceAll('\n', '\n    '));
    const texts: QuestionTexts = { recall: () => other, written: () => undefined };
    expect(piecesText(bankJsonPieces(bank, SCHEMA_REFERENCE, texts))).toBe(wholeBankJson(bank));
  });

  it('rejects an invalid question with the path a whole-bank validation gives', () => {
    const questions = syntheticQuestions(5);
    const broken = bankOf([...questions.slice(0, 3), { ...questions[3]!, id: 'not-an-id' }, questions[4]!]);
    let whole: unknown;
    try {
      wholeBankJson(broken);
    } catch (error) {
      whole = error;
    }
    expect(whole).toBeInstanceOf(z.ZodError);
    expect(() => serialiseBank(broken)).toThrow(z.ZodError);
    try {
      serialiseBank(broken);
    } catch (error) {
      expect((error as z.ZodError).issues).toEqual((whole as z.ZodError).issues);
      expect((error as z.ZodError).issues[0]!.path).toEqual(['questions', 3, 'id']);
    }
  });

  it('rejects an invalid top level (an unknown key) as before', () => {
    const bank = { ...bankOf(syntheticQuestions(2)), extra: true } as Bank;
    expect(() => wholeBankJson(bank)).toThrow(z.ZodError);
    expect(() => serialiseBank(bank)).toThrow(z.ZodError);
  });
});

describe('exportJson', () => {
  function outDir(): string {
    return mkdtempSync(path.join(tmpdir(), 'qbank-json-export-'));
  }

  it('writes the whole-bank serialisation to questions.json', async () => {
    const dir = outDir();
    const bank = bankOf(syntheticQuestions(3_000));
    const result = await exportJson(bank, { outDir: dir });
    expect(result.files).toContain(path.join(dir, QUESTIONS_FILE_NAME));
    expect(readFileSync(path.join(dir, QUESTIONS_FILE_NAME), 'utf8')).toBe(wholeBankJson(bank));
  });

  it('leaves the previous questions.json, and no temporary file, when a question is invalid (writeJson, a build\'s, checks each as it writes it)', async () => {
    const dir = outDir();
    const file = path.join(dir, QUESTIONS_FILE_NAME);
    writeFileSync(file, 'previous build\n');
    const questions = syntheticQuestions(3_000);
    questions[2_500] = { ...questions[2_500]!, occurrences: [] };
    // Named where it is wrong, the schema's own error kept as the cause.
    const error: unknown = await writeJson(bankOf(questions), { outDir: dir }).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidBankError);
    expect((error as Error).message).toMatch(/^exportJson: not a qbank question bank of schemaVersion \d+: questions\[2500\]\.occurrences: /);
    expect((error as Error).cause).toBeInstanceOf(z.ZodError);
    expect(readFileSync(file, 'utf8')).toBe('previous build\n');
    expect(readdirSync(dir).sort()).toEqual([QUESTIONS_FILE_NAME, 'questions.schema.json']);
  });

  it('checks a bank it is handed whole before writing anything: the previous files stay as they were', async () => {
    const dir = outDir();
    writeFileSync(path.join(dir, QUESTIONS_FILE_NAME), 'previous build\n');
    const questions = syntheticQuestions(3_000);
    questions[2_500] = { ...questions[2_500]!, occurrences: [] };
    await expect(exportJson(bankOf(questions), { outDir: dir })).rejects.toThrow(InvalidBankError);
    expect(readdirSync(dir)).toEqual([QUESTIONS_FILE_NAME]);
    expect(readFileSync(path.join(dir, QUESTIONS_FILE_NAME), 'utf8')).toBe('previous build\n');
  });
});
