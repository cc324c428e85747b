/**
 * A copy of an 인프런 (Inflearn) community Q&A page: the question's title, its stats (`작성일 2024.04.08`, `조회수 312`,
 * `해결된 질문`), the asker's body, the course's tags over the count of answers (`답변 2`), then each answer under who
 * wrote it (`공유자`, the course's instructor; `질문자`, the asker) and its date, `좋아요 4` under it. The stats, tags,
 * counts, roles and dates are the page's chrome; the asker's body and their reply under `질문자` their words, no
 * question or answer of the notes (the title asks): both are left out. Read only in a note with two kinds of the
 * page's marks (isCopyOf).
 */
import { isCopyOf } from './copied-page.js';
import type { QnaPageLines } from './naver-kin.js';
import { NUMERIC_DATE } from '../wording/date-shapes.js';

/** The question's state, under which the asker's body follows. */
const QUESTION_STATE = /^(?:해결된|미해결) 질문$/;
/** The count of answers, under the tags: the answers follow. */
const ANSWER_COUNT = /^답변\s*[\d,]+$/;
/** Who wrote an answer: the course's instructor (`공유자`, `지식공유자`) or the asker (`질문자`), whose reply is their words. */
const WRITER = /^(?:지식)?공유자$|^질문자$/;

/** Lines only an 인프런 Q&A page shows, two kinds of which make a note its copy. */
const INFLEARN_MARKS: RegExp[] = [
  /^인프런 커뮤니티 질문\s?&\s?답변$/,
  new RegExp(String.raw`^작성일\s+${NUMERIC_DATE}$`),
  /^조회수\s*[\d,]+$/,
  QUESTION_STATE,
  ANSWER_COUNT,
  WRITER,
  /^작성자 없음$/,
];
/** A date alone, as the page sets it under an answer's writer: chrome in its copy only. */
const DATE = new RegExp(String.raw`^${NUMERIC_DATE}$`);
/** Longer, a line over the count of answers is no tag of the course's. */
const LONGEST_TAG = 30;

/** The chrome and the asker's words of the 인프런 Q&A page `trimmed` (the note's lines, trimmed) is a copy of; none in another note. */
export function inflearnQnaPage(trimmed: readonly string[]): QnaPageLines {
  const page: QnaPageLines = { chrome: [], askerWords: [] };
  if (!isCopyOf(trimmed, INFLEARN_MARKS)) return page;
  const tags = courseTags(trimmed);
  /** What the lines read are: the asker's body (after the question's state), or their reply (under `질문자`). */
  let reading: 'body' | 'reply' | undefined;
  trimmed.forEach((line, index) => {
    if (line === '') {
      // The asker's reply is a paragraph: the page's `좋아요 0` follows it.
      if (reading === 'reply') reading = undefined;
      return;
    }
    if (INFLEARN_MARKS.some((pattern) => pattern.test(line)) || DATE.test(line) || tags.has(index)) {
      page.chrome.push(index);
      if (QUESTION_STATE.test(line)) reading = 'body';
      else if (WRITER.test(line)) reading = line === '질문자' ? 'reply' : undefined;
      else if (ANSWER_COUNT.test(line) || tags.has(index)) reading = undefined;
      return;
    }
    if (reading !== undefined) page.askerWords.push(index);
  });
  return page;
}

/** The course's tags: the short lines right over the count of answers, no blank line between (`딥러닝`, `transformer`). */
function courseTags(trimmed: readonly string[]): Set<number> {
  const tags = new Set<number>();
  trimmed.forEach((line, index) => {
    if (!ANSWER_COUNT.test(line)) return;
    for (let at = index - 1; at >= 0 && trimmed[at] !== '' && trimmed[at]!.length <= LONGEST_TAG && !/[.?!。]$/.test(trimmed[at]!); at--) tags.add(at);
  });
  return tags;
}
