/**
 * `qbank build --watch`: build, then build again whenever an input changes.
 *
 * Changes are debounced (an editor's save is often several events) and
 * builds never overlap: a change during a build schedules one more build
 * after it. Each build uses the cache, so only changed files are read again.
 * A build that fails is reported and the watching goes on; the exporters
 * write atomically, so the previous outputs stay as they were. Folders the
 * build writes (the output folder, the cache) and hidden files are not
 * watched, so a build does not trigger itself.
 *
 * Each input (and the config file) is watched through the folder it sits
 * in: a watched path that is deleted is not watched again when it comes
 * back (a `git checkout`, `rm -rf notes && cp -r backup notes`), but its
 * folder sees it made again. What is watched follows each build's options,
 * so inputs or an output folder changed in the config are watched as they
 * now are.
 */
import path from 'node:path';
import { watch, type FSWatcher } from 'chokidar';
import { build, outDirOf, type BuildOptions, type BuildResult } from '../build/build.js';
import { cacheDirOf } from '../cache/index.js';
import { DEFAULT_INPUTS } from '../config/config.js';
import { exitInterrupted, onInterrupt } from './interrupt.js';

export interface WatchOptions {
  /** The options of every build; called before each, so a changed config file is read again. */
  options: () => BuildOptions | Promise<BuildOptions>;
  /** Files that are not inputs but change the build (the config file). */
  alsoWatch?: string[];
  /** Quiet time after the last change before rebuilding; default 150 ms. */
  debounceMs?: number;
  /** Before each build after the first, with the files that changed. */
  onStart?: (changed: string[]) => void;
  /** After each build, the first one included (with no changed files). */
  onBuild: (result: BuildResult, changed: string[]) => void;
  /** A rebuild that threw; watching goes on. (The first build throwing rejects `ready`.) */
  onError: (error: unknown) => void;
}

export interface Watcher {
  /**
   * Resolves once the first build is done and the files are being watched;
   * rejects, and watches nothing, when the first build throws (a usage error,
   * say): there is nothing to keep up to date.
   */
  ready: Promise<void>;
  /** Stops watching; waits for a build under way. */
  close(): Promise<void>;
}

export function watchBuild(options: WatchOptions): Watcher {
  const debounceMs = options.debounceMs ?? 150;
  const alsoWatch = options.alsoWatch ?? [];
  let watcher: FSWatcher | undefined;
  let targets: WatchTargets | undefined;
  let timer: NodeJS.Timeout | undefined;
  let running: Promise<void> | undefined;
  let pending = new Set<string>();
  let closed = false;

  /** Watches what `buildOptions` read and write now; the first call starts the watcher. */
  const follow = async (buildOptions: BuildOptions): Promise<void> => {
    const next = watchTargets(buildOptions, alsoWatch);
    const before = targets;
    targets = next;
    if (!watcher) {
      watcher = watch(next.folders, { ignoreInitial: true, ignored: (file) => isIgnored(file, targets!) });
      watcher.on('all', (_event, file) => schedule(path.relative(targets!.cwd, file) || file));
      await new Promise<void>((resolve, reject) => {
        watcher!.once('ready', resolve);
        watcher!.once('error', reject);
      });
      return;
    }
    const removed = before!.folders.filter((folder) => !next.folders.includes(folder));
    if (removed.length > 0) watcher.unwatch(removed);
    // A new input in a folder already watched is added by name: the watcher skipped it while it was ignored.
    const known = new Set([...before!.folders, ...before!.inputs, ...before!.files]);
    const added = [...next.folders, ...next.inputs, ...next.files].filter((target) => !known.has(target));
    if (added.length > 0) watcher.add(added);
  };

  const rebuild = async (changed: string[]): Promise<void> => {
    try {
      options.onStart?.(changed);
      const buildOptions = await options.options();
      if (closed) return;
      await follow(buildOptions);
      const result = await build(buildOptions);
      if (!closed) options.onBuild(result, changed);
    } catch (error) {
      if (!closed) options.onError(error);
    }
  };

  /** Runs one build at a time; changes seen meanwhile make one more build after it. */
  const drain = async (): Promise<void> => {
    if (running || closed || pending.size === 0) return;
    const changed = [...pending].sort();
    pending = new Set();
    running = rebuild(changed);
    await running;
    running = undefined;
    if (pending.size > 0 && !timer) void drain();
  };

  const schedule = (file: string) => {
    if (closed) return;
    pending.add(file);
    if (timer) clearTimeout(timer);
    timer = setTimeout(() => {
      timer = undefined;
      void drain();
    }, debounceMs);
  };

  const ready = (async () => {
    const first = await options.options();
    // Watch first, so that a change made during the first build is not missed.
    await follow(first);
    running = (async () => {
      const result = await build(first);
      if (!closed) options.onBuild(result, []);
    })();
    try {
      await running;
    } finally {
      running = undefined;
    }
    if (pending.size > 0 && !timer) void drain();
  })();
  ready.catch(() => {
    closed = true;
    if (timer) clearTimeout(timer);
    void watcher?.close();
  });

  return {
    ready,
    async close() {
      closed = true;
      if (timer) clearTimeout(timer);
      await ready.catch(() => undefined);
      await watcher?.close();
      await running;
    },
  };
}

