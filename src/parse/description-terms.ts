/**
 * A description list's term before its text, for the readers that write a note's description lists as Markdown
 * list items (a LaTeX `description`, an AsciiDoc `term:: text`): `term: `, or in bold when it asks
 * (`What is dropout?:: Zeroing units.`), so that it reads as a question over its answer on one line.
 */
import { LAST_QUESTION_MARK } from '../wording/marks.js';

export function termMarkdown(term: string, asks = LAST_QUESTION_MARK.test(term)): string {
  return asks ? `**${term}** ` : `${term}: `;
}
