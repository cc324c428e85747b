/**
 * The worker entry must be JavaScript, and the tests run the TypeScript
 * sources. This compiles the package once per test run into a folder under
 * node_modules/.cache (so that its imports resolve to the installed
 * packages) and returns the compiled `read-worker.js`, to pass as
 * `workerUrl`. tsc emits even when another part of the tree does not type-check.
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { repoRoot } from '../helpers/read-note.js';

export function compiledWorkerUrl(): URL {
  const outDir = path.join(repoRoot, 'node_modules', '.cache', 'qbank-tests', `lib-${process.pid}`);
  const tsc = path.join(repoRoot, 'node_modules', 'typescript', 'bin', 'tsc');
  try {
    execFileSync(process.execPath, [tsc, '-p', 'tsconfig.build.json', '--outDir', outDir, '--tsBuildInfoFile', path.join(outDir, '.tsbuildinfo')], {
      cwd: repoRoot,
      stdio: 'ignore',
    });
  } catch {
    // Type errors elsewhere in the tree: the files are emitted all the same.
  }
  const worker = path.join(outDir, 'build', 'read-worker.js');
  if (!existsSync(worker)) throw new Error(`compiling the worker failed: ${worker} is missing`);
  return pathToFileURL(worker);
}

export function compiledOutDir(url: URL): string {
  return path.dirname(path.dirname(url.pathname));
}
