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
 * - A key in more than FREQUENT questions ("dropout" in a large bank) is
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
import { Index, IntList } from './entry-index.js';
import { CrowdedProbes } from './crowded-probes.js';
import { PairList, type CandidatePairs } from './found-pairs.js';
import { KeyTable } from './key-table.js';
import type { TokenTable } from './token-table.js';

const FREQUENT = 100;
const CROWD = 8;
const WINDOW = 16;
const BUDGET = 64;
// Looking through a crowded entry spends at least WINDOW / 2 of the budget only while CROWD >= WINDOW / 2,
// and crowded-probes.ts keeps no more entries than that allows: without it, entries would be dropped unseen.
if (CROWD < WINDOW / 2) throw new Error('candidates: CROWD must be at least WINDOW / 2');

/**
 * For each question `i`, the candidates `j > i`, ascending and each once. `table`: the index keys of
 * `tokens` (made from them unless given).
 */
export function candidatePairs(tokens: TokenTable, mergeScore: number, table = new KeyTable(tokens)): CandidatePairs {
  const unmatchedShare = Math.max(0, 1 - mergeScore);
  const itemCount = tokens.itemCount;
  const { keys, keyStart } = table;
  const { variantStart, itemStart, weight: weights, total: totals } = tokens;

  const documentFrequency = new Int32Array(table.size);
  const lastItem = new Int32Array(table.size).fill(-1);
  for (let i = 0; i < itemCount; i++) {
    for (let k = keyStart[variantStart[itemStart[i]!]!]!; k < keyStart[variantStart[itemStart[i + 1]!]!]!; k++) {
      const key = keys[k]!;
      if (lastItem[key] !== i) (lastItem[key] = i), (documentFrequency[key] = documentFrequency[key]! + 1);
    }
  }
  const isFrequent = (key: number) => documentFrequency[key]! > FREQUENT;

  const index = new Index(table.size);
  // Holdings as found, in item order: entry and wording of each; a question's own are a run of them.
  const heldEntry = new IntList();
  const heldVariant = new IntList();
  const lastHolder = new IntList();
  const ownStart = new Int32Array(itemCount + 1);
  const order: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    ownStart[i] = heldEntry.length;
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const [first, end] = [variantStart[v]!, variantStart[v + 1]!];
      const alone = end - first === 1;
      // Held once per question, for the first wording that holds it.
      const hold = (entry: number) => {
        while (lastHolder.length <= entry) lastHolder.push(-1);
        if (lastHolder.values[entry] === i) return;
        lastHolder.values[entry] = i;
        heldEntry.push(entry);
        heldVariant.push(v);
      };
      order.length = 0;
      for (let t = first; t < end; t++) order.push(t);
      const rarity = (t: number) => documentFrequency[table.ownKey(t)]!;
      order.sort((a, b) => rarity(a) - rarity(b) || table.ownKey(a) - table.ownKey(b));
      let weight = 0;
      for (const t of order) {
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          if (!isFrequent(key) || alone) hold(index.singleOrNew(key));
          else for (let other = first; other < end; other++) if (other !== t) hold(index.pairOrNew(key, table.ownKey(other)));
        }
        weight += weights[t]!;
        if (weight > unmatchedShare * totals[v]! + 1e-9) break;
      }
    }
  }
  ownStart[itemCount] = heldEntry.length;

  // Each entry's holders as a run of two flat arrays, in the order of their wordings' place (weight,
  // then signature; equal ones by item): filled wording by wording in that order, so no list needs sorting.
  const entries = index.size;
  const held = heldEntry.length;
  const holderStart = new Int32Array(entries + 1);
  for (let h = 0; h < held; h++) holderStart[heldEntry.values[h]! + 1]!++;
  for (let e = 0; e < entries; e++) holderStart[e + 1]! += holderStart[e]!;
  const variants = tokens.variantCount;
  const heldByVariantStart = new Int32Array(variants + 1);
  for (let h = 0; h < held; h++) heldByVariantStart[heldVariant.values[h]! + 1]!++;
  for (let x = 0; x < variants; x++) heldByVariantStart[x + 1]! += heldByVariantStart[x]!;
  const heldByVariant = new Int32Array(held);
  {
    const next = heldByVariantStart.slice(0, variants);
    for (let h = 0; h < held; h++) heldByVariant[next[heldVariant.values[h]!]!++] = h;
  }
  const itemOf = new Int32Array(variants);
  for (let i = 0; i < itemCount; i++) itemOf.fill(i, itemStart[i]!, itemStart[i + 1]!);
  const holderItem = new Int32Array(held);
  const holderVariant = new Int32Array(held);
  {
    const next = holderStart.slice(0, entries);
    for (const v of table.byPlace) {
      for (let k = heldByVariantStart[v]!; k < heldByVariantStart[v + 1]!; k++) {
        const at = next[heldEntry.values[heldByVariant[k]!]!]!++;
        holderItem[at] = itemOf[v]!;
        holderVariant[at] = v;
      }
    }
  }
  const holders = (entry: number) => holderStart[entry + 1]! - holderStart[entry]!;
  const crowded = (entry: number) => holders(entry) > CROWD;
  const { place } = table;

  /** Position of the first holder of `entry` at or after variant `v` in weight-then-signature order. */
  const firstAtLeast = (entry: number, v: number) => {
    let low = holderStart[entry]!;
    let high = holderStart[entry + 1]!;
    const at = place[v]!;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (place[holderVariant[middle]!]! < at) low = middle + 1;
      else high = middle;
    }
    return low;
  };

  const found = new PairList(itemCount);
  // Each pair once per asking question (several shared keys find the same one).
  const metBy = new Int32Array(itemCount).fill(-1);
  const meet = (i: number, j: number) => {
    if (metBy[j] === i || j === i) return;
    metBy[j] = i;
    found.add(i, j);
  };
  // Each question looks at no more than BUDGET holders of crowded entries,
  // rarest first: a rare key shared is the best evidence of a duplicate, and
  // the keys of a common frame ("strengths", "weaknesses") would otherwise
  // bring hundreds of look-alikes per question in a large bank (work grew
  // faster than the bank). Entries of at most CROWD holders are cheap and
  // telling: all of them are looked through.
  const probedBy = new Int32Array(entries).fill(-1);
  // The entries question `i` holds itself (its own entries come first: a wording with the same tokens holds the same ones).
  const ownBy = new Int32Array(entries).fill(-1);
  let asker = -1;
  const precedes = (p: number, q: number) => {
    const ownP = ownBy[p] === asker;
    if (ownP !== (ownBy[q] === asker)) return ownP;
    return holders(p) - holders(q) < 0 || (holders(p) === holders(q) && index.compare(p, q) < 0);
  };
  const crowdedProbes = new CrowdedProbes(Math.ceil(BUDGET / (WINDOW / 2)), precedes);
  for (let i = 0; i < itemCount; i++) {
    asker = i;
    crowdedProbes.clear();
    for (let h = ownStart[i]!; h < ownStart[i + 1]!; h++) ownBy[heldEntry.values[h]!] = i;
    const probe = (entry: number, variant: number) => {
      if (entry < 0 || probedBy[entry] === i) return;
      probedBy[entry] = i;
      if (crowded(entry)) crowdedProbes.offer(entry, variant);
      else for (let k = holderStart[entry]!; k < holderStart[entry + 1]!; k++) meet(i, holderItem[k]!);
    };
    for (let v = itemStart[i]!; v < itemStart[i + 1]!; v++) {
      const [first, end] = [variantStart[v]!, variantStart[v + 1]!];
      for (let t = first; t < end; t++) {
        for (let k = keyStart[t]!; k < keyStart[t + 1]!; k++) {
          const key = keys[k]!;
          probe(index.single(key), v);
          if (!isFrequent(key)) continue;
          const own = k === keyStart[t];
          for (let other = first; other < end; other++) {
            if (other === t) continue;
            const otherKey = table.ownKey(other);
            // Two own keys, both frequent: that pair was looked up from the other token already.
            if (own && other < t && isFrequent(otherKey)) continue;
            probe(index.pair(key, otherKey), v);
          }
        }
      }
    }
    let budget = BUDGET;
    for (let p = 0; p < crowdedProbes.length && budget > 0; p++) {
      const entry = crowdedProbes.entry(p);
      const weight = totals[crowdedProbes.variant(p)]!;
      const from = Math.max(holderStart[entry]!, firstAtLeast(entry, crowdedProbes.variant(p)) - WINDOW / 2);
      const to = Math.min(holderStart[entry + 1]!, from + WINDOW);
      budget -= to - from;
      for (let k = from; k < to; k++) {
        // A duplicate weighs 80%..125% of the asker.
        const other = totals[holderVariant[k]!]!;
        if (other < weight * mergeScore - 1e-9 || other * mergeScore > weight + 1e-9) continue;
        meet(i, holderItem[k]!);
      }
    }
  }
  return found.byFirst();
}
