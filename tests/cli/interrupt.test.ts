/**
 * Ctrl-C (SIGINT) stops `qbank build --watch` with 0, waiting or in the middle
 * of a rebuild; a rebuild under way is abandoned, not waited for, leaving the
 * previous outputs whole and no temporary file.
 *
 * The compiled command runs in a process of its own, which the test signals; so do the compiled signal
 * handlers alone, with a temporary file under way, to show the signal itself has it removed.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { appendFileSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.js';
import { compiledOutDir, compiledWorkerUrl } from '../perf/compiled-worker.js';

/** Notes enough that a rebuild with the PDF takes seconds. */
function writeNotes(dir: string): void {
  mkdirSync(dir);
  for (let file = 0; file < 20; file++) {
    const questions = Array.from(
      { length: 100 },
      (_, index) => `## What is the property number ${file}-${index} of a model?\n\nIt is the ${index}th property, explained at length: ${'a model learns '.repeat(20)}.\n`,
    );
    writeFileSync(path.join(dir, `note-${file}.md`), questions.join('\n'));
  }
}

interface Watching {
  child: ChildProcess;
  stderr: () => string;
  exited: Promise<number | null>;
  /** Resolves once stderr holds `text` `count` times. */
  said: (text: string, count?: number) => Promise<void>;
}

describe('Ctrl-C in build --watch', () => {
  const root = tempProject(false);
  let entry: string;
  let lib: string;
  beforeAll(() => {
    lib = compiledOutDir(compiledWorkerUrl());
    entry = path.join(root, 'qbank.mjs');
    writeFileSync(entry, `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(lib, 'cli', 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`);
    writeNotes(path.join(root, 'notes'));
  }, 300_000);
  afterAll(() => {
    if (lib) rmSync(lib, { recursive: true, force: true });
  });

  const watch = (): Watching => {
    const child = spawn(process.execPath, [entry, 'build', 'notes', '--out', 'out', '--cache-dir', 'cache', '--watch'], { cwd: root });
    let stderr = '';
    child.stderr!.on('data', (chunk: Buffer) => (stderr += chunk.toString('utf8')));
    child.stdout!.resume();
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    const said = async (text: string, count = 1) => {
      const deadline = Date.now() + 120_000;
      while (stderr.split(text).length - 1 < count) {
        if (Date.now() > deadline || child.exitCode !== null) throw new Error(`never said ${JSON.stringify(text)}; stderr:\n${stderr}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
      }
    };
    return { child, stderr: () => stderr, exited, said };
  };
  const questionsWritten = () => (JSON.parse(readFileSync(path.join(root, 'out', 'questions.json'), 'utf8')) as { questions: unknown[] }).questions.length;
  const temporaryFiles = () => readdirSync(path.join(root, 'out')).filter((name) => name.endsWith('.tmp'));

  it('exits with 0 while it waits for changes', async () => {
    const session = watch();
    await session.said('Watching for changes');
    session.child.kill('SIGINT');
    expect(await session.exited).toBe(0);
  }, 180_000);

  it('exits with 0 during a rebuild, abandoning it rather than waiting for it: no temporary file, the outputs whole', async () => {
    const session = watch();
    await session.said('Watching for changes');
    const before = readdirSync(path.join(root, 'out')).sort();
    const questionCount = questionsWritten();
    const sheet = path.join(root, 'out', before.find((name) => name.endsWith('.pdf'))!);
    const sheetBefore = readFileSync(sheet);
    appendFileSync(path.join(root, 'notes', 'note-0.md'), '\n## What does Ctrl-C during a rebuild do?\n\nIt stops it.\n');
    await session.said('Rebuilding');
    session.child.kill('SIGINT');
    expect(await session.exited).toBe(0);
    expect(session.stderr()).toMatch(/stopped; the build under way was abandoned/);
    expect(temporaryFiles()).toEqual([]);
    expect(readdirSync(path.join(root, 'out')).sort()).toEqual(before);
    // Each output is the last build's or the new one, never half of one.
    expect([questionCount, questionCount + 1]).toContain(questionsWritten());
    // Abandoned, not finished: the sheet of 2,000 questions takes seconds to lay out, and is still the last build's.
    expect(readFileSync(sheet).equals(sheetBefore)).toBe(true);
    expect(session.stderr().split('Watching for changes').length - 1).toBe(1);
  }, 180_000);

  it('removes the temporary files of the writes under way when the signal comes, and exits as the signal asks', async () => {
    // The compiled handlers, as the command installs them, in a process of its own that the test signals.
    const temporary = path.join(root, 'out', 'questions.json.123.1.tmp');
    const script = path.join(root, 'signalled.mjs');
    const module = (file: string) => JSON.stringify(pathToFileURL(path.join(lib, file)).href);
    writeFileSync(
      script,
      [
        `import { writeFileSync } from 'node:fs';`,
        `const { onInterrupt, exitInterrupted } = await import(${module('cli/interrupt.js')});`,
        `const { writing } = await import(${module('export/unfinished-writes.js')});`,
        `writing(${JSON.stringify(temporary)});`,
        `writeFileSync(${JSON.stringify(temporary)}, 'half a file');`,
        `onInterrupt((signal) => exitInterrupted(signal));`,
        `process.stderr.write('writing\\n');`,
        `setInterval(() => undefined, 1000);`,
      ].join('\n'),
    );
    const child = spawn(process.execPath, [script], { cwd: root });
    const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)));
    await new Promise<void>((resolve) => child.stderr!.once('data', () => resolve()));
    expect(temporaryFiles()).toEqual(['questions.json.123.1.tmp']);
    child.kill('SIGINT');
    expect(await exited).toBe(130);
    expect(temporaryFiles()).toEqual([]);
  }, 60_000);
});
