/**
 * The load stage: input paths -> decoded, normalised text, one SourceFile per
 * text file and one SkippedFile (with the reason) for everything else. Every
 * observation about a file's bytes travels as a message on its vfile.
 */
import { open } from 'node:fs/promises';
import path from 'node:path';
import { VFile } from 'vfile';
import type { Diagnostic } from '../report/diagnostic.js';
import { decodeBytes } from './decode.js';
import { discoverInputs, type DiscoveredFile, type DiscoverOptions, type Discovery, type SkippedFile } from './discover.js';
import { normaliseText } from './normalise-text.js';
import { jsonHoldsNotes } from './json-notes.js';
import { contentHash } from '../cache/content-cache.js';

export { discoverInputs, decodeBytes, normaliseText };
export type { DiscoveredFile, DiscoverOptions, Discovery, SkippedFile };
export type { Decoded, DecodedText } from './decode.js';
export { repairMojibake, type MojibakeRepair } from './mojibake.js';

export interface SourceFile {
  /** Absolute path. */
  path: string;
  /** Display path (relative to cwd, '/' separators, NFC); also `vfile.path`. */
  file: string;
  /** Decoded and normalised text: LF line endings, NFC, no invisible characters. */
  text: string;
  /** The encoding the bytes were read in: 'utf-8', 'utf-16le', 'euc-kr', 'windows-1252', ... */
  encoding: string;
  /** Carries every load diagnostic; later stages add theirs. */
  vfile: VFile;
  /** The sha256 of `text` (contentHash), when the load stage knows it: what the per-file cache is keyed by. */
  textHash?: string;
}

/** What loading a file's bytes gave, kept so that the same bytes need not be decoded again. */
export interface LoadedText {
  /** The sha256 of the decoded, normalised text (contentHash). */
  textHash: string;
  encoding: string;
  /** The load stage's diagnostics of the file (decoding, normalising). */
  diagnostics: Diagnostic[];
}

/**
 * What earlier builds learnt of the files' bytes (cache/loaded-texts.ts). A rebuild reads every file to see whether it
 * changed, and decoding, normalising and hashing the text of notes that did not change was a sixth of a rebuild with
 * nothing changed at 10,000 questions (211 ms against 174 without it).
 */
export interface LoadMemo {
  /** What the bytes of `file` with this sha256 gave when loaded, if known. */
  recall(file: string, bytesHash: string): LoadedText | undefined;
  remember(file: string, bytesHash: string, loaded: LoadedText): void;
}

export interface LoadOptions {
  /** Files larger than this are skipped; default 8 MiB. */
  maxBytes?: number;
  /**
   * The folder display paths are relative to (as discovery made them), default process.cwd(): the
   * vfile's `cwd`, so that reporters and editors joining `cwd` and `path` find the file.
   */
  cwd?: string;
  /**
   * With one, a file whose bytes it knows is not decoded until its text is asked for (a rebuild takes the results of an
   * unchanged file from the cache by `textHash`, and never does), and every file decoded is remembered in it.
   */
  memo?: LoadMemo;
}

export interface LoadInputsOptions extends DiscoverOptions, LoadOptions {
  /** Files read at the same time; default 8. */
  concurrency?: number;
}

export const DEFAULT_MAX_BYTES = 8 * 1024 * 1024;
const DEFAULT_CONCURRENCY = 8;

export function isSourceFile(loaded: SourceFile | SkippedFile): loaded is SourceFile {
  return 'text' in loaded;
}

