/**
 * What a note ends with after its last answer when it is a post pasted as
 * Markdown: the blog's footer (likes, the licence, the category's other
 * posts: site-chrome.ts) and the author's sign-off (`Thanks for reading!
 * Leave a ⭐`, a social post's call to repost), with the rule that sets it
 * apart. Neither is part of the last answer. Only the note's last paragraphs
 * are read, from the end back: the same words before an answer's end are
 * the answer's. (Copied plain text loses its chrome line by line, all of
 * it, in plaintext.ts; its sign-off is read here too.)
 */
import type { Root, RootContent } from 'mdast';
import { chromeAfter, isSiteChrome, type FollowingChrome } from './site-chrome.js';
import type { LeftOutLine } from './plaintext.js';
import { isTagLine } from './tag-lines.js';
import { sourceLines, splitAt } from './prompt-runs.js';

/**
 * What signs a post off and is never an answer's words: a social post's call to its readers (`Which one would you add?
 * ♻️ Repost …`, `Follow me … for more`) and a goodbye to the reader (`Thanks for reading`, `읽어주셔서 감사합니다`, `Good luck with
 * your interviews!`, `祝大家都拿到心仪offer！`, a Japanese note's closing `以上` alone: "that is all").
 */
const READERS_GOODBYE = String.raw`if (?:this|you found this|you liked this) (?:helped|was (?:helpful|useful)|post|article|thread)\b|if you found this (?:helpful|useful)\b|(?:which|what) (?:one|ones|questions?|else) would you add\b|what did i miss\b|(?:♻️\s*)?repost (?:this |if |to )|follow (?:me|us)\b.{0,40}\bfor more\b|thanks?(?: you)?(?: so much)? for reading|happy (?:learning|studying|coding|hacking|interviewing)\b|hope (?:this|it) helps\b|읽어\s?(?:주셔서|줘서) (?:감사|고맙)|도움이 되(?:셨|었)다면|궁금한 (?:점|사항)은 댓글|다음 (?:글|포스트|포스팅|시간)에서 (?:만나요|뵙겠습니다|봬요)|(?:good|best of) luck (?:with|on|in|for) (?:your|the) (?:interviews?|job (?:hunt|search))\b|祝大家.{0,20}(?:offer|顺利|好运|成功|上岸)|以上(?:です|となります|になります)?[。.！!]?$`;
/** The words an author signs off with, opening the note's last paragraph: those, or a wish that may also end an answer. */
const SIGN_OFF = new RegExp(String.raw`^(?:${READERS_GOODBYE}|(?:good|best of) luck(?:[!.,~]|\s+(?:with|on|in|to|for)\b|$)|감사합니다[.!~]*$)`, 'iu');
/**
 * In copied text, where each line is a paragraph, only what is never an answer's: a wish on the last line may be the
 * last answer's own (`감사합니다.` ending a rehearsed self-introduction, `Good luck with the launch, …`).
 */
const COPIED_SIGN_OFF = new RegExp(String.raw`^(?:${READERS_GOODBYE})`, 'iu');
/** Longer, a closing paragraph says more than goodbye. */
const LONGEST_SIGN_OFF = 280;

/**
 * Takes the footer and the sign-off off the end of `tree`: whole paragraphs of them, the lines of them
 * that end the last paragraph left, and a thematic break left last. Returns the lines left out. `copied`: the
 * tree is copied text's (plaintext.ts), whose sign-off is only what no answer says (COPIED_SIGN_OFF).
 */
export function dropPageFooter(tree: Root, text: string, lines: readonly string[], copied = false): LeftOutLine[] {
  const signOff = copied ? COPIED_SIGN_OFF : SIGN_OFF;
  const leftOut: LeftOutLine[] = [];
  const blocks = tree.children;
  // Counts ending the note, two at least (a thread's replies, reposts, likes and views: `12`, `1.1K`, `96K`), go with
  // the sign-off or the footer over them; with neither, they may be the answer's, and a number alone may be.
  let firstCount = blocks.length;
  while (firstCount > 0 && isCounts(blocks[firstCount - 1]!, lines)) firstCount--;
  const counted = blocks.slice(firstCount).flatMap((block) => writtenLines(block, lines));
  const counts = counted.length >= 2 ? blocks.splice(firstCount) : [];
  let cut = false;
  while (blocks.length > 0) {
    const last = blocks.at(-1)!;
    if (last.type === 'thematicBreak' && cut) {
      blocks.pop();
      continue;
    }
    if (last.type !== 'paragraph' || !last.position) break;
    const { start, end } = last.position;
    const written = lines.slice(start.line - 1, end.line).join('\n').trim();
    if (written.length <= LONGEST_SIGN_OFF && signOff.test(written)) {
      leftOut.push({ line: start.line, text: written.split('\n')[0]!.trim(), reason: 'sign-off' });
      blocks.pop();
      cut = true;
      continue;
    }
    const from = footerStart(lines, start.line, end.line);
    if (from === undefined) break;
    // The paragraph's lines before the footer, when they are a paragraph of their own (a line break ends the one before).
    const [before, footer] = from === start.line ? [undefined, last] : splitAt(last, [from], sourceLines(text, lines));
    if (footer === undefined) break;
    for (let line = from; line <= end.line; line++) {
      const said = (lines[line - 1] ?? '').trim();
      if (said !== '') leftOut.push({ line, text: said, reason: 'site-chrome' });
    }
    cut = true;
    if (before === undefined) {
      blocks.pop();
      continue;
    }
    while (before.children.length > 0 && isLineEnd(before.children.at(-1)!)) before.children.pop();
    blocks[blocks.length - 1] = before;
    break;
  }
  if (!cut) blocks.push(...counts);
  else if (counts.length > 0) leftOut.push(...counted.map((line) => ({ ...line, reason: 'site-chrome' as const })));
  return leftOut.sort((a, b) => a.line - b.line);
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
 * it, or a line of tags among chrome (a blog's tags over its likes); undefined if the last is not, or if
 * only tags end the paragraph (a note's own tags: tag-lines.ts leaves them out).
 */
function footerStart(lines: readonly string[], first: number, last: number): number | undefined {
  let from: number | undefined;
  let chrome = false;
  let after: FollowingChrome | undefined;
  for (let line = first; line <= last; line++) {
    const said = lines[line - 1] ?? '';
    if (isSiteChrome(said) || after?.isChrome(said)) {
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

/** A line break, or a `<br>` or blank text left at a line's end. */
function isLineEnd(node: RootContent): boolean {
  return node.type === 'break' || (node.type === 'html' && /^<br\s*\/?>$/i.test(node.value)) || (node.type === 'text' && node.value.trim() === '');
}
