/**
 * A page's number as a printed book or a PDF sets it on a line of its own: `42`, `- 42 -`, `Page 42`, `p. 42`,
 * `42 / 310`, `42 of 310`. Copied text keeps it where the page broke (plaintext.ts leaves it out there), and the
 * extractor where it stands alone between questions. So it keeps a running head or foot, the number beside the
 * book's or the chapter's title (isRunningHead), which plaintext.ts leaves out wherever it stands alone.
 */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

/**
 * A page's number as a copy that keeps the page's layout sets it (`pdftotext -layout`): at the page's right edge or
 * in its middle, twenty spaces or more before it. No note indents its own text so far: the number is the page's,
 * wherever it stands alone (plaintext.ts).
 */
export function isLaidOutPageNumber(line: string): boolean {
  return LAID_OUT.test(line) && isPageNumber(line);
}

const LAID_OUT = /^[ \f]{20,}\S/;
const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?(?:\s*[-–—])?$/i;

/**
 * A printed page's running head or foot as a PDF's text keeps it: the page's number beside the book's or the
 * chapter's running title, a wide gap between (`64      Machine Learning Interviews`, `CHAPTER 4 · MODEL EVALUATION
 * 63`). The title is a title's few words (each capitalised but a short word between, or in a script without case),
 * not a sentence's, so that `Batch size      64` or `epochs: 100` is no running head.
 */
export function isRunningHead(line: string): boolean {
  const found = RUNNING_HEAD.exec(line.trim());
  const title = found ? (found[1] ?? found[2])! : undefined;
  if (title === undefined || title.length > 80 || /[ \t]{6}|[.?!:;,。？！：；，]$/.test(title)) return false;
  const words = title.split(/\s+/).filter((word) => /\p{L}/u.test(word));
  return words.length > 0 && words.length <= 10 && words.every((word) => !/^\p{Ll}/u.test(word) || SMALL_WORD.test(word));
}

/**
 * A page number, a gap of six spaces or more, and the running title; or the title first. The page sets them at its
 * two edges: a chapter's number and its title on a line of their own (`4   Model Evaluation`) stand closer.
 */
const RUNNING_HEAD = /^\d{1,4}[ \t]{6,}(\S.*)$|^(\S.*?)[ \t]{6,}\d{1,4}$/;
/** The short words a title leaves in lower case (`Machine Learning for the Impatient`). */
const SMALL_WORD = /^(?:a|an|the|and|or|of|in|on|for|to|with|at|by|vs\.?|via|from|into)$/;
