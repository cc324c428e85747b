/**
 * A page's number as a printed book or a PDF sets it on a line of its own: `42`, `- 42 -`, `Page 42`, `p. 42`,
 * `42 / 310`, `42 of 310`. Copied text keeps it where the page broke (plaintext.ts leaves it out there), and the
 * extractor where it stands alone between questions.
 */
export function isPageNumber(line: string): boolean {
  return PAGE_NUMBER.test(line.trim());
}

const PAGE_NUMBER = /^(?:[-–—]\s*)?(?:(?:page|p\.)\s*)?\d{1,4}(?:\s*(?:\/|of)\s*\d{1,4})?(?:\s*[-–—])?$/i;
