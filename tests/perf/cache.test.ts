/**
 * The per-file cache: a rebuild reads unchanged files from the cache, reports
 * exactly what a fresh read reports, and writes the same bytes as a build
 * without the cache; corrupt or foreign entries are ignored and rewritten.
 */
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { open } from 'node:fs/promises';
import os from 'node:os';
import { spawnSync } from 'node:child_process';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build, type BuildOptions } from '../../src/build/build.js';
import { collect, type Collection } from '../../src/build/collect.js';
import { ContentCache, contentHash, V8_VALUES } from '../../src/cache/index.js';
import { deserialize } from 'node:v8';
import { Deduplication, isMatching, isMatchRecord, type Matching } from '../../src/dedupe/index.js';
import { Question } from '../../src/schema/question-bank.js';
import { diagnosticsOf } from '../../src/report/reporter.js';
import { generateCorpus } from '../../src/bench/corpus.js';
import { repoRoot } from '../helpers/read-note.js';

const roots: string[] = [];
afterAll(() => roots.forEach((root) => rmSync(root, { recursive: true, force: true })));

/** A project with the real notes, the shape fixtures, a generated corpus and two hostile files. */
async function project(): Promise<string> {
  const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-cache-'));
  roots.push(root);
  // A Node project (as `npm start` runs in), so the default cache lives inside it.
  mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
  cpSync(path.join(repoRoot, 'sources'), path.join(root, 'notes', 'real'), { recursive: true });
  cpSync(path.join(repoRoot, 'tests/fixtures/shapes'), path.join(root, 'notes', 'shapes'), { recursive: true });
  await generateCorpus({ questions: 400, dir: path.join(root, 'notes', 'synthetic') });
  const deep = Array.from({ length: 200 }, (_, level) => `${'  '.repeat(level)}- level ${level}`).join('\n');
  writeFileSync(path.join(root, 'notes', 'deep.md'), `---\ntitle: Deep\n---\n\n## What is a deep list?\n\n${deep}\n`);
  writeFileSync(path.join(root, 'notes', 'math.md'), '## What is \\(x?\n\nAn unbalanced \\( delimiter.\n');
  return root;
}

const bytesOf = (dir: string) =>
  Object.fromEntries(
    readdirSync(dir)
      .filter((name) => !name.startsWith('.'))
      .sort()
      .map((name) => [name, readFileSync(path.join(dir, name)).toString('base64')]),
  );

const reportOf = (collection: Collection) => collection.files.map((file) => ({ file: file.file, diagnostics: diagnosticsOf(file.vfile) }));

