/**
 * A one-line progress display on the terminal for long builds: the stage and,
 * while files are read, how many of them are done. It draws only when the
 * stream is a terminal and `CI` is not set, only once a build has run for a
 * moment (short builds stay quiet), redraws at most every 100 ms, and clears
 * its line before anything else is printed.
 */
import type { CollectProgress } from '../build/collect.js';

export interface ProgressStream {
  isTTY?: boolean;
  write(chunk: string): unknown;
}

export type BuildProgress = CollectProgress;

export interface Progress {
  update(progress: BuildProgress): void;
  /** Clears the line; call before printing results. */
  done(): void;
}

const QUIET: Progress = { update: () => undefined, done: () => undefined };

export interface ProgressOptions {
  env?: NodeJS.ProcessEnv;
  /** Milliseconds before the first draw; default 500. */
  delayMs?: number;
  /** Clock, for tests. */
  now?: () => number;
}

export function isCi(env: NodeJS.ProcessEnv): boolean {
  const value = env.CI;
  return value !== undefined && value !== '' && value !== '0' && value.toLowerCase() !== 'false';
}

export function createProgress(stream: ProgressStream | undefined, options: ProgressOptions = {}): Progress {
  if (!stream?.isTTY || isCi(options.env ?? process.env)) return QUIET;
  const now = options.now ?? (() => performance.now());
  const started = now();
  const delay = options.delayMs ?? 500;
  let lastDraw = -Infinity;
  let lastStage: string | undefined;
  let shown = false;
  return {
    update(progress) {
      const time = now();
      if (time - started < delay) return;
      const stageChanged = progress.stage !== lastStage;
      if (!stageChanged && time - lastDraw < 100) return;
      lastStage = progress.stage;
      lastDraw = time;
      shown = true;
      stream.write(`\r\x1b[K${describe(progress)}`);
    },
    done() {
      if (shown) stream.write('\r\x1b[K');
      shown = false;
    },
  };
}

function describe(progress: BuildProgress): string {
  switch (progress.stage) {
    case 'load':
      return 'qbank: finding and loading files…';
    case 'read':
      return `qbank: reading files ${progress.done}/${progress.total}…`;
    case 'dedupe':
      return 'qbank: merging duplicates…';
    case 'collected':
      return 'qbank: questions collected, finishing…'; // build writes next, check reports: say only what is done
  }
}
