/**
 * Exports, remembered: when the bank is the one the last build exported
 * (same `bankKey`, collect.ts) with the same settings and exporter code, and
 * the files it wrote are still there as written (same size and modification
 * time) and the pictures it read hold the same bytes, writing them again
 * would give the same bytes, so the build skips the exporter and reports
 * what it reported then.
 *
 * This is what makes a rebuild with nothing changed cheap: serialising and
 * validating a large bank costs more than everything else in such a build.
 * Any doubt (no record, an edited or deleted output, a picture the deck
 * packs or the sheet draws changed, added or removed, another exporter version,
 * SOURCE_DATE_EPOCH set differently) runs the exporter.
 */
import { createHash } from 'node:crypto';
import { stat } from 'node:fs/promises';
import { readFromDisk } from '../export/answer-images.js';
import type { Format } from '../config/config.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { ContentCache, versionKey } from '../cache/index.js';
import type { ExportOutcome, ExportSettings } from './exporters.js';

/** A file as it was: its size and time, or size -1 when it did not exist. */
interface WrittenFile {
  path: string;
  size: number;
  mtimeMs: number;
}

/**
 * A file an exporter read, as it was: its size and a hash of its bytes (size -1 when it was not
 * there, or not a regular file), and the stat fields that tell, without reading it, that it is the
 * same file untouched. Size and modification time alone do not: a picture copied over another of
 * the same size keeps its old time when copied with its times (`cp -p`, tar, rsync); its change
 * time and inode cannot be set so.
 */
interface ReadFileState {
  path: string;
  size: number;
  mtimeMs: number;
  ctimeMs: number;
  ino: number;
  hash: string;
}

interface Stored {
  files: WrittenFile[];
  /** What the exporter read besides the bank (the answers' pictures), as it was then. */
  reads: ReadFileState[];
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
  const own = format === 'json' ? null : (settings[format] ?? null);
  const inputs = { format, outDir: settings.outDir, cwd: settings.cwd, own, sourceDateEpoch: process.env.SOURCE_DATE_EPOCH ?? null };
  const version = await versionKey(inputs, 'export');
  const cache = new ContentCache<Stored>({ dir: memo.dir, version }, isStored);
  const name = `<${format} export>${settings.outDir}`;
  const stored = await cache.get(name, memo.bankKey);
  if (stored && (await allUnchanged(stored.files)) && (await allReadUnchanged(stored.reads))) {
    return { files: stored.files.map((file) => file.path), diagnostics: stored.diagnostics };
  }
  const outcome = await run();
  const files = await Promise.all(outcome.files.map(fileState));
  const reads: ReadFileState[] = [];
  for (const file of outcome.reads ?? []) reads.push(await readState(file));
  if (files.every((file) => file.size >= 0)) await cache.set(name, memo.bankKey, { files, reads, diagnostics: outcome.diagnostics });
  return outcome;
}

async function fileState(file: string): Promise<WrittenFile> {
  const stats = await stat(file).catch(() => undefined);
  return stats ? { path: file, size: stats.size, mtimeMs: stats.mtimeMs } : { path: file, size: -1, mtimeMs: 0 };
}

async function readState(file: string): Promise<ReadFileState> {
  const stats = await stat(file).catch(() => undefined);
  // As the exporters read it: only a regular file of a bounded size.
  const bytes = stats && readFromDisk(file);
  if (!stats || !bytes) return { path: file, size: -1, mtimeMs: 0, ctimeMs: 0, ino: 0, hash: '' };
  return { path: file, size: bytes.length, mtimeMs: stats.mtimeMs, ctimeMs: stats.ctimeMs, ino: stats.ino, hash: createHash('sha256').update(bytes).digest('hex') };
}

/** One file at a time (pictures may be large), and read only when its stat says it may have changed. */
async function allReadUnchanged(files: readonly ReadFileState[]): Promise<boolean> {
  for (const file of files) {
    const stats = await stat(file.path).catch(() => undefined);
    const untouched = stats?.isFile() && stats.size === file.size && stats.mtimeMs === file.mtimeMs && stats.ctimeMs === file.ctimeMs && stats.ino === file.ino;
    if (untouched) continue;
    const now = await readState(file.path);
    if (now.size !== file.size || now.hash !== file.hash) return false;
  }
  return true;
}

async function allUnchanged(files: readonly WrittenFile[]): Promise<boolean> {
  const now = await Promise.all(files.map((file) => fileState(file.path)));
  return now.every((file, i) => file.size === files[i]!.size && file.mtimeMs === files[i]!.mtimeMs);
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const stored = value as Partial<Stored>;
  const isFileList = (files: unknown) =>
    Array.isArray(files) &&
    files.every((file: Partial<WrittenFile>) => typeof file?.path === 'string' && typeof file.size === 'number' && typeof file.mtimeMs === 'number');
  const isReadList = (files: unknown) =>
    Array.isArray(files) &&
    files.every(
      (file: Partial<ReadFileState>) =>
        typeof file?.path === 'string' &&
        typeof file.hash === 'string' &&
        [file.size, file.mtimeMs, file.ctimeMs, file.ino].every((value) => typeof value === 'number'),
    );
  return isFileList(stored.files) && isReadList(stored.reads) && Array.isArray(stored.diagnostics);
}
