/**
 * d2l.ai (Dive into Deep Learning) sets a link to its forum, `Discussions`, under every section, right over the page's
 * pager. A chapter copied without the pager ends at that link, under the section's exercises: there it is the book's,
 * not the last exercise's answer. Elsewhere `Discussions` may be a note's own heading or word, and stays.
 */

/** The forum's link, a line alone. */
export const BOOK_FORUM_LINK = /^discussions$/i;
/** The title of a book section's exercises: `4.5.3. Exercises`, `Exercises`. */
const EXERCISES_TITLE = /^(?:\d+(?:\.\d+)*\.?\s+)?exercises$/i;

/**
 * The index of the forum's link ending a book's chapter in `lines` (the note's lines, trimmed): its last line, `Discussions`
 * alone with a blank line over it, under an `Exercises` title; none when the note ends otherwise.
 */
export function forumLinkEndingChapter(lines: readonly string[]): number[] {
  let last = lines.length - 1;
  while (last >= 0 && lines[last] === '') last--;
  if (last < 1 || !BOOK_FORUM_LINK.test(lines[last]!) || lines[last - 1] !== '') return [];
  return lines.slice(0, last).some((line) => EXERCISES_TITLE.test(line)) ? [last] : [];
}
