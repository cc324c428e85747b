/**
 * Obsidian comments, `%% private text %%` (inline or over several lines),
 * are the author's own notes to self: Obsidian never shows them, and qbank
 * must never put them on a card, in the JSON or on the sheet. They are cut
 * out of the text before it is parsed, outside code (a fenced block, a `$$`
 * block or an inline code span may hold `%%`), and a map gives every offset
 * of the cut text back in the original, so positions in the tree still point
 * at what the user wrote. A Jupyter cell magic at the head of a line
 * (`%%timeit`, `%%bash`, in indented code or pasted bare) and TeX's `\%%` are
 * text, not comment marks: `%%` pairs only with the next mark outside code.
 *
 * A `%%` with no partner after it is kept as text: Obsidian would hide the
 * rest of the note, questions and all, which is never what was meant.
 */

export interface CommentMap {
  /** Each cut, ascending: its offset in the cut text and how many characters were removed there. */
  cuts: Array<{ at: number; length: number }>;
  /** Per cut, how many characters the cuts before it removed (for a binary search). */
  removedBefore: number[];
}

export interface CommentCut {
  text: string;
  map: CommentMap;
  /** Offsets (in the original text) of each `%%` left without a partner. */
  unclosed: number[];
}

const FENCE = /^[ \t>]*(?:[-*+] |\d+[.)] )*[ \t]*(`{3,}|~{3,})/;
const MATH_FENCE = /^[ \t>]*\$\$[ \t]*$/;
/** A Jupyter cell magic opening a line: `%%timeit`, `%%time`, `%%bash`. */
const CELL_MAGIC = /^[ \t>]*%%[A-Za-z]/;

/** Where each comment stands in `text`, as [start, end) offsets, with any unclosed opener. */
export function findComments(text: string): { comments: Array<[number, number]>; unclosed: number[] } {
  const comments: Array<[number, number]> = [];
  const unclosed: number[] = [];
  // Most notes have no comment at all: no scan.
  if (!text.includes('%%')) return { comments, unclosed };
  const marks = commentMarks(text);
  // Each mark closes the one before it; a last one alone opens a comment nothing closes.
  for (let k = 0; k + 1 < marks.length; k += 2) comments.push([marks[k]!, marks[k + 1]! + 2]);
  if (marks.length % 2 === 1) unclosed.push(marks.at(-1)!);
  return { comments, unclosed };
}

/** Offsets of every `%%` outside code, math blocks, cell magics and TeX escapes, in order. */
function commentMarks(text: string): number[] {
  const marks: number[] = [];
  let fence: string | undefined;
  let inMath = false;
  let paragraphEnd = -1;
  let at = 0;
  // A code span may run on to the next line: the scan then resumes inside that line, not at a line's head.
  let midLine = false;
  while (at < text.length) {
    const lineEnd = endOfLine(text, at);
    const line = text.slice(at, lineEnd);
    if (!midLine) {
      const fenceMatch = inMath ? null : FENCE.exec(line);
      if (fence !== undefined || fenceMatch) {
        if (fence === undefined) fence = fenceMatch![1];
        else if (fenceMatch && fenceMatch[1]![0] === fence[0] && fenceMatch[1]!.length >= fence.length && line.trim() === fenceMatch[0].trim()) fence = undefined;
        at = lineEnd + 1;
        continue;
      }
      if (MATH_FENCE.test(line)) {
        inMath = !inMath;
        at = lineEnd + 1;
        continue;
      }
    }
    midLine = false;
    if (inMath || (!line.includes('%%') && !line.includes('`'))) {
      at = lineEnd + 1;
      continue;
    }
    const magic = CELL_MAGIC.test(line) ? line.indexOf('%%') + at : -1;
    let i = at;
    while (i < lineEnd) {
      if (text[i] === '`') {
        // A code span closes within its paragraph: found once per paragraph, not once per backtick.
        if (paragraphEnd < i) paragraphEnd = endOfParagraph(text, i);
        i = afterCodeSpan(text, i, paragraphEnd);
      } else if (text[i] === '%' && text[i + 1] === '%') {
        if (i !== magic && text[i - 1] !== '\\') marks.push(i);
        i += 2;
      } else i++;
    }
    midLine = i > lineEnd;
    at = midLine ? i : lineEnd + 1;
  }
  return marks;
}

/** `text` without its comments, a map back to the original offsets, and the unclosed openers. */
export function cutComments(text: string): CommentCut {
  const { comments, unclosed } = findComments(text);
  if (comments.length === 0) return { text, map: { cuts: [], removedBefore: [] }, unclosed };
  let out = '';
  let from = 0;
  const cuts: CommentMap['cuts'] = [];
  const removedBefore: number[] = [];
  let removed = 0;
  for (const [start, end] of comments) {
    out += text.slice(from, start);
    cuts.push({ at: out.length, length: end - start });
    removedBefore.push(removed);
    removed += end - start;
    from = end;
  }
  out += text.slice(from);
  return { text: out, map: { cuts, removedBefore }, unclosed };
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
  const { cuts, removedBefore } = map;
  // The first cut that does not shift this offset: cuts after it, or at it for an end, stand after it.
  let low = 0;
  let high = cuts.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const cut = cuts[middle]!;
    if (cut.at < offset || (cut.at === offset && side === 'start')) low = middle + 1;
    else high = middle;
  }
  return low === 0 ? offset : offset + removedBefore[low - 1]! + cuts[low - 1]!.length;
}

function endOfLine(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end === -1 ? text.length : end;
}

function endOfParagraph(text: string, at: number): number {
  const end = text.indexOf('\n\n', at);
  return end === -1 ? text.length : end;
}

/** After an inline code span opened by the backtick run at `at` (or after the run, if nothing closes it before `limit`). */
function afterCodeSpan(text: string, at: number, limit: number): number {
  let run = at;
  while (text[run] === '`') run++;
  const ticks = text.slice(at, run);
  for (let close = text.indexOf(ticks, run); close !== -1 && close < limit; close = text.indexOf(ticks, close + ticks.length)) {
    let after = close + ticks.length;
    if (text[after] !== '`' && text[close - 1] !== '`') return after;
    while (text[after] === '`') after++;
    close = after - ticks.length;
  }
  return run;
}
