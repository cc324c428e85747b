/**
 * Reading in worker threads: the same results whatever the number of
 * workers, in input order; a file that overruns its time budget is abandoned
 * and reported while every other file is read; a crashing or unstartable
 * worker costs at most its own file.
 */
import { cpSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadInputs } from '../../src/load/index.js';
import { defaultReaderThreads, readSources, type ReadSourcesOptions } from '../../src/build/read-sources.js';
import { ReadPool } from '../../src/build/read-pool.js';
import { diagnosticsOf } from '../../src/report/reporter.js';
import { generateCorpus } from '../../src/bench/corpus.js';
import { repoRoot } from '../helpers/read-note.js';
import { compiledOutDir, compiledWorkerUrl } from './compiled-worker.js';

const temp = mkdtempSync(path.join(os.tmpdir(), 'qbank-workers-'));
let workerUrl: URL;

beforeAll(() => {
  workerUrl = compiledWorkerUrl();
}, 300_000);
afterAll(() => {
  rmSync(temp, { recursive: true, force: true });
  if (workerUrl) rmSync(compiledOutDir(workerUrl), { recursive: true, force: true });
});

/** Loads a folder afresh (new vfiles) and reads it with `options`; returns what a user would see. */
async function readFolder(dir: string, options: ReadSourcesOptions) {
  const { sources } = await loadInputs([dir], { cwd: temp });
  const { results, stats } = await readSources(sources, { cache: false, ...options });
  return {
    stats,
    results,
    report: sources.map((source, index) => ({ file: source.file, read: results[index], diagnostics: diagnosticsOf(source.vfile) })),
  };
}

describe('reading in worker threads', () => {
  it('starts one thread per core by default, none on two cores or fewer unless a file is risky', () => {
    expect([1, 2, 3, 8].map((cores) => defaultReaderThreads(false, cores))).toEqual([0, 0, 3, 8]);
    expect([1, 2, 3, 8].map((cores) => defaultReaderThreads(true, cores))).toEqual([1, 1, 3, 8]);
  });

  it('gives the same results, messages and order with no worker, one worker and several', async () => {
    const dir = path.join(temp, 'mixed');
    await generateCorpus({ questions: 1_500, dir: path.join(dir, 'synthetic') });
    cpSync(path.join(repoRoot, 'sources'), path.join(dir, 'real'), { recursive: true });
    cpSync(path.join(repoRoot, 'tests/fixtures/shapes'), path.join(dir, 'shapes'), { recursive: true });

    const here = await readFolder(dir, { workers: 0 });
    const one = await readFolder(dir, { workers: 1, workerUrl });
    const three = await readFolder(dir, { workers: 3, workerUrl });
    expect(here.stats.inWorkers).toBe(0);
    expect(one.stats).toMatchObject({ workers: 1, inWorkers: here.stats.files });
    expect(three.stats).toMatchObject({ workers: 3, inWorkers: here.stats.files });
    expect(here.results.reduce((sum, read) => sum + read.questions.length, 0)).toBeGreaterThan(1_500);
    expect(JSON.stringify(one.report)).toBe(JSON.stringify(here.report));
    expect(JSON.stringify(three.report)).toBe(JSON.stringify(here.report));
  });

  it('reads a few small files in this thread: threads would cost more than they save', async () => {
    const dir = path.join(temp, 'small');
    cpSync(path.join(repoRoot, 'tests/fixtures/shapes'), dir, { recursive: true });
    const { stats } = await readFolder(dir, { workerUrl });
    expect(stats).toMatchObject({ workers: 0, inWorkers: 0 });
  });
});

/**
 * CommonMark's pathological inputs (cmark test/pathological_tests.py), some
 * smaller to stay under the load stage's 8 MiB limit. "U+0000 in input" is left out: the
 * load stage reads NULs before parsing (tests/load).
 */
