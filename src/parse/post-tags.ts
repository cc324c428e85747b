/**
 * A blog post's tags as Tistory shows them under the post, copied with the page: the label `태그` alone on its line over
 * the tags, their names apart by commas.
 *
 *     저작자표시 비영리 변경금지
 *     태그
 *     A/B테스트, p-value, 면접, 통계
 *     관련글
 *
 * They are the page's, not the last answer's, which they ran into with the page's other lines cut round them. Only
 * with Tistory's own lines round them: under the names (`관련글`, `공유하기`, `댓글 2`, `'통계' 카테고리의 다른 글`), or
 * over the label (`저작자표시 …`, `구독하기…`, `게시글 관리`). A footer's other lines are no sign (`© 2024 My Study
 * Notes`, `관련 글` over the note's own words): the label over a line of names may be an answer's (`태그` over
 * `span, a, strong`, ending a note on HTML). Never under a line that leads into it (`예시 화면:`) or an answer's
 * sentence running on into it with no blank line between (`A. 아래가 자주 쓰는 시맨틱 태그다.`): there it shows the
 * answer's example. A line of `#tags` under the label is the note's tags (tag-lines.ts): only the label goes.
 *
 * A blog in English labels them so too (`Tags`, `TAG`, `Tags:`), or on their line (`Tags: ml, interview`), as a
 * Tistory skin in English and WordPress do; their names apart by commas or spaces, or one a line down to the page's
 * line under them. The same lines round them tell them, and WordPress's under them (`Share this:`, `Like this:`,
 * `Related`, `Leave a Reply`).
 */
import { filledNear } from './filled-lines.js';
import { isTagLine } from './tag-lines.js';

/** The label alone on its line: `태그`, `Tags`, `TAG`, `Tags:`. */
const LABEL = /^(?:태그|tags?)\s?[:：]?$/i;
/** The label, the names after it on its line: `Tags: ml, interview`, `태그: 면접`. */
const LABELLED_NAMES = /^(?:태그|tags?)\s?[:：]\s?(\S.*)$/i;
/** The longest label with its colon (`Tags:`): a line of it and its names is no longer than it and the longest names. */
const LONGEST_LABEL = 5;
/** The first letters a label opens with. */
const LABEL_START = /^[태Tt]/;
/** More names a line each, and they are more than a post's tags. */
const MOST_NAME_LINES = 12;
/** More names apart by spaces, and the line says more than a post's tags. */
const MOST_SPACED_NAMES = 10;
/** Longer, a line says more than a post's tags. */
const LONGEST_TAGS = 200;
/** Longer, or of more words, a name is no tag. */
const LONGEST_TAG = 30;
const MOST_TAG_WORDS = 3;
/** A sentence's or clause's closing mark at a tag's end: a tag ends in none. */
const CLOSING_MARK = /[.。!！?？:：;；]$/;
/**
 * Tistory's lines under a post's tags: the related posts, the comments' count (with the likes', `공감 3 댓글 1`), the
 * share button, the category's posts.
 */
const TISTORY_UNDER = /^(?:관련글|공유하기|(?:공감\s*\d+\s+)?댓글\s*\d+|['‘].+['’]\s*카테고리의 다른 글)$/;
/** WordPress's lines under a post's tags: its share and like widgets' labels, its related posts, its comment box. */
const WORDPRESS_UNDER = /^(?:share this(?: post| article)?:|like this:|related(?: posts| articles)?|leave a (?:reply|comment))$/i;
/** Tistory's lines over a post's tags: the licence, the subscribe button run into the blog's name, the admin and share buttons. */
const TISTORY_OVER = /^(?:저작자표시(?:\s+(?:비영리|변경금지|동일조건(?:변경허락)?))*|구독하기(?:\S.{0,40})?|게시글\s?관리|공유하기)$/;
/** A line that leads into what is under it: it ends in a colon (`예시 화면:`). */
const LEADS_IN = /[:：]$/;
/** An answer's sentence's end: a full stop or a question's mark, or a Korean sentence's ending (`…태그다`, `…해요`). */
const SENTENCE_END = /(?:[.。!！?？]|[다요])$/;
/** A letter: a date (`2026.01.18`, a listed post's) ends no sentence. */
const LETTER = /\p{L}/u;

/** The patterns a tags block and the lines round it are read with; exported for the test that none of them backtracks. */
export const POST_TAGS_PATTERNS: readonly RegExp[] = [LABEL, LABELLED_NAMES, LABEL_START, CLOSING_MARK, TISTORY_UNDER, WORDPRESS_UNDER, TISTORY_OVER, LEADS_IN, SENTENCE_END, LETTER];

