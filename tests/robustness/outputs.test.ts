/**
 * The user's outputs are safe: each is replaced atomically (a temporary file
 * renamed over it), a format that fails leaves its previous output as it
 * was and the other formats still build, nothing is written outside --out,
 * and no temporary file is left behind.
 */
import { createHash } from 'node:crypto';
import { lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, watch, writeFileSync } from 'node:fs';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { exporters } from '../../src/build/exporters.js';
import type { Format } from '../../src/config/config.js';
import { hostileFolder, type HostileFolder } from './hostile-folder.js';

/** The formats this version can write, and the files each writes into --out. */
const AVAILABLE = (Object.keys(exporters) as Format[]).filter((format) => exporters[format] !== undefined);
const FILES: Record<Format, string[]> = {
  json: ['questions.json', 'questions.schema.json'],
  anki: ['ML Interview.apkg', '.qbank-anki-state.json'],
  pdf: ['qbank-cheatsheet.pdf'],
};

const FIRST = '## What is an atomic write?\n\nA temporary file, then a rename.\n';
const SECOND = `${FIRST}\n## What is a torn write?\n\nHalf a file, seen by a reader.\n`;

function notesWith(content: string): HostileFolder {
  const notes = hostileFolder();
  notes.write('atomic.md', content);
  return notes;
}

const build = (notes: HostileFolder, ...extra: string[]) => notes.run('build', 'notes', '--out', 'out', '--format', AVAILABLE.join(','), ...extra);
const outFiles = (notes: HostileFolder) => readdirSync(path.join(notes.dir, 'out')).sort();
const bytesOf = (notes: HostileFolder, file: string) => readFileSync(path.join(notes.dir, 'out', file));

const CACHE = path.join('node_modules', '.cache', 'qbank');

/** Every file under `dir` (but not under the `skip` folders), with a hash of its bytes. */
function snapshot(dir: string, skip: readonly string[]): Map<string, string> {
  const files = new Map<string, string>();
  const walk = (folder: string) => {
    for (const entry of readdirSync(folder, { withFileTypes: true })) {
      const full = path.join(folder, entry.name);
      if (skip.includes(full)) continue;
      if (entry.isDirectory()) walk(full);
      else if (entry.isFile()) files.set(path.relative(dir, full), createHash('sha1').update(readFileSync(full)).digest('hex'));
    }
  };
  walk(dir);
  return files;
}

describe('what a build writes', () => {
  it('writes exactly the files of the requested formats into --out, and no temporary file', async () => {
    const notes = notesWith(FIRST);
    for (const content of [FIRST, SECOND]) {
      notes.write('atomic.md', content);
      const run = await build(notes);
      expect(run.code).toBe(0);
      expect(outFiles(notes)).toEqual(AVAILABLE.flatMap((format) => FILES[format]).sort());
    }
  });

  it('writes nothing outside --out but its cache, even with a deck name that looks like a path', async () => {
    const notes = notesWith(FIRST);
    mkdirSync(path.join(notes.dir, 'elsewhere'));
    writeFileSync(path.join(notes.dir, 'elsewhere', 'keep.txt'), 'untouched');
    const before = snapshot(notes.dir, [path.join(notes.dir, 'out')]);
    const run = await build(notes, '--deck-name', '../../elsewhere/escape');
    expect(run.code).toBe(0);
    // The per-file cache (node_modules/.cache/qbank, as build tools keep theirs) is the one exception.
    expect(snapshot(notes.dir, [path.join(notes.dir, 'out'), path.join(notes.dir, CACHE)])).toEqual(before);
    expect([...snapshot(notes.dir, [path.join(notes.dir, 'out')]).keys()].filter((file) => !before.has(file) && !file.startsWith(`${CACHE}/`))).toEqual([]);
    expect(readdirSync(path.join(notes.dir, 'out')).every((file) => statSync(path.join(notes.dir, 'out', file)).isFile())).toBe(true);
  });

  it('replaces an output that is a link by a file, and leaves the file the link pointed to alone', async () => {
    const notes = notesWith(FIRST);
    const target = notes.write('important.txt', 'my own notes, not an output');
    mkdirSync(path.join(notes.dir, 'out'));
    symlinkSync(target, path.join(notes.dir, 'out', 'questions.json'));
    const run = await build(notes, '--format', 'json');
    expect(run.code).toBe(0);
    expect(readFileSync(target, 'utf8')).toBe('my own notes, not an output');
    expect(lstatSync(path.join(notes.dir, 'out', 'questions.json')).isFile()).toBe(true);
  });

  it('replaces each output by renaming a finished file over it, never by writing into it', async () => {
    const notes = notesWith(FIRST);
    expect((await build(notes)).code).toBe(0);
    const events: string[] = [];
    const watcher = watch(path.join(notes.dir, 'out'), (event, file) => events.push(`${event} ${file}`));
    try {
      notes.write('atomic.md', SECOND);
      expect((await build(notes)).code).toBe(0);
      await new Promise((resolve) => setTimeout(resolve, 100));
    } finally {
      watcher.close();
    }
    const outputs = new Set(AVAILABLE.flatMap((format) => FILES[format]));
    // Each output changed: it was renamed into place...
    for (const file of outputs) {
      if (file !== 'questions.schema.json') expect(events).toContain(`rename ${file}`);
    }
    // ...and no output was ever written in place, where a reader could see half of it.
    expect(events.filter((event) => event.startsWith('change ') && outputs.has(event.slice('change '.length)))).toEqual([]);
  });
});

