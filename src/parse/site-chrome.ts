/**
 * Lines that a browser copies along with an article: navigation, comment
 * widgets, theme footers. They are never part of a question or an answer.
 * Matched line by line, on the whole trimmed line, so prose that merely
 * mentions "comments" is never taken. A Stack Exchange page's chrome
 * (`Share`, `Follow`, vote counts, user cards) is plain words and numbers,
 * as is a Glassdoor page's (`Answer question`, `Helpful`, `Report`) and a
 * GitHub thread's by its comments (`Author`, `👍 3`) and a Kaggle discussion's
 * `reply`: it is read only in a note that is a copy of such a page
 * (`forumChrome`). A forum post's head parts it from the post before
 * (`forumPostHeads`): the reader of copied text ends an answer there.
 * Some chrome is chrome only right after its label (`chromeAfter`): a
 * widget's buttons, a blog's list of other posts, the counts and buttons
 * under LinkedIn's reactions; and a pager's page titles only where
 * `Previous` and `Next` stand together, with the author's card over a
 * pager of posts (`pagerLinks`).
 */
import { isBylineLine } from './byline.js';
import { isCopyOf, isLinkedTitle } from './copied-page.js';
import { CLOCK_TIME, DOTTED_DATE, LAST_CHANGED_LABEL, LAST_CHANGED_LABEL_CJK, MONTH_ABBREVIATION, NUMERIC_DATE, TIME_UNIT } from '../wording/date-shapes.js';
import { POST_FOOTER_LINES, postFooterAfter, TO_THE_END } from './post-footers.js';
import { ASSISTANT_SAID, USER_SAID } from './assistant-chat.js';
import { QUESTION_MARK } from '../wording/marks.js';
import { FOOTER_CHROME_LINES, MEDIUM_FOLLOWERS } from './footer-openings.js';
import { BOOK_FORUM_LINK } from './book-forum-link.js';

/**
 * The words of a pager's links, `Previous`, `Next page`, `다음 글`, Velog's `이전 포스트`: a pager of Markdown links reads
 * them too (linked-pager.ts). Not Medium's `Next story`: plain text reads every line with them, and a story is an
 * answer's word too (a board's `Next story` column, a wrapped sentence's last line); a link reads it (linked-pager.ts).
 */
export const PREVIOUS_WORDS = String.raw`(?:previous|prev|이전\s?(?:글|포스트))(?: (?:page|post|article))?`;
export const NEXT_WORDS = String.raw`(?:next|다음\s?(?:글|포스트))(?: (?:page|post|article))?`;
/** `Previous`, `Next »`, `다음 글`, Velog's `이전 포스트`: a pager's links, each alone on its line. */
const PREVIOUS = new RegExp(String.raw`^(?:[«‹←]\s*)?${PREVIOUS_WORDS}$`, 'i');
const NEXT = new RegExp(String.raw`^${NEXT_WORDS}(?:\s*[»›→])?$`, 'i');
/** The `Previous` of a pager between a blog's posts, over which Velog sets its author's card. */
const PREVIOUS_POST = /^(?:이전\s?포스트|previous post)$/i;
/** Either link of Velog's pager of posts, which shows one alone on the first or the last post of the blog. */
const POST_PAGER_LINK = /^(?:(?:이전|다음)\s?포스트|(?:previous|next) post)$/i;
/** Velog's count of the comments under a post, over them: `0개의 댓글`. */
const VELOG_COMMENTS = /^\d+\s?개의 댓글$/;
const PAGER = new RegExp(`${PREVIOUS.source}|${NEXT.source}`, 'i');
/**
 * A pager's link as plain words alone on its line (`Previous`, `Next »`, `다음 글`): chrome closing a post, but the
 * answer's own where a pager of links would be (a carousel's buttons under `Two buttons:`: page-footer.ts).
 */
export function isPagerWords(line: string): boolean {
  return PAGER.test(line.trim());
}
/** `'딥러닝' 카테고리의 다른 글` (Tistory): the post's category's other posts are listed under it. */
const CATEGORY_POSTS = /^['‘].+['’]\s*카테고리의 다른 글$/;
/** A post so listed: its title and comment count (`[딥러닝] RNN과 LSTM  (2)`), or its date alone. */
const LISTED_POST = new RegExp(String.raw`^(?:.{1,120}\s\(\d+\)|${NUMERIC_DATE})$`);
/** A footer's line of legal and company links (`Terms & policies  Privacy policy  Brand guidelines`), one of them a policy. */
const LEGAL_LINK = String.raw`(?:terms(?: of (?:use|service))?(?: (?:&|and) (?:policies|conditions))?|privacy(?: policy| settings| notice)?|cookies?(?: policy| settings| preferences)?|brand guidelines|(?:contact|about)(?: us)?|sitemap|careers|status|help center|이용약관|개인정보\s?처리방침|고객센터)`;
const LEGAL_LINKS = new RegExp(String.raw`^(?=.*(?:terms|privacy|cookie|이용약관|개인정보))${LEGAL_LINK}(?:(?:\s*[|·•,]\s*|\s+)${LEGAL_LINK})*$`, 'i');

