/**
 * The version part of a cache key: what, besides a file's content, decides
 * what reading it gives. It is qbank's package version, a fingerprint of the
 * code that reads files, what is installed of the packages it runs on (the
 * parser's version: dependency-versions.ts), and the options the caller
 * passes (input limits...).
 *
 * The code fingerprint hashes the modules themselves (the compiled `.js`
 * under lib/, or the `.ts` sources when run from src/ in tests), so a changed
 * recogniser invalidates the cache even when the package version stays the
 * same, as it does during development. Folders whose code does not run
 * for a scope are left out of its key (the exporters and deduplication for
 * per-file results, the exporters for the merge, the CLI and the benchmark
 * always), so changing them keeps what the scope cached.
 */
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { installedPackages } from './dependency-versions.js';
import { contentHash } from './content-cache.js';

const CODE_ROOT = fileURLToPath(new URL('..', import.meta.url));
/**
 * What each kind of cached result depends on: reading a file does not run
 * deduplication; merging runs both.
 */
const LEFT_OUT: Record<CacheScope, ReadonlySet<string>> = {
  read: new Set(['bench', 'cli', 'export', 'dedupe']),
  merge: new Set(['bench', 'cli', 'export']),
  export: new Set(['bench', 'cli']),
};

/** `read`: one file's results; `merge`: the merged bank; `export`: the files written from it. */
export type CacheScope = 'read' | 'merge' | 'export';

const fingerprints = new Map<CacheScope, string>();

export async function versionKey(options: unknown = {}, scope: CacheScope = 'read'): Promise<string> {
  let fingerprint = fingerprints.get(scope);
  if (fingerprint === undefined) fingerprints.set(scope, (fingerprint = codeFingerprint(LEFT_OUT[scope])));
  return createHash('sha256')
    .update(JSON.stringify({ code: fingerprint, options }))
    .digest('hex')
    .slice(0, 32);
}

/** Folders no scope depends on: the code of every scope is read from disk once, whichever scopes a build asks for. */
const NEVER_READ: ReadonlySet<string> = new Set(
  [...LEFT_OUT.read].filter((folder) => Object.values(LEFT_OUT).every((leftOut) => leftOut.has(folder))),
);

/**
 * Read synchronously, once per process: a few hundred small files, for which the asynchronous reads
 * cost a thread-pool round trip each (about 30 ms in all, against 6 ms read in one go). Each file is
 * hashed once, and each scope's fingerprint hashes the digests of its files: a build asks for all three
 * scopes, and hashing the code whole for each took three times as long.
 */
let code: Array<{ file: string; digest: string }> | undefined;
let version: string | undefined;
let packages: string | undefined;

function codeFingerprint(leftOut: ReadonlySet<string>): string {
  code ??= codeFiles(CODE_ROOT, '', NEVER_READ).map((file) => ({ file, digest: contentHash(readFileSync(path.join(CODE_ROOT, file))) }));
  const hash = createHash('sha256');
  hash.update(`qbank ${(version ??= packageVersion())}\n`);
  hash.update(`packages ${(packages ??= installedPackages(path.join(CODE_ROOT, '..')))}\n`);
  for (const { file, digest } of code) {
    const slash = file.indexOf('/');
    if (slash >= 0 && leftOut.has(file.slice(0, slash))) continue;
    hash.update(`${file}\n${digest}\n`);
  }
  return hash.digest('hex');
}

function codeFiles(root: string, relative: string, leftOut: ReadonlySet<string>): string[] {
  let entries;
  try {
    entries = readdirSync(path.join(root, relative), { withFileTypes: true });
  } catch {
    return [];
  }
  const files: string[] = [];
  for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))) {
    const child = relative ? `${relative}/${entry.name}` : entry.name;
    if (entry.isDirectory()) {
      if (relative === '' && leftOut.has(entry.name)) continue;
      files.push(...codeFiles(root, child, leftOut));
    } else if (/\.(?:js|ts)$/.test(entry.name) && !entry.name.endsWith('.d.ts')) {
      files.push(child);
    }
  }
  return files;
}

function packageVersion(): string {
  try {
    const manifest = JSON.parse(readFileSync(path.join(CODE_ROOT, '..', 'package.json'), 'utf8')) as { version?: string };
    return manifest.version ?? '0.0.0';
  } catch {
    return '0.0.0';
  }
}
