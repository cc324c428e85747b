/**
 * A forum post copied with its BBCode, as a Discuz! or phpBB editor shows it:
 *
 *     [size=4][b]一面（50min）[/b][/size]
 *
 *     [b]1. 为什么 Transformer 要除以 sqrt(d_k)？[/b]
 *     [spoiler=参考答案]点积的方差随 d_k 增大 …[/spoiler]
 *
 *     [quote]楼主好人，请问二面有没有问项目？[/quote]
 *     有的，问得很细。
 *
 * Read as written, the tags stayed in every question and answer, and a bold line that asks without a question mark
 * (`[b]3. 手写 softmax[/b]`) hid in the answer above it. The post is read as the Markdown it stands for, line for line:
 * - a line that is all bold is a heading, a section's (`##`) when a `[size]` makes it larger, else a question's (`###`);
 * - `[code]` … `[/code]` on lines of their own is a code block (of the language `[code=python]` names, else guessed),
 *   and so is one whose `[/code]` ends its last line of code, where a blank line under it (or the post's end) has room
 *   for the fence;
 * - `[spoiler]`, `[hide]` and their titles (`参考答案`) fold an answer away: the answer is what they hold; a title that
 *   names no answer (`[spoiler=提示]`, a hint) stays, in italics, over what the fold holds;
 * - `[quote]` is a quote; one after the post's last question opens the thread's replies, left out to the end;
 * - `[b]`, `[i]`, `[s]` are emphasis, `[code]` within a line a code span, `[url]` a link, `[img]` a picture, `[*]` an
 *   item (of a numbered list under `[list=1]`, `[list=a]`); `[size]`, `[color]`, `[font]`, `[u]`, `[align]` only
 *   style their text, and go;
 * - the forum's own lines (`发表于 … | 只看该作者`, `本帖最后由 … 编辑`, `回复 举报`, floors: `沙发`, `#2`) are left out.
 */
import { guessCodeLanguage } from './code-lines.js';
import { codeSpanOf } from './code-spans.js';
import { tellingPairs } from './bbcode-pairs.js';
import { outOfMarkdownCode } from './out-of-markdown-code.js';
import { firstIndexAtOrAfter } from './ordered-search.js';
import { replaceTags, upToLastBracket } from './bracket-tags.js';
import { bbcodeLinks } from './bbcode-links.js';
import { bbcodePictures } from './bbcode-pictures.js';
import { autolink } from './markdown-link.js';
import { isSiteChrome } from './site-chrome.js';
import type { Blockquote, Parent, Root, RootContent } from 'mdast';
import type { LeftOutLine } from './plaintext.js';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { blankQuoteMarkers } from './quote-markers.js';
import { isAnswerLabel } from '../wording/interrogative.js';
import { QUESTION_MARK } from '../wording/marks.js';

/** A tag of BBCode that is closed: its closing tag (`[/b]`). */
const CLOSING_TAG = /\[\/(?:b|i|u|s|code|quote|spoiler|hide|size|color|font|url|img|list|align|center)\]/gi;

/**
 * Whether a note is a post written in BBCode: several tags closed, two pairs of bold, code or quotes among them (tags
 * that only BBCode pairs so: a note with none is no such post, however many others it holds), out of Markdown's code,
 * where a note may show BBCode as written.
 */
export function isBbcodePost(text: string): boolean {
  if (!text.includes('[/')) return false;
  const prose = text.includes('`') || text.includes('~~~') ? outOfMarkdownCode(text) : text;
  const closed = prose.match(CLOSING_TAG)?.length ?? 0;
  return closed >= 3 && tellingPairs(prose, 2) >= 2;
}

export interface BbcodePost {
  /** The post as Markdown, one line for each line of the file. */
  markdown: string;
  leftOut: LeftOutLine[];
  /** The last lines of its quotes with text right under them, which Markdown would read on in the quote (its lazy lines). */
  quoteEnds: number[];
}