describe('per-file cache', () => {
  let root: string;
  // JSON only: the .apkg carries modification times, so two builds differ in its bytes
  // with or without the cache; the bank it is made from is compared below.
  const options = (extra: Partial<BuildOptions>): BuildOptions => ({ cwd: root, inputs: ['notes'], formats: ['json'], ...extra });

  beforeAll(async () => {
    root = await project();
  });

  it('writes the same bytes with and without the cache, cold and warm, build after build', async () => {
    const plain: Array<Record<string, string>> = [];
    const cached: Array<Record<string, string>> = [];
    for (let round = 0; round < 3; round++) {
      await build(options({ outDir: 'plain', cache: false }));
      plain.push(bytesOf(path.join(root, 'plain')));
      const result = await build(options({ outDir: 'cached' }));
      expect(result.reading.cached).toBe(round === 0 ? 0 : result.files.length);
      cached.push(bytesOf(path.join(root, 'cached')));
    }
    expect(Object.keys(plain[0]!)).toEqual(['questions.json', 'questions.schema.json']);
    expect(cached).toEqual(plain);
  });

  it('replays cached diagnostics, so a warm run reports exactly what a fresh read does', async () => {
    const fresh = await collect({ cwd: root, inputs: ['notes'], cache: false });
    const warmed = await collect({ cwd: root, inputs: ['notes'] });
    const warm = await collect({ cwd: root, inputs: ['notes'] });
    expect(warm.reading.cached).toBe(warm.files.length);
    const rules = reportOf(fresh).flatMap((file) => file.diagnostics.map((diagnostic) => diagnostic.ruleId));
    expect(rules).toEqual(expect.arrayContaining(['nesting-too-deep', 'unbalanced-math', 'orphan-text']));
    expect(reportOf(warmed)).toEqual(reportOf(fresh));
    expect(reportOf(warm)).toEqual(reportOf(fresh));
    expect(warm.bank).toEqual(fresh.bank);
  });

  it('reads a changed file again and takes the others from the cache', async () => {
    await collect({ cwd: root, inputs: ['notes'] });
    const file = path.join(root, 'notes', 'math.md');
    writeFileSync(file, `${readFileSync(file, 'utf8')}\n## Why change a note?\n\nTo see it read again.\n`);
    const after = await collect({ cwd: root, inputs: ['notes'] });
    expect(after.reading.cached).toBe(after.files.length - 1);
    expect(after.bank.questions.map((question) => question.question)).toContain('Why change a note?');
    expect(after.bank).toEqual((await collect({ cwd: root, inputs: ['notes'], cache: false })).bank);
  });

  it('keeps its entries under node_modules/.cache/qbank in a Node project, without listing that folder among skipped files', async () => {
    const result = await collect({ cwd: root, inputs: ['.'] });
    expect(readdirSync(path.join(root, 'node_modules', '.cache', 'qbank')).length).toBeGreaterThan(0);
    expect(result.skipped.map((skipped) => skipped.file)).not.toContain('node_modules');
    expect(result.files.some((file) => file.file.startsWith('node_modules'))).toBe(false);
  });

  it('ignores corrupt entries, rewrites them, and gives the same result', async () => {
    const dir = path.join(root, 'corrupt-cache');
    const good = await collect({ cwd: root, inputs: ['notes'], cache: { dir } });
    const entries = readdirSync(dir);
    entries.forEach((name, index) => {
      const whole = readFileSync(path.join(dir, name), 'utf8');
      const broken = ['', '{', 'null\n[]', '[]', '{"format":2}\n{}', whole.slice(0, 100), whole.slice(0, -10)][index % 7]!;
      writeFileSync(path.join(dir, name), broken);
    });
    const again = await collect({ cwd: root, inputs: ['notes'], cache: { dir } });
    expect(again.reading.cached).toBe(0);
    expect(again.bank).toEqual(good.bank);
    expect(reportOf(again)).toEqual(reportOf(good));
    // Rewritten whole: a line naming the entry's key, then its value: in v8's serialisation for a file's
    // results, the matching and its record (kept for the next build's reading), JSON for the other memos.
    const kinds = new Set<string>();
    for (const name of readdirSync(dir)) {
      const bytes = readFileSync(path.join(dir, name));
      const end = bytes.indexOf(0x0a);
      const key = JSON.parse(bytes.toString('utf8', 0, end)) as { file: string };
      const value = bytes.subarray(end + 1);
      if (key.file === '<match record>') {
        kinds.add('record');
        expect(isMatchRecord(deserialize(value))).toBe(true);
      } else if (key.file === '<matching>') {
        kinds.add('matching');
        const matching = deserialize(value) as Matching;
        // Of as many items as questions were read with distinct ids: at least the merged questions.
        expect(matching.labelOf.length).toBeGreaterThanOrEqual(good.bank.questions.length);
        expect(isMatching(matching, matching.labelOf.length)).toBe(true);
      } else if (!key.file.startsWith('<')) {
        kinds.add('file');
        expect(deserialize(value)).toHaveProperty('questions');
      } else {
        kinds.add('memo');
        expect(() => JSON.parse(value.toString('utf8'))).not.toThrow();
      }
    }
    expect([...kinds].sort()).toEqual(['file', 'matching', 'memo', 'record']);
    expect((await collect({ cwd: root, inputs: ['notes'], cache: { dir } })).reading.cached).toBe(good.files.length);
  });

  it('writes nothing with the cache off, and builds when the cache folder cannot be written', async () => {
    const off = mkdtempSync(path.join(os.tmpdir(), 'qbank-nocache-'));
    roots.push(off);
    cpSync(path.join(repoRoot, 'sources'), path.join(off, 'sources'), { recursive: true });
    await build({ cwd: off, formats: ['json'], cache: false });
    expect(existsSync(path.join(off, 'node_modules'))).toBe(false);

    writeFileSync(path.join(off, 'a-file'), 'not a folder');
    const result = await build({ cwd: off, formats: ['json'], cache: { dir: path.join(off, 'a-file', 'cache') } });
    expect(result.bank.questions.length).toBeGreaterThan(0);
    expect(result.reading.cached).toBe(0);
  });

  it('follows a merge override given after a cached build instead of the remembered merge', async () => {
    const first = await collect({ cwd: root, inputs: ['notes'] });
    const merged = first.decisions!.find((decision) => decision.verdict === 'merged');
    expect(merged).toBeDefined();
    const keepApart = { keepApart: [[merged!.a.id, merged!.b.id] as [string, string]] };
    const overridden = await collect({ cwd: root, inputs: ['notes'], dedupe: { overrides: keepApart } });
    const fresh = await collect({ cwd: root, inputs: ['notes'], cache: false, dedupe: { overrides: keepApart } });
    expect(overridden.bank).toEqual(fresh.bank);
    expect(overridden.bank.questions.length).toBeGreaterThan(first.bank.questions.length);
  });

  it('makes the decision log only when asked, and makes it from a remembered merge that was stored without one', async () => {
    const dir = path.join(root, 'log-cache');
    const fresh = await collect({ cwd: root, inputs: ['notes'], cache: false });
    expect(fresh.decisions!.length).toBeGreaterThan(0);
    const withoutLog = await collect({ cwd: root, inputs: ['notes'], cache: { dir }, decisions: false });
    expect(withoutLog.decisions).toBeUndefined();
    expect(withoutLog.bank).toEqual(fresh.bank);
    const match = vi.spyOn(Deduplication.prototype, 'matchRecorded');
    try {
      const withLog = await collect({ cwd: root, inputs: ['notes'], cache: { dir } });
      expect(withLog.decisions).toEqual(fresh.decisions);
      expect(withLog.bank).toEqual(fresh.bank);
      // The log comes from the remembered matching: the wordings are not compared again.
      expect(match).not.toHaveBeenCalled();
      const again = await collect({ cwd: root, inputs: ['notes'], cache: { dir } });
      expect(again.decisions).toEqual(fresh.decisions);
    } finally {
      match.mockRestore();
    }
  });

  it('keeps the comparison of wordings when an edit changes only answers, and compares again, with its record, when a wording changes', async () => {
    const file = path.join(root, 'notes', 'edited.md');
    const note = (answer: string, heading = 'What does dropout do to a network?') => `## ${heading}\n\n${answer}\n\n## What is an epoch?\n\nOne pass over the data.\n`;
    const match = vi.spyOn(Deduplication.prototype, 'matchRecorded');
    try {
      const buildAfter = async (text: string) => {
        writeFileSync(file, text);
        match.mockClear();
        const cached = await collect({ cwd: root, inputs: ['notes'] });
        const compared = match.mock.calls.length > 0;
        const recalled = match.mock.results[0]?.type === 'return' ? (match.mock.results[0].value as { recalled: number }).recalled : 0;
        const fresh = await collect({ cwd: root, inputs: ['notes'], cache: false });
        expect(cached.bank).toEqual(fresh.bank);
        expect(cached.decisions).toEqual(fresh.decisions);
        return { cached, compared, recalled };
      };
      expect((await buildAfter(note('It drops units at random.'))).compared).toBe(true);
      const answerEdited = await buildAfter(note('It drops units at random while training.'));
      expect(answerEdited.compared).toBe(false);
      const dropout = answerEdited.cached.bank.questions.find((question) => question.question === 'What does dropout do to a network?');
      expect(dropout?.answer?.text).toBe('It drops units at random while training.');
      const reworded = await buildAfter(note('It drops units.', 'What does dropout do to a model?'));
      expect(reworded.compared).toBe(true);
      // Compared again with the record of the last comparison: the scores of pairs of unchanged wordings are taken from it.
      expect(reworded.recalled).toBeGreaterThan(0);
    } finally {
      match.mockRestore();
    }
  });

  it('brings the last merge up to date when the wordings stay: only questions with a place in the edited note are merged again, and the bytes are those of a build without the cache', async () => {
    const dir = path.join(root, 'notes', 'synthetic');
    const notes = readdirSync(dir).sort();
    const markdown = notes.filter((name) => name.endsWith('.md'));
    const first = await build(options({ outDir: 'updated' }));
    // A question several notes ask: repeating it in one more note adds a member to a cluster of several.
    const shared = first.bank.questions.find((question) => new Set(question.occurrences.map((o) => o.file)).size > 1)!;
    const edits = [
      { note: notes[notes.length - 1]!, append: '\nThis also matters in practice.\n' },
      { note: markdown[markdown.length - 1]!, append: `\n## ${shared.question}\n\nAsked once more here.\n` },
      { note: notes[0]!, append: '\nIn short, it depends on the data.\n' },
    ];
    for (const edit of edits) {
      const file = path.join(dir, edit.note);
      writeFileSync(file, `${readFileSync(file, 'utf8')}${edit.append}`);
      const result = await build(options({ outDir: 'updated' }));
      await build(options({ outDir: 'plain', cache: false }));
      expect(bytesOf(path.join(root, 'updated'))).toEqual(bytesOf(path.join(root, 'plain')));
      const untouched = result.bank.questions.filter((question) => !question.occurrences.some((o) => o.file === `notes/synthetic/${edit.note}`));
      expect(result.merging).toEqual({ reused: untouched.length });
    }
  });
});

