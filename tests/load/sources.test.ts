import { describe, expect, it } from 'vitest';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadInputs } from '../../src/load/index.js';

const repository = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '../..');
const DOCS_SITE = 'sources/deep-learning-interview-questions-docs-site.txt';
const MOJIBAKE = 'šŸ‘‹';

describe('the five seed notes in sources/', () => {
  it('all load as UTF-8, in name order, with nothing skipped', async () => {
    const names = (await readdir(path.join(repository, 'sources'))).sort();
    const { sources, skipped } = await loadInputs(['sources'], { cwd: repository });
    expect(names).toHaveLength(5);
    expect(sources.map((s) => s.file)).toEqual(names.map((n) => `sources/${n}`));
    expect(sources.every((s) => s.encoding === 'utf-8')).toBe(true);
    expect(skipped).toEqual([]);
  });

  it('come through unchanged, except the waving hand of seed 001, repaired and reported at its place', async () => {
    const { sources } = await loadInputs(['sources'], { cwd: repository });
    for (const source of sources) {
      const raw = await readFile(path.join(repository, source.file), 'utf8');
      if (source.file !== DOCS_SITE) {
        expect(source.text, source.file).toBe(raw);
        expect(source.vfile.messages, source.file).toEqual([]);
        continue;
      }
      expect(source.text).toBe(raw.replace(MOJIBAKE, '👋'));
      expect(source.text).toContain('Best of luck 👋');
      const before = raw.slice(0, raw.indexOf(MOJIBAKE));
      const line = before.split('\n').length;
      const column = before.length - before.lastIndexOf('\n');
      expect(line).toBe(5);
      expect(source.vfile.messages.map((m) => [m.line, m.column, m.ruleId, m.reason])).toEqual([
        [line, column, 'mojibake-repaired', `Repaired mojibake: "${MOJIBAKE}" -> "👋"`],
      ]);
    }
  });
});