/** Tags that style their text and say nothing of it: they go, their text stays. */
const STYLE_TAG = /\[\/?(?:size|color|font|u|align|center|left|right|backcolor|indent|p|float)(?:=[^\]\n]*)?\]/gi;
/** A line that is all bold (style tags aside): its text. */
const BOLD_LINE = /^[ \t]*\[b\]((?:(?!\[\/?b\]).)+)\[\/b\][ \t]*$/i;
/** A `[size]` on the line: a bold line in a larger type is a section's title. */
const SIZED = /\[size=/i;
const CODE_OPEN = /^[ \t]*\[code(?:=([\w+#.-]+))?\][ \t]*$/i;
const CODE_CLOSE = /^[ \t]*\[\/code\][ \t]*$/i;
/** A last line of code with the block's `[/code]` at its end: 1 the code. */
const CODE_CLOSE_AFTER = /^((?:(?!\[\/?code\b).)*\S)[ \t]*\[\/code\][ \t]*$/i;
const FOLD_TAG = /\[\/?(?:spoiler|hide)(?:=[^\]\n]*)?\]/gi;
/** A fold's opening tag with a title: 1 the title. */
const TITLED_FOLD = /\[(?:spoiler|hide)=["']?([^\]\n]*?)["']?\]/gi;
/** A list's opening tag that numbers its items (`[list=1]`, `[list=a]`, `[list=I]`). */
const NUMBERED_LIST = /\[list=[^\]\n]+\]/i;
const LIST_CLOSE = /\[\/list\]/i;
const QUOTE_OPEN = /\[quote(?:=[^\]\n]*)?\]/i;
const QUOTE_CLOSE = /\[\/quote\]/i;
/** A reply's floor as Discuz shows it over the reply: `沙发`, `板凳`, `地板`, `#2`, `2#`, `3楼`. */
const FLOOR = /^(?:沙发|板凳|地板|地下室|楼主|#\d{1,5}|\d{1,5}\s?[#楼])$/;
/** Discuz's own lines: when the post was written and its buttons (a reply's header too), when it was edited, the buttons under a reply. */
const DISCUZ_CHROME: RegExp[] = [
  /^(?:\S{1,30}\s+)?发表于\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?(?:\s*\|\s*(?:只看该作者|倒序浏览|阅读模式|显示全部楼层|只看大图|电梯直达|楼主|来自\S{1,20}))*$/,
  /^本帖最后由\s*.{1,40}?\s*于\s*\d{4}-\d{1,2}-\d{1,2}(?:\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*编辑$/,
  /^(?:(?:回复|举报|使用道具|引用|支持|反对|评分|点评|分享|收藏|淘帖)\s*){2,}$/,
];

export function bbcodeToMarkdown(text: string): BbcodePost {
  const lines = text.split('\n');
  const out: string[] = [];
  const leftOut: LeftOutLine[] = [];
  const quoteEnds: number[] = [];
  const repliesFrom = threadRepliesFrom(lines);
  const closings = codeClosings(lines);
  /** The line the code block being read ends on (its fence's), and whether its last line of code holds its `[/code]`. */
  let code: CodeEnd | undefined;
  /** Whether the list being read numbers its items (`[list=1]`). */
  let numbered = false;
  /**
   * The indentation of the text of the list item the lines are under (`2. ` over `[code]`, `[quote]` or text, no blank
   * line between): they are written indented so, to stay the item's, as the post shows them under it.
   */
  let item = '';
  let quote = false;
  for (let index = 0; index < lines.length; index++) {
    const line = lines[index]!;
    const number = index + 1;
    if (code) {
      const closing = code.closesAfter && index === code.end - 1 ? CODE_CLOSE_AFTER.exec(line)![1]! : line;
      out.push(item + (index < code.end ? closing : '```'));
      if (index === code.end) code = undefined;
      continue;
    }
    const open = CODE_OPEN.exec(line);
    code = open ? codeEnd(lines, index, closings) : undefined;
    if (open && code) {
      out.push(item + '```' + (open[1]?.toLowerCase() ?? guessCodeLanguage(codeLines(lines, index, code)) ?? ''));
      continue;
    }
    const plain = replaceTags(replaceTags(line, STYLE_TAG, ''), FOLD_TAG, '').trim();
    if (plain !== '' && isChrome(replaceTags(plain, /\[\/?[a-z*]+(?:=[^\]\n]*)?\]/gi, ''))) {
      leftOut.push({ line: number, text: line.trim(), reason: 'site-chrome' });
      out.push((item = ''));
      continue;
    }
    if (repliesFrom !== undefined && index >= repliesFrom) {
      if (line.trim() !== '') leftOut.push({ line: number, text: line.trim(), reason: 'forum-reply' });
      out.push((item = ''));
      continue;
    }
    const quoted = quote || QUOTE_OPEN.test(upToLastBracket(line));
    if (quoted) quote = !QUOTE_CLOSE.test(replaceTags(line, QUOTE_OPEN, ''));
    if (quoted && !quote && (lines[index + 1] ?? '').trim() !== '' && !QUOTE_OPEN.test(upToLastBracket(lines[index + 1]!))) quoteEnds.push(number);
    const body = replaceTags(line, QUOTE_OPEN, '').replace(QUOTE_CLOSE, '');
    const bold = BOLD_LINE.exec(replaceTags(plain, QUOTE_OPEN, '').replace(QUOTE_CLOSE, ''));
    if (NUMBERED_LIST.test(upToLastBracket(line))) numbered = true;
    const read = bold && !quoted ? `${SIZED.test(line) ? '##' : '###'} ${inline(bold[1]!.trim())}` : inline(withFoldTitles(replaceTags(body, STYLE_TAG, '')), numbered ? '1. ' : '- ');
    if (LIST_CLOSE.test(line)) numbered = false;
    const written = quoted ? `> ${read.trim()}` : read;
    const itemLine = ITEM_LINE.exec(written);
    if (written.trim() === '' || written.startsWith('#')) item = '';
    else if (itemLine && !quoted) item = ' '.repeat(itemLine[1]!.length);
    out.push(written.trim() === '' || written.startsWith('#') || (itemLine && !quoted) ? written : item + written.trimStart());
  }
  return { markdown: out.join('\n'), leftOut, quoteEnds };
}

/**
 * A quote ends at its `[/quote]`: the text right under it, which Markdown reads on in the quote's paragraph (a lazy
 * line), is a paragraph after it. `markdown` is the post as read (`bbcodeToMarkdown`).
 */
export function endQuotesAtTheirClose(tree: Root, markdown: string, quoteEnds: readonly number[]): void {
  if (quoteEnds.length === 0) return;
  const source = sourceLines(markdown, markdown.split('\n').map(blankQuoteMarkers));
  endQuotesIn(tree, source, quoteEnds);
}

/** In `parent` and the blocks it holds (a list item under which a quote stands). */
function endQuotesIn(parent: Parent, source: SourceLines, quoteEnds: readonly number[]): void {
  parent.children = parent.children.flatMap((block): RootContent[] => {
    if (block.type === 'list' || block.type === 'listItem') endQuotesIn(block, source, quoteEnds);
    const paragraph = block.type === 'blockquote' ? block.children.at(-1) : undefined;
    if (block.type !== 'blockquote' || paragraph?.type !== 'paragraph' || !paragraph.position) return [block];
    const { start, end } = paragraph.position;
    // The first end at or after the paragraph's start, found by halving (they are in order): a search of them all
    // for each quote was quadratic in the quotes.
    const cut = quoteEnds[firstIndexAtOrAfter(quoteEnds, start.line, (line) => line)];
    if (cut === undefined || cut >= end.line) return [block];
    const [quoted, after] = splitAt(paragraph, [cut + 1], source);
    if (!quoted || !after) return [block];
    const quote: Blockquote = { ...block, children: [...block.children.slice(0, -1), quoted], position: { start: block.position!.start, end: quoted.position!.end } };
    return [quote, after];
  }) as Parent['children'];
}

/** Whether the line is the forum's own, or a page's chrome. */
function isChrome(line: string): boolean {
  const trimmed = line.trim();
  return FLOOR.test(trimmed) || DISCUZ_CHROME.some((pattern) => pattern.test(trimmed)) || isSiteChrome(trimmed);
}

/** A numbered or bulleted item's line (`2. 手写 softmax`): 1 what comes before its text. */
const ITEM_LINE = /^([ \t]*(?:\d{1,9}[.)]|[-*+])[ \t]+)\S/;

/**
 * Where the code block a `[code]` opens at `index` ends: the line its closing fence is written on, a `[/code]` alone
 * on it, or the blank line under (or the post's end after) a line of code that ends with it; `closesAfter` then.
 */
interface CodeEnd {
  end: number;
  closesAfter: boolean;
}

function codeEnd(lines: readonly string[], index: number, closings: readonly number[]): CodeEnd | undefined {
  const at = closings[index + 1]!;
  if (at === lines.length) return undefined;
  if (CODE_CLOSE.test(lines[at]!)) return { end: at, closesAfter: false };
  // The fence needs a line: a line of text right under the code would be code.
  const under = lines[at + 1];
  return under === undefined || under.trim() === '' ? { end: at + 1, closesAfter: true } : undefined;
}

/**
 * For each line, the first line from it on that closes code (a `[/code]` alone or after the code), the lines' count
 * where none does: found once for all the `[code]` lines, not searched on from each, which was quadratic in those
 * left open (20,000 took 14 s).
 */
function codeClosings(lines: readonly string[]): number[] {
  const closings = new Array<number>(lines.length + 1);
  closings[lines.length] = lines.length;
  for (let at = lines.length - 1; at >= 0; at--) closings[at] = CODE_CLOSE.test(lines[at]!) || CODE_CLOSE_AFTER.test(lines[at]!) ? at : closings[at + 1]!;
  return closings;
}

/** The lines of code of the block opened at `index`. */
function codeLines(lines: readonly string[], index: number, code: CodeEnd): string[] {
  const last = code.closesAfter ? code.end - 1 : code.end;
  return [...lines.slice(index + 1, last), ...(code.closesAfter ? [CODE_CLOSE_AFTER.exec(lines[last]!)![1]!] : [])];
}

/**
 * A line without its folds' tags, a title that names no answer (`[spoiler=提示]`, a hint) kept in italics over what
 * the fold holds; one that does (`参考答案`, `查看答案`) goes, as a `<summary>` that does (isAnswerLabel).
 */
function withFoldTitles(line: string): string {
  const titled = replaceTags(line, TITLED_FOLD, (tag, title) => (title!.trim() === '' || isAnswerLabel(title!) ? tag : `*${title!.trim()}* `));
  return replaceTags(titled, FOLD_TAG, '').trimEnd();
}

/** A line that may ask the post's question: all bold, numbered (`3.`, `3、`, `Q3:`), or ending in a question mark. */
const PROMPT_LINE = new RegExp(String.raw`^[ \t]*(?:\[b\].*\[\/b\][ \t]*$|(?:Q\s?)?\d{1,3}\s*[.)、:：]|.*${QUESTION_MARK}[ \t]*$)`, 'i');

/**
 * Where a thread's replies start: at a `[quote]`, a floor (`沙发`, `#2`) or a reply's header (`发表于 …`) after the
 * post's last question (its last line that may ask, out of code and quotes). A reader who quotes the post asks the
 * author, not the interview; the answer under it is the author's reply.
 */
function threadRepliesFrom(lines: readonly string[]): number | undefined {
  let lastPrompt = -1;
  let code = false;
  let quote = false;
  lines.forEach((line, index) => {
    if (code) code = !CODE_CLOSE.test(line) && !CODE_CLOSE_AFTER.test(line);
    else if (CODE_OPEN.test(line)) code = true;
    else if (quote || QUOTE_OPEN.test(upToLastBracket(line))) quote = !QUOTE_CLOSE.test(replaceTags(line, QUOTE_OPEN, ''));
    else if (PROMPT_LINE.test(replaceTags(line, STYLE_TAG, ''))) lastPrompt = index;
  });
  if (lastPrompt === -1) return undefined;
  const reply = lines.findIndex((line, index) => index > lastPrompt && (QUOTE_OPEN.test(upToLastBracket(line)) || isReplyHead(replaceTags(line, STYLE_TAG, '').trim())));
  return reply === -1 ? undefined : reply;
}

/** A reply's floor or header, as Discuz shows them over it. */
function isReplyHead(line: string): boolean {
  return FLOOR.test(line) || DISCUZ_CHROME[0]!.test(line);
}

/**
 * Bold text in Markdown's `**`, spaced from the text beside it where Markdown would not read the marks so: a mark
 * on the side of a punctuation mark must have a space or a punctuation mark on its other side (`[b]答：[/b]BN 跨样本`
 * is `**答：** BN 跨样本`, not `**答：**BN`, which Markdown shows with its stars).
 */
function strong(bold: string, before: string | undefined, after: string | undefined): string {
  const opens = before !== undefined && PUNCTUATION.test(bold[0]!) && !SPACE_OR_PUNCTUATION.test(before) ? ' ' : '';
  const closes = after !== undefined && PUNCTUATION.test(bold.at(-1)!) && !SPACE_OR_PUNCTUATION.test(after) ? ' ' : '';
  return `${opens}**${bold}**${closes}`;
}

const PUNCTUATION = /[\p{P}\p{S}]/u;
const SPACE_OR_PUNCTUATION = /[\s\p{P}\p{S}]/u;

/** A line's inline tags as Markdown; `[*]` opening it an item marked `item`. */
function inline(text: string, item = '- '): string {
  const linked = bbcodeLinks(
    text
      .replace(/\[b\]((?:(?!\[\/?b\]).)+?)\[\/b\]/gi, (found, bold: string, at: number, line: string) => strong(bold, line[at - 1], line[at + found.length]))
    .replace(/\[i\]((?:(?!\[\/?i\]).)+?)\[\/i\]/gi, '*$1*')
    .replace(/\[s\]((?:(?!\[\/?s\]).)+?)\[\/s\]/gi, '~~$1~~')
    .replace(/\[code\]((?:(?!\[\/?code\]).)+?)\[\/code\]/gi, (_, code: string) => codeSpanOf(code))
  ).replace(/\[url\]([^\[\s]+)\[\/url\]/gi, (_, address: string) => autolink(address));
  const pictured = bbcodePictures(linked);
  // A list's tag on its first item's line (`[list=1][*]Forward`) goes first, so the item opens its line.
  return replaceTags(pictured, /\[\/?list(?:=[^\]\n]*)?\]/gi, '').replace(/^([ \t]*)\[\*\][ \t]*/, `$1${item}`);
}
