/**
 * A note's text with Markdown's code taken out: fenced blocks and code spans, where a note may show markup as written
 * (BBCode's tags, to tell a post by). Read in one pass, each fence's closing line found by an index of the lines that
 * may close one: a pattern that searched on from each opening fence to a closing one took time quadratic in the
 * fences left open (20,000 lines of ```a took 7 s).
 */
import { ForwardSearches } from './forward-searches.js';
import { firstIndexAtOrAfter } from './ordered-search.js';

/** A fence's opening at a line's start: 1 its run of backticks or tildes. */
const FENCE_OPENING = /[ \t]*(`{3,}|~{3,})/y;
/** A line that may close a fence: its run alone between spaces, up to a line end (`\r` too, as a pattern's `$`). */
const FENCE_LINE = /[ \t]*(`{3,}|~{3,})[ \t]*(?=[\n\r\u2028\u2029]|$)/y;
/** A pattern's line ends, after which its `^` matches: a fenced block's closing line starts after any. */
const LINE_END = /[\n\r\u2028\u2029]/g;

/**
 * The text without its fenced blocks (from the opening line's start to the end of the closing one's text) and code
 * spans (a backtick, text up to the next backtick, on its line). A fence opens where a line starts with its run
 * and has a line end (`\n`) after it; the first line after that which is a run as long as its own closes it, or,
 * where none is, one a backtick or tilde shorter, and so on down to three. A fence that nothing closes stays, and
 * its spans go as a line's.
 */
export function outOfMarkdownCode(text: string): string {
  const closers = closingLines(text);
  const searches = new ForwardSearches<number>((at) => at);
  let kept = '';
  let from = 0;
  for (let at = 0; at < text.length; ) {
    const lineStart = at === 0 || /[\n\r\u2028\u2029]/.test(text[at - 1]!);
    const end = (lineStart ? fenceEnd(text, at, closers, searches) : undefined) ?? spanEnd(text, at, searches);
    if (end === undefined) {
      at++;
      continue;
    }
    kept += text.slice(from, at);
    at = from = end;
  }
  return kept + text.slice(from);
}

/** The lines that may close a fence, under their run (```` ``` ````): their starts and the ends of their runs, in order. */
function closingLines(text: string): Map<string, Array<{ start: number; end: number }>> {
  const closers = new Map<string, Array<{ start: number; end: number }>>();
  const add = (start: number) => {
    FENCE_LINE.lastIndex = start;
    const run = FENCE_LINE.exec(text)?.[1];
    if (!run) return;
    const line = { start, end: FENCE_LINE.lastIndex };
    const same = closers.get(run);
    if (same) same.push(line);
    else closers.set(run, [line]);
  };
  add(0);
  LINE_END.lastIndex = 0;
  for (let end = LINE_END.exec(text); end; end = LINE_END.exec(text)) add(end.index + 1);
  return closers;
}

/** Where the fenced block opened at `at` ends (its closing line's run and spaces), if it opens one that closes. */
function fenceEnd(text: string, at: number, closers: Map<string, Array<{ start: number; end: number }>>, searches: ForwardSearches<number>): number | undefined {
  FENCE_OPENING.lastIndex = at;
  const run = FENCE_OPENING.exec(text)?.[1];
  if (!run) return undefined;
  const from = FENCE_OPENING.lastIndex;
  const lineEnd = searches.find('\n', from, () => text.indexOf('\n', from));
  if (lineEnd === -1) return undefined;
  for (let length = run.length; length >= 3; length--) {
    const lines = closers.get(run[0]!.repeat(length)) ?? [];
    const closing = lines[firstIndexAtOrAfter(lines, lineEnd + 1, (line) => line.start)];
    if (closing) return closing.end;
  }
  return undefined;
}

/** Where the code span opened by a backtick at `at` ends: after the next backtick, with text between on the line. */
function spanEnd(text: string, at: number, searches: ForwardSearches<number>): number | undefined {
  if (text[at] !== '`') return undefined;
  const next = searches.find('`', at + 1, () => {
    const found = /[`\n]/g;
    found.lastIndex = at + 1;
    return found.exec(text)?.index ?? -1;
  });
  return next > at + 1 && text[next] === '`' ? next + 1 : undefined;
}
