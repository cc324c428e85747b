/**
 * The benchmark's figures: one row per stage and corpus size, with the time
 * as a ratio to the floor (the bare remark parse of the same files) and to
 * the same row at the next smaller size, and the peak memory; then the
 * issue's targets, each checked against the figures of this run.
 */
export interface Measure {
  ms: number;
  peakRssMb: number;
  note?: string;
  /** For builds: when each stage began (ms from the start) and the peak memory up to then. */
  marks?: Array<{ stage: string; atMs: number; peakRssMb: number }>;
}

export const STAGE_ROWS = [
  ['load', 'load (discover, decode)'],
  ['read', 'parse+extract+normalise'],
  ['dedupe', 'dedupe'],
  ['json', 'export json'],
  ['anki', 'export anki'],
  ['pdf', 'export pdf'],
] as const;

export const BUILD_ROWS = [
  ['cold', 'build json, cold'],
  ['warm', 'rebuild, nothing changed'],
  ['oneChanged', 'rebuild, one answer edited'],
  ['oneReworded', 'rebuild, one question reworded'],
] as const;

export type StageKey = (typeof STAGE_ROWS)[number][0];
export type BuildKey = (typeof BUILD_ROWS)[number][0];

export interface SizeReport {
  questions: number;
  files: number;
  bytes: number;
  repeats: number;
  /** Questions left after deduplication. */
  merged?: number;
  floor: Measure;
  /** The floor's parse spread over worker threads: what parallel reading can reach on this machine. */
  parallelFloor?: Measure;
  /** The floor run with the Node.js flags qbank's stages run with (build/node-flags.ts). */
  floorWithFlags?: Measure;
  stages: Partial<Record<StageKey, Measure>>;
  builds: Partial<Record<BuildKey, Measure>>;
}

export interface BenchReport {
  machine: { cores: number; cpu: string; node: string; platform: string };
  seed: number;
  sizes: SizeReport[];
  targets: TargetCheck[];
}

export interface TargetCheck {
  target: string;
  measured: string;
  pass: boolean;
}

export function formatTable(report: BenchReport): string[] {
  const header = ['questions', 'stage', 'time', '× floor', '× smaller', 'peak RSS'];
  const rows: string[][] = [];
  report.sizes.forEach((size, index) => {
    const smaller = report.sizes[index - 1];
    const growth = (current: Measure | undefined, previous: Measure | undefined) =>
      current && previous && previous.ms > 0 ? `${(current.ms / previous.ms).toFixed(1)}` : '';
    const row = (label: string, measure: Measure | undefined, previous: Measure | undefined, first: boolean) => {
      const name = first ? `${size.questions.toLocaleString('en-US')} (${size.files} files, ${(size.bytes / 1e6).toFixed(1)} MB)` : '';
      if (!measure) return;
      rows.push([
        name,
        label,
        seconds(measure.ms),
        (measure.ms / size.floor.ms).toFixed(2),
        growth(measure, previous),
        `${Math.round(measure.peakRssMb)} MB${measure.note ? ` (${measure.note})` : ''}`,
      ]);
    };
    row('floor: remark parse', size.floor, smaller?.floor, true);
    row('floor in worker threads', size.parallelFloor, smaller?.parallelFloor, false);
    row("floor with qbank's Node flags", size.floorWithFlags, smaller?.floorWithFlags, false);
    for (const [key, label] of STAGE_ROWS) row(label, size.stages[key], smaller?.stages[key], false);
    for (const [key, label] of BUILD_ROWS) row(label, size.builds[key], smaller?.builds[key], false);
  });
  return alignColumns([header, ...rows]);
}

export function formatTargets(report: BenchReport): string[] {
  return report.targets.map((check) => `${check.pass ? 'PASS' : 'MISS'}  ${check.target}: ${check.measured}`);
}

