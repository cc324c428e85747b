/**
 * Outputs are replaced atomically: the bytes go to a temporary file in the same folder, which is
 * then renamed over the target. An interrupted build leaves the previous deck and state intact,
 * and a reader (Anki, a file watcher) never sees half a file.
 *
 * The temporary file is fsynced before the rename: without it a crash soon after the build could
 * leave the new name pointing at a file whose data never reached the disk (an empty or truncated
 * deck). One fsync per file written, none for an unchanged file; the folder itself is not synced,
 * so after a crash the old file may come back, but never a half-written one.
 *
 * A file that already holds exactly the new bytes is left alone (its modification time too, so
 * watchers and sync tools see no change). The new bytes are compared with the old file while
 * they are produced, one batch at a time: nothing is written while they match, the old file is
 * never read whole, and a large output never has to exist in memory in one piece. A caller that
 * holds the old bytes already (the JSON export, which copies unchanged questions from them) hands
 * them over, and the old file is not read at all.
 */
import { mkdir, open, rename, stat, unlink, type FileHandle } from 'node:fs/promises';
import { dirname } from 'node:path';
import { removeAbandonedTemporaries, temporaryPathFor, writing, written } from './unfinished-writes.js';

/** Text is encoded and compared in batches of about this many bytes. */
const BATCH_BYTES = 1 << 20;

export type OutputPiece = string | Uint8Array;

export interface AtomicWriteOptions {
  /**
   * The file's bytes as the caller read them a moment ago, if it has them: the new bytes are
   * compared with these, and the unchanged start is copied from them, instead of reading the file
   * again. Taken only while the file still has their length.
   */
  current?: Uint8Array;
}

/**
 * Makes the folder outputs go to, and the folders above it. A file in the way is said so in words
 * (Node says EEXIST or ENOTDIR, naming neither the option nor the fix).
 */
