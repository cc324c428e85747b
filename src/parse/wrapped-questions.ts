/**
 * A question labelled as one (`Q. …`, `Q1)`, `질문:`, `問：`, as isQaLine reads them) that copied text hard-wrapped
 * onto the lines under it, up to its answer's label:
 *
 *     Q. What is the difference between
 *     bagging and boosting?
 *     A. Bagging trains in parallel; boosting trains in sequence.
 *
 * Plain text reads each short line as a block of its own (plaintext.ts), so the question stopped at its first line and
 * the rest went to its answer. Markdown reads the lines as one paragraph, which the recognisers cut before the answer's
 * label (extract/recognizers/recognizer.ts); this is the plain-text reader's part of that reading.
 *
 * The rule is strict, as two reviews of its first readings (s66a, both) found a looser one merged questions that stand
 * apart (`What are you most proud of` over `what would you change?`, `본인의 장점은` over `단점은 무엇인가요?`, `志望動機は`
 * over `なぜ弊社なのですか？`) and pulled an answer's words into the prompt (`np.mean(x)?`, `huggingface.co/…?`, a comma
 * list, a guess): a question's line is joined only when its last word cannot end a question (an article, a conjunction,
 * `between`, a Korean adnominal `…하는` or `를`, `を`), no line under it asks on its own (a question word or an auxiliary
 * opens it) nor looks like code or an address, and the last ends the question with its question mark. A stranded
 * preposition, an auxiliary, a pronoun, a Korean `…은`/`…과`/`…할`, `目的`, `は` may end a whole question and join nothing.
 * Elsewhere the lines under it stay as they were: a tag line, a translation, an underline, a sub-question flagged in
 * the answer, the answer's own words, for the readers that know them.
 */
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { TAG } from './tag-lines.js';
import { lineLabel, LIST_LINE_LABEL } from '../extract/line-label.js';
import { askedTranslation } from '../normalise/bilingual.js';
import { withinBrackets } from '../normalise/brackets.js';
import { DAY_DATE } from '../wording/date-shapes.js';
import { HINT_LABEL, isInterrogative, QUESTION_WORD } from '../wording/interrogative.js';
import { ANY_QUESTION_MARK, QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';

/** What ends a sentence or a clause at a line's end (`?`, `。`, `:` …): a line so ended does not wrap. */
const STOPS = new RegExp(String.raw`[.!:;。！：；${QUESTION_MARKS}]$`);
/** A short label and its colon opening a line (`Hint: …`, `Note: …`, `예시: …`): a line of its own, not a question's words. */
const LABEL_COLON = /^[^\s:：][^:：]{0,20}?[:：](?:\s|$)/u;
/** A capital opening a line. */
const CAPITAL = /^\p{Lu}/u;
/** The question marks closing a line. */
const CLOSING_QUESTION_MARKS = new RegExp(`${QUESTION_MARK}+$`);
/**
 * What opens a line that is none of a question's words: a tag (`#ml #stats`), a bracket (`(EN) …`, `[KO] …`, `(follow-up)
 * …`), a date (`2023-05-01`), a link.
 */
const OWN_LINE = new RegExp(String.raw`^(?:${TAG}|[(（[【]|(?:${DAY_DATE})|https?://|www\.)`, 'iu');

/**
 * The words a question cannot end on, which leave its line unfinished: an English article, determiner or conjunction,
 * `between`, `versus`, `such as` (not a preposition, which a question may strand: `Who do you report to`); a Korean
 * adnominal verb form or `를`, `에서`, `에 대한`, `및`, `에게` (not `은`/`는`/`과`/`할`, which end nouns and short questions:
 * `본인의 장점은`, `부수효과`, `수평 분할`); Chinese and Japanese `を`, `和`, `与`, `及` (not `的`, which ends `目的`, nor `は`).
 */
const UNFINISHED =
  /(?:(?:^|\s)(?:the|a|an|each|every|your|our|their|its|and|or|but|than|nor|between|versus|vs\.?|such as)|(?:하|되|있|없|않|시키)는|를|에서|에 대한|에 대해|및|에게|[を和与及])$/u;
/** A line that asks on its own, a question word or an auxiliary opening it (`what …`, `Any blockers?`, `왜 …`, `なぜ …`). */
const ASKS_ALONE = /^(?:anything\b|왜(?!\p{L})|무엇|뭐|어떻게|어떤|어느|언제|누가|누구|무슨|얼마나|如何|为什么|什么|なぜ|どう|どんな|何)/iu;
/** Code or an address, an answer's words: a bracket, `=`, `::`, `_` in a word, a `.` between letters (`np.mean`, `huggingface.co`). */
const CODE_LIKE = /[()[\]=]|[\p{L}\d]_[\p{L}\d]|::|\p{L}\.\p{L}/u;

/**
 * Where the question labelled at line `start` ends when the copy wrapped it onto the lines under it: the index of its
 * answer's label line; undefined when the question is its one line. Its line asks nothing yet (no question mark), ends
 * no sentence and ends on a word no question ends on (UNFINISHED); each line under it goes on with it (no blank line
 * between, none labelled, a line of its own, asking on its own or code), only the last ends a sentence or opens with a
 * capital, and it ends the question with its question mark. Else the lines under it stay its answer's, as they were:
 * under `Q. Explain bagging.`, under a question with no answer's label below it. `lines` are the note's, blank ones
 * included.
 */
export function wrappedQuestionEnd(lines: readonly { text: string }[], start: number): number | undefined {
  const first = lines[start]!.text.trim();
  if (!isQaLine(first) || ANY_QUESTION_MARK.test(first) || STOPS.test(first.replace(/\bvs\.$/, 'vs')) || !UNFINISHED.test(first)) return undefined;
  const wrapped: string[] = [];
  for (let at = start + 1; at < lines.length; at++) {
    const line = lines[at]!.text.trim();
    if (isAnswerLine(line)) return wrapped.length > 0 && CLOSING_QUESTION_MARKS.test(wrapped.at(-1)!) ? at : undefined;
    // Only the last line before the answer's label ends the question's sentence, or opens with a capital (`Bagging and`
    // over `boosting?` may be a sentence of its own, which the recognisers part as such).
    const previous = wrapped.at(-1);
    if (line === '' || (previous !== undefined && (STOPS.test(previous) || CAPITAL.test(previous))) || !goesOnWith(line, first)) return undefined;
    wrapped.push(line);
  }
  return undefined;
}

/**
 * Whether a line under a question's first line may be its words going on: not labelled as a line of its own (a
 * question's, a list's `3.` or `b)`, a hint's or a note's `Label:`), nor a line of its own (OWN_LINE; an underline or
 * any line without a letter; the question's translation, as translation-line.ts reads one), nor a question or a task
 * of its own (`why?`, `Any blockers?`, `왜 필요한가요?`, `Give an example?`), nor code or an address (`np.mean(x)?`).
 */
function goesOnWith(line: string, first: string): boolean {
  if (isQaLine(line) || lineLabel(line, LIST_LINE_LABEL) || HINT_LABEL.test(line) || LABEL_COLON.test(line)) return false;
  if (OWN_LINE.test(line) || !/\p{L}/u.test(line) || askedTranslation(first, withinBrackets(line) ?? line)) return false;
  if (QUESTION_WORD.test(line) || ASKS_ALONE.test(line) || CODE_LIKE.test(line)) return false;
  return !(CAPITAL.test(line) && isInterrogative(line.replace(CLOSING_QUESTION_MARKS, '')));
}
