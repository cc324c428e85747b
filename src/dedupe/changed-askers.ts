/**
 * After a few questions are reworded, added or removed, which questions
 * could meet other candidates than they met in the last matching
 * (candidates.ts)? What a question meets when it probes is read from the
 * holder lists of the entries it probes (each entry's holders, in the
 * order of their wordings' place), from which of its keys are frequent and
 * from the entries it holds itself. So a question must probe again when:
 *
 * - it is new (its wordings were not in the last matching);
 * - it probes an entry whose holder list changed. Holders are listed in an
 *   order that does not change between questions that stayed (weight, then
 *   token signature, then item, and items keep their order), so a list
 *   changes only where a question joins or leaves it: the entries a removed
 *   question held (read from the record, with the document frequencies of
 *   then), those an added one holds, and those whose holding changed in a
 *   question whose prefix moved because a key's document frequency did.
 *
 * A key that crossed the FREQUENT line needs nothing more: a question with
 * it now looks up other entries with it (pairs, or the key alone), but those
 * entries exist only if some question holds them, and a question whose
 * holding of them changed is one whose prefix moved.
 *
 * Every other question meets exactly what it met in the last matching, so
 * its candidates are taken from the record. The questions listed here are a
 * superset of those whose candidates changed (a question holding both keys
 * of a changed pair entry is listed whether or not it probes that pair):
 * probing one again costs time, never a wrong pair.
 */
import { PrefixReader, type HoldingSink, type PrefixLayout } from './prefixes.js';

/** The last matching's items as the record laid them out (keys as ranks of the new table), and per new item its index there (-1: new). */
export interface EarlierLayout {
  layout: PrefixLayout;
  indexOf: Int32Array;
}

export interface ChangedAskers {
  /** Per item: 1 when it must probe again. */
  askers: Uint8Array;
  /** Per item of the last matching: its index now, or -1 (removed). */
  newOf: Int32Array;
}

/** The entries one item holds, each once, with the wording that holds it first: as entry code → wording. */
class HeldEntries implements HoldingSink {
  readonly wordingOf = new Map<number, number>();

  constructor(private readonly keyCount: number) {}

  held(first: number, second: number, v: number): void {
    const code = entryCode(first, second, this.keyCount);
    if (!this.wordingOf.has(code)) this.wordingOf.set(code, v);
  }

  clear(): void {
    this.wordingOf.clear();
  }
}

/** One number per entry: a key alone, or two keys in either order. */
function entryCode(first: number, second: number, keyCount: number): number {
  const [low, high] = second < 0 || first < second ? [first, second] : [second, first];
  return low * (keyCount + 1) + (high + 1);
}

/**
 * The questions that must probe again (see above), or undefined when the last matching's items
 * are not in the same order as they are now (then every question probes).
 *
 * @param layout this matching's items; `documentFrequency` per key rank (`keyCount` ranks)
 * @param unmatchedShare 1 - the merge score both matchings searched with
 */
export function changedAskers(
  layout: PrefixLayout,
  documentFrequency: Int32Array,
  keyCount: number,
  unmatchedShare: number,
  earlier: EarlierLayout,
): ChangedAskers | undefined {
  const itemCount = layout.itemStart.length - 1;
  const earlierCount = earlier.layout.itemStart.length - 1;
  const newOf = new Int32Array(earlierCount).fill(-1);
  const askers = new Uint8Array(itemCount);
  let last = -1;
  for (let i = 0; i < itemCount; i++) {
    const at = earlier.indexOf[i]!;
    if (at < 0) askers[i] = 1;
    else if (at <= last || at >= earlierCount) return undefined;
    else (newOf[at] = i), (last = at);
  }

  // The document frequencies of the last matching: each removed item's keys counted back in, each added one's out.
  const earlierFrequency = documentFrequency.slice();
  const touched: number[] = [];
  const stamp = new Int32Array(keyCount).fill(-1);
  const count = (from: PrefixLayout, item: number, mark: number, step: number) => {
    forEachKey(from, item, (key) => {
      if (stamp[key] === mark) return;
      stamp[key] = mark;
      earlierFrequency[key] = earlierFrequency[key]! + step;
      touched.push(key);
    });
  };
  for (let i = 0; i < itemCount; i++) if (askers[i]) count(layout, i, i, -1);
  for (let x = 0; x < earlierCount; x++) if (newOf[x]! < 0) count(earlier.layout, x, itemCount + x, 1);

  const moved = new Uint8Array(keyCount);
  for (const key of touched) if (earlierFrequency[key] !== documentFrequency[key]) moved[key] = 1;
  const then = new PrefixReader(earlierFrequency, unmatchedShare);
  const now = new PrefixReader(documentFrequency, unmatchedShare);

  // Entries whose holder lists changed.
  const changed = new Set<number>();
  const held = new HeldEntries(keyCount);
  const addHeld = () => held.wordingOf.forEach((_, code) => changed.add(code));
  for (let x = 0; x < earlierCount; x++) {
    if (newOf[x]! >= 0) continue;
    held.clear();
    then.holdingsOf(earlier.layout, x, held);
    addHeld();
  }
  const before = new HeldEntries(keyCount);
  for (let i = 0; i < itemCount; i++) {
    held.clear();
    if (askers[i]) {
      now.holdingsOf(layout, i, held);
      addHeld();
      continue;
    }
    if (!someKey(layout, i, moved)) continue;
    // Its tokens are those of then: only the frequencies differ.
    before.clear();
    then.holdingsOf(layout, i, before);
    now.holdingsOf(layout, i, held);
    before.wordingOf.forEach((v, code) => {
      if (held.wordingOf.get(code) !== v) changed.add(code);
    });
    held.wordingOf.forEach((v, code) => {
      if (before.wordingOf.get(code) !== v) changed.add(code);
    });
  }

  // Who probes them: a question with the key of a changed single entry, or both keys of a changed pair.
  const single = new Uint8Array(keyCount);
  const partners = new Map<number, number[]>();
  for (const code of changed) {
    const low = Math.floor(code / (keyCount + 1));
    const high = (code % (keyCount + 1)) - 1;
    if (high < 0) single[low] = 1;
    else {
      (partners.get(low) ?? partners.set(low, []).get(low)!).push(high);
      (partners.get(high) ?? partners.set(high, []).get(high)!).push(low);
    }
  }
  const own: number[] = [];
  for (let i = 0; i < itemCount; i++) {
    if (askers[i]) continue;
    own.length = 0;
    let asks = false;
    forEachKey(layout, i, (key) => {
      if (single[key]) asks = true;
      else if (partners.has(key)) own.push(key);
    });
    if (!asks) for (const key of own) if (partners.get(key)!.some((partner) => own.includes(partner))) asks = true;
    if (asks) askers[i] = 1;
  }
  return { askers, newOf };
}

/** Where item `item`'s keys are in `layout.keys`: from its first token's to past its last token's. */
function keysOf({ itemStart, variantStart, keyStart }: PrefixLayout, item: number): [number, number] {
  return [keyStart[variantStart[itemStart[item]!]!]!, keyStart[variantStart[itemStart[item + 1]!]!]!];
}

function forEachKey(layout: PrefixLayout, item: number, use: (key: number) => void): void {
  const [from, to] = keysOf(layout, item);
  for (let k = from; k < to; k++) use(layout.keys[k]!);
}

function someKey(layout: PrefixLayout, item: number, marked: Uint8Array): boolean {
  const [from, to] = keysOf(layout, item);
  for (let k = from; k < to; k++) if (marked[layout.keys[k]!]) return true;
  return false;
}
