/**
 * Candidate pairs without comparing all pairs: prefix filtering over an
 * inverted index of token keys.
 *
 * Rarity is counted over the whole input (in how many questions a key
 * occurs). Each question puts into the index only the keys of its rarest
 * tokens (its "prefix": per wording, the rarest tokens that together weigh
 * more than 1 - merge score of the wording, 20% by default), then looks up
 * all of its own keys. Two questions become candidates when one holds a key
 * from the other's prefix.
 *
 * Why that finds the duplicates: two wordings merge only when each has at
 * least 80% of its token weight matched in the other, so the prefix cannot
 * be all unmatched: one of its tokens is matched, by its key or, for
 * spelling slips and compounds, by a spelling prefix (`p:`) or a joined
 * spelling the other also has.
 * A wording whose tokens are all inside another's is always found.
 *
 * Three limits keep the work near-linear whatever the input:
 * - A key in more than FREQUENT questions (prefixes.ts; "dropout" in a large bank) is
 *   indexed together with each other token of its wording ("dropout" +
 *   "overfit"), and alone only for one-token wordings. A duplicate matches
 *   the frequent token and, with 80% of the weight matched, another one too.
 * - A key held by more than CROWD questions (a subject many questions ask
 *   about) is looked up only among the WINDOW holders nearest in total token
 *   weight and then in token signature, and only those weighing 80%..125%
 *   of the asker: a duplicate has at least 80% of its weight matched on
 *   both sides, so it weighs about the same, and identical token sets sit
 *   side by side in that order.
 * - Each question looks through at most BUDGET holders of crowded keys, its
 *   own indexed keys first, then the rarest: in a bank of 100,000 the keys of
 *   common frames ("strengths", "weaknesses", "pitfalls") are crowded, and
 *   without a budget the candidates per question grew with the bank.
 * Near misses (below the merge score) are found when they share a key held
 * by at most CROWD questions; for a subject asked about more often, only
 * wordings close to duplicates are compared (and so linked as related).
 *
 * Index keys (a token's key, its ambiguous meanings, its spelling prefix,
 * its spelling joined with the next word) become their rank in the sorted
 * list of all of them (KeyTable), so the index is keyed by numbers
 * (no string built or hashed per lookup) while every tie is still broken
 * in the order of the key strings, as the result must not depend on
 * anything but the questions.
 */
import { changedAskers, type ChangedAskers } from './changed-askers.js';
import { Index, IntList } from './entry-index.js';
import { CrowdedProbes } from './crowded-probes.js';
import { FOUND_BY_FIRST, FOUND_BY_SECOND, PairList, type CandidatePairs } from './found-pairs.js';
import { KeyTable } from './key-table.js';
import { PrefixReader, type HoldingSink, type PrefixLayout } from './prefixes.js';
import type { TokenTable } from './token-table.js';

const CROWD = 8;
const WINDOW = 16;
const BUDGET = 64;
// Looking through a crowded entry spends at least WINDOW / 2 of the budget only while CROWD >= WINDOW / 2,
// and crowded-probes.ts keeps no more entries than that allows: without it, entries would be dropped unseen.
if (CROWD < WINDOW / 2) throw new Error('candidates: CROWD must be at least WINDOW / 2');

/**
 * The last matching's candidate pairs, and what they were found from: its items' tokens (`layout`,
 * keys ranked as in this search's table) and per item now its index then (-1: new).
 */
export interface EarlierCandidates {
  layout: PrefixLayout;
  indexOf: Int32Array;
  pairs: Pick<CandidatePairs, 'start' | 'others' | 'finders'>;
  mergeScore: number;
}

/**
 * For each question `i`, the candidates `j > i`, ascending and each once. `table`: the index keys of
 * `tokens` (made from them unless given). With `earlier` (searched with the same merge score; another
 * one reads other prefixes, and `earlier` is then not used), only the questions whose candidates can
 * have changed probe (changed-askers.ts); the others' pairs are taken from it: the same pairs.
 */
export function candidatePairs(tokens: TokenTable, mergeScore: number, table = new KeyTable(tokens), earlier?: EarlierCandidates): CandidatePairs {
  return new CandidateSearch(tokens, table, mergeScore).pairs(earlier?.mergeScore === mergeScore ? earlier : undefined);
}

