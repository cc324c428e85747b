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
 */

export interface Indexable {
  /** Per wording, per token: the token's index keys, its own key first. */
  tokenKeys: readonly (readonly (readonly string[])[])[];
  /** Per wording, per token: its weight. */
  tokenWeights: readonly (readonly number[])[];
}

const FREQUENT = 100;
const CROWD = 8;
const WINDOW = 16;
const BUDGET = 64;
const NONE: ReadonlySet<string> = new Set();

function compareKeys(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** The key of two token keys together, the same whichever comes first. */
function pairKey(a: string, b: string): string {
  return a < b ? `${a}\u0001${b}` : `${b}\u0001${a}`;
}

/**
 * Questions holding a key, with the total weight and token signature of the
 * wording that put it there; crowded lists are sorted by weight, then signature.
 */
interface Holders {
  items: number[];
  weights: number[];
  signatures: string[];
}

function before(weightA: number, signatureA: string, weightB: number, signatureB: string): boolean {
  return weightA < weightB || (weightA === weightB && signatureA < signatureB);
}

/** Index of the first holder at or after (weight, signature) in a sorted crowded list. */
function firstAtLeast(holders: Holders, weight: number, signature: string): number {
  let low = 0;
  let high = holders.items.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (before(holders.weights[middle]!, holders.signatures[middle]!, weight, signature)) low = middle + 1;
    else high = middle;
  }
  return low;
}

/**
 * For each question `i`, the candidates `j > i`, ascending and each once.
 */
export function candidatePairs(items: readonly Indexable[], mergeScore: number): number[][] {
  const unmatchedShare = Math.max(0, 1 - mergeScore);
  const documentFrequency = new Map<string, number>();
  for (const item of items) {
    for (const key of new Set(item.tokenKeys.flat(2))) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);
  }
  const isFrequent = (key: string) => documentFrequency.get(key)! > FREQUENT;
  const totals = items.map((item) => item.tokenWeights.map((weights) => weights.reduce((sum, w) => sum + w, 0)));
  const signatures = items.map((item) => item.tokenKeys.map((tokens) => tokens.map((keys) => keys[0]!).sort().join(' ')));

  const index = new Map<string, Holders>();
  // Which keys each frequent key is indexed together with: a question probes
  // only the pairs someone holds, without spelling out all of its own pairs.
  const partners = new Map<string, Set<string>>();
  const partner = (a: string, b: string) => {
    const set = partners.get(a);
    if (set === undefined) partners.set(a, new Set([b]));
    else set.add(b);
  };
  const held: Array<ReadonlySet<string>> = [];
  items.forEach((item, i) => {
    const prefix = new Map<string, number>();
    item.tokenKeys.forEach((tokens, variant) => {
      const weights = item.tokenWeights[variant]!;
      const total = totals[i]![variant]!;
      const hold = (key: string) => {
        if (!prefix.has(key)) prefix.set(key, variant);
      };
      const holdPair = (key: string, other: string) => {
        hold(pairKey(key, other));
        partner(key, other);
        partner(other, key);
      };
      const order = tokens.map((_, t) => t);
      const rarity = (t: number) => documentFrequency.get(tokens[t]![0]!)!;
      order.sort((a, b) => rarity(a) - rarity(b) || compareKeys(tokens[a]![0]!, tokens[b]![0]!));
      let weight = 0;
      for (const t of order) {
        for (const key of tokens[t]!) {
          if (!isFrequent(key) || tokens.length === 1) hold(key);
          else for (const other of tokens) if (other !== tokens[t]) holdPair(key, other[0]!);
        }
        weight += weights[t]!;
        if (weight > unmatchedShare * total + 1e-9) break;
      }
    });
    held.push(new Set(prefix.keys()));
    for (const [key, variant] of prefix) {
      const [weight, signature] = [totals[i]![variant]!, signatures[i]![variant]!];
      const holders = index.get(key);
      if (holders === undefined) index.set(key, { items: [i], weights: [weight], signatures: [signature] });
      else (holders.items.push(i), holders.weights.push(weight), holders.signatures.push(signature));
    }
  });
  for (const holders of index.values()) {
    if (holders.items.length <= CROWD) continue;
    const { items: held, weights, signatures: signed } = holders;
    const order = held.map((_, k) => k);
    order.sort((a, b) =>
      weights[a] !== weights[b] ? weights[a]! - weights[b]! : signed[a]! < signed[b]! ? -1 : signed[a]! > signed[b]! ? 1 : held[a]! - held[b]!,
    );
    holders.items = order.map((k) => held[k]!);
    holders.weights = order.map((k) => weights[k]!);
    holders.signatures = order.map((k) => signed[k]!);
  }

  const later: number[][] = items.map(() => []);
  // Each question looks at no more than BUDGET holders, rarest keys first:
  // a rare key shared is the best evidence of a duplicate, and the keys of a
  // common frame ("strengths", "weaknesses") would otherwise bring hundreds
  // of look-alikes per question in a large bank (work grew faster than the bank).
  const probes: Array<{ key: string; own: boolean; weight: number; signature: string; holders: Holders }> = [];
  const seen = new Set<string>();
  let ownKeys: ReadonlySet<string> = NONE;
  const want = (key: string, weight: number, signature: string) => {
    if (seen.has(key)) return;
    seen.add(key);
    const holders = index.get(key);
    if (holders !== undefined) probes.push({ key, own: ownKeys.has(key), weight, signature, holders });
  };
  items.forEach((item, i) => {
    probes.length = 0;
    seen.clear();
    ownKeys = held[i]!;
    held[i] = NONE; // not needed again: let it go
    item.tokenKeys.forEach((tokens, variant) => {
      const [weight, signature] = [totals[i]![variant]!, signatures[i]![variant]!];
      for (const token of tokens) {
        for (const key of token) {
          want(key, weight, signature);
          if (!isFrequent(key)) continue;
          const held = partners.get(key);
          if (held === undefined) continue;
          for (const other of tokens) if (other !== token && held.has(other[0]!)) want(pairKey(key, other[0]!), weight, signature);
        }
      }
    });
    // Its own indexed keys first: a wording with the same tokens holds the same ones, next to it in the window.
    probes.sort((p, q) => Number(q.own) - Number(p.own) || p.holders.items.length - q.holders.items.length || compareKeys(p.key, q.key));
    let budget = BUDGET;
    for (const { weight, signature, holders } of probes) {
      if (budget <= 0 && holders.items.length > CROWD) continue;
      let from = 0;
      let to = holders.items.length;
      if (to > CROWD) {
        from = Math.max(0, firstAtLeast(holders, weight, signature) - WINDOW / 2);
        to = Math.min(to, from + WINDOW);
      }
      // Keys held by at most CROWD questions are cheap and telling: only crowded windows spend the budget.
      if (to - from > CROWD || holders.items.length > CROWD) budget -= to - from;
      for (let k = from; k < to; k++) {
        if (holders.items.length > CROWD) {
          const other = holders.weights[k]!;
          if (other < weight * mergeScore - 1e-9 || other * mergeScore > weight + 1e-9) continue;
        }
        const j = holders.items[k]!;
        if (j > i) later[i]!.push(j);
        else if (j < i) later[j]!.push(i);
      }
    }
  });
  return later.map((js) => {
    const sorted = Int32Array.from(js).sort();
    const unique: number[] = [];
    for (let k = 0; k < sorted.length; k++) if (k === 0 || sorted[k] !== sorted[k - 1]) unique.push(sorted[k]!);
    return unique;
  });
}
