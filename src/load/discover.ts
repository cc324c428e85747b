/**
 * Input paths (files or folders) -> the files to read, and every file that
 * will not be read with the reason why. Folders are walked recursively;
 * symbolic links are followed, but a folder is entered at most once (by its
 * real path), so link loops end. Whether a file is text is decided later from
 * its bytes; here only names that are certainly not notes are set aside.
 */
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import type { Stats } from 'node:fs';
import path from 'node:path';
import { displayPath } from './display-path.js';

export interface DiscoveredFile {
  /** Absolute path, as the file system spells it (read with this). */
  path: string;
  /** Display path: relative to cwd when inside it, '/' separators, NFC (report with this). */
  file: string;
  /**
   * Set for a `.json`: data, unless its content is a tool's export of notes (a Jupyter notebook, a Google Keep note, a
   * Roam export: load/json-notes.ts), which only reading it tells; loading skips it as data otherwise.
   */
  dataUnlessNotes?: true;
}

export interface SkippedFile {
  file: string;
  reason: string;
}

export interface DiscoverOptions {
  /** Base for relative inputs and display paths; default process.cwd(). */
  cwd?: string;
  /** Paths (absolute or relative to cwd) left out silently, such as the output folder. */
  exclude?: string[];
}

export interface Discovery {
  files: DiscoveredFile[];
  skipped: SkippedFile[];
}

/** Extensions of files that are never notes; anything else is judged by its bytes. */
const NOT_TEXT_EXTENSIONS = new Set(
  (
    'png jpg jpeg gif bmp webp tif tiff ico icns heic heif avif svg psd ai sketch ' +
    'pdf apkg colpkg anki2 anki21 ' +
    'zip gz tgz bz2 xz 7z rar tar zst jar war ' +
    'ttf otf woff woff2 eot ' +
    'doc docx xls xlsx ppt pptx odt ods odp pages key numbers epub mobi hwp hwpx ' +
    'mp3 mp4 m4a m4v mov avi mkv wav flac ogg webm ' +
    'exe dll so dylib bin o a class wasm pyc pyo ' +
    'db sqlite sqlite3'
  ).split(' '),
);

/**
 * Extensions of data and configuration files: text, but never notes (a site's `_config.yml`, a
 * `package.json`, qbank's own config and `questions.json`). Read as notes they only gave noise.
 * Spreadsheets (`.csv`, `.tsv`) are read: a sheet of questions is read as one (parse/card-export.ts),
 * and one of data is reported as such. A `.json` is data too unless it holds notes, which its content
 * tells (`dataUnlessNotes`).
 */
const DATA_EXTENSIONS = new Set('jsonc json5 yml yaml toml ini cfg conf lock xml'.split(' '));

/** Walks the inputs; never throws for a missing or unreadable path, it is listed in `skipped`. */
export async function discoverInputs(inputs: string[], options: DiscoverOptions = {}): Promise<Discovery> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const walk = new Walk(cwd, await excludedPaths(options.exclude ?? [], cwd));
  for (const input of inputs) await walk.input(path.resolve(cwd, input));
  return walk.result();
}

interface Found extends DiscoveredFile {
  realPath: string;
}

class Walk {
  private readonly found: Found[] = [];
  private readonly skipped: SkippedFile[] = [];
  /** Real path of every folder entered -> its display path. */
  private readonly folders = new Map<string, string>();

  constructor(
    private readonly cwd: string,
    private readonly excluded: readonly string[],
  ) {}

  async input(absolute: string): Promise<void> {
    if (this.isExcluded(absolute)) return;
    const stats = await lstat(absolute).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (stats instanceof Error) {
      const reason = stats.code === 'ENOENT' || stats.code === 'ENOTDIR' ? 'not found' : unreadable(stats);
      this.skip(absolute, reason);
      return;
    }
    // A hidden folder or file named on the command line is read: the user asked for it.
    await this.visit(absolute, stats, path.dirname(absolute));
  }

  private async visit(absolute: string, linkStats: Stats, realParent: string): Promise<void> {
    let stats = linkStats;
    if (linkStats.isSymbolicLink()) {
      try {
        stats = await stat(absolute);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        this.skip(absolute, code === 'ELOOP' ? 'symbolic link loop' : 'broken symbolic link');
        return;
      }
    }
    if (stats.isDirectory()) await this.folder(absolute, realParent);
    else if (stats.isFile()) await this.file(absolute);
    else this.skip(absolute, 'not a regular file');
  }