/** A link back to the top of the page, as READMEs end each section: `⬆ back to top`, `맨 위로`, `回到顶部`. */
export const BACK_TO_TOP = /^(?:[⬆↑▲🔝][\ufe0f\s]*)?(?:back to (?:the )?top|맨 ?위로(?: 가기| 이동)?|위로 가기|回到顶部|返回顶部|トップへ戻る)(?:[\s\ufe0f]*[⬆↑▲🔝])?$/iu;

/** LinkedIn's reactions to a post, run together as copied (`CelebrateSupportLove`), their count on the line or not. */
const LINKEDIN_REACTIONS = /^(?:like|celebrate|support|love|insightful|funny|curious){2,}(?:\s*[\d,.]+[KkM]?)?$/i;
/** What LinkedIn shows under the reactions, a line each: their count, and the buttons (`2,431`, `Like`, `Repost`, `Send`). */
const LINKEDIN_COUNT_OR_BUTTON = /^(?:[\d,.]+[KkM]?|like|comment|repost|send|share)$/i;

/** When a GitHub thread says a thing happened: `on Mar 12, 2024`, `2 days ago`, `yesterday`. */
const GITHUB_WHEN = String.raw`(?:on ${MONTH_ABBREVIATION} \d{1,2}(?:, \d{4})?|\d+ ${TIME_UNIT} ago|yesterday|last (?:week|month|year))`;
/**
 * A line of a GitHub issue's or pull request's thread that only GitHub writes, whole: who opened it or commented
 * when (`jisoo-kim opened this issue on Mar 11, 2024 · 4 comments`, `minho-lee commented on Mar 12, 2024 • edited`),
 * what was done to it (`@jisoo-kim jisoo-kim added the week-7 label on Mar 13, 2024`), its call to sign up.
 */
const GITHUB_THREAD: RegExp[] = [
  new RegExp(
    String.raw`^(?:@[\w-]+\s+)?[\w-]+ (?:commented|opened this (?:issue|pull request)|(?:added|removed) the \S+(?: and \S+)? labels?|closed this as (?:completed|not planned)|closed this|reopened this|self-assigned this|mentioned this (?:issue|pull request)) ${GITHUB_WHEN}(?:\s*[•·]\s*(?:edited|\d+ comments?))?$`,
    'i',
  ),
  /^sign up for free to join this conversation on github\b.*$/i,
];

/** Who asked a discussion's question in which category, under its title: `jiwoo-kim asked this question in Q&A`. */
export const GITHUB_ASKED = /^[\w-]+ asked this question in \S.{0,40}$/i;
/**
 * A line of a GitHub discussion's thread that only GitHub writes, whole: who asked in which category (`jiwoo-kim asked
 * this question in Q&A`), the answer's marks (`Answered by ptrblck`, `View full answer`, `Marked as answer by jiwoo-kim`,
 * `Answer selected by jiwoo-kim`), the count of replies (`Replies: 2 comments · 1 reply`). Read as a thread's line in a
 * copy of one only (githubChrome): `Answered by Hinton` alone may be a note's words.
 */
const GITHUB_DISCUSSION: RegExp[] = [
  GITHUB_ASKED,
  /^[\w-]+ started this conversation in \S.{0,40}$/i,
  /^(?:answered by|marked as answer by|answer selected by) [\w-]+$/i,
  /^view full answer$/i,
  /^replies: \d+ comments?(?: · \d+ repl(?:y|ies))?$/i,
];
/** The name over the line `on Mar 3, 2024` by which a discussion's comment is signed: the two are its header. */
const GITHUB_SIGNED_WHEN = new RegExp(String.raw`^${GITHUB_WHEN}$`, 'i');
/** A GitHub name: letters, digits and hyphens. */
const GITHUB_NAME = /^[\w-]{1,39}$/;
/** The count of a discussion's comment's replies under it: `1 reply`, `0 replies`. */
const GITHUB_REPLIES = /^\d+ repl(?:y|ies)$/i;

/**
 * Kaggle's vote button, copied as the name of its icon with the votes after it: `arrow_drop_up 47`. The icon's name is
 * no word of a note.
 */
const KAGGLE_VOTES = /^arrow_drop_(?:up|down)(?:\s+[-−]?[\d,.]+[kK]?)?$/;
/**
 * The head of a post of a Kaggle discussion: who wrote it (or the topic's forum) and when, `Chris Deotte · Posted 2
 * years ago`, `Getting Started · Posted 3 days ago`, a role between them (`· Topic Author ·`). Each opens a post of
 * the thread: the one before it ends there.
 */
const KAGGLE_POST_HEAD = new RegExp(String.raw`^[^·•]{1,40}(?:\s[·•]\s[^·•]{1,30})?\s[·•]\sposted \d{1,3} ${TIME_UNIT} ago$`, 'i');
/** Kaggle's marks, two kinds of which make a note a copy of its discussion. */
const KAGGLE_MARKS: RegExp[] = [KAGGLE_VOTES, KAGGLE_POST_HEAD];
/** Its reply button under a post, `reply` or `Reply`, left out of such a copy only: alone, `Reply` may answer. */
const KAGGLE_REPLY = /^reply$/i;

/** A Naver Cafe post's likes (`좋아요 23`): its buttons follow, then its readers' comments. */
const CAFE_LIKES = /^좋아요\s*\d+$/;
/** The buttons under a Naver Cafe post's likes, a line each (`댓글 17`, `공유`, `신고`), and the lone `댓글` over the readers' comments. */
const CAFE_BUTTON = /^(?:댓글(?:\s*\d+)?|공유|신고|스크랩|URL ?복사)$/i;

