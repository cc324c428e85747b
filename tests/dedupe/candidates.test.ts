/**
 * Candidate generation: far fewer pairs than all pairs, yet every pair that
 * scores as a duplicate is among them (checked against comparing all pairs).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { candidatePairs } from '../../src/dedupe/candidates.js';
import { DEFAULT_THRESHOLDS } from '../../src/dedupe/index.js';
import { compareIn, fingerprint } from '../../src/dedupe/fingerprint.js';
import { TokenTable } from '../../src/dedupe/token-table.js';
import { question } from './question-builder.js';
import { syntheticQuestions } from './synthetic-questions.js';

const labelled: { pairs: Array<{ a: { question: string }; b: { question: string } }> } = JSON.parse(
  readFileSync(new URL('../fixtures/dedupe/labelled-pairs.json', import.meta.url), 'utf8'),
);

describe('candidate pairs', () => {
  const texts = new Set<string>(labelled.pairs.flatMap((pair) => [pair.a.question, pair.b.question]));
  for (const synthetic of syntheticQuestions(700, 11)) texts.add(synthetic.question);
  const fingerprints = [...texts].map((text) => fingerprint(question(text)));
  const count = fingerprints.length;
  const table = new TokenTable(fingerprints);
  const candidates = candidatePairs(table, DEFAULT_THRESHOLDS.merge);
  const isCandidate = (a: number, b: number) => candidates.partnersOf(a).includes(b);

  it('lists each pair once, smaller index first', () => {
    for (let a = 0; a < candidates.count; a++) {
      const others = candidates.partnersOf(a);
      expect(new Set(others).size).toBe(others.length);
      for (const b of others) expect(b).toBeGreaterThan(a);
    }
  });

  it('compares far fewer pairs than all of them', () => {
    const pairs = candidates.size;
    expect(pairs).toBeLessThan((count * (count - 1)) / 2 / 10);
  });

  it('misses no pair that scores as a duplicate', () => {
    const missed: string[] = [];
    for (let a = 0; a < count; a++) {
      for (let b = a + 1; b < count; b++) {
        if (compareIn(table, a, b).score >= DEFAULT_THRESHOLDS.merge && !isCandidate(a, b)) {
          missed.push(`${[...texts][a]} / ${[...texts][b]}`);
        }
      }
    }
    expect(missed).toEqual([]);
  });

  it('finds a question whose words all appear in a longer one', () => {
    const [short, long] = [fingerprint(question('Batch vs SGD?')), fingerprint(question('Could you tell me about the differences between batch gradient descent, mini batch gradient descent, and stochastic gradient descent?'))];
    expect([...candidatePairs(new TokenTable([short, long]), DEFAULT_THRESHOLDS.merge).partnersOf(0)]).toEqual([1]);
  });

  it('finds a misspelt word and a word spelt in two parts', () => {
    const pairs = candidatePairs(
      new TokenTable([question('Batch Normalizattion?'), question('normalization in batches'), question('What is a hyperplane?'), question('What is a hyper plane?')].map(fingerprint)),
      DEFAULT_THRESHOLDS.merge,
    );
    expect(pairs.partnersOf(0)).toContain(1);
    expect(pairs.partnersOf(2)).toContain(3);
  });
});

describe('candidate pairs in a crowd', () => {
  // 600 questions made of the same 30 words: every key is crowded, so without
  // a limit each question would be compared with nearly every other.
  const words = ['alpha', 'bravo', 'charlie', 'delta', 'echo', 'foxtrot', 'golf', 'hotel', 'india', 'juliet', 'kilo', 'lima', 'mike', 'november', 'oscar',
    'papa', 'quebec', 'romeo', 'sierra', 'tango', 'uniform', 'victor', 'whiskey', 'xray', 'yankee', 'zulu', 'apple', 'banana', 'cherry', 'damson'];
  let seed = 7;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const texts = Array.from({ length: 600 }, () => {
    const picked = words.filter(() => next() % 5 < 2).slice(0, 12);
    return `Explain ${picked.join(' ')}?`;
  });
  // One wording of the first, its words in another order: a duplicate hidden in the crowd.
  texts.push(`Explain ${texts[0]!.slice('Explain '.length, -1).split(' ').reverse().join(' ')}?`);
  const fingerprints = [...new Set(texts)].map((text) => fingerprint(question(text)));
  const candidates = candidatePairs(new TokenTable(fingerprints), DEFAULT_THRESHOLDS.merge);

  it('compares each question with a bounded number of others, not with the whole crowd', () => {
    const n = fingerprints.length;
    const pairs = candidates.size;
    console.log(`crowd: ${n} questions, ${pairs} candidate pairs of ${(n * (n - 1)) / 2}`);
    expect(pairs).toBeLessThan((n * (n - 1)) / 2 / 3);
  });

  it('still finds identical token sets in the crowd', () => {
    const last = fingerprints.length - 1;
    expect(compareIn(new TokenTable(fingerprints), 0, last).score).toBe(1);
    expect(candidates.partnersOf(0)).toContain(last);
  });
});
