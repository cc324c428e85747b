/**
 * The token table: every wording's tokens laid out flat, filled from
 * fingerprints made one at a time (a large bank's fingerprints are never
 * all held at once).
 */
import { describe, expect, it } from 'vitest';
import { fingerprint } from '../../src/dedupe/fingerprint.js';
import { JOINS_NEXT, LATIN, SPELLABLE, SUBJECT, TokenTable } from '../../src/dedupe/token-table.js';
import { question } from './question-builder.js';
import { syntheticQuestions } from './synthetic-questions.js';

describe('token table', () => {
  // More wordings and tokens than the table starts with, so that it grows several times.
  const questions = [
    question('What is dropout? Why does it prevent overfitting?'),
    question('드롭아웃이 과적합을 막는 이유는?'),
    question('Batch Normalizattion?'),
    question('L1 vs L2 정규화: what is the data set size effect?'),
    ...syntheticQuestions(3000, 5),
  ];
  const fingerprints = questions.map(fingerprint);
  const table = new TokenTable(
    (function* () {
      for (const q of questions) yield fingerprint(q);
    })(),
  );

  it('holds every question, wording and token of the fingerprints, in order, with every field', () => {
    expect(table.itemCount).toBe(questions.length);
    let wording = 0;
    let token = 0;
    fingerprints.forEach((print, i) => {
      expect(table.itemStart[i]).toBe(wording);
      expect(table.itemStart[i + 1]! - table.itemStart[i]!).toBe(print.variants.length);
      for (const variant of print.variants) {
        expect(table.variantStart[wording]).toBe(token);
        expect([table.lead[wording], table.sentences[wording]]).toEqual([variant.role === 'lead' ? 1 : 0, variant.sentences]);
        let joinedBits = 0;
        for (const t of variant.tokens) {
          if (t.joinsNext) joinedBits |= 1 << (t.joinedNextHash & 31);
          const info = table.info[token]!;
          expect({
            keyId: table.keyId[token],
            raw: table.raw[token],
            weight: table.weight[token],
            latin: (info & LATIN) !== 0,
            spellable: (info & SPELLABLE) !== 0,
            subject: (info & SUBJECT) !== 0,
            joinsNext: (info & JOINS_NEXT) !== 0,
            rawHash: table.rawHash[token],
            joinedNextHash: table.joinedNextHash[token],
            initial: table.initial[token],
            rawLength: table.rawLength[token],
            equivalentIds: table.equivalentIds[token],
          }).toEqual({
            keyId: t.keyId,
            raw: t.raw,
            weight: t.weight,
            latin: t.latin,
            spellable: t.spellable,
            subject: t.subject,
            joinsNext: t.joinsNext,
            // Typed arrays keep 32 bits, as the hashes are.
            rawHash: t.rawHash | 0,
            joinedNextHash: t.joinedNextHash | 0,
            initial: t.initial,
            rawLength: t.raw.length,
            equivalentIds: t.equivalentIds,
          });
          token++;
        }
        expect(table.joinedBits[wording]).toBe(joinedBits);
        wording++;
      }
    });
    expect(table.variantCount).toBe(wording);
    expect(table.variantStart[table.variantCount]).toBe(token);
    // The fields are worth checking only if the bank has each kind of token.
    const flags = [...table.info.subarray(0, token)];
    for (const flag of [LATIN, SPELLABLE, SUBJECT, JOINS_NEXT]) expect(flags.some((info) => info & flag)).toBe(true);
    expect(table.equivalentIds.some((ids) => ids !== undefined)).toBe(true);
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

  /** A table's columns as far as they are filled. */
  const columns = (t: TokenTable) => {
    const tokens = t.variantStart[t.variantCount]!;
    return {
      itemStart: [...t.itemStart.subarray(0, t.itemCount + 1)],
      variantStart: [...t.variantStart.subarray(0, t.variantCount + 1)],
      ...Object.fromEntries((['lead', 'sentences', 'total', 'joinedBits'] as const).map((name) => [name, [...t[name].subarray(0, t.variantCount)]])),
      ...Object.fromEntries(
        (['keyId', 'rawHash', 'joinedNextHash', 'weight', 'info', 'initial', 'rawLength'] as const).map((name) => [name, [...t[name].subarray(0, tokens)]]),
      ),
      raw: t.raw,
      equivalentIds: t.equivalentIds,
    };
  };

  it('copies the items of a kept table as their fingerprints would fill it, column by column', () => {
    const kept = table.kept();
    // Kept items and fingerprints mixed, in another order: the copy must not depend on its neighbours.
    const order = questions.map((_, i) => i).reverse();
    const mixed = new TokenTable(order.map((i) => (i % 3 === 0 ? fingerprint(questions[i]!) : { kept, item: i })));
    const direct = new TokenTable(order.map((i) => fingerprint(questions[i]!)));
    expect(mixed.itemCount).toBe(questions.length);
    expect(columns(mixed)).toEqual(columns(direct));
    expect(mixed.equivalentIds.some((ids) => ids !== undefined)).toBe(true);
  });

  it('copies a run of a kept table\'s items at once, as item by item', () => {
    const kept = table.kept();
    const last = questions.length - 1;
    expect(last).toBeGreaterThan(8);
    // Runs of one, several and the rest, between fingerprints: each run's offsets start where the table stands.
    const runs = new TokenTable([
      fingerprint(questions[0]!),
      { kept, item: 1, count: 1 },
      { kept, item: 2, count: 4 },
      fingerprint(questions[6]!),
      { kept, item: 7, count: last - 7 },
      fingerprint(questions[last]!),
    ]);
    const direct = new TokenTable(questions.map((q) => fingerprint(q)));
    expect(runs.itemCount).toBe(questions.length);
    expect(columns(runs)).toEqual(columns(direct));
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
