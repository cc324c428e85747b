/** The benchmark's table and target checks, from figures given here. */
import { describe, expect, it } from 'vitest';
import { checkTargets, formatTable, type SizeReport } from '../../src/bench/report.js';

const size = (questions: number, scale: number, overrides: Partial<SizeReport> = {}): SizeReport => ({
  questions,
  files: questions / 100,
  bytes: questions * 300,
  repeats: questions / 5,
  floor: { ms: 1_000 * scale, peakRssMb: 100 },
  parallelFloor: { ms: 600 * scale, peakRssMb: 120, note: '2 worker threads' },
  stages: {
    load: { ms: 20 * scale, peakRssMb: 100 },
    read: { ms: 1_200 * scale, peakRssMb: 200 },
    dedupe: { ms: 100 * scale, peakRssMb: 150 },
    json: { ms: 50 * scale, peakRssMb: 150 },
    anki: { ms: 80 * scale, peakRssMb: 160 },
  },
  builds: {
    cold: { ms: 1_250 * scale, peakRssMb: 300 },
    warm: { ms: 90 * scale, peakRssMb: 120, note: 'all files from the cache' },
    oneChanged: { ms: 140 * scale, peakRssMb: 130 },
    oneReworded: { ms: 600 * scale, peakRssMb: 140 },
  },
  ...overrides,
});

describe('benchmark report', () => {
  const big = size(100_000, 11, { floor: { ms: 10_000, peakRssMb: 100 } });
  big.builds.cold = { ms: 13_750, peakRssMb: 1_600 };
  const sizes = [size(10_000, 1), big];

  it('prints each stage as a ratio to the floor and to the smaller corpus', () => {
    const lines = formatTable({ machine: { cores: 2, cpu: 'x', node: 'v20', platform: 'linux' }, seed: 1, sizes, targets: [] });
    const row = (label: string, nth = 0) => lines.filter((line) => line.includes(label))[nth]!.split(/\s{2,}/);
    expect(lines[1]).toMatch(/^10,000 \(100 files, 3\.0 MB\)\s+floor: remark parse\s+1\.00 s\s+1\.00\s+100 MB$/);
    expect(row('floor in worker threads')).toEqual(['', 'floor in worker threads', '0.60 s', '0.60', '120 MB (2 worker threads)']);
    expect(row('dedupe')).toEqual(['', 'dedupe', '0.10 s', '0.10', '150 MB']);
    expect(row('dedupe', 1)).toEqual(['', 'dedupe', '1.10 s', '0.11', '11.0', '150 MB']);
    expect(row('export anki', 1)).toEqual(['', 'export anki', '0.88 s', '0.09', '11.0', '160 MB']);
    expect(row('rebuild, nothing changed', 1)).toEqual(['', 'rebuild, nothing changed', '0.99 s', '0.10', '11.0', '120 MB (all files from the cache)']);
    expect(row('rebuild, one question reworded')).toEqual(['', 'rebuild, one question reworded', '0.60 s', '0.60', '140 MB']);
  });

  it('checks the targets it can with the figures of this run', () => {
    const checks = checkTargets(sizes);
    const verdict = (start: string) => checks.find((check) => check.target.startsWith(start));
    expect(verdict('cold JSON build of 10,000')).toEqual({ target: 'cold JSON build of 10,000 ≤ 1.3x floor', measured: '1.25x', pass: true });
    expect(verdict('rebuild of 10,000, nothing changed')?.pass).toBe(true);
    expect(verdict('rebuild of 10,000, one file changed (an answer edited)')?.pass).toBe(true);
    expect(verdict('rebuild of 10,000, one file changed (a question reworded)')).toEqual({
      target: 'rebuild of 10,000, one file changed (a question reworded) ≤ 0.15x floor',
      measured: '0.600x',
      pass: false,
    });
    expect(verdict('dedupe at 100,000')).toEqual({ target: 'dedupe at 100,000 ≤ 12x its time at 10,000', measured: '11.0x', pass: true });
    expect(verdict('anki at 100,000')).toEqual({ target: 'anki at 100,000 ≤ 12x its time at 10,000', measured: '11.0x', pass: true });
    expect(verdict('Anki export of 100,000')).toEqual({ target: 'Anki export of 100,000 < 10 s', measured: '0.88 s', pass: true });
    expect(verdict('peak memory at 100,000')).toEqual({ target: 'peak memory at 100,000 < 1.5 GB', measured: '1600 MB', pass: false });
  });

  it('takes the peak memory of every build at 100,000, not only the cold one', () => {
    const oneChangedHeavy = size(100_000, 11, { floor: { ms: 10_000, peakRssMb: 100 } });
    oneChangedHeavy.builds.oneChanged = { ms: 1_500, peakRssMb: 1_700 };
    const checks = checkTargets([size(10_000, 1), oneChangedHeavy]);
    expect(checks.find((check) => check.target.startsWith('peak memory'))).toEqual({ target: 'peak memory at 100,000 < 1.5 GB', measured: '1700 MB', pass: false });
  });

  it("shows the floor run with qbank's Node flags, and the cold build's ratio to it beside the target", () => {
    const flagged = size(10_000, 1, { floorWithFlags: { ms: 800, peakRssMb: 110, note: '--max-semi-space-size=64' } });
    const lines = formatTable({ machine: { cores: 2, cpu: 'x', node: 'v20', platform: 'linux' }, seed: 1, sizes: [flagged], targets: [] });
    expect(lines.find((line) => line.includes('Node flags'))!.split(/\s{2,}/)).toEqual([
      '',
      "floor with qbank's Node flags",
      '0.80 s',
      '0.80',
      '110 MB (--max-semi-space-size=64)',
    ]);
    // Judged by the floor as remark runs by default; the like-for-like ratio is printed with it.
    expect(checkTargets([flagged])[0]).toEqual({
      target: 'cold JSON build of 10,000 ≤ 1.3x floor',
      measured: "1.25x (1.56x the floor with qbank's Node flags)",
      pass: true,
    });
  });

  it('misses a target that the figures miss', () => {
    const slow = size(10_000, 1, { builds: { cold: { ms: 2_000, peakRssMb: 300 } } });
    expect(checkTargets([slow])).toEqual([{ target: 'cold JSON build of 10,000 ≤ 1.3x floor', measured: '2.00x', pass: false }]);
  });
});
