/**
 * The lines that say who wrote a page or a mail, by what they wrote: a blog's author card (Velog's bio under the
 * handle, site-chrome.ts; Brunch's card over the post's buttons, post-footers.ts; Medium's bio under `Written by`,
 * footer-openings.ts) and a mail's sender under its closing word (mail-sign-off.ts). Each reader finds them by its own
 * marks; what such a line may be is one test.
 */
import { LAST_QUESTION_MARK } from '../wording/marks.js';


/** Longer, a line says more than who someone is. */
const LONGEST_BYLINE = 100;

/** Whether `said` (a trimmed line) may be a line of a byline: a short line that does not ask (a question is the note's own). */
export function isBylineLine(said: string): boolean {
  return said.length <= LONGEST_BYLINE && !LAST_QUESTION_MARK.test(said);
}
