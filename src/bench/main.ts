/**
 * `npm run bench`: generates synthetic note corpora and measures, in one run,
 * the floor (bare remark parse of the same files) and every stage of qbank,
 * each in its own child process so that peak memory is per stage. A stage
 * of under two seconds is the median of five runs; a longer one, of one.
 *
 *     npm run bench -- --sizes 1000,10000 --out /tmp/qbank-bench --seed 7
 *
 * Prints a table and the issue's targets, and writes bench-results.json in
 * the output folder.
 */
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { generateCorpus } from './corpus.js';
import { measureStage, runStage } from './run-stage.js';
import { QBANK_NODE_FLAGS } from '../build/node-flags.js';
import { answerEdited, questionReworded, type NoteEdit } from './edits.js';
import type { StageRequest, StageResult } from './stage-child.js';
import { checkTargets, formatTable, formatTargets, type BenchReport, type Measure, type SizeReport } from './report.js';

const DEFAULT_SIZES = [1_000, 10_000, 100_000];
const DEFAULT_SEED = 20240607;
/** The PDF is measured at this size and below only (the issue's target is at 1,000). */
const PDF_MAX_QUESTIONS = 1_000;
/**
 * A stage that takes less than SHORT_MS is timed RUNS times and the median
 * run kept: a single one-file rebuild of 10,000 questions (under a second)
 * measured from 0.75 s to 0.97 s on this VM within an hour, more than the
 * gap it is judged by. Longer stages vary by a few percent and run once.
 */
const RUNS = 5;
const SHORT_MS = 2_000;

async function main(argv: string[]): Promise<void> {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: 'string' },
      out: { type: 'string' },
      seed: { type: 'string' },
      workers: { type: 'string' },
    },
  });
  const sizes = values.sizes ? values.sizes.split(',').map((size) => Number(size.replace(/[_k]/g, (c) => (c === 'k' ? '000' : '')))) : DEFAULT_SIZES;
  if (sizes.some((size) => !Number.isInteger(size) || size < 1)) throw new Error(`--sizes takes whole numbers, such as 1000,10000: ${values.sizes}`);
  const seed = values.seed ? Number(values.seed) : DEFAULT_SEED;
  const workers = values.workers === undefined ? undefined : Number(values.workers);
  const outRoot = path.resolve(values.out ?? path.join(tmpdir(), 'qbank-bench'));
  await mkdir(outRoot, { recursive: true });

  const machine = { cores: availableParallelism(), cpu: cpus()[0]?.model ?? 'unknown', node: process.version, platform: `${process.platform}-${process.arch}` };
  log(`qbank benchmark: ${machine.cores} cores (${machine.cpu}), Node ${machine.node}; corpora in ${outRoot}`);
  const reports: SizeReport[] = [];
  for (const questions of [...sizes].sort((a, b) => a - b)) {
    reports.push(await measureSize(questions, seed, outRoot, workers));
  }
  const report: BenchReport = { machine, seed, sizes: reports, targets: checkTargets(reports) };
  const resultsFile = path.join(outRoot, 'bench-results.json');
  await writeFile(resultsFile, `${JSON.stringify(report, null, 2)}\n`);
  const lines = ['', ...formatTable(report), '', ...formatTargets(report), '', `Figures written to ${resultsFile}`];
  process.stdout.write(`${lines.join('\n')}\n`);
}

