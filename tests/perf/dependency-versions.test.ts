/**
 * The cache's version key covers what is installed (the parser's version), not only qbank's code:
 * an `npm update` of remark-parse must not leave results parsed by the old one in the cache.
 */
import { mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, utimesSync, writeFileSync } from 'node:fs';
import { createHash } from 'node:crypto';
import os from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { dependencyVersions, installedPackages } from '../../src/cache/dependency-versions.js';

let root: string;
beforeEach(() => void (root = mkdtempSync(path.join(os.tmpdir(), 'qbank-installed-'))));
afterEach(() => rmSync(root, { recursive: true, force: true }));

function writePackage(dir: string, manifest: object): void {
  mkdirSync(dir, { recursive: true });
  writeFileSync(path.join(dir, 'package.json'), JSON.stringify(manifest));
}

/** qbank at `root`, depending on remark-parse, which depends on micromark (and on a newer micromark-util nested in its own folder). */
function installTree(): void {
  writePackage(root, { name: 'qbank', dependencies: { 'remark-parse': '^11', '@scope/tool': '^1' }, devDependencies: { vitest: '^4' } });
  writePackage(path.join(root, 'node_modules', 'remark-parse'), { version: '11.0.0', dependencies: { micromark: '^4', 'micromark-util': '^2' } });
  writePackage(path.join(root, 'node_modules', 'micromark'), { version: '4.0.3', dependencies: { 'micromark-util': '^1' } });
  writePackage(path.join(root, 'node_modules', 'micromark-util'), { version: '1.2.0' });
  writePackage(path.join(root, 'node_modules', 'remark-parse', 'node_modules', 'micromark-util'), { version: '2.0.1' });
  writePackage(path.join(root, 'node_modules', '@scope', 'tool'), { version: '1.0.0', optionalDependencies: { 'not-for-this-platform': '^1' } });
  writePackage(path.join(root, 'node_modules', 'vitest'), { version: '4.1.12' });
}

describe('dependencyVersions', () => {
  it('lists every package in the dependency closure, in each version installed, as Node would find them', () => {
    installTree();
    expect(dependencyVersions(root)).toEqual([
      '@scope/tool@1.0.0',
      'micromark-util@1.2.0',
      'micromark-util@2.0.1',
      'micromark@4.0.3',
      'remark-parse@11.0.0',
    ]);
  });

  it('changes when a package deep in the closure is upgraded', () => {
    installTree();
    const before = dependencyVersions(root);
    writePackage(path.join(root, 'node_modules', 'micromark'), { version: '4.0.4', dependencies: { 'micromark-util': '^1' } });
    expect(dependencyVersions(root)).not.toEqual(before);
    expect(dependencyVersions(root)).toContain('micromark@4.0.4');
  });

  it('names a dependency that is not installed, and leaves out a missing optional one', () => {
    installTree();
    // A name no folder above the fixture has (Node, and this lookup, go on up to the root).
    writePackage(path.join(root, 'node_modules', 'micromark'), { version: '4.0.3', dependencies: { 'qbank-fixture-never-installed': '^1' } });
    expect(dependencyVersions(root)).toContain('qbank-fixture-never-installed@missing');
    expect(dependencyVersions(root).join(' ')).not.toContain('not-for-this-platform');
  });

  it("follows a linked package's own dependencies from its real folder (pnpm's layout)", () => {
    writePackage(root, { name: 'qbank', dependencies: { 'remark-parse': '^11' } });
    const store = path.join(root, 'node_modules', '.pnpm', 'remark-parse@11.0.0', 'node_modules');
    writePackage(path.join(store, 'remark-parse'), { version: '11.0.0', dependencies: { micromark: '^4' } });
    writePackage(path.join(store, 'micromark'), { version: '4.0.3' });
    symlinkSync(path.join(store, 'remark-parse'), path.join(root, 'node_modules', 'remark-parse'), 'dir');
    expect(dependencyVersions(root)).toEqual(['micromark@4.0.3', 'remark-parse@11.0.0']);
  });
});

