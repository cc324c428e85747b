/**
 * The exporters called as a library: each returns the paths it wrote as the caller named the
 * folder (relative stays relative), makes the folder when it is missing, and says in words when a
 * file stands where the folder should be.
 */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { exportAnki, exportJson, exportPdf } from '../../src/index.js';
import { makeBank } from '../fixtures/pdf/banks.js';

const bank = makeBank([{ question: 'What is dropout?', answer: 'Random zeroing.' }]);
const exporters = {
  json: async (outDir: string) => (await exportJson(bank, { outDir })).files,
  anki: async (outDir: string) => [(await exportAnki(bank, { outDir })).file],
  pdf: async (outDir: string) => [(await exportPdf(bank, { outDir })).file],
};

describe.each(Object.entries(exporters))('the %s exporter', (_format, exporter) => {
  it('returns the paths it wrote under the folder as it was given, relative or absolute', async () => {
    const absolute = path.join(mkdtempSync(path.join(tmpdir(), 'qbank-out-folder-')), 'new', 'out');
    const relative = path.relative(process.cwd(), absolute);
    expect(path.isAbsolute(relative)).toBe(false);
    for (const given of [relative, absolute]) {
      const files = await exporter(given);
      expect(files.length).toBeGreaterThan(0);
      for (const file of files) expect(path.dirname(file)).toBe(given);
    }
  });

  it('names a file that stands where the folder, or a folder above it, should be', async () => {
    const root = mkdtempSync(path.join(tmpdir(), 'qbank-out-folder-'));
    const file = path.join(root, 'notes.md');
    writeFileSync(file, '# not a folder\n');
    for (const outDir of [file, path.join(file, 'out')]) {
      await expect(exporter(outDir)).rejects.toThrow(`cannot write into ${outDir}: it, or a folder above it, is a file, not a folder`);
    }
  });
});
