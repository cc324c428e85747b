/**
 * What a note ends with after its last answer when it is a post pasted as
 * Markdown: the blog's footer (likes, the licence, the category's other
 * posts: site-chrome.ts), its pager to the posts before and after, of links
 * (linked-pager.ts) or plain words (`Previous`, `Next`, kept where they are
 * the answer's own), and the author's sign-off (`Thanks for reading!
 * Leave a ⭐`, a social post's call to repost), with the rule that sets it
 * apart. None of them is part of the last answer. Only the last paragraphs
 * are read, from the end back: the same words before an answer's end are
 * the answer's. (Copied plain text loses its chrome line by line, all of
 * it, in plaintext.ts; its sign-off is read here too, and its closing line
 * of a remark and a wish to the readers: `면접관분들이 친절하셨어요~ 다들 좋은
 * 결과 있길!!`.)
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { chromeAfter, isPagerWords, isSiteChrome, type FollowingChrome } from './site-chrome.js';
import { opensComments } from './post-footers.js';
import type { LeftOutLine } from './plaintext.js';
import { isTagLine } from './tag-lines.js';
import { postTags } from './post-tags.js';
import { postLikes } from './post-likes.js';
import { headsPostList, mediumFooterStart, opensOverFooter, opensPageFooter } from './footer-openings.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { sourceLines, splitAt } from './prompt-runs.js';
import { ANSWER_ARROW, ANSWER_PREFIX } from './answer-line.js';
import { mailSignOffStart } from './mail-sign-off.js';
import { closingPager, isOwnPager, leadsOnWords } from './linked-pager.js';
import { END_OF_RECORDING, GOOD_LUCK, HAPPY_STUDYING, KOREAN_THANKS, THANKS_FOR_READING } from '../wording/sign-off-words.js';
import { QUESTION_MARKS } from '../wording/marks.js';

/**
 * A wish to the post's readers, never an answer's words: `Good luck everyone!`, `Good luck with your interviews` (not a
 * bare `good luck`, which may wish a colleague well in an answer: `Good luck with the launch, …`), and a Korean post's
 * `다들 좋은 결과 있길`, `취준 화이팅`, `모두 합격하시길`, `도움이 되셨으면 좋겠습니다`, the readers named before it or not
 * (and a Chinese post's `祝大家都拿到心仪offer！`):
 * a wish in a wish's own ending, two words at most after it, as it ends what is said (`좋은 결과 있었어요` reports one,
 * `모두 화이팅하는 분위기였어요` tells of one).
 */
const KOREAN_WISH = String.raw`(?:(?:다들|모두(?:들)?|여러분(?:들)?|취준생?(?:\s*여러분)?)\s*(?:다\s*)?)?(?:좋은 결과 (?:있|얻|받)(?:으)?(?:시)?(?:길|기를|세요)|[화파]이팅(?:입니다|이에요|해요|하세요|합시다|하시길)?(?=[^가-힣a-z]*$)|(?:합격|취뽀)(?:하시길|하세요|하길|하기를|\s*기원)|힘내(?:세요|시길|요)|도움이 되(?:셨으면|시길))(?=\S*(?:\s+\S+){0,2}\s*$)`;
const READERS_WISH = String.raw`${GOOD_LUCK},? (?:to )?(?:every(?:one|body)|all(?: of you)?|y'?all|you all)\b|${GOOD_LUCK} (?:with|on|in|for) (?:your|the) (?:interviews?|job (?:search|hunt)|prep)\b|祝大家.{0,20}(?:offer|顺利|好运|成功|上岸)|${KOREAN_WISH}`;
/**
 * What signs a post off and is never an answer's words: a social post's call to its readers (`Which one would you add?
 * ♻️ Repost …`, `Follow me … for more`), a goodbye to the reader (`Thanks for reading`, `읽어주셔서 감사합니다`, a Japanese
 * note's closing `以上` alone: "that is all"), a wish to them (READERS_WISH), and a voice memo's speaker stopping the
 * recording (`Okay that's it, stop recording.`).
 */
