/**
 * `build`: collect the question bank and write every requested format to the
 * output folder. Each exporter writes atomically and fails alone: one broken
 * format is reported and the others are still written.
 */
import { constants } from 'node:fs';
import { access, mkdir, realpath, stat } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../report/diagnostic.js';
import { DEFAULT_INPUTS, DEFAULT_OUT_DIR, FORMATS, type Format } from '../config/config.js';
import { cacheDirOf } from '../cache/index.js';
import { assertInputList, assertInputsExist, collect, type Collection, type CollectOptions } from './collect.js';
import { memoisedExport } from './output-memo.js';
import { exporters, type ExportContext, type ExportSettings } from './exporters.js';
import { PreviousIds } from './previous-ids.js';
import { QUESTIONS_FILE_NAME, SCHEMA_FILE_NAME } from '../export/json/file-name.js';
import { isPlainFileName } from '../export/plain-file-name.js';
import { sheetFileName } from '../export/pdf/file-name.js';
import { UsageError } from './usage-error.js';

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
  /** The merge stage's diagnostics, what the exporters reported, and any exporter that failed. */
  diagnostics: Diagnostic[];
}

export { assertInputsExist, UsageError };

/** Throws a UsageError naming the formats that are none of FORMATS, or saying that none was named. */
export function assertFormats(formats: readonly string[]): asserts formats is Format[] {
  const unknown = formats.filter((format) => !(FORMATS as readonly string[]).includes(format));
  if (unknown.length > 0 || formats.length === 0) throw new UsageError(`unknown format ${unknown.join(', ') || '(none)'}: choose from ${FORMATS.join(', ')}`);
}

/** The output folder a build with these options writes, absolute. */
export function outDirOf(options: Pick<BuildOptions, 'cwd' | 'outDir'>): string {
  return path.resolve(options.cwd ?? process.cwd(), options.outDir ?? DEFAULT_OUT_DIR);
}

