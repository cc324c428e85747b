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
 * list, a guess): a question's line is joined only when it is left unfinished in one of two ways, each asking its
 * own evidence of the lines under it (LEFT_UNFINISHED), no line under it looks like code or an address, and the last
 * ends the question with its question mark:
 * - its last word cannot end a question (an article, a conjunction, `between`, a Korean adnominal `…하는`, `…막는` or
 *   an object's `…를`, `…을`, `を`, `ための`), and no line under it asks on its own (a question word or an auxiliary opens it);
 * - Korean, it ends on a subject's or an object's particle (`그래디언트 소실이`, `과적합을`), which waits for its
 *   predicate: the last line asks with one (`…나요?`, `…인가요?`), and the line under it may open with its question word
 *   (`왜 생기나요?`); under a subject's, a title that asks without a predicate (`발생하는 원인은?`) joins nothing;
 * English asked up to its verb (`Why do we use` over `dropout in training?`) joins nothing: a third review (s67a2) found
 * the line under such a verb is as often the answer guessed (`Why do we normalize` over `faster convergence?`, `How do you
 * handle` over `use class weights?`), which no test of the words tells from the verb's object.
 * A stranded preposition, an auxiliary, a pronoun, a Korean `…은`/`…과`/`…할`, a noun ending as a particle does
 * (`차이`, `가을`), `目的`, `は` may end a whole question and join nothing.
 * Elsewhere the lines under it stay as they were: a tag line, a translation, an underline, a sub-question flagged in
 * the answer, the answer's own words, for the readers that know them.
 */
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { TAG } from './tag-lines.js';
import { lineLabel, LIST_LINE_LABEL } from '../extract/line-label.js';
import { askedTranslation } from '../normalise/bilingual.js';
import { withinBrackets } from '../normalise/brackets.js';
import { DAY_DATE } from '../wording/date-shapes.js';
import { hangulFinal, HINT_LABEL, isInterrogative, QUESTION_WORD } from '../wording/interrogative.js';
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
 * adnominal verb form `…하는`, `…되는`, `…시키는` (and any after a final consonant, endsOnAdnominal; an object's `…를`
 * or `…을`, endsOnObjectParticle) or `에서`, `에 대한`, `및`, `에게` (not `은`/`는`/`과`/`할`, which end nouns and
 * short questions: `본인의 장점은`, `부수효과`, `수평 분할`); Chinese and Japanese `を`, `和`, `与`, `及`, `ための` (not
 * `的`, which ends `目的`, nor `は`).
 */
const UNFINISHED =
  /(?:(?:^|\s)(?:the|a|an|each|every|your|our|their|its|and|or|but|than|nor|between|versus|vs\.?|such as)|(?:하|되|시키)는|에서|에 대한|에 대해|및|에게|ための|[を和与及])$/u;
/**
 * A Korean predicate that asks, and its question mark, closing a line (`…생기나요?`, `…무엇인가요?`, `…될까?`,
 * `…하는가?`, `…하는지?`, `…습니까?`, `…뭐죠?`, `…하냐?`), where a title's noun (`…원인은?`) asks without one.
 */
const KOREAN_ASKING_PREDICATE = new RegExp(String.raw`(?:나요|[가까]요|[는은인한던할된][가지]|까|죠|냐)${QUESTION_MARK}+$`);
/** A line that asks on its own, a question word or an auxiliary opening it (`what …`, `Any blockers?`, `왜 …`, `なぜ …`). */
const ASKS_ALONE = /^(?:anything\b|왜(?!\p{L})|무엇|뭐|어떻게|어떤|어느|언제|누가|누구|무슨|얼마나|如何|为什么|什么|なぜ|どう|どんな|何)/iu;
/** Code or an address, an answer's words: a bracket, `=`, `::`, `_` in a word, a `.` between letters (`np.mean`, `huggingface.co`). */
const CODE_LIKE = /[()[\]=]|[\p{L}\d]_[\p{L}\d]|::|\p{L}\.\p{L}/u;

/**
 * Whether a Korean line ends on a verb's adnominal `-는` after a final consonant (`막는`, `찾는`, `있는`, `않는`), which a
 * noun must follow. The topic's particle is `은` after a final consonant, so there `는` is no topic's; after a vowel it
 * may be (`지원 동기는`, a whole question), so `…줄이는` or `…나누는` is left unfinished only as UNFINISHED lists it.
 */
function endsOnAdnominal(line: string): boolean {
  return line.endsWith('는') && (hangulFinal(line.at(-2) ?? '') ?? 0) > 0;
}

/**
 * The nouns an adjective or a verb makes with `-이` (`길이`, `깊이`, `높이`, `넓이`, `풀이`, `먹이`, `놀이`, `벌이`), which
 * end a compound as often as a word (`네트워크깊이`, `문제풀이`): their `이` agrees as a particle's would.
 */
const NOUN_IN_I = /(?:길|깊|높|넓|풀|먹|놀|벌)이$/u;

/**
 * The subject's or the object's particle a Korean line ends on (`소실이`, `데이터가`, `과적합을`, `ReLU가`, `…를`), which
 * waits for its predicate; undefined for none. Nouns end in these syllables too (`차이`, `길이`, `높이`, `가을`, `휴가`,
 * `평가`), so `이`, `가` or `을` counts only where it agrees with the syllable before it as the particle does (`이` and
 * `을` after a final consonant, `가` after none; any after a Latin word or a number) and two letters of its word go
 * before it, as two-syllable nouns end so.
 */
function caseParticleAtEnd(line: string): string | undefined {
  if (line.endsWith('를')) return '를';
  const particle = /[\p{L}\d]{2}([이가을])$/u.exec(line)?.[1];
  if (particle === undefined || NOUN_IN_I.test(line)) return undefined;
  const final = hangulFinal(line.at(-2)!);
  return final === undefined || (particle === '가') === (final === 0) ? particle : undefined;
}

/**
 * Whether a Korean line ends on an object's particle (caseParticleAtEnd), which its verb must follow. A subject's `이` or
 * `가` asks more of the lines under it (LEFT_UNFINISHED): the agreement leaves nouns that end so (`고양이`, `투자가`).
 */
function endsOnObjectParticle(line: string): boolean {
  const particle = caseParticleAtEnd(line);
  return particle === '을' || particle === '를';
}

/** A line that asks on its own: an English question word or auxiliary opens it (`what …`, `any …`), or another's (ASKS_ALONE). */
const asksAlone = (line: string) => QUESTION_WORD.test(line) || ASKS_ALONE.test(line);
/** Whether the last of a question's wrapped lines ends it with its question mark. */
const endsAsking = (wrapped: readonly string[]) => CLOSING_QUESTION_MARKS.test(wrapped.at(-1)!);

/**
 * Whether a question's line ends on a word no question ends on (UNFINISHED, a Korean adnominal verb or object particle):
 * its sentence goes on under it (`Explain the difference between` over `Random Forest and Gradient Boosting.`).
 */
export function endsOnUnfinishingWord(line: string): boolean {
  return UNFINISHED.test(line) || endsOnAdnominal(line) || endsOnObjectParticle(line);
}

/**
 * The ways a question's line is left unfinished (`leaves`, the line with its label), each with what the lines under
 * it, up to its answer's label, must be to end it (`endedBy`): the more a line's last word may also end a whole
 * question, the more evidence the lines under it give.
 */
const LEFT_UNFINISHED: readonly { leaves: (first: string) => boolean; endedBy: (wrapped: readonly string[]) => boolean }[] = [
  // On a word no question ends on: lines that go on with it and ask nothing on their own, the last asking.
  {
    leaves: endsOnUnfinishingWord,
    endedBy: (wrapped) => !wrapped.some(asksAlone) && endsAsking(wrapped),
  },
  // On a Korean subject's or object's particle: its predicate's question word may open the line under it (`왜
  // 생기나요?`), no later one, and the last asks with the predicate, where a title (`발생하는 원인은?`) may ask on its own.
  {
    leaves: (first) => caseParticleAtEnd(first) !== undefined,
    endedBy: (wrapped) => !QUESTION_WORD.test(wrapped[0]!) && !wrapped.slice(1).some(asksAlone) && KOREAN_ASKING_PREDICATE.test(wrapped.at(-1)!),
  },
];

/**
 * Where the question labelled at line `start` ends when the copy wrapped it onto the lines under it: the index of its
 * answer's label line; undefined when the question is its one line. Its line asks nothing yet (no question mark), ends
 * no sentence and is left unfinished (LEFT_UNFINISHED); each line under it goes on with it (no blank line between, none
 * labelled, a line of its own or code), only the last ends a sentence or opens with a capital, and they end the
 * question as its line wants. Else the lines under it stay its answer's, as they were: under `Q. Explain bagging.`,
 * under a question with no answer's label below it. `lines` are the note's, blank ones included.
 */
export function wrappedQuestionEnd(lines: readonly { text: string }[], start: number): number | undefined {
  const first = lines[start]!.text.trim();
  if (!isQaLine(first) || ANY_QUESTION_MARK.test(first) || STOPS.test(first.replace(/\bvs\.$/, 'vs'))) return undefined;
  const ways = LEFT_UNFINISHED.filter((way) => way.leaves(first));
  if (ways.length === 0) return undefined;
  const wrapped: string[] = [];
  for (let at = start + 1; at < lines.length; at++) {
    const line = lines[at]!.text.trim();
    if (isAnswerLine(line)) return wrapped.length > 0 && ways.some((way) => way.endedBy(wrapped)) ? at : undefined;
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
 * of its own opened with a capital (`Why does it work?`, `Give an example?`), nor code or an address (`np.mean(x)?`).
 * Whether one that opens with a question word asks on its own depends on how the question's line was left (LEFT_UNFINISHED).
 */
function goesOnWith(line: string, first: string): boolean {
  if (isQaLine(line) || lineLabel(line, LIST_LINE_LABEL) || HINT_LABEL.test(line) || LABEL_COLON.test(line)) return false;
  if (OWN_LINE.test(line) || !/\p{L}/u.test(line) || askedTranslation(first, withinBrackets(line) ?? line)) return false;
  if (CODE_LIKE.test(line)) return false;
  return !(CAPITAL.test(line) && isInterrogative(line.replace(CLOSING_QUESTION_MARKS, '')));
}
