/**
 * What a build loads is what it runs: the parser and the readers only when
 * some file is not in the cache, each exporter's libraries only when that
 * exporter runs, the watcher only with --watch. Loading all of them took
 * about 0.7 s, most of a rebuild with nothing changed.
 *
 * Each build here is the compiled CLI in a process of its own whose module
 * loader refuses some packages: a build that needs one of them fails.
 */
import { spawnSync } from 'node:child_process';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { tempProject } from '../helpers/temp-project.js';
import { compiledOutDir, compiledWorkerUrl } from './compiled-worker.js';

// mdast-util-to-markdown too: notebook.ts, which input-limits.ts once imported for one test, loads it.
const PARSER = ['remark-parse', 'micromark', 'hast-util-from-html', 'mdast-util-to-markdown'];
// Names that start with a slash are parts of a module's path: qbank's own exporters (their constants, such as the
// PDF's columns that the config checks, may load).
const DECK_AND_SHEET = ['pdfkit', 'sql.js', '@mathjax/src', '/export/anki/index.js', '/export/pdf/index.js'];
const EXPORTERS = [...DECK_AND_SHEET, '/export/json/index.js'];
const WATCHER = ['chokidar'];

describe('loading only what a build runs', () => {
  const root = tempProject();
  let lib: string;
  beforeAll(() => {
    lib = compiledOutDir(compiledWorkerUrl());
    // A loader hook that throws on the packages and paths named in QBANK_TEST_REFUSE, and the entry that registers it.
    writeFileSync(
      path.join(root, 'refuse-hook.mjs'),
      `const refused = (process.env.QBANK_TEST_REFUSE ?? '').split(',').filter(Boolean);
export async function resolve(specifier, context, next) {
  if (refused.some((name) => specifier === name || specifier.startsWith(name + '/'))) throw new Error('refused to load ' + specifier);
  const resolved = await next(specifier, context);
  if (refused.some((name) => name.startsWith('/') && resolved.url.includes(name))) throw new Error('refused to load ' + resolved.url);
  return resolved;
}
`,
    );
    writeFileSync(path.join(root, 'refuse.mjs'), `import { register } from 'node:module';\nregister('./refuse-hook.mjs', import.meta.url);\n`);
    writeFileSync(
      path.join(root, 'qbank.mjs'),
      `const { main } = await import(${JSON.stringify(pathToFileURL(path.join(lib, 'cli', 'main.js')).href)});\nprocess.exitCode = await main(process.argv.slice(2));\n`,
    );
  }, 300_000);
  afterAll(() => {
    if (lib) rmSync(lib, { recursive: true, force: true });
  });

  /** `qbank ...args` in the project, the packages `refused` not loadable. */
  const qbank = (refused: readonly string[], ...args: string[]) => {
    const run = spawnSync(process.execPath, ['--import', './refuse.mjs', 'qbank.mjs', ...args, '--cache-dir', 'cache'], {
      cwd: root,
      encoding: 'utf8',
      env: { ...process.env, QBANK_TEST_REFUSE: refused.join(','), SOURCE_DATE_EPOCH: '1700000000' },
    });
    return { code: run.status, output: `${run.stdout}${run.stderr}` };
  };
  const outputs = () => ['questions.json', 'ML Interview.apkg', 'qbank-cheatsheet.pdf'].map((name) => readFileSync(path.join(root, 'dist', name)));

  it('refuses what it is told to: a first build cannot read the notes without the parser', () => {
    const run = qbank(PARSER, 'build');
    expect(run.code).not.toBe(0);
    expect(run.output).toMatch(/refused to load/);
  });

  it('rebuilds with nothing changed without loading the parser, the exporters or the watcher, and writes nothing new', () => {
    expect(qbank([], 'build').code).toBe(0);
    const first = outputs();
    const rebuild = qbank([...PARSER, ...EXPORTERS, ...WATCHER], 'build');
    expect(rebuild.output).not.toMatch(/refused/);
    expect(rebuild.code).toBe(0);
    expect(outputs()).toEqual(first);
  });

  it('after a note is edited, loads the parser and the JSON exporter, but no exporter that the build does not run', () => {
    const note = path.join(root, 'sources', readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8').match(/"file": "sources\/([^"]+)"/)![1]!);
    writeFileSync(note, `${readFileSync(note, 'utf8')}\n\n## What does a lazily loaded module save?\n\nIts loading time, when it is not used.\n`);
    const run = qbank([...DECK_AND_SHEET, ...WATCHER], 'build', '--format', 'json');
    expect(run.output).not.toMatch(/refused/);
    expect(run.code).toBe(0);
    expect(readFileSync(path.join(root, 'dist', 'questions.json'), 'utf8')).toContain('What does a lazily loaded module save?');
  });

  it('checks notes without loading any exporter', () => {
    const run = qbank([...EXPORTERS, ...WATCHER], 'check');
    expect(run.output).not.toMatch(/refused/);
    expect(run.code).toBe(0);
  });
});
