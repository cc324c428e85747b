/**
 * The lines with which a site's footer opens under a post, and which no answer says: a blog's list of related
 * posts (`Similar Reads`, `이 블로그 프로그래밍 카테고리 글`, `相关推荐`), its buttons and counts of likes and
 * comments (`Like Article`, `좋아요 1,024개`), its ads and its newsletter's links (`Get the app`). Under such a
 * line, the footer's other lines are the site's whatever they say: page-footer.ts takes them with it, bounded
 * (the lines under it short, none asking). Over it, the last answer's lines stay; over Medium's author card
 * (`Written by Jane Doe`), the story's counts and buttons go with it: the card tells them from an answer's lines.
 */
import { isBylineLine } from './byline.js';

/** GeeksforGeeks: the heading of its list of similar articles under an article. */
const GEEKSFORGEEKS_SIMILAR_READS = /^similar reads$/i;
/** Its buttons under an article and its comment box. */
const GEEKSFORGEEKS_BUTTONS = [/^like article$/i, /^suggest improvement$/i, /^please login to comment\.*$/i];
/**
 * Its links under an article, over the next article's title and its `Similar Reads`: `Advertise with us`, `Next
 * Article`. Over them stand its buttons (GEEKSFORGEEKS_BUTTONS_OVER).
 */
const GEEKSFORGEEKS_FOOTER = /^(?:advertise with us|next article)$/i;
/**
 * Its buttons right over those links, `Comment` and `More info`, a line each: alone, either may be a note's word; right
 * over the footer's opening, they are its first lines (page-footer.ts).
 */
const GEEKSFORGEEKS_BUTTONS_OVER = /^(?:comment|more info)$/i;
/** The patterns of GeeksforGeeks' links and buttons over its footer; exported for the test that none of them backtracks. */
export const GEEKSFORGEEKS_FOOTER_PATTERNS: readonly RegExp[] = [GEEKSFORGEEKS_FOOTER, GEEKSFORGEEKS_BUTTONS_OVER];
/** Its course ad, known by its opening words, which the site keeps whatever course it offers. */
const GEEKSFORGEEKS_AD = /^looking to dive into the world of programming or sharpen your skills\?/i;

/**
 * CSDN: the knowledge-base box under a post (`文章知识点与官方知识档案匹配，可进一步学习相关知识`, `Java技能树首页概览`,
 * `150000 人正在系统学习中`) and its bookmark prompt (`觉得还不错? 一键收藏`).
 */
const CSDN = [/^文章知识点与官方知识档案匹配/, /^\S{1,30}技能树首页概览$/, /^[\d,.]+[万千wWkK]?\s*人正在系统学习中$/, /^觉得还不错[?？]\s*一键收藏$/];

/** Substack: its buttons and the newsletter's links under the post (`Subscribed`, `Get the app`), its comments' heading. */
const SUBSTACK = [/^subscribed$/i, /^unsubscribe$/i, /^get the app$/i, /^start writing$/i, /^discussion about this post$/i, /^ready for more\?$/i];

/**
 * A Naver blog's list of the category's other posts (`이 블로그 프로그래밍 카테고리 글`) and of its popular ones; Tistory's
 * (`'딥러닝' 카테고리의 다른 글`) is site chrome in any note (site-chrome.ts).
 */
const NAVER_BLOG = [/^이 블로그\s?(?:\S.{0,30}\s)?(?:카테고리 글|인기글)$/];

/**
 * Instagram's and Threads' likes and comments under a post (`좋아요 1,024개`, `댓글 56개 모두 보기`, `View all 56 comments`,
 * `Liked by minji and others`; not `1,024 likes`, which may answer how many a post got).
 */
const INSTAGRAM = [/^좋아요\s*[\d,.]+[만천]?\s*개$/, /^댓글\s*[\d,.]+[만천]?\s*개\s*모두 보기$/, /^view all [\d,.]+[KkM]? comments$/i, /^liked by \S+ and (?:[\d,.]+ )?others$/i];

