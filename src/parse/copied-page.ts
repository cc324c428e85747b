/**
 * Tests on the lines of a page copied from a browser that the readers of its chrome share (site-chrome.ts,
 * post-footers.ts, post-head.ts): whether the note is a copy of a given site's page at all, what a link to another
 * page of the site reads as. (The dates it shows: wording/date-shapes.ts.)
 */
import { LAST_QUESTION_MARK } from '../wording/marks.js';


/** Whether `trimmed` (the note's lines, trimmed) hold two kinds of `marks` at least (a page's widgets, each short): a copy of the page that shows them. */
export function isCopyOf(trimmed: readonly string[], marks: readonly RegExp[]): boolean {
  const found = new Set<RegExp>();
  for (const line of trimmed) {
    const mark = line.length <= 40 ? marks.find((pattern) => pattern.test(line)) : undefined;
    if (mark) found.add(mark);
  }
  return found.size >= 2;
}

/**
 * The title of the page a pager links to: a short line that does not ask. Under a label that names it (Brunch's
 * `작가의 이전글`, `labelled`), any line of a title's length: a post's title may ask (`ML 면접, 무엇을 준비할까?`).
 */
export function isLinkedTitle(line: string, labelled = false): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && trimmed.length <= (labelled ? 100 : 80) && (labelled || !LAST_QUESTION_MARK.test(trimmed));
}
