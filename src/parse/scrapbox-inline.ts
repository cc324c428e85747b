/**
 * The text of one line of a Scrapbox page as Markdown (scrapbox-page.ts reads the lines). Scrapbox marks text
 * with brackets: `[* bold]` (`[** …]`, `[*** …]` bigger, `[/ italic]`, `[- struck]`, marks combined, bold and italic in one bracket),
 * `[[bold]]`, `[page name]` a link to another page (its name is what shows), `[https://… words]` and
 * `[words https://…]` a link, `[https://…]` alone the address (a picture's address shows the picture), `[$ tex]`
 * a formula; `` `code` `` is code. Nothing else marks text: what Markdown would read and Scrapbox does not
 * (`*`, `_`, `~`, `$`, a backslash, a `<` before a letter) is escaped, a bracket nothing closes written as its
 * character's reference (`\[` would open a formula), and what would open a block at the line's head (`- `, `1. `,
 * `# `, a line of dashes) escaped.
 */
import { codeSpanOf } from './code-spans.js';
import { escapedLineHead } from './line-head.js';
import { escapedForMarkdown, textAsMarkdown } from './markdown-escapes.js';
import { autolink, linkDestination } from './markdown-link.js';

/** A bracket's content, at most this long: a longer stretch between a `[` and a `]` is text, not one bracket. */
const LONGEST_BRACKET = 1000;
/** A decoration's marks, then a space: `[* …]`, `[- …]`, `[/ …]`, or several marks at once. */
const DECORATION = /^([*/\-_]+) ([\s\S]*)$/;
const URL = /^https?:\/\/\S+$/;
/** A picture's address: its file's extension (before a query), or Gyazo's, whose addresses show one. */
const PICTURE_FILE = /\.(?:png|jpe?g|gif|svg|webp)$/i;
const GYAZO = /^https?:\/\/(?:i\.)?gyazo\.com\//i;

/** A line's text (after its indent) as Markdown. `atLineStart`: it opens a line of the Markdown or a list item's text. */
export function inlineMarkdown(text: string, atLineStart = true): string {
  const closes = bracketCloses(text);
  let out = '';
  let k = 0;
  while (k < text.length) {
    const c = text[k]!;
    if (c === '`') {
      const close = text.indexOf('`', k + 1);
      if (close > k) {
        out += codeSpanOf(text.slice(k + 1, close));
        k = close + 1;
        continue;
      }
    } else if (c === '[') {
      const end = closes.get(k);
      if (end !== undefined && end > k + 2 && end - k < LONGEST_BRACKET) {
        out += bracketMarkdown(text, k, end, closes);
        k = end;
        continue;
      }
    }
    out += escapedChar(c, text[k + 1]);
    k++;
  }
  // `#tag` is Scrapbox's tag, as Markdown's notes write one: it stays a tag.
  return atLineStart ? escapedLineHead(out, { hashtags: true }) : out;
}

/** A line that is one bold bracket, whole (`[* Topic]`, `[** Q. …？]`): its stars and its text; not `[* a] and [b]`. */
export function boldLine(text: string): { stars: number; text: string } | undefined {
  const marks = /^\[(\*{1,10}) /.exec(text);
  if (!marks || bracketCloses(text).get(0) !== text.length) return undefined;
  return { stars: marks[1]!.length, text: text.slice(marks[0].length, -1) };
}

/** A page's title (or a link's words, a page's name): as written, nothing in it read, escaped for Markdown. */
export function plainMarkdown(text: string): string {
  return textAsMarkdown(text, escapedChar);
}

/**
 * Where each bracket of the text closes (the offset after its `]`), brackets within counted (`[* [page] words]`: Scrapbox
 * nests a link in a decoration), code spans skipped: found in one pass, so that no line of brackets is searched again
 * from each of them.
 */
function bracketCloses(text: string): Map<number, number> {
  const closes = new Map<number, number>();
  const open: number[] = [];
  for (let at = 0; at < text.length; at++) {
    const c = text[at];
    if (c === '`') {
      const close = text.indexOf('`', at + 1);
      if (close > at) at = close;
    } else if (c === '[') open.push(at);
    else if (c === ']' && open.length > 0) closes.set(open.pop()!, at + 1);
  }
  return closes;
}

/** The bracket `text[k, end)` as Markdown: `[[bold]]` is one bracket right inside another. */
function bracketMarkdown(text: string, k: number, end: number, closes: Map<number, number>): string {
  if (text[k + 1] === '[' && closes.get(k + 1) === end - 1) return `**${inlineMarkdown(text.slice(k + 2, end - 2), false).trim()}**`;
  const content = text.slice(k + 1, end - 1);
  // A formula: `[$ x^2 ]`, TeX kept as written.
  if (/^\$[ \t]/.test(content) && content.trim().length > 1) return `$${content.slice(1).trim()}$`;
  const decoration = DECORATION.exec(content);
  if (decoration) return decorated(decoration[1]!, inlineMarkdown(decoration[2]!, false).trim());
  const words = content.trim().split(/\s+/);
  const url = URL.test(words[0]!) ? words.shift()! : URL.test(words.at(-1)!) ? words.pop()! : undefined;
  if (url === undefined) return plainMarkdown(content); // another page's name
  if (words.length > 0) return `[${plainMarkdown(words.join(' '))}](${linkDestination(url)})`;
  if (PICTURE_FILE.test(url.split(/[?#]/, 1)[0]!) || GYAZO.test(url)) return `![](${linkDestination(url)})`;
  return autolink(url);
}

/** Text marked by a decoration's marks: `*` bold (however many: bigger is a heading's size, scrapbox-page.ts), `/` italic, `-` struck; `_` underlines, which Markdown has not. */
function decorated(marks: string, text: string): string {
  if (text === '') return '';
  let out = text;
  if (marks.includes('/')) out = `*${out}*`;
  if (marks.includes('*')) out = `**${out}**`;
  if (marks.includes('-')) out = `~~${out}~~`;
  return out;
}

/** One character of text as Markdown shows it: escaped where Markdown would read it and Scrapbox does not. */
function escapedChar(c: string, next: string | undefined): string {
  // A bracket no other closes, as the character it is: `\[` is where a TeX formula opens.
  if (c === '[' || c === ']') return c === '[' ? '&#91;' : '&#93;';
  if (c === '&' && next !== undefined && /[#A-Za-z]/.test(next)) return '\\&';
  return escapedForMarkdown(c, next);
}

