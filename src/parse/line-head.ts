/**
 * The head of a line of text a reader of another markup writes as Markdown (Org, AsciiDoc, LaTeX,
 * reStructuredText, Scrapbox, MediaWiki and DokuWiki, Typst): each reader has read its own blocks already, so what is left at a line's
 * head is text, and whatever Markdown would read there as a block is escaped.
 */

/** A heading's `#`, a quote's `>`, a bullet, a definition's `: `, a code fence, a link's definition (`[label]:`). */
const BLOCK_MARK = /^([ \t]*)(#{1,6}(?=[ \t]|$)|>|[-+*](?=[ \t]|$)|:(?=[ \t])|`{3,}|~{3,}|\[(?=[^\]\n]*\]:))/;
/** A number and its stop (`1.`, `1)`), as an ordered list's item opens. */
const NUMBER = /^([ \t]*\d{1,9})([.)])(?=[ \t]|$)/;
/** A line of `=`s or dashes (a heading's underline under a line of text), or of three `*`, `-` or `_` (a rule). */
const UNDERLINE_OR_RULE = /^([ \t]*)((?:=+|-+|(?:\*[ \t]*){3,}|(?:-[ \t]*){3,}|(?:_[ \t]*){3,})[ \t]*)$/;

/** A `#` before a word, which opens a line of tags (`#python #ml`, tag-lines.ts). */
const TAG_MARK = /^([ \t]*)#(?=[^\s#])/;

/**
 * A line of the Markdown, or an item's text after its bullet, with what would open a block at its head escaped, and a
 * `#` before a word, which would open a line of tags, unless the markup writes tags so itself (`hashtags`: Scrapbox).
 */
export function escapedLineHead(line: string, { hashtags = false } = {}): string {
  const escaped = line.replace(BLOCK_MARK, '$1\\$2').replace(NUMBER, '$1\\$2').replace(UNDERLINE_OR_RULE, '$1\\$2');
  return hashtags ? escaped : escaped.replace(TAG_MARK, '$1\\#');
}
