/**
 * The load stage's memo (load/index.ts `LoadMemo`), kept in the cache folder: per file, the sha256 of its bytes
 * when last loaded, and what loading them gave (its text's hash, its encoding, its load diagnostics). A rebuild
 * reads every file's bytes to see whether it changed; a file whose bytes are those remembered need not be decoded
 * and normalised again, as its results come from the cache by its text's hash.
 *
 * One entry for all files, under the version of the reading code (which holds the load stage's): written only when
 * a file was loaded afresh or is no longer among the inputs, so it holds the files of the last build and no more.
 * Like every cache entry, a damaged or foreign one is no memo, and a failed write is ignored.
 */
import { ContentCache } from './content-cache.js';
import { versionKey } from './version-key.js';
import type { LoadedText, LoadMemo } from '../load/index.js';
import type { Diagnostic } from '../report/diagnostic.js';

interface Stored {
  /** Per display path: the sha256 of the file's bytes, and what they gave. */
  files: Record<string, { bytesHash: string } & LoadedText>;
}

const MEMO_NAME = '<loaded texts>';
/** The entry's key names no content: there is one memo, whatever the files hold. */
const MEMO_KEY = 'files';

export class LoadedTexts implements LoadMemo {
  private changed = false;

  private constructor(
    private readonly cache: ContentCache<Stored>,
    private readonly files: Map<string, { bytesHash: string } & LoadedText>,
  ) {}

  /** The memo kept in `dir` (an empty one when there is none, or none this code can read). */
  static async open(dir: string): Promise<LoadedTexts> {
    // Decoding and normalising also run on the Node.js runtime's own tables (TextDecoder's legacy encodings, ICU's
    // normalisation), which an upgrade of it may change: its versions are part of the memo's.
    const { node, icu, unicode } = process.versions;
    const cache = new ContentCache<Stored>({ dir, version: await versionKey({ runtime: { node, icu, unicode } }, 'read') }, isStored);
    const stored = await cache.get(MEMO_NAME, MEMO_KEY);
    return new LoadedTexts(cache, new Map(Object.entries(stored?.files ?? {})));
  }

  recall(file: string, bytesHash: string): LoadedText | undefined {
    const known = this.files.get(file);
    return known?.bytesHash === bytesHash ? { textHash: known.textHash, encoding: known.encoding, diagnostics: known.diagnostics } : undefined;
  }

  remember(file: string, bytesHash: string, loaded: LoadedText): void {
    this.files.set(file, { bytesHash, ...loaded });
    this.changed = true;
  }

  /** Keeps the files of `loaded` (this build's, display paths) and no others; writes the memo when that changed it. */
  async save(loaded: readonly string[]): Promise<void> {
    const keep = new Set(loaded);
    for (const file of this.files.keys()) {
      if (keep.has(file)) continue;
      this.files.delete(file);
      this.changed = true;
    }
    if (!this.changed) return;
    this.changed = false;
    await this.cache.set(MEMO_NAME, MEMO_KEY, { files: Object.fromEntries([...this.files].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) });
  }
}

function isStored(value: unknown): value is Stored {
  if (value === null || typeof value !== 'object') return false;
  const { files } = value as Partial<Stored>;
  if (files === null || typeof files !== 'object') return false;
  return Object.values(files).every(
    (entry: unknown) =>
      entry !== null &&
      typeof entry === 'object' &&
      typeof (entry as { bytesHash?: unknown }).bytesHash === 'string' &&
      typeof (entry as LoadedText).textHash === 'string' &&
      typeof (entry as LoadedText).encoding === 'string' &&
      Array.isArray((entry as LoadedText).diagnostics) &&
      (entry as LoadedText).diagnostics.every(isDiagnostic),
  );
}

function isDiagnostic(value: unknown): value is Diagnostic {
  if (value === null || typeof value !== 'object') return false;
  const { severity, ruleId, message } = value as Partial<Diagnostic>;
  return (severity === 'info' || severity === 'warning' || severity === 'error') && typeof ruleId === 'string' && typeof message === 'string';
}