/** A Feishu (飞书) doc's count of comments over them, at its end: `评论（2）`. */
const DOC_COMMENTS = /^评论\s*[（(]\s*(\d+)\s*[)）]$/;
/** A comment so listed, its author's name before a colon: `李娜：第3题还可以补充 shrinkage`; not the note's own `问：` / `答：` lines. */
const NAMED_COMMENT = /^(?!(?:问题?|答案?|回答|解答|Q\d*|A\d*)\s*[：:])[^\s:：]{1,20}(?:\s[^\s:：]{1,20})?\s*[：:]\s*\S/i;

/**
 * When the page was last changed, in its footer's emphasis too (`*Last edited 2024-02-08.*`, `_최종 수정: 2024-03-02 by
 * 박서준_`, `最后编辑于 2024-03-02`, `最終更新日：2024年3月2日`). The Korean, Chinese and Japanese words only with a colon or
 * a date after them: `최종 수정된 모델은 …` is a sentence. The words are date-shapes.ts's, which a page's date stamp
 * closing an answer reads too (date-stamps.ts).
 */
const LAST_EDITED = new RegExp(String.raw`^[*_]*(?:${LAST_CHANGED_LABEL}\b|${LAST_CHANGED_LABEL_CJK}\s*(?:[:：]\s*\S|\d)).*$`, 'i');

/** The buttons of a share widget: the places a page is shared to, and its links, named on a line of their own (`Facebook Twitter LinkedIn`). */
const SHARE_BUTTON_RUN = String.raw`(?:(?:facebook|twitter|x|linkedin|reddit|e-?mail|whatsapp|telegram|pinterest|tumblr|hacker news|pocket|kakao(?:talk|story)?|naver|band|weibo|wechat|copy link|print|카카오톡|카카오스토리|페이스북|트위터|링크 복사)[\s,|·•/]*)+`;
const SHARE_BUTTONS = new RegExp(`^${SHARE_BUTTON_RUN}$`, 'iu');
/** A share widget's label and its buttons on one line (`Share: Facebook Twitter LinkedIn`, `공유하기: 카카오톡 페이스북`). */
const SHARE_WIDGET = new RegExp(String.raw`^(?:share(?: this(?: post| article| page)?)?|공유(?:하기)?)\s*[:：]?\s*${SHARE_BUTTON_RUN}$`, 'iu');

/** `Share this post:`, `Share on`: a share widget's label. */
const SHARE_PROMPT = /^share (?:this|on|your (?:approach|thoughts)|via)\b.*$/i;

/** The words a Q&A site's byline opens with, somewhere on a line (its emphasis or a link round them). */
const ANSWERED_BY = /answered by/i;
/** A Q&A site's byline over an answer, who answered and its votes: `Answered by Priya · 3 upvotes`. */
const ANSWERER_BYLINE = /^answered by [^·•|]{1,40}[·•|]\s*[\d,.]+[kK]?\s+(?:upvotes?|votes?|likes?)$/i;
/** The link under an answer the page cuts short, to the rest of it: `Read more »`, `Continue reading →`. */
const READ_MORE = /^(?:read more|continue reading)\s*(?:[»›→]|\.{3}|…)?$/i;
/** A vote button under an answer with its count, a thumb or its word or both: `👍 Helpful (12)`, `👎 1`, `Not helpful (1)`. */
const VOTE_BUTTON = String.raw`(?:[👍👎]\ufe0f?\s*(?:(?:not )?helpful\s*)?|(?:not )?helpful\s*)\(?\d[\d,]*\)?`;
/** Two at least on a line, as the page sets them side by side: `👍 Helpful (12)   👎 Not helpful (1)`. */
const ANSWER_VOTES = new RegExp(String.raw`^${VOTE_BUTTON}(?:(?:\s*[|·•/]\s*|\s+)${VOTE_BUTTON})+$`, 'iu');
/** A Q&A site's chrome round each of its answers; exported for the test that none of them backtracks. */
export const ANSWER_CHROME: readonly RegExp[] = [ANSWERER_BYLINE, READ_MORE, ANSWER_VOTES];

