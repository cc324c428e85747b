/**
 * Outputs are replaced atomically: the bytes go to a temporary file in the same folder, which is
 * then renamed over the target. An interrupted build leaves the previous deck and state intact,
 * and a reader (Anki, a file watcher) never sees half a file.
 */
import { readFile, rename, unlink, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';

let counter = 0;

/** Write `data` to `file` atomically. Returns false (and writes nothing) when the file already holds exactly these bytes. */
export async function writeFileAtomic(file: string, data: Uint8Array | string): Promise<boolean> {
  const bytes = typeof data === 'string' ? Buffer.from(data, 'utf8') : data;
  if (await holdsBytes(file, bytes)) return false;
  const temporary = join(dirname(file), `.${basename(file)}.${process.pid}.${++counter}.tmp`);
  try {
    await writeFile(temporary, bytes);
    await rename(temporary, file);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw error;
  }
  return true;
}

async function holdsBytes(file: string, bytes: Uint8Array): Promise<boolean> {
  try {
    const existing = await readFile(file);
    return Buffer.compare(existing, bytes) === 0;
  } catch {
    return false;
  }
}
