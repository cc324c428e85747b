/**
 * Obsidian comments, `%% private text %%` (inline or over several lines),
 * are the author's own notes to self: Obsidian never shows them, and qbank
 * must never put them on a card, in the JSON or on the sheet. They are cut
 * out of the text before it is parsed, outside code (a fenced block or an
 * inline code span may hold `%%`, as a Jupyter cell magic does), and a map
 * gives every offset of the cut text back in the original, so positions in
 * the tree still point at what the user wrote.
 *
 * A `%%` with no partner after it is kept as text: Obsidian would hide the
 * rest of the note, questions and all, which is never what was meant.
 */

export interface CommentMap {
  /** Each cut, ascending: its offset in the cut text and how many characters were removed there. */
  cuts: Array<{ at: number; length: number }>;
}

export interface CommentCut {
  text: string;
  map: CommentMap;
  /** Offsets (in the original text) of each `%%` left without a partner. */
  unclosed: number[];
}

const FENCE = /^[ \t>]*(?:[-*+] |\d+[.)] )*[ \t]*(`{3,}|~{3,})/;

/** Where each comment stands in `text`, as [start, end) offsets, with any unclosed opener. */
export function findComments(text: string): { comments: Array<[number, number]>; unclosed: number[] } {
  const comments: Array<[number, number]> = [];
  const unclosed: number[] = [];
  // Most notes have no comment at all: no scan.
  if (!text.includes('%%')) return { comments, unclosed };
  let fence: string | undefined;
  let at = 0;
  let lineStart = true;
  while (at < text.length) {
    if (lineStart) {
      lineStart = false;
      const lineEnd = endOfLine(text, at);
      const fenceMatch = FENCE.exec(text.slice(at, lineEnd));
      if (fence || fenceMatch) {
        if (fence === undefined) fence = fenceMatch![1];
        else if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length) fence = undefined;
        at = lineEnd + 1;
        lineStart = true;
        continue;
      }
    }
    const char = text[at];
    if (char === '\n') {
      lineStart = true;
      at++;
    } else if (char === '`') {
      at = afterCodeSpan(text, at);
    } else if (char === '%' && text[at + 1] === '%') {
      const close = text.indexOf('%%', at + 2);
      if (close === -1) {
        unclosed.push(at);
        at += 2;
      } else {
        comments.push([at, close + 2]);
        at = close + 2;
      }
    } else {
      at++;
    }
  }
  return { comments, unclosed };
}

/** `text` without its comments, a map back to the original offsets, and the unclosed openers. */
export function cutComments(text: string): CommentCut {
  const { comments, unclosed } = findComments(text);
  if (comments.length === 0) return { text, map: { cuts: [] }, unclosed };
  let out = '';
  let from = 0;
  const cuts: CommentMap['cuts'] = [];
  for (const [start, end] of comments) {
    out += text.slice(from, start);
    cuts.push({ at: out.length, length: end - start });
    from = end;
  }
  out += text.slice(from);
  return { text: out, map: { cuts }, unclosed };
}

/** `text` as it reads without its comments (for a prompt quoted as written). */
export function withoutComments(text: string): string {
  return cutComments(text).text;
}

/**
 * The original offset of `offset` in the cut text. A node that starts where a comment was cut
 * starts after it (`side: 'start'`); one that ends there ends before it (`side: 'end'`).
 */
export function offsetBeforeCuts(map: CommentMap, offset: number, side: 'start' | 'end'): number {
  let shift = 0;
  for (const cut of map.cuts) {
    if (cut.at > offset || (cut.at === offset && side === 'end')) break;
    shift += cut.length;
  }
  return offset + shift;
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

/** After an inline code span opened by the backtick run at `at` (or after the run, if nothing closes it in its paragraph). */
function afterCodeSpan(text: string, at: number): number {
  let run = at;
  while (text[run] === '`') run++;
  const ticks = text.slice(at, run);
  const paragraphEnd = text.indexOf('\n\n', run);
  const limit = paragraphEnd === -1 ? text.length : paragraphEnd;
  for (let close = text.indexOf(ticks, run); close !== -1 && close < limit; close = text.indexOf(ticks, close + ticks.length)) {
    let after = close + ticks.length;
    if (text[after] !== '`' && text[close - 1] !== '`') return after;
    while (text[after] === '`') after++;
    close = after - ticks.length;
  }
  return run;
}