describe('a rebuild after a question is reworded', () => {
  const X = 'Why does dropout reduce overfitting in deep convolutional networks during training?';
  // Each a duplicate of X (0.85, 0.92), not of each other (0.77): with C there, X goes with C and A stays apart.
  const A = 'Why does dropout reduce overfitting in deep convolutional networks during inference?';
  const C = 'Why does dropout reduce overfitting in deep convolutional models during training?';
  const note = (...questions: string[]) => questions.map((question) => `## ${question}\n\nAn answer.\n`).join('\n');

  it('writes what a build without the cache writes when two clusters of unchanged notes become one, and relates their neighbours to it', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-reworded-'));
    roots.push(root);
    mkdirSync(path.join(root, 'notes'));
    mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
    const write = (name: string, text: string) => writeFileSync(path.join(root, 'notes', name), text);
    write('a.md', note(X));
    write('b.md', note(A));
    write('c.md', note(C, 'What is gradient clipping?'));
    write('d.md', note('What is a tensor?', 'What is a tensor core?', 'Why do deep convolutional models overfit during training?'));
    const options = (extra: Partial<BuildOptions>): BuildOptions => ({ cwd: root, inputs: ['notes'], formats: ['json'], ...extra });
    const clusters = (result: Awaited<ReturnType<typeof build>>) => result.bank.questions.map((q) => q.occurrences.map((o) => o.file).join(' '));

    const before = await build(options({ outDir: 'cached' }));
    expect(clusters(before)).toEqual(expect.arrayContaining(['notes/a.md notes/c.md', 'notes/b.md']));
    // C reworded away: X and A, both in notes that did not change, now make one cluster.
    write('c.md', note('What is an epoch?', 'What is gradient clipping?'));
    const after = await build(options({ outDir: 'cached' }));
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'cached'))).toEqual(bytesOf(path.join(root, 'plain')));
    expect(clusters(after)).toEqual(expect.arrayContaining(['notes/a.md notes/b.md']));
    // The question of d.md near the dropout questions was related to X's cluster with C, and is now to X's cluster with A.
    const relatedOf = (result: Awaited<ReturnType<typeof build>>, question: string) => result.bank.questions.find((q) => q.question === question)!.related;
    const idOf = (result: Awaited<ReturnType<typeof build>>, file: string) => result.bank.questions.find((q) => q.occurrences.some((o) => o.file === file))!.id;
    const near = 'Why do deep convolutional models overfit during training?';
    expect(relatedOf(before, near)).toEqual([idOf(before, 'notes/c.md')]);
    expect(relatedOf(after, near)).toEqual([idOf(after, 'notes/b.md')]);
    // The clusters of the same members (d.md's three questions) were taken from the last merge, the
    // near one with its related ids made again; the dropout clusters, whose members changed, were merged afresh.
    expect(after.merging).toEqual({ reused: 3 });
  });

  it('takes the question of an unchanged note from the last merge and drops its related id when its only near miss is reworded away', async () => {
    const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-reworded-'));
    roots.push(root);
    mkdirSync(path.join(root, 'notes'));
    mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true });
    const write = (name: string, text: string) => writeFileSync(path.join(root, 'notes', name), text);
    const near = 'Why do deep convolutional models overfit during training?';
    write('a.md', note(X, 'What is a tensor?'));
    write('b.md', note(near, 'What is gradient clipping?'));
    const options = (extra: Partial<BuildOptions>): BuildOptions => ({ cwd: root, inputs: ['notes'], formats: ['json'], ...extra });
    const relatedOf = (result: Awaited<ReturnType<typeof build>>) => result.bank.questions.find((q) => q.question === near)!.related;

    expect(relatedOf(await build(options({ outDir: 'cached' })))).toHaveLength(1);
    write('a.md', note('What is an epoch?', 'What is a tensor?'));
    const after = await build(options({ outDir: 'cached' }));
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'cached'))).toEqual(bytesOf(path.join(root, 'plain')));
    expect(relatedOf(after)).toEqual([]);
    // b.md's two questions, from the last merge.
    expect(after.merging).toEqual({ reused: 2 });
  });
});

