/**
 * `qbank build --watch` through its library function: a change to an input
 * rebuilds the outputs (from the cache for the unchanged files); a rebuild
 * that fails is reported and leaves the previous outputs; writing the
 * outputs does not trigger another build.
 */
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import type { BuildOptions, BuildResult } from '../../src/build/build.js';
import { watchBuild, type Watcher } from '../../src/cli/watch.js';
import { repoRoot } from '../helpers/read-note.js';

const roots: string[] = [];
const watchers: Watcher[] = [];
afterAll(async () => {
  await Promise.all(watchers.map((watcher) => watcher.close()));
  roots.forEach((root) => rmSync(root, { recursive: true, force: true }));
});

function project(): string {
  const root = mkdtempSync(path.join(os.tmpdir(), 'qbank-watch-'));
  roots.push(root);
  mkdirSync(path.join(root, 'node_modules', '.cache'), { recursive: true }); // keeps the cache inside the project
  cpSync(path.join(repoRoot, 'tests/fixtures/shapes'), path.join(root, 'notes'), { recursive: true });
  return root;
}

/** Starts a watcher and hands out its builds and errors one at a time, each within `ms`. */
function startWatching(options: () => BuildOptions) {
  const builds: Array<{ result: BuildResult; changed: string[] }> = [];
  const errors: unknown[] = [];
  const waiting: Array<() => void> = [];
  const wake = () => waiting.splice(0).forEach((resolve) => resolve());
  const watcher = watchBuild({
    options,
    debounceMs: 50,
    onBuild: (result, changed) => {
      builds.push({ result, changed });
      wake();
    },
    onError: (error) => {
      errors.push(error);
      wake();
    },
  });
  watchers.push(watcher);
  const next = async (count: () => number, seen: number, ms = 20_000) => {
    const deadline = Date.now() + ms;
    while (count() <= seen) {
      if (Date.now() > deadline) throw new Error('no rebuild within the time allowed');
      await new Promise<void>((resolve) => {
        waiting.push(resolve);
        setTimeout(resolve, 100);
      });
    }
  };
  return {
    watcher,
    builds,
    errors,
    nextBuild: (seen: number) => next(() => builds.length, seen),
    nextError: (seen: number) => next(() => errors.length, seen),
  };
}

describe('watchBuild', () => {
  it('rebuilds the outputs when an input changes, reading only that file again', async () => {
    const root = project();
    const session = startWatching(() => ({ cwd: root, inputs: ['notes'], outDir: 'dist', formats: ['json'] }));
    await session.watcher.ready;
    expect(session.builds).toHaveLength(1);
    const files = session.builds[0]!.result.files.length;

    writeFileSync(path.join(root, 'notes', 'added-later.md'), '## What does watch mode do?\n\nIt rebuilds on every change.\n');
    await session.nextBuild(1);
    const rebuilt = session.builds[1]!;
    expect(rebuilt.changed).toEqual(['notes/added-later.md']);
    expect(rebuilt.result.reading.cached).toBe(files);
    const json = JSON.parse(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')) as { questions: Array<{ question: string }> };
    expect(json.questions.map((question) => question.question)).toContain('What does watch mode do?');

    // Writing dist/ and the cache must not have started a build of its own.
    await new Promise((resolve) => setTimeout(resolve, 500));
    expect(session.builds).toHaveLength(2);
    await session.watcher.close();
  }, 60_000);

  it('reports a rebuild that fails, keeps the previous outputs, and goes on watching', async () => {
    const root = project();
    let format: BuildOptions['formats'] = ['json'];
    const session = startWatching(() => ({ cwd: root, inputs: ['notes'], outDir: 'dist', formats: format, pdf: { fileName: format?.includes('pdf') ? '../escape.pdf' : 'x.pdf' } }));
    await session.watcher.ready;
    const before = readFileSync(path.join(root, 'dist', 'questions.json'));

    format = ['json', 'pdf'];
    writeFileSync(path.join(root, 'notes', 'broken-build.md'), '## Is this build refused?\n\nYes, its PDF name is a path.\n');
    await session.nextError(0);
    expect(String(session.errors[0])).toMatch(/pdf-name|path/i);
    expect(readFileSync(path.join(root, 'dist', 'questions.json'))).toEqual(before);

    format = ['json'];
    writeFileSync(path.join(root, 'notes', 'broken-build.md'), '## Is this build fine again?\n\nYes.\n');
    await session.nextBuild(1);
    expect(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')).toContain('Is this build fine again?');
    await session.watcher.close();
  }, 60_000);

  it('goes on watching an input folder that is deleted and made again (a git checkout, rm -rf and cp -r)', async () => {
    const root = project();
    const session = startWatching(() => ({ cwd: root, inputs: ['notes'], outDir: 'dist', formats: ['json'] }));
    await session.watcher.ready;

    rmSync(path.join(root, 'notes'), { recursive: true });
    await session.nextError(0);
    expect(String(session.errors[0])).toMatch(/notes not found/);
    // Longer than the watcher's own grace for a path that comes back at once.
    await new Promise((resolve) => setTimeout(resolve, 500));
    mkdirSync(path.join(root, 'notes'));
    writeFileSync(path.join(root, 'notes', 'back.md'), '## Is the folder watched again?\n\nYes, through its parent.\n');
    await session.nextBuild(1);
    expect(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')).toContain('Is the folder watched again?');

    const seen = session.builds.length;
    writeFileSync(path.join(root, 'notes', 'later.md'), '## And the files made in it later?\n\nThose too.\n');
    await session.nextBuild(seen);
    expect(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')).toContain('And the files made in it later?');
    await session.watcher.close();
  }, 60_000);

  it('watches the inputs each build is given, not only the first build\'s', async () => {
    const root = project();
    cpSync(path.join(root, 'notes'), path.join(root, 'more'), { recursive: true });
    let inputs = ['notes'];
    const session = startWatching(() => ({ cwd: root, inputs, outDir: 'dist', formats: ['json'] }));
    await session.watcher.ready;

    inputs = ['notes', 'more']; // as when the config file's inputs are edited
    writeFileSync(path.join(root, 'notes', 'touch.md'), '## What starts the rebuild?\n\nThis file.\n');
    await session.nextBuild(1);
    const seen = session.builds.length;
    writeFileSync(path.join(root, 'more', 'added.md'), '## Is the new input watched?\n\nYes.\n');
    await session.nextBuild(seen);
    expect(session.builds.at(-1)!.changed).toContain('more/added.md');
    expect(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')).toContain('Is the new input watched?');
    await session.watcher.close();
  }, 60_000);

  it('does not start watching when the first build cannot run', async () => {
    const root = project();
    const session = startWatching(() => ({ cwd: root, inputs: ['missing-folder'], outDir: 'dist', formats: ['json'] }));
    await expect(session.watcher.ready).rejects.toThrow(/missing-folder/);
    await session.watcher.close();
  });
});
