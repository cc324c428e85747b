/**
 * Runs one stage in a child process (see stage-child.ts) and returns its
 * result; or several times over, for the median run.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { StageRequest, StageResult } from './stage-child.js';

const CHILD = fileURLToPath(new URL('./stage-child.js', import.meta.url));

export async function runStage(request: StageRequest, timeoutMs = 20 * 60_000): Promise<StageResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, ['--expose-gc', ...(request.nodeFlags ?? []), CHILD, JSON.stringify(request)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let stdout = '';
    child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    child.on('error', reject);
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const last = stdout.trim().split('\n').pop();
      if (code === 0 && last) {
        try {
          resolve(JSON.parse(last) as StageResult);
          return;
        } catch {
          // fall through to the error below
        }
      }
      reject(new Error(`stage ${request.stage} failed (${signal ?? `exit code ${code}`})`));
    });
  });
}

/**
 * Runs a stage once; a run shorter than `shortMs` is repeated until there
 * are `runs`, and the median run is kept (with the highest peak memory of
 * them all): on a busy machine a run of under a second varies by a fifth,
 * one of a minute by a few percent. Each run follows `before` (untimed).
 */
export async function measureStage(
  request: StageRequest,
  options: { runs: number; shortMs: number },
  before?: () => Promise<void>,
): Promise<{ result: StageResult; runs: number }> {
  const results: StageResult[] = [];
  do {
    await before?.();
    results.push(await runStage(request));
  } while (results.length < options.runs && results[0]!.ms < options.shortMs);
  return { result: medianRun(results), runs: results.length };
}

/** The run of median time (the lower middle one of an even count), with the highest peak memory of all runs. */
export function medianRun(results: readonly StageResult[]): StageResult {
  if (results.length === 0) throw new Error('no runs to take the median of');
  const middle = [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)]!;
  return { ...middle, peakRssMb: Math.max(...results.map((result) => result.peakRssMb)) };
}
