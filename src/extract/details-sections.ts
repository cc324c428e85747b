/**
 * A `<details>` that folds away a list of questions, as READMEs index them by subject:
 *
 *     <details>
 *     <summary><a href="./answers/1-statistics.md"><strong>📈 통계/수학</strong></a></summary>
 *
 *     - 고유값과 고유벡터가 무엇이고 왜 중요한지 설명해주세요.
 *     - …
 *
 *     </details>
 *
 * Its summary names no question (it asks nothing) but the section of the questions inside, as a
 * heading would; the tags around them hold no text of any question. So does one that folds away folds
 * of questions (`<summary>Chapter 1</summary>` over `<details><summary>What is X?</summary>…`).
 */
import type { RootContent } from 'mdast';
import { isQuestionList } from './recognizers/question-list.js';
import { summaryText } from '../parse/summary-text.js';
import { cleanPrompt } from '../wording/prompt-text.js';
import { hasWords, isAnswerLabel, isInterrogative } from '../wording/interrogative.js';

const OPENS_WITH_SUMMARY = /^\s*<details\b[^>]*>\s*<summary\b/i;
const CLOSE_ALONE = /^\s*<\/details\s*>\s*$/i;

/** The section a `<details>` opening at `block` names, when a list of questions follows it and its summary asks nothing. */
export function detailsSectionTitle(block: RootContent, next: RootContent | undefined): string | undefined {
  if (block.type !== 'html' || !OPENS_WITH_SUMMARY.test(block.value) || /<\/details\s*>/i.test(block.value)) return undefined;
  if (!(next?.type === 'list' && isQuestionList(next)) && !opensAskingFold(next)) return undefined;
  const summary = summaryText(block.value);
  if (summary === undefined) return undefined;
  const title = cleanPrompt(summary);
  // `<summary>Answer</summary>` folds an answer away, whatever it holds.
  return hasWords(title) && !isInterrogative(title) && !isAnswerLabel(title) ? title : undefined;
}

/** A fold whose summary asks (`<details><summary>What is X?</summary>…`): one of the folds a fold of a subject holds. */
function opensAskingFold(block: RootContent | undefined): boolean {
  if (block?.type !== 'html' || !OPENS_WITH_SUMMARY.test(block.value)) return false;
  const summary = summaryText(block.value);
  return summary !== undefined && isInterrogative(cleanPrompt(summary));
}

/** A `</details>` on its own: the end of such a section. */
export function closesDetailsAlone(block: RootContent): boolean {
  return block.type === 'html' && CLOSE_ALONE.test(block.value);
}
