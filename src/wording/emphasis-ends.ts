/**
 * The emphasis marks a line's words stand between (`**Q2. …?**`, `_Answer_`, `~~TODO~~`), as characters a caller takes
 * off a line's ends to read its words. Which marks a reading takes off is its own: see each caller.
 */

/** Bold's and italics' marks (`**…**`, `*…*`, `__…__`, `_…_`). */
export const BOLD_AND_ITALIC_MARKS = '*_';

/** Bold's, italics' and strikethrough's marks (`~~…~~`). */
export const BOLD_ITALIC_AND_STRIKETHROUGH_MARKS = '*_~';

/**
 * `text` without the runs of `marks` at its start and its end (`***Q9. …?***` → `Q9. …?`; all of them when it is only
 * marks). Walked from each end, not matched with a pattern: tried from each character, a pattern's closing run took
 * seconds on a long run inside a line (`x****…*x`).
 */
export function withoutEmphasisEnds(text: string, marks: string): string {
  let start = 0;
  let end = text.length;
  while (start < end && marks.includes(text[start]!)) start++;
  while (end > start && marks.includes(text[end - 1]!)) end--;
  return text.slice(start, end);
}
