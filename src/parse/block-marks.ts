/**
 * The marks that open Markdown's blocks, as RegExp sources: a heading's hashes, a list item's marker, a fence, a math
 * fence, a rule. The reading of a note's lines as blocks (prose-lines.ts), the test of whether a note is written in
 * Markdown (detect-format.ts) and a Python session's end at the note's own text (python-sessions.ts) set them each in
 * their own line: CommonMark's exact rules in the first, a console's output told from the note's in the last.
 */

/** A heading's hashes: `#` to `######`. */
export const HEADING_HASHES = '#{1,6}';
/** A bullet list item's marker: `-`, `*`, `+`. */
export const BULLET = '[-*+]';
/** An ordered list item's number (`12`) and what follows it (`.` or `)`). */
export const ITEM_NUMBER = String.raw`\d{1,9}`;
export const ITEM_NUMBER_END = '[.)]';
/** A list item's marker, bullet or number (`-`, `1.`, `2)`). */
export const LIST_MARKER = `(?:${BULLET}|${ITEM_NUMBER}${ITEM_NUMBER_END})`;
/** A code fence's run, at its shortest: three backticks or tildes. */
export const FENCE = '(?:`{3}|~{3})';
/** A display math block's fence. */
export const MATH_FENCE = String.raw`\$\$`;
/** A line of one mark that rules the page or underlines a heading above it (`---`, `***`, `___`, `===`), the line's whole text. */
export const RULE_RUN = String.raw`(?:={3,}|-{3,}|\*{3,}|_{3,})`;
