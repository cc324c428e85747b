/**
 * The crowded entries one question probes (candidates.ts), of which it looks
 * through only the first few in probe order. Each look spends at least
 * WINDOW / 2 of its BUDGET (a window reaches at least that far on one side
 * of the asker's place, and a crowded entry has more holders than that), so
 * no more than BUDGET / (WINDOW / 2) entries are ever looked through: only
 * those first ones are kept, in a short sorted list filled as probes come,
 * instead of an object per probe and a sort of them all per question.
 */
export class CrowdedProbes {
  private readonly entries: Int32Array;
  private readonly variants: Int32Array;
  private count = 0;

  /**
   * @param capacity how many of the first entries can be looked through
   * @param precedes whether entry `p` comes before entry `q` in probe order (a strict total order)
   */
  constructor(
    private readonly capacity: number,
    private readonly precedes: (p: number, q: number) => boolean,
  ) {
    this.entries = new Int32Array(capacity);
    this.variants = new Int32Array(capacity);
  }

  get length(): number {
    return this.count;
  }

  clear(): void {
    this.count = 0;
  }

  /** Keep `entry` (probed from wording `variant`) if it is among the first `capacity` so far. */
  offer(entry: number, variant: number): void {
    const { entries, variants } = this;
    if (this.count === this.capacity && !this.precedes(entry, entries[this.count - 1]!)) return;
    let at = this.count === this.capacity ? this.count - 1 : this.count++;
    for (; at > 0 && this.precedes(entry, entries[at - 1]!); at--) {
      entries[at] = entries[at - 1]!;
      variants[at] = variants[at - 1]!;
    }
    entries[at] = entry;
    variants[at] = variant;
  }

  entry(k: number): number {
    return this.entries[k]!;
  }

  variant(k: number): number {
    return this.variants[k]!;
  }
}
