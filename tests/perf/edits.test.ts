/**
 * The benchmark's one-file edits do what their names say on every markup
 * style of the synthetic corpus: an answer edited leaves every wording as it
 * was; a question reworded changes exactly one.
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateCorpus, type Corpus } from '../../src/bench/corpus.js';
import { answerEdited, questionReworded } from '../../src/bench/edits.js';
import { readSourceText } from '../../src/build/source-read.js';

describe('one-file edits of the benchmark', () => {
  let dir: string;
  let corpus: Corpus;
  beforeAll(async () => {
    dir = mkdtempSync(path.join(os.tmpdir(), 'qbank-edits-'));
    corpus = await generateCorpus({ questions: 2_000, dir });
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  /** One file of each markup style. */
  const samples = () => [...new Map(corpus.files.map((file) => [file.style, file])).values()];
  const read = (file: string, text: string) => readSourceText(path.basename(file), text).questions;

  it('covers several styles', () => {
    expect(samples().length).toBeGreaterThan(4);
  });

  it('rewords exactly one question, and changes nothing else that is read', () => {
    for (const file of samples()) {
      const before = readFileSync(file.path, 'utf8');
      const edit = questionReworded(path.basename(file.path), before);
      const was = read(file.path, before);
      const now = read(file.path, edit.after);
      expect(now.length, file.style).toBe(was.length);
      const changed = now.filter((question, k) => question.question !== was[k]!.question);
      expect(changed.length, file.style).toBe(1);
      expect(changed[0]!.question, file.style).toContain('exactly');
      expect(now.map((question) => question.answer), file.style).toEqual(was.map((question) => question.answer));
    }
  });

  it('edits an answer and leaves every wording as it was', () => {
    for (const file of samples()) {
      const before = readFileSync(file.path, 'utf8');
      const edit = answerEdited(before);
      const was = read(file.path, before);
      const now = read(file.path, edit.after);
      expect(now.map((question) => question.question), file.style).toEqual(was.map((question) => question.question));
      const answers = (questions: typeof was) => questions.map((question) => question.answer?.markdown ?? null);
      expect(answers(now), file.style).not.toEqual(answers(was));
    }
  });
});
