/**
 * The temporary files of atomic writes (outputs, cache entries) that are under way, so that a build
 * stopped by Ctrl-C can remove them before the process ends, and the ones a process killed outright
 * left behind, which a later write into the same folder removes.
 *
 * A temporary file is named `<target or .target>.<pid>.<n>.tmp`: the process id tells a file still
 * being written by another build (left alone) from one whose writer no longer runs.
 */
import { readdir, unlink } from 'node:fs/promises';
import { unlinkSync } from 'node:fs';
import path from 'node:path';

const underWay = new Set<string>();
let counter = 0;

/** A temporary file named for `target`, unique in this process. */
export function temporaryPathFor(target: string, hidden = false): string {
  return path.join(path.dirname(target), `${temporaryPrefix(target, hidden)}${process.pid}.${++counter}.tmp`);
}

/** What the names of `target`'s temporary files start with, before the process id. */
function temporaryPrefix(target: string, hidden: boolean): string {
  return `${hidden ? '.' : ''}${path.basename(target)}.`;
}

/** From when the temporary file may exist until it is renamed into place or removed. */
export function writing(temporary: string): void {
  underWay.add(temporary);
}

export function written(temporary: string): void {
  underWay.delete(temporary);
}

/** Removes every temporary file this process has under way. Synchronous: it runs in a signal handler, just before exiting. */
export function removeUnfinishedWrites(): number {
  let removed = 0;
  for (const temporary of underWay) {
    try {
      unlinkSync(temporary);
      removed++;
    } catch {
      // Not made yet, or renamed a moment ago.
    }
  }
  underWay.clear();
  return removed;
}

/**
 * Removes the hidden temporary files for output `target` (`temporaryPathFor(target, true)`) that a process
 * no longer running left in its folder (a build killed while writing). Never throws: this is tidying, not
 * the write.
 */
export async function removeAbandonedTemporaries(target: string): Promise<void> {
  const prefix = temporaryPrefix(target, true);
  await removeAbandoned(path.dirname(target), (name) => (name.startsWith(prefix) ? name.slice(prefix.length) : undefined));
}

/** The same for every target in `dir` (a cache folder, whose entries are many files written now and then). */
export async function removeAbandonedTemporariesIn(dir: string): Promise<void> {
  await removeAbandoned(dir, (name) => /\.(\d+\.\d+\.tmp)$/.exec(name)?.[1]);
}

/** Removes the files of `dir` whose name, past their target's (`tail`), is `<pid>.<n>.tmp` of a process no longer running. */
async function removeAbandoned(dir: string, tail: (name: string) => string | undefined): Promise<void> {
  const names = await readdir(dir).catch(() => [] as string[]);
  for (const name of names) {
    const rest = name.endsWith('.tmp') ? tail(name) : undefined;
    if (rest === undefined) continue;
    const pid = Number(rest.split('.')[0]);
    if (!Number.isInteger(pid) || pid <= 0 || pid === process.pid || isRunning(pid)) continue;
    await unlink(path.join(dir, name)).catch(() => undefined);
  }
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    // EPERM: it runs, as another user.
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}