async function measureSize(questions: number, seed: number, outRoot: string, workers: number | undefined): Promise<SizeReport> {
  const label = questions.toLocaleString('en-US');
  const root = path.join(outRoot, `q${questions}`);
  const corpusDir = path.join(root, 'notes');
  log(`[${label}] generating the corpus`);
  const corpus = await generateCorpus({ questions, dir: corpusDir, seed });
  log(`[${label}] ${corpus.files.length} files, ${(corpus.bytes / 1e6).toFixed(1)} MB, ${corpus.repeats} reworded repeats`);
  // qbank's stages run as `npm start` runs them; the floor is remark as Node runs it by default.
  const request = (stage: StageRequest['stage'], extra: Partial<StageRequest> = {}): StageRequest => ({
    stage,
    nodeFlags: stage.startsWith('floor') ? [] : QBANK_NODE_FLAGS,
    corpusDir,
    cacheDir: path.join(root, 'cache'),
    outDir: path.join(root, stage === 'build' ? 'dist' : `out-${stage.replace(':', '-')}`),
    ...(workers !== undefined ? { workers } : {}),
    ...extra,
  });
  /** Each measure, and how many runs it is the median of. */
  const runs = new Map<StageResult, number>();
  const run = async (name: string, stageRequest: StageRequest, before?: () => Promise<void>): Promise<StageResult> => {
    const measured = await measureStage(stageRequest, { runs: RUNS, shortMs: SHORT_MS }, before);
    runs.set(measured.result, measured.runs);
    const median = measured.runs > 1 ? ` (median of ${measured.runs} runs)` : '';
    log(`[${label}] ${name}: ${(measured.result.ms / 1000).toFixed(2)} s${median}, peak ${Math.round(measured.result.peakRssMb)} MB`);
    return measured.result;
  };
  /** A measure for the report, saying when it is a median. */
  const measureOf = (result: StageResult, note?: string): Measure => {
    const count = runs.get(result) ?? 1;
    const notes = [note, count > 1 ? `median of ${count} runs` : undefined].filter((part) => part !== undefined);
    return { ms: result.ms, peakRssMb: result.peakRssMb, ...(result.marks ? { marks: result.marks } : {}), ...(notes.length > 0 ? { note: notes.join('; ') } : {}) };
  };

  const floor = await run('floor (remark parse)', request('floor'));
  const parallelFloor = await run('floor in worker threads', request('floor:parallel'));
  // The same parse with qbank's flags: the like-for-like comparison for the cold build.
  const floorWithFlags = await run("floor with qbank's Node flags", request('floor', { nodeFlags: QBANK_NODE_FLAGS }));
  const cold = await run('cold build', request('build', { cold: true }));
  const warm = await run('rebuild, nothing changed', request('build'));
  // One note in the middle of the corpus, edited as a user would between two builds, two ways (edits.ts).
  // Each run starts where the first did: the note as it was, built (untimed); then the edit.
  const noteFile = corpus.files[Math.floor(corpus.files.length / 2)]!.path;
  const original = await readFile(noteFile, 'utf8');
  const rebuildAfter = (edit: NoteEdit) =>
    run(`rebuild, ${path.basename(noteFile)}: ${edit.kind}`, request('build'), async () => {
      await writeFile(noteFile, edit.before);
      await runStage(request('build'));
      await writeFile(noteFile, edit.after);
    });
  const oneChanged = await rebuildAfter(answerEdited(original));
  const oneReworded = await rebuildAfter(questionReworded(path.basename(noteFile), original));
  await writeFile(noteFile, original);
  const dedupe = await run('dedupe', request('dedupe'));
  const json = await run('export json', request('export:json'));
  const anki = await run('export anki', request('export:anki'));
  const pdf = questions <= PDF_MAX_QUESTIONS ? await run('export pdf', request('export:pdf')) : undefined;

  const between = (from: string, to: string): Measure | undefined => {
    const start = cold.marks?.find((mark) => mark.stage === from);
    const end = cold.marks?.find((mark) => mark.stage === to);
    return start && end ? { ms: end.atMs - start.atMs, peakRssMb: end.peakRssMb, note: 'peak so far in the cold build' } : undefined;
  };
  const stages: SizeReport['stages'] = {};
  const load = between('load', 'read');
  const read = between('read', 'dedupe');
  if (load) stages.load = load;
  if (read) stages.read = { ...read, note: `${cold.workers ? `${cold.workers} worker threads` : 'in the main thread'}; peak so far` };
  stages.dedupe = measureOf(dedupe, 'as builds merge: no decision log');
  stages.json = measureOf(json);
  stages.anki = measureOf(anki);
  if (pdf) stages.pdf = measureOf(pdf);
  return {
    questions,
    files: corpus.files.length,
    bytes: corpus.bytes,
    repeats: corpus.repeats,
    ...(dedupe.questions !== undefined ? { merged: dedupe.questions } : {}),
    floor: measureOf(floor),
    parallelFloor: measureOf(parallelFloor, `${parallelFloor.workers ?? 0} worker threads, young generation as qbank's readers`),
    floorWithFlags: measureOf(floorWithFlags, QBANK_NODE_FLAGS.join(' ')),
    stages,
    builds: {
      cold: measureOf(cold),
      warm: measureOf(warm, `${warm.cached ?? 0} of ${warm.files ?? 0} files from the cache`),
      oneChanged: measureOf(oneChanged, `an answer edited in 1 of ${oneChanged.files ?? 0} files`),
      oneReworded: measureOf(oneReworded, `a question reworded in 1 of ${oneReworded.files ?? 0} files`),
    },
  };
}

function log(line: string): void {
  process.stderr.write(`${line}\n`);
}

main(process.argv.slice(2)).catch((error: unknown) => {
  process.stderr.write(`bench: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
  process.exitCode = 1;
});
