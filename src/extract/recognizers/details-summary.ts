/**
 * `<details><summary>What is X?</summary> ... </details>`: the summary asks,
 * the body answers. A summary that only labels the answer ("Answer",
 * "💡 Show Answer") is not a prompt. Its formulas are read as a heading's
 * are (`$R^2$` is math): Markdown reads no Markdown in raw HTML.
 */
import type { Recognizer } from './recognizer.js';
import { candidate } from './recognizer.js';
import { isAnswerLabel } from '../../wording/interrogative.js';
import { summaryText } from '../../parse/summary-text.js';
import { withFormulasRead } from '../../parse/markdown.js';

export const detailsSummaryRecognizer: Recognizer = {
  construct: 'details',
  recognize(block) {
    if (block.type !== 'html' || !block.position) return undefined;
    const text = summaryText(block.value);
    if (!text || isAnswerLabel(text)) return undefined;
    const found = candidate('details', withFormulasRead(text), block.position);
    return found.prompt ? found : undefined;
  },
};
