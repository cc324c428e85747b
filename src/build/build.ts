/**
 * `build`: collect the question bank and write every requested format to the
 * output folder. Each exporter writes atomically and fails alone: one broken
 * format is reported and the others are still written.
 */
import { mkdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../report/diagnostic.js';
import { FORMATS, type Format } from '../config/config.js';
import { QUESTIONS_FILE_NAME } from '../export/json/index.js';
import { collect, type Collection, type CollectOptions } from './collect.js';
import { exporters, type ExportSettings } from './exporters.js';

export interface BuildOptions extends Omit<CollectOptions, 'exclude'> {
  /** Output folder; default `dist`. */
  outDir?: string;
  /** Default: every format. */
  formats?: readonly Format[];
  anki?: ExportSettings['anki'];
  pdf?: ExportSettings['pdf'];
}

export interface BuildResult extends Collection {
  outDir: string;
  outputs: string[];
  /** What the exporters reported, and any exporter that failed. */
  diagnostics: Diagnostic[];
}

/** A request that cannot be carried out as given (the CLI exits with 2). */
export class UsageError extends Error {}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const outDir = path.resolve(cwd, options.outDir ?? 'dist');
  const inputs = options.inputs ?? ['sources'];
  assertOutsideInputs(outDir, inputs.map((input) => path.resolve(cwd, input)));
  const formats = options.formats ?? FORMATS;
  const previousIds = options.dedupe === false ? undefined : await previousQuestionIds(outDir);
  const collection = await collect({
    ...options,
    cwd,
    inputs,
    exclude: [outDir],
    ...(options.dedupe === false ? {} : { dedupe: { ...options.dedupe, ...(previousIds ? { previousIds } : {}) } }),
  });
  await mkdir(outDir, { recursive: true });
  const outputs: string[] = [];
  const diagnostics: Diagnostic[] = [...collection.diagnostics];
  const settings: ExportSettings = { outDir, cwd, ...(options.anki ? { anki: options.anki } : {}), ...(options.pdf ? { pdf: options.pdf } : {}) };
  for (const format of formats) {
    const exporter = exporters[format];
    if (!exporter) {
      diagnostics.push({ severity: 'error', ruleId: 'format-unavailable', message: `The ${format} export is not available in this version` });
      continue;
    }
    try {
      const outcome = await exporter(collection.bank, settings);
      outputs.push(...outcome.files);
      diagnostics.push(...outcome.diagnostics);
    } catch (error) {
      diagnostics.push({
        severity: 'error',
        ruleId: `${format}-export-failed`,
        message: `The ${format} export failed (${error instanceof Error ? error.message : String(error)}); the previous ${format} output, if any, is left as it was`,
      });
    }
  }
  return { ...collection, outDir, outputs, diagnostics };
}

/** Writing into an input would overwrite notes or read our own outputs back in. */
function assertOutsideInputs(outDir: string, inputs: string[]): void {
  for (const input of inputs) {
    const relative = path.relative(outDir, input);
    if (relative === '' || (!relative.startsWith('..') && !path.isAbsolute(relative))) {
      throw new UsageError(`--out ${outDir} is, or contains, the input ${input}: choose an output folder that holds no notes`);
    }
  }
}

/** Ids of the previous build, so that merged questions keep the id they had. */
async function previousQuestionIds(outDir: string): Promise<string[] | undefined> {
  try {
    const previous = JSON.parse(await readFile(path.join(outDir, QUESTIONS_FILE_NAME), 'utf8')) as { questions?: Array<{ id?: unknown }> };
    const ids = (previous.questions ?? []).map((question) => question.id).filter((id): id is string => typeof id === 'string');
    return ids.length > 0 ? ids : undefined;
  } catch {
    return undefined;
  }
}