/**
 * One search, phase by phase, each a method. A rebuild runs it once, in a fresh process, where V8
 * optimises each loop as it grows hot, together with the function around it: as one function of
 * every phase, the search was compiled whole again at each phase (its later loops had no feedback
 * yet) and fell back to the interpreter meanwhile, and closures made per wording were new call
 * targets each time. As methods, the matching after a rewording at 10,000 questions took a median
 * 504 ms against 552 ms, run once in a fresh process (5 alternating runs).
 */
class CandidateSearch {
  private readonly unmatchedShare: number;
  private readonly itemCount: number;
  private readonly keys: Int32Array;
  private readonly keyStart: Int32Array;
  private readonly variantStart: Int32Array;
  private readonly itemStart: Int32Array;
  private readonly totals: Float64Array;
  private readonly layout: PrefixLayout;
  private readonly documentFrequency: Int32Array;
  private readonly prefixes: PrefixReader;
  private readonly index: Index;

  // Holdings as found, in item order: entry and wording of each; a question's own are a run of them.
  private readonly heldEntry = new IntList();
  private readonly heldVariant = new IntList();
  private readonly lastHolder = new IntList();
  private ownStart: Int32Array;
  /** The question whose prefix is being held, and where its entries go (PrefixReader reads them). */
  private holding = -1;
  private readonly holdingSink: HoldingSink = {
    held: (first, second, v) => this.hold(second < 0 ? this.index.singleOrNew(first) : this.index.pairOrNew(first, second), this.holding, v),
  };
  /** Per entry, its holders (item and wording) from holderStart[entry], in the order of their wordings' place. */
  private holderStart = new Int32Array(0);
  private holderItem = new Int32Array(0);
  private holderVariant = new Int32Array(0);

  constructor(
    tokens: TokenTable,
    private readonly table: KeyTable,
    private readonly mergeScore: number,
  ) {
    this.unmatchedShare = Math.max(0, 1 - mergeScore);
    this.itemCount = tokens.itemCount;
    ({ keys: this.keys, keyStart: this.keyStart } = table);
    ({ variantStart: this.variantStart, itemStart: this.itemStart, total: this.totals } = tokens);
    this.layout = { itemStart: this.itemStart, variantStart: this.variantStart, weight: tokens.weight, total: this.totals, keys: this.keys, keyStart: this.keyStart };
    this.documentFrequency = this.countDocuments();
    this.prefixes = new PrefixReader(this.documentFrequency, this.unmatchedShare);
    this.index = new Index(table.size);
    this.ownStart = new Int32Array(this.itemCount + 1);
  }

  /** In how many questions each key occurs. */
  private countDocuments(): Int32Array {
    const { keys, keyStart, variantStart, itemStart } = this;
    const documentFrequency = new Int32Array(this.table.size);
    const lastItem = new Int32Array(this.table.size).fill(-1);
    for (let i = 0; i < this.itemCount; i++) {
      for (let k = keyStart[variantStart[itemStart[i]!]!]!; k < keyStart[variantStart[itemStart[i + 1]!]!]!; k++) {
        const key = keys[k]!;
        if (lastItem[key] !== i) (lastItem[key] = i), (documentFrequency[key] = documentFrequency[key]! + 1);
      }
    }
    return documentFrequency;
  }

  /**
   * The candidate pairs: each question holds its prefix, then looks up all of its keys; with `earlier`,
   * only the questions whose candidates can have changed look them up.
   */
  pairs(earlier?: EarlierCandidates): CandidatePairs {
    this.holdPrefixes();
    this.listHolders();
    const changed = earlier && changedAskers(this.layout, this.documentFrequency, this.table.size, this.unmatchedShare, earlier);
    return changed ? this.probeChanged(changed, earlier!.pairs) : this.probeAskers();
  }

  private isFrequent(key: number): boolean {
    return this.prefixes.isFrequent(key);
  }

  /** Each question holds, per wording, the entries of its rarest tokens (the prefix). */
  private holdPrefixes(): void {
    for (let i = 0; i < this.itemCount; i++) {
      this.ownStart[i] = this.heldEntry.length;
      this.holding = i;
      this.prefixes.holdingsOf(this.layout, i, this.holdingSink);
    }
    this.ownStart[this.itemCount] = this.heldEntry.length;
  }

  /** Question `i` holds `entry`, once, for the first of its wordings (`v`) that holds it. */
  private hold(entry: number, i: number, v: number): void {
    const { lastHolder } = this;
    while (lastHolder.length <= entry) lastHolder.push(-1);
    if (lastHolder.values[entry] === i) return;
    lastHolder.values[entry] = i;
    this.heldEntry.push(entry);
    this.heldVariant.push(v);
  }

