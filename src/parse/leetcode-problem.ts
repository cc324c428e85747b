/**
 * The chrome of a LeetCode problem page copied as text, around the problem and the learner's own solution: the page's
 * tabs (`Solved`, `Topics`, `Companies`, `Hint`) and the problem's difficulty (`Easy`), its feedback widget (`Seen this
 * question in a real interview before?` over `1/5`, `Yes`, `No`) and its stats (`Accepted`, `Submissions`,
 * `Acceptance Rate`, each over its count). The widget's question asks the reader, not the interview: read as a
 * question, it took the stats and the learner's `My solution: …` as its answer. Read only in a copy of such a page,
 * known by two of its marks: alone, `Accepted`, `Yes` or `Easy` may answer.
 */
import { isCopyOf } from './copied-page.js';

const SEEN_IN_INTERVIEW = /^seen this question in a real interview before\s*\?$/i;
/** What the widget's question is answered with, a line each, right under it: the rating and the two buttons. */
const WIDGET_ANSWER = /^(?:\d\s*\/\s*\d|yes|no)$/i;
/** A stat of the problem, its count on the line or on the one under it (`Accepted` over `14.2M`, `Acceptance Rate 53.6%`). */
const STAT = /^(?:accepted|submissions|acceptance rate)(?:\s+[\d,.]+\s*[KkMB]?%?)?$/i;
const STAT_COUNT = /^[\d,.]+\s*[KkMB]?%?$/;
/** The page's tabs and labels, a word or two alone on a line, and the problem's difficulty. */
const TAB = /^(?:solved|attempted|topics|companies|hint|similar questions|easy|medium|hard)$/i;
/** The page's marks: its widget's question, its stats' labels. */
const MARKS: readonly RegExp[] = [SEEN_IN_INTERVIEW, /^acceptance rate\b/i, /^submissions\b/i];

/** The lines (indices into `trimmed`, the note's lines trimmed) of a LeetCode problem page's chrome, when the note is a copy of one. */
export function leetCodeProblemChrome(trimmed: readonly string[]): number[] {
  if (!isCopyOf(trimmed, MARKS)) return [];
  const chrome: number[] = [];
  /** What the lines under a chrome line may be too: the widget's answers under its question, a count under its stat. */
  let under: RegExp | undefined;
  trimmed.forEach((line, index) => {
    if (line === '') return;
    if (under?.test(line)) {
      chrome.push(index);
      // A stat has one count; the widget, its rating and both buttons.
      if (under === STAT_COUNT) under = undefined;
      return;
    }
    under = undefined;
    if (SEEN_IN_INTERVIEW.test(line)) under = WIDGET_ANSWER;
    else if (STAT.test(line)) under = /\d/.test(line) ? undefined : STAT_COUNT;
    else if (!TAB.test(line)) return;
    chrome.push(index);
  });
  return chrome;
}
