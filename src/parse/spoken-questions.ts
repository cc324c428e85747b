/**
 * A voice memo's transcript runs each question and its answer together in one spoken paragraph, the question led by
 * what the speaker says to name its turn:
 *
 *     Okay um so question one. What is the bias variance tradeoff? Um, so basically a simple model underfits …
 *     Uh next question. How does a random forest reduce variance? So it averages many decorrelated trees …
 *
 * Only that lead, opening the paragraph (after the fillers of speech, `okay`, `um`, `so`, `and`), tells a question
 * there: the sentence right after it, when it asks and ends at its question mark, is the question, and the rest of the
 * paragraph its answer. A paragraph of prose is never cut at a question mark without it, and one that ends at its
 * question is read as a line led so is (`First question: what is …?`, prompt-text.ts).
 *
 * The paragraph is cut in two: the lead and the question, marked as a speaker's that asks (`data.speaker`, as
 * speaker-labels.ts marks an interviewer's line, with no label), the lead left out of its wording as a transcript's
 * (`First question: …?`) is; and the answer.
 */
import type { Paragraph, Root, RootContent, Text } from 'mdast';
import { location } from 'vfile-location';
import { isInterrogative } from '../wording/interrogative.js';
import { QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';
import { cleanPrompt, NAMED_TURN } from '../wording/prompt-text.js';

/** The turn named, opening the paragraph, then the sentence that asks, up to its question mark (group 1). */
const SPOKEN_QUESTION = new RegExp(String.raw`^${NAMED_TURN}\s+([^.!${QUESTION_MARKS}\n]{3,300}${QUESTION_MARK})(?=\s|$)`, 'iu');

/** Cuts each top-level paragraph of `tree` (the note's `text`) that asks after a spoken lead into its question and answer. */
export function readSpokenQuestions(tree: Root, text: string): void {
  if (!/question|one|질문/i.test(text)) return;
  // The note's line index is built for the first lead found: most notes saying "one" or "question" have none.
  let place: ReturnType<typeof location> | undefined;
  const placed = () => (place ??= location(text));
  tree.children = tree.children.flatMap((block) => spokenQuestion(block, text, placed) ?? [block]);
}

function spokenQuestion(block: RootContent, text: string, placed: () => ReturnType<typeof location>): Paragraph[] | undefined {
  if (block.type !== 'paragraph' || block.data?.speaker) return undefined;
  const [first, ...rest] = block.children;
  const start = first?.position?.start.offset;
  if (first?.type !== 'text' || start === undefined || start !== block.position?.start.offset) return undefined;
  const found = SPOKEN_QUESTION.exec(first.value);
  if (!found || !isInterrogative(cleanPrompt(found[1]!))) return undefined;
  const questionEnd = found[0].length;
  // The cut is made in the source's words as remark read them: a text whose value is not the source's there is left whole.
  if (text.slice(start, start + questionEnd) !== found[0]) return undefined;
  const answerStart = questionEnd + (/^\s*/.exec(first.value.slice(questionEnd))![0].length);
  const said = first.value.slice(answerStart);
  // A paragraph that ends at its question asks as a line led so does (prompt-text.ts, SPOKEN_LEAD): nothing to cut.
  if (said === '' && rest.length === 0) return undefined;
  const place = placed();
  const point = (offset: number) => ({ ...place.toPoint(start + offset)!, offset: start + offset });
  const question: Text = { type: 'text', value: found[0], position: { start: point(0), end: point(questionEnd) } };
  const asks: Paragraph = {
    type: 'paragraph',
    children: [question],
    position: { start: point(0), end: point(questionEnd) },
    // The lead stays in the question's words as written; the prompt is worded without it (prompt-text.ts, SPOKEN_LEAD).
    data: { ...block.data, speaker: { role: 'asks', labelEnd: start } },
  };
  const answerChildren = said === '' ? rest : [{ ...first, value: said, position: { start: point(answerStart), end: first.position!.end } }, ...rest];
  return [asks, { type: 'paragraph', children: answerChildren, position: { start: answerChildren[0]!.position!.start, end: block.position!.end } }];
}