const READERS_GOODBYE = String.raw`${END_OF_RECORDING}\b|if (?:this|you found this|you liked this) (?:helped|was (?:helpful|useful)|post|article|thread)\b|if you found this (?:helpful|useful)\b|(?:which|what) (?:one|ones|questions?|else) would you add\b|what did i miss\b|(?:♻️\s*)?repost (?:this |if |to )|follow (?:me|us)\b.{0,40}\bfor more\b|${THANKS_FOR_READING}|${HAPPY_STUDYING}\b|hope (?:this|it) helps\b|읽어\s?(?:주셔서|줘서) (?:감사|고맙)|도움이 되(?:셨|었)다면|궁금한 (?:점|사항)은 댓글|(?:공감|댓글|구독|좋아요)(?:\s*(?:과|와|이나|나|및|,)\s*(?:공감|댓글|구독|좋아요))*(?:은|는|이|가)?\s.{0,12}힘이 됩니다|틀린 (?:내용|부분|점|곳)이 (?:있다면|있으면)[^.!?]{0,20}(?:댓글|알려)|다음 (?:글|포스트|포스팅|시간)에서 (?:만나요|뵙겠습니다|봬요)|以上(?:です|となります|になります)?[。.！!]?$|${READERS_WISH}`;
/**
 * A series' teaser of its next post, an emoji before it or not: `✅ 다음 편: Object detection 질문`, `Next up: RNNs`,
 * `Coming up next: …`. Its colon and the title after it tell it from an answer's sentence (`다음 편에서` is none). A
 * Chinese post's `未完待续` ("to be continued", `未完待续，下期讲 P-Tuning`) says it by itself.
 */
const NEXT_POST_TEASER = String.raw`(?:\p{Extended_Pictographic}️?\s*)?(?:(?:다음\s?(?:편|글|포스트|포스팅|시간)|next (?:up|post|part|article|in (?:this|the) series)|coming (?:up )?next)\s*[:：]\s*\S|未完待续)`;
/** The words an author signs off with, opening the note's last paragraph: those, or a wish that may also end an answer. */
const SIGN_OFF = new RegExp(String.raw`^(?:${READERS_GOODBYE}|${NEXT_POST_TEASER}|${GOOD_LUCK}(?:[!.,~]|\s+(?:with|on|in|to|for)\b|$)|(?:${KOREAN_THANKS})[.!~]*$)`, 'iu');
/**
 * In copied text, where each line is a paragraph, only what is never an answer's: a wish on the last line may be the
 * last answer's own (`감사합니다.` ending a rehearsed self-introduction, `Good luck with the launch, …`).
 */
const COPIED_SIGN_OFF = new RegExp(String.raw`^(?:${READERS_GOODBYE}|${NEXT_POST_TEASER})`, 'iu');
/**
 * Such words ending a sentence, not at the line's head: `면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!` (closingRemark), two
 * words at most after them (`있으시길 바랍니다`, `화이팅입니다 ㅎㅎ`): more, and they are part of what the sentence says
 * (`모두 화이팅하는 분위기를 만들고 싶다고.`).
 */
const GOODBYE_ENDING_SENTENCE = new RegExp(String.raw`(?:^|\s)(?:${READERS_GOODBYE})\S*(?:\s+\S+){0,2}\s*$`, 'iu');
/** Longer, a closing paragraph says more than goodbye. */
const LONGEST_SIGN_OFF = 280;

/**
 * Takes the footer and the sign-off off the end of `tree`: the readers' comments from what opens them, whole
 * paragraphs of footer and sign-off, the lines of them that end the last paragraph left, and a thematic break left last. Returns the lines left out. `mail`:
 * the note holds a mail's header (as the mail reading found it: mail-headers.ts), so a signature under `--` ends it
 * with no closing word over it. `copied`: the tree is copied text's (plaintext.ts), whose sign-off is only what no answer
 * says (COPIED_SIGN_OFF). `perplexityFooter`: the line from which Perplexity's footer ends the note (perplexity-footer.ts),
 * as the note's assistant page was read (readAssistantPage).
 */
