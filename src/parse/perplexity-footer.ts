/**
 * What Perplexity's answer page sets under its answer, copied with it: its buttons (`Share`, `Rewrite`, a line each)
 * and, under `Related`, the searches it suggests next, a line each (`MQA와 GQA의 차이는 무엇인가요`). They ask, but
 * the site, not the interview: read as the answer's question they made one junk question of all their lines.
 */

/** The buttons under the answer, in the order the page shows them. */
const BUTTONS = [/^share$/i, /^rewrite$/i];
/** The heading of the suggested searches. */
const RELATED = /^related$/i;
/** More lines under `Related`, or a longer one, and they are no list of suggested searches. */
const MOST_SUGGESTIONS = 10;
const LONGEST_SUGGESTION = 150;

/**
 * The line (1-based) from which the page's footer runs to the note's end: `Share` over `Rewrite`, with nothing under
 * them but blank lines and `Related` over at most MOST_SUGGESTIONS short lines. Undefined when the note does not end so:
 * the words alone (`Related`, `Share`) may be a note's own.
 */
export function perplexityFooterStart(lines: readonly string[]): number | undefined {
  // Every note ends here: one that has no button among its last lines (most) is not walked whole.
  if (!buttonNearEnd(lines)) return undefined;
  const filled: number[] = [];
  lines.forEach((line, index) => {
    if (line.trim() !== '') filled.push(index);
  });
  const related = filled.findLastIndex((index) => RELATED.test(lines[index]!.trim()));
  const suggestions = related === -1 ? [] : filled.slice(related + 1);
  if (suggestions.length > MOST_SUGGESTIONS || suggestions.some((index) => lines[index]!.trim().length > LONGEST_SUGGESTION)) return undefined;
  const end = related === -1 ? filled.length : related;
  const buttons = filled.slice(end - BUTTONS.length, end);
  if (buttons.length < BUTTONS.length || !buttons.every((index, at) => BUTTONS[at]!.test(lines[index]!.trim()))) return undefined;
  return buttons[0]! + 1;
}

/**
 * Whether a button's line stands among the note's last MOST_SUGGESTIONS + 1 + BUTTONS.length lines that hold text:
 * the footer's buttons are there when it has them (under them, `Related` and its suggestions at most).
 */
function buttonNearEnd(lines: readonly string[]): boolean {
  let seen = 0;
  for (let index = lines.length - 1; index >= 0 && seen < MOST_SUGGESTIONS + 1 + BUTTONS.length; index--) {
    const line = lines[index]!.trim();
    if (line === '') continue;
    if (BUTTONS.some((button) => button.test(line))) return true;
    seen++;
  }
  return false;
}
