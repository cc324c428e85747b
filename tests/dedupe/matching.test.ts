/**
 * Deduplication in two steps: the matching (the comparison of wordings)
 * depends only on what `matchingKey` hashes, so a build may keep it and
 * assemble a new bank from it when only answers, places or tags changed.
 */
import { deserialize, serialize } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { dedupe, Deduplication, isMatching, type DedupeOptions } from '../../src/dedupe/index.js';
import type { Question } from '../../src/schema/question-bank.js';
import { question } from './question-builder.js';
import { syntheticQuestions } from './synthetic-questions.js';

const BANK: Question[] = [
  ...syntheticQuestions(600),
  question({ question: 'What is dropout?', file: 'a.md', line: 3, answer: 'A regulariser.' }),
  question({ question: "What's dropout? Why does it prevent overfitting?", file: 'b.md', line: 9 }),
  question({ question: 'What is dropout?', file: 'c.md', line: 1, answer: 'Dropping units at random.' }),
  question({ question: 'Implement dropout.', file: 'c.md', line: 5, kind: 'coding' }),
  question({ question: 'What is batch normalization?', file: 'a.md', line: 7, translations: { ko: '배치 정규화란 무엇인가요?' } }),
];
const OVERRIDES: DedupeOptions = {
  overrides: {
    merge: [['What is batch normalization?', 'Implement dropout.'], ['What is dropout?', 'Implement dropout.']],
    keepApart: [['What is dropout?', 'Implement dropout.']],
  },
};

/** A matching as the cache keeps it (V8's encoding), into a deduplication that never compared anything. */
function assembledFromStored(questions: Question[], options: DedupeOptions): ReturnType<typeof dedupe> {
  const stored = deserialize(serialize(new Deduplication(questions, options).match())) as unknown;
  const fresh = new Deduplication(questions, options);
  expect(isMatching(stored, fresh.itemCount)).toBe(true);
  if (!isMatching(stored, fresh.itemCount)) throw new Error('not a matching');
  return fresh.assemble(stored);
}

