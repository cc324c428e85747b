/**
 * A quote's markers at a line's head (`>`, `> > `), as the readers that look through a quote read them: a pair
 * set in a quote (quoted-pairs.ts), a mail's quoted header (mail-headers.ts), the paragraphs of a quote cut
 * around the lines left out of it (left-out-lines.ts) or at a quoted question's end (quoted-questions.ts).
 */

/** A quote's markers at a line's head: `> > Q: …` → `Q: …` without them. */
const QUOTE_MARKERS = /^\s*(?:>\s?)+/;

/** `line` without its quote markers. */
export function withoutQuoteMarkers(line: string): string {
  return line.replace(QUOTE_MARKERS, '');
}

/**
 * `line` with its quote markers read as spaces: its length kept, so that a quote's paragraph is cut at the offset
 * where a line's text starts, past its markers.
 */
export function blankQuoteMarkers(line: string): string {
  return line.replace(QUOTE_MARKERS, (markers) => ' '.repeat(markers.length));
}
