/**
 * A Google Forms quiz's result as the respondent copies it: the total score over the questions (`총점` over `7/10`),
 * each question ending in the form's mark of a required one (`… 기본값은? *`) over the points it scored (`1/1`) and its
 * options, a line each, then its feedback (`피드백` / `Feedback` over the text) or, where the respondent missed it, the
 * correct answer (`정답` / `Correct answer` over it); the respondent's email, and the form's footer. Read as written, no
 * line asked (each ends in ` *`). The mark, the score, the labels and the footer are the form's; the email is the
 * respondent's. Where the form gives the correct answer, it answers, and the options (the respondent's miss among
 * them) are left out.
 */
import type { RootContent } from 'mdast';
import { firstIndexAtOrAfter } from './ordered-search.js';

/** The form's mark of a required question, closing its line: ` *`. */
const REQUIRED_MARK = /(?<![ \t])[ \t]+\*[ \t]*$/;
/** The points a question scored, or the total, alone on a line: `1/1`, `7/10`, `0.5 / 1`. */
const SCORE = /^\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?$/;
/** The total score's label, over it or before it on its line. */
const TOTAL = /^(?:총점|total points|点数|合計点)(?:\s+\d+(?:\.\d+)?\s*\/\s*\d+(?:\.\d+)?)?$/i;
/** The email field a quiz asks first, required, and the respondent's address under it. */
const EMAIL_FIELD = /^(?:이메일|email|e-mail|メールアドレス|电子邮件)(?:\s*주소)?\s*\*$/i;
const EMAIL = /^\S+@\S+\.\S+$/;
/** The labels over a question's feedback and over its correct answer. */
const FEEDBACK_LABEL = /^(?:피드백|feedback|フィードバック|反馈)$/i;
const ANSWER_LABEL = /^(?:정답|correct answers?|正解|正确答案)$/i;
/** The form's footer. */
const FOOTER: RegExp[] = [
  /^google (?:forms|설문지)$/i,
  /^이 (?:양식|설문지)은 .{0,40}에서 (?:생성|만들어)되었습니다\.?$/,
  /^this form was created (?:inside|outside) of .{1,80}\.?$/i,
  /^this content is neither created nor endorsed by google\.?$/i,
  /^이 콘텐츠는 google이 만들거나 승인하지 않았습니다\.?$/i,
  /^(?:report abuse|악용사례 신고)\s*[-–·]\s*.*$/i,
];

export interface GoogleFormsQuizLines {
  /** The form's lines and the respondent's email (indices into the note's lines). */
  chrome: number[];
  /** The lines of questions that end in the form's required mark. */
  required: number[];
  /** The options of a question the form gives the correct answer of. */
  options: number[];
}

/** What of a copied Google Forms quiz result is the form's (indices into `trimmed`, the note's lines trimmed); nothing in a note that is no such copy. */
export function googleFormsQuizLines(trimmed: readonly string[]): GoogleFormsQuizLines {
  const next = (index: number): number => {
    for (let at = index + 1; at < trimmed.length; at++) if (trimmed[at] !== '') return at;
    return -1;
  };
  // Two questions at least, each with its required mark over its score: one `… *` over `1/1` may be a note's own.
  const scored = trimmed.flatMap((line, index) => (REQUIRED_MARK.test(line) && !EMAIL_FIELD.test(line) && SCORE.test(trimmed[next(index)] ?? '') ? [index] : []));
  if (scored.length < 2) return { chrome: [], required: [], options: [] };
  const chrome = new Set<number>();
  const options: number[] = [];
  trimmed.forEach((line, index) => {
    if (TOTAL.test(line) || FEEDBACK_LABEL.test(line) || ANSWER_LABEL.test(line) || FOOTER.some((pattern) => pattern.test(line))) chrome.add(index);
    if (TOTAL.test(line) && SCORE.test(trimmed[next(index)] ?? '')) chrome.add(next(index));
    if (EMAIL_FIELD.test(line)) chrome.add(index);
    if (EMAIL_FIELD.test(line) && EMAIL.test(trimmed[next(index)] ?? '')) chrome.add(next(index));
  });
  scored.forEach((question, at) => {
    const score = next(question);
    chrome.add(score);
    // The options run from under the score to the correct answer's label, where the form gives one.
    // Looked for in the question's own lines only: a search of all the lines for each question was quadratic.
    const end = scored[at + 1] ?? trimmed.length;
    const own = trimmed.slice(score + 1, end);
    if (!own.some((line) => ANSWER_LABEL.test(line))) return;
    const label = score + 1 + own.findIndex((line) => ANSWER_LABEL.test(line) || FEEDBACK_LABEL.test(line));
    for (let index = score + 1; index < label; index++) if (trimmed[index] !== '' && !chrome.has(index)) options.push(index);
  });
  return { chrome: [...chrome].sort((a, b) => a - b), required: scored, options };
}

/**
 * Marks, in `blocks` (a copied text's, in order), the last block under each of the form's questions (`required`, indices
 * into the lines) as where its answer ends (`cardBack`): the next question starts under it, and a short option ending
 * the answer (`전체 데이터셋의 평균과 분산` over `ReLU의 미분값을 쓰시오. *`) read as the next question's topic.
 */
export function endFormAnswers(blocks: readonly RootContent[], required: readonly number[]): void {
  // The blocks are in order, their lines too: the last one under a question is the one before the first that ends at
  // the next question or below, found by halving, not by searching them all for each question (quadratic).
  const placed = blocks.filter((block) => block.position);
  required.forEach((question, at) => {
    const [first, next] = [question + 1, (required[at + 1] ?? Infinity) + 1];
    const last = placed[firstIndexAtOrAfter(placed, next, (block) => block.position!.end.line) - 1];
    if (last?.type === 'paragraph' && last.position!.start.line > first) last.data = { ...last.data, cardBack: true };
  });
}

/** `line` without the form's required mark at its end. */
export function withoutRequiredMark(line: string): string {
  return line.replace(REQUIRED_MARK, '');
}