export async function makeOutputFolder(dir: string): Promise<void> {
  try {
    await mkdir(dir, { recursive: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code !== 'EEXIST' && code !== 'ENOTDIR') throw error;
    throw new Error(`cannot write into ${dir}: it, or a folder above it, is a file, not a folder`, { cause: error });
  }
}

/** Write `data` to `file` atomically. Returns false (and writes nothing) when the file already holds exactly these bytes. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<boolean> {
  return writePiecesAtomic(file, [data]);
}

/**
 * Write the concatenation of `pieces` (strings as UTF-8) to `file` atomically. Returns false when
 * the file already holds exactly these bytes. If `pieces` throws, the previous file is left as it
 * was and no temporary file remains.
 */
export async function writePiecesAtomic(
  file: string,
  pieces: Iterable<OutputPiece> | AsyncIterable<OutputPiece>,
  options: AtomicWriteOptions = {},
): Promise<boolean> {
  const output = new AtomicOutput(file, options.current);
  try {
    await output.start();
    // Text is encoded straight into one reused batch buffer: no joined string, no buffer per batch.
    const batch = Buffer.allocUnsafe(BATCH_BYTES);
    let used = 0;
    const flush = async () => {
      if (used > 0) await output.add(batch.subarray(0, used));
      used = 0;
    };
    /** Takes one piece; a promise only when the batch had to go out first. */
    const take = (piece: OutputPiece): Promise<void> | undefined => {
      if (typeof piece !== 'string') {
        // A small one (a question's text, as written before) is copied into the batch like text.
        if (piece.length <= BATCH_BYTES - used) {
          batch.set(piece, used);
          used += piece.length;
          return undefined;
        }
        return flush().then(() => addInBatches(output, piece));
      }
      // UTF-8 takes at most 3 bytes per UTF-16 code unit, so a piece this short always fits whole.
      if (piece.length * 3 > BATCH_BYTES) return flush().then(() => addInBatches(output, Buffer.from(piece, 'utf8')));
      if (used + piece.length * 3 > BATCH_BYTES) {
        return flush().then(() => {
          used += batch.write(piece, used, 'utf8');
        });
      }
      used += batch.write(piece, used, 'utf8');
      return undefined;
    };
    // Pieces from a plain generator are taken without an await each (a bank is tens of thousands of pieces).
    if (Symbol.asyncIterator in pieces) for await (const piece of pieces) await take(piece);
    else {
      for (const piece of pieces) {
        const pending = take(piece);
        if (pending) await pending;
      }
    }
    await flush();
    return await output.finish();
  } catch (error) {
    await output.abandon();
    throw error;
  }
}

/**
 * A large piece (a whole .apkg or PDF) goes in batch-sized slices, so that comparing it with the
 * old file reads that file one batch at a time rather than into one buffer as large as the output.
 */
async function addInBatches(output: AtomicOutput, bytes: Uint8Array): Promise<void> {
  for (let at = 0; at < bytes.length; at += BATCH_BYTES) await output.add(bytes.subarray(at, at + BATCH_BYTES));
}

/** One replacement of `file`: matches the old bytes while it can, writes a temporary file from the first difference on. */
class AtomicOutput {
  private readonly temporaryPath: string;
  private old: FileHandle | undefined;
  /** The old file's bytes, when the caller had them (then `old` is not opened). */
  private oldBytes: Uint8Array | undefined;
  private oldSize = 0;
  private oldBatch: Buffer = Buffer.alloc(0);
  /** Bytes so far equal to the old file's first bytes, not yet written anywhere. */
  private matched = 0;
  private temporary: FileHandle | undefined;

  constructor(
    private readonly file: string,
    private readonly current?: Uint8Array,
  ) {
    this.temporaryPath = temporaryPathFor(file, true);
  }

  async start(): Promise<void> {
    const stats = await stat(this.file).catch(() => undefined);
    if (!stats?.isFile()) return;
    this.oldSize = stats.size;
    if (this.current?.length === stats.size) this.oldBytes = this.current;
    else this.old = await open(this.file, 'r').catch(() => undefined);
  }

  async add(bytes: Uint8Array): Promise<void> {
    if (bytes.length === 0) return;
    if (!this.temporary && (await this.oldContinuesWith(bytes))) {
      this.matched += bytes.length;
      return;
    }
    await writeAll(await this.temporaryFile(), bytes, bytes.length);
  }

  /** False when the old file holds exactly the bytes given: then nothing is written. */
  async finish(): Promise<boolean> {
    if (!this.temporary && (this.old || this.oldBytes) && this.matched === this.oldSize) {
      await this.closeOld();
      return false;
    }
    const temporary = await this.temporaryFile();
    this.temporary = undefined;
    try {
      await temporary.sync();
    } finally {
      await temporary.close();
    }
    await this.closeOld();
    await rename(this.temporaryPath, this.file);
    written(this.temporaryPath);
    return true;
  }

  async abandon(): Promise<void> {
    await this.closeOld();
    if (this.temporary) {
      await this.temporary.close().catch(() => undefined);
      this.temporary = undefined;
    }
    await unlink(this.temporaryPath).catch(() => undefined);
    written(this.temporaryPath);
  }

  private async oldContinuesWith(bytes: Uint8Array): Promise<boolean> {
    if (this.matched + bytes.length > this.oldSize) return false;
    if (this.oldBytes) return Buffer.compare(this.oldBytes.subarray(this.matched, this.matched + bytes.length), bytes) === 0;
    if (!this.old) return false;
    if (this.oldBatch.length < bytes.length) this.oldBatch = Buffer.alloc(Math.max(bytes.length, BATCH_BYTES));
    const { bytesRead } = await this.old.read(this.oldBatch, 0, bytes.length, this.matched);
    return bytesRead === bytes.length && this.oldBatch.compare(bytes, 0, bytes.length, 0, bytes.length) === 0;
  }

  /** The temporary file, opened on the first difference and given the matched bytes first. */
  private async temporaryFile(): Promise<FileHandle> {
    if (this.temporary) return this.temporary;
    // The folder may not exist yet: a library caller can export to a new folder, as `build` can.
    await makeOutputFolder(dirname(this.temporaryPath));
    // A build killed while it wrote this file left its temporary file: the next write tidies it away.
    await removeAbandonedTemporaries(this.file);
    writing(this.temporaryPath);
    this.temporary = await open(this.temporaryPath, 'w');
    if (this.oldBytes) {
      await writeAll(this.temporary, this.oldBytes, this.matched);
      return this.temporary;
    }
    for (let copied = 0; copied < this.matched; ) {
      const length = Math.min(BATCH_BYTES, this.matched - copied);
      if (this.oldBatch.length < length) this.oldBatch = Buffer.alloc(BATCH_BYTES);
      const { bytesRead } = await this.old!.read(this.oldBatch, 0, length, copied);
      if (bytesRead === 0) throw new Error(`${this.file} changed while it was being replaced`);
      await writeAll(this.temporary, this.oldBatch, bytesRead);
      copied += bytesRead;
    }
    return this.temporary;
  }

  private async closeOld(): Promise<void> {
    const old = this.old;
    this.old = undefined;
    await old?.close().catch(() => undefined);
  }
}

/** `write` may write fewer bytes than asked: go on until all are written. */
async function writeAll(handle: FileHandle, bytes: Uint8Array, length: number): Promise<void> {
  for (let written = 0; written < length; ) {
    const { bytesWritten } = await handle.write(bytes, written, length - written);
    written += bytesWritten;
  }
}
