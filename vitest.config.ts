import { readdirSync, readFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const TESTS = 'tests/**/*.test.ts';

/**
 * Test files that replace a module (`vi.mock`, `vi.doMock`) run each in a module graph of its own; all the
 * others share one per worker. Loading qbank's readers, MathJax and pdfkit again for each of 236 files was
 * half the suite's time (an import time of 195 s summed over the files, on a 2-core machine): shared, 23 s. A
 * replaced module would stay replaced for the files after it in a shared graph, so those files are found by
 * reading them, and a new test that mocks a module is isolated without anyone listing it.
 */
const MOCKING = /\bvi\.(?:do)?[mM]ock\(/;
// The repository's folder, whichever folder vitest is started from: the tests are found from it.
const root = fileURLToPath(new URL('.', import.meta.url));
const testsDir = path.join(root, 'tests');
const isolated = (readdirSync(testsDir, { recursive: true }) as string[])
  .filter((file) => file.endsWith('.test.ts') && MOCKING.test(readFileSync(path.join(testsDir, file), 'utf8')))
  .map((file) => `tests/${file.split(path.sep).join('/')}`);

export default defineConfig({
  test: {
    root,
    // PDF rendering and the Python deck checker take a few seconds each.
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Vitest leaves a core to its own process by default: on a 2-core machine, one worker ran every file. Two at least.
    maxWorkers: Math.max(2, availableParallelism() - 1),
    projects: [
      { extends: true, test: { name: 'shared', include: [TESTS], exclude: isolated, isolate: false } },
      { extends: true, test: { name: 'isolated', include: isolated, isolate: true } },
    ],
  },
});