describe('installedPackages', () => {
  it("stands for npm's install by its hidden lockfile, and changes with it", () => {
    installTree();
    const lockfile = path.join(root, 'node_modules', '.package-lock.json');
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/micromark': { version: '4.0.3' } } }));
    const installed = installedPackages(root);
    expect(installed).toMatch(/^npm [0-9a-f]{64}$/);
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/micromark': { version: '4.0.4' } } }));
    expect(installedPackages(root)).toMatch(/^npm /);
    expect(installedPackages(root)).not.toBe(installed);
  });

  it("does not trust npm's lockfile once a dependency's folder is newer or gone (as npm does not)", () => {
    installTree();
    const lockfile = path.join(root, 'node_modules', '.package-lock.json');
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/remark-parse': { version: '11.0.0' } } }));
    expect(installedPackages(root)).toMatch(/^npm /);
    const past = new Date(Date.now() - 60_000);
    utimesSync(lockfile, past, past);
    // remark-parse replaced by another tool after npm's install: its folder is newer than the list.
    writePackage(path.join(root, 'node_modules', 'remark-parse'), { version: '11.0.1', dependencies: { micromark: '^4' } });
    expect(installedPackages(root)).toBe(dependencyVersions(root).join(' '));
    expect(installedPackages(root)).toContain('remark-parse@11.0.1');
    // A dependency is gone (one no folder above the fixture has either: the lookup goes on up to the root).
    writeFileSync(lockfile, '{}');
    rmSync(path.join(root, 'node_modules', '@scope'), { recursive: true });
    expect(installedPackages(root)).toContain('@scope/tool@missing');
  });

  it("reads the versions when qbank is installed in another project, whose lockfile changes with any install there", () => {
    // The project at `root` depends on qbank; npm put qbank's dependencies beside it, in the project's node_modules.
    writePackage(root, { name: 'notes', dependencies: { qbank: '^0.1' } });
    const modules = path.join(root, 'node_modules');
    const qbank = path.join(modules, 'qbank');
    writePackage(qbank, { name: 'qbank', version: '0.1.0', dependencies: { 'remark-parse': '^11' } });
    writePackage(path.join(modules, 'remark-parse'), { version: '11.0.0' });
    const lockfile = path.join(modules, '.package-lock.json');
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/qbank': { version: '0.1.0' } } }));
    const installed = installedPackages(qbank);
    expect(installed).toBe('remark-parse@11.0.0');
    // A development tool installed in the project: its lockfile changes, qbank's packages do not.
    writePackage(path.join(modules, 'prettier'), { version: '3.0.0' });
    writeFileSync(lockfile, JSON.stringify({ packages: { 'node_modules/qbank': { version: '0.1.0' }, 'node_modules/prettier': { version: '3.0.0' } } }));
    expect(installedPackages(qbank)).toBe(installed);
    writePackage(path.join(modules, 'remark-parse'), { version: '11.0.1' });
    expect(installedPackages(qbank)).toBe('remark-parse@11.0.1');
  });

  it('lists the versions when npm left no lockfile', () => {
    installTree();
    expect(installedPackages(root)).toBe(dependencyVersions(root).join(' '));
  });

  it("reads qbank's own install: npm's lockfile here, or versions that name the parser", () => {
    const repository = path.resolve(import.meta.dirname, '..', '..');
    const installed = installedPackages(repository);
    const remarkParse = JSON.parse(readFileSync(path.join(repository, 'node_modules', 'remark-parse', 'package.json'), 'utf8')) as { version: string };
    if (installed.startsWith('npm ')) expect(installed).toBe(`npm ${createHashOf(path.join(repository, 'node_modules', '.package-lock.json'))}`);
    else expect(installed.split(' ')).toContain(`remark-parse@${remarkParse.version}`);
    expect(dependencyVersions(repository)).toContain(`remark-parse@${remarkParse.version}`);
  });
});

describe('versionKey', () => {
  afterEach(() => {
    vi.doUnmock('../../src/cache/dependency-versions.js');
    vi.resetModules();
  });

  it('changes with what is installed, for every scope', async () => {
    const keysWith = async (installed: string) => {
      vi.resetModules();
      vi.doMock('../../src/cache/dependency-versions.js', () => ({ installedPackages: () => installed }));
      const { versionKey } = await import('../../src/cache/version-key.js');
      return Promise.all((['read', 'merge', 'export'] as const).map((scope) => versionKey({}, scope)));
    };
    const before = await keysWith('npm 1111');
    expect(await keysWith('npm 1111')).toEqual(before);
    const after = await keysWith('npm 2222');
    after.forEach((key, scope) => expect(key).not.toBe(before[scope]));
  });
});

function createHashOf(file: string): string {
  return createHash('sha256').update(readFileSync(file)).digest('hex');
}