export function dropPageFooter(tree: Root, text: string, lines: readonly string[], { mail, copied = false, perplexityFooter }: { mail: boolean; copied?: boolean; perplexityFooter: number | undefined }): LeftOutLine[] {
  const signOff = copied ? COPIED_SIGN_OFF : SIGN_OFF;
  const leftOut: LeftOutLine[] = [];
  const blocks = tree.children;
  let cut = false;
  // The readers' comments under a post (DEV's `Top comments (3)`: post-footers.ts) run to the note's end, a comment a
  // paragraph or more: they go as a block, or the last comment, known to no pattern, would keep all above it in the answer.
  // Copied text has left out the line that opens them, and all under it, as site chrome already (chromeAfter): no paragraph opens them.
  const comments = copied ? -1 : blocks.findIndex((block) => block.type === 'paragraph' && opensComments(lines[(block.position?.start.line ?? 0) - 1] ?? ''));
  // Comments hold no heading: one after the opener is the note going on (a post quoted in the middle of a note).
  if (comments !== -1 && !blocks.slice(comments + 1).some((block) => block.type === 'heading')) {
    const from = blocks[comments]!.position!.start.line;
    for (let line = from; line <= lines.length; line++) {
      const said = (lines[line - 1] ?? '').trim();
      if (said !== '') leftOut.push({ line, text: said, reason: 'site-chrome' });
    }
    blocks.splice(comments);
    cut = true;
  }
  // Perplexity's buttons under its answer and the searches it suggests: they ask, but the site, not the interview.
  if (perplexityFooter !== undefined && cutFooter(blocks, text, lines, { from: perplexityFooter, signOffs: new Set() }, leftOut)) cut = true;
  // Counts ending the note, two at least (a thread's replies, reposts, likes and views: `12`, `1.1K`, `96K`), go with
  // the sign-off or the footer over them; with neither, they may be the answer's, and a number alone may be.
  let firstCount = blocks.length;
  while (firstCount > 0 && isCounts(blocks[firstCount - 1]!, lines)) firstCount--;
  const counted = blocks.slice(firstCount).flatMap((block) => writtenLines(block, lines));
  const counts = counted.length >= 2 ? blocks.splice(firstCount) : [];
  // An email's closing, read from the note's end once: a request over the closing word is one only with it.
  const endLine = blocks.at(-1)?.position?.end.line;
  const mailFrom = endLine === undefined ? undefined : mailSignOffStart(lines, endLine, mail);
  // A footer that a line no answer says opens (a sign-off, a site's `Similar Reads`), the site's lines under it unknown
  // to any pattern: the walk below stops at the first line it does not know, and would keep them all in the answer.
  // A mail's closing is its own (the request over it goes with it, the signature under it).
  const opened = mailFrom === undefined ? openedFooter(blocks, lines, signOff, copied) : undefined;
  if (opened && cutFooter(blocks, text, lines, opened, leftOut)) cut = true;
  /**
   * A Tistory post's tags block, `태그` over its names, and a Velog post's `좋아요 12 · 댓글 3` that no answer leads into
   * (1-based lines): chrome among the footer's lines (post-tags.ts, post-likes.ts).
   */
  const pageLines = new Set([...postTags(lines), ...postLikes(lines, copied)].map((index) => index + 1));
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    if (last.type === 'thematicBreak' && cut) {
      blocks.pop();
      continue;
    }
    // A clipped post's pager of links to the posts before and after it (linked-pager.ts), a rule under it or not.
    const pager = copied ? undefined : closingPager(blocks, lines);
    if (pager) {
      for (const index of pager) if (blocks[index]!.type === 'paragraph') leftOut.push(...writtenLines(blocks[index]!, lines).map((said) => ({ ...said, reason: 'site-chrome' as const })));
      for (const index of pager.reverse()) blocks.splice(index, 1);
      cut = true;
      continue;
    }
    if (last.type !== 'paragraph' || !last.position) break;
    const { start, end } = last.position;
    if (mailFrom !== undefined && end.line >= mailFrom) {
      // Glued under the last answer's lines, the closing is cut off them (when a line break ends the one over it).
      const parts = start.line >= mailFrom ? [] : splitAt(last, [mailFrom], sourceLines(text, lines));
      if (parts.length === 1) break;
      leftOut.push(...writtenLines(last, lines).filter(({ line }) => line >= mailFrom).map((said) => ({ ...said, reason: 'sign-off' as const })));
      cut = true;
      if (keepLinesBefore(blocks, parts[0])) continue;
      break;
    }
    const written = lines.slice(start.line - 1, end.line).join('\n').trim();
    if (written.length <= LONGEST_SIGN_OFF && (signOff.test(withoutEmphasisMarks(written)) || (copied && closingRemark(last, written, lines, blocks.at(-2))))) {
      leftOut.push({ line: start.line, text: written.split('\n')[0]!.trim(), reason: 'sign-off' });
      blocks.pop();
      cut = true;
      continue;
    }
    const from = footerStart(lines, start.line, end.line, pageLines);
    if (from === undefined || isOwnPagerWords(blocks, lines, from)) break;
    // The paragraph's lines before the footer, when they are a paragraph of their own (a line break ends the one before).
    const [before, footer] = from === start.line ? [undefined, last] : splitAt(last, [from], sourceLines(text, lines));
    if (footer === undefined) break;
    for (let line = from; line <= end.line; line++) {
      const said = (lines[line - 1] ?? '').trim();
      if (said !== '') leftOut.push({ line, text: said, reason: 'site-chrome' });
    }
    cut = true;
    if (keepLinesBefore(blocks, before)) continue;
    break;
  }
  if (!cut) blocks.push(...counts);
  else if (counts.length > 0) leftOut.push(...counted.map((line) => ({ ...line, reason: 'site-chrome' as const })));
  return leftOut.sort((a, b) => a.line - b.line);
}

