/**
 * The strongest near misses of each question, at most `perQuestion` each.
 *
 * A large bank has millions of pairs that score as near misses (at 100,000
 * questions, 3.2 million); `related` shows at most `maxRelated` per
 * question, so only those are worth keeping. Flat typed arrays: no object per
 * pair. Order among equal scores: the lower index first, so the result does
 * not depend on the order pairs are offered in.
 */
import { VIAS, type Via } from './similarity.js';

const FLIPPED: readonly Via[] = ['whole/whole', 'whole/lead', 'lead/whole'];

export class NearMisses {
  private readonly scores: Float64Array;
  private readonly others: Int32Array;
  /** Index into VIAS of the wordings compared, as seen from the row's question. */
  private readonly vias: Uint8Array;
  /** What find() answers with (one object, refilled by each call). */
  private readonly found: { score: number; via: Via } = { score: 0, via: 'whole/whole' };
  private readonly sizes: Uint16Array;

  constructor(
    private readonly count: number,
    private readonly perQuestion: number,
  ) {
    const slots = count * Math.max(0, perQuestion);
    this.scores = new Float64Array(slots);
    this.others = new Int32Array(slots);
    this.vias = new Uint8Array(slots);
    this.sizes = new Uint16Array(count);
  }

  /** Offer the pair to both of its questions; `via` as seen from `a`. */
  offer(a: number, b: number, score: number, via: Via): void {
    const code = VIAS.indexOf(via);
    this.keep(a, b, score, code);
    this.keep(b, a, score, VIAS.indexOf(FLIPPED[code]!));
  }

  private keep(from: number, to: number, score: number, via: number): void {
    const k = this.perQuestion;
    if (k <= 0) return;
    const base = from * k;
    const size = this.sizes[from]!;
    const stronger = (slot: number) => this.scores[slot]! > score || (this.scores[slot] === score && this.others[slot]! < to);
    if (size === k && stronger(base + k - 1)) return;
    // Insertion into a short sorted row; the weakest falls off when full.
    let slot = base + (size === k ? k - 1 : size);
    while (slot > base && !stronger(slot - 1)) {
      this.scores[slot] = this.scores[slot - 1]!;
      this.others[slot] = this.others[slot - 1]!;
      this.vias[slot] = this.vias[slot - 1]!;
      slot--;
    }
    this.scores[slot] = score;
    this.others[slot] = to;
    this.vias[slot] = via;
    if (size < k) this.sizes[from] = size + 1;
  }

  /**
   * The score a pair must beat to be kept by `from`: its weakest kept score
   * when its row is full, else 0. (A pair scoring below it is turned away.)
   */
  weakest(from: number): number {
    const k = this.perQuestion;
    return k > 0 && this.sizes[from] === k ? this.scores[from * k + k - 1]! : 0;
  }

  /**
   * The score and compared wordings of a kept pair (`via` as seen from `a`),
   * or undefined. The answer is one object reused by every call (read it
   * before asking again): the decision log asks about every kept pair.
   */
  find(a: number, b: number): Readonly<{ score: number; via: Via }> | undefined {
    const slot = this.slotOf(a, b);
    const reverse = slot >= 0 ? -1 : this.slotOf(b, a);
    if (slot < 0 && reverse < 0) return undefined;
    this.found.score = this.scores[slot >= 0 ? slot : reverse]!;
    this.found.via = slot >= 0 ? VIAS[this.vias[slot]!]! : FLIPPED[this.vias[reverse]!]!;
    return this.found;
  }


  private slotOf(from: number, to: number): number {
    const base = from * this.perQuestion;
    for (let k = 0; k < this.sizes[from]!; k++) if (this.others[base + k] === to) return base + k;
    return -1;
  }

  /** Every kept pair once, as `min * count + max`. */
  pairCodes(): Float64Array {
    let kept = 0;
    for (let from = 0; from < this.count; from++) kept += this.sizes[from]!;
    const codes = new Float64Array(kept);
    let n = 0;
    for (let from = 0; from < this.count; from++) {
      const base = from * this.perQuestion;
      for (let k = 0; k < this.sizes[from]!; k++) {
        const to = this.others[base + k]!;
        // A pair both sides kept is given once, by its lower side.
        if (from < to || !this.holds(to, from)) codes[n++] = Math.min(from, to) * this.count + Math.max(from, to);
      }
    }
    return codes.subarray(0, n);
  }

  private holds(from: number, to: number): boolean {
    return this.slotOf(from, to) >= 0;
  }
}
