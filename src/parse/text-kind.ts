/**
 * What a file's text is, told from its first characters without parsing it:
 * a web page, a notebook, or (neither) a note. The checks that decide how a
 * file is read before anything reads it (input-limits.ts, parse/index.ts),
 * kept apart from the readers so that asking costs nothing to load.
 */

/** A document, not a note with some HTML in it: it opens with a doctype or an `<html>` element (after comments). */
const PAGE_START = /^\uFEFF?\s*(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

export function isHtmlPage(text: string): boolean {
  return PAGE_START.test(text);
}

/** Whether a file may hold a notebook: JSON that names its nbformat. A cheap test: most notes are not JSON at all. */
export function mayBeNotebook(text: string): boolean {
  return /^\uFEFF?\s*\{/.test(text) && text.includes('"nbformat"');
}