/** More lines, and the footer over them is no footer: an answer's last paragraphs are not read so far back. */
const MOST_FOOTER_LINES = 24;
/**
 * More lines, and not even a site's own opening line (`Subscribed`, `Similar Reads`) over them opens a footer: past
 * MOST_FOOTER_LINES only such a line may (a sign-off, which a note may say mid-way, may not), every line under it the
 * footer's still (a site's list of recommended pages, its buttons, counts and dates: WeChat's, Substack's).
 */
const MOST_OPENED_FOOTER_LINES = 60;
/** Longer, a line under a footer's opening says more than a site's button, name or link. */
const LONGEST_FOOTER_LINE = 60;
/** What may label or number a question (`Q.`, `Q3:`, `2)`, `1、`): a line so led is the note's, not the footer's. */
const QUESTION_LEAD = /^(?:q\s*\d*\s*[.:)]|\d{1,3}\s*[.)、]|[-*•]\s)/i;

/** A footer's first line, and those of its lines that are the author's sign-off. */
interface OpenedFooter {
  from: number;
  signOffs: Set<number>;
}

/**
 * The footer that ends the note from a line that opens it: the author's sign-off opening a paragraph, or a site's
 * line that opens its footer (footer-openings.ts), left out already in copied text or not, or the first line of
 * Medium's over its author's card (mediumFooterStart). Under it, to the note's end,
 * only lines of a footer (`isFooterLine`): the site's buttons, counts, names and links that no pattern knows
 * (Substack's `Get the app`, its postal address, CSDN's `程序员小王`), one of them at least the page's by what it is
 * under a sign-off. Read from the note's end back over paragraphs only, at most MOST_FOOTER_LINES of them, or up to
 * MOST_OPENED_FOOTER_LINES to a site's opening line: the highest such opening is where the footer starts, and the lines
 * over it, short or not, stay the last answer's.
 */