/** The issue's targets, for whichever sizes this run measured. */
export function checkTargets(sizes: readonly SizeReport[]): TargetCheck[] {
  const checks: TargetCheck[] = [];
  const at = (questions: number) => sizes.find((size) => size.questions === questions);
  const ratio = (measure: Measure | undefined, floor: Measure) => (measure ? measure.ms / floor.ms : undefined);
  const ten = at(10_000) ?? sizes[sizes.length - 1];
  if (ten) {
    const label = ten.questions.toLocaleString('en-US');
    const cold = ratio(ten.builds.cold, ten.floor);
    const warm = ratio(ten.builds.warm, ten.floor);
    const one = ratio(ten.builds.oneChanged, ten.floor);
    const reworded = ratio(ten.builds.oneReworded, ten.floor);
    if (cold !== undefined) {
      // The floor is remark as Node runs it by default; qbank runs with flags of its own, so the like-for-like ratio is shown too.
      const likeForLike = ten.floorWithFlags && ratio(ten.builds.cold, ten.floorWithFlags);
      const alongside = likeForLike ? ` (${likeForLike.toFixed(2)}x the floor with qbank's Node flags)` : '';
      checks.push({ target: `cold JSON build of ${label} ≤ 1.3x floor`, measured: `${cold.toFixed(2)}x${alongside}`, pass: cold <= 1.3 });
    }
    if (warm !== undefined) checks.push({ target: `rebuild of ${label}, nothing changed ≤ 0.1x floor`, measured: `${warm.toFixed(3)}x`, pass: warm <= 0.1 });
    // A changed file is either: its wordings are the same (the comparison of wordings is kept), or not (it is made again).
    if (one !== undefined) checks.push({ target: `rebuild of ${label}, one file changed (an answer edited) ≤ 0.15x floor`, measured: `${one.toFixed(3)}x`, pass: one <= 0.15 });
    if (reworded !== undefined) {
      checks.push({ target: `rebuild of ${label}, one file changed (a question reworded) ≤ 0.15x floor`, measured: `${reworded.toFixed(3)}x`, pass: reworded <= 0.15 });
    }
  }
  const big = at(100_000);
  const mid = at(10_000);
  if (big && mid) {
    for (const key of ['dedupe', 'json', 'anki', 'pdf'] as const) {
      const a = big.stages[key];
      const b = mid.stages[key];
      if (!a || !b) continue;
      const growth = a.ms / b.ms;
      checks.push({ target: `${key} at 100,000 ≤ 12x its time at 10,000`, measured: `${growth.toFixed(1)}x`, pass: growth <= 12 });
    }
  }
  if (big) {
    // Every build (cold, nothing changed, one file changed either way) and every stage run alone.
    const measures = [...Object.values(big.builds), ...Object.values(big.stages)];
    const peak = Math.max(0, ...measures.map((measure) => measure?.peakRssMb ?? 0));
    checks.push({ target: 'peak memory at 100,000 < 1.5 GB', measured: `${Math.round(peak)} MB`, pass: peak < 1536 });
    const anki = big.stages.anki;
    if (anki) checks.push({ target: 'Anki export of 100,000 < 10 s', measured: seconds(anki.ms), pass: anki.ms < 10_000 });
  }
  const small = at(1_000);
  const pdf = small?.stages.pdf;
  if (pdf) checks.push({ target: 'PDF of 1,000 questions < 10 s', measured: seconds(pdf.ms), pass: pdf.ms < 10_000 });
  return checks;
}

function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(2)} s` : `${(ms / 1000).toFixed(1)} s`;
}

function alignColumns(rows: string[][]): string[] {
  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => (row[column] ?? '').length)));
  const rightAligned = new Set([2, 3, 4]);
  return rows.map((row) =>
    row
      .map((cell, column) => (rightAligned.has(column) ? cell.padStart(widths[column]!) : cell.padEnd(widths[column]!)))
      .join('  ')
      .trimEnd(),
  );
}