const CHROME_LINES: RegExp[] = [
  ...ANSWER_CHROME,
  /^skip to (?:main )?content$/i,
  /^(?:sign|log) ?in(?: to (?:post|comment|reply).*)?$/i,
  /^sign up$/i,
  /^loading comments/i,
  /^\d*\s*comments?$/i,
  /^markdown (?:is )?supported$/i,
  SHARE_PROMPT,
  SHARE_WIDGET,
  /^built with \w+/i,
  /^theme .* designed by .+$/i,
  /^powered by \w+/i,
  /^(?:©|copyright\b).*$/i,
  /^all rights reserved\.?$/i,
  /^(?:table of contents|on this page|contents)$/i,
  /^edit (?:this page|on github)$/i,
  BACK_TO_TOP,
  PAGER,
  LAST_EDITED,
  /^(?:leave|post) a (?:comment|reply)$/i,
  /^[\s|?!·•\-–—_=*#~.,:;/\\]+$/,
  /^(?:send|give|provide|leave) (?:us )?feedback$/i,
  /^thanks? (?:you )?for (?:your )?feedback[!.]?$/i,
  /^(?:피드백|의견) (?:보내기|남기기)$/,
  // A Korean blog's (Tistory, Naver, Velog) likes, comment count, subscribe and comment buttons and licence line; a Naver Cafe post's likes.
  // Velog's `좋아요 12 · 댓글 3` is chrome only where no answer leads into it (post-likes.ts).
  /^공감(?:\s*\d+)?(?:\s+댓글\s*\d+)?$/,
  CAFE_LIKES,
  /^댓글\s*\d+$/,
  VELOG_COMMENTS,
  /^(?:구독하기|이웃추가|URL ?복사|신고하기|댓글 ?작성)$/i,
  /^저작자표시(?:\s+(?:비영리|변경금지|동일조건(?:변경허락)?))*$/,
  // A post's date and time as the blog shows it (`2023. 4. 12. 21:37`): a date alone may be an answer.
  new RegExp(String.raw`^${DOTTED_DATE}\s+${CLOCK_TIME}$`),
  // A chat with an assistant copied from its page: who says what is the page's, each alone on its line (assistant-chat.ts).
  USER_SAID,
  ASSISTANT_SAID,
  // Tistory's ad slot (`반응형`), share and admin buttons, and its subscribe button run into the blog's name.
  /^(?:반응형|공유하기|게시글\s?관리|구독하기(?:\S.{0,40})?)$/,
  // Zhihu's and CSDN's: when the answer was written and from where, its votes, comments and buttons.
  new RegExp(String.raw`^(?:编辑|发布)于\s*${NUMERIC_DATE}(?:\s+${CLOCK_TIME})?(?:\s*[・·]\s*IP\s*属地\S{1,10})?$`),
  /^[\u200b\s]*赞同[\u200b\s]*(?:[\d,.]+[万千kK]?)?(?:[\u200b\s]*[\d,.]+[万千kK]?[\u200b\s]*条评论)?[\u200b\s]*$/,
  /^[\d,.]+[万千kK]?\s*(?:人赞同了该(?:回答|文章)|条评论)$/,
  /^(?:分享|收藏|喜欢|收起|举报|关注|关注问题|写回答|邀请回答|好问题(?:\s*\d+)?|添加评论|点赞|评论|打赏|默认排序|按时间排序)+$/,
  /^[\d,.]+\s*个回答$/,
  DOC_COMMENTS,
  // Nowcoder's (牛客网) post: its views, and its likes, comments and bookmarks on one line.
  /^浏览\s*[\d,.]+[万千wWkK]?$/,
  /^(?:(?:点赞|评论|收藏|分享)\s*[\d,.]+[万千wWkK]?\s*){2,}$/,
  // Evernote's web clipper: the page a note was clipped from, under it (`Clipped from: https://…`).
  /^clipped from:?\s+https?:\/\/\S+$/i,
  // Medium's: reading time, the author's followers, its list of other stories.
  /^\d{1,3} min read$/i,
  MEDIUM_FOLLOWERS,
  /^recommended from medium$/i,
  // LinkedIn's: the fold of a long post, its reactions and reposts.
  /^(?:…|\.\.\.)\s*see more$/i,
  LINKEDIN_REACTIONS,
  /^[\d,.]+[KkM]?\s+(?:reposts?|reactions?)$/i,
  /^(?:like|comment|repost|send|share)(?:\s+(?:like|comment|repost|send|share)){2,}$/i,
  // Reddit's: who posted and when, over the post; its votes, comments and buttons under it.
  /^posted by u\/[\w-]{1,40}(?:\s*[·•]\s*|\s+)(?:\d+\s*(?:minutes?|mins?|hours?|hrs?|days?|weeks?|months?|years?|[hdwmy])\s+ago|\d+[hdwmy]|yesterday)$/i,
  /^[\d,.]+[kK]?\s+(?:upvotes?|points?|votes?)(?:\s*[·•]\s*[\d,.]+[kK]?\s+comments?)?(?:\s*[·•]\s*(?:share|save|award|give award|report|hide))*$/i,
  // Kaggle's: a post's votes, and its head (KAGGLE_POST_HEAD).
  KAGGLE_VOTES,
  KAGGLE_POST_HEAD,
  // Quizlet's count of a set's cards over them, on its page and in a copy of its export.
  /^terms in this set \(\d+\)$/i,
  CATEGORY_POSTS,
  LEGAL_LINKS,
  ...GITHUB_THREAD,
  // Brunch's, DEV's and Xiaohongshu's (post-footers.ts).
  ...POST_FOOTER_LINES,
  // Instagram's likes and comments, GeeksforGeeks' and CSDN's buttons and boxes under a post (footer-openings.ts).
  ...FOOTER_CHROME_LINES,
];

/**
 * The question of a docs page's feedback widget. It asks the reader, not
 * the interview: left out, as are the buttons that answer it.
 */
const FEEDBACK_PROMPTS: RegExp[] = [
  new RegExp(String.raw`^(?:was|is) this (?:(?:page|article|post|doc|document|documentation|guide|tutorial|section|answer|content|information) )?(?:helpful|useful)(?: to you)?\s*${QUESTION_MARK}?$`, 'i'),
  new RegExp(String.raw`^did this (?:(?:page|article|post|doc|guide|tutorial|answer) )?help(?: you)?\s*${QUESTION_MARK}?$`, 'i'),
  new RegExp(String.raw`^did you find (?:this|it) (?:page |article |post |doc )?(?:helpful|useful)\s*${QUESTION_MARK}?$`, 'i'),
  new RegExp(String.raw`^is this conversation (?:helpful|useful)(?: so far)?\s*${QUESTION_MARK}?$`, 'i'),
  new RegExp(String.raw`^how (?:helpful|useful) (?:was|is) this (?:page|article|post|doc|answer)\s*${QUESTION_MARK}?$`, 'i'),
  new RegExp(String.raw`^(?:이 (?:페이지|문서|글|콘텐츠|정보|답변|리뷰|후기|게시물|게시글)(?:가|이|는)? )?도움이 (?:되었|됐|되셨)(?:나요|습니까|어요|는지요)\s*${QUESTION_MARK}?$`),
];
/** The buttons that answer the widget's question. */
const FEEDBACK_BUTTON =
  /^(?:[\p{Extended_Pictographic}\ufe0f]\s*)*(?:yes|no|helpful|not helpful|thumbs up|thumbs down|예|네|아니요|아니오|좋아요|싫어요|도움이 (?:돼요|됐어요|되었어요)|도움 안 ?돼요)?(?:\s*\(?\d[\d,]*\)?)?(?:\s*[\p{Extended_Pictographic}\ufe0f])*$/iu;


/** A line of a share widget's buttons: site chrome only right after its label (`Share this post:`). */
function isShareButtons(line: string): boolean {
  return SHARE_BUTTONS.test(line.trim());
}

function isSharePrompt(line: string): boolean {
  return SHARE_PROMPT.test(line.trim());
}

export function isFeedbackPrompt(line: string): boolean {
  const trimmed = line.trim();
  return FEEDBACK_PROMPTS.some((pattern) => pattern.test(trimmed));
}

/** A feedback widget's question and its buttons on one line, as a page copies them (`Was this helpful? Yes No`). */
function isFeedbackWidget(line: string): boolean {
  const trimmed = line.trim();
  const mark = trimmed.search(/[?？]/u);
  if (mark < 0) return false;
  const buttons = trimmed.slice(mark + 1).trim().split(/[\s|/·•]+/u).filter((button) => button !== '');
  return buttons.length > 0 && isFeedbackPrompt(trimmed.slice(0, mark + 1)) && buttons.every(isFeedbackButton);
}

/** A button of the feedback widget ("Yes", "No", "👍"): site chrome only right after its question. */
function isFeedbackButton(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && FEEDBACK_BUTTON.test(trimmed);
}

/** The lines right after a line of chrome that are chrome too, asked of each line in turn, once (a count of comments counts them off). */
export interface FollowingChrome {
  isChrome(line: string): boolean;
}

/** What follows `line` that is chrome too: its buttons after a widget's question or label, the posts a blog lists, a LinkedIn post's counts and buttons under its reactions, a Naver Cafe post's buttons under its likes and its readers' comments, the comments a Feishu doc counts. */
export function chromeAfter(line: string): FollowingChrome | undefined {
  const trimmed = line.trim();
  if (isFeedbackPrompt(trimmed)) return { isChrome: isFeedbackButton };
  if (isSharePrompt(trimmed)) return { isChrome: isShareButtons };
  if (CATEGORY_POSTS.test(trimmed)) return { isChrome: (next) => LISTED_POST.test(next.trim()) };
  if (LINKEDIN_REACTIONS.test(trimmed)) return { isChrome: (next) => LINKEDIN_COUNT_OR_BUTTON.test(next.trim()) };
  if (CAFE_LIKES.test(trimmed)) return { isChrome: (next) => CAFE_BUTTON.test(next.trim()) };
  // The lone `댓글` is chrome only among those buttons: under it, to the note's end, are the readers' comments, each with
  // its nickname, date and `답글쓰기` button. A comment that asks is a reader's question, not the interview's.
  if (trimmed === '댓글') return TO_THE_END;
  const footer = postFooterAfter(trimmed);
  if (footer) return footer;
  const comments = DOC_COMMENTS.exec(trimmed);
  if (comments) {
    // As many comments as it counts, a line each: a line labelled as the note's (`问：…`) may follow them.
    let left = Number(comments[1]);
    return {
      isChrome(next) {
        if (left === 0 || !NAMED_COMMENT.test(next.trim())) return false;
        left--;
        return true;
      },
    };
  }
  return undefined;
}

/**
 * The lines (indices into `lines`, the note's lines trimmed) of a docs page's pager: `Previous`, the title of the page it links to,
 * `Next` and its page's title. The titles are read only where `Previous` and `Next` stand together, two
 * lines apart: a `Next` alone may head an answer's next step, and the line under it is the step; or where Velog's
 * pager shows one post (`이전 포스트` and its title over `0개의 댓글`). Over a pager of posts, the author's card is the
 * page's too (`authorCard`); over a book's, its forum's link (d2l.ai's `Discussions`).
 */
export function pagerLinks(lines: readonly string[]): Set<number> {
  const links = new Set<number>();
  const filled: number[] = [];
  lines.forEach((line, index) => {
    if (line !== '') filled.push(index);
  });
  filled.forEach((index, at) => {
    const [title, next, nextTitle] = [filled[at + 1], filled[at + 2], filled[at + 3]];
    // Velog's pager of one post (the blog's first or last), its count of comments under it: the link and its title.
    if (POST_PAGER_LINK.test(lines[index]!) && title !== undefined && isLinkedTitle(lines[title]!) && next !== undefined && VELOG_COMMENTS.test(lines[next]!)) {
      links.add(index).add(title);
      for (const line of authorCard(lines, index)) links.add(line);
      return;
    }
    if (!PREVIOUS.test(lines[index]!) || next === undefined || !NEXT.test(lines[next]!)) return;
    if (!isLinkedTitle(lines[title!]!)) return;
    links.add(index).add(title!).add(next);
    if (nextTitle !== undefined && isLinkedTitle(lines[nextTitle]!)) links.add(nextTitle);
    if (PREVIOUS_POST.test(lines[index]!)) for (const line of authorCard(lines, index)) links.add(line);
    // Only there: alone, `Discussions` may be a note's own heading or word.
    const above = filled[at - 1];
    if (above !== undefined && BOOK_FORUM_LINK.test(lines[above]!)) links.add(above);
  });
  return links;
}

/**
 * Whether `handle` signs the post's byline, as Velog's does (`jiwoo_dev · 2023년 3월 14일`): a copy with no blank lines
 * sets it right under the last answer, and only the byline tells it for the author's card.
 */
function signsPost(lines: readonly string[], handle: string): boolean {
  return lines.some((line) => line.startsWith(`${handle} · `));
}

/** A blog's handle as Velog shows it on the author's card: one lower-case word (`jiwoo_dev`, `jiwoo`). */
const HANDLE = /^@?[a-z0-9][a-z0-9_.-]{1,38}$/;
/** A handle alone, with no bio under it, only marked as one: a plain word there (`reversed`, `numpy`) may be the last answer. */
const MARKED_HANDLE = /^(?=@|.*[_.\d-])@?[a-z0-9][a-z0-9_.-]{1,38}$/;

/**
 * The lines (indices into `lines`) of the author's card right over a pager of posts, at `pager` (`jiwoo_dev` and
 * `머신러닝 엔지니어를 꿈꾸는 개발자` over Velog's `이전 포스트`): the author's handle, and the line of their bio under it,
 * with a blank line above them and none between them and the pager, or as the lines fall where the handle signs the
 * post's byline (`jiwoo_dev · 2023년 3월 14일`), a blank line between them and the pager only over a bio. A handle has a
 * letter (`12` over the pager is an answer's). Other lines there are the post's, and stay.
 */
function authorCard(lines: readonly string[], pager: number): number[] {
  let end = pager;
  while (end > 0 && lines[end - 1] === '') end--;
  for (const size of [2, 1]) {
    const first = end - size;
    if (first < 0) continue;
    // Run on from the line over them, or apart from the pager by a blank line (`f1-score` over a line, `1e-3`: an
    // answer's, over any blog's pager): a card only where the byline signs it, and apart from the pager only with a bio.
    const apart = end < pager;
    if (apart && size === 1) continue;
    const doubtful = (first > 0 && lines[first - 1] !== '') || apart;
    if (doubtful && !signsPost(lines, lines[first]!)) continue;
    const [handle, bio] = lines.slice(first, end);
    if (!/[a-z]/.test(handle!) || !(bio === undefined ? MARKED_HANDLE : HANDLE).test(handle!) || (bio !== undefined && (bio === '' || !isBylineLine(bio)))) continue;
    return Array.from({ length: size }, (_, k) => first + k);
  }
  return [];
}

/** A line's words as a page shows them: without the emphasis round them (`*…*`), or the Markdown of a link that is the whole line. */
function shownWords(line: string): string {
  const trimmed = line.trim();
  const link = /^\[([^\]]+)\]\([^()\s]*\)$/.exec(trimmed);
  if (link) return link[1]!.trim();
  return trimmed.replace(/^([*_]{1,3})(\S(?:.*\S)?)\1$/, '$2');
}