/**
 * The lines (0-based) of `lines`, the note's lines (trimmed or not), that are a post's tags block: its label, and the
 * names under it (or the label's line, that holds them).
 */
export function postTags(lines: readonly string[]): number[] {
  const block: number[] = [];
  lines.forEach((line, index) => {
    // Most notes have no such label: a line is tried only when it opens with the label's first letter (a long line not even trimmed).
    const start = line.search(/\S/);
    if (start === -1 || !LABEL_START.test(line[start]!)) return;
    const said = line.trim();
    const names = LABEL.test(said) ? namesUnder(lines, index) : labelledNames(lines, index, said);
    if (names === undefined) return;
    const above = filledNear(lines, index, -1);
    const over = above === undefined ? '' : lines[above]!.trim();
    // Right over the label, no blank line between, an answer's sentence runs on into the names: they are its example.
    const runsOn = above === index - 1 && SENTENCE_END.test(over) && LETTER.test(over) && !TISTORY_OVER.test(over);
    if (LEADS_IN.test(over) || runsOn) return;
    if (names.under === undefined && !TISTORY_OVER.test(over)) return;
    block.push(index, ...(names.hashed ? [] : names.lines));
  });
  return block;
}

/** The names of a tags block: their lines, whether they are `#tags`, the page's line under them if any. */
interface TagNames {
  lines: number[];
  hashed: boolean;
  under?: number;
}

/**
 * The names under a label alone on its line: a line of them (`#tags` too), or one a line, down to the page's line
 * under them if any.
 */
function namesUnder(lines: readonly string[], label: number): TagNames | undefined {
  const first = filledNear(lines, label, 1);
  if (first === undefined) return undefined;
  if (isTagLine(lines[first]!.trim())) return { lines: [first], hashed: true, ...pageLineUnder(lines, first) };
  const names: number[] = [];
  let at: number | undefined = first;
  for (; at !== undefined && names.length < MOST_NAME_LINES; at = filledNear(lines, at, 1)) {
    const said = lines[at]!.trim();
    if (names.length > 0 && isPageLineUnder(said)) return { lines: names, hashed: false, under: at };
    if (!isTagList(said)) break;
    names.push(at);
  }
  // Under no page's line, only names to the note's end (a Tistory line over the label tells them): a line that is
  // none ends an answer's list.
  return names.length === 0 || at !== undefined ? undefined : { lines: names, hashed: false };
}

/** The names after the label on its line (`Tags: ml, interview`): the block is that line, the page's line under it if any. */
function labelledNames(lines: readonly string[], label: number, said: string): TagNames | undefined {
  if (said.length > LONGEST_TAGS + LONGEST_LABEL) return undefined;
  const names = LABELLED_NAMES.exec(said)?.[1];
  if (names === undefined || !(isTagLine(names) || isTagList(names))) return undefined;
  return { lines: [], hashed: false, ...pageLineUnder(lines, label) };
}

/** The page's line right under line `at` (blank lines aside), when it is one (`관련글`, `Share this:`). */
function pageLineUnder(lines: readonly string[], at: number): { under?: number } {
  const under = filledNear(lines, at, 1);
  return under !== undefined && isPageLineUnder(lines[under]!.trim()) ? { under } : {};
}

/** A line a blog sets under a post's tags: Tistory's, WordPress's. */
function isPageLineUnder(said: string): boolean {
  return TISTORY_UNDER.test(said) || WORDPRESS_UNDER.test(said);
}

/**
 * Names apart by commas (`A/B테스트, p-value, 면접`), or one name: each short, of a few words, ending no sentence; or
 * names apart by spaces (`ml preprocessing interview`), a word each.
 */
function isTagList(line: string): boolean {
  if (line.length > LONGEST_TAGS) return false;
  const names = line.split(/\s*[,，]\s*/);
  const words = names.length === 1 ? line.split(/\s+/) : [];
  if (words.length > MOST_TAG_WORDS) return words.length <= MOST_SPACED_NAMES && words.every(isTag);
  return names.every((name) => isTag(name) && name.split(/\s+/).length <= MOST_TAG_WORDS);
}

/** A tag's name: short, ending no sentence. */
function isTag(name: string): boolean {
  return name !== '' && [...name].length <= LONGEST_TAG && !CLOSING_MARK.test(name);
}
