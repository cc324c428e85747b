/**
 * What a browser copies under a post from sites whose footer is more than a line or two of widgets: the
 * post's date and counts, and its readers' comments, which run to the note's end. Under the lines that
 * open them, every line is the readers' (a comment that asks is a reader's question, not the interview's),
 * so they are left out as a block, not guessed at line by line; a reader's comment at the note's very end
 * no longer keeps the footer over it in the last answer. Matched on the whole trimmed line, as the rest of
 * the chrome is (site-chrome.ts, which reads these with its own).
 */
import type { FollowingChrome } from './site-chrome.js';
import { isBylineLine } from './byline.js';
import { isCopyOf, isLinkedTitle } from './copied-page.js';
import { QUESTION_MARKS } from '../wording/marks.js';

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

/**
 * LeetCode's bar over a discussion's comments: their count (`Comments: 14`), then the options they are sorted by
 * (`Best`, `Most Votes`, `Newest to Oldest`), a line each. Read only together: alone, `Comments: 14` may be a note's
 * own line, and `Best` an answer's word.
 */
const LEETCODE_COMMENTS = /^comments:\s*[\d,.]+[KkM]?$/i;
const COMMENT_SORT = /^(?:best|most votes|newest to oldest|oldest to newest|most recent|newest|oldest|top)$/i;

/** Brunch's (brunch.co.kr) pager of the author's posts, each over the title of the post it links to: `작가의 이전글`, `작가의 다음글`. */
const BRUNCH_PREVIOUS = /^작가의 이전\s?글$/;
const BRUNCH_NEXT = /^작가의 다음\s?글$/;
/** The count of the author's subscribers on their card (`구독자 312`, `구독자 1.2만`), over its buttons. */
const SUBSCRIBERS = /^구독자\s*[\d,.]+[만천]?$/;
/** The buttons under it, a line each. */
const SUBSCRIBE_BUTTON = /^(?:구독|구독중|제안하기)$/;
/** Brunch's list of other writers' posts (`브런치 추천 글`), to the note's end. */
const BRUNCH_PICKS = /^브런치(?:스토리)?\s?추천\s?글$/;

/** Lines of these footers that are chrome wherever they stand. */
export const POST_FOOTER_LINES: readonly RegExp[] = [XHS_EDITED, XHS_COUNTS, XHS_COMMENTS, DEV_COMMENTS, DEV_ABUSE, BRUNCH_PREVIOUS, BRUNCH_NEXT, SUBSCRIBERS, BRUNCH_PICKS];

/** The lines that open the readers' comments (or a list of posts), each chrome, under which everything is theirs. */
const COMMENTS: readonly RegExp[] = [XHS_COMMENTS, DEV_COMMENTS, BRUNCH_PICKS];

/** Whether `line` opens the readers' comments (or a list of posts), under which everything is theirs, to the note's end. */
export function opensComments(line: string): boolean {
  const trimmed = line.trim();
  return COMMENTS.some((pattern) => pattern.test(trimmed));
}

/**
 * What follows `line` (trimmed, and chrome) that is chrome too: under what opens the readers' comments, every line;
 * under DEV's `Code of Conduct • Report abuse`, its `Read next` and the posts listed under that, to the note's end;
 * under Brunch's `작가의 이전글` or `작가의 다음글`, the title of the post it links to; under its `구독자 312`, its buttons.
 */