  /**
   * Each entry's holders as a run of two flat arrays, in the order of their wordings' place (weight,
   * then signature; equal ones by item): filled wording by wording in that order, so no list needs sorting.
   */
  private listHolders(): void {
    const { heldEntry, heldVariant, table, itemStart } = this;
    const entries = this.index.size;
    const held = heldEntry.length;
    const holderStart = new Int32Array(entries + 1);
    for (let h = 0; h < held; h++) holderStart[heldEntry.values[h]! + 1]!++;
    for (let e = 0; e < entries; e++) holderStart[e + 1]! += holderStart[e]!;
    const variants = this.variantStart.length - 1;
    const heldByVariantStart = new Int32Array(variants + 1);
    for (let h = 0; h < held; h++) heldByVariantStart[heldVariant.values[h]! + 1]!++;
    for (let x = 0; x < variants; x++) heldByVariantStart[x + 1]! += heldByVariantStart[x]!;
    const heldByVariant = new Int32Array(held);
    const nextOfVariant = heldByVariantStart.slice(0, variants);
    for (let h = 0; h < held; h++) heldByVariant[nextOfVariant[heldVariant.values[h]!]!++] = h;
    const itemOf = new Int32Array(variants);
    for (let i = 0; i < this.itemCount; i++) itemOf.fill(i, itemStart[i]!, itemStart[i + 1]!);
    const holderItem = new Int32Array(held);
    const holderVariant = new Int32Array(held);
    const nextOfEntry = holderStart.slice(0, entries);
    for (const v of table.byPlace) {
      for (let k = heldByVariantStart[v]!; k < heldByVariantStart[v + 1]!; k++) {
        const at = nextOfEntry[heldEntry.values[heldByVariant[k]!]!]!++;
        holderItem[at] = itemOf[v]!;
        holderVariant[at] = v;
      }
    }
    this.holderStart = holderStart;
    this.holderItem = holderItem;
    this.holderVariant = holderVariant;
  }

  private holders(entry: number): number {
    return this.holderStart[entry + 1]! - this.holderStart[entry]!;
  }

