/**
 * Spelling slips between two written words ("Normalizattion" /
 * "normalization", "gradeint" / "gradient", "imbalanced" / "imbalance"),
 * kept strict enough that real neighbours stay apart: a different first or
 * last letter ("precision" / "decision", "unsupervised" / "supervised",
 * "encoder" / "decoder") is never a slip, and short words must match exactly.
 */

const MIN_SPELLING_LENGTH = 6;
/** From this length on, two edits are allowed. */
const LONG_WORD = 10;

/** Three rows of the distance table, reused by every call (questions are short; a bank compares millions of words). */
let rows = [new Int32Array(64), new Int32Array(64), new Int32Array(64)] as const;

/** Optimal-string-alignment distance (Damerau: a swap counts once), or `limit + 1` when above `limit`. */
function editDistance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  const width = b.length + 1;
  if (rows[0].length < width) rows = [new Int32Array(width * 2), new Int32Array(width * 2), new Int32Array(width * 2)] as const;
  let [before, previous, current] = rows;
  before.fill(0, 0, width);
  for (let j = 0; j < width; j++) previous[j] = j;
  current.fill(0, 0, width);
  for (let i = 1; i <= a.length; i++) {
    current[0] = i;
    let rowMinimum = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) value = Math.min(value, before[j - 2]! + 1);
      current[j] = value;
      if (value < rowMinimum) rowMinimum = value;
    }
    if (rowMinimum > limit) return limit + 1;
    const oldest = before;
    before = previous;
    previous = current;
    current = oldest;
  }
  return Math.min(previous[b.length]!, limit + 1);
}

/** Long enough, and without digits, to be compared for spelling slips. */
export function isSpellable(word: string): boolean {
  return word.length >= MIN_SPELLING_LENGTH && !/\d/.test(word);
}

/** True when two different written words are one word misspelt or inflected differently. */
export function isSpellingVariant(a: string, b: string): boolean {
  if (a === b) return true;
  if (!isSpellable(a) || !isSpellable(b)) return false;
  return isSlip(a, b);
}

/**
 * isSpellingVariant for two different words already known to be spellable
 * (isSpellable): the comparison of two
 * questions asks this of many pairs of words, and the checks are done once per word.
 */
export function isSlip(a: string, b: string): boolean {
  const shorter = Math.min(a.length, b.length);
  // "imbalance" / "imbalanced": the Porter stemmer keeps some inflections apart.
  if ((a.startsWith(b) || b.startsWith(a)) && Math.abs(a.length - b.length) <= 2) return true;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  const limit = shorter >= LONG_WORD ? 2 : 1;
  return editDistance(a, b, limit) <= limit;
}

/**
 * A typo in a word of four letters or more: one letter added, left out, changed or two swapped (`waht` /
 * `what`, `explian` / `explain`, `diference` / `difference`), its first and last letters kept, no digit in
 * either (`l1` / `l2` name two things). Shorter words are other words (`max` / `min`).
 */
export function isTypo(a: string, b: string): boolean {
  if (a === b || Math.min(a.length, b.length) < 4 || /\d/.test(a) || /\d/.test(b)) return false;
  if (a[0] !== b[0] || a[a.length - 1] !== b[b.length - 1]) return false;
  return editDistance(a, b, 1) <= 1;
}

