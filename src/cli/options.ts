/** Turning command-line words and the config file into build options. */
import { displayPath } from '../load/display-path.js';
import { DEFAULT_INPUTS, DEFAULT_OUT_DIR, FORMATS, loadConfig, PDF_COLUMNS, PDF_COLUMNS_RANGE, type Format, type QbankConfig } from '../config/config.js';
import type { BuildOptions } from '../build/build.js';
import { assertFormats, UsageError } from '../build/build.js';

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

/** `configFile`: the config file read (its path), which diagnostics about its overrides name. */
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
    inputs: inputs.length > 0 ? inputs : (config.inputs ?? [...DEFAULT_INPUTS]),
    outDir: flags.out ?? config.out ?? DEFAULT_OUT_DIR,
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
 * The options `qbank build` runs with in `cwd` when given no flags: from `qbank.config.json` there
 * (or `file`), else the defaults. For library users, since `build()` reads no config file itself;
 * throws ConfigError for a file that is not valid.
 */
export async function configuredBuildOptions(cwd: string, file?: string): Promise<BuildOptions> {
  const { config, file: read } = await loadConfig(cwd, file);
  return buildOptionsFrom([], {}, config, cwd, read);
}