function openedFooter(blocks: readonly RootContent[], lines: readonly string[], signOff: RegExp, copied: boolean): OpenedFooter | undefined {
  let from: number | undefined;
  const signOffs = new Set<number>();
  let at = blocks.length - 1;
  let read = 0;
  /** Whether a line under the one read is the page's by what it is (chrome, a count), not by being short only. */
  let paged = false;
  /** Whether a line is under the one read. */
  let under = false;
  const listed = postListStart(lines);
  const medium = listed === undefined ? mediumFooterStart(lines) : undefined;
  /** The footer as read up to MOST_FOOTER_LINES: past them, it is only moved up to a site's opening line. */
  let withinBound: number | undefined;
  /** Whether a site's opening line was read past MOST_FOOTER_LINES. */
  let openedPast = false;
  /** The filled line read before this one, under it. */
  let below: number | undefined;
  for (let line = lines.length; line >= 1; line--) {
    const said = (lines[line - 1] ?? '').trim();
    if (said === '') continue;
    // A site's buttons right over where its footer opens (GeeksforGeeks' `Comment` over `More info` over `Advertise
    // with us`) open it: the footer starts at the highest.
    const opensOver = from !== undefined && from === below && opensOverFooter(said);
    below = line;
    if (opensOver) {
      from = line;
      continue;
    }
    while (at >= 0 && (blocks[at]!.position?.start.line ?? 0) > line) at--;
    const block = at >= 0 && (blocks[at]!.position?.end.line ?? 0) >= line ? blocks[at]! : undefined;
    // The titles a list of posts holds, whatever they say (`How to Prepare for a Google Interview?`), a list's items
    // too; not a heading, which opens a section of the note's.
    if (listed !== undefined && line > listed) {
      if (block?.type === 'heading') break;
      under = true;
      continue;
    }
    // Medium's author card and what stands over it (footer-openings.ts), whatever its lines say (the author's bio).
    if (medium !== undefined && line >= medium) {
      // A heading that runs over it opens a section of the note's; one of its own lines (`--` under `--`), Medium's.
      if (block?.type === 'heading' && (block.position?.start.line ?? 0) < medium) break;
      if (line === medium) [from, paged] = [line, true];
      under = true;
      continue;
    }
    if (block === undefined) {
      // Left out already (copied text's chrome, a line of tags): it may open the footer, and the walk goes on over it.
      if (opensPageFooter(said)) {
        from = line;
        openedPast ||= read > MOST_FOOTER_LINES;
      }
      [paged, under] = [true, true];
      continue;
    }
    // A footer's opening line read as a list of one item by its leading dash: WeChat's `- END -`. (A heading opens a
    // section of the note's.)
    const oneLine = block.position?.start.line === line && block.position?.end.line === line;
    const openingItem = block.type === 'list' && oneLine && opensPageFooter(said);
    if ((!openingItem && block.type !== 'paragraph') || ++read > MOST_OPENED_FOOTER_LINES) break;
    if (read === MOST_FOOTER_LINES + 1) withinBound = from;
    if (openingItem) {
      [from, paged, under] = [line, true, true];
      openedPast ||= read > MOST_FOOTER_LINES;
      continue;
    }
    if (opensPageFooter(said)) {
      [from, paged] = [line, true];
      openedPast ||= read > MOST_FOOTER_LINES;
    } else if (read <= MOST_FOOTER_LINES && block.position?.start.line === line && signsOff(said, signOff, copied, block, lines, blocks[at - 1])) {
      // A sign-off opens a footer of the page's lines; over short lines alone (`In short, avoid circular waits`), it
      // may be a goodbye in the middle of the note, and they its words.
      if (under && !paged) break;
      from = line;
      signOffs.add(line);
    } else if (isPageLine(said)) paged = true;
    else if (!isFooterLine(said)) break;
    under = true;
  }
  if (read > MOST_FOOTER_LINES && !openedPast) from = withinBound;
  return from === undefined ? undefined : { from, signOffs };
}

/** Longer, a line under a list of posts' heading is no post's title. */
const LONGEST_LISTED_TITLE = 120;

/**
 * Where a list of posts opens that runs to the note's end, its heading among its last lines (`Similar Reads`,
 * `이 블로그 프로그래밍 카테고리 글`, footer-openings.ts) with at most MOST_FOOTER_LINES titles under it, none longer than a
 * title is.
 */
function postListStart(lines: readonly string[]): number | undefined {
  let titles = 0;
  for (let line = lines.length; line >= 1 && titles <= MOST_FOOTER_LINES; line--) {
    const said = (lines[line - 1] ?? '').trim();
    if (said === '') continue;
    if (headsPostList(said)) return line;
    if ([...said].length > LONGEST_LISTED_TITLE) return undefined;
    titles++;
  }
  return undefined;
}

/**
 * Whether the line that opens a paragraph is the author's sign-off, as the walk up the note reads one; not one that
 * ends in a colon, which leads to what is under it (`Thanks for reading it to the end:` over `42`).
 */
function signsOff(said: string, signOff: RegExp, copied: boolean, paragraph: RootContent, lines: readonly string[], above: RootContent | undefined): boolean {
  if (said.length > LONGEST_SIGN_OFF || /[:：]$/.test(said)) return false;
  return signOff.test(withoutEmphasisMarks(said)) || (copied && closingRemark(paragraph, said, lines, above));
}

/** A line without the emphasis it opens with: a sign-off set in italics (`*If you liked this post, share it!*`) is one. */
function withoutEmphasisMarks(said: string): string {
  return said.replace(/^[*_]{1,3}(?=\S)/, '');
}

