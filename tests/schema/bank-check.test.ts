/**
 * A bank handed to an exporter from outside a build (an older questions.json read back, one made by
 * hand) is checked first: a bank of another shape is named, with where it is wrong, instead of failing
 * as a TypeError deep inside the exporter.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { buildApkg, exportAnki, exportJson, exportPdf, renderPdf } from '../../src/index.js';
import { checkedBank, InvalidBankError } from '../../src/schema/bank-check.js';
import { makeBank } from '../fixtures/pdf/banks.js';

/** A bank of schemaVersion 1 questions: no `choices`, no `translations`. */
function olderBank(questions = 1) {
  const bank = makeBank(Array.from({ length: questions }, (_, k) => ({ question: `What is dropout ${k}?`, answer: 'Random zeroing.' })));
  const older = bank.questions.map(({ choices: _choices, translations: _translations, ...question }) => question);
  return { ...bank, questions: older } as unknown as typeof bank;
}

const exporters = [
  ['exportJson', (bank: ReturnType<typeof olderBank>, outDir: string) => exportJson(bank, { outDir })],
  ['exportAnki', (bank: ReturnType<typeof olderBank>, outDir: string) => exportAnki(bank, { outDir })],
  ['buildApkg', (bank: ReturnType<typeof olderBank>) => buildApkg(bank)],
  ['exportPdf', (bank: ReturnType<typeof olderBank>, outDir: string) => exportPdf(bank, { outDir })],
  ['renderPdf', (bank: ReturnType<typeof olderBank>) => renderPdf(bank)],
] as const;

describe('an exporter given a bank that is not of the schema', () => {
  it.each(exporters)('%s names it, and what is wrong where, and writes nothing: not even its output folder', async (name, exporter) => {
    const root = mkdtempSync(path.join(tmpdir(), 'qbank-bank-check-'));
    const error: unknown = await exporter(olderBank(), path.join(root, 'out')).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidBankError);
    expect((error as Error).message).toBe(
      `${name}: not a qbank question bank of schemaVersion 12: questions[0].translations: Invalid input: expected object, received undefined; questions[0].choices: Invalid input: expected array, received undefined`,
    );
    expect(readdirSync(root)).toEqual([]);
  });

  it.each(exporters)('%s names the problems of the whole bank, not only those of its first wrong question', async (name, exporter) => {
    const root = mkdtempSync(path.join(tmpdir(), 'qbank-bank-check-'));
    const error: unknown = await exporter(olderBank(2), path.join(root, 'out')).catch((thrown: unknown) => thrown);
    const issues = (((error as Error).cause as z.ZodError).issues ?? []).length;
    expect(issues).toBeGreaterThan(3);
    // The first three named, the rest counted: the second question's too.
    expect((error as Error).message).toMatch(new RegExp(`^${name}: .*questions\\[1\\]\\.translations: .*; and ${issues - 3} more$`));
    expect(readdirSync(root)).toEqual([]);
  });

  it('takes a bank of the schema as it is', () => {
    const bank = makeBank([{ question: 'What is dropout?', answer: 'Random zeroing.' }]);
    expect(checkedBank(bank, 'test')).toEqual(bank);
  });

  it('counts the problems past the first three', () => {
    let message = '';
    try {
      checkedBank({ schemaVersion: 1, title: 7 }, 'test');
    } catch (error) {
      message = (error as Error).message;
    }
    expect(message).toMatch(/^test: not a qbank question bank of schemaVersion 12: schemaVersion: .*; and 1 more$/);
    // Three shown, each `path: message`, then the count of the rest.
    const shown = message.replace(/^test: not a qbank question bank of schemaVersion 12: /, '').split('; ');
    expect(shown.at(-1)).toBe('and 1 more');
    expect(shown.slice(0, -1)).toHaveLength(3);
    expect(shown[0]).toMatch(/^schemaVersion: /);
  });
});
