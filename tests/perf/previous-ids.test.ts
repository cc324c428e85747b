/**
 * The previous build's question ids: a build that writes questions.json
 * remembers the ids it wrote, so the next build does not scan the file for
 * them; a file someone else changed is scanned.
 */
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { build } from '../../src/build/build.js';
import { PreviousIds } from '../../src/build/previous-ids.js';
import { questionIdsOf, questionsWithIds } from '../../src/export/json/question-ids.js';
import { repoRoot } from '../helpers/read-note.js';

// The scan itself, watched: the real one, counted.
vi.mock('../../src/export/json/question-ids.js', async (original) => {
  const actual = await original<typeof import('../../src/export/json/question-ids.js')>();
  return { ...actual, questionIdsOf: vi.fn(actual.questionIdsOf), questionsWithIds: vi.fn(actual.questionsWithIds) };
});
const scans = vi.mocked(questionIdsOf);
const searches = vi.mocked(questionsWithIds);

describe('PreviousIds', () => {
  let root: string;
  let cacheDir: string;
  let out: string;
  let file: string;
  const note = (answer: string) => `## What does dropout do to a network?\n\n${answer}\n\n## What is an epoch?\n\nOne pass over the data.\n`;

  beforeAll(() => {
    root = mkdtempSync(path.join(os.tmpdir(), 'qbank-previous-ids-'));
    cpSync(path.join(repoRoot, 'sources'), path.join(root, 'notes'), { recursive: true });
    cacheDir = path.join(root, 'cache');
    out = path.join(root, 'out');
    file = path.join(out, 'questions.json');
  });
  afterAll(() => rmSync(root, { recursive: true, force: true }));

  const buildOnce = () => build({ cwd: root, inputs: ['notes'], formats: ['json'], outDir: 'out', cache: { dir: 'cache' } });

  it('finds no ids before the first build', async () => {
    expect((await PreviousIds.read(out, cacheDir)).ids).toBeUndefined();
  });

  it('gives, for the file a build wrote, the ids a scan of that file finds', async () => {
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random.'));
    await buildOnce();
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units at random while training.'));
    const result = await buildOnce();
    const scanned = await questionIdsOf(file);
    expect(scanned).toEqual(result.bank.questions.map((question) => question.id));
    expect((await PreviousIds.read(out, cacheDir)).ids).toEqual(scanned);
  });

  it('takes the ids of the file it wrote from the cache, without scanning the file', async () => {
    writeFileSync(path.join(root, 'notes', 'edited.md'), note('It drops units now and then.'));
    const result = await buildOnce();
    scans.mockClear();
    expect((await PreviousIds.read(out, cacheDir)).ids).toEqual(result.bank.questions.map((question) => question.id));
    expect(scans).not.toHaveBeenCalled();
  });

  it('scans a file changed since the build that wrote it', async () => {
    const text = readFileSync(file, 'utf8');
    writeFileSync(file, `${text.replace(/"id": "[0-9a-f]{16}"/, '"id": "1111111111111111"')}`);
    scans.mockClear();
    const ids = (await PreviousIds.read(out, cacheDir)).ids;
    expect(scans).toHaveBeenCalledOnce();
    expect(ids?.[0]).toBe('1111111111111111');
  });

  it('reads the questions of given ids where the build that wrote the file put them, without searching the file', async () => {
    await buildOnce();
    const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ id: string }> };
    const wanted = [bank.questions.at(-1)!, bank.questions[1]!];
    searches.mockClear();
    const read = await (await PreviousIds.read(out, cacheDir)).questions(wanted.map((question) => question.id));
    expect(read).toEqual(wanted.map((question) => ({ ...question, translations: {}, choices: [], related: [], ...question })));
    expect(searches).not.toHaveBeenCalled();
    // Without the cache, nothing tells where they are: the file is searched, and gives the same questions.
    expect(await (await PreviousIds.read(out, undefined)).questions(wanted.map((question) => question.id))).toEqual(read);
    expect(searches).toHaveBeenCalledOnce();
  });

  it('takes no question from where it was when the file was written over since: it searches the file', async () => {
    await buildOnce();
    const text = readFileSync(file, 'utf8');
    const [first] = (JSON.parse(text) as { questions: Array<{ id: string }> }).questions;
    // Another id where the first question's stood, the file as long as it was.
    writeFileSync(file, text.replace(`"id": "${first!.id}"`, '"id": "0123456789abcdef"'));
    searches.mockClear();
    const read = await (await PreviousIds.read(out, cacheDir)).questions([first!.id]);
    expect(read).toEqual([]);
    expect(searches).toHaveBeenCalledOnce();
  });

  it('takes no question from where it was when other bytes stand there in a file of the same size and time: it searches the file', async () => {
    await buildOnce();
    const text = readFileSync(file, 'utf8');
    const [first, second] = (JSON.parse(text) as { questions: Array<{ id: string }> }).questions;
    const written = statSync(file, { bigint: true });
    // The first two ids swapped, the size and the time put back as they were (as a sync tool or `cp -p` may leave
    // them): the file as written moved aside (a rename keeps its time), and its time, to the nanosecond, copied
    // from there by POSIX `touch -r` (utimes cannot set it from a number of seconds).
    const aside = `${file}.written`;
    renameSync(file, aside);
    writeFileSync(file, text.replace(`"id": "${first!.id}"`, '"id": "@@"').replace(`"id": "${second!.id}"`, `"id": "${first!.id}"`).replace('"id": "@@"', `"id": "${second!.id}"`));
    execFileSync('touch', ['-m', '-r', aside, file]);
    rmSync(aside);
    expect(statSync(file, { bigint: true })).toMatchObject({ size: written.size, mtimeNs: written.mtimeNs });
    searches.mockClear();
    const read = await (await PreviousIds.read(out, cacheDir)).questions([first!.id]);
    // The question the file now gives that id, found by searching it, not the one that stood there when it was written.
    expect(read?.map((question) => question.id)).toEqual([first!.id]);
    expect(read?.[0]).toEqual(expect.objectContaining((JSON.parse(readFileSync(file, 'utf8')) as { questions: object[] }).questions[1]!));
    expect(searches).toHaveBeenCalledOnce();
  });

  it('reads the questions of given ids, alone from the file as a build writes it, and from any other bank by parsing it', async () => {
    await buildOnce();
    const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ id: string; question: string }> };
    const [first, , third] = bank.questions;
    const previous = await PreviousIds.read(out, undefined);
    const read = await previous.questions([third!.id, first!.id]);
    expect(read?.map((question) => [question.id, question.question])).toEqual([[third!.id, third!.question], [first!.id, first!.question]]);
    // Written on one line (by another tool, say): parsed whole, the same questions.
    writeFileSync(file, JSON.stringify(bank));
    const parsed = await (await PreviousIds.read(out, cacheDir)).questions([third!.id, first!.id]);
    expect(parsed?.map((question) => question.id).sort()).toEqual([first!.id, third!.id].sort());
  });

  it('leaves out a question whose subject (about) is no text, as the merge compares subjects as text', async () => {
    await buildOnce();
    const bank = JSON.parse(readFileSync(file, 'utf8')) as { questions: Array<{ id: string; about?: unknown }> };
    const [first, second] = bank.questions;
    first!.about = 'What is an SVM?';
    second!.about = 42;
    writeFileSync(file, JSON.stringify(bank));
    const read = await (await PreviousIds.read(out, cacheDir)).questions([first!.id, second!.id]);
    expect(read?.map((question) => [question.id, question.about])).toEqual([[first!.id, 'What is an SVM?']]);
  });
});
