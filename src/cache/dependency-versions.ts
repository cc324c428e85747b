/**
 * What is installed of the packages qbank runs on, for the cache's version
 * key: a cached result is what the parser, the stemmer and the rest made of a
 * file, so an upgraded remark-parse or micromark (an `npm update` that leaves
 * qbank's own code as it was) must invalidate it as a change to qbank's code
 * does.
 *
 * npm keeps a list of what it installed in `node_modules/.package-lock.json`
 * (its "hidden lockfile"), rewritten on every install: when qbank's own
 * `node_modules` (a clone of qbank, as with `npm start`) has one, its hash
 * stands for them all (about 2 ms, against 8 ms to read the `package.json`
 * of each of the 150 packages qbank runs on). npm itself trusts that list only
 * while no package folder it names is missing or newer than it, as another
 * tool may have changed the tree since; this checks qbank's own dependencies
 * so (a `stat` of each of the 150 folders would cost 5 ms a build). Otherwise
 * (pnpm, yarn, a copied tree), each package's version is read from its own
 * `package.json`.
 *
 * Installed inside another project, qbank's dependencies sit in that
 * project's `node_modules`, whose list changes with any install there (of a
 * development tool, say): the versions are read then, so that such an install
 * does not make the next build a cold one.
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
 * What is installed for the package at `root`: `npm <sha256>` of the hidden lockfile of its own
 * `node_modules`, when its dependencies are all found there, npm wrote one and none of their folders
 * is newer; otherwise its `dependencyVersions`, joined by spaces; `unknown` when the tree cannot be
 * read.
 */
export function installedPackages(root: string): string {
  try {
    const names = Object.keys(readManifest(root)?.dependencies ?? {}).sort();
    const folders = names.map((name) => packageDir(name, root));
    const modules = path.join(root, 'node_modules');
    // Each found in `root`'s own node_modules, not in a project's that `root` is installed in.
    const own = folders.every((folder, k): folder is string => folder === path.join(modules, names[k]!));
    return (names.length > 0 && own && npmLockfileHash(modules, folders)) || dependencyVersions(root).join(' ');
  } catch {
    // A tree that changes while it is read: better a key that misses than a build that fails.
    return 'unknown';
  }
}

/** `npm <sha256>` of the hidden lockfile in `modules`, or undefined when there is none or one of `folders` is newer. */
function npmLockfileHash(modules: string, folders: readonly string[]): string | undefined {
  const lockfile = path.join(modules, '.package-lock.json');
  let bytes: Buffer;
  let written: number;
  try {
    written = statSync(lockfile).mtimeMs;
    bytes = readFileSync(lockfile);
  } catch {
    return undefined;
  }
  if (folders.some((folder) => statSync(folder).mtimeMs > written)) return undefined;
  return `npm ${createHash('sha256').update(bytes).digest('hex')}`;
}
