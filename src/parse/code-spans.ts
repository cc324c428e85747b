/**
 * Inline code spans, as CommonMark finds them: a run of backticks opens one,
 * and the next run of exactly the same length closes it, on the same line or
 * a later line of the paragraph (a longer or shorter run does not). A
 * backslash escapes a backtick outside a span; inside one it is just a
 * backslash. An opener nothing closes is literal backticks.
 */

/**
 * The code spans of the stretch `text[from, to)` (one paragraph), as
 * [start, end) offsets in order. Every run is measured once and each length
 * keeps a cursor over the runs of that length, so an opener nothing closes
 * costs no search to the paragraph's end: the stretch is read in linear time.
 */
export function codeSpans(text: string, from: number, to: number): Array<[number, number]> {
  const runs = backtickRuns(text, from, to);
  if (runs.length === 0) return [];
  const byLength = new Map<number, number[]>();
  for (const [start, length] of runs) {
    const starts = byLength.get(length);
    if (starts) starts.push(start);
    else byLength.set(length, [start]);
  }
  const cursors = new Map<number, number>();
  const spans: Array<[number, number]> = [];
  let i = from;
  while (i < to) {
    const char = text[i];
    if (char === '\\' && i + 1 < to && ASCII_PUNCTUATION.test(text[i + 1]!)) {
      i += 2;
      continue;
    }
    if (char !== '`') {
      i++;
      continue;
    }
    let after = i + 1;
    while (after < to && text[after] === '`') after++;
    const length = after - i;
    const starts = byLength.get(length) ?? [];
    let cursor = cursors.get(length) ?? 0;
    while (cursor < starts.length && starts[cursor]! < after) cursor++;
    cursors.set(length, cursor);
    const close = starts[cursor];
    if (close === undefined) {
      i = after;
      continue;
    }
    spans.push([i, close + length]);
    i = close + length;
  }
  return spans;
}

const ASCII_PUNCTUATION = /[!-/:-@[-`{-~]/;

/** Each maximal run of backticks in text[from, to), as [start, length]. */
function backtickRuns(text: string, from: number, to: number): Array<[number, number]> {
  const runs: Array<[number, number]> = [];
  for (let i = from; i < to; i++) {
    if (text[i] !== '`') continue;
    let after = i + 1;
    while (after < to && text[after] === '`') after++;
    runs.push([i, after - i]);
    i = after - 1;
  }
  return runs;
}

/** Text as a Markdown code span, with enough backticks around it to hold those it has (for a reader that writes Markdown). */
export function codeSpanOf(text: string): string {
  // A loop, not Math.max(...runs): a line of many runs would pass more arguments than a call takes.
  let longest = 0;
  for (const run of text.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  const fence = '`'.repeat(longest + 1);
  return longest > 0 || text.startsWith(' ') || text.endsWith(' ') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}

/** The fence of a Markdown code block holding `code`'s lines: three backticks, or more than any run of them the code holds. */
export function fenceAround(code: Iterable<string>): string {
  let longest = 0;
  for (const line of code) for (const run of line.matchAll(/`+/g)) longest = Math.max(longest, run[0].length);
  return '`'.repeat(Math.max(3, longest + 1));
}
