/**
 * The crowded entries a question looks through: only the first few in probe
 * order are kept, as probes come in any order.
 */
import { describe, expect, it } from 'vitest';
import { CrowdedProbes } from '../../src/dedupe/crowded-probes.js';

describe('crowded probes', () => {
  // Probe order for the test: by a rank per entry (a strict total order).
  let seed = 11;
  const next = () => (seed = (seed * 48271) % 2147483647);
  const rank = Array.from({ length: 200 }, () => next());
  const precedes = (p: number, q: number) => rank[p]! < rank[q]!;

  it('keeps the first `capacity` entries in probe order, whatever order they are offered in', () => {
    const probes = new CrowdedProbes(8, precedes);
    // A seeded Fisher-Yates shuffle of the 200 entries.
    const offered = Array.from({ length: 200 }, (_, entry) => entry);
    for (let k = offered.length - 1; k > 0; k--) {
      const other = next() % (k + 1);
      [offered[k], offered[other]] = [offered[other]!, offered[k]!];
    }
    for (const entry of offered) probes.offer(entry, entry + 1000);
    const expected = [...offered].sort((p, q) => rank[p]! - rank[q]!).slice(0, 8);
    expect(Array.from({ length: probes.length }, (_, k) => probes.entry(k))).toEqual(expected);
    // Each entry keeps the wording it was probed from.
    expect(Array.from({ length: probes.length }, (_, k) => probes.variant(k))).toEqual(expected.map((entry) => entry + 1000));
  });

  it('keeps all of fewer entries than its capacity, and starts empty again when cleared', () => {
    const probes = new CrowdedProbes(8, precedes);
    for (const entry of [5, 3, 9]) probes.offer(entry, 0);
    expect(Array.from({ length: probes.length }, (_, k) => probes.entry(k))).toEqual([5, 3, 9].sort((p, q) => rank[p]! - rank[q]!));
    probes.clear();
    expect(probes.length).toBe(0);
  });
});