describe('a format that fails', () => {
  const restore: Array<() => void> = [];
  afterEach(() => {
    for (const undo of restore.splice(0)) undo();
  });

  it('leaves the previous questions.json byte for byte, while the other formats still build', async () => {
    const notes = notesWith(FIRST);
    expect((await build(notes)).code).toBe(0);
    const previous = bytesOf(notes, 'questions.json');
    // The schema is written first: make its target a folder, so the JSON export fails before questions.json.
    rmSync(path.join(notes.dir, 'out', 'questions.schema.json'));
    mkdirSync(path.join(notes.dir, 'out', 'questions.schema.json'));
    notes.write('atomic.md', SECOND);
    const run = await build(notes);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: The json export failed \(.+\); the previous json output, if any, is left as it was \[json-export-failed\]$/m);
    expect(bytesOf(notes, 'questions.json').equals(previous)).toBe(true);
    expect(outFiles(notes).filter((file) => file.endsWith('.tmp'))).toEqual([]);
    if (AVAILABLE.includes('anki')) expect(run.out).toMatch(/^Wrote .*out\/ML Interview\.apkg/m);
  });

  it('fails alone when its target is taken by a folder: exit 1, the folder untouched, no temporary file', async () => {
    const notes = notesWith(FIRST);
    mkdirSync(path.join(notes.dir, 'out', 'ML Interview.apkg', 'inside'), { recursive: true });
    const run = await build(notes, '--format', 'json,anki');
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/^error: The anki export failed \(.+\)/m);
    expect(readdirSync(path.join(notes.dir, 'out', 'ML Interview.apkg'))).toEqual(['inside']);
    expect(JSON.parse(bytesOf(notes, 'questions.json').toString('utf8')).questions).toHaveLength(1);
    expect(outFiles(notes).filter((file) => file.endsWith('.tmp'))).toEqual([]);
  });

  it('that throws (a bug, a full disk) costs only that format, and the previous file stays', async () => {
    const notes = notesWith(FIRST);
    expect((await build(notes, '--format', 'json,anki')).code).toBe(0);
    const previousDeck = bytesOf(notes, 'ML Interview.apkg');
    const anki = exporters.anki;
    exporters.anki = async () => {
      throw new Error('ENOSPC: no space left on device');
    };
    restore.push(() => (exporters.anki = anki));
    notes.write('atomic.md', SECOND);
    const run = await build(notes, '--format', 'json,anki');
    expect(run.code).toBe(1);
    expect(run.err).toContain('error: The anki export failed (ENOSPC: no space left on device); the previous anki output, if any, is left as it was [anki-export-failed]');
    expect(bytesOf(notes, 'ML Interview.apkg').equals(previousDeck)).toBe(true);
    expect(JSON.parse(bytesOf(notes, 'questions.json').toString('utf8')).questions).toHaveLength(2);
  });
});
