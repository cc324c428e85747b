/**
 * A file as a memo remembers it: its size and modification time. A memo of
 * what a file holds (its question ids, where its texts are) is kept under
 * this state and trusted only while the file still has it; a file edited,
 * replaced or deleted since has another state, or none.
 */
import { stat } from 'node:fs/promises';

/** `size:mtimeMs` of a regular file; undefined when there is none. */
export async function fileState(file: string): Promise<string | undefined> {
  const stats = await stat(file).catch(() => undefined);
  return stats?.isFile() ? `${stats.size}:${stats.mtimeMs}` : undefined;
}
