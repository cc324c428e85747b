/**
 * Where a word too long for its line may be cut with a hyphen: `re·gres·sion`, `cal·i·brat·ed`, from the
 * TeX hyphenation patterns of US English (the `hyphen` package, Liang's algorithm as TeX runs it). A word
 * is cut so only when it is wider than a whole line (line-breaking.ts `splitWord`), as in a narrow table
 * column: `regres-` over `sion` reads as one word, where `regressio` over `n` did not.
 */
import hyphen from 'hyphen/en-us/index.js';

/**
 * A word of English prose, the only words the patterns know (not `Über` nor `İstanbul`), with the punctuation around it
 * (`calibrated,`, `cross-entropy;`, `(bootstrap)`): not an identifier (`resnet50_pretrained`), a number, a path
 * or Hangul, which are cut where they run out of room.
 */
const PROSE_WORD = /^[("'“‘[]*[A-Za-z]+(?:[-'’][A-Za-z]+)*[)"'”’\].,;:!?]*$/;
const SOFT_HYPHEN = '\u00ad';

/** Offsets into `text` (UTF-16) where a hyphen may go, ascending; none unless `text` is a word of prose. */
export function hyphenPoints(text: string): number[] {
  if (!PROSE_WORD.test(text)) return [];
  const points: number[] = [];
  for (const word of text.matchAll(/\p{L}+/gu)) {
    const marked = hyphen.hyphenateSync(word[0]);
    let at = word.index;
    for (const char of marked) {
      if (char === SOFT_HYPHEN) points.push(at);
      else at += char.length;
    }
  }
  return points;
}
