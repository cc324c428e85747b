/**
 * Candidate pairs without comparing all pairs: prefix filtering over an
 * inverted index of fingerprint keys.
 *
 * Every question puts only its rarest keys (its "prefix", rarity counted over
 * the whole input) into the index, then looks up all of its own keys. Two
 * questions become candidates when one holds a key from the other's prefix.
 * A question whose tokens are all inside another's (the case that decides
 * merges of short questions) is always found: its prefix keys are all keys
 * of the other. Two questions that share most tokens share some of their
 * rarest ones too. Frequent keys ("learn", "model") then cost nothing
 * unless a question has nothing rarer, so the work grows near-linearly.
 */

/** Prefix length: at least 3 keys, and a third of the rest. */
function prefixLength(keyCount: number): number {
  return Math.min(keyCount, 3 + Math.floor(keyCount / 3));
}

/**
 * Pairs `[i, j]` with `i < j`, each once, in ascending order, for the
 * questions whose index keys are `keysOf[i]`.
 */
export function candidatePairs(keysOf: readonly (readonly string[])[]): Array<[number, number]> {
  const count = keysOf.length;
  const documentFrequency = new Map<string, number>();
  for (const keys of keysOf) for (const key of keys) documentFrequency.set(key, (documentFrequency.get(key) ?? 0) + 1);

  const prefixIndex = new Map<string, number[]>();
  keysOf.forEach((keys, i) => {
    const ranked = [...keys].sort(
      (a, b) => documentFrequency.get(a)! - documentFrequency.get(b)! || (a < b ? -1 : a > b ? 1 : 0),
    );
    for (const key of ranked.slice(0, prefixLength(ranked.length))) {
      const holders = prefixIndex.get(key);
      if (holders === undefined) prefixIndex.set(key, [i]);
      else holders.push(i);
    }
  });

  const seen = new Set<number>();
  const pairs: Array<[number, number]> = [];
  keysOf.forEach((keys, i) => {
    for (const key of keys) {
      const holders = prefixIndex.get(key);
      if (holders === undefined) continue;
      for (const j of holders) {
        if (j === i) continue;
        const low = Math.min(i, j);
        const high = Math.max(i, j);
        const code = low * count + high;
        if (seen.has(code)) continue;
        seen.add(code);
        pairs.push([low, high]);
      }
    }
  });
  return pairs.sort((p, q) => p[0] - q[0] || p[1] - q[1]);
}