/** Reads one file; never throws: an unreadable, binary or oversized file comes back as a SkippedFile. */
export async function loadSource(file: DiscoveredFile, options: LoadOptions = {}): Promise<SourceFile | SkippedFile> {
  const maxBytes = options.maxBytes ?? DEFAULT_MAX_BYTES;
  let bytes: Uint8Array;
  try {
    const handle = await open(file.path, 'r');
    try {
      // Size from the open handle, so the check and the read see the same file.
      const { size } = await handle.stat();
      if (size > maxBytes) {
        return { file: file.file, reason: `too large (${formatBytes(size)}; the limit is ${formatBytes(maxBytes)})` };
      }
      bytes = await handle.readFile();
    } finally {
      await handle.close();
    }
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    const why = code === 'EACCES' || code === 'EPERM' ? 'permission denied' : code === 'ENOENT' ? 'not found' : (code ?? String(error));
    return { file: file.file, reason: `unreadable (${why})` };
  }
  // The file may have grown between stat and read.
  if (bytes.length > maxBytes) {
    return { file: file.file, reason: `too large (${formatBytes(bytes.length)}; the limit is ${formatBytes(maxBytes)})` };
  }

  const bytesHash = options.memo && contentHash(bytes);
  const recalled = bytesHash === undefined ? undefined : options.memo!.recall(file.file, bytesHash);
  if (recalled) return recalledSource(file, bytes, recalled, options);
  const decoded = decodeBytes(bytes);
  if (decoded.kind === 'binary') return { file: file.file, reason: decoded.reason };
  const normalised = normaliseText(decoded.text);
  if (file.dataUnlessNotes && !jsonHoldsNotes(normalised.text)) return { file: file.file, reason: 'data or configuration, not notes (.json)' };
  const blank = normalised.text.trim() === '';
  const text = blank ? '' : normalised.text;

  const vfile = new VFile({ path: file.file, value: text, cwd: path.resolve(options.cwd ?? process.cwd()) });
  const diagnostics = [...decoded.diagnostics, ...normalised.diagnostics];
  for (const diagnostic of diagnostics) reportDiagnostic(vfile, diagnostic);
  if (blank) {
    const reason = normalised.text === '' ? 'empty file' : 'empty file (only whitespace)';
    vfile.info(reason, { place: { line: 1, column: 1 }, ruleId: 'empty-file', source: 'qbank' });
    return { path: file.path, file: file.file, text, encoding: decoded.encoding, vfile };
  }
  const textHash = bytesHash === undefined ? undefined : contentHash(text);
  if (textHash !== undefined) options.memo!.remember(file.file, bytesHash!, { textHash, encoding: decoded.encoding, diagnostics });
  return { path: file.path, file: file.file, text, encoding: decoded.encoding, vfile, ...(textHash === undefined ? {} : { textHash }) };
}

/**
 * A file whose bytes the memo knows: its load diagnostics as they were, its text decoded only when asked for (by a
 * reading of the file, which a rebuild makes only of a file whose results the cache does not hold). The same bytes
 * decode and normalise to the same text: the memo is of this code's results (cache/loaded-texts.ts).
 */
function recalledSource(file: DiscoveredFile, bytes: Uint8Array, recalled: LoadedText, options: LoadOptions): SourceFile {
  const vfile = new VFile({ path: file.file, cwd: path.resolve(options.cwd ?? process.cwd()) });
  for (const diagnostic of recalled.diagnostics) reportDiagnostic(vfile, diagnostic);
  let text: string | undefined;
  const decoded = (): string => {
    if (text === undefined) {
      const read = decodeBytes(bytes);
      text = read.kind === 'binary' ? '' : normaliseText(read.text).text;
    }
    return text;
  };
  // The vfile holds the text as a loaded file's does (library callers read it), decoded when first read.
  let value: VFile['value'] | undefined;
  Object.defineProperty(vfile, 'value', {
    get: () => (value ??= decoded()),
    set: (replaced: VFile['value']) => void (value = replaced),
    enumerable: true,
    configurable: true,
  });
  return {
    path: file.path,
    file: file.file,
    encoding: recalled.encoding,
    vfile,
    textHash: recalled.textHash,
    get text(): string {
      return decoded();
    },
  };
}

/** Discovers and loads every input; sources in display-path order, skipped files sorted likewise. */
export async function loadInputs(
  inputs: string[],
  options: LoadInputsOptions = {},
): Promise<{ sources: SourceFile[]; skipped: SkippedFile[] }> {
  const discovery = await discoverInputs(inputs, options);
  const loaded = await mapWithConcurrency(discovery.files, options.concurrency ?? DEFAULT_CONCURRENCY, (file) =>
    loadSource(file, options),
  );
  const sources = loaded.filter(isSourceFile);
  const skipped = [...discovery.skipped, ...loaded.filter((l): l is SkippedFile => !isSourceFile(l))];
  skipped.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { sources, skipped };
}

/** A diagnostic of the load stage as a message of the file's. */
export function reportDiagnostic(vfile: VFile, diagnostic: Diagnostic): void {
  const place = diagnostic.line === undefined ? undefined : { line: diagnostic.line, column: diagnostic.column ?? 1 };
  const options = { place, ruleId: diagnostic.ruleId, source: 'qbank' };
  if (diagnostic.severity === 'info') vfile.info(diagnostic.message, options);
  else vfile.message(diagnostic.message, options);
}

/** Results in input order; at most `limit` calls of `task` pending at once. */
async function mapWithConcurrency<T, R>(items: readonly T[], limit: number, task: (item: T) => Promise<R>): Promise<R[]> {
  const results = new Array<R>(items.length);
  let next = 0;
  const worker = async (): Promise<void> => {
    while (next < items.length) {
      const index = next++;
      results[index] = await task(items[index]!);
    }
  };
  await Promise.all(Array.from({ length: Math.max(1, Math.min(limit, items.length)) }, worker));
  return results;
}

function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KiB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MiB`;
}
