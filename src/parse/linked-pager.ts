/**
 * The pager a clipped blog post ends with (MarkDownload, Obsidian Web Clipper): Markdown links to the posts before and
 * after it, `[← Previous](…) [Next →](…)`, `[이전 글 [면접] 텐서 기초](…)`, `[上一篇](…)`. Only link markup is read here,
 * and a line that says more than the links (`See [the next section](#x)`) is prose. The pager words are plain text's
 * (site-chrome.ts), with the short forms a link's text carries, and its links go to other pages. A pager that a
 * question or words pointing at it stand over is the note's (`isOwnPager`), of links or of plain words (`Previous` and
 * `Next` under `Two buttons:`, a carousel's; page-footer.ts); so are links under a heading or a references section's
 * name, and plain words under a heading that asks.
 */
import type { RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { NEXT_WORDS, PREVIOUS_WORDS } from './site-chrome.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { BOLD_AND_ITALIC_MARKS, withoutEmphasisEnds } from '../wording/emphasis-ends.js';
import { isQaLine } from './runaway-blocks.js';
import { isTagLine } from './tag-lines.js';
import { isReferencesLine } from '../extract/references.js';
import { LEAD_IN_END, POINTS_ON } from '../extract/lead-in.js';

/**
 * A pager's arrows: README's emoji ones (`⬅️`, `➡️`) too, which the emoji's variation selector may follow, and a Korean
 * blog's triangles (`[◀ 이전 글](…)`, `[다음 글 ▶](…)`).
 */
const ARROWS = '←→«»‹›⬅➡◀▶';
/**
 * The arrows that alone are a pager's link (`[←](…)`, `[»](…)`, `[➡️](…)`). A triangle alone is a player's or a game's
 * button as often (`[▶](…play.svg)`, `[◀◀](…)`, `[▶️](https://youtu.be/…)`): with a pager's word only (`[◀ 이전 글](…)`).
 */
const LONE_ARROWS = '←→«»‹›⬅➡';
/**
 * A pager's marks: its arrows, and a theme's `<` / `>` round a pager's word (`[< Prev](…)`, `[Next >>](…)`). Those are
 * never a pager's link by themselves (`[<<](…)`, `[>](…)`: C++'s operators, HTML's entities): ARROW_TEXT reads ARROWS.
 */
const MARKS = `${ARROWS}<>`;
/**
 * A link's text that starts with a pager's word, marks before it or not (`« Older entries`, `<< Prev`), and what follows
 * the word: nothing, marks, or the linked post's title (`Previous: Linear Regression`). The word ends there: `Next.js`
 * is none. Medium's `Next story` is a link's only: plain text's words (site-chrome.ts) leave `story` out.
 */
const PAGER_TEXT = new RegExp(
  String.raw`^(?:(?:[${MARKS}]\ufe0f?)+\s*)?((?:previous|next) story|${PREVIOUS_WORDS}|${NEXT_WORDS}|이전|다음|(?:older|newer) (?:posts?|entries)|上一篇|下一篇)(?=$|[\s:：${MARKS}\-–—])(.*)$`,
  'iu',
);
/** A word that names a post (`이전 글`, `Next post`, `Next story`, `上一篇`): the post's title may follow it with no mark between. */
const NAMES_POST = /(?:글|포스트|posts?|article|story|entries|篇)$/iu;
/** A title set off from the word by a colon or a dash: `Next: Transformers`, `다음 - 옵티마이저`. */
const SET_OFF_TITLE = /^\s*(?:[:：]|\s[-–—]\s)\s*\S/u;
const MARK = new RegExp(`[${MARKS}]`, 'u');
/** A link's text that is an arrow alone (`[← ](…)`, `[»](…)`, `[⬅️](…)`): a pager's with another link, as it says no more. */
const ARROW_TEXT = new RegExp(`^(?:[${LONE_ARROWS}]\\ufe0f?){1,2}$`, 'u');
/** What follows a word that is no title: nothing, or its marks (`Next →`, `Next >>`). */
const NO_TITLE = new RegExp(`^[${MARKS}\\s\\ufe0f]*$`, 'u');
/**
 * A link to the contents that a README's pager sets between its two (`[⬅ Previous](a.md) | [Home](README.md) | [Next
 * ➡](c.md)`, `[이전 글](…) [목록](…) [다음 글](…)`): the pager's there, and only there.
 */
const CONTENTS_TEXT = /^(?:🏠\ufe0f?|(?:🏠\ufe0f?\s*)?(?:home|index|contents|table of contents|목록|목차|홈))$/iu;

/**
 * A Markdown link, inline (`[text](url "title")`) or by reference (`[text][id]`, `[text][]`), its text holding one level
 * of brackets at most (`[이전 글 [면접] 텐서 기초](…)`).
 */
const LINK = /\[((?:[^[\]\n]|\[[^[\]\n]*\])+)\](?:\((?:<[^<>\n]*>|[^\s()]+)(?:\s+(?:"[^"\n]*"|'[^'\n]*'))?\s*\)|\[[^[\]\n]*\])/gu;
/**
 * What follows a link's text when it goes within the page (`[⬅️](#move-left)`, `[Next](<#b>)`). A bare `#` goes nowhere:
 * a theme's placeholder (`[← Previous Post](#)`), a pager's still.
 */
const IN_PAGE = /^\(<?#(?!>?(?:\s|\)))/u;
/** What a pager's line holds besides its links: arrows, separators, emphasis round a link. */
const BETWEEN_LINKS = new RegExp(`^[\\s|·•/*_\\-–—${MARKS}\\ufe0f]*$`, 'u');

/**
 * A pager's line's links read: how many to posts, the order of those (`p`) and of the links to the contents (`c`), and
 * whether one says by more than its word that it is a pager's (an arrow, a title, `글`).
 */
interface PagerLine {
  links: number;
  order: string;
  marked: boolean;
}

/**
 * The line (as written) as a pager's: nothing but links to other pages whose texts open with a pager's word, are an
 * arrow alone or go to the contents, and marks and separators between them. A link within the page (`[⬅️](#move-left)`)
 * is no pager's.
 */
function pagerLine(line: string): PagerLine | undefined {
  const said = line.trim();
  if (!said.includes('](') && !said.includes('][')) return undefined;
  let links = 0;
  let order = '';
  let marked = MARK.test(said.replace(LINK, ''));
  for (const [link, text] of said.matchAll(LINK)) {
    if (IN_PAGE.test(link.slice(text!.length + 2))) return undefined;
    if (CONTENTS_TEXT.test(text!.trim())) {
      order += 'c';
      continue;
    }
    if (ARROW_TEXT.test(text!.trim())) {
      links++;
      order += 'p';
      continue;
    }
    const words = PAGER_TEXT.exec(text!.trim());
    if (!words) return undefined;
    const [, word = '', rest = ''] = words;
    const titled = !NO_TITLE.test(rest);
    const arrowed = MARK.test(text!);
    // A title with no colon or dash before it only after a word that names a post, or with an arrow: `Next steps` is no pager's.
    if (titled && !SET_OFF_TITLE.test(rest) && !arrowed && !NAMES_POST.test(word)) return undefined;
    links++;
    order += 'p';
    marked ||= titled || arrowed || NAMES_POST.test(word);
  }
  return order !== '' && BETWEEN_LINKS.test(said.replace(LINK, '')) ? { links, order, marked } : undefined;
}

/** A paragraph whose every line is a pager's. */
function pagerParagraph(block: RootContent, lines: readonly string[]): PagerLine | undefined {
  if (block.type !== 'paragraph' || !block.position) return undefined;
  const read: PagerLine = { links: 0, order: '', marked: false };
  for (let line = block.position.start.line; line <= block.position.end.line; line++) {
    const said = lines[line - 1] ?? '';
    if (said.trim() === '') continue;
    const pager = pagerLine(said);
    if (!pager) return undefined;
    read.links += pager.links;
    read.order += pager.order;
    read.marked ||= pager.marked;
  }
  return read.order !== '' ? read : undefined;
}

/**
 * The blocks (indices, ascending) of a pager of links that closes the note: its paragraphs, one or more, and the rules
 * among and under them, with only rules and the links' definitions (`[prev]: https://…`) under it, and the link to the
 * contents a README's pager sets between its two (`[Home](README.md)`, `[목록](…)`); a paragraph over them that opens
 * with one is the answer's, and the pager starts under it. Either link alone
 * (the blog's first or last post) only when it says it is a pager's by more than its word (`[Next →](…)`, `[다음 글](…)`):
 * `[Next](https://nextjs.org)` may end an answer, as may an arrow alone (`[→](…)`). Right under a heading or a question it is the section's or the
 * question's only text, and stays its answer (`[Next: Transformers](…)`); so it does under words that point at it.
 */
export function closingPager(blocks: readonly RootContent[], lines: readonly string[]): number[] | undefined {
  let at = blocks.length - 1;
  const rules: number[] = [];
  while (at >= 0 && (blocks[at]!.type === 'thematicBreak' || blocks[at]!.type === 'definition')) {
    if (blocks[at]!.type === 'thematicBreak') rules.push(at);
    at--;
  }
  /** The pager's paragraphs from the last up, each with its links read. */
  const pager: { at: number; read: PagerLine }[] = [];
  for (; at >= 0; at--) {
    const block = blocks[at]!;
    if (block.type === 'thematicBreak') {
      rules.push(at);
      continue;
    }
    const paragraph = pagerParagraph(block, lines);
    if (!paragraph) break;
    pager.push({ at, read: paragraph });
  }
  // A link to the contents is the pager's only between two to posts: a paragraph over them that opens with one
  // (`[Table of Contents](README.md)`, `[Home](README.md)`) is the answer's, and the pager starts under it.
  while (pager.at(-1)?.read.order.startsWith('c')) pager.pop();
  const order = pager.map((paragraph) => paragraph.read.order).reverse().join('');
  const links = pager.reduce((sum, paragraph) => sum + paragraph.read.links, 0);
  // One last under them, or one alone, may be the answer's, and the pager with it. So may a link to the contents under
  // them, but for the one a blog's pager sets after its two in their paragraph (Blogger's `[Newer Post](…) [Older
  // Post](…) [Home](…)`).
  const closedByContents = order.endsWith('c') && !/pp+c$/.test(pager[0]?.read.order ?? '');
  if (pager.length === 0 || (links < 2 && !pager.some((paragraph) => paragraph.read.marked)) || closedByContents) return undefined;
  const top = pager.at(-1)!.at;
  if (isOwnPager(blocks, top, lines, 'links')) return undefined;
  return [...pager.map((paragraph) => paragraph.at), ...rules.filter((rule) => rule > top)].sort((a, b) => a - b);
}

/** WordPress's heading over its pager, for screen readers (`Post navigation`, `글 내비게이션`): the pager's, no section of the note. */
const NAVIGATION_HEADING = /^(?:posts? navigation|글\s?(?:내비게이션|네비게이션|탐색))$/iu;

/**
 * Whether a pager closing the note from the block `top` is the note's own, not the page's, by the block over it (the
 * rules between skipped): under a question's line or words pointing at it (`leadsOn`) what they ask or announce; with
 * nothing over it, the note's only text. What else may stand over it depends on what it is made `of`. Links: under a
 * heading (not WordPress's `Post navigation`) they are the section's only text, and under the name of a references
 * section (`**References**`) its citations (`[Previous: Bahdanau et al., 2014](…)`). Plain words (`Previous`, `Next`:
 * page-footer.ts) cite nothing, stay under a heading only when it asks and names no pager's word (`## What are the
 * carousel's buttons?`, not `## 다음 글이 궁금하다면?`), and under a paragraph on `leadsOnWords`' narrower leads.
 */
export function isOwnPager(blocks: readonly RootContent[], top: number, lines: readonly string[], of: 'links' | 'words'): boolean {
  let above = top - 1;
  while (above >= 0 && blocks[above]!.type === 'thematicBreak') above--;
  if (above < 0) return true;
  const block = blocks[above]!;
  if (block.type === 'heading') {
    const said = toString(block);
    return of === 'links' ? !NAVIGATION_HEADING.test(said.trim()) : isInterrogative(said) && !PAGER_WORD.test(said);
  }
  if (of === 'links' && isReferencesLine(block)) return true;
  if ((block.type !== 'paragraph' && block.type !== 'blockquote') || !block.position) return false;
  const over = lines.slice(block.position.start.line - 1, block.position.end.line);
  return of === 'links' ? leadsOn(over) : leadsOnWords(over);
}

/** A pager's word in a heading (`## 다음 글이 궁금하다면?`, `## What's next?`): the blog's, asking no question the words answer. A Korean word takes its particle (`글이`): only a Latin letter ends none. */
const PAGER_WORD = new RegExp(String.raw`(?<![a-z])(?:${PREVIOUS_WORDS}|${NEXT_WORDS})(?![a-z])`, 'iu');
/** `문제:` labels a problem as often as a question (`문제: 일반화 성능이 떨어질 수 있다.`): a question's only when it asks. */
const PROBLEM_LABEL = /^\s*문제/u;

/** A quote's or callout's opening on a line as written: `> `, `> [!question] `. */
const QUOTE_OPENING = /^(?:>\s*)+(?:\[![^\]\n]*\][+-]?\s*)?/u;

/**
 * Whether lines over a pager (as written, a paragraph's or a quote's) lead on to it, so that it is theirs: a question on
 * the last of them, or over only its tags (`**Q2. Attention이란?**`, `***Q9. …?***`, `Q: …` over `#면접`, `> [!question]
 * …?`), whose answer it is, or words on the last that point at it (`Two buttons:`). A question further up has had its
 * answer under it (`Q: …` over `A: …`, `**Q3. …?**` over its answer, a `…될까?` the answer asks itself).
 */
export function leadsOn(over: readonly string[]): boolean {
  const { written, question } = linesOver(over);
  return endsWithQuestionMark(question) || isQaLine(question) || POINTS_ON.test(written.at(-1) ?? '');
}

/**
 * Whether lines over a pager's plain words (page-footer.ts) lead on to them, more narrowly than to links: a question's
 * own line is the last of them, or over only its tags (`Q: …`, `**Q3. …?**`, a line that asks and is all the paragraph
 * says), or the last ends with a colon (`Two buttons:`). A question that ends an answer (`그렇다면 LSTM은 …할까?`), a
 * `문제:` that does not ask, and words pointing down (`궁금한 점은 아래 댓글로`, `comments below`) lead on to the blog's pager.
 */
export function leadsOnWords(over: readonly string[]): boolean {
  const { written, asked, question } = linesOver(over);
  const asks = endsWithQuestionMark(question);
  return (isQaLine(question) && (asks || !PROBLEM_LABEL.test(question))) || (asked === 0 && asks) || LEAD_IN_END.test(written.at(-1) ?? '');
}

/**
 * Lines over a pager as they say it (quote marks and emphasis round them off), and the one that would ask whatever
 * the pager answers: the last, or the last over only its tags (`Q: …` over `#면접`).
 */
function linesOver(over: readonly string[]): { written: string[]; asked: number; question: string } {
  // Bold and italics come off (`**Q2. …?**`, `***Q9. …?***`): a question's mark is then its last. Strikethrough's
  // `~` stays: a struck-out question (`~~Q2. …?~~`) leads on to no pager, whose links are then the blog's.
  const written = over.map((line) => withoutEmphasisEnds(line.trim().replace(QUOTE_OPENING, ''), BOLD_AND_ITALIC_MARKS));
  let asked = written.length - 1;
  while (asked > 0 && isTagLine(written[asked]!)) asked--;
  return { written, asked, question: written[asked] ?? '' };
}

/** The patterns a pager's line is read with; exported for the test that none of them backtracks. */
export const PAGER_PATTERNS: readonly RegExp[] = [PAGER_TEXT, NAMES_POST, SET_OFF_TITLE, NO_TITLE, ARROW_TEXT, CONTENTS_TEXT, LINK, IN_PAGE, BETWEEN_LINKS, NAVIGATION_HEADING, POINTS_ON, QUOTE_OPENING, PAGER_WORD, PROBLEM_LABEL, LEAD_IN_END];