  /** Position of the first holder of `entry` at or after variant `v` in weight-then-signature order. */
  private firstAtLeast(entry: number, v: number): number {
    const { holderVariant } = this;
    const { place } = this.table;
    let low = this.holderStart[entry]!;
    let high = this.holderStart[entry + 1]!;
    const at = place[v]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (place[holderVariant[middle]!]! < at) low = middle + 1;
      else high = middle;
    }
    return low;
  }

  /**
   * Every question (or those of `askers`) looks up all of its keys; the pairs it meets are its
   * candidates, added to `found`.
   */
  private probeAskers(askers?: Uint8Array, found = new PairList(this.itemCount)): CandidatePairs {
    const probing = new Probing(this.itemCount, this.index.size, found);
    // Each question looks at no more than BUDGET holders of crowded entries,
    // rarest first: a rare key shared is the best evidence of a duplicate, and
    // the keys of a common frame ("strengths", "weaknesses") would otherwise
    // bring hundreds of look-alikes per question in a large bank (work grew
    // faster than the bank). Entries of at most CROWD holders are cheap and
    // telling: all of them are looked through.
    const precedes = (p: number, q: number) => {
      const ownP = probing.ownBy[p] === probing.asker;
      if (ownP !== (probing.ownBy[q] === probing.asker)) return ownP;
      return this.holders(p) - this.holders(q) < 0 || (this.holders(p) === this.holders(q) && this.index.compare(p, q) < 0);
    };
    const crowdedProbes = new CrowdedProbes(Math.ceil(BUDGET / (WINDOW / 2)), precedes);
    let asked = 0;
    for (let i = 0; i < this.itemCount; i++) {
      if (askers && !askers[i]) continue;
      asked++;
      probing.asker = i;
      crowdedProbes.clear();
      for (let h = this.ownStart[i]!; h < this.ownStart[i + 1]!; h++) probing.ownBy[this.heldEntry.values[h]!] = i;
      this.probeKeys(i, probing, crowdedProbes);
      this.lookThroughCrowded(i, probing, crowdedProbes);
    }
    const pairs = found.byFirst();
    pairs.askers = asked;
    return pairs;
  }

  /**
   * The pairs the last matching found, each kept as long as a question that found it need not probe
   * again, and the pairs those that must probe now find.
   */
  private probeChanged({ askers, newOf }: ChangedAskers, earlier: EarlierCandidates['pairs']): CandidatePairs {
    const found = new PairList(this.itemCount);
    const { start, others, finders } = earlier;
    for (let x = 0; x < newOf.length; x++) {
      const a = newOf[x]!;
      if (a < 0) continue;
      for (let k = start[x]!; k < start[x + 1]!; k++) {
        const b = newOf[others[k]!]!;
        if (b < 0) continue;
        const kept = (finders[k]! & FOUND_BY_FIRST && !askers[a] ? FOUND_BY_FIRST : 0) | (finders[k]! & FOUND_BY_SECOND && !askers[b] ? FOUND_BY_SECOND : 0);
        if (kept) found.addFound(a, b, kept);
      }
    }
    return this.probeAskers(askers, found);
  }

  /** Question `i` looks up each key of each of its wordings, alone and (a frequent one) with each other token's. */
  private probeKeys(i: number, probing: Probing, crowdedProbes: CrowdedProbes): void {
    const { itemStart, variantStart, keys, keyStart, index, table } = this;
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const first = variantStart[v]!;
      const end = variantStart[v + 1]!;
      for (let t = first; t < end; t++) {
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          this.probe(index.single(key), i, v, probing, crowdedProbes);
          if (!this.isFrequent(key)) continue;
          const own = k === keyStart[t];
          for (let other = first; other < end; other++) {
            if (other === t) continue;
            const otherKey = table.ownKey(other);
            // Two own keys, both frequent: that pair was looked up from the other token already.
            if (own && other < t && this.isFrequent(otherKey)) continue;
            this.probe(index.pair(key, otherKey), i, v, probing, crowdedProbes);
          }
        }
      }
    }
  }

  /** Question `i` meets the holders of `entry` (probed from wording `variant`), or keeps a crowded entry for later. */
  private probe(entry: number, i: number, variant: number, probing: Probing, crowdedProbes: CrowdedProbes): void {
    if (entry < 0 || probing.probedBy[entry] === i) return;
    probing.probedBy[entry] = i;
    if (this.holders(entry) > CROWD) crowdedProbes.offer(entry, variant);
    else for (let k = this.holderStart[entry]!; k < this.holderStart[entry + 1]!; k++) probing.meet(i, this.holderItem[k]!);
  }

  /** Question `i` looks through a window of each crowded entry it kept, within its budget. */
  private lookThroughCrowded(i: number, probing: Probing, crowdedProbes: CrowdedProbes): void {
    const { totals, holderStart, holderVariant, holderItem, mergeScore } = this;
    let budget = BUDGET;
    for (let p = 0; p < crowdedProbes.length && budget > 0; p++) {
      const entry = crowdedProbes.entry(p);
      const weight = totals[crowdedProbes.variant(p)]!;
      const from = Math.max(holderStart[entry]!, this.firstAtLeast(entry, crowdedProbes.variant(p)) - WINDOW / 2);
      const to = Math.min(holderStart[entry + 1]!, from + WINDOW);
      budget -= to - from;
      for (let k = from; k < to; k++) {
        // A duplicate weighs 80%..125% of the asker.
        const other = totals[holderVariant[k]!]!;
        if (other < weight * mergeScore - 1e-9 || other * mergeScore > weight + 1e-9) continue;
        probing.meet(i, holderItem[k]!);
      }
    }
  }
}

/** What the questions' probing has found so far, and marks of what the question asking now has done. */
class Probing {
  /** Each pair once per asking question (several shared keys find the same one). */
  private readonly metBy: Int32Array;
  /** Each entry once per asking question. */
  readonly probedBy: Int32Array;
  /** The entries the asking question holds itself (its own entries come first: a wording with the same tokens holds the same ones). */
  readonly ownBy: Int32Array;
  asker = -1;

  constructor(
    itemCount: number,
    entries: number,
    readonly found: PairList,
  ) {
    this.metBy = new Int32Array(itemCount).fill(-1);
    this.probedBy = new Int32Array(entries).fill(-1);
    this.ownBy = new Int32Array(entries).fill(-1);
  }

  meet(i: number, j: number): void {
    if (this.metBy[j] === i || j === i) return;
    this.metBy[j] = i;
    this.found.add(i, j);
  }
}
