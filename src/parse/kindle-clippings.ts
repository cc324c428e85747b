/**
 * Kindle's `My Clippings.txt`: each highlight or note the reader made, under a header of two lines (the book, `Hands-On
 * Machine Learning … (Aurélien Géron)`, and where and when it was made, `- Your Highlight on page 142 | Location
 * 2150-2152 | Added on Sunday, 3 March 2024 21:14:07`), a blank line, its text, and `==========` closing it. The
 * headers are the device's, no part of a question or an answer; the separator parts one clipping from the next, so an
 * answer written in a note ends there, not in the highlights after it.
 */

/**
 * The line of where and when a clipping was made: a dash, its kind and place, then, after a bar, when it was added
 * (`- Your Note on page 142 | Location 2152 | Added on …`, the older `- Highlight Loc. 1234-38 | Added on …`, a
 * Japanese Kindle's `- 位置No. 2150-2152のハイライト |作成日: …`, a Chinese one's `- 您在位置 #2150-2152的标注 | 添加于 …`).
 */
const CLIPPING_PLACE = /^-\s[^|]{1,80}(?:\|[^|]{1,40}){0,2}\|\s*(?:added on|作成日|添加于|추가된 날짜|hinzugefügt am|ajouté le|añadido el)[\s:：]/i;
/** The line that closes a clipping: ten equals signs. */
const CLIPPING_END = /^={10}$/;

export interface KindleClippings {
  /** The lines (0-based) of each clipping's header: the book's line, and the line of where and when it was made. */
  headers: Set<number>;
  /** The lines (0-based) that close a clipping: each parts it from the next. */
  ends: Set<number>;
}

const NONE: KindleClippings = { headers: new Set(), ends: new Set() };

/**
 * The clippings' headers and ends in `trimmed` (the note's lines, trimmed), when the note is a Kindle's clippings: a
 * line of where and when one was made at its head or right under a `==========` (its book's line between). Any
 * other note has none.
 */
export function kindleClippings(trimmed: readonly string[]): KindleClippings {
  const headers = new Set<number>();
  trimmed.forEach((line, index) => {
    if (index === 0 || !CLIPPING_PLACE.test(line)) return;
    const book = index - 1;
    if (trimmed[book] === '' || (book > 0 && !CLIPPING_END.test(trimmed[book - 1]!))) return;
    headers.add(book).add(index);
  });
  if (headers.size === 0) return NONE;
  return { headers, ends: new Set(trimmed.flatMap((line, index) => (CLIPPING_END.test(line) ? [index] : []))) };
}

/** Every pattern here, for the test that none of them backtracks. */
export const KINDLE_CLIPPING_PATTERNS: readonly RegExp[] = [CLIPPING_PLACE, CLIPPING_END];
