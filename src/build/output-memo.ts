/**
 * Exports, remembered: when the bank is the one the last build exported
 * (same `bankKey`, collect.ts) with the same settings and exporter code, and
 * the files it wrote are still there as written (same size and modification
 * time), writing them again would give the same bytes, so the build skips
 * the exporter and reports what it reported then.
 *
 * This is what makes a rebuild with nothing changed cheap: serialising and
 * validating a large bank costs more than everything else in such a build.
 * Any doubt (no record, an edited or deleted output, another exporter
 * version, SOURCE_DATE_EPOCH set differently) runs the exporter.
 */
import { stat } from 'node:fs/promises';
import type { Format } from '../config/config.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { ContentCache, versionKey } from '../cache/index.js';
import type { ExportOutcome, ExportSettings } from './exporters.js';

interface WrittenFile {
  path: string;
  size: number;
  mtimeMs: number;
}

interface Stored {
  files: WrittenFile[];
  diagnostics: Diagnostic[];
}

export interface OutputMemo {
  /** The cache folder (see src/cache). */
  dir: string;
  bankKey: string;
}

export async function memoisedExport(
  format: Format,
  settings: ExportSettings,
  memo: OutputMemo | undefined,
  run: () => Promise<ExportOutcome>,
): Promise<ExportOutcome> {
  if (!memo) return run();
  // The exporter's inputs besides the bank: the folders, its own settings, and the clock the Anki export may be pinned to.
  const own = (settings as Partial<Record<Format, unknown>>)[format] ?? null;
  const inputs = { format, outDir: settings.outDir, cwd: settings.cwd, own, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null };
  const version = await versionKey(inputs, 'export');
  const cache = new ContentCache<Stored>({ dir: memo.dir, version }, isStored);
  const name = `<${format} export>${settings.outDir}`;
  const stored = await cache.get(name, memo.bankKey);
  if (stored && (await allUnchanged(stored.files))) {
    return { files: stored.files.map((file) => file.path), diagnostics: stored.diagnostics };
  }
  const outcome = await run();
  const files = await Promise.all(outcome.files.map(written));
  if (files.every((file): file is WrittenFile => file !== undefined)) {
    await cache.set(name, memo.bankKey, { files, diagnostics: outcome.diagnostics });
  }
  return outcome;
}

async function written(file: string): Promise<WrittenFile | undefined> {
  const stats = await stat(file).catch(() => undefined);
  return stats ? { path: file, size: stats.size, mtimeMs: stats.mtimeMs } : undefined;
}

async function allUnchanged(files: readonly WrittenFile[]): Promise<boolean> {
  const now = await Promise.all(files.map((file) => written(file.path)));
  return now.every((file, i) => file !== undefined && file.size === files[i]!.size && file.mtimeMs === files[i]!.mtimeMs);
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const stored = value as Partial<Stored>;
  return (
    Array.isArray(stored.files) &&
    stored.files.every(
      (file: Partial<WrittenFile>) => typeof file?.path === 'string' && typeof file.size === 'number' && typeof file.mtimeMs === 'number',
    ) &&
    Array.isArray(stored.diagnostics)
  );
}