export async function build(options: BuildOptions = {}): Promise<BuildResult> {
  const cwd = path.resolve(options.cwd ?? process.cwd());
  const outDir = outDirOf(options);
  const inputs = options.inputs ?? [...DEFAULT_INPUTS];
  assertInputList(inputs);
  if (inputs.length === 0) throw new UsageError('no inputs given: name the notes to read (a file or a folder)');
  if (options.formats) assertFormats(options.formats);
  await assertInputsExist(inputs, cwd);
  await assertOutsideInputs(outDir, inputs, cwd);
  // Named as the caller gave it (the command line's --out, a config's out, a library's outDir).
  const shown = (file: string) => (path.isAbsolute(options.outDir ?? DEFAULT_OUT_DIR) ? file : path.relative(cwd, file) || '.');
  await assertFolder(outDir, shown);
  const pdf = options.pdf?.fileName === undefined ? options.pdf : { ...options.pdf, fileName: sheetFileName(options.pdf.fileName) };
  assertPlainFileName(pdf?.fileName);
  const formats = options.formats ?? FORMATS;
  // Only a sheet written can write over another output (a config file may name one for builds of other formats).
  if (pdf?.fileName !== undefined && formats.includes('pdf')) await assertNoOtherOutput(pdf.fileName, options.anki?.deckName);
  const cacheDir = cacheDirOf(options.cache, cwd);
  const previous = options.dedupe === false ? undefined : await PreviousIds.read(outDir, cacheDir);
  // Without a questions.json (a deck-only build), the last deck's notes name the ids to keep. The deck's
  // code loads only then, or when the deck is written (exporters.ts).
  const deckIds = async () => (await import('../export/anki/index.js')).previousDeckIds(outDir, options.anki?.deckName);
  const previousIds = previous?.ids ?? (previous && formats.includes('anki') ? await deckIds() : undefined);
  const collection = await collect({
    ...options,
    cwd,
    inputs,
    exclude: [outDir],
    ...(options.dedupe === false
      ? {}
      : { dedupe: { ...options.dedupe, ...(previousIds ? { previousIds } : {}), ...(previous?.ids ? { previousQuestions: (ids: readonly string[]) => previous.questions(ids) } : {}) } }),
  });
  const outputs: string[] = [];
  const diagnostics: Diagnostic[] = [...collection.diagnostics];
  // A build that found no question writes nothing: an empty deck or sheet is no one's aim, and notes moved away or
  // a folder emptied for a moment (in watch mode too) must not wipe the last bank, whose ids keep each Anki
  // note's review history on the next import (dedupe/edited-ids.ts). The last bank's size is read to say what is
  // kept (a build without merging did not read it).
  if (collection.bank.questions.length === 0) {
    const kept = (previous ? previousIds : (await PreviousIds.read(outDir, undefined)).ids)?.length ?? 0;
    const read = collection.files.length;
    diagnostics.push({
      severity: 'error',
      ruleId: 'no-questions-read',
      message:
        `No question was found in the inputs (${read === 1 ? '1 file' : `${read} files`} read): nothing was written` +
        (kept > 0 ? `, and the outputs of the last build (${kept === 1 ? '1 question' : `${kept} questions`}) are kept, with their ids` : ''),
    });
    return { ...collection, outDir, outputs, diagnostics };
  }
  await mkdir(outDir, { recursive: true }).catch((error: unknown) => {
    throw new UsageError(`the output folder ${shown(outDir)} cannot be made: ${reasonOf(error)}`);
  });
  const outputMemo = cacheDir && collection.bankKey ? { dir: cacheDir, bankKey: collection.bankKey } : undefined;
  const settings: ExportSettings = { outDir, cwd, ...(options.anki ? { anki: options.anki } : {}), ...(pdf ? { pdf } : {}) };
  const context: ExportContext = cacheDir && collection.origins ? { jsonTexts: { dir: cacheDir, origins: collection.origins } } : {};
  for (const format of formats) {
    const exporter = exporters[format];
    try {
      const outcome = await memoisedExport(format, settings, outputMemo, () => exporter(collection.bank, settings, context));
      outputs.push(...outcome.files);
      diagnostics.push(...outcome.diagnostics);
      if (format === 'json') await previous?.written(collection.bank.questions.map((question) => question.id));
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

/**
 * Writing into an input would overwrite notes or read our own outputs back in.
 * Compared by real path too, so a link to the notes folder is no way around it.
 */
export async function assertOutsideInputs(outDir: string, inputs: readonly string[], cwd: string): Promise<void> {
  const outs = [outDir, await realPathOf(outDir)];
  for (const input of inputs) {
    const absolute = path.resolve(cwd, input);
    const ins = [absolute, await realPathOf(absolute)];
    if (outs.some((out) => ins.some((candidate) => isWithin(out, candidate)))) {
      const shown = path.relative(cwd, outDir) || '.';
      throw new UsageError(`the output folder ${shown} is, or contains, the input ${input}: choose an output folder that holds no notes`);
    }
  }
}

function isWithin(folder: string, file: string): boolean {
  const relative = path.relative(folder, file);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

/** The real path of an existing file or folder; of its nearest existing parent, for one still to be made. */
async function realPathOf(file: string): Promise<string> {
  try {
    return await realpath(file);
  } catch {
    const parent = path.dirname(file);
    return parent === file ? file : path.join(await realPathOf(parent), path.basename(file));
  }
}

/**
 * The output folder, or the nearest folder above it that exists, must be a folder, and one that can be
 * written when the output folder is still to be made in it: said before any reading, as a usage error
 * naming the folder as the caller gave it (`shown`) and why.
 */
async function assertFolder(outDir: string, shown: (file: string) => string): Promise<void> {
  const target = path.resolve(outDir);
  const refuse = (why: string) => new UsageError(`the output folder ${shown(target)} cannot be made: ${why}`);
  for (let dir = target; ; dir = path.dirname(dir)) {
    const stats = await stat(dir).catch((error: unknown) => error as NodeJS.ErrnoException);
    if (stats instanceof Error) {
      // Not there (yet), or under a file: the folder above it is looked at. Any other failure (no permission to look, a link loop) stops here.
      if (stats.code !== 'ENOENT' && stats.code !== 'ENOTDIR') throw refuse(reasonOf(stats));
      if (path.dirname(dir) === dir) return;
      continue;
    }
    if (!stats.isDirectory()) throw dir === target ? new UsageError(`the output folder ${shown(target)} is a file, not a folder`) : refuse(`${shown(dir)} is a file, not a folder`);
    // An existing output folder is not tested: a build whose outputs are as they were writes nothing in it.
    if (dir !== target) await access(dir, constants.W_OK | constants.X_OK).catch((error: unknown) => Promise.reject(refuse(`${shown(dir)}: ${reasonOf(error)}`)));
    return;
  }
}

/** Why a file operation failed, in words, with the system's code. */
function reasonOf(error: unknown): string {
  const code = (error as NodeJS.ErrnoException | undefined)?.code;
  const words: Record<string, string> = {
    EACCES: 'permission denied',
    EPERM: 'operation not permitted',
    EROFS: 'read-only file system',
    ENOSPC: 'no space left on the device',
    ENAMETOOLONG: 'a name in it is too long',
    ELOOP: 'a symbolic link in it loops',
    ENOTDIR: 'a folder above it is a file',
    EEXIST: 'a file stands in its place',
  };
  if (code && words[code]) return `${words[code]} (${code})`;
  return error instanceof Error ? error.message : String(error);
}

/**
 * A PDF named as another output, or as the Anki state, would write over it (`--pdf-name questions.json`, `pdf.fileName`): refused,
 * as file systems that ignore case would take `Questions.JSON` for it too.
 */
async function assertNoOtherOutput(pdfName: string, deckName: string | undefined): Promise<void> {
  const [{ deckFileName }, { parentDeckName }, { STATE_FILE_NAME }] = await Promise.all([
    import('../export/anki/deck-file-name.js'),
    import('../export/anki/deck.js'),
    import('../export/anki/build-state.js'),
  ]);
  const taken = [QUESTIONS_FILE_NAME, SCHEMA_FILE_NAME, STATE_FILE_NAME, deckFileName(parentDeckName(deckName))];
  const clash = taken.find((name) => name.toLowerCase() === pdfName.toLowerCase());
  if (clash) throw new UsageError(`the PDF file name ${pdfName} would write over ${clash === STATE_FILE_NAME ? "the Anki deck's state" : 'another output'} (${clash}): choose another name`);
}

/** An output file name must name a file in the output folder, not a path out of it. */
function assertPlainFileName(name: string | undefined): void {
  if (name !== undefined && !isPlainFileName(name)) throw new UsageError(`the PDF file name must be a file name, not a path: ${name}`);
}