export function postFooterAfter(line: string): FollowingChrome | undefined {
  if (opensComments(line)) return TO_THE_END;
  if (BRUNCH_PREVIOUS.test(line) || BRUNCH_NEXT.test(line)) {
    let asked = false;
    return {
      isChrome(next) {
        const title = !asked && isLinkedTitle(next, true);
        asked = true;
        return title;
      },
    };
  }
  if (SUBSCRIBERS.test(line)) return { isChrome: (next) => SUBSCRIBE_BUTTON.test(next.trim()) };
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

/**
 * The lines (indices into `trimmed`, the note's lines trimmed) of a LeetCode discussion's comments: from their count
 * with the sort options right under it (`Comments: 14` over `Best`) to the note's end, each comment's author, date,
 * words and `Reply` / `Share` buttons. A comment that asks (`Thanks for sharing! What was the coding question?`) is a
 * reader's question, not the interview's; the bar and the comments ran into the last answer.
 */
export function leetCodeComments(trimmed: readonly string[]): number[] {
  const bar = trimmed.findIndex((line, index) => LEETCODE_COMMENTS.test(line) && COMMENT_SORT.test(trimmed.slice(index + 1).find((next) => next !== '') ?? ''));
  if (bar === -1) return [];
  return trimmed.flatMap((line, index) => (index >= bar && line !== '' ? [index] : []));
}

/** The marks of a copy of a Brunch post, two kinds of them at least: its pager, its author's subscribers, its other writers' posts. */
const BRUNCH_MARKS: readonly RegExp[] = [BRUNCH_PREVIOUS, BRUNCH_NEXT, SUBSCRIBERS, BRUNCH_PICKS];
/** The post's `Keyword` over its keywords, a line each: short, none a sentence (`데이터사이언스`, `면접`). */
const KEYWORD = /^keyword$/i;
const KEYWORD_ITEM = new RegExp(String.raw`^[^.!。${QUESTION_MARKS}！:：,]{1,30}$`);
/** The post's buttons, over the author's card: `좋아요 23`, `댓글 4`, `공유`. */
const BRUNCH_BUTTON = /^(?:(?:좋아요|댓글)\s*[\d,]+|공유)$/;
/** The count of the readers' comments over them: `댓글 4`. */
const BRUNCH_COMMENTS = /^댓글\s*[\d,]+$/;
/** The author's card has their name, their field (`IT 분야 크리에이터`) and a line of bio: a few short lines. */
const MOST_CARD_LINES = 4;

/**
 * The lines (indices into `trimmed`, the note's lines trimmed) of a Brunch post's footer that are plain words, read only in a copy of one
 * (BRUNCH_MARKS): its `Keyword` and the keywords under it (elsewhere `Keyword` may head a note's own list); the author's
 * card, the short lines between the post's buttons and the card's `구독자 312` (where no button stands over them, they
 * may be the last answer); and the readers' comments, from the `댓글 4` under the card or the pager to the note's end,
 * each with its author, date and `답글 1` (the `댓글 4` among the buttons has more of the footer under it).
 */
export function brunchChrome(trimmed: readonly string[]): number[] {
  if (!isCopyOf(trimmed, BRUNCH_MARKS)) return [];
  const chrome: number[] = [];
  trimmed.forEach((line, index) => {
    if (!KEYWORD.test(line)) return;
    chrome.push(index);
    for (let next = index + 1; next < trimmed.length && KEYWORD_ITEM.test(trimmed[next]!); next++) chrome.push(next);
  });
  trimmed.forEach((line, index) => {
    if (SUBSCRIBERS.test(line)) chrome.push(...authorCard(trimmed, index));
  });
  const cardOrPager = trimmed.findLastIndex((line) => SUBSCRIBERS.test(line) || BRUNCH_PREVIOUS.test(line) || BRUNCH_NEXT.test(line));
  const comments = trimmed.findIndex((line, index) => index > cardOrPager && BRUNCH_COMMENTS.test(line));
  if (cardOrPager !== -1 && comments !== -1) for (let index = comments; index < trimmed.length; index++) if (trimmed[index] !== '') chrome.push(index);
  return chrome;
}

/** The lines of the author's card over `subscribers` (their index), between it and the post's buttons, blank lines around them or not. */
function authorCard(trimmed: readonly string[], subscribers: number): number[] {
  let top = subscribers - 1;
  while (top >= 0 && trimmed[top] === '') top--;
  const card: number[] = [];
  while (top >= 0 && trimmed[top] !== '' && !BRUNCH_BUTTON.test(trimmed[top]!) && card.length < MOST_CARD_LINES) card.unshift(top--);
  while (top >= 0 && trimmed[top] === '') top--;
  if (top < 0 || !BRUNCH_BUTTON.test(trimmed[top]!) || card.some((index) => !isBylineLine(trimmed[index]!))) return [];
  return card;
}

/** Every pattern here, for the test that none of them backtracks. */
export const POST_FOOTER_PATTERNS: readonly RegExp[] = [...POST_FOOTER_LINES, LEETCODE_COMMENTS, COMMENT_SORT, READ_NEXT, SUBSCRIBE_BUTTON, KEYWORD, KEYWORD_ITEM, BRUNCH_BUTTON, BRUNCH_COMMENTS];
