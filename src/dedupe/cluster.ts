/**
 * Complete-linkage clustering: two groups join only when every member of one
 * may merge with every member of the other. So A~B and B~C never pull in a C
 * that is unlike A (no chaining). Edges are taken strongest first, ties by
 * index, so the result does not depend on input order once the items are
 * sorted.
 */

export interface Edge {
  a: number;
  b: number;
  score: number;
}

export interface Clustering {
  /** Cluster label of each item: the smallest item index in its cluster. */
  labelOf: number[];
  members: Map<number, number[]>;
}

export class CompleteLinkage {
  private readonly labelOf: number[];
  private readonly members = new Map<number, number[]>();

  constructor(
    count: number,
    /** Whether two items may be in one cluster (score, kind, overrides). */
    private readonly mayJoin: (a: number, b: number) => boolean,
  ) {
    this.labelOf = Array.from({ length: count }, (_, i) => i);
    for (let i = 0; i < count; i++) this.members.set(i, [i]);
  }

  sameCluster(a: number, b: number): boolean {
    return this.labelOf[a] === this.labelOf[b];
  }

  /** The first member of `a`'s cluster that `b`'s cluster may not join, or undefined. */
  blockerOf(a: number, b: number): [number, number] | undefined {
    const left = this.members.get(this.labelOf[a]!)!;
    const right = this.members.get(this.labelOf[b]!)!;
    for (const x of left) for (const y of right) if (!this.mayJoin(x, y)) return [x, y];
    return undefined;
  }

  /** Join the clusters of `a` and `b` when every cross pair may join; true when joined. */
  join(a: number, b: number, check: (x: number, y: number) => boolean = this.mayJoin): boolean {
    const labelA = this.labelOf[a]!;
    const labelB = this.labelOf[b]!;
    if (labelA === labelB) return true;
    const left = this.members.get(labelA)!;
    const right = this.members.get(labelB)!;
    for (const x of left) for (const y of right) if (!check(x, y)) return false;
    const [keep, drop] = labelA < labelB ? [labelA, labelB] : [labelB, labelA];
    const joined = [...this.members.get(keep)!, ...this.members.get(drop)!].sort((x, y) => x - y);
    for (const item of this.members.get(drop)!) this.labelOf[item] = keep;
    this.members.set(keep, joined);
    this.members.delete(drop);
    return true;
  }

  /** Take edges strongest first (ties: lower indices first) and join where allowed. */
  run(edges: readonly Edge[]): void {
    const ordered = [...edges].sort((p, q) => q.score - p.score || p.a - q.a || p.b - q.b);
    for (const edge of ordered) this.join(edge.a, edge.b);
  }

  result(): Clustering {
    return { labelOf: [...this.labelOf], members: new Map(this.members) };
  }
}
