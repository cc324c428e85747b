/**
 * The token table: every wording's tokens laid out flat, filled from
 * fingerprints made one at a time (a large bank's fingerprints are never
 * all held at once).
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/dedupe/fingerprint.js';
import { LATIN, TokenTable } from '../../src/dedupe/token-table.js';
import { question } from './question-builder.js';
import { syntheticQuestions } from './synthetic-questions.js';

describe('token table', () => {
  // More wordings and tokens than the table starts with, so that it grows several times.
  const questions = [
    question('What is dropout? Why does it prevent overfitting?'),
    question('드롭아웃이 과적합을 막는 이유는?'),
    question('Batch Normalizattion?'),
    ...syntheticQuestions(3000, 5),
  ];
  const fingerprints = questions.map(fingerprint);
  const table = new TokenTable(
    (function* () {
      for (const q of questions) yield fingerprint(q);
    })(),
  );

  it('holds every question, wording and token of the fingerprints, in order', () => {
    expect(table.itemCount).toBe(questions.length);
    let token = 0;
    fingerprints.forEach((print, i) => {
      expect(table.itemStart[i + 1]! - table.itemStart[i]!).toBe(print.variants.length);
      for (const variant of print.variants) {
        for (const t of variant.tokens) {
          expect([table.keyId[token], table.raw[token], table.weight[token], (table.info[token]! & LATIN) !== 0]).toEqual([t.keyId, t.raw, t.weight, t.latin]);
          token++;
        }
      }
    });
    expect(table.variantStart[table.variantCount]).toBe(token);
  });

  it('gives back a question\'s wordings as objects (what ranking a merge reads)', () => {
    const asked = table.wordingsOf(0);
    const expected = fingerprints[0]!.variants.map((variant) => ({
      role: variant.role,
      tokens: variant.tokens.map(({ key, raw, latin }) => ({ key, raw, latin })),
    }));
    expect(asked.variants).toEqual(expected);
    expect(asked.variants.map((variant) => variant.role)).toEqual(['whole', 'lead']);
  });

  it('totals each wording\'s weight in token order', () => {
    fingerprints.slice(0, 50).forEach((print, i) => {
      print.variants.forEach((variant, k) => {
        const total = variant.tokens.reduce((sum, t) => sum + t.weight, 0);
        expect(table.total[table.itemStart[i]! + k]).toBe(total);
      });
    });
  });
});
