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
    const child = spawn(process.execPath, ['--expose-gc', CHILD, JSON.stringify(request)], {
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
 * Runs a stage `runs` times, each after `before` (untimed), and gives the
 * median run by time, with the highest peak memory of them all. For stages
 * of under a second, whose single runs on a busy machine vary by a fifth.
 */
export async function runStageRepeatedly(request: StageRequest, runs: number, before?: () => Promise<void>): Promise<StageResult> {
  const results: StageResult[] = [];
  for (let run = 0; run < runs; run++) {
    await before?.();
    results.push(await runStage(request));
  }
  return medianRun(results);
}

/** The run of median time (the lower middle one of an even count), with the highest peak memory of all runs. */
export function medianRun(results: readonly StageResult[]): StageResult {
  if (results.length === 0) throw new Error('no runs to take the median of');
  const middle = [...results].sort((a, b) => a.ms - b.ms)[Math.floor((results.length - 1) / 2)]!;
  return { ...middle, peakRssMb: Math.max(...results.map((result) => result.peakRssMb)) };
}