describe('questions.json on a rebuild', () => {
  let root: string;
  const options = (extra: Partial<BuildOptions>): BuildOptions => ({ cwd: root, inputs: ['notes'], formats: ['json'], ...extra });
  const note = (answer: string) => `## What does dropout do to a network?\n\n${answer}\n\n## What is an epoch?\n\nOne pass over the data.\n`;
  /** Questions validated (and so stringified afresh) by one build. */
  const validatedBy = async (extra: Partial<BuildOptions>) => {
    const parse = vi.spyOn(Question, 'safeParse');
    try {
      const result = await build(options(extra));
      const fromEdited = result.bank.questions.filter((question) => question.occurrences.some((occurrence) => occurrence.file.endsWith('edited.md')));
      return { count: parse.mock.calls.length, questions: result.bank.questions.length, fromEdited: fromEdited.length };
    } finally {
      parse.mockRestore();
    }
  };

  beforeAll(async () => {
    root = await project();
  });

  it('takes the text of every question an edit did not change from the last questions.json, and writes what a build without the cache writes', async () => {
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random.'));
    const first = await validatedBy({ outDir: 'out' });
    expect(first.count).toBe(first.questions);
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random while training.'));
    const rebuilt = await validatedBy({ outDir: 'out' });
    // The questions found in the edited note, and nothing else.
    expect(rebuilt.fromEdited).toBe(2);
    expect(rebuilt.count).toBe(2);
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'out'))).toEqual(bytesOf(path.join(root, 'plain')));
    expect(readFileSync(path.join(root, 'out', 'questions.json'), 'utf8')).toContain('It drops units at random while training.');
  });

  it('finds the texts of the questions after a note that gained one, though they moved, and writes what a build without the cache writes', async () => {
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random.'));
    await build(options({ outDir: 'grown' }));
    writeFileSync(path.join(root, 'notes', 'edited.md'), `## What is a tensor?\n\nAn array with any number of axes.\n\n${note('It drops units at random.')}`);
    const rebuilt = await validatedBy({ outDir: 'grown' });
    // Every question of the note is at another place in it now; every other question is recalled.
    expect(rebuilt.fromEdited).toBe(3);
    expect(rebuilt.count).toBe(3);
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'grown'))).toEqual(bytesOf(path.join(root, 'plain')));
  });

  it('writes afresh a question of an unchanged note whose related questions changed, and writes what a build without the cache writes', async () => {
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random.'));
    writeFileSync(path.join(root, 'notes', 'other.md'), '## What is batch normalization?\n\nIt normalises activations over a batch.\n');
    const before = await build(options({ outDir: 'linked' }));
    // The edited note now asks something close to other.md's question, without asking the same.
    writeFileSync(path.join(root, 'notes', 'edited.md'), `## Explain batch normalization and layer normalization.\n\nBoth normalise activations, over other axes.\n\n${note('It drops units at random.')}`);
    const parse = vi.spyOn(Question, 'safeParse');
    let after: Awaited<ReturnType<typeof build>>;
    let validated: unknown[];
    try {
      after = await build(options({ outDir: 'linked' }));
      validated = parse.mock.calls.map(([question]) => question);
    } finally {
      parse.mockRestore();
    }
    const relatedBefore = new Map(before.bank.questions.map((q) => [q.id, q.related.join()]));
    const fromEdited = after.bank.questions.filter((q) => q.occurrences.some((o) => o.file.endsWith('edited.md')));
    const relinked = after.bank.questions.filter((q) => !fromEdited.includes(q) && relatedBefore.get(q.id) !== q.related.join());
    const other = after.bank.questions.find((q) => q.occurrences.some((o) => o.file.endsWith('other.md')))!;
    expect(relinked).toContain(other);
    expect(validated).toEqual([...fromEdited, ...relinked].sort((a, b) => after.bank.questions.indexOf(a) - after.bank.questions.indexOf(b)));
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'linked'))).toEqual(bytesOf(path.join(root, 'plain')));
    rmSync(path.join(root, 'notes', 'other.md'));
  });

  it('writes every question afresh when questions.json was changed since the last build', async () => {
    await build(options({ outDir: 'touched' }));
    const file = path.join(root, 'touched', 'questions.json');
    writeFileSync(file, `${readFileSync(file, 'utf8')} `);
    const rebuilt = await validatedBy({ outDir: 'touched' });
    expect(rebuilt.count).toBe(rebuilt.questions);
    await build(options({ outDir: 'plain', cache: false }));
    expect(bytesOf(path.join(root, 'touched'))).toEqual(bytesOf(path.join(root, 'plain')));
  });
});