/** A line that is the page's by what it is: site chrome, a count, a line of tags. */
function isPageLine(said: string): boolean {
  return isSiteChrome(said) || COUNT.test(said) || isTagLine(said);
}

/** A sentence's or clause's closing mark at a line's end: a footer's lines end in none. */
const CLOSING_MARK_END = new RegExp(`[.。!！${QUESTION_MARKS}:：;；,，]$`);

/**
 * A line of a footer under its opening that is not the page's (isPageLine, tested first by the walk): a line with no
 * letter (a date), or a short one that does not ask, is led by no question's label or number, and ends no sentence (a button, a name, an
 * address, a listed post's title; `Please Login to comment...` ends in dots that are no full stop).
 */
function isFooterLine(said: string): boolean {
  if (!/\p{L}/u.test(said)) return said.length <= LONGEST_FOOTER_LINE;
  // The costly test of asking last: most lines an answer ends with are long or end a sentence.
  if ([...said].length > LONGEST_FOOTER_LINE || CLOSING_MARK_END.test(said.replace(/(?:\.{3}|…)$/, '')) || QUESTION_LEAD.test(said)) return false;
  return !isInterrogative(said);
}

/**
 * Cuts the footer off `blocks` from its first line, the lines before it in that paragraph kept, and says what was left
 * out (the sign-off as one). Whether it was cut: not when its first line stands inside a paragraph's line (no line
 * break before it).
 */
function cutFooter(blocks: RootContent[], text: string, lines: readonly string[], { from, signOffs }: OpenedFooter, leftOut: LeftOutLine[]): boolean {
  let cutOff = false;
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    const { start, end } = last.position!;
    if (end.line < from) break;
    const parts = start.line >= from ? [] : splitAt(last as Paragraph, [from], sourceLines(text, lines));
    if (parts.length === 1) break;
    for (let line = Math.max(start.line, from); line <= end.line; line++) {
      const said = (lines[line - 1] ?? '').trim();
      if (said !== '') leftOut.push({ line, text: said, reason: signOffs.has(line) ? 'sign-off' : 'site-chrome' });
    }
    cutOff = true;
    if (!keepLinesBefore(blocks, parts[0])) break;
  }
  return cutOff;
}

/**
 * After the end of the note's last paragraph is cut off: the lines before the cut stay its last block, without the
 * line break that ended them, or with none, the block goes. Whether the walk up the note goes on (the block went).
 */
function keepLinesBefore(blocks: RootContent[], before: Paragraph | undefined): boolean {
  if (before === undefined) {
    blocks.pop();
    return true;
  }
  while (before.children.length > 0 && isLineEnd(before.children.at(-1)!)) before.children.pop();
  blocks[blocks.length - 1] = before;
  return false;
}

/** Where a sentence ends, before the next: after `.`, `!`, `?`, `。` or a `~` (`친절하셨어요~ 다들 …`). */
const SENTENCE_END = /(?<=[.!?。~])\s+/;

/**
 * Copied text's closing line of a remark on the post and a goodbye or a wish to its readers, the wish its last
 * sentence: `면접관분들이 친절하셨어요~ 다들 좋은 결과 있길!!`, `That's all I remember. Good luck everyone!`. Only a line of
 * its own, a blank line over it, that is not led by an answer's arrow or label (`→ …`, `A: …`), says no more than
 * that remark (a longer paragraph that ends so may be an answer that says goodbye). Right under a line that asks, it
 * is that question's answer with a wish added (`Randomly zeroing units. Good luck everyone!` under `What is
 * dropout?`), unless the page's own lines (its buttons, its comments), left out before, follow it: a post's end.
 */
function closingRemark(paragraph: RootContent, written: string, lines: readonly string[], above: RootContent | undefined): boolean {
  if ((paragraph.data as { blankLinesBefore?: number } | undefined)?.blankLinesBefore === 0 || written.includes('\n')) return false;
  const end = paragraph.position?.end.line ?? lines.length;
  const asked = above?.type === 'paragraph' && above.position?.start.line === above.position?.end.line && endsWithQuestionMark(lines[(above.position?.end.line ?? 0) - 1] ?? '');
  if (asked && !lines.slice(end).some((line) => line.trim() !== '')) return false;
  if (ANSWER_ARROW.test(written) || ANSWER_PREFIX.test(written)) return false;
  // A sentence of no word (`ㅎㅎ`, `🙏`) after the wish ends it too.
  const sentences = written.split(SENTENCE_END).filter((sentence) => /[가-힣a-z]/i.test(sentence));
  return sentences.length <= 2 && GOODBYE_ENDING_SENTENCE.test(sentences.at(-1) ?? '');
}

