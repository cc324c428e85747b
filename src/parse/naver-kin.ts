/**
 * A copy of a Naver 지식iN (Knowledge iN) question page: the question's title, the asker's stats and the date under it,
 * the asker's body, then the page's buttons and each answer with its answerer's card (`프로필 사진`, their name, `채택
 * 답변수 1,024`, `받은감사수 87`, their ranks) over it, and the asker's thanks under `질문자 인사`. The title is the
 * question; the asker's body says it again at more length (`… 이유가 뭔가요? 그리고 해결 방법도 있나요?`) and was read as a
 * second question, the title's answer the stats. The page's lines are its chrome, the asker's words no question of the
 * notes: both are left out. Read only in a note with two kinds of the page's marks (isCopyOf).
 */
import { isCopyOf } from './copied-page.js';
import { isTagLine } from './tag-lines.js';
import { NUMERIC_DATE } from '../wording/date-shapes.js';

/** The asker's stats under the title (`비공개 질문 1건 질문마감률 100%`, a nickname for `비공개`): the body follows them. */
const ASKER_STATS = /^(?:\S{1,20}\s)?질문\s*[\d,]+건\s*질문마감률\s*\d{1,3}%$/;
/** Where the answers start: the asker's body ends over it. */
const ANSWERS_START = /^(?:답변하기|[\d,]+개 답변|채택된 답변)$/;
/** The asker's thanks follow it, to the next blank line. */
const ASKER_THANKS = '질문자 인사';

/** Lines only a 지식iN page shows, two kinds of which make a note its copy. */
const KIN_MARKS: RegExp[] = [
  ASKER_STATS,
  /^답변하기$/,
  /^[\d,]+개 답변$/,
  /^답변 정렬 옵션$/,
  /^채택된 답변$/,
  /^채택 답변수\s*[\d,]+$/,
  /^받은감사수\s*[\d,]+$/,
  /^질문자 채택$/,
  /^답변 평가하기$/,
  /^질문자 인사$/,
];

/**
 * The page's other lines, chrome in its copy only (`신고`, `채택순` or a date alone may be a note's words): its name and
 * menu, the sort options, the avatar's alt text, the answerer's ranks (`인공지능 1위, 수학 15위`), the dates, and the
 * prompt under an answer.
 */
const KIN_CHROME: RegExp[] = [
  ...KIN_MARKS,
  /^지식iN$/i,
  /^질문하기$/,
  /^신고$/,
  /^(?:채택순|최신순|추천순)$/,
  /^(?:\S{1,20}\s?님\s)?(?:님\s)?프로필 사진$/,
  /^\S{1,20}\s[\d,]+위(?:,\s*\S{1,20}\s[\d,]+위)*$/,
  new RegExp(String.raw`^${NUMERIC_DATE}$`),
  /^이 답변이 도움이 되었다면.{0,30}$/,
];

/** A count alone (the question's or an answer's likes and views: `0`, `1`): the page's next to its other lines. */
const COUNT = /^[\d,]+$/;
/** Longer, a line of the answerer's card is no name: the answer has begun. */
const LONGEST_NAME = 30;

/** A copied Q&A page's lines that are no question's or answer's (0-based indices into the note's lines). */
export interface QnaPageLines {
  /** The page's own lines. */
  chrome: number[];
  /** The asker's words: the question's body under its title, their thanks for an answer. */
  askerWords: number[];
}

/** The chrome and the asker's words of the 지식iN page `trimmed` (the note's lines, trimmed) is a copy of; none in another note. */
export function naverKinPage(trimmed: readonly string[]): QnaPageLines {
  const page: QnaPageLines = { chrome: [], askerWords: [] };
  if (!isCopyOf(trimmed, KIN_MARKS)) return page;
  const isChrome = (line: string) => KIN_CHROME.some((pattern) => pattern.test(line));
  /** What the lines read are: the asker's body (after the stats), their thanks, or the answerer's card (names). */
  let reading: 'body' | 'thanks' | 'card' | undefined;
  /** The next line that is not blank, after each line. */
  const nextFilledAfter: Array<string | undefined> = [];
  for (let index = trimmed.length - 1, next: string | undefined; index >= 0; index--) {
    nextFilledAfter[index] = next;
    if (trimmed[index] !== '') next = trimmed[index];
  }
  trimmed.forEach((line, index) => {
    if (line === '') {
      if (reading === 'thanks' || reading === 'card') reading = undefined;
      return;
    }
    if (isChrome(line)) {
      page.chrome.push(index);
      if (ASKER_STATS.test(line)) reading = 'body';
      else if (line === ASKER_THANKS) reading = 'thanks';
      else if (/프로필 사진$/.test(line)) reading = 'card';
      else if (reading === 'body' && ANSWERS_START.test(line)) reading = undefined;
      return;
    }
    const nextFilled = nextFilledAfter[index];
    // A count among the page's lines: the one before it or after it is chrome.
    if (COUNT.test(line) && ((index > 0 && isChrome(trimmed[index - 1]!)) || (nextFilled !== undefined && (isChrome(nextFilled) || COUNT.test(nextFilled))))) {
      page.chrome.push(index);
      return;
    }
    if (reading === 'card' && line.length <= LONGEST_NAME && nextFilled !== undefined && isChrome(nextFilled)) {
      page.chrome.push(index);
      return;
    }
    if (reading === 'card') reading = undefined;
    if ((reading === 'body' && !isTagLine(line)) || reading === 'thanks') page.askerWords.push(index);
  });
  return page;
}
