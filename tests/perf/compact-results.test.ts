/** The cache's packed form of questions and decisions: smaller, and unpacked to the same values and sharing. */
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { MergeInputs, packDecisions, packQuestions, unpackDecisions, unpackQuestions } from '../../src/build/compact-results.js';
import { dedupe } from '../../src/dedupe/index.js';
import { readNote, repoRoot } from '../helpers/read-note.js';

const questions = ['deep-learning-interview-questions-docs-site.txt', 'rapid-fire-and-coding-qa.txt', 'ml-dl-interview-qa-by-topic.txt'].flatMap(
  (name) => readNote(readFileSync(path.join(repoRoot, 'sources', name), 'utf8'), `sources/${name}`).questions,
);
const throughJson = <T>(value: T): T => JSON.parse(JSON.stringify(value)) as T;

describe('packed results', () => {
  it('unpack questions to equal values, with the answer shared again, from a smaller JSON', () => {
    const packed = packQuestions(questions);
    const unpacked = unpackQuestions(throughJson(packed));
    expect(unpacked).toEqual(questions);
    for (const question of unpacked) {
      if (question.answer) expect(question.occurrences[0]!.answer).toBe(question.answer);
    }
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(questions).length * 0.8);
  });

  it('leave an occurrence whose answer differs from the question answer as it is', () => {
    const [first] = questions.filter((question) => question.answer !== null);
    const other = { ...first!, occurrences: [{ ...first!.occurrences[0]!, answer: { markdown: 'x', html: '<p>x</p>', text: 'x' } }] };
    expect(unpackQuestions(throughJson(packQuestions([other])))).toEqual([other]);
  });

  it('write each shared side and each verdict or reason once, and unpack merge decisions to equal values', () => {
    const { decisions } = dedupe(questions);
    expect(decisions.length).toBeGreaterThan(0);
    const packed = packDecisions(decisions);
    expect(unpackDecisions(throughJson(packed))).toEqual(decisions);
    // Two sides per decision would be no sharing at all (and could never be exceeded).
    expect(packed.sides.length).toBeLessThan(decisions.length * 2);
    expect(packed.words.length).toBeLessThan(decisions.length);
    expect(packed.decisions.every((entry) => Array.isArray(entry))).toBe(true);
  });

  it('store merged questions as positions among the merge inputs, and rebuild them from a fresh copy of those inputs', () => {
    const { questions: merged } = dedupe(questions);
    expect(merged.some((question) => question.occurrences.length > 1)).toBe(true);
    const packed = merged.map((question) => new MergeInputs(questions).pack(question));
    // The next run reads the same inputs again (from the cache): equal values, new objects.
    const again = unpackQuestions(throughJson(packQuestions(questions)));
    const inputs = new MergeInputs(again);
    const unpacked = throughJson(packed).map((entry) => inputs.unpack(entry));
    expect(unpacked).toEqual(merged);
    expect(JSON.stringify(packed).length).toBeLessThan(JSON.stringify(merged).length / 3);
    // A question found once is stored as its position and related ids; its object is the input's copied.
    const once = merged.filter((question) => question.occurrences.length === 1);
    expect(once.length).toBeGreaterThan(0);
    expect(packed.filter((entry) => Object.keys(entry as object).join() === 'input,related')).toHaveLength(once.length);
  });

  it('store a question found once whole when the merge changed more than its related ids', () => {
    const { questions: merged } = dedupe(questions);
    const once = merged.find((question) => question.occurrences.length === 1)!;
    const retold = { ...once, topic: 'another topic' };
    const packed = new MergeInputs(questions).pack(retold);
    expect(packed).toMatchObject({ topic: 'another topic', occurrences: [expect.any(Number)] });
    expect(new MergeInputs(questions).unpack(throughJson(packed))).toEqual(retold);
  });

  it('move stored merged questions to the positions of a later build, as packing them against its inputs would give', () => {
    const { questions: merged } = dedupe(questions);
    const packed = throughJson(merged.map((question) => new MergeInputs(questions).pack(question)));
    // The later build reads one more question, first: every position moves on by its occurrences.
    const added = { ...questions[0]!, id: 'added', occurrences: [{ ...questions[0]!.occurrences[0]!, line: 1 }, { ...questions[0]!.occurrences[0]!, line: 2 }] };
    const later = [added, ...unpackQuestions(throughJson(packQuestions(questions)))];
    const moved = Int32Array.from(questions.flatMap((question) => question.occurrences), (_, position) => position + 2);
    const inputs = new MergeInputs(later);
    for (const entry of packed) {
      const question = inputs.unpack(entry, moved)!;
      expect(question).toBeDefined();
      expect(MergeInputs.moved(entry, moved)).toEqual(inputs.pack(question));
    }
    // Both kinds of entry were moved: questions found once, and merged ones stored whole.
    expect(packed.some((entry) => 'input' in (entry as object))).toBe(true);
    expect(packed.some((entry) => !('input' in (entry as object)))).toBe(true);
  });

  it('refuse positions that do not fit the inputs', () => {
    const { questions: merged } = dedupe(questions);
    const packed = new MergeInputs(questions).pack(merged[0]!);
    expect(new MergeInputs(questions.slice(0, 1)).unpack(throughJson(packed))).toBeUndefined();
    expect(new MergeInputs(questions.slice(0, 1)).unpack({ input: 5, related: [] })).toBeUndefined();
  });
});

