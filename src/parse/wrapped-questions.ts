/**
 * A question labelled as one (`Q. …`, `Q1)`, `질문:`, `問：`, as isQaLine reads them) that copied text hard-wrapped
 * onto the lines under it, up to its answer's label:
 *
 *     Q. What is the difference between
 *     Bagging and boosting?
 *     A. Bagging trains in parallel; boosting trains in sequence.
 *
 * Plain text reads each short line as a block of its own (plaintext.ts), so the question stopped at its first line and
 * the rest went to its answer. Markdown reads the lines as one paragraph, which the recognisers cut before the answer's
 * label (extract/recognizers/recognizer.ts); this is the plain-text reader's part of that reading.
 */
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { lineLabel, LIST_LINE_LABEL } from '../extract/line-label.js';
import { HINT_LABEL, isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt } from '../wording/prompt-text.js';
import { QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';

/** What ends a sentence or a clause at a line's end (`?`, `。`, `:` …): a line so ended does not wrap. */
const STOPS = new RegExp(String.raw`[.!:;。！：；${QUESTION_MARKS}]$`);
/** A short label and its colon opening a line (`Hint: …`, `Note: …`, `예시: …`): a line of its own, not a question's words. */
const LABEL_COLON = /^[^\s:：][^:：]{0,20}?[:：](?:\s|$)/u;
/** A capital opening a line. */
const CAPITAL = /^\p{Lu}/u;
/** The question marks closing a line. */
const CLOSING_QUESTION_MARKS = new RegExp(`${QUESTION_MARK}+$`);

/**
 * Where the question labelled at line `start` ends when the copy wrapped it onto the lines under it: the index of its
 * answer's label line; undefined when the question is its one line. Its line stops short of a sentence's end, each
 * line under it goes on with it (no blank line between, none labelled, only the last ending a sentence), and the
 * question they make asks. Else the lines under it stay its answer's, as they were: under `Q. Explain bagging.`, under
 * a question with no answer's label below it. `lines` are the note's, blank ones included.
 */
export function wrappedQuestionEnd(lines: readonly { text: string }[], start: number): number | undefined {
  const first = lines[start]!.text.trim();
  if (!isQaLine(first) || STOPS.test(first)) return undefined;
  const wrapped: string[] = [];
  for (let at = start + 1; at < lines.length; at++) {
    const line = lines[at]!.text.trim();
    if (isAnswerLine(line)) return wrapped.length > 0 && asks(first, wrapped) ? at : undefined;
    // Only the last line before the answer's label ends the question's sentence.
    if (line === '' || (wrapped.length > 0 && STOPS.test(wrapped.at(-1)!)) || !goesOnWith(line)) return undefined;
    wrapped.push(line);
  }
  return undefined;
}

/**
 * Whether a line under a question's first line may be its words going on: not labelled as a line of its own (a
 * question's, a list's `3.` or `b)`, a hint's or a note's `Label:`), and not a question or a task of its own, which
 * a capital opens (`Why does it work?`, `Give an example.`; `Bagging and boosting?` asks only after the line above).
 */
function goesOnWith(line: string): boolean {
  if (isQaLine(line) || lineLabel(line, LIST_LINE_LABEL) || HINT_LABEL.test(line) || LABEL_COLON.test(line)) return false;
  return !(CAPITAL.test(line) && isInterrogative(line.replace(CLOSING_QUESTION_MARKS, '')));
}

/**
 * Whether the question, its lines joined, asks. A line opening with a capital may open a sentence of its own (`It
 * happens when …`, `Bagging and` over `boosting?`, which the recognisers would cut before): only the last is taken so,
 * ending the question with its question mark (`Bagging and boosting?`).
 */
function asks(first: string, wrapped: readonly string[]): boolean {
  const capitalised = wrapped.findIndex((line) => CAPITAL.test(line));
  if (capitalised !== -1 && (capitalised !== wrapped.length - 1 || !CLOSING_QUESTION_MARKS.test(wrapped[capitalised]!))) return false;
  return isInterrogative(cleanPrompt([first, ...wrapped].join(' ')));
}
