/**
 * The `qbank` command: `build` writes the outputs, `check` only reads and
 * reports. Exit codes: 0 success, 1 the build failed (or, with --strict,
 * warned), 2 the command itself was wrong.
 */
import { fileURLToPath } from 'node:url';
import { Command, CommanderError, Option } from 'commander';
import { assertInputsExist, assertOutsideInputs, build, outDirOf, UsageError, type BuildResult } from '../build/build.js';
import { collect } from '../build/collect.js';
import { CONFIG_FILE_NAME, ConfigError, FORMATS, loadConfig } from '../config/config.js';
import type { Diagnostic } from '../report/diagnostic.js';
import { formatDiagnostic, sortDiagnostics } from '../report/reporter.js';
import { collectionDiagnostics } from '../build/diagnostics.js';
import { assertConfiguredInputsExist, buildOptionsFrom, type CommandLineOptions } from './options.js';
import { perFileLines, summaryLines } from './summary.js';
import { formatDecisions } from './dupes.js';
import { addReadFlags, readOptionsFrom, withUsableCache, type ReadFlags } from './read-flags.js';
import { createProgress, type ProgressStream } from './progress.js';
import { lineWriter } from './closed-pipe.js';
import { exitInterrupted, onInterrupt } from './interrupt.js';

export interface Io {
  out: (line: string) => void;
  err: (line: string) => void;
  cwd: string;
  /** Where progress is drawn when it is a terminal (see progress.ts); none: no progress. */
  progress?: ProgressStream;
}

const defaultIo: Io = {
  out: lineWriter(process.stdout),
  err: lineWriter(process.stderr),
  cwd: process.cwd(),
  progress: process.stderr,
};

interface CommonFlags {
  strict?: boolean;
  verbose?: boolean;
  config?: string;
}