  private async folder(absolute: string, realParent: string): Promise<void> {
    const real = await realpath(absolute).catch(() => absolute);
    if (this.isExcluded(real)) return;
    const seen = this.folders.get(real);
    // Overlapping inputs ("notes" and ".") reach a folder twice under one name: nothing to report.
    if (seen !== undefined && seen === this.display(absolute)) return;
    if (seen !== undefined) {
      const enclosing = realParent === real || realParent.startsWith(real + path.sep);
      this.skip(absolute, enclosing ? 'symbolic link loop (links to an enclosing folder)' : `same folder as ${seen}`);
      return;
    }
    this.folders.set(real, this.display(absolute));

    let entries: string[];
    try {
      entries = await readdir(absolute);
    } catch (error) {
      this.skip(absolute, unreadable(error as NodeJS.ErrnoException));
      return;
    }
    entries.sort((a, b) => compare(a.normalize('NFC'), b.normalize('NFC')));
    for (const name of entries) {
      const child = path.join(absolute, name);
      if (this.isExcluded(child)) continue;
      const stats = await lstat(child).catch((error: unknown) => error as NodeJS.ErrnoException);
      if (stats instanceof Error) {
        // Node decodes file names as UTF-8; a name in another encoding cannot be opened again by its string.
        const badName = stats.code === 'ENOENT' && name.includes('\ufffd');
        this.skip(child, badName ? 'unreadable (the file name is not valid UTF-8; rename the file)' : unreadable(stats));
        continue;
      }
      if (name.startsWith('.')) {
        this.skip(child, stats.isDirectory() ? 'hidden folder' : 'hidden file');
      } else if (name === 'node_modules') {
        this.skip(child, 'node_modules folder');
      } else {
        await this.visit(child, stats, real);
      }
    }
  }

  private async file(absolute: string): Promise<void> {
    const extension = path.extname(absolute).slice(1).toLowerCase();
    if (NOT_TEXT_EXTENSIONS.has(extension)) {
      this.skip(absolute, `not a text file (.${extension})`);
      return;
    }
    if (DATA_EXTENSIONS.has(extension)) {
      this.skip(absolute, `data or configuration, not notes (.${extension})`);
      return;
    }
    const real = await realpath(absolute).catch(() => absolute);
    if (this.isExcluded(real)) return;
    this.found.push({ path: absolute, file: this.display(absolute), realPath: real, ...(extension === 'json' ? { dataUnlessNotes: true as const } : {}) });
  }

  result(): Discovery {
    // One file reached twice (through a link, or named by two inputs) is read once: under its own
    // path rather than a link's, then under the first display path in sorted order, so the choice is
    // deterministic. Each other path is reported once.
    const throughLink = (found: Found) => found.path !== found.realPath;
    this.found.sort((a, b) => Number(throughLink(a)) - Number(throughLink(b)) || compare(a.file, b.file));
    const firstByRealPath = new Map<string, string>();
    const files: DiscoveredFile[] = [];
    const reported = new Set<string>();
    for (const { path: absolute, file, realPath, dataUnlessNotes } of this.found) {
      const first = firstByRealPath.get(realPath);
      if (first === undefined) {
        firstByRealPath.set(realPath, file);
        files.push({ path: absolute, file, ...(dataUnlessNotes ? { dataUnlessNotes } : {}) });
      } else if (first !== file && !reported.has(file)) {
        reported.add(file);
        this.skipped.push({ file, reason: `same file as ${first}` });
      }
    }
    files.sort((a, b) => compare(a.file, b.file));
    const skipped = [...this.skipped].sort((a, b) => compare(a.file, b.file));
    return { files, skipped };
  }

  private skip(absolute: string, reason: string): void {
    this.skipped.push({ file: this.display(absolute), reason });
  }

  private display(absolute: string): string {
    return displayPath(absolute, this.cwd);
  }

  private isExcluded(absolute: string): boolean {
    return this.excluded.some((excluded) => absolute === excluded || absolute.startsWith(excluded + path.sep));
  }
}

/** Each excluded path as given and, when it exists, as its real path (the output folder may be a link). */
async function excludedPaths(exclude: readonly string[], cwd: string): Promise<string[]> {
  const paths = new Set<string>();
  for (const entry of exclude) {
    const absolute = path.resolve(cwd, entry);
    paths.add(absolute);
    const real = await realpath(absolute).catch(() => undefined);
    if (real) paths.add(real);
  }
  return [...paths];
}

function unreadable(error: NodeJS.ErrnoException): string {
  const why = error.code === 'EACCES' || error.code === 'EPERM' ? 'permission denied' : (error.code ?? error.message);
  return `unreadable (${why})`;
}

/** Code-unit order, the same on every machine and locale. */
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
