/**
 * Deduplication quality over hand-labelled pairs: every duplicate pair in
 * and across the five notes in sources/, their near misses, and our own
 * English and Korean fixtures (tests/fixtures/dedupe/labelled-pairs.json).
 * All labelled questions are deduplicated together, as in a real build, and
 * each pair counts as predicted "same" when both end in one question.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { dedupe } from '../../src/dedupe/index.js';
import { question, type QuestionSpec } from './question-builder.js';

interface LabelledSide extends QuestionSpec {
  file: string;
  line: number;
}
interface LabelledPair {
  a: LabelledSide;
  b: LabelledSide;
  same: boolean;
  note: string;
}

const labelled: { pairs: LabelledPair[] } = JSON.parse(
  readFileSync(new URL('../fixtures/dedupe/labelled-pairs.json', import.meta.url), 'utf8'),
);
const placeOf = (side: { file: string; line: number; question: string }) => `${side.file}:${side.line}: ${side.question}`;

function evaluate() {
  const sides = new Map<string, LabelledSide>();
  for (const pair of labelled.pairs) for (const side of [pair.a, pair.b]) sides.set(placeOf(side), side);
  const result = dedupe([...sides.values()].map(question));
  const mergedInto = new Map<string, string>();
  for (const merged of result.questions) for (const occurrence of merged.occurrences) mergedInto.set(placeOf(occurrence), merged.id);

  let truePositives = 0;
  const falsePositives: LabelledPair[] = [];
  const falseNegatives: LabelledPair[] = [];
  for (const pair of labelled.pairs) {
    const predicted = mergedInto.get(placeOf(pair.a)) === mergedInto.get(placeOf(pair.b));
    if (predicted && pair.same) truePositives++;
    else if (predicted) falsePositives.push(pair);
    else if (pair.same) falseNegatives.push(pair);
  }
  return {
    questions: sides.size,
    precision: truePositives / (truePositives + falsePositives.length),
    recall: truePositives / (truePositives + falseNegatives.length),
    falsePositives,
    falseNegatives,
  };
}

describe('deduplication quality on labelled pairs', () => {
  const quality = evaluate();
  const show = (pairs: LabelledPair[]) => pairs.map((p) => `  "${p.a.question}" / "${p.b.question}" (${p.note})`).join('\n');
  console.log(
    `dedupe quality: ${labelled.pairs.length} labelled pairs (${labelled.pairs.filter((p) => p.same).length} duplicates) over ${quality.questions} questions: ` +
      `precision ${quality.precision.toFixed(3)}, recall ${quality.recall.toFixed(3)}` +
      (quality.falsePositives.length ? `\nmerged but different:\n${show(quality.falsePositives)}` : '') +
      (quality.falseNegatives.length ? `\nduplicates kept apart:\n${show(quality.falseNegatives)}` : ''),
  );

  it('labels both duplicates and non-duplicates, from the sources and from our own fixtures', () => {
    expect(labelled.pairs.filter((p) => p.same).length).toBeGreaterThan(50);
    expect(labelled.pairs.filter((p) => !p.same).length).toBeGreaterThan(50);
    const files = new Set(labelled.pairs.flatMap((p) => [p.a.file, p.b.file]));
    for (const source of [
      'sources/preparing-ml-dl-interview.txt',
      'sources/rapid-fire-and-coding-qa.txt',
      'sources/ml-dl-interview-qa-by-topic.txt',
      'sources/deep-learning-interview-korean-english.txt',
      'sources/deep-learning-interview-questions-docs-site.txt',
      'fixtures/korean-questions.md',
    ]) {
      expect(files).toContain(source);
    }
  });

  it('merges few different questions: pairwise precision at least 0.95', () => {
    expect(quality.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('finds most duplicates: pairwise recall at least 0.85', () => {
    expect(quality.recall).toBeGreaterThanOrEqual(0.85);
  });
});
