/**
 * The shapes of the dates and times that pages, posts and exports stamp on their lines (`2024. 3. 14.`, `2024-03-14`,
 * `2024년 3월 14일`, `Saturday, March 2, 2024`, `3 days ago`). As RegExp sources (read with the `i` flag), so that every
 * reader of a page's chrome, a post's byline, a page's stamp or a chat's day line reads one list of them; each reader
 * sets them in its own line (what stands around them).
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
