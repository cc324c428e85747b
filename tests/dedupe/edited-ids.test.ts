/**
 * An edited question keeps its id: a typo mended in a wording, or a merged question whose id came from a
 * wording no longer asked, is still the question the learner has been studying, and its Anki note must be
 * updated, not replaced. A question that asks something else gets an id of its own.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { keepEditedIds } from '../../src/dedupe/edited-ids.js';
import { dedupe } from '../../src/dedupe/index.js';
import { build } from '../../src/build/build.js';
import type { Question } from '../../src/schema/question-bank.js';
import { question } from './question-builder.js';

const MERGE = 0.8;
const idsOf = (questions: readonly Question[]) => new Set(questions.map((q) => q.id));

describe('keepEditedIds', () => {
  const before = dedupe([question('What is the different between standardization and normalization?'), question('What is an epoch?')]).questions;

  it('gives a question whose wording was mended the id it had, and changes nothing else', () => {
    const now = dedupe([question('What is the difference between standardization and normalization?'), question('What is an epoch?')]).questions;
    const kept = keepEditedIds(now, idsOf(before), before, MERGE);
    expect(kept.map((q) => q.id).sort()).toEqual(before.map((q) => q.id).sort());
    expect(kept.find((q) => q.question.startsWith('What is the difference'))!.id).toBe(before[0]!.id);
    expect(kept.find((q) => q.question === 'What is an epoch?')).toBe(now.find((q) => q.question === 'What is an epoch?'));
  });

  it('gives a question the id it had when an earlier build left a rating label in its wording (`[M] …`, now a tag)', () => {
    const rated = dedupe([question('[M] Explain algorithm for tuning hyperparameters.'), question('What is an epoch?')]).questions;
    const now = dedupe([question('Explain algorithm for tuning hyperparameters.'), question('What is an epoch?')]).questions;
    const kept = keepEditedIds(now, idsOf(rated), rated, MERGE);
    expect(kept.find((q) => q.question.startsWith('Explain'))!.id).toBe(rated.find((q) => q.question.startsWith('[M]'))!.id);
  });

  it('gives a question whose typo was mended in a word of its frame (Waht is, Explian, diference) the id it had', () => {
    const typos: Array<[string, string]> = [
      ['Waht is gradient descent?', 'What is gradient descent?'],
      ['Explian gradient descent.', 'Explain gradient descent.'],
      ['What is the diference between L1 and L2 regularization?', 'What is the difference between L1 and L2 regularization?'],
      ['What is the difference between L1 and L2 regularization?', 'What is the differnce between L1 and L2 regularization?'],
    ];
    for (const [typed, mended] of typos) {
      const was = dedupe([question(typed), question('What is an epoch?')]).questions;
      const now = dedupe([question(mended), question('What is an epoch?')]).questions;
      expect(keepEditedIds(now, idsOf(was), was, MERGE).find((q) => q.question === mended)!.id, mended).toBe(was.find((q) => q.question === typed)!.id);
    }
    // One word for another is no typo: L1 for L2, max for min.
    const otherWords: Array<[string, string]> = [
      ['What is L1 regularization?', 'What is L2 regularization?'],
      ['What does max pooling keep?', 'What does min pooling keep?'],
      // A content word one letter from another is another subject.
      ['What is a trie?', 'What is a tree?'],
      ['Explain hoisting.', 'Explain hosting.'],
    ];
    for (const [one, other] of otherWords) {
      const was = dedupe([question(one)]).questions;
      const now = dedupe([question(other)]).questions;
      expect(keepEditedIds(now, idsOf(was), was, MERGE)[0]!.id, other).not.toBe(was[0]!.id);
    }
  });

  it('gives a question that asks something else an id of its own, and a question of another kind too', () => {
    const other = dedupe([question('What is batch normalization?'), question('What is an epoch?')]).questions;
    expect(keepEditedIds(other, idsOf(before), before, MERGE)).toBe(other);
    const coding = dedupe([question({ question: 'What is the difference between standardization and normalization?', kind: 'coding' }), question('What is an epoch?')]).questions;
    expect(keepEditedIds(coding, idsOf(before), before, MERGE)).toBe(coding);
  });

  it('gives a question worded alike that shows another picture an id of its own, as the merge keeps the two apart', () => {
    const shows = (markdown: string) => ({ markdown, html: '', text: '' });
    const plotted = dedupe([{ ...question('What does this plot show?'), context: shows('![loss](loss.png)') }]).questions;
    const another = dedupe([{ ...question('What does this plot show us?'), context: shows('![accuracy](accuracy.png)') }]).questions;
    expect(keepEditedIds(another, idsOf(plotted), plotted, MERGE)).toBe(another);
    const same = dedupe([{ ...question('What does this plot show us?'), context: shows('![loss](loss.png)') }]).questions;
    expect(keepEditedIds(same, idsOf(plotted), plotted, MERGE)[0]!.id).toBe(plotted[0]!.id);
  });

  it("gives a follow-up of another subject an id of its own, and one of its subject reworded (What is Adam? for What is the Adam optimizer?) its id", () => {
    const follows = (wording: string, about: string) => ({ ...question(wording), about });
    const svm = dedupe([follows('What are its drawbacks?', 'What is an SVM?')]).questions;
    expect(keepEditedIds(dedupe([follows('What are the drawbacks?', 'What is a random forest?')]).questions, idsOf(svm), svm, MERGE)[0]!.id).not.toBe(svm[0]!.id);
    const adam = dedupe([follows('What are its drawbacks?', 'What is the Adam optimizer?')]).questions;
    expect(keepEditedIds(dedupe([follows('What are the drawbacks?', 'What is Adam?')]).questions, idsOf(adam), adam, MERGE)[0]!.id).toBe(adam[0]!.id);
  });

  it('gives each old id once, to the most similar of the new questions, and renames the related ids that named it', () => {
    const old = dedupe([question('How does dropout prevent overfitting in neural networks?')]).questions;
    // Two new wordings that would both merge with the old one (as questions, not merged with each other here).
    const now: Question[] = [
      question('How does dropout prevent overfitting in neural networks during training?'),
      question('How does dropout prevent overfitting in neural networks exactly?'),
    ].map((q) => ({ ...q, related: [] }));
    const related = { ...question('What is an epoch?'), related: now.map((q) => q.id) };
    const kept = keepEditedIds([...now, related], idsOf(old), old, MERGE);
    // The wording of a word the comparison leaves out (`exactly`, 1.0) is closer than one with a word more (`training`, 0.857).
    expect(kept.filter((q) => q.id === old[0]!.id).map((q) => q.question)).toEqual(['How does dropout prevent overfitting in neural networks exactly?']);
    expect(kept.find((q) => q.question.includes('training'))!.id).toBe(now.find((q) => q.question.includes('training'))!.id);
    expect(kept.at(-1)!.related).toContain(old[0]!.id);
    expect(new Set(kept.map((q) => q.id)).size).toBe(kept.length);
  });
});

describe('a build after an edit', () => {
  let root: string;
  beforeEach(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'qbank-edited-ids-'));
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  const write = (file: string, text: string) => writeFileSync(path.join(root, file), text);
  const ids = async (out = 'out', cache: { dir: string } | false = { dir: 'cache' }) => {
    await build({ cwd: root, inputs: ['notes'], formats: ['json'], outDir: out, cache });
    const bank = JSON.parse(readFileSync(path.join(root, out, 'questions.json'), 'utf8')) as { questions: Question[] };
    return Object.fromEntries(bank.questions.map((q) => [q.question, q.id]));
  };

  for (const cache of [{ dir: 'cache' }, false] as const) {
    it(`keeps the id of a question whose typo was mended, and of a merged one whose other note was deleted (${cache ? 'cache' : 'no cache'})`, async () => {
      mkdirSync(path.join(root, 'notes'));
      write('notes/a.md', '## What is the different between standardization and normalization?\n\nZero mean and unit variance, or a rescale to [0, 1].\n');
      write('notes/eval.md', '## What is k-fold cross-validation?\n\nSplitting the data into k folds.\n');
      const first = await ids('out', cache);
      write('notes/a.md', '## What is the difference between standardization and normalization?\n\nZero mean and unit variance, or a rescale to [0, 1].\n');
      write('notes/review.md', '## Explain k-fold cross validation.\n\nEach fold is held out once.\n');
      const second = await ids('out', cache);
      expect(second['What is the difference between standardization and normalization?']).toBe(first['What is the different between standardization and normalization?']);
      const merged = Object.values(second).filter((id) => id === first['What is k-fold cross-validation?']);
      expect(merged).toHaveLength(1);
      unlinkSync(path.join(root, 'notes/eval.md'));
      const third = await ids('out', cache);
      expect(Object.values(third).sort()).toEqual(Object.values(second).sort());
      // Built again with nothing changed, the same ids; built into a new folder, with no previous build, each wording's own.
      expect(await ids('out', cache)).toEqual(third);
      const fresh = await ids('elsewhere', cache);
      expect(fresh['What is the difference between standardization and normalization?']).not.toBe(first['What is the different between standardization and normalization?']);
    });
  }
});
