/**
 * What opens a block at the head of a Markdown line, escaped: a reader that writes another markup's text as
 * Markdown (a Scrapbox page, a wiki page, a Typst note) keeps a line of text from becoming a list, a heading or a quote.
 */

/** A bullet, a number and its stop, a heading's `#`, a quote's `>`, a line of dashes or `=`s: escaped, text as the markup shows it. */
export function escapedLineStart(text: string): string {
  return text
    .replace(/^([-+>]|#{1,6}(?=[ \t]|$))/, '\\$1')
    .replace(/^(\d{1,9})([.)])(?=[ \t]|$)/, '$1\\$2')
    .replace(/^=+[ \t]*$/, '\\$&');
}
