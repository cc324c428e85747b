/**
 * Exports are remembered: a rebuild whose bank is the one already exported,
 * with the same settings, does not run the exporters again (they are most of
 * the cost of such a rebuild), yet reports what they reported then. Any
 * change, to the notes, the settings, the files written or the images a
 * deck packs, runs them again.
 * The ids of the previous questions.json are remembered the same way.
 */
import { mkdirSync, readFileSync, rmSync, statSync, utimesSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { build, type BuildOptions } from '../../src/build/build.js';
import { exporters } from '../../src/build/exporters.js';
import { tempProject } from '../helpers/temp-project.js';
import { questionId } from '../../src/normalise/question-id.js';

describe('remembered exports', () => {
  const root = tempProject();
  const options = (extra: Partial<BuildOptions> = {}): BuildOptions => ({
    cwd: root,
    inputs: ['sources'],
    outDir: 'dist',
    formats: ['json', 'anki'],
    cache: { dir: path.join(root, 'cache') },
    ...extra,
  });
  const spies = () => ({ json: vi.spyOn(exporters, 'json'), anki: vi.spyOn(exporters, 'anki'), pdf: vi.spyOn(exporters, 'pdf') });
  const questionsFile = path.join(root, 'dist', 'questions.json');
  afterEach(() => vi.restoreAllMocks());

  it('skips the exporters when nothing changed, and reports the same outputs and diagnostics', async () => {
    // A first build with no memory at all, so its diagnostics come from the exporters themselves.
    const fresh = await build(options({ cache: { dir: path.join(root, 'fresh-cache') }, outDir: 'fresh' }));
    await build(options());
    const calls = spies();
    const remembered = await build(options());
    expect(calls.json).not.toHaveBeenCalled();
    expect(calls.anki).not.toHaveBeenCalled();
    expect(remembered.outputs.map((file) => path.basename(file))).toEqual(fresh.outputs.map((file) => path.basename(file)));
    expect(remembered.diagnostics.length).toBeGreaterThan(0);
    expect(remembered.diagnostics).toEqual(fresh.diagnostics);
  });

  it('remembers the exports of a build without merging too, and tells its bank from the merged one', async () => {
    await build(options({ dedupe: false }));
    const calls = spies();
    await build(options({ dedupe: false }));
    expect(calls.json).not.toHaveBeenCalled();
    expect(calls.anki).not.toHaveBeenCalled();
    await build(options());
    expect(calls.json).toHaveBeenCalledTimes(1);
    expect(calls.anki).toHaveBeenCalledTimes(1);
  });

  it('runs the exporter again when a file it wrote was edited or deleted', async () => {
    await build(options());
    const written = readFileSync(questionsFile, 'utf8');
    writeFileSync(questionsFile, '{}');
    const calls = spies();
    await build(options());
    expect(calls.json).toHaveBeenCalledTimes(1);
    expect(calls.anki).not.toHaveBeenCalled();
    expect(readFileSync(questionsFile, 'utf8')).toBe(written);

    rmSync(questionsFile);
    await build(options());
    expect(calls.json).toHaveBeenCalledTimes(2);
    expect(readFileSync(questionsFile, 'utf8')).toBe(written);
  });

  it('runs the exporters again when a note changes', async () => {
    await build(options());
    const note = path.join(root, 'sources', 'added.md');
    writeFileSync(note, '## What does a remembered export remember?\n\nThe bank it was written from.\n');
    const calls = spies();
    await build(options());
    rmSync(note);
    expect(calls.json).toHaveBeenCalledTimes(1);
    expect(calls.anki).toHaveBeenCalledTimes(1);
    expect(readFileSync(questionsFile, 'utf8')).toContain('What does a remembered export remember?');
  });

  it('runs an exporter again when its settings change', async () => {
    await build(options());
    const calls = spies();
    const renamed = await build(options({ anki: { deckName: 'Renamed deck' } }));
    expect(calls.anki).toHaveBeenCalledTimes(1);
    expect(calls.json).not.toHaveBeenCalled();
    expect(renamed.outputs.some((file) => file.endsWith('Renamed deck.apkg'))).toBe(true);
  });

  it('runs the Anki export again when an image it packs changes, appears or goes', async () => {
    const note = path.join(root, 'sources', 'pictured.md');
    const image = path.join(root, 'sources', 'img', 'curve.png');
    mkdirSync(path.dirname(image), { recursive: true });
    writeFileSync(note, '## What does the loss curve show?\n\nIt flattens: ![curve](img/curve.png) ![later](img/later.png)\n');
    writeFileSync(image, 'first picture');
    await build(options());
    const calls = spies();
    await build(options());
    expect(calls.anki).not.toHaveBeenCalled();
    writeFileSync(image, 'second picture, another size');
    await build(options());
    expect(calls.anki).toHaveBeenCalledTimes(1);
    writeFileSync(path.join(root, 'sources', 'img', 'later.png'), 'a picture that was missing');
    await build(options());
    expect(calls.anki).toHaveBeenCalledTimes(2);
    rmSync(image);
    await build(options());
    expect(calls.anki).toHaveBeenCalledTimes(3);
    expect(calls.json).not.toHaveBeenCalled();
    rmSync(note);
  });

  it('draws the sheet again when a picture is replaced by another of the same size and time', async () => {
    const note = path.join(root, 'sources', 'figure.md');
    const image = path.join(root, 'sources', 'img', 'figure.png');
    mkdirSync(path.dirname(image), { recursive: true });
    writeFileSync(note, '## What does a ReLU look like?\n\n![relu](img/figure.png)\n');
    const past = new Date('2020-01-01T00:00:00Z');
    writeFileSync(image, 'picture A');
    utimesSync(image, past, past);
    const withSheet = options({ formats: ['anki', 'pdf'] });
    await build(withSheet);
    const calls = spies();
    await build(withSheet);
    expect(calls.pdf).not.toHaveBeenCalled();
    // As `cp -p`, tar or rsync copy a file: other bytes, the same size, the old time.
    writeFileSync(image, 'picture B');
    utimesSync(image, past, past);
    await build(withSheet);
    expect(calls.pdf).toHaveBeenCalledTimes(1);
    expect(calls.anki).toHaveBeenCalledTimes(1);
    rmSync(note);
  });

  it('reads the previous ids again when questions.json is not the file it was', async () => {
    await build(options());
    const bank = JSON.parse(readFileSync(questionsFile, 'utf8')) as { questions: Array<{ id: string; occurrences: Array<{ question: string }> }> };
    // A merged question, and the id of one of its other wordings.
    const merged = bank.questions.find((question) => question.occurrences.some((occurrence) => questionId(occurrence.question) !== question.id))!;
    const otherId = merged.occurrences.map((occurrence) => questionId(occurrence.question)).find((id) => id !== merged.id)!;
    // As if the previous build had chosen that id: the merged question must keep it.
    writeFileSync(questionsFile, readFileSync(questionsFile, 'utf8').replaceAll(merged.id, otherId));
    const rebuilt = await build(options());
    expect(rebuilt.bank.questions.map((question) => question.id)).toContain(otherId);
    expect(rebuilt.bank.questions.map((question) => question.id)).not.toContain(merged.id);
  });

  it('remembers nothing without the cache', async () => {
    await build(options({ cache: false }));
    const before = statSync(questionsFile).mtimeMs;
    const calls = spies();
    await build(options({ cache: false }));
    expect(calls.json).toHaveBeenCalledTimes(1);
    expect(statSync(questionsFile).mtimeMs).toBe(before); // unchanged bytes are not rewritten either
  });
});
