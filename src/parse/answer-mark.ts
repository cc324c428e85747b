/**
 * What opens a question's answer on the question's own line, right after its question mark: a dash or an arrow
 * between spaces (`What is X? - answer`, `… ? — answer`, `과적합이란? -> …`, `과적합이란? → …`, `… ? ⇒ …`, any arrow
 * marks.ts's POINTING_ARROW lists), the separators RemNote's cards and the Obsidian plugins that copy them write
 * (`… ? >> answer`, `… ? :: answer`, `… ? ;; answer`), a colon right after the question mark (`What is X?: answer`), or an answer label with its colon (`Q: What is X? A: answer`,
 * `… ? Answer: …`, `… ? 답: …`; `A)` and `A.` letter options there). At the line's end a dash, an arrow, `>>>` or `;;` ends the prompt, its answer below
 * it or none (`AUC란? →`).
 *
 * Only after a question mark: an arrow in prose (`A → B`, `→ training-serving skew를 방지`) opens nothing. Read where a
 * question's line is cut into its prompt and its answer (recognizer.ts) and where copied text's first line is told
 * from its title (plaintext.ts: a line that asks and answers so names no page).
 */
import { POINTING_ARROW, QUESTION_MARK } from '../wording/marks.js';
import { ANSWER_WORDS } from './answer-line.js';

export const ANSWER_MARK = new RegExp(
  String.raw`${QUESTION_MARK}[ \t]*(?:(?:${POINTING_ARROW}|[-–—]{1,2}|>{2,3}|::?|;;)(?:[ \t]+(?=\S)|[ \t]*$)|[ \t](?=(?:A|${ANSWER_WORDS})[ \t]*[:：][ \t]*\S))`,
  'u',
);