describe('ContentCache', () => {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qbank-content-cache-'));
  roots.push(dir);
  const isNumbers = (value: unknown): value is number[] => Array.isArray(value) && value.every((item) => typeof item === 'number');

  it('answers only for the same file, content and version', async () => {
    const cache = new ContentCache({ dir, version: 'v1' }, isNumbers);
    const hash = contentHash('text');
    expect(await cache.get('a.md', hash)).toBeUndefined();
    expect(await cache.set('a.md', hash, [1, 2])).toBe(true);
    expect(await cache.get('a.md', hash)).toEqual([1, 2]);
    expect(await cache.get('a.md', contentHash('other text'))).toBeUndefined();
    expect(await cache.get('b.md', hash)).toBeUndefined();
    expect(await new ContentCache({ dir, version: 'v2' }, isNumbers).get('a.md', hash)).toBeUndefined();
  });

  it('removes, on its first write, the temporary entries a killed process left, not those of one still writing, nor entries', async () => {
    const folder = mkdtempSync(path.join(os.tmpdir(), 'qbank-content-cache-'));
    roots.push(folder);
    const gone = spawnSync(process.execPath, ['-e', '']).pid; // a process that has ended
    const leftBehind = `0123abcd.json.${gone}.3.tmp`;
    const stillWriting = `4567ef01.json.${process.ppid}.1.tmp`;
    const entry = '89ab2345.json';
    for (const name of [leftBehind, stillWriting, entry]) writeFileSync(path.join(folder, name), 'partial');
    expect(await new ContentCache({ dir: folder, version: 'v1' }, isNumbers).set('a.md', contentHash('text'), [1])).toBe(true);
    const names = readdirSync(folder);
    expect(names).not.toContain(leftBehind);
    expect(names).toEqual(expect.arrayContaining([stillWriting, entry]));
    expect(names.filter((name) => name.endsWith('.tmp'))).toEqual([stillWriting]);
  });

  it('decodes a value only for a matching key: a miss on a large entry reads its first line, not its value', async () => {
    const cache = new ContentCache({ dir, version: 'v1' }, isNumbers);
    await cache.set('large.md', 'h1', Array.from({ length: 250_000 }, (_, index) => index));
    const entrySize = Math.max(...readdirSync(dir).map((name) => statSync(path.join(dir, name)).size));
    // Every read of a file opened for reading goes through FileHandle.prototype.read.
    const probe = await open(path.join(dir, readdirSync(dir)[0]!), 'r');
    const handleProto = Object.getPrototypeOf(probe) as { read: (...args: unknown[]) => Promise<{ bytesRead: number }> };
    await probe.close();
    const parse = vi.spyOn(JSON, 'parse');
    const read = vi.spyOn(handleProto, 'read');
    const bytesRead = async () => (await Promise.all(read.mock.results.map((result) => result.value as Promise<{ bytesRead: number }>))).reduce((sum, result) => sum + result.bytesRead, 0);
    try {
      expect(await cache.get('large.md', 'h2')).toBeUndefined();
      expect(parse.mock.calls.map(([text]) => String(text).length)).toEqual([expect.any(Number)]);
      expect(String(parse.mock.calls[0]![0])).toContain('"hash":"h1"');
      // Larger than an entry read whole at once (a megabyte): a bank's matching, not a file's results.
      expect(entrySize).toBeGreaterThan(1 << 20);
      expect(await bytesRead()).toBeLessThanOrEqual(4096);
      read.mockClear();
      expect((await cache.get('large.md', 'h1'))?.length).toBe(250_000);
      expect(await bytesRead()).toBe(entrySize);
    } finally {
      parse.mockRestore();
      read.mockRestore();
    }
  });

  it('finds the key of a large entry whose key line is longer than its first read (a file of a very long name)', async () => {
    const cache = new ContentCache({ dir, version: 'v1' }, isNumbers);
    // The key line names the file: over 4 KB with this name, so the first read of the entry ends inside it.
    const file = `${'deeply/nested/'.repeat(400)}note.md`;
    const value = Array.from({ length: 250_000 }, (_, index) => index);
    await cache.set(file, 'h1', value);
    expect(await cache.get(file, 'h1')).toEqual(value);
    expect(await cache.get(file, 'h2')).toBeUndefined();
    expect((await cache.latest(file))?.hash).toBe('h1');
    // Another file of the same long name but one character is another entry.
    expect(await cache.get(`${file}x`, 'h1')).toBeUndefined();
  });

  it('gives the entry last stored for a file whatever content it was stored for, decoding its value once and only when asked', async () => {
    const cache = new ContentCache({ dir, version: 'v1' }, isNumbers);
    expect(await cache.latest('never.md')).toBeUndefined();
    await cache.set('latest.md', 'h1', [1]);
    await cache.set('latest.md', 'h2', [2, 3]);
    const parse = vi.spyOn(JSON, 'parse');
    try {
      const entry = await cache.latest('latest.md');
      expect(entry?.hash).toBe('h2');
      // The key line only, so far.
      expect(parse).toHaveBeenCalledTimes(1);
      expect(entry?.value()).toEqual([2, 3]);
      expect(entry?.value()).toEqual([2, 3]);
      expect(parse).toHaveBeenCalledTimes(2);
    } finally {
      parse.mockRestore();
    }
    expect(await new ContentCache({ dir, version: 'v2' }, isNumbers).latest('latest.md')).toBeUndefined();
  });

  it('keeps a value of typed arrays as their bytes with the v8 codec, and takes a damaged one for a miss', async () => {
    const isColumns = (value: unknown): value is { scores: Float64Array; words: string[] } =>
      value !== null && typeof value === 'object' && (value as { scores?: unknown }).scores instanceof Float64Array;
    const cache = new ContentCache({ dir, version: 'v1' }, isColumns, V8_VALUES);
    const scores = Float64Array.from({ length: 10_000 }, (_, index) => index / 7);
    await cache.set('columns', 'h', { scores, words: ['정규화', 'dropout'] });
    expect(await cache.get('columns', 'h')).toEqual({ scores, words: ['정규화', 'dropout'] });
    // Bytes, not numbers spelt out: about 8 per score.
    const [entry] = readdirSync(dir).filter((name) => readFileSync(path.join(dir, name)).includes('"file":"columns"'));
    const bytes = readFileSync(path.join(dir, entry!));
    expect(bytes.length).toBeLessThan(8 * scores.length + 200);
    writeFileSync(path.join(dir, entry!), bytes.subarray(0, bytes.length - 100));
    expect(await cache.get('columns', 'h')).toBeUndefined();
  });

  it('rejects a stored value of the wrong shape', async () => {
    const loose = new ContentCache<unknown>({ dir, version: 'v1' }, (value): value is unknown => true);
    await loose.set('c.md', 'h', { not: 'numbers' });
    expect(await new ContentCache({ dir, version: 'v1' }, isNumbers).get('c.md', 'h')).toBeUndefined();
  });

  it('writes atomically: concurrent writers leave one whole entry and no temporary files', async () => {
    const cache = new ContentCache({ dir: path.join(dir, 'race'), version: 'v1' }, isNumbers);
    const values = Array.from({ length: 20 }, (_, index) => Array.from({ length: 5_000 }, () => index));
    await Promise.all(values.map((value) => cache.set('same.md', 'h', value)));
    const stored = await cache.get('same.md', 'h');
    expect(values).toContainEqual(stored);
    expect(readdirSync(path.join(dir, 'race'))).toHaveLength(1);
  });

  it('never throws on a folder it cannot use', async () => {
    mkdirSync(path.join(dir, 'blocked'));
    writeFileSync(path.join(dir, 'blocked', 'file'), '');
    const cache = new ContentCache({ dir: path.join(dir, 'blocked', 'file', 'sub'), version: 'v1' }, isNumbers);
    expect(await cache.set('a.md', 'h', [1])).toBe(false);
    expect(await cache.get('a.md', 'h')).toBeUndefined();
  });
});