/**
 * The lines (1-based) of a Q&A site's chrome round its answers in a Markdown note, which keeps them as the page set
 * them, read without their emphasis or a link's Markdown: the answerer's byline over an answer (`*Answered by Priya ·
 * 3 upvotes*`), and under it the link to the rest of it (`[Read more »](https://…)`) and the vote buttons (`👍 Helpful
 * (12)   👎 Not helpful (1)`). Copied text loses them with all its chrome (isSiteChrome); a Markdown note only these,
 * since other chrome words may be its own (`Contents`, a rule of dashes), and only with a byline among them: a note's
 * own list of questions links its papers so (`[Read more](https://arxiv.org/…)`), and a count of votes may answer.
 */
export function answerChromeLines(lines: readonly string[]): Set<number> {
  const chrome = new Set<number>();
  // Read for every Markdown note, most of which no Q&A site wrote: a line to read only where one names an answerer.
  if (!lines.some((line) => ANSWERED_BY.test(line))) return chrome;
  let bylined = false;
  lines.forEach((line, index) => {
    if (line.length === 0 || line.length > 200) return;
    const shown = shownWords(line);
    if (!ANSWER_CHROME.some((pattern) => pattern.test(shown))) return;
    chrome.add(index + 1);
    bylined ||= ANSWERER_BYLINE.test(shown);
  });
  // Only a page with the answerers' bylines: elsewhere `[Read more](…)` links a paper, `👍 120 / 👎 30` answers.
  return bylined ? chrome : new Set();
}

