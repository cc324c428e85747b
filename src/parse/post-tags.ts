/**
 * A blog post's tags as Tistory shows them under the post, copied with the page: the label `태그` alone on its line over
 * the tags, their names apart by commas.
 *
 *     태그
 *     A/B테스트, p-value, 면접, 통계
 *     관련글
 *
 * They are the page's, not the last answer's, which they ran into with the page's other lines cut round them. Only
 * over the page's own lines (`관련글`, `공유하기`, `'통계' 카테고리의 다른 글`, `댓글 2`): the label over a line of names
 * elsewhere may be an answer's (`태그` over `header, nav, main`, ending a note on HTML). A line of `#tags` under the
 * label is the note's tags (tag-lines.ts): only the label goes.
 */
import { opensPageFooter } from './footer-openings.js';
import { isSiteChrome } from './site-chrome.js';
import { isTagLine } from './tag-lines.js';

const LABEL = '태그';
/** Longer, a line says more than a post's tags. */
const LONGEST_TAGS = 200;
/** Longer, or of more words, a name is no tag. */
const LONGEST_TAG = 30;
const MOST_TAG_WORDS = 3;
/** A sentence's or clause's closing mark at a tag's end: a tag ends in none. */
const CLOSING_MARK = /[.。!！?？:：;；]$/;

/**
 * The lines (0-based) of `lines`, the note's lines (trimmed or not), that are a post's tags block: its label, and the
 * names under it.
 */
export function postTags(lines: readonly string[]): number[] {
  const block: number[] = [];
  lines.forEach((line, index) => {
    // Most notes have no such label: a line is compared with it, no more (a long line not even trimmed).
    if (line.length > LABEL.length + 8 || line.trim() !== LABEL) return;
    const names = nextFilled(lines, index);
    if (names === undefined) return;
    const said = lines[names]!.trim();
    const hashed = isTagLine(said);
    if (!hashed && !isTagList(said)) return;
    const under = nextFilled(lines, names);
    if (under === undefined || !(isSiteChrome(lines[under]!) || opensPageFooter(lines[under]!))) return;
    block.push(index, ...(hashed ? [] : [names]));
  });
  return block;
}

/** The first filled line after line `index`, if any. */
function nextFilled(lines: readonly string[], index: number): number | undefined {
  let next = index + 1;
  while (next < lines.length && lines[next]!.trim() === '') next++;
  return next < lines.length ? next : undefined;
}

/** Names apart by commas (`A/B테스트, p-value, 면접`), or one name: each short, of a few words, ending no sentence. */
function isTagList(line: string): boolean {
  if (line.length > LONGEST_TAGS) return false;
  return line.split(/\s*[,，]\s*/).every((name) => name !== '' && [...name].length <= LONGEST_TAG && name.split(/\s+/).length <= MOST_TAG_WORDS && !CLOSING_MARK.test(name));
}