/**
 * A WeChat Official Account (公众号) article's end mark and the page's own strings under it, copied with the article:
 * `- END -`, `喜欢此内容的人还喜欢`, `阅读原文`, the reader's prompts (`预览时标签不可点`, `微信扫一扫` / `关注该公众号`,
 * `继续滑动看下一个`, `轻触阅读原文`, `使用小程序`, `取消 允许`) and its row of buttons (`分享 留言 收藏 听过 赞 在看`, `写留言`).
 * The account's name and its card's lines between them are short lines no pattern knows: the footer takes them.
 */
const WECHAT_END = /^[-—–─]+\s*(?:the\s+)?end\s*[-—–─]+$/i;
const WECHAT = [
  /^喜欢此内容的人还喜欢$/,
  /^(?:轻触)?阅读原文$/,
  /^预览时标签不可点$/,
  /^微信扫一扫(?:\s*(?:关注该公众号|使用小程序|可打开此内容.*))?$/,
  /^关注该公众号$/,
  /^(?:继续|向上)滑动看下一个$/,
  /^使用小程序$/,
  /^取消\s+允许$/,
  /^写留言$/,
  // The buttons, two at least on the line: one alone (`分享`, `赞`) may be a word of a note.
  /^(?:(?:分享|留言|收藏|听过|赞|在看|点赞|推荐)\s+)+(?:分享|留言|收藏|听过|赞|在看|点赞|推荐)$/,
];

/**
 * A list of related posts that many blogs set under a post, under its own heading (not DEV's `Read next`, which is one
 * only under its footer's line: post-footers.ts; alone, its words answer).
 */
const RELATED_POSTS = /^(?:related (?:posts|articles|reads)|you (?:may|might) also like|相关推荐|猜你喜欢|往期(?:推荐|精选|回顾)|관련\s?(?:글|포스트)|함께 보면 좋은 글|関連記事)$/i;

/** A copyright line, as a footer opens: `© 2024 Jane Doe`. */
const COPYRIGHT = /^©\s*\S/;

/**
 * Medium: the author's card under a story, `Written by Jane Doe` over the lines it writes of them (their followers,
 * `Writer for Towards Data Science`, or `·Writer for …` as a copy glues it to the dot before, `Follow`, `More from Jane
 * Doe`) and their bio; the prompt to sign up over it.
 */
const MEDIUM_WRITTEN_BY = /^written by ([^\s·•|,.?!:]+(?: [^\s·•|,.?!:]+){0,3})$/i;
/** The author's followers (`1.2K Followers`), on the card and under a story's byline: site chrome anywhere too. */
export const MEDIUM_FOLLOWERS = /^[\d,.]+[KkM]? followers$/i;
/** `More from Jane Doe`, `More from Towards Data Science`: a name, no sentence's punctuation (`More from the tutorial: …`). */
const MEDIUM_MORE_FROM = /^more from [^\s:;,!?]+(?: [^\s:;,!?]+){0,5}(?<!\.)$/i;
const MEDIUM_CARD = [MEDIUM_FOLLOWERS, /^[\d,.]+[KkM]? following$/i, /^·?\s*(?:writer|editor) (?:for|of) \S.{0,60}$/i, /^follow(?:ing)?$/i, MEDIUM_MORE_FROM, /^·$/, /^recommended from medium$/i];
const MEDIUM_SIGN_UP = /^sign up to discover human stories that deepen your understanding of the world\.?$/i;
/** The rules a story's clap and response buttons leave in a copy of it, `--` over `--`. */
const MEDIUM_BUTTONS = /^-{2,3}$/;
/** A count alone on its line: the story's claps and responses (`2`, `1.2K`). */
const MEDIUM_COUNT = /^[\d,.]*\d[KkM]?$/;
/** More lines under `Written by`, and they are more than the author's card. */
const MOST_CARD_LINES = 8;

/**
 * Where Medium's footer opens that ends the note (1-based, into `lines`): the author's card, `Written by Jane Doe` and
 * under it to the note's end the lines Medium writes of them and one line of bio at most; over it, in the page's
 * order, the author's name again (their picture's, in a copy), the story's claps and responses over that, the rules
 * of its buttons and the prompt to sign up. Only with a line of Medium's own among them, or the name repeated under
 * the buttons' rules: alone, `Written by Jane Doe` may end an answer (who wrote a paper), the name over it too
 * (`Kaiming He`), and a number over them (`50`), the claps only with the rules over it.
 */
