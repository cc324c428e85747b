/**
 * A cache of results computed from a file's content, on disk.
 *
 * An entry is keyed by the file's display path, the sha256 of its content and
 * a version key (the program and its options): it is used only when all three
 * match. The entry's file name is a hash of the display path, so a file that
 * changes overwrites its own entry instead of adding one, and the cache grows
 * only with the number of files ever read.
 *
 * An entry is one line of JSON naming its key (format, version, file,
 * hash), then the value, as JSON or in another `ValueCodec` (typed arrays
 * are best kept as their bytes): the key is checked before the value is
 * decoded, and on an entry over a megabyte (a bank's matching) before the
 * rest is read, so a miss costs its key line, not reading and parsing it.
 *
 * The cache is an optimisation and never a reason to fail: an unreadable,
 * truncated or foreign entry is a miss (and is rewritten), and a failed write
 * is ignored. Writes are atomic (a temporary file renamed into place), so a
 * reader never sees half an entry, even from two builds at once.
 */
import { createHash } from 'node:crypto';
import { mkdir, open, rename, unlink, writeFile, type FileHandle } from 'node:fs/promises';
import path from 'node:path';
import { deserialize, serialize } from 'node:v8';
import { removeAbandonedTemporariesIn, temporaryPathFor, writing, written } from '../export/unfinished-writes.js';

/** The cache folders this process has swept of abandoned temporary entries. */
const sweptFolders = new Map<string, Promise<void>>();

/** The temporary entries a killed process left in `dir` (a `check`, or a build stopped outright) removed, once per folder and process. */
function sweepOnce(dir: string): Promise<void> {
  let swept = sweptFolders.get(dir);
  if (!swept) sweptFolders.set(dir, (swept = removeAbandonedTemporariesIn(dir)));
  return swept;
}

/** Bumped when the layout of an entry changes. */
const ENTRY_FORMAT = 2;

/** The first line of an entry. */
interface EntryKey {
  format: number;
  version: string;
  file: string;
  hash: string;
}

const LINE_BREAK = 0x0a;
/** Bytes read first, for the key line: a key is a few hundred. */
const KEY_LINE_READ = 4096;
/** Entries up to this size are read whole at once. */
const WHOLE_READ = 1 << 20;

export interface ContentCacheOptions {
  dir: string;
  /** Everything besides the content that decides the value: program version, options. */
  version: string;
}

/** How a value is written after its entry's key line, and read back (then checked by the cache's `isValue`). */
export interface ValueCodec {
  encode(value: unknown): string | Uint8Array;
  decode(bytes: Buffer): unknown;
}

export const JSON_VALUES: ValueCodec = {
  encode: (value) => JSON.stringify(value),
  decode: (bytes) => JSON.parse(bytes.toString('utf8')),
};

/**
 * Node's structured serialisation (`v8.serialize`): typed arrays are written as their bytes, which
 * JSON would spell out number by number. For values of a few large typed arrays.
 */
export const V8_VALUES: ValueCodec = {
  encode: (value) => serialize(value),
  decode: (bytes) => deserialize(bytes),
};

export function contentHash(text: string | Uint8Array): string {
  return createHash('sha256').update(text).digest('hex');
}

export class ContentCache<T> {
  private readonly dir: string;
  /** Everything besides the content that decides a value (ContentCacheOptions.version). */
  readonly version: string;
  private made: Promise<boolean> | undefined;

  constructor(
    options: ContentCacheOptions,
    /** Checks that a stored value still has the expected shape. */
    private readonly isValue: (value: unknown) => value is T,
    private readonly codec: ValueCodec = JSON_VALUES,
  ) {
    this.dir = options.dir;
    this.version = options.version;
  }

  /**
   * The stored value for this file and content, or undefined. Never throws. An entry over a megabyte has
   * its key line read first, and the rest only when it is the entry asked for: a miss on it (the
   * matching of a bank after a question is reworded) costs a few kilobytes read.
   */
  async get(file: string, hash: string): Promise<T | undefined> {
    const entry = await this.read(file, hash);
    return entry?.hash === hash ? entry.value() : undefined;
  }

