/**
 * The benchmark times a short stage several times and keeps the median run,
 * so that one slow or lucky run on a busy machine does not decide a target.
 */
import { describe, expect, it } from 'vitest';
import { medianRun } from '../../src/bench/run-stage.js';

const run = (ms: number, peakRssMb: number, files = 82) => ({ ms, peakRssMb, rssBeforeMb: 100, files });

describe('medianRun', () => {
  it('keeps the run of median time, with the highest peak memory of all runs', () => {
    const median = medianRun([run(970, 190, 1), run(750, 210, 2), run(760, 200, 3), run(1200, 180, 4), run(740, 205, 5)]);
    expect(median).toEqual({ ms: 760, peakRssMb: 210, rssBeforeMb: 100, files: 3 });
  });

  it('takes the lower of the two middle runs of an even count, and a single run as it is', () => {
    expect(medianRun([run(4, 1), run(1, 1), run(3, 1), run(2, 1)]).ms).toBe(2);
    expect(medianRun([run(5, 7)])).toEqual(run(5, 7));
  });

  it('refuses to make a median of no runs', () => {
    expect(() => medianRun([])).toThrow(/no runs/);
  });
});
