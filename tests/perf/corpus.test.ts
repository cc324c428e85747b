/**
 * The benchmark's synthetic notes: deterministic, in the real notes' styles,
 * a fifth reworded repeats, and every question one the pipeline finds (a
 * benchmark of notes qbank cannot read would measure nothing).
 */
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { VFile } from 'vfile';
import { generateCorpus, type Corpus } from '../../src/bench/corpus.js';
import { questionsOfSource } from '../../src/build/source-questions.js';

const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-corpus-'));
afterAll(() => rmSync(root, { recursive: true, force: true }));

const corpusOf = (questions: number, name: string, seed?: number): Promise<Corpus> =>
  generateCorpus({ questions, dir: path.join(root, name), ...(seed !== undefined ? { seed } : {}) });

describe('synthetic corpus', () => {
  it('is the same bytes for the same size and seed, and different for another seed', async () => {
    const a = await corpusOf(600, 'a');
    const b = await corpusOf(600, 'b');
    const c = await corpusOf(600, 'c', 7);
    const bytes = (corpus: Corpus) => corpus.files.map((file) => readFileSync(file.path, 'utf8'));
    expect(bytes(a)).toEqual(bytes(b));
    expect(bytes(c)).not.toEqual(bytes(a));
  });

  it('holds exactly the questions asked for, 50 to 200 a file, about a fifth of them reworded repeats', async () => {
    const corpus = await corpusOf(2_000, 'sizes');
    expect(corpus.files.reduce((sum, file) => sum + file.questions, 0)).toBe(2_000);
    for (const file of corpus.files.slice(0, -1)) {
      expect(file.questions).toBeGreaterThanOrEqual(50);
      expect(file.questions).toBeLessThanOrEqual(200);
    }
    expect(corpus.repeats / corpus.questions).toBeGreaterThan(0.15);
    expect(corpus.repeats / corpus.questions).toBeLessThan(0.25);
  });

  it('uses several markup styles, Markdown and copied plain text, English and Korean', async () => {
    const corpus = await corpusOf(5_000, 'styles');
    const styles = new Set(corpus.files.map((file) => file.style));
    expect(styles.size).toBeGreaterThanOrEqual(6);
    expect(styles).toContain('plain-bullets');
    expect(styles).toContain('korean-headings');
    const all = corpus.files.map((file) => readFileSync(file.path, 'utf8')).join('\n');
    expect(all).toMatch(/^ {2}• /m);
    expect(all).toMatch(/^Q: .+\nA: /m);
    expect(all).toMatch(/<summary>/);
    expect(all).toMatch(/[가-힣]+.*\?$/m);
  });

  it('is read by the pipeline with every question found, repeats reworded rather than copied', async () => {
    const corpus = await corpusOf(1_500, 'read');
    const texts: string[] = [];
    for (const file of corpus.files) {
      const text = readFileSync(file.path, 'utf8');
      const name = path.basename(file.path);
      const read = questionsOfSource({ file: name, text, vfile: new VFile({ path: name, value: text }) });
      expect({ name, found: read.questions.length }).toEqual({ name, found: file.questions });
      texts.push(...read.questions.map((question) => question.question));
    }
    expect(new Set(texts).size).toBeGreaterThan(texts.length * 0.97);
  });
});
