/** Turning command-line words and the config file into build options. */
import path from 'node:path';
import { displayPath } from '../load/display-path.js';
import { DEFAULT_INPUTS, DEFAULT_OUT_DIR, FORMATS, loadConfig, PDF_COLUMNS, PDF_COLUMNS_RANGE, type Format, type QbankConfig } from '../config/config.js';
import type { BuildOptions } from '../build/build.js';
import { assertFormats, assertInputsExist, UsageError } from '../build/build.js';

export interface CommandLineOptions {
  out?: string;
  format?: string;
  deckName?: string;
  includeUnanswered?: boolean;
  paper?: string;
  columns?: string;
  pdfName?: string;
  dedupe?: boolean;
}

function parseFormats(list: string): Format[] {
  const formats = list
    .split(',')
    .map((format) => format.trim().toLowerCase())
    .filter(Boolean);
  assertFormats(formats);
  return [...new Set(formats)];
}

/**
 * A path the config file gives (`inputs`, `out`) is relative to the file's folder, as in tsconfig.json or an
 * eslint config: given to the build relative to `cwd` (or absolute, if it was), so that it names the same
 * file or folder wherever qbank runs from. A config file in `cwd` (`npm start`) gives its paths as written.
 */
function configPath(written: string, cwd: string, configFile: string | undefined): string {
  if (configFile === undefined || path.isAbsolute(written)) return written;
  const folder = path.dirname(configFile);
  if (folder === path.resolve(cwd)) return written;
  const relative = path.relative(cwd, path.resolve(folder, written));
  return path.isAbsolute(relative) ? relative : relative || '.';
}

/** `configFile`: the config file read (its path), which its relative paths start from and diagnostics about its overrides name. */
export function buildOptionsFrom(inputs: string[], flags: CommandLineOptions, config: QbankConfig, cwd: string, configFile?: string): BuildOptions {
  // --paper is checked by commander (.choices) and the config file by its schema.
  const paper = (flags.paper as 'A4' | 'Letter' | undefined) ?? config.pdf?.paper;
  const columns = flags.columns === undefined ? config.pdf?.columns : Number(flags.columns);
  if (columns !== undefined && (!Number.isInteger(columns) || columns < PDF_COLUMNS.min || columns > PDF_COLUMNS.max)) {
    throw new UsageError(`--columns takes ${PDF_COLUMNS_RANGE}, not ${flags.columns}`);
  }
  const includeUnanswered = flags.includeUnanswered;
  return {
    cwd,
    inputs: inputs.length > 0 ? inputs : (config.inputs?.map((input) => configPath(input, cwd, configFile)) ?? [...DEFAULT_INPUTS]),
    outDir: flags.out ?? (config.out === undefined ? DEFAULT_OUT_DIR : configPath(config.out, cwd, configFile)),
    formats: flags.format !== undefined ? parseFormats(flags.format) : (config.formats ?? FORMATS),
    anki: {
      ...config.anki,
      ...(flags.deckName ? { deckName: flags.deckName } : {}),
      ...(includeUnanswered !== undefined ? { includeUnanswered } : {}),
    },
    pdf: {
      ...config.pdf,
      ...(flags.pdfName ? { fileName: flags.pdfName } : {}),
      ...(paper ? { paper } : {}),
      ...(columns !== undefined ? { columns } : {}),
      ...(includeUnanswered !== undefined ? { includeUnanswered } : {}),
    },
    dedupe: flags.dedupe === false ? false : { ...(config.dedupe ? { overrides: { ...config.dedupe, ...(configFile ? { file: displayPath(configFile, cwd) } : {}) } } : {}) },
    // No output shows the merge's decision log; `check --dupes` asks for it.
    decisions: false,
  };
}

/**
 * The CLI's check that the inputs a config file names exist: a missing one is named with the file that
 * names it (`build()` checks the inputs too, but knows nothing of a config file).
 */
export async function assertConfiguredInputsExist(inputs: string[], config: QbankConfig, options: BuildOptions, cwd: string, configFile?: string): Promise<void> {
  if (inputs.length > 0 || config.inputs === undefined || configFile === undefined) return;
  await assertInputsExist(options.inputs ?? [], cwd, displayPath(configFile, cwd));
}

/**
 * The options `qbank build` runs with in `cwd` when given no flags: from `qbank.config.json` there
 * (or `file`; its paths relative to its folder), else the defaults. For library users, since `build()` reads no config file itself;
 * throws ConfigError for a file that is not valid.
 */
export async function configuredBuildOptions(cwd: string, file?: string): Promise<BuildOptions> {
  const { config, file: read } = await loadConfig(cwd, file);
  return buildOptionsFrom([], {}, config, cwd, read);
}
