/**
 * A number for each distinct key, so that the comparison of two wordings (run millions of times in a large bank)
 * compares numbers instead of strings.
 *
 * The numbers are for equality only, never for order: they depend on what
 * the process happened to see first. The table lives as long as the
 * process, like the stemmer's cache; it grows with the vocabulary, not with
 * the number of questions.
 */
const ids = new Map<string, number>();
const words: string[] = [];

export function wordId(text: string): number {
  let id = ids.get(text);
  if (id === undefined) {
    id = words.length;
    ids.set(text, id);
    words.push(text);
  }
  return id;
}

/** The key a wordId stands for. */
export function wordOf(id: number): string {
  return words[id]!;
}

/**
 * A 32-bit hash (FNV-1a) of `first` followed by `second`, as if they were
 * one string: compounds ("data" + "set" / "dataset") are found by comparing
 * hashes, without building or keeping a string per pair of adjacent words.
 * Equal hashes are only a hint: the caller compares the words themselves.
 */
export function spellingHash(first: string, second = ''): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < first.length; i++) hash = Math.imul(hash ^ first.charCodeAt(i), 0x01000193);
  for (let i = 0; i < second.length; i++) hash = Math.imul(hash ^ second.charCodeAt(i), 0x01000193);
  return hash | 0;
}

/**
 * The bit of a word's first character, for the quick test "could an
 * unmatched word on the other side still match this one": letters and
 * digits each have their own bit (0..35); any other character shares one
 * of the rest, which can only make the test more permissive.
 */
export function initialBit(word: string): number {
  const code = word.charCodeAt(0);
  if (code >= 97 && code <= 122) return code - 97;
  if (code >= 48 && code <= 57) return 26 + code - 48;
  return 36 + (code % 28);
}
