/**
 * The clusters of an earlier matching, as its record keeps them (kept-rankings.ts): a cluster now
 * is told to be one of then only when it has exactly the same members, whatever their indices.
 */
import { describe, expect, it } from 'vitest';
import { keptRankings, RankingRecall } from '../../src/dedupe/kept-rankings.js';

describe('the clusters of an earlier matching', () => {
  // Then: items 0..5, clusters {1, 3, 4} (ranked 3, 1, 4) and {2, 5}; 0 alone.
  const kept = keptRankings([
    [3, 1, 4],
    [2, 5],
  ]);
  // Now: a new item first (wordings the record does not hold), then the six of then, each one index on.
  const indexOf = Int32Array.from([-1, 0, 1, 2, 3, 4, 5]);
  const recall = new RankingRecall(kept, indexOf, 6);

  it('gives the label a cluster of the same members had then: its smallest item then', () => {
    expect(recall.earlierLabel([2, 4, 5])).toBe(1);
    expect(recall.earlierLabel([3, 6])).toBe(2);
    expect(recall.earlierLabel([1])).toBe(0);
  });

  it('gives none for a cluster that lost or gained a member, or holds a new item', () => {
    expect(recall.earlierLabel([2, 4])).toBe(-1);
    expect(recall.earlierLabel([4])).toBe(-1);
    expect(recall.earlierLabel([1, 3, 6])).toBe(-1);
    expect(recall.earlierLabel([0])).toBe(-1);
    expect(recall.earlierLabel([0, 1])).toBe(-1);
  });

  it('ranks a cluster of the same members as it was ranked then', () => {
    expect(recall.ranking([2, 4, 5])).toEqual([4, 2, 5]);
    expect(recall.ranking([2, 4])).toBeUndefined();
  });
});
