/**
 * Whether a line in a box may be one of the note's own questions: a heading, or a line that asks (`1. What is
 * dropout?`, `**Q: …?**`). A box that holds one is no aside to quote: its body stands as the note's own text.
 */
import { isInterrogative } from '../wording/interrogative.js';

/** A heading's line (a title's length at most: no trying every end of a long line). */
export const ATX_HEADING = /^[ \t>]*#{1,6}[ \t]+\S/;
/** A quote's markers, a list's bullet or number at a line's head. */
const LINE_MARKS = /^[ \t>]*(?:(?:[-*+]|\d{1,9}[.)])[ \t]+)?/;

export function mayAsk(line: string): boolean {
  if (ATX_HEADING.test(line)) return true;
  const words = line.replace(LINE_MARKS, '').replace(/[*_]{2}/g, '').trim();
  return words !== '' && isInterrogative(words);
}
