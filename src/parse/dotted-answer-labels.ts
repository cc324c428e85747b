/**
 * `Q. 오버피팅이란? A. 학습 데이터에만 과하게 맞춰져서 …`: a question and its answer on one line, labelled as `Q.` and
 * `A.` are on lines of their own. After the question mark, an answer's label is read with its colon anywhere
 * (`… ? A: …`, recognizer.ts), but `A.` and `A)` letter options there as often (`Which loss? A. MSE B. Cross-entropy`).
 * In a note that letters no options, none on a line of its own (`B.`, `C)`) nor on a question's (`B)`, `A. … B. …`),
 * an `A.` after a labelled question's mark is its answer's label: the text holding it is marked so, and the
 * recogniser cuts the line there (the label stays at the answer's head for answer-blocks.ts to take off, as `A:`'s).
 */
import type { Root } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import { QA_LINE } from './runaway-blocks.js';
import { QUESTION_MARK } from '../wording/marks.js';

declare module 'mdast' {
  interface TextData {
    /** The text holds, on its first line, an answer's label `A.` right after its question's mark (dotted-answer-labels.ts). */
    dottedAnswerLabel?: true;
  }
}

/** A question mark, then `A.` (or `A1.`) between spaces, before the answer's text. */
export const DOTTED_ANSWER_MARK = new RegExp(String.raw`${QUESTION_MARK}[ \t]+(?=A\d{0,3}\.[ \t]+\S)`);

/** `B.`, `C)`, `(D)` opening a line, after a bullet or a quote's mark, the label perhaps in bold: a lettered option. */
const OPTION_LINE = /^[ \t>]*(?:[-*+•][ \t]+)?(?:\*\*|__)?\(?[B-H][.)](?:\*\*|__)?(?:[ \t]|$)/m;
/** `B)` or `(B)` anywhere, after a space: options lettered on a question's line (`A) ReLU B) Tanh`). */
const INLINE_OPTION = /(?:^|[ \t])(?:\*\*|__)?\(?B\)(?:\*\*|__)?[ \t]/m;
/** `A. MSE B. Cross-entropy`: options lettered with full stops on one line, `A.` then `B.`. */
const DOTTED_OPTION_A = /(?:^|[ \t])(?:\*\*|__)?A\.(?:\*\*|__)?[ \t]/;
const DOTTED_OPTION_B = /[ \t](?:\*\*|__)?B\.(?:\*\*|__)?[ \t]/;

/** Whether the note letters options anywhere (see above). */
function lettersOptions(text: string): boolean {
  if (OPTION_LINE.test(text) || INLINE_OPTION.test(text)) return true;
  // Line by line, `B.` looked for after the line's first `A.` only: no reading of a line again for each `A.` in it.
  return text.split('\n').some((line) => {
    const a = line.search(DOTTED_OPTION_A);
    return a !== -1 && DOTTED_OPTION_B.test(line.slice(a + 1));
  });
}

/** Marks, in place, the text that holds a labelled question's `? A. …` on its first line, in a note that letters no options. */
export function markDottedAnswerLabels(tree: Root, text: string): void {
  if (!DOTTED_ANSWER_MARK.test(text) || lettersOptions(text)) return;
  visit(tree, 'paragraph', (paragraph) => {
    const line = toString(paragraph).split('\n', 1)[0]!;
    if (!QA_LINE.test(line) || !DOTTED_ANSWER_MARK.test(line)) return;
    for (const node of paragraph.children) {
      if (node.type !== 'text') continue;
      const lineBreak = node.value.indexOf('\n');
      if (DOTTED_ANSWER_MARK.test(lineBreak === -1 ? node.value : node.value.slice(0, lineBreak))) {
        node.data = { ...node.data, dottedAnswerLabel: true };
        return;
      }
      if (lineBreak !== -1) return;
    }
  });
}
