/**
 * Obsidian Spaced Repetition's one-line card, `front::back` (`front:::back` for a card reviewed both ways):
 * where a line's separator is. One rule for both places such lines are read, a note of nothing but them
 * (card-export.ts) and one line among a note's text (inline-cards.ts).
 *
 * The separator is the first `::` or `:::` outside code and math, so `` `std::vector`::A growable array``
 * is a card whose front is the code. A line is no card when a side is empty, when the colons run on
 * (`a::::b`, or a front ending with a colon, `Note:::`), or when it is a Markdown block's line: a heading,
 * a quote, a list item or a table row. Read in one pass, with no regex over the line: a long line of
 * spaces or backticks makes none backtrack.
 */

/** A heading, quote, list item or table row: the marker and the space after it (`*Dropout*::…` is a card). */
const MARKDOWN_BLOCK = /^[ \t]*(?:#{1,6}(?:[ \t]|$)|>|\||[-*+](?:[ \t]|$)|\d{1,9}[.)](?:[ \t]|$))/;

/** Whether Markdown reads the line as a heading, a quote, a list item or a table row: no card's line (card-export.ts's ` - ` cards too). */
export function isMarkdownBlockLine(line: string): boolean {
  return MARKDOWN_BLOCK.test(line);
}

/** Where the line's separator is (0-based column) and how long it is (2 or 3), or undefined when the line is no card. */
export function oneLineCardSeparator(line: string): { at: number; length: number } | undefined {
  if (!line.includes('::') || isMarkdownBlockLine(line)) return undefined;
  const at = firstColonsOutsideCode(line);
  if (at < 0) return undefined;
  const length = line.startsWith(':::', at) ? 3 : 2;
  const front = line.slice(0, at).trim();
  const back = line.slice(at + length).trim();
  if (front === '' || back === '' || front.endsWith(':') || back.startsWith(':')) return undefined;
  return { at, length };
}

/** The column of the first `::` that no code span (`` `…` ``) or inline formula (`$…$`) holds, or -1 (firstOutsideCode). */
function firstColonsOutsideCode(line: string): number {
  return firstOutsideCode(line, (i) => line[i] === ':' && line[i + 1] === ':');
}

/**
 * The first column from `from` where `found` holds that no code span (`` `…` ``, closed by the next run of as many
 * backticks) or inline formula (`$…$`) holds, or -1. An opener never closed is text, and a backslash escapes the
 * character after it. Linear: each run of backticks is told its closing run from a table made in one pass, and
 * `$` is searched for past one only until none is found.
 */
export function firstOutsideCode(line: string, found: (column: number) => boolean, from = 0): number {
  const closing = line.includes('`') ? closingRuns(line) : undefined;
  let dollarsLeft = true;
  for (let i = from; i < line.length; i++) {
    const c = line[i];
    if (found(i)) return i;
    if (c === '\\') i++;
    else if (c === '`') i = closing!.get(i) ?? runEnd(line, i) - 1;
    else if (c === '$' && dollarsLeft) {
      const close = line.indexOf('$', i + 1);
      if (close < 0) dollarsLeft = false;
      else if (close > i + 1) i = close;
    }
  }
  return -1;
}

/** Per run of backticks that a later run of the same length closes: where its code span ends (the closing run's last column). */
function closingRuns(line: string): Map<number, number> {
  const runs: Array<{ start: number; length: number }> = [];
  for (let i = line.indexOf('`'); i >= 0; i = line.indexOf('`', i)) {
    const end = runEnd(line, i);
    runs.push({ start: i, length: end - i });
    i = end;
  }
  const closes = new Map<number, number>();
  // From the right: the next run of each length, so each run finds its closing one at once.
  const nextOfLength = new Map<number, number>();
  for (let k = runs.length - 1; k >= 0; k--) {
    const { start, length } = runs[k]!;
    const next = nextOfLength.get(length);
    if (next !== undefined) closes.set(start, next + length - 1);
    nextOfLength.set(length, start);
  }
  return closes;
}

/** Where the run of backticks starting at `start` ends (the column after it). */
function runEnd(line: string, start: number): number {
  let end = start;
  while (line[end] === '`') end++;
  return end;
}
