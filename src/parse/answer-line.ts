/**
 * The head of a line that says "here is the answer": `A:`, `Answer.`, `Correct answer:`, `Standard
 * Answer:`, `Ans -`, `답:`, `정답은`, `답변 3:`, a worked problem's `풀이)` and `해설:`, and in Chinese and Japanese notes `答：`, `答案：`, `满分答案：`, `解答：`. One
 * vocabulary, read two ways (`AnswerLineReading`):
 * - `ANSWER_PREFIX`, before an answer's own text (answer-blocks.ts strips it; the recognisers and
 *   block-roles.ts take a line with it for an answer, never a question or a section title). Its
 *   punctuation is needed (`Answer the question…` and `A model…` are text), a dash before a space
 *   may stand for it (`A - …` under `Q - …`, as Evernote's notes write them), and it may carry its
 *   question's number (`A1.`, `A2)`, `답변 3:`); a capital `A` may end in `.` or `)` (`Q. … A. …`),
 *   and the label may stand in square brackets (`[A]`, `[답변]`);
 * - `OPTION_ANSWER_PREFIX`, before the labels of the options it names (`Answer: c`, `정답 ③`,
 *   `Ans - (B)`, choices.ts). The label follows, so the punctuation may be left out or be a dash;
 *   no number, as `Answer 2` names option 2; a capital `A` only with a colon, as `A)` and `A.`
 *   letter an option.
 * In both a lower-case `a` is a label only with a colon: `a.` and `a)` letter a sub-question or an
 * option ("a. Why is it called logistic?").
 *
 * It lives in the parse stage, beside `QA_LINE` (runaway-blocks.ts), as the parse stage reads answer
 * lines too (an interview transcript's answering speaker is never `A:`, speaker-labels.ts).
 */
import type { Paragraph } from 'mdast';
import { POINTING_ARROW } from '../wording/marks.js';
import { KANA } from '../wording/scripts.js';

export interface AnswerLineReading {
  /** Whether the head may carry its question's number (`A1.`). */
  numbered: boolean;
  /** What may follow the word, as a character class. */
  punctuation: string;
  /** Whether the word may stand without its punctuation. */
  punctuationOptional: boolean;
  /** What may follow a capital `A`, as a character class. */
  afterA: string;
  /**
   * Whether a label may be an Obsidian Dataview field (`A:: …`, its colon doubled) and a line may be a definition
   * list's (`: …` under its term, as Markdown Extra and Pandoc write it).
   */
  fields: boolean;
  /** Whether the label may stand in square brackets (`[A]`, `[답]`, `【答案】`), as a study sheet sets `[Q]` and `[A]` before its lines. */
  bracketed: boolean;
  /** Whether a dash before a space may stand for the punctuation (`A - …`), as Evernote's notes write `Q - …` over it. */
  dashed: boolean;
}

/** `caseless('ans')` → `[Aa][Nn][Ss]`: the words are read in any case, the lone `a` is not. */
function caseless(word: string): string {
  return word.replace(/[a-z]/g, (letter) => `[${letter.toUpperCase()}${letter}]`);
}

/** The words that say "here is the answer", in any case, as a pattern's source: what the readings below and a label elsewhere (a bold `**답변**`, an `answer:` after the question on its line) are made of. */
export const ANSWER_WORDS = `(?:${['correct answer', 'standard answer', 'model answer', 'sample answer', 'common answer', 'typical answer', 'ideal answer', 'expected answer', 'answer', 'ans'].map(caseless).join('|')}|(?:정답|답변|답|풀이|해설|해답)(?:은|는)?|参考答案|满分答案|标准答案|答案|回答|解答|答え|正解|答)`;
/**
 * An answer label's words and number, without its punctuation (`A`, `Answer 2`, `답변`): alone in bold, with its
 * punctuation (recognizer.ts) or without (bold-labels.ts). A capital `A` only: a bold `**a**` opens a sentence.
 */
