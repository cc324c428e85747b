/** Progress on a terminal for long builds; silence when output is not a terminal or in CI. */
import { describe, expect, it } from 'vitest';
import { createProgress, isCi, type BuildProgress } from '../../src/cli/progress.js';

function terminal(isTTY: boolean) {
  const chunks: string[] = [];
  return { stream: { isTTY, write: (chunk: string) => chunks.push(chunk) }, chunks };
}

const STEPS: BuildProgress[] = [
  { stage: 'load' },
  { stage: 'read', done: 0, total: 3 },
  { stage: 'read', done: 1, total: 3 },
  { stage: 'read', done: 3, total: 3 },
  { stage: 'dedupe' },
  { stage: 'collected' },
];

/** Runs the steps 200 ms apart on a fake clock. */
function run(isTTY: boolean, env: NodeJS.ProcessEnv, delayMs = 0) {
  const { stream, chunks } = terminal(isTTY);
  let time = 0;
  const progress = createProgress(stream, { env, delayMs, now: () => time });
  for (const step of STEPS) {
    time += 200;
    progress.update(step);
  }
  progress.done();
  return chunks;
}

describe('build progress', () => {
  it('shows the stage and files read on a terminal, on one line it clears at the end', () => {
    const chunks = run(true, {});
    expect(chunks.map((chunk) => chunk.replace('\r\x1b[K', ''))).toEqual([
      'qbank: finding and loading files…',
      'qbank: reading files 0/3…',
      'qbank: reading files 1/3…',
      'qbank: reading files 3/3…',
      'qbank: merging duplicates…',
      'qbank: questions collected, finishing…',
      '',
    ]);
    expect(chunks.every((chunk) => chunk.startsWith('\r\x1b[K'))).toBe(true);
  });

  it('stays quiet when the output is not a terminal', () => {
    expect(run(false, {})).toEqual([]);
  });

  it('stays quiet in CI', () => {
    expect(run(true, { CI: 'true' })).toEqual([]);
    expect(run(true, { CI: '1' })).toEqual([]);
    expect(isCi({ CI: 'false' })).toBe(false);
    expect(isCi({})).toBe(false);
  });

  it('says nothing for a build shorter than its delay, and leaves no line behind', () => {
    expect(run(true, {}, 10_000)).toEqual([]);
  });

  it('redraws the file count at most every 100 ms', () => {
    const { stream, chunks } = terminal(true);
    let time = 1_000;
    const progress = createProgress(stream, { env: {}, delayMs: 0, now: () => time });
    for (let done = 0; done <= 100; done++) {
      time += 10;
      progress.update({ stage: 'read', done, total: 100 });
    }
    expect(chunks.length).toBeGreaterThan(5);
    expect(chunks.length).toBeLessThanOrEqual(11);
  });
});