const PATHOLOGICAL: Record<string, () => string> = {
  'nested-strong-emph': () => `${'*a **a '.repeat(65_000)}b${' a** a*'.repeat(65_000)}`,
  'emph-closers-no-openers': () => 'a_ '.repeat(65_000),
  'emph-openers-no-closers': () => '_a '.repeat(65_000),
  'link-closers-no-openers': () => 'a]'.repeat(65_000),
  'link-openers-no-closers': () => '[a'.repeat(65_000),
  'mismatched-openers-closers': () => '*a_ '.repeat(50_000),
  'openers-closers-multiple-of-3': () => `a**b${'c* '.repeat(50_000)}`,
  'link-openers-emph-closers': () => '[ a_'.repeat(50_000),
  'hard-link-emph': () => '**x [a*b**c*](d)',
  'nested-brackets': () => `${'['.repeat(50_000)}a${']'.repeat(50_000)}`,
  'nested-block-quotes': () => `${'> '.repeat(50_000)}a`,
  'deeply-nested-lists': () => Array.from({ length: 1_000 }, (_, level) => `${'  '.repeat(level)}* a\n`).join(''),
  backticks: () => Array.from({ length: 2_000 }, (_, run) => `e${'`'.repeat(run + 1)}`).join(''),
  'unclosed-links-a': () => '[a](<b'.repeat(50_000),
  'unclosed-links-b': () => '[a](b'.repeat(50_000),
  'many-references': () => `${Array.from({ length: 50_000 }, (_, index) => `[${index + 1}]: u\n`).join('')}${'[0] '.repeat(50_000)}`,
};

describe('pathological Markdown under a time budget', () => {
  it('abandons and reports each file that overruns its budget, and reads every other file', async () => {
    const dir = path.join(temp, 'hostile');
    await generateCorpus({ questions: 300, dir: path.join(dir, 'good') });
    for (const [name, make] of Object.entries(PATHOLOGICAL)) writeFileSync(path.join(dir, `${name}.md`), `## What is ${name}?\n\n${make()}\n`);

    const good = await readFolder(path.join(dir, 'good'), { workers: 0 });
    // 3 s: far below what the pathological inputs need (tens of seconds), far above an ordinary file even on a busy machine.
    const all = await readFolder(dir, { workers: 2, workerUrl, timeBudgetMs: 3_000 });

    const hostile = all.report.filter((file) => !file.file.includes('/good/'));
    expect(hostile).toHaveLength(Object.keys(PATHOLOGICAL).length);
    const timedOut = hostile.filter((file) => file.diagnostics.some((diagnostic) => diagnostic.ruleId === 'read-timeout'));
    expect(timedOut.map((file) => path.basename(file.file))).toContain('nested-strong-emph.md');
    expect(all.stats.timedOut).toBe(timedOut.length);
    for (const file of timedOut) {
      expect(file.read!.questions).toEqual([]);
      expect(file.diagnostics).toContainEqual({
        file: file.file,
        line: 1,
        column: 1,
        severity: 'error',
        ruleId: 'read-timeout',
        message: expect.stringMatching(/^This file took longer than \d+(?:\.\d)? s to read: skipped; its questions are missing$/),
      });
    }
    for (const file of hostile.filter((entry) => !timedOut.includes(entry))) {
      expect({ file: file.file, questions: file.read!.questions.length }).toEqual({ file: file.file, questions: 1 });
    }
    const goodAfter = all.report.filter((file) => file.file.includes('/good/'));
    expect(JSON.stringify(goodAfter.map((file) => file.read))).toBe(JSON.stringify(good.report.map((file) => file.read)));
  }, 120_000);

  it('flattens the deeply nested list before parsing, so it is read in time and says so', async () => {
    const dir = path.join(temp, 'deep');
    cpSync(path.join(repoRoot, 'sources'), dir, { recursive: true });
    writeFileSync(path.join(dir, 'deep.md'), `## What is deep?\n\n${PATHOLOGICAL['deeply-nested-lists']!()}`);
    const { report } = await readFolder(dir, { workers: 2, workerUrl });
    const deep = report.find((file) => file.file.endsWith('deep.md'))!;
    expect(deep.diagnostics.map((diagnostic) => diagnostic.ruleId)).toContain('nesting-too-deep');
    expect(deep.diagnostics.map((diagnostic) => diagnostic.ruleId)).not.toContain('read-timeout');
    expect(deep.read!.questions.map((question) => question.question)).toEqual(['What is deep?']);
  }, 120_000);
});

describe('ReadPool', () => {
  // A stand-in worker that speaks the pool's protocol: it echoes the text's length,
  // and crashes, throws or hangs when the file is named so.
  const fake = path.join(temp, 'fake-worker.mjs');
  writeFileSync(
    fake,
    `import { parentPort } from 'node:worker_threads';
parentPort.on('message', ({ id, file, text }) => {
  if (file === 'crash') process.exit(3);
  if (file === 'throw') throw new Error('boom');
  if (file === 'hang') for (;;) {}
  // Held off the CPU, as a thread is on a machine busy with other work: the time passes, the thread does not run.
  if (file === 'starved') Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, 1500);
  parentPort.postMessage({ type: 'read', id, read: { summary: { file, format: 'markdown', questions: text.length }, questions: [], messages: [] } });
});
parentPort.postMessage({ type: 'ready' });
`,
  );
  const broken = path.join(temp, 'broken-worker.mjs');
  writeFileSync(broken, `throw new Error('cannot start');\n`);

  it('gives each file its own outcome: a hang times out, a crash fails, the rest are read', async () => {
    const pool = new ReadPool({ workerUrl: pathToFileURL(fake), size: 2, budgetMs: () => 500 });
    try {
      const names = ['a', 'hang', 'b', 'crash', 'c', 'throw', 'd', 'hang', 'e'];
      const outcomes = await Promise.all(names.map((name, index) => pool.read(name, 'x'.repeat(index))));
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['read', 'timeout', 'read', 'failed', 'read', 'failed', 'read', 'timeout', 'read']);
      outcomes.forEach((outcome, index) => {
        if (outcome.kind === 'read') expect(outcome.read.summary).toEqual({ file: names[index], format: 'markdown', questions: index });
      });
    } finally {
      await pool.close();
    }
  });

  it('counts a budget in the time a file could run: one held off the CPU past its budget on the clock is still read', async () => {
    const pool = new ReadPool({ workerUrl: pathToFileURL(fake), size: 2, budgetMs: () => 500 });
    try {
      const outcomes = await Promise.all(['starved', 'a'].map((name) => pool.read(name, 'x')));
      expect(outcomes.map((outcome) => outcome.kind)).toEqual(['read', 'read']);
      // One that runs all the time it is given still overruns it (the test above).
      expect((await pool.read('hang', 'x')).kind).toBe('timeout');
    } finally {
      await pool.close();
    }
  });

  it('reads every file in this thread when no worker can start', async () => {
    const dir = path.join(temp, 'fallback');
    await generateCorpus({ questions: 600, dir });
    const here = await readFolder(dir, { workers: 0 });
    const fallback = await readFolder(dir, { workers: 2, workerUrl: pathToFileURL(broken) });
    expect(fallback.stats.inWorkers).toBe(0);
    expect(JSON.stringify(fallback.report)).toBe(JSON.stringify(here.report));
  });
});