export function isSiteChrome(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && (CHROME_LINES.some((pattern) => pattern.test(trimmed)) || isFeedbackPrompt(trimmed) || isFeedbackWidget(trimmed));
}

/** A post's signature on a Stack Exchange page: `answered Mar 3, 2019 at 10:02`, `edited Apr 1 '20 at 8:15`, `asked 2 hours ago`. */
const SIGNATURE = new RegExp(String.raw`^(?:answered|asked|edited)\s+(?:${MONTH_ABBREVIATION} \d{1,2}(?:, \d{4}| '\d{2})?(?: at ${CLOCK_TIME})?|\d+ (?:secs?|mins?|hours?|days?) ago|yesterday|today)$`, 'i');

/** Lines that only a Stack Exchange (or Stack Overflow) page shows: two kinds of them make a note such a copy. */
const FORUM_MARKS: RegExp[] = [/^improve this (?:answer|question)$/i, /^add a comment$/i, /^highest score \(default\)$/i, /^sorted by:$/i, SIGNATURE];

/** The widgets of a post and of the page, left out of such a copy (and only of one: `Share` or `Follow` may be a note's own words). */
const FORUM_CHROME: RegExp[] = [
  ...FORUM_MARKS,
  /^(?:share|cite|follow|flag)$/i,
  /^(?:date modified \(newest first\)|date created \(oldest first\)|trending \(recent votes count more\))$/i,
  /^\d+ answers?$/i,
  /^show \d+ more comments?$/i,
  /^(?:asked|modified|viewed|active)\s+(?:\d[\d.,]*k?\s+times|.*\bago|today|yesterday)$/i,
  /^not the answer you're looking for\?.*$/i,
];