  /**
   * The entry last stored for this file (and this version), whatever content it was stored for:
   * its hash, and its value, decoded when first asked for (undefined when it does not decode to a
   * value of the expected shape). For a result that can be brought up to date instead of made
   * anew (build/dedupe-memo.ts). Never throws.
   */
  latest(file: string): Promise<{ hash: string; value: () => T | undefined } | undefined> {
    return this.read(file);
  }

  /** The entry of `file`, read whole unless its key line names another hash than `wanted`. */
  private async read(file: string, wanted?: string): Promise<{ hash: string; value: () => T | undefined } | undefined> {
    let handle: FileHandle | undefined;
    try {
      // One handle for the key line and the rest: an entry renamed into place meanwhile is not half read.
      handle = await open(this.entryPath(file), 'r');
      const { size } = await handle.stat();
      // An entry of a few hundred kilobytes (a file's results) is read in one go, as readFile would; only a larger
      // one (a bank's matching, megabytes) is worth a read of its key line first.
      const head = Buffer.allocUnsafe(size <= WHOLE_READ ? size : KEY_LINE_READ);
      let read = (await handle.read(head, 0, head.length, 0)).bytesRead;
      // JSON.stringify writes no raw line break: the first one ends the key (whatever the value's codec).
      let end = head.subarray(0, read).indexOf(LINE_BREAK);
      let hash = end < 0 ? undefined : this.hashIn(head.subarray(0, end), file);
      if (end >= 0 && (hash === undefined || (wanted !== undefined && hash !== wanted))) return undefined;
      let bytes = head;
      if (read < size) {
        bytes = Buffer.allocUnsafe(size);
        head.copy(bytes, 0, 0, read);
      }
      while (read < size) {
        const { bytesRead } = await handle.read(bytes, read, size - read, read);
        if (bytesRead === 0) break;
        read += bytesRead;
      }
      bytes = bytes.subarray(0, read);
      // A key line longer than the first read (a very long file name): found in the whole entry.
      if (end < 0) {
        end = bytes.indexOf(LINE_BREAK);
        hash = end < 0 ? undefined : this.hashIn(bytes.subarray(0, end), file);
      }
      if (hash === undefined) return undefined;
      let decoded: { value: T | undefined } | undefined;
      const value = () => (decoded ??= { value: this.decode(bytes, end + 1) }).value;
      return { hash, value };
    } catch {
      return undefined;
    } finally {
      await handle?.close().catch(() => undefined);
    }
  }

  /** The content hash a key line names, when it is a key of this cache's version for `file` (else undefined; throws on a line that is not JSON). */
  private hashIn(line: Buffer, file: string): string | undefined {
    const key = JSON.parse(line.toString('utf8')) as Partial<EntryKey> | null;
    if (key === null || typeof key !== 'object' || key.format !== ENTRY_FORMAT || key.version !== this.version || key.file !== file || typeof key.hash !== 'string') {
      return undefined;
    }
    return key.hash;
  }

  private decode(bytes: Buffer, start: number): T | undefined {
    try {
      const value: unknown = this.codec.decode(bytes.subarray(start));
      return this.isValue(value) ? value : undefined;
    } catch {
      return undefined;
    }
  }

  /** Stores `value` atomically; returns false when it could not be written. Never throws. */
  async set(file: string, hash: string, value: T): Promise<boolean> {
    const key: EntryKey = { format: ENTRY_FORMAT, version: this.version, file, hash };
    const target = this.entryPath(file);
    const temporary = temporaryPathFor(target);
    writing(temporary);
    try {
      if (!(await this.ensureDir())) return false;
      const encoded = this.codec.encode(value);
      // Bytes after the key line as they are, not copied into one buffer with it (a value can be tens of MB).
      await writeFile(temporary, typeof encoded === 'string' ? `${JSON.stringify(key)}\n${encoded}` : [`${JSON.stringify(key)}\n`, encoded]);
      await rename(temporary, target);
      return true;
    } catch {
      await unlink(temporary).catch(() => undefined);
      return false;
    } finally {
      written(temporary);
    }
  }

  private entryPath(file: string): string {
    return path.join(this.dir, `${contentHash(file).slice(0, 40)}.json`);
  }

  private ensureDir(): Promise<boolean> {
    this.made ??= mkdir(this.dir, { recursive: true }).then(
      () => sweepOnce(this.dir).then(() => true),
      () => false,
    );
    return this.made;
  }
}