/** A count alone on a line (`12`, `2,431`, `1.1K`): a post's replies, reposts, likes or views. */
const COUNT = /^[\d,.]*\d[KkM]?$/;

/** A paragraph whose every line is a count. */
function isCounts(block: RootContent, lines: readonly string[]): boolean {
  if (block.type !== 'paragraph') return false;
  const written = writtenLines(block, lines);
  return written.length > 0 && written.every((line) => COUNT.test(line.text));
}

/** The lines of `block` as written, trimmed, without the blank ones. */
function writtenLines(block: RootContent, lines: readonly string[]): Array<{ line: number; text: string }> {
  const written: Array<{ line: number; text: string }> = [];
  for (let line = block.position?.start.line ?? 1; line <= (block.position?.end.line ?? 0); line++) {
    const said = (lines[line - 1] ?? '').trim();
    if (said !== '') written.push({ line, text: said });
  }
  return written;
}

/**
 * The first of the lines `first..last` (1-based) from which every line is chrome, read as copied text reads
 * it (`pageLines` too: a Tistory post's tags block, a Velog post's likes), or a line of tags among chrome (a blog's tags over its likes);
 * undefined if the last is not, or if only tags end the paragraph (a note's own tags: tag-lines.ts leaves them out).
 */
function footerStart(lines: readonly string[], first: number, last: number, pageLines: ReadonlySet<number>): number | undefined {
  let from: number | undefined;
  let chrome = false;
  let after: FollowingChrome | undefined;
  for (let line = first; line <= last; line++) {
    const said = lines[line - 1] ?? '';
    if (isSiteChrome(said) || after?.isChrome(said) || pageLines.has(line)) {
      from ??= line;
      // A line with no letter (a date, `· · ·`) goes on a footer, but starts none alone: a lone `...` ending a
      // note may hold an answer's place.
      chrome ||= /\p{L}/u.test(said);
      after = chromeAfter(said) ?? after;
    } else if (isTagLine(said)) from ??= line;
    else {
      from = undefined;
      chrome = false;
      after = undefined;
    }
  }
  return chrome ? from : undefined;
}

/**
 * Whether the chrome closing the note from line `from` of its last paragraph is a pager's plain words alone
 * (`Previous`, `Next`, `다음 글`, a line each, in one paragraph or more) that are the answer's own: a carousel's
 * buttons, a linked list's fields. They stay on fewer leads than a pager of links (linked-pager.ts): a line right over
 * them, in their paragraph or the one over it, that ends with a colon (`Two buttons:`, `노드가 두 포인터를 갖는다:`) or
 * is a question's own (`leadsOnWords`); a heading that asks and names no pager's word; never a references section's
 * name (`isOwnPager`).
 */
function isOwnPagerWords(blocks: readonly RootContent[], lines: readonly string[], from: number): boolean {
  const words = (line: number) => isPagerWords(lines[line - 1] ?? '');
  let top = blocks.length - 1;
  for (let line = from; line <= (blocks[top]!.position?.end.line ?? 0); line++) if (!words(line)) return false;
  /** The first of the pager's lines in the block `top`. */
  let first = from;
  for (;;) {
    const start = blocks[top]!.position?.start.line ?? first;
    while (first > start && words(first - 1)) first--;
    // The lines over the words in their paragraph say what they are.
    if (first > start) return leadsOnWords(lines.slice(start - 1, first - 1));
    let over = top - 1;
    while (over >= 0 && blocks[over]!.type === 'thematicBreak') over--;
    const end = blocks[over]?.position?.end.line;
    // A paragraph over them that ends in the pager's words too holds its first lines.
    if (blocks[over]?.type !== 'paragraph' || end === undefined || !words(end)) return isOwnPager(blocks, top, lines, 'words');
    [top, first] = [over, end + 1];
  }
}

/** A line break, or a `<br>` or blank text left at a line's end. */
function isLineEnd(node: RootContent): boolean {
  return node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value)) || (node.type === 'text' && node.value.trim() === '');
}
