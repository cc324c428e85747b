/**
 * The same notes give the same bytes: two builds of an arbitrary notes
 * folder into fresh output folders write identical JSON and PDF, and
 * building again into the same folder changes no file at all. (The Anki
 * deck is the exception across fresh folders, by design: a note's `mod`
 * must grow for Anki to take an update, so a deck built with no previous
 * build state is stamped with the clock; its state file keeps the stamps,
 * and rebuilds over it are byte-identical.)
 */
import fc from 'fast-check';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exporters } from '../../src/build/exporters.js';
import type { Format } from '../../src/config/config.js';
import { hostileFolder } from './hostile-folder.js';

const FORMATS = (Object.keys(exporters) as Format[]).filter((format) => exporters[format] !== undefined).join(',');

const line = fc.oneof(
  fc.constantFrom(
    '## What is attention?', '# 3. Why normalise inputs?', '- What is a tensor?', '  - a typed array', 'Q: What is bias?', 'A: A systematic error.',
    '**What is a logit? 👶**', '<details><summary>What is dropout?</summary>', '</details>', '```python', 'x = np.zeros(3)', '```', '$$', 'E = mc^2',
    '경사 하강법이란 무엇인가?', '• 기울기를 따라 내려간다', 'It is the answer.', 'Skip to content', '', '', '',
  ),
  fc.string({ maxLength: 30 }),
);
const note = fc.array(line, { maxLength: 30 }).map((lines) => lines.join('\n'));
const folder = fc.dictionary(fc.constantFrom('a.md', 'b.txt', 'deep/c.md', 'd e.md', '노트.md'), note, { minKeys: 1, maxKeys: 4 });

const filesOf = (dir: string) => Object.fromEntries(readdirSync(dir).sort().map((file) => [file, readFileSync(path.join(dir, file)).toString('base64')]));
const ANKI_FILES = /\.apkg$|^\.qbank-anki-state\.json$/;
const withoutAnki = (files: Record<string, string>) => Object.fromEntries(Object.entries(files).filter(([file]) => !ANKI_FILES.test(file)));

describe('the same notes', () => {
  it('give byte-identical outputs in every format, build after build', async () => {
    await fc.assert(
      fc.asyncProperty(folder, async (files) => {
        const notes = hostileFolder();
        for (const [name, content] of Object.entries(files)) notes.write(name, content);
        const first = await notes.run('build', 'notes', '--format', FORMATS, '--out', 'first', '--include-unanswered');
        const second = await notes.run('build', 'notes', '--format', FORMATS, '--out', 'second', '--include-unanswered');
        // Notes in which no question is found fail the build, which writes nothing (no-questions-read), each time alike.
        const found = !first.err.includes('[no-questions-read]');
        expect(first.code).toBe(found ? 0 : 1);
        expect(second.out.replace(/second\//g, 'first/')).toBe(first.out);
        expect(second.err).toBe(first.err);
        if (!found) {
          expect([existsSync(path.join(notes.dir, 'first')), existsSync(path.join(notes.dir, 'second'))]).toEqual([false, false]);
          return;
        }
        expect(withoutAnki(filesOf(path.join(notes.dir, 'second')))).toEqual(withoutAnki(filesOf(path.join(notes.dir, 'first'))));
        expect(Object.keys(filesOf(path.join(notes.dir, 'second')))).toEqual(Object.keys(filesOf(path.join(notes.dir, 'first'))));
        // Once more into the first folder: nothing changes.
        const before = filesOf(path.join(notes.dir, 'first'));
        expect((await notes.run('build', 'notes', '--format', FORMATS, '--out', 'first', '--include-unanswered')).code).toBe(0);
        expect(filesOf(path.join(notes.dir, 'first'))).toEqual(before);
      }),
      { numRuns: 8 },
    );
  });
});
