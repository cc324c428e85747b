/**
 * Setext headings, CommonMark's other heading form: a line of text underlined by a line of `=` (a title) or `-` (a
 * section), as pandoc, older READMEs and Python writers set them. A note of them is Markdown with no `#` in it.
 */
import { LIST_MARKER } from './block-marks.js';

/** An underline: three or more `=` or `-`, nothing else on the line but spaces (at most three before). */
const UNDERLINE = /^ {0,3}(={3,}|-{3,})[ \t]*$/;
/** A line that cannot be a heading's text: a list's item, a quote, a table row, an ATX heading, or code by its indent. */
const NOT_HEADING_TEXT = new RegExp(String.raw`^(?:[ \t]*(?:${LIST_MARKER}[ \t]|[>|#])| {4}|\t)`);
/** East Asian wide characters, two columns each as a writer's editor shows them. */
const WIDE = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/gu;

/** How many columns a text takes in a monospaced editor. */
function columns(text: string): number {
  return [...text].length + (text.match(WIDE)?.length ?? 0);
}

/**
 * How many Setext headings a note's lines hold: an underline right under a line of text, a blank line or the note's
 * end after it, as long (within half or double) as the text it underlines, as its writer drew it to be. A divider a
 * copied page draws under a line is as long as the page makes it (Kindle's `==========` under a long highlight), and
 * the `---` that closes front matter underlines a key.
 */
export function countSetextHeadings(lines: readonly string[]): number {
  let from = 1;
  if (/^---[ \t]*$/.test(lines[0] ?? '')) {
    const close = lines.findIndex((line, index) => index > 0 && /^(?:---|\.\.\.)[ \t]*$/.test(line));
    if (close !== -1) from = close + 2;
  }
  let count = 0;
  for (let index = from; index < lines.length; index++) {
    const underline = UNDERLINE.exec(lines[index]!);
    if (!underline) continue;
    const text = lines[index - 1]!;
    if (text.trim() === '' || UNDERLINE.test(text) || NOT_HEADING_TEXT.test(text)) continue;
    if ((lines[index + 1] ?? '').trim() !== '') continue;
    const width = columns(text.trim());
    const length = underline[1]!.length;
    if (length * 2 >= width && length <= width * 2) count++;
  }
  return count;
}
