/**
 * A quote's markers at a line's head (`>`, `> > `), read one way: by the readers that look through a quote, a pair
 * set in a quote (quoted-pairs.ts), a mail's quoted header (mail-headers.ts), the paragraphs of a quote cut around the
 * lines left out of it (left-out-lines.ts) or at a quoted question's end (quoted-questions.ts); and by the reading of a
 * note's lines as Markdown's blocks (prose-lines.ts), which counts them.
 */

/**
 * Where the block quote markers (`>`, `> > `) at the head of `line` end: all of them, or the first `most`. As
 * CommonMark reads them, each `>` at most three spaces in, one space after it taken with it (`>  > x` is a quote in a
 * quote). `inContainer`: the line is a quoted block's own source line, which its container (a list item) may indent
 * further, with any whitespace (`    > quote` under `- item`), and a tab after a marker is taken as its space.
 */
export function afterQuoteMarkers(line: string, most = Infinity, inContainer = false): number {
  let end = 0;
  for (let count = 0; count < most; count++) {
    let at = end;
    if (inContainer && count === 0) while (at < line.length && /\s/.test(line[at]!)) at++;
    else while (at - end < 3 && line[at] === ' ') at++;
    if (line[at] !== '>') return end;
    const after = line[at + 1];
    end = after === ' ' || (inContainer && after !== undefined && /\s/.test(after)) ? at + 2 : at + 1;
  }
  return end;
}

/**
 * A quote's line as a note's format is told by it (detect-format.ts, python-sessions.ts): a marker with text after it,
 * at any indentation (a quote inside a list item is Markdown's too). Not CommonMark's exact reading (isQuotedLine).
 */
export const QUOTE_LINE = /^[ \t]*> ?\S/;

/** Whether `line` is a quote's: a marker at its head, at most three spaces in. */
export function isQuotedLine(line: string): boolean {
  return afterQuoteMarkers(line, 1) > 0;
}

/** How many block quote markers stand at the head of `line` (they end at `markersEnd`). */
export function quoteDepth(line: string, markersEnd = afterQuoteMarkers(line)): number {
  return markersEnd === 0 ? 0 : line.slice(0, markersEnd).split('>').length - 1;
}

/** `line` (a quoted block's source line) without its quote markers: `> > Q: …` → `Q: …`. */
export function withoutQuoteMarkers(line: string): string {
  return line.slice(afterQuoteMarkers(line, Infinity, true));
}

/**
 * `line` with its quote markers read as spaces: its length kept, so that a quote's paragraph is cut at the offset
 * where a line's text starts, past its markers.
 */
export function blankQuoteMarkers(line: string): string {
  const end = afterQuoteMarkers(line, Infinity, true);
  return ' '.repeat(end) + line.slice(end);
}
