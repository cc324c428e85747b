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
 */
import { filledNear } from './filled-lines.js';
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
 * Tistory's lines under a post's tags: the related posts, the comments' count (with the likes', `공감 3 댓글 1`), the
 * share button, the category's posts.
 */
const TISTORY_UNDER = /^(?:관련글|공유하기|(?:공감\s*\d+\s+)?댓글\s*\d+|['‘].+['’]\s*카테고리의 다른 글)$/;
/** Tistory's lines over a post's tags: the licence, the subscribe button run into the blog's name, the admin and share buttons. */
const TISTORY_OVER = /^(?:저작자표시(?:\s+(?:비영리|변경금지|동일조건(?:변경허락)?))*|구독하기(?:\S.{0,40})?|게시글\s?관리|공유하기)$/;
/** A line that leads into what is under it: it ends in a colon (`예시 화면:`). */
const LEADS_IN = /[:：]$/;
/** An answer's sentence's end: a full stop or a question's mark, or a Korean sentence's ending (`…태그다`, `…해요`). */
const SENTENCE_END = /(?:[.。!！?？]|[다요])$/;
/** A letter: a date (`2026.01.18`, a listed post's) ends no sentence. */
const LETTER = /\p{L}/u;

/** The patterns a tags block and the lines round it are read with; exported for the test that none of them backtracks. */
export const POST_TAGS_PATTERNS: readonly RegExp[] = [CLOSING_MARK, TISTORY_UNDER, TISTORY_OVER, LEADS_IN, SENTENCE_END, LETTER];

/**
 * The lines (0-based) of `lines`, the note's lines (trimmed or not), that are a post's tags block: its label, and the
 * names under it.
 */
export function postTags(lines: readonly string[]): number[] {
  const block: number[] = [];
  lines.forEach((line, index) => {
    // Most notes have no such label: a line is compared with it, no more (a long line not even trimmed).
    if (line.length > LABEL.length + 8 || line.trim() !== LABEL) return;
    const names = filledNear(lines, index, 1);
    if (names === undefined) return;
    const said = lines[names]!.trim();
    const hashed = isTagLine(said);
    if (!hashed && !isTagList(said)) return;
    const above = filledNear(lines, index, -1);
    const over = above === undefined ? '' : lines[above]!.trim();
    // Right over the label, no blank line between, an answer's sentence runs on into the names: they are its example.
    const runsOn = above === index - 1 && SENTENCE_END.test(over) && LETTER.test(over) && !TISTORY_OVER.test(over);
    if (LEADS_IN.test(over) || runsOn) return;
    const under = filledNear(lines, names, 1);
    if (!TISTORY_OVER.test(over) && (under === undefined || !TISTORY_UNDER.test(lines[under]!.trim()))) return;
    block.push(index, ...(hashed ? [] : [names]));
  });
  return block;
}

/** Names apart by commas (`A/B테스트, p-value, 면접`), or one name: each short, of a few words, ending no sentence. */
function isTagList(line: string): boolean {
  if (line.length > LONGEST_TAGS) return false;
  return line.split(/\s*[,，]\s*/).every((name) => name !== '' && [...name].length <= LONGEST_TAG && name.split(/\s+/).length <= MOST_TAG_WORDS && !CLOSING_MARK.test(name));
}