export async function main(argv: string[], io: Io = defaultIo): Promise<number> {
  let exitCode = 0;
  const program = new Command('qbank')
    .description('Turn interview notes into one question bank: JSON, an Anki deck and a PDF cheat sheet.')
    .version(await version(), '-V, --version')
    .exitOverride()
    .configureOutput({ writeOut: (text) => io.out(text.trimEnd()), writeErr: (text) => io.err(text.trimEnd()) })
    .showHelpAfterError('(run qbank --help for usage)');

  addReadFlags(program
    .command('build')
    .description('Read notes and write the outputs (default inputs: sources/, default output: dist/).')
    .argument('[inputs...]', 'files or folders of notes, read recursively')
    .option('-o, --out <dir>', 'output folder', undefined)
    .option('-f, --format <list>', `comma-separated formats: ${FORMATS.join(', ')} (default: all); given again, adds to the list (-f json -f anki)`, addToList)
    .option('--deck-name <name>', 'name of the Anki parent deck (default: "ML Interview")')
    .option('--include-unanswered', 'also export questions that have no answer yet')
    .addOption(new Option('--paper <size>', 'PDF paper size').choices(['A4', 'Letter']))
    .option('--columns <n>', 'PDF columns per page (default: 3)')
    .option('--pdf-name <file>', 'PDF file name (default: qbank-cheatsheet.pdf)')
    .option('--no-dedupe', 'keep questions that several sources ask apart')
    .option('--config <file>', 'config file (default: qbank.config.json, when present)')
    .option('--strict', 'fail (exit 1) on warnings too')
    .option('-v, --verbose', 'also print notes (info diagnostics)')
    .option('-w, --watch', 'build again whenever an input changes, until Ctrl-C'))
    .action(async (inputs: string[], flags: CommandLineOptions & CommonFlags & ReadFlags & { watch?: boolean }) => {
      // Said once, not at every rebuild of --watch.
      const warnOnce = once(io.err);
      const options = async () => {
        const { config, file } = await loadConfig(io.cwd, flags.config);
        const configured = buildOptionsFrom(inputs, flags, config, io.cwd, file);
        await assertConfiguredInputsExist(inputs, config, configured, io.cwd, file);
        return withUsableCache({ ...configured, ...readOptionsFrom(flags, io.cwd) }, io.cwd, warnOnce);
      };
      const report = (result: BuildResult) => {
        const diagnostics = collectionDiagnostics(result);
        printDiagnostics(diagnostics, io, flags.verbose === true);
        for (const line of summaryLines(result, diagnostics, result.outputs, io.cwd)) io.out(line);
        return failureCode(diagnostics, flags.strict === true);
      };
      if (flags.watch) {
        // The watcher (chokidar) loads only for --watch.
        const { watchUntilInterrupted } = await import('./watch.js');
        exitCode = await watchUntilInterrupted(options, report, { err: io.err, alsoWatch: [flags.config ?? CONFIG_FILE_NAME] });
        return;
      }
      const progress = createProgress(io.progress);
      const stopListening = onInterrupt((signal) => {
        progress.done();
        exitInterrupted(signal);
      });
      // Until the build ends, however it ends: options that fail to load (a bad config) end it too.
      let result: Awaited<ReturnType<typeof build>>;
      try {
        result = await build({ ...(await options()), onProgress: (step) => progress.update(step) });
      } finally {
        stopListening();
        progress.done();
      }
      exitCode = report(result);
    });

  addReadFlags(program
    .command('check')
    .description('Read notes and report what was found, writing nothing.')
    .argument('[inputs...]', 'files or folders of notes, read recursively')
    .option('--dupes', 'list every merge and near miss of the deduplication, with scores')
    .option('--no-dedupe', 'do not merge duplicates')
    .option('--config <file>', 'config file (default: qbank.config.json, when present)')
    .option('--strict', 'fail (exit 1) on warnings too')
    // check prints notes always: -v is accepted so that the flags of build work here too.
    .option('-v, --verbose', 'accepted for symmetry with build: check always prints notes'))
    .action(async (inputs: string[], flags: CommonFlags & ReadFlags & { dupes?: boolean; dedupe?: boolean }) => {
      const { config, file } = await loadConfig(io.cwd, flags.config);
      const configured = { ...buildOptionsFrom(inputs, { dedupe: flags.dedupe !== false }, config, io.cwd, file), ...readOptionsFrom(flags, io.cwd) };
      await assertConfiguredInputsExist(inputs, config, configured, io.cwd, file);
      await assertInputsExist(configured.inputs ?? [], io.cwd);
      const options = await withUsableCache(configured, io.cwd, io.err);
      // check reads what build would, and build refuses an output folder that holds an input (it would read nothing).
      await assertOutsideInputs(outDirOf(options), options.inputs ?? [], io.cwd);
      const progress = createProgress(io.progress);
      // Not the outputs a build with the same config wrote into an input folder (questions.json read as a note).
      const exclude = [outDirOf(options)];
      const collection = await collect({ ...options, exclude, decisions: flags.dupes === true, onProgress: (step) => progress.update(step) }).finally(() =>
        progress.done(),
      );
      for (const line of perFileLines(collection)) io.out(line);
      const diagnostics = collectionDiagnostics(collection);
      for (const diagnostic of sortDiagnostics(diagnostics)) io.out(formatDiagnostic(diagnostic));
      if (flags.dupes) for (const line of formatDecisions(collection.decisions ?? [])) io.out(line);
      for (const line of summaryLines(collection, diagnostics, [], io.cwd)) io.out(line);
      exitCode = failureCode(diagnostics, flags.strict === true);
    });

  try {
    await program.parseAsync(argv, { from: 'user' });
    return exitCode;
  } catch (error) {
    if (error instanceof CommanderError) return error.exitCode === 0 ? 0 : 2;
    if (error instanceof UsageError || error instanceof ConfigError) {
      io.err(`qbank: ${error.message}`);
      return 2;
    }
    io.err(`qbank: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

/** A repeated list option adds to the list, as `-f json,anki` and `-f json -f anki` are alike. */
function addToList(value: string, previous: string | undefined): string {
  return previous === undefined ? value : `${previous},${value}`;
}

/** `say`, said only the first time. */
function once(say: (line: string) => void): (line: string) => void {
  let said = false;
  return (line) => {
    if (!said) say(line);
    said = true;
  };
}

function printDiagnostics(diagnostics: Diagnostic[], io: Io, verbose: boolean): void {
  for (const diagnostic of sortDiagnostics(diagnostics)) {
    if (diagnostic.severity === 'info' && !verbose) continue;
    io.err(formatDiagnostic(diagnostic));
  }
}

function failureCode(diagnostics: Diagnostic[], strict: boolean): number {
  if (diagnostics.some((diagnostic) => diagnostic.severity === 'error')) return 1;
  if (strict && diagnostics.some((diagnostic) => diagnostic.severity === 'warning')) return 1;
  return 0;
}

async function version(): Promise<string> {
  const { readFile } = await import('node:fs/promises');
  // fileURLToPath, not URL.pathname: a folder named with a space or Hangul is percent-encoded in the URL.
  const file = fileURLToPath(new URL('../../package.json', import.meta.url));
  try {
    return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
  } catch {
    return '0.0.0';
  }
}