/** What one build's options have watched, as absolute paths. */
interface WatchTargets {
  cwd: string;
  /** The folders given to the watcher: each input's and each other file's own folder. */
  folders: string[];
  inputs: string[];
  /** Files that are not inputs but change the build (the config file). */
  files: string[];
  /** What the build writes: the output folder and the cache. */
  written: string[];
}

function watchTargets(options: BuildOptions, alsoWatch: readonly string[]): WatchTargets {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const inputs = (options.inputs ?? DEFAULT_INPUTS).map((input) => path.resolve(cwd, input));
  const files = alsoWatch.map((file) => path.resolve(cwd, file));
  const written = [outDirOf({ ...options, cwd }), ...[cacheDirOf(options.cache, cwd)].filter((dir) => dir !== undefined)];
  const folders = [...new Set([...inputs, ...files].map((target) => path.dirname(target)))].sort();
  return { cwd, folders, inputs, files, written };
}

/**
 * Not watched: what the build writes; below an input, what discovery skips (hidden files,
 * node_modules); in an input's folder, everything but the inputs and the other files.
 */
function isIgnored(file: string, targets: WatchTargets): boolean {
  const inside = (dir: string) => file === dir || file.startsWith(dir + path.sep);
  if (targets.written.some(inside)) return true;
  const root = targets.inputs.find(inside);
  if (root === undefined) return !targets.files.includes(file) && !targets.folders.includes(file);
  return path
    .relative(root, file)
    .split(path.sep)
    .some((part) => part === 'node_modules' || (part.startsWith('.') && part.length > 1 && part !== '..'));
}

/**
 * The command line's watch loop: the first build as usual, then a rebuild on
 * every change, until Ctrl-C (SIGINT) or SIGTERM; then exits with 0. A build
 * under way then is abandoned, not waited for (a whole PDF can take a while):
 * its outputs are written atomically, so the previous ones stay, and the
 * temporary files of its writes are removed.
 */
export async function watchUntilInterrupted(
  options: () => Promise<BuildOptions>,
  report: (result: BuildResult) => void,
  io: { err: (line: string) => void; alsoWatch?: string[] },
): Promise<number> {
  let building = true;
  let interrupted: () => void = () => undefined;
  const stopListening = onInterrupt((signal) => {
    if (!building) return interrupted();
    io.err('qbank: stopped; the build under way was abandoned, and the outputs are as the last build left them');
    exitInterrupted(signal, 0);
  });
  try {
    const watcher = watchBuild({
      options,
      ...(io.alsoWatch ? { alsoWatch: io.alsoWatch } : {}),
      onStart: (changed) => {
        building = true;
        io.err(`Rebuilding: ${describeChanges(changed)}`);
      },
      onBuild: (result) => {
        building = false;
        report(result);
        io.err('Watching for changes (Ctrl-C to stop)...');
      },
      onError: (error) => {
        building = false;
        io.err(`qbank: the build failed (${error instanceof Error ? error.message : String(error)}); the previous outputs are unchanged`);
      },
    });
    const stopped = new Promise<void>((resolve) => (interrupted = resolve));
    await watcher.ready;
    await stopped;
    await watcher.close();
    return 0;
  } finally {
    stopListening();
  }
}

function describeChanges(changed: readonly string[]): string {
  const shown = changed.slice(0, 3).join(', ');
  return changed.length > 3 ? `${shown} and ${changed.length - 3} more changed` : `${shown} changed`;
}
