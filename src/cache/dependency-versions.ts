/**
 * What is installed of the packages qbank runs on, for the cache's version
 * key: a cached result is what the parser, the stemmer and the rest made of a
 * file, so an upgraded remark-parse or micromark (an `npm update` that leaves
 * qbank's own code as it was) must invalidate it as a change to qbank's code
 * does.
 *
 * npm keeps a list of what it installed in `node_modules/.package-lock.json`
 * (its "hidden lockfile"), rewritten on every install: when the
 * `node_modules` that qbank's dependencies are found in has one, its hash
 * stands for them all (one read and a `stat` per package, against reading
 * each package's `package.json`: about 3 against 8 ms for the 150 packages
 * qbank runs on). npm itself trusts that list only while no package folder it
 * names is missing or newer than it (another tool, or a hand, may have
 * changed the tree since), and so does this. Otherwise (pnpm, yarn, a copied
 * tree), each package's version is read from its own `package.json`.
 *
 * Installed inside another project, qbank sees that project's list: any
 * install there, even of a development tool, then makes a cold build.
 */
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, realpathSync, statSync } from 'node:fs';
import path from 'node:path';

interface Manifest {
  version?: string;
  dependencies?: Record<string, string>;
  optionalDependencies?: Record<string, string>;
}

function readManifest(dir: string): Manifest | undefined {
  try {
    return JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8')) as Manifest;
  } catch {
    return undefined;
  }
}

/**
 * Where package `name` is found from folder `from`, as Node looks: `node_modules/<name>` there, then
 * in each folder above (skipping `node_modules/node_modules`). Not resolved through the package's
 * `exports`: most of remark's packages do not export their `package.json`.
 */
function packageDir(name: string, from: string): string | undefined {
  for (let dir = from; ; dir = path.dirname(dir)) {
    if (path.basename(dir) !== 'node_modules') {
      const candidate = path.join(dir, 'node_modules', name);
      if (existsSync(path.join(candidate, 'package.json'))) return candidate;
    }
    if (path.dirname(dir) === dir) return undefined;
  }
}

/**
 * `name@version` of every package in the closure of `dependencies` and `optionalDependencies` of
 * the package at `root`, sorted; a dependency that is not installed is listed as `name@missing` (an
 * optional one is left out). A package installed in several versions is listed once per version.
 */
export function dependencyVersions(root: string): string[] {
  const found = new Set<string>();
  const visited = new Set<string>();
  const pending: Array<{ from: string; manifest: Manifest }> = [];
  const start = readManifest(root);
  if (start) pending.push({ from: realpathSync(root), manifest: start });
  while (pending.length > 0) {
    const { from, manifest } = pending.pop()!;
    const optional = new Set(Object.keys(manifest.optionalDependencies ?? {}));
    for (const name of Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies })) {
      const linked = packageDir(name, from);
      if (linked === undefined) {
        if (!optional.has(name)) found.add(`${name}@missing`);
        continue;
      }
      // pnpm links packages into place: a package's own dependencies sit beside its real folder.
      const dir = realpathSync(linked);
      if (visited.has(dir)) continue;
      visited.add(dir);
      const own = readManifest(dir);
      found.add(`${name}@${own?.version ?? 'unknown'}`);
      if (own) pending.push({ from: dir, manifest: own });
    }
  }
  return [...found].sort();
}

/**
 * What is installed for the package at `root`: `npm <sha256>` of the hidden lockfile of the
 * `node_modules` its first dependency is found in, when npm wrote one there and it is up to date;
 * otherwise its `dependencyVersions`, joined by spaces; `unknown` when the tree cannot be read.
 */
export function installedPackages(root: string): string {
  try {
    const first = Object.keys(readManifest(root)?.dependencies ?? {}).sort()[0];
    const linked = first === undefined ? undefined : packageDir(first, root);
    // The node_modules folder holding it (a scoped name sits one folder deeper).
    const modules = linked === undefined ? undefined : path.join(linked, ...first!.split('/').map(() => '..'));
    return (modules !== undefined && npmLockfileHash(modules)) || dependencyVersions(root).join(' ');
  } catch {
    // A tree that changes while it is read: better a key that misses than a build that fails.
    return 'unknown';
  }
}

/** `npm <sha256>` of the hidden lockfile in `modules`, or undefined when there is none or a package folder it names is missing or newer. */
function npmLockfileHash(modules: string): string | undefined {
  let bytes: Buffer;
  let written: number;
  try {
    bytes = readFileSync(path.join(modules, '.package-lock.json'));
    written = statSync(path.join(modules, '.package-lock.json')).mtimeMs;
  } catch {
    return undefined;
  }
  const listed = (JSON.parse(bytes.toString('utf8')) as { packages?: Record<string, unknown> }).packages ?? {};
  // Paths are relative to the folder holding node_modules ("node_modules/a/node_modules/b").
  const project = path.dirname(modules);
  for (const folder of Object.keys(listed)) {
    const changed = statSync(path.join(project, folder), { throwIfNoEntry: false });
    if (changed === undefined || changed.mtimeMs > written) return undefined;
  }
  return `npm ${createHash('sha256').update(bytes).digest('hex')}`;
}