/** A user's reputation and badge counts under their name: `23.4k 3 45 67`, `101 1 1 silver badge 3 3 bronze badges`. */
const REPUTATION = /^\d[\d,.]*k?(?:\s+(?:\d+|gold|silver|bronze|badges?))*$/i;
/** A post's tags as the page lists them: lower-case names, one at least hyphenated or two at least (`machine-learning`, `python numpy`). */
const POST_TAGS = /^(?=.*(?:-|\s))[a-z0-9][a-z0-9.+#-]*(?:\s+[a-z0-9][a-z0-9.+#-]*){0,4}$/;
/** A vote count: a number alone on its line. */
const VOTES = /^[-−]?\d+$/;

/**
 * Lines that only a Glassdoor interview page shows: its list's count (`Interview questions [3]`), a question's
 * `Answer question` button or count of answers (`1 Answer`), `Add Interviews` and its feedback question. Two kinds
 * of them make a note such a copy.
 */
const GLASSDOOR_MARKS: RegExp[] = [/^interview questions \[\d+\]$/i, /^answer question$/i, /^\d+ answers?$/i, /^add interviews$/i, /^was this interview helpful\?$/i];
/** Its buttons under an answer too, left out of such a copy only: `Helpful` alone may answer a question in any other note. */
const GLASSDOOR_CHROME: RegExp[] = [...GLASSDOOR_MARKS, /^helpful(?: \(\d+\))?$/i, /^(?:share|report)$/i];

/**
 * The lines (indices into `lines`, the note's lines trimmed) of a Q&A page's chrome, when the note is a copy of one: a Glassdoor interview
 * page's, a GitHub thread's, a Stack Exchange page's or a Kaggle discussion's. A note that is no such copy keeps every line.
 */
export function forumChrome(lines: readonly string[]): Set<number> {
  return new Set([...glassdoorChrome(lines), ...githubChrome(lines), ...stackExchangeChrome(lines), ...kaggleChrome(lines)]);
}

/**
 * A Kaggle discussion's `reply` buttons: in a copy of one, each; in another note, those right over a post's head (blank
 * lines between or not), under the post they answer. (Its votes and posts' heads are chrome in any note.)
 */
function kaggleChrome(lines: readonly string[]): number[] {
  const copy = isCopyOf(lines, KAGGLE_MARKS);
  const replies: number[] = [];
  let overHead = false;
  for (let index = lines.length - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line === '') continue;
    const reply = KAGGLE_REPLY.test(line);
    if (reply && (copy || overHead)) replies.push(index);
    overHead = KAGGLE_POST_HEAD.test(line) || (reply && overHead);
  }
  return replies;
}

/**
 * The lines (indices into `lines`, the note's lines trimmed) that open a post of a forum's thread, chrome each: a Kaggle
 * post's head (`Sakura Tanaka · Posted 2 years ago`). The post before it ends there: a reader's post is no part of the
 * last answer of the one before (a card of its own, `What is the difference between AUC and Gini? → …`, was lost in it).
 */
export function forumPostHeads(lines: readonly string[]): Set<number> {
  return new Set(lines.flatMap((line, index) => (line.length <= 120 && KAGGLE_POST_HEAD.test(line) ? [index] : [])));
}