describe('a kept matching', () => {
  it('assembles exactly what deduplicating afresh gives, decisions, diagnostics and related links included', () => {
    for (const options of [{}, OVERRIDES]) {
      const fresh = dedupe(BANK, options);
      expect(fresh.decisions.some((decision) => decision.verdict === 'merged')).toBe(true);
      expect(fresh.decisions.some((decision) => decision.verdict === 'near-miss')).toBe(true);
      expect(assembledFromStored(BANK, options)).toEqual(fresh);
    }
    expect(dedupe(BANK, OVERRIDES).diagnostics.map((diagnostic) => diagnostic.message)).toEqual([
      expect.stringContaining('are also kept apart'),
    ]);
  });

  it('assembles without the decision log, when asked, the same questions and diagnostics', () => {
    const deduplication = new Deduplication(BANK, OVERRIDES);
    const matching = deduplication.match();
    const withLog = deduplication.assemble(matching);
    const withoutLog = deduplication.assemble(matching, { log: false });
    expect(withoutLog).not.toHaveProperty('decisions');
    expect(withoutLog).toEqual({ questions: withLog.questions, diagnostics: withLog.diagnostics });
    expect(deduplication.assemble(matching, { log: true })).toEqual(withLog);
  });

  it('keeps its key when answers, places and tags change, and assembles the new answers', () => {
    const key = new Deduplication(BANK, {}).matchingKey;
    const edited = BANK.map((q) =>
      q.question === 'What is dropout?'
        ? { ...q, answer: null, tags: ['edited'], occurrences: q.occurrences.map((o) => ({ ...o, line: o.line + 40 })) }
        : q,
    );
    const kept = new Deduplication(edited, {});
    expect(kept.matchingKey).toBe(key);
    const merged = kept.assemble(new Deduplication(BANK, {}).match());
    expect(merged).toEqual(dedupe(edited, {}));
    expect(merged.questions.find((q) => q.occurrences.some((o) => o.question === 'What is dropout?'))?.tags).toEqual(['edited']);
  });

  it('changes its key with a wording, a translation, a kind, a language, the thresholds or the overrides', () => {
    const key = (questions: Question[], options: DedupeOptions = {}) => new Deduplication(questions, options).matchingKey;
    const changed = (change: (q: Question) => Question) => BANK.map((q) => (q.question === 'What is batch normalization?' ? change(q) : q));
    const keys = [
      key(BANK),
      key(changed((q) => ({ ...q, question: 'What is batch normalisation?' }))),
      key(changed((q) => ({ ...q, translations: { ko: '배치 정규화는?' } }))),
      key(changed((q) => ({ ...q, kind: 'coding' }))),
      // The ranking of wordings reads the language, which an answer in the other language changes.
      key(changed((q) => ({ ...q, lang: 'mixed' }))),
      key(BANK, { thresholds: { merge: 0.7 } }),
      key(BANK, OVERRIDES),
    ];
    expect(new Set(keys).size).toBe(keys.length);
  });

  it('is refused when it does not fit the questions', () => {
    const matching = new Deduplication(BANK, {}).match();
    const count = new Deduplication(BANK, {}).itemCount;
    expect(isMatching(matching, count)).toBe(true);
    expect(isMatching(matching, count - 1)).toBe(false);
    const { pairs } = matching;
    const last = pairs.a.length - 1;
    const broken: unknown[] = [
      { ...pairs, b: pairs.b.map((b, k) => (k === last ? count : b)) },
      // A pair of one item, and one in the wrong order.
      { ...pairs, b: pairs.b.map((b, k) => (k === 0 ? pairs.a[0]! : b)) },
      { ...pairs, a: pairs.b, b: pairs.a },
      { ...pairs, verdict: pairs.verdict.map((verdict, k) => (k === 0 ? 3 : verdict)) },
      { ...pairs, reason: pairs.reason.map((reason, k) => (k === 0 ? pairs.reasons.length : reason)) },
      { ...pairs, score: pairs.score.slice(1) },
      { ...pairs, score: Array.from(pairs.score) },
      { ...pairs, reasons: pairs.reasons.map((reason, k) => (k === 0 ? 7 : reason)) },
      [{ a: 0, b: 1, score: 1, verdict: 'merged', reason: '' }],
    ];
    for (const value of broken) expect(isMatching({ ...matching, pairs: value }, count)).toBe(false);
    expect(isMatching(null, count)).toBe(false);
  });

  it('keeps its pairs as columns, each reason once', () => {
    const matching = new Deduplication(BANK, {}).match();
    const { pairs } = matching;
    expect(pairs.a.length).toBeGreaterThan(100);
    expect(pairs.reasons.length).toBeLessThan(pairs.a.length / 4);
    expect(new Set(pairs.reasons).size).toBe(pairs.reasons.length);
    // In order of (a, b), each pair once.
    for (let k = 1; k < pairs.a.length; k++) expect(pairs.a[k - 1]! < pairs.a[k]! || (pairs.a[k - 1] === pairs.a[k] && pairs.b[k - 1]! < pairs.b[k]!)).toBe(true);
  });

  it('ranks the wordings of every cluster of several items, and is refused when a ranking is missing or does not fit its cluster', () => {
    const deduplication = new Deduplication(BANK, {});
    const matching = deduplication.match();
    const count = deduplication.itemCount;
    const clusters = new Set(matching.labelOf.filter((label, i) => matching.labelOf.indexOf(label) !== i));
    expect(matching.ranked.length).toBe(clusters.size);
    expect(matching.ranked.length).toBeGreaterThan(0);
    const [first, ...rest] = matching.ranked;
    const stranger = matching.labelOf.findIndex((label) => label !== matching.labelOf[first![0]!]);
    for (const ranked of [
      rest,
      [[...first!].reverse(), ...rest, [...first!].reverse()],
      [first!.slice(1), ...rest],
      [[...first!.slice(1), stranger], ...rest],
      [[first![0]!, first![0]!, ...first!.slice(2)], ...rest],
    ]) {
      expect(isMatching({ ...matching, ranked }, count)).toBe(false);
    }
    expect(isMatching({ ...matching, ranked: [[...first!].reverse(), ...rest] }, count)).toBe(true);
  });
});
