/**
 * Builds a throwaway notes folder for a test: each entry is a relative path
 * and its content (text is written as UTF-8, bytes as they are).
 */
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface NotesFolder {
  root: string;
  at(relative: string): string;
  remove(): Promise<void>;
}

export async function makeNotesFolder(files: Record<string, string | Uint8Array> = {}): Promise<NotesFolder> {
  const root = await mkdtemp(path.join(tmpdir(), 'qbank-load-'));
  for (const [relative, content] of Object.entries(files)) {
    const target = path.join(root, relative);
    await mkdir(path.dirname(target), { recursive: true });
    await writeFile(target, content);
  }
  return {
    root,
    at: (relative) => path.join(root, relative),
    remove: () => rm(root, { recursive: true, force: true }),
  };
}
