/**
 * What a browser copies under a post from sites whose footer is more than a line or two of widgets: the
 * post's date and counts, and its readers' comments, which run to the note's end. Under the lines that
 * open them, every line is the readers' (a comment that asks is a reader's question, not the interview's),
 * so they are left out as a block, not guessed at line by line; a reader's comment at the note's very end
 * no longer keeps the footer over it in the last answer. Matched on the whole trimmed line, as the rest of
 * the chrome is (site-chrome.ts, which reads these with its own).
 */
import type { FollowingChrome } from './site-chrome.js';

/** What follows a line that opens the readers' comments: every line, to the note's end. */
export const TO_THE_END: FollowingChrome = { isChrome: () => true };

/**
 * When a Xiaohongshu (小红书) post was edited and where from: `编辑于 2023-09-18 北京`, `编辑于 09-18 上海`, `编辑于 昨天
 * 21:30 广东` (Zhihu's, with the year and `IP 属地`, is site-chrome.ts's).
 */
const XHS_EDITED = /^(?:编辑|发布)于\s*(?:(?:\d{4}-)?\d{1,2}-\d{1,2}|昨天|前天|今天|\d{1,2}\s*(?:分钟|小时|天)前)(?:\s+\d{1,2}:\d{2})?(?:\s+\p{Script=Han}{2,10})?$/u;
/** Its likes and bookmarks (and comments) on one line: `赞 1.2万 收藏 8932`. */
const XHS_COUNTS = /^(?:(?:赞|收藏|评论)\s*[\d,.]+[万千wWkK]?\s*){2,}$/;
/** Its count of comments over them: `共 56 条评论`. */
const XHS_COMMENTS = /^共\s*[\d,.]+[万千wWkK]?\s*条评论$/;

/**
 * DEV's (dev.to) count of comments over them: `Top comments (3)`. Its comments' own lines, `1 like`, `Reply`, are
 * plain words, read only under it: alone, `Reply` may be an answer's word.
 */
const DEV_COMMENTS = /^top comments\s*\(\d+\)$/i;
/** The links under DEV's comments, over its list of other posts. */
const DEV_ABUSE = /^code of conduct\s*[•·]\s*report abuse$/i;
/**
 * The list of other posts under them: `Read next`, then the posts' titles and authors, to the note's end. Read only
 * there: alone, it may head a note's own list of reading.
 */
const READ_NEXT = /^read next$/i;

/** Lines of these footers that are chrome wherever they stand. */
export const POST_FOOTER_LINES: readonly RegExp[] = [XHS_EDITED, XHS_COUNTS, XHS_COMMENTS, DEV_COMMENTS, DEV_ABUSE];

/** The lines that open the readers' comments, each chrome, under which everything is theirs. */
const COMMENTS: readonly RegExp[] = [XHS_COMMENTS, DEV_COMMENTS];

/**
 * What follows `line` (trimmed, and chrome) that is chrome too: under what opens the readers' comments, every line;
 * under DEV's `Code of Conduct • Report abuse`, its `Read next` and the posts listed under that, to the note's end.
 */
export function postFooterAfter(line: string): FollowingChrome | undefined {
  if (COMMENTS.some((pattern) => pattern.test(line))) return TO_THE_END;
  if (DEV_ABUSE.test(line)) {
    let reading = false;
    return {
      isChrome(next) {
        reading ||= READ_NEXT.test(next.trim());
        return reading;
      },
    };
  }
  return undefined;
}
