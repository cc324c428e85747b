/**
 * A bank handed to an exporter from outside a build (an older questions.json read back, one made by
 * hand) is checked first: a bank of another shape is named, with where it is wrong, instead of failing
 * as a TypeError deep inside the exporter.
 */
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildApkg, exportAnki, exportPdf, renderPdf } from '../../src/index.js';
import { checkedBank, InvalidBankError } from '../../src/schema/bank-check.js';
import { makeBank } from '../fixtures/pdf/banks.js';

/** A schemaVersion 1 question: no `choices`, no `translations`. */
function olderBank() {
  const bank = makeBank([{ question: 'What is dropout?', answer: 'Random zeroing.' }]);
  const { choices: _choices, translations: _translations, ...older } = bank.questions[0]!;
  return { ...bank, questions: [older] } as unknown as typeof bank;
}

describe('an exporter given a bank that is not of the schema', () => {
  it.each([
    ['exportAnki', (bank: ReturnType<typeof olderBank>, outDir: string) => exportAnki(bank, { outDir })],
    ['buildApkg', (bank: ReturnType<typeof olderBank>) => buildApkg(bank)],
    ['exportPdf', (bank: ReturnType<typeof olderBank>, outDir: string) => exportPdf(bank, { outDir })],
    ['renderPdf', (bank: ReturnType<typeof olderBank>) => renderPdf(bank)],
  ])('%s names it, and what is wrong where, and writes nothing', async (name, exporter) => {
    const outDir = mkdtempSync(path.join(tmpdir(), 'qbank-bank-check-'));
    const error: unknown = await exporter(olderBank(), outDir).catch((thrown: unknown) => thrown);
    expect(error).toBeInstanceOf(InvalidBankError);
    expect((error as Error).message).toBe(
      `${name}: not a qbank question bank of schemaVersion 7: questions[0].translations: Invalid input: expected object, received undefined; questions[0].choices: Invalid input: expected array, received undefined`,
    );
    expect(readdirSync(outDir)).toEqual([]);
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
    expect(message).toMatch(/^test: not a qbank question bank of schemaVersion 7: schemaVersion: .*; and 1 more$/);
    // Three shown, each `path: message`, then the count of the rest.
    const shown = message.replace(/^test: not a qbank question bank of schemaVersion 7: /, '').split('; ');
    expect(shown.at(-1)).toBe('and 1 more');
    expect(shown.slice(0, -1)).toHaveLength(3);
    expect(shown[0]).toMatch(/^schemaVersion: /);
  });
});
