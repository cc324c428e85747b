/**
 * The ranking of each cluster's wordings (canonical.ts), kept in a matching's
 * record (match-record.ts) so that the next matching need not rank a cluster
 * again when it has the same members.
 *
 * The order of a cluster depends on its members alone: each one's question
 * text, language, id and tokens, all of which the record keeps of an item
 * (match-record.ts), and ties are broken by id. A cluster of the next
 * matching whose members are exactly those of a kept one, recognised by
 * their wordings, is in that order again.
 */
import { areRunStarts } from './run-starts.js';

/** Each ranked cluster's items, clearest first, as a run: cluster `c` is `members[start[c]..start[c + 1]]`. */
export interface KeptRankings {
  start: Int32Array;
  members: Int32Array;
}

export function keptRankings(ranked: ReadonlyArray<readonly number[]>): KeptRankings {
  const start = new Int32Array(ranked.length + 1);
  ranked.forEach((members, c) => (start[c + 1] = start[c]! + members.length));
  const members = new Int32Array(start[ranked.length]!);
  ranked.forEach((cluster, c) => members.set(cluster, start[c]!));
  return { start, members };
}

/** Whether `value` is kept rankings of `count` items: runs in order, of items there are, each in one run. */
export function isKeptRankings(value: unknown, count: number): value is KeptRankings {
  if (value === null || typeof value !== 'object') return false;
  const { start, members } = value as Partial<KeptRankings>;
  if (!(start instanceof Int32Array && members instanceof Int32Array) || !areRunStarts(start, members.length)) return false;
  const seen = new Uint8Array(count);
  for (const item of members) {
    if (!(item >= 0 && item < count) || seen[item]) return false;
    seen[item] = 1;
  }
  return true;
}

/** The kept rankings of an earlier matching, for the clusters of this one. */
export class RankingRecall {
  recalled = 0;
  /** Per earlier item, its kept cluster, or -1. */
  private readonly clusterOf: Int32Array;
  /** Per earlier item, the item it is now, or -1. */
  private readonly now: Int32Array;

  /** `indexOf`: per item now, the earlier one with the same wordings, or -1 (recordIndexOf). */
  constructor(
    private readonly kept: KeptRankings,
    private readonly indexOf: Int32Array,
    earlierCount: number,
  ) {
    this.clusterOf = new Int32Array(earlierCount).fill(-1);
    for (let c = 0; c + 1 < kept.start.length; c++) {
      for (let k = kept.start[c]!; k < kept.start[c + 1]!; k++) this.clusterOf[kept.members[k]!] = c;
    }
    this.now = new Int32Array(earlierCount).fill(-1);
    indexOf.forEach((earlier, item) => {
      if (earlier >= 0) this.now[earlier] = item;
    });
  }

  /**
   * The label the earlier matching gave a cluster of exactly these members (items now, in order), a
   * cluster of one included; -1 when it had no such cluster. A label is the cluster's smallest item
   * (cluster.ts).
   */
  earlierLabel(members: readonly number[]): number {
    const first = this.indexOf[members[0]!]!;
    if (first < 0) return -1;
    const cluster = this.clusterOf[first]!;
    if (cluster < 0) return members.length === 1 ? first : -1;
    const { start } = this.kept;
    if (start[cluster + 1]! - start[cluster]! !== members.length) return -1;
    let label = first;
    for (const item of members) {
      const earlier = this.indexOf[item]!;
      if (earlier < 0 || this.clusterOf[earlier] !== cluster) return -1;
      if (earlier < label) label = earlier;
    }
    return label;
  }

  /** A cluster's members (items now) clearest first, when a kept cluster had exactly them; else undefined. */
  ranking(members: readonly number[]): number[] | undefined {
    const first = this.indexOf[members[0]!]!;
    const cluster = first < 0 ? -1 : this.clusterOf[first]!;
    if (cluster < 0) return undefined;
    const { start, members: kept } = this.kept;
    if (start[cluster + 1]! - start[cluster]! !== members.length) return undefined;
    // Members are distinct, and so are their keys and the kept ones: as many of them, all in that cluster, are all of it.
    for (const item of members) {
      const earlier = this.indexOf[item]!;
      if (earlier < 0 || this.clusterOf[earlier] !== cluster) return undefined;
    }
    this.recalled++;
    return Array.from(kept.subarray(start[cluster]!, start[cluster + 1]!), (earlier) => this.now[earlier]!);
  }
}
