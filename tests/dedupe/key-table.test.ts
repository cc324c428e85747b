/**
 * The candidate index's keys (key-table.ts): a table whose items are partly copied from an earlier
 * one's takes their keys from it, and is then the table its fingerprints give, but for the numbers
 * standing for the keys, which keep their order.
 */
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/dedupe/candidates.js';
import { DEFAULT_THRESHOLDS } from '../../src/dedupe/index.js';
import { fingerprint } from '../../src/dedupe/fingerprint.js';
import { isKeptKeys, KeyTable } from '../../src/dedupe/key-table.js';
import { TokenTable } from '../../src/dedupe/token-table.js';
import { question } from './question-builder.js';
import { syntheticQuestions } from './synthetic-questions.js';

describe('a key table with the keys of an earlier one', () => {
  const earlierQuestions = [
    ...syntheticQuestions(400, 5),
    question('What is a hyper plane?'),
    question('정규화란 무엇인가요?'),
    question('Explain Normalizattion in batch norm'),
  ];
  const earlierTokens = new TokenTable(earlierQuestions.map((q) => fingerprint(q)));
  const earlier = { keys: new KeyTable(earlierTokens).kept(), tokens: earlierTokens.kept() };
  // The next bank: a few removed, a few new (keys the earlier one never had, and keys sorting before and after all of its own).
  const nextQuestions = [
    question('Aaaardvark models: what are they?'),
    ...earlierQuestions.filter((_, i) => i % 7 !== 3),
    question('What is a zzzymurgy hyper parameter?'),
    ...syntheticQuestions(30, 99),
  ];
  const indexOf = Int32Array.from(nextQuestions, (q) => earlierQuestions.indexOf(q));
  const copied = new TokenTable(nextQuestions.map((q, i) => (indexOf[i]! >= 0 ? { kept: earlier.tokens, item: indexOf[i]! } : fingerprint(q))));
  const withEarlier = new KeyTable(copied, { ...earlier, indexOf });
  const direct = new TokenTable(nextQuestions.map((q) => fingerprint(q)));
  const fresh = new KeyTable(direct);

  it('copies some items and makes the keys of the others', () => {
    expect(indexOf.filter((at) => at >= 0).length).toBeGreaterThan(300);
    expect(indexOf.filter((at) => at < 0).length).toBeGreaterThan(30);
  });

  it('has the same keys per token, in the same order, as a table made afresh', () => {
    // What is kept names the keys in string order: equal for equal keys in an equal order.
    expect(withEarlier.kept()).toEqual(fresh.kept());
    expect(isKeptKeys(withEarlier.kept(), direct.variantStart[direct.variantCount]!)).toBe(true);
    expect([...withEarlier.keyStart]).toEqual([...fresh.keyStart]);
    expect([...withEarlier.place]).toEqual([...fresh.place]);
    expect([...withEarlier.byPlace]).toEqual([...fresh.byPlace]);
  });

  it('ranks its keys in the order of their strings, skipping the earlier keys no token has now', () => {
    const { names, keys } = fresh.kept();
    for (let k = 0; k < keys.length; k++) {
      for (const other of [k + 1, k + 17]) {
        if (other >= keys.length) continue;
        const byName = names[keys[k]!]! < names[keys[other]!]! ? -1 : names[keys[k]!] === names[keys[other]!] ? 0 : 1;
        expect(Math.sign(withEarlier.keys[k]! - withEarlier.keys[other]!)).toBe(byName);
      }
    }
    expect(withEarlier.size).toBeGreaterThan(names.length);
  });

  it('gives the candidate pairs a table made afresh gives', () => {
    const pairs = (tokens: TokenTable, keys: KeyTable) => {
      const { start, others } = candidatePairs(tokens, DEFAULT_THRESHOLDS.merge, keys);
      return { start: [...start], others: [...others] };
    };
    expect(pairs(copied, withEarlier)).toEqual(pairs(direct, fresh));
  });

  it('refuses kept keys that do not hold together', () => {
    const kept = fresh.kept();
    const tokens = direct.variantStart[direct.variantCount]!;
    expect(isKeptKeys(kept, tokens)).toBe(true);
    const swapped = [...kept.names];
    [swapped[0], swapped[1]] = [swapped[1]!, swapped[0]!];
    for (const broken of [
      { ...kept, names: swapped },
      { ...kept, names: [kept.names[0], ...kept.names] },
      { ...kept, keys: kept.keys.map((key, k) => (k === 0 ? kept.names.length : key)) },
      { ...kept, keyStart: kept.keyStart.subarray(1) },
      { ...kept, keys: Array.from(kept.keys) },
      null,
    ]) {
      expect(isKeptKeys(broken, tokens)).toBe(false);
    }
  });
});