export const ANSWER_LABEL = String.raw`(?:A|${ANSWER_WORDS})\s*\d{0,3}`;
const COLON = '[:：]';
/** A name of Latin letters and digits, whole: not the head of CJK text (`L1は`). */
const GLUED_NAME = String.raw`[A-Za-z_][A-Za-z0-9_]*(?![A-Za-z0-9_${KANA}\u3400-\u9fff\uac00-\ud7af\uff00-\uffef])`;

function answerLine(reading: AnswerLineReading): RegExp {
  const number = reading.numbered ? String.raw`\s*\d{0,3}` : '';
  // A dash stands for the punctuation only before a word (`A - Its derivative is 1`, `A - 정규화는`): `A - B 의 평균 차이`,
  // `A - λI must be singular` are the answer's own formula.
  const dash = reading.dashed ? String.raw`|[-–](?=\s+(?:[A-Za-z][a-z]|[가-힣]|[${KANA}\u4e00-\u9fff]))` : '';
  const word = `${ANSWER_WORDS}${number}\\s*(?:${reading.punctuation}${dash})${reading.punctuationOptional ? '?' : ''}`;
  // `【解析】`, a quiz's worked explanation, is its answer only so set apart: `解析：` opens a line of any text.
  const bracketed = reading.bracketed ? String.raw`|[[【](?:A|${ANSWER_WORDS}|解析)${number}[\]】]` : '';
  // A full stop glued to a name after it is code's, not a label's (`A.T @ A`, `ans.append(x)`); glued to CJK text it is
  // a label still, as full-width notes write it (`Ａ．L1は重みを…`, no space after a full-width stop).
  const label = `(?:${word}|A${number}\\s*(?:${reading.afterA}${dash})|a\\s*${COLON}${bracketed})(?!(?<=\\.)${GLUED_NAME})`;
  return new RegExp(reading.fields ? String.raw`^\s*(?:${label}:?|:(?=[ \t]))\s*` : String.raw`^\s*${label}\s*`);
}

/** `A:`, `Answer.`, `A1.`, `답변 3:`, `[A]` before an answer's text: it says "here is the answer", and is not part of it. */
export const ANSWER_PREFIX = answerLine({ numbered: true, punctuation: '[:：.)]', punctuationOptional: false, afterA: '[:：.)]', fields: true, bracketed: true, dashed: true });

/**
 * An arrow leading an answer's line (`→ 배깅한 결정 트리의 앙상블.`, `-> O(n log n)`): notes point from a question to its
 * answer so, and the arrow is not part of it. Only taken off an answer's first line: unlike a label, it does not
 * make a line an answer (`→ 그럼 왜?` may be a follow-up).
 */
export const ANSWER_ARROW = new RegExp(String.raw`^\s*${POINTING_ARROW}[ \t]+(?=\S)`, 'u');

/**
 * The arrow that points from a question to its answer (`→ …`, `A: → …`), off the answer's head. Not part
 * of taking off a label (answer-blocks.ts), which also tells whether a bullet or a quote is labelled: an arrow labels
 * nothing (`- → see the chapter on ensembles` stays a bullet).
 */
export function withoutAnswerArrow(paragraph: Paragraph): Paragraph {
  const [head, ...rest] = paragraph.children;
  const arrow = head?.type === 'text' ? ANSWER_ARROW.exec(head.value) : null;
  if (head?.type !== 'text' || !arrow) return paragraph;
  const value = head.value.slice(arrow[0].length);
  return { ...paragraph, children: value ? [{ ...head, value }, ...rest] : rest };
}

/** `Answer: c`, `**Answer:** c) Tanh`, `정답 ③`, `Ans - (B)`, `A: b`: a line that names the right option, up to its labels. */
export const OPTION_ANSWER_PREFIX = answerLine({ numbered: false, punctuation: String.raw`[:：.)\-–]`, punctuationOptional: true, afterA: COLON, fields: false, bracketed: false, dashed: false });