export function mediumFooterStart(lines: readonly string[]): number | undefined {
  let line = lines.length;
  let written: RegExpExecArray | null = null;
  let card = 0;
  let bio = false;
  let marked = false;
  for (; line >= 1 && card <= MOST_CARD_LINES; line--) {
    const said = (lines[line - 1] ?? '').trim();
    if (said === '') continue;
    written = MEDIUM_WRITTEN_BY.exec(said);
    if (written) break;
    card++;
    if (MEDIUM_CARD.some((pattern) => pattern.test(said))) marked = true;
    else if (bio || !isBylineLine(said)) return undefined;
    else bio = true;
  }
  if (!written) return undefined;
  let from = line;
  /** What was read last over the card, which tells what may stand over it. */
  let over: 'card' | 'name' | 'counts' | 'buttons' | 'sign-up' = 'card';
  let named = false;
  for (line--; line >= 1; line--) {
    const said = (lines[line - 1] ?? '').trim();
    if (said === '') continue;
    if (over === 'card' && said === written[1]) over = 'name';
    else if (over !== 'sign-up' && MEDIUM_COUNT.test(said)) {
      // Claps and responses, between the buttons' rules or under them (`--` over `12` over `--` over `3`); only the rules move
      // `from` over them: a number with no rule over it is the last answer's (`50`).
      over = 'counts';
      continue;
    } else if (over !== 'sign-up' && MEDIUM_BUTTONS.test(said)) over = 'buttons';
    else if (over !== 'sign-up' && MEDIUM_SIGN_UP.test(said)) over = 'sign-up';
    else break;
    named ||= over === 'name';
    // The name alone may be the last answer's (who wrote a book); under the buttons' rules or the prompt, it is Medium's.
    marked ||= over === 'sign-up' || (over === 'buttons' && named);
    from = line;
  }
  return marked ? from : undefined;
}

const FOOTER_OPENINGS: RegExp[] = [GEEKSFORGEEKS_SIMILAR_READS, ...GEEKSFORGEEKS_BUTTONS, GEEKSFORGEEKS_FOOTER, GEEKSFORGEEKS_AD, ...CSDN, ...SUBSTACK, ...NAVER_BLOG, ...INSTAGRAM, WECHAT_END, ...WECHAT, RELATED_POSTS, COPYRIGHT];

/** Those that head a list of posts: `Similar Reads`, a Naver blog's category list, `Related posts`, WeChat's `往期推荐`. */
const POST_LISTS: RegExp[] = [GEEKSFORGEEKS_SIMILAR_READS, ...NAVER_BLOG, RELATED_POSTS];

/** Whether `line` heads a list of posts, each a title (POST_LISTS): under it, the titles are the list's whatever they say. */
export function headsPostList(line: string): boolean {
  const trimmed = line.trim();
  return POST_LISTS.some((pattern) => pattern.test(trimmed));
}

/** Whether `line` opens a site's footer (FOOTER_OPENINGS). */
export function opensPageFooter(line: string): boolean {
  const trimmed = line.trim();
  return FOOTER_OPENINGS.some((pattern) => pattern.test(trimmed));
}

/** Whether `line` is a site's button that stands right over its footer's opening line, and opens the footer then (GeeksforGeeks' `Comment`). */
export function opensOverFooter(line: string): boolean {
  return GEEKSFORGEEKS_BUTTONS_OVER.test(line.trim());
}

/**
 * Those of them that are site chrome wherever they stand, no note's words: Instagram's Korean counts and its comments'
 * link, GeeksforGeeks' buttons and headings (its ad is one only at the footer), CSDN's box and prompt, WeChat's strings
 * (its `- END -` is one only at the footer: a rule of dashes round a word may stand in a note).
 */
export const FOOTER_CHROME_LINES: RegExp[] = [...INSTAGRAM, GEEKSFORGEEKS_SIMILAR_READS, ...GEEKSFORGEEKS_BUTTONS, ...CSDN, ...WECHAT];
