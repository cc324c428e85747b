/**
 * A Coursera quiz's page as a learner copies it after submitting it, to review: the quiz's head (`Graded Quiz • 30 min`,
 * `Due Jun 9, 11:59 PM KST`, `Grade received 80%`), each question under its number and `Question N`, the options the
 * learner selected under it, `Correct` or `Incorrect` under each with the course's explanation, the points it scored
 * (`1 / 1 point`), and the page's `Like` / `Dislike` / `Report an issue`. The page's words are chrome; an option marked
 * `Incorrect` is the learner's wrong pick, which must not answer the question: the explanation under it does.
 */
import { isCopyOf } from './copied-page.js';

/** `Question 3`: the page's head over each question's text. */
const QUESTION_HEAD = /^question \d{1,3}$/i;
/** The points a question scored: `1 / 1 point`, `0 / 1 point`, `0.5 / 1 points`. */
const POINTS = /^\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?\s+points?$/i;
/** What the page says of a selected option, on a line of its own, over the course's explanation. */
const VERDICT = /^(?:in)?correct$/i;
const INCORRECT = /^incorrect$/i;

/** Lines only a Coursera quiz's page shows: two kinds of them make a note a copy of one. */
const QUIZ_MARKS: RegExp[] = [
  QUESTION_HEAD,
  POINTS,
  VERDICT,
  /^(?:graded|practice) (?:quiz|assignment)\b.*$/i,
  /^(?:grade received|latest submission grade)\s+\d+(?:\.\d+)?%$/i,
  /^to pass \d+(?:\.\d+)?% or higher$/i,
  /^report an issue$/i,
];

/** The page's own lines, left out of such a copy only: `Correct` or `Like` may be a note's own words. */
const QUIZ_CHROME: RegExp[] = [
  ...QUIZ_MARKS.filter((mark) => mark !== QUESTION_HEAD),
  /^due (?:[a-z]{3,9} \d{1,2}|\d{1,2} [a-z]{3,9})(?:,? \d{4})?(?:,? \d{1,2}:\d{2}(?: ?[ap]m)?)?(?: [a-z]{2,5})?$/i,
  /^congratulations! you passed!$/i,
  /^(?:try again|go to next item|keep learning)$/i,
  /^(?:like|dislike)$/i,
];

export interface CourseraQuizLines {
  /** The page's lines (indices into the note's lines): its head, the questions' numbers, their points and marks, its footer. */
  chrome: number[];
  /** The lines of the options the learner chose that the page marks `Incorrect`. */
  wrongChoices: number[];
}

/** A copied Coursera quiz's chrome and wrong picks (indices into `trimmed`, the note's lines trimmed); none in a note that is no such copy. */
export function courseraQuizLines(trimmed: readonly string[]): CourseraQuizLines {
  if (!isCopyOf(trimmed, QUIZ_MARKS)) return { chrome: [], wrongChoices: [] };
  const chrome = trimmed.flatMap((line, index) => (QUIZ_CHROME.some((pattern) => pattern.test(line)) || isQuestionNumber(trimmed, index) ? [index] : []));
  const wrongChoices = trimmed.flatMap((line, index) => (INCORRECT.test(line) ? wrongChoiceOver(trimmed, index) : []));
  return { chrome, wrongChoices };
}

/** `2.` alone right over `Question 2`: the page's number of the question, which its head says again. */
function isQuestionNumber(lines: readonly string[], index: number): boolean {
  const number = /^(\d{1,3})\.$/.exec(lines[index]!)?.[1];
  return number !== undefined && new RegExp(`^question ${number}$`, 'i').test(nextTextLine(lines, index));
}

/** The first line under `index` with text ('' when none is): found without copying the lines under it for each. */
function nextTextLine(lines: readonly string[], index: number): string {
  for (let at = index + 1; at < lines.length; at++) if (lines[at] !== '') return lines[at]!;
  return '';
}

/**
 * The option right over an `Incorrect` mark: its lines up to a blank line, never the question's text under its head
 * (`Question 3` over `What happens …?` over the option, a blank line between them or not) nor the page's chrome.
 */
function wrongChoiceOver(lines: readonly string[], incorrect: number): number[] {
  const option: number[] = [];
  for (let index = incorrect - 1; index >= 0; index--) {
    const line = lines[index]!;
    if (line === '' && option.length > 0) break;
    if (line === '') continue;
    if (QUESTION_HEAD.test(line) || (index > 0 && QUESTION_HEAD.test(lines[index - 1]!)) || QUIZ_CHROME.some((pattern) => pattern.test(line))) break;
    option.unshift(index);
  }
  return option;
}