/**
 * A Glassdoor interview page's buttons and counts (`Answer question`, `1 Answer`, `Helpful`, `Share`, `Report`),
 * when the note is a copy of one: an unanswered question was answered `Answer question`, and went into the deck.
 */
function glassdoorChrome(lines: readonly string[]): number[] {
  if (!isCopyOf(lines, GLASSDOOR_MARKS)) return [];
  return lines.flatMap((line, index) => (GLASSDOOR_CHROME.some((pattern) => pattern.test(line)) ? [index] : []));
}

/** A comment's reactions on GitHub, their counts on the line (`👍 3`, `❤️ 2 🚀 1`). */
const GITHUB_REACTIONS = /^(?:(?:👍|👎|😄|🎉|😕|❤️?|🚀|👀)\s*\d+\s*)+$/u;
/** What a GitHub thread shows by each comment: its author's avatar (`@minho-lee`) and role (`Author`), its reactions. */
const GITHUB_COMMENT_CHROME: RegExp[] = [/^@[\w-]+$/, /^(?:author|owner|member|maintainer|contributor|collaborator|first-time contributor)$/i, GITHUB_REACTIONS, GITHUB_REPLIES, ...GITHUB_DISCUSSION];
/** The headings of a GitHub thread's sidebar (`Assignees`, `Labels`) and footer. */
const GITHUB_SIDEBAR = /^(?:assignees|reviewers|labels|projects|milestone|development|participants|category|footer(?: navigation)?)$/i;

/**
 * A GitHub thread's chrome, when the note is a copy of one (a line of its thread, `minho-lee commented on Mar 12,
 * 2024`, is chrome in any note; a discussion's, `Answered by ptrblck`, only in a copy): by each comment, its author's
 * avatar and role and its reactions, a discussion's name over `on Mar 3, 2024` and count of replies; and the page's
 * sidebar and footer, from the first of their headings after the thread's last such line to the note's end (the
 * names under `Labels`, `No one assigned`, `Footer navigation`). The replies ran into the last answer with them.
 */
function githubChrome(lines: readonly string[]): number[] {
  // A thread has two such lines at least (who opened it, who commented): one quoted in an answer makes no copy.
  const threadLines = lines.flatMap((line, index) => ([...GITHUB_THREAD, ...GITHUB_DISCUSSION].some((pattern) => pattern.test(line)) ? [index] : []));
  if (threadLines.length < 2) return [];
  const thread = threadLines.at(-1)!;
  const sidebar = lines.findIndex((line, index) => index > thread && GITHUB_SIDEBAR.test(line));
  // A discussion signs each comment on two lines, its author's name over `on Mar 3, 2024`.
  const signedBy = (index: number) => GITHUB_NAME.test(lines[index]!) && GITHUB_SIGNED_WHEN.test(lines[index + 1] ?? '');
  const signed = (index: number) => signedBy(index) || (index > 0 && signedBy(index - 1));
  return lines.flatMap((line, index) => (line !== '' && ((sidebar !== -1 && index >= sidebar) || signed(index) || GITHUB_COMMENT_CHROME.some((pattern) => pattern.test(line))) ? [index] : []));
}

/**
 * A Stack Exchange page's chrome, when the note is a copy of one:
 * its widgets (`Share`, `Improve this answer`, `Add a comment`, `Sorted by:`), the question's tags over its first, each post's signature
 * (`answered Mar 3, 2019 at 10:02`) with the user's name and reputation under it, and the vote counts
 * alone on a line that stand where the page shows them: right after such a line (the question's under
 * its `Viewed 12k times`, each answer's under the `Add a comment` of the one before). A number alone
 * anywhere else is the author's, and stays. A note with fewer than two kinds of such lines is no copy:
 * nothing is left out.
 */
function stackExchangeChrome(lines: readonly string[]): Set<number> {
  const chrome = new Set<number>();
  if (!isCopyOf(lines, FORUM_MARKS)) return chrome;
  let previousIsChrome = false;
  /** What the lines after a signature are: the user's name, then their reputation. */
  let signed: 'name' | 'reputation' | undefined;
  // The question's tags, on the line over its widgets (`machine-learning ensemble-learning` over `Share` … `Improve this
  // question`); over an answer's, the line is the answer's last (`pip install scikit-learn`).
  const questionWidget = lines.findIndex((line, index) => /^share$/i.test(line) && lines.slice(index + 1, index + 4).some((next) => /^improve this question$/i.test(next)));
  if (questionWidget > 0 && POST_TAGS.test(lines[questionWidget - 1]!)) chrome.add(questionWidget - 1);
  lines.forEach((trimmed, index) => {
    if (trimmed === '') return;
    const isChrome =
      FORUM_CHROME.some((pattern) => pattern.test(trimmed)) ||
      (signed === 'name' && trimmed.length <= 40 && !/[.?!:]$/.test(trimmed)) ||
      (signed === 'reputation' && REPUTATION.test(trimmed)) ||
      (previousIsChrome && VOTES.test(trimmed));
    signed = SIGNATURE.test(trimmed) ? 'name' : isChrome && signed === 'name' ? 'reputation' : undefined;
    if (isChrome) chrome.add(index);
    previousIsChrome = isChrome;
  });
  return chrome;
}
