/**
 * The shapes of the dates and times that pages, posts and exports stamp on their lines (`2024. 3. 14.`, `2024-03-14`,
 * `2024년 3월 14일`, `Saturday, March 2, 2024`, `3 days ago`), and the words that label them (`Last updated`, `작성일`).
 * As RegExp sources (read with the `i` flag), so that every reader of a page's chrome, a post's byline, a page's stamp
 * or a chat's day line reads one list of them; each reader sets them in its own line (what stands around them).
 */

/** A month's name as a page abbreviates it (`Mar`, `Sept`), in a date it shows. */
export const MONTH_ABBREVIATION = '(?:jan|feb|mar|apr|may|jun|jul|aug|sept?|oct|nov|dec)';
/** A month's whole name (`March`). */
export const MONTH_NAME = '(?:january|february|march|april|may|june|july|august|september|october|november|december)';
/** A weekday's whole name (`Saturday`). */
export const WEEKDAY_NAME = '(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)';
/** A weekday's name cut to three letters, as an app's date writes it (`2024/03/05(Tue)`). */
export const SHORT_WEEKDAY_NAME = '(?:mon|tue|wed|thu|fri|sat|sun)';
/** The unit a page counts the time back from now in (`3 days ago`, `1 hour ago`). */
export const TIME_UNIT = '(?:minutes?|hours?|days?|weeks?|months?|years?)';

/**
 * A date in numbers, year first, as blogs and forums show it: `2024-03-14`, `2024/03/14`, `2024.03.14`, `2024. 3. 14.`
 * (Korean blogs space its parts and end it with a dot).
 */
export const NUMERIC_DATE = String.raw`\d{4}[./-]\s?\d{1,2}[./-]\s?\d{1,2}\.?`;
/**
 * A date as Korean blogs write it in numbers, with its dots, the last one too: `2023. 4. 12.` (a stricter shape than
 * NUMERIC_DATE, for a line read as chrome wherever it stands).
 */
export const DOTTED_DATE = String.raw`\d{4}\.\s?\d{1,2}\.\s?\d{1,2}\.`;
/** A date in Korean words: `2024년 3월 14일`. */
export const KOREAN_DATE = String.raw`\d{4}년\s?\d{1,2}월\s?\d{1,2}일`;
/** A date in Japanese or Chinese characters: `2024年3月2日`. */
export const CJK_DATE = String.raw`\d{4}年\s?\d{1,2}月\s?\d{1,2}日`;
/** A time of day on the clock: `21:37`, `9:02`. */
export const CLOCK_TIME = String.raw`\d{1,2}:\d{2}`;
/**
 * A day's date anywhere in a line: `2024. 3. 2`, `2024-03-02`, `2024/3/2`, `2024년 3월 2일`, `March 2, 2024`, `2 Mar
 * 2024`. A year and a month or term alone (`2024-1학기`, `2023.2 중간고사`, `2024년 3월 정리`) may well title a section.
 * Read in a note's own lines (a section's title, an answer's last line), not in the shape a site prints (NUMERIC_DATE):
 * spaces may stand round its parts (`2024 - 3 - 2`), and only a year of the last century or this one makes it a date.
 */
export const DAY_DATE = String.raw`\b(?:19|20)\d{2}\s*(?:[.\-/]\s*\d{1,2}\s*[.\-/]\s*\d{1,2}\b|년\s*\d{1,2}\s*월\s*\d{1,2}\s*일)|\b${MONTH_ABBREVIATION}[a-z]*\.?\s+\d{1,2},?\s+(?:19|20)\d{2}\b|\b\d{1,2}\s+${MONTH_ABBREVIATION}[a-z]*\.?\s+(?:19|20)\d{2}\b`;

/** What a page says was done to it on the day it labels, in English: `updated`, `modified`, `edited`. */
const CHANGED = '(?:updated|modified|edited)';
/**
 * The label of the day a page last changed, in English: `Last updated`, `last edited`. No sentence opens with it, so a
 * line it opens is the page's wherever it stands (site-chrome.ts), a word's end closing it.
 */
export const LAST_CHANGED_LABEL = `last ${CHANGED}`;
/**
 * The label of the day a page last changed in Korean, Chinese and Japanese: `최종 수정일`, `마지막 편집`, `最后编辑于`,
 * `最終更新日`. A sentence may go on from these words (`최종 수정된 모델은 …`), which no word's end closes: a reader takes
 * them only before a colon or a date.
 */
export const LAST_CHANGED_LABEL_CJK = String.raw`(?:(?:최종|마지막)\s*(?:수정|편집|업데이트)(?:일시?|\s?날짜)?|最后(?:编辑|修改|更新)(?:于|时间|日期)?|最終(?:更新|編集|修正)(?:日時?)?)`;
/**
 * The label of a page's date stamp, a date alone on its line after it (`Updated: 2024-03-16`, `Posted on March 3,
 * 2024`, `작성일: 2024. 3. 2`), with its colon: every label of the day a page last changed, and the words alone.
 * A sentence may open with the words alone (`Updated the weights …`, `수정한 부분은 …`): they label a stamp only, where
 * the date that ends the line follows them, never a line of chrome.
 */
export const STAMP_LABEL = String.raw`(?:(?:last\s+)?(?:${CHANGED}|posted|published|written|created)(?:\s+(?:on|at))?|(?:작성일|수정일|${LAST_CHANGED_LABEL_CJK}|게시일|업데이트|작성|수정)(?:\s*일자)?)\s*(?:[:：]\s*)?`;
