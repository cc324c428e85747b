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
 * Only a line visibly left unfinished is joined, and only to lines that end the question with its question mark: a
 * question's line that reads whole (`Explain overfitting`, `트랜스포머 구조를 설명해 주세요`, `인덱스란? (2021 기출)`)
 * keeps what is under it as it was, a tag line, a translation, an underline, a sub-question (`how would you detect
 * it?`, `어텐션은 왜 필요한가요?`), an answer's keywords (`srp ocp lsp isp dip`), for the readers that know them.
 */
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { TAG } from './tag-lines.js';
import { lineLabel, LIST_LINE_LABEL } from '../extract/line-label.js';
import { askedTranslation } from '../normalise/bilingual.js';
import { withinBrackets } from '../normalise/brackets.js';
import { DAY_DATE } from '../wording/date-shapes.js';
import { HINT_LABEL, isInterrogative, QUESTION_WORD } from '../wording/interrogative.js';
import { ANY_QUESTION_MARK, QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';
import { NOT_IN_NOUN_PHRASE } from '../wording/modal-subject.js';

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
 * Words that end a noun phrase (modal-subject.ts), but for those that may end a clause too (`How would you test it`,
 * `Why is this`, `Why does it cost more`); and the words that open a clause, a conjunction, an auxiliary or a subject
 * (QUESTION_WORD: `Explain how`, `What is`; `and`, `we`, `you`). A line's last word that is one of them leaves it unfinished.
 */
const MAY_END_A_CLAUSE = new Set('it them us me him this these those more less most least too no some all so'.split(' '));
const OPENS_A_CLAUSE = /^(?:and|or|nor|but|i|we|you|they)$/;
/**
 * Korean ends a line unfinished with a particle (`…를`, `…은`, `…에서`, `…와`, `…보다`), an adnominal (`…하는`, `…된`, `…할`)
 * or a connective ending (`…하고`, `…하면`, `…지만`, `…는데`), not with a predicate (`…주세요`, `…하시오`, `…인가`, `…설명`).
 * A one-syllable particle that also ends short nouns (`차이`, `평가`, `효과`, `정의`, `경로`, `역할`) counts only after two
 * letters of its word (`레이어가`, `CNN과`, `어텐션의`), and `가` never after the `-ㄴ`/`-는` of a question (`무엇인가`).
 */
const KOREAN_UNFINISHED =
  /(?:[를을은는에와및된될던]|에서|으로|보다|처럼|부터|까지|이나|(?:^|[^역])할|[하되]고|[하되이]며|[하되이]면|해서|하여|되어|지만|는데|[\p{L}\d]{2}(?:[이의과로]|(?<![인는은한할던])가))$/u;
/** Chinese and Japanese: a particle or a connective (`的`, `和`, `对`, `の`, `を`, `が`, `で`), but `とは` (`過学習とは`: "what is overfitting"). */
const HAN_KANA_UNFINISHED = /(?:[的和与在对把のをがとにでや]|(?<!と)は)$/u;
/** A lower-case Latin letter opening a line. */
const LATIN_LOWER_CASE = /^(?=\p{Script=Latin})\p{Ll}/u;

/**
 * Where the question labelled at line `start` ends when the copy wrapped it onto the lines under it: the index of its
 * answer's label line; undefined when the question is its one line. Its line asks nothing yet (no question mark) and is
 * left unfinished, each line under it goes on with it (no blank line between, none labelled nor a line of its own),
 * and the last ends the question with its question mark. Else the lines under it stay its answer's, as they were:
 * under `Q. Explain bagging.`, under a question with no answer's label below it. `lines` are the note's, blank ones included.
 */
export function wrappedQuestionEnd(lines: readonly { text: string }[], start: number): number | undefined {
  const first = lines[start]!.text.trim();
  if (!isQaLine(first) || ANY_QUESTION_MARK.test(first) || STOPS.test(first)) return undefined;
  const wrapped: string[] = [];
  for (let at = start + 1; at < lines.length; at++) {
    const line = lines[at]!.text.trim();
    if (isAnswerLine(line)) return wrapped.length > 0 && joins(first, wrapped) ? at : undefined;
    // Only the last line before the answer's label ends the question's sentence.
    if (line === '' || (wrapped.length > 0 && STOPS.test(wrapped.at(-1)!)) || !goesOnWith(line, first)) return undefined;
    wrapped.push(line);
  }
  return undefined;
}

/**
 * Whether a line under a question's first line may be its words going on: not labelled as a line of its own (a
 * question's, a list's `3.` or `b)`, a hint's or a note's `Label:`), nor a line of its own (OWN_LINE; an underline or
 * any line without a letter; the question's translation, as translation-line.ts reads one), and not a question or a
 * task of its own, which a capital opens (`Why does it work?`, `Give an example.`; `Bagging and boosting?` asks only
 * after the line above).
 */
function goesOnWith(line: string, first: string): boolean {
  if (isQaLine(line) || lineLabel(line, LIST_LINE_LABEL) || HINT_LABEL.test(line) || LABEL_COLON.test(line)) return false;
  if (OWN_LINE.test(line) || !/\p{L}/u.test(line) || askedTranslation(first, withinBrackets(line) ?? line)) return false;
  return !(CAPITAL.test(line) && isInterrogative(line.replace(CLOSING_QUESTION_MARKS, '')));
}

/**
 * Whether the lines under the question's first line make one question with it: the first is left unfinished (its
 * last word one that ends no clause, or a Korean, Chinese or Japanese particle or connective), or, in Latin script,
 * the next line goes on in lower case without asking on its own (`Q: Why do we use` over `dropout in training?`,
 * not `explain overfitting` over `how would you detect it?` nor `give an example?`: a question word, an auxiliary, a
 * modal or a task's verb opens it); the last line ends the question with its
 * question mark, and only it may open with a capital (`Bagging and` over `boosting?` may be a sentence of its own).
 */
function joins(first: string, wrapped: readonly string[]): boolean {
  const next = wrapped[0]!;
  const asksAlone = QUESTION_WORD.test(next) || isInterrogative(next.replace(CLOSING_QUESTION_MARKS, ''));
  const goesOn = leftUnfinished(first) || (LATIN_LOWER_CASE.test(next) && !asksAlone);
  return goesOn && CLOSING_QUESTION_MARKS.test(wrapped.at(-1)!) && !wrapped.slice(0, -1).some((line) => CAPITAL.test(line));
}

/**
 * Whether a question's line stops mid-clause: on a comma (`In a random forest,`) or a word that ends no clause (`… the
 * difference between`, `Why do we`, `배치 정규화를 사용하는`, `過学習を防ぐための`).
 */
function leftUnfinished(line: string): boolean {
  const last = line.split(/\s+/).at(-1)!;
  const word = last.toLowerCase();
  return (
    /[,，、]$/.test(last) ||
    (NOT_IN_NOUN_PHRASE.has(word) && !MAY_END_A_CLAUSE.has(word)) ||
    QUESTION_WORD.test(word) ||
    OPENS_A_CLAUSE.test(word) ||
    KOREAN_UNFINISHED.test(last) ||
    HAN_KANA_UNFINISHED.test(last)
  );
}
