/** A throwaway project folder with a copy of sources/, for tests that build. */
import { cpSync, mkdtempSync, rmSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { main, type Io } from '../../src/cli/main.js';
import { repoRoot } from './read-note.js';

export function tempProject(withSources = true): string {
  const dir = mkdtempSync(path.join(os.tmpdir(), 'qbank-test-'));
  if (withSources) cpSync(path.join(repoRoot, 'sources'), path.join(dir, 'sources'), { recursive: true });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));
  return dir;
}

export interface RunResult {
  code: number;
  out: string;
  err: string;
}

/** Runs the qbank command in-process, as `qbank ...args` in `cwd`. */
export async function runQbank(cwd: string, ...args: string[]): Promise<RunResult> {
  const out: string[] = [];
  const err: string[] = [];
  const io: Io = { out: (line) => out.push(line), err: (line) => err.push(line), cwd };
  const code = await main(args, io);
  return { code, out: out.join('\n'), err: err.join('\n') };
}
