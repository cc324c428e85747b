/** Runs one stage in a child process (see stage-child.ts) and returns its result. */
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
