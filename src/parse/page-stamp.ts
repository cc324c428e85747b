/**
 * The stamp OneNote sets under every page's title, copied with the page: the day it was made, weekday and all, over
 * the time.
 *
 *     ML 면접 준비
 *     2024년 3월 2일 토요일
 *     오후 10:14
 *
 * It tells when the page was made, not what it says: read as lines, the time was the topic of every question after
 * it. Only there is it the page's: a date alone elsewhere may answer (`When was the transformer paper published?`).
 */
import { CJK_DATE, CLOCK_TIME, KOREAN_DATE, MONTH_NAME, WEEKDAY_NAME } from '../wording/date-shapes.js';

/** The day, with its weekday, as OneNote writes it in English, Korean, Japanese and Chinese. */
const STAMP_DATE = [
  // `Saturday, March 2, 2024`, `Saturday, 2 March 2024`
  new RegExp(String.raw`^${WEEKDAY_NAME},\s+(?:${MONTH_NAME}\s+\d{1,2},\s+\d{4}|\d{1,2}\s+${MONTH_NAME}\s+\d{4})$`, 'i'),
  // `2024년 3월 2일 토요일`
  new RegExp(String.raw`^${KOREAN_DATE}\s+[월화수목금토일]요일$`),
  // `2024年3月2日 土曜日`, `2024年3月2日 星期六`
  new RegExp(String.raw`^${CJK_DATE}\s*(?:[月火水木金土日]曜日|星期[一二三四五六日天])$`),
];

/** The time under it: `10:14 PM`, `22:14`, `오후 10:14`, `午後10:14`, `下午10:14`. */
const STAMP_TIME = new RegExp(String.raw`^(?:(?:오전|오후|午前|午後|上午|下午)\s?)?${CLOCK_TIME}(?:\s?[ap]\.?m\.?)?$`, 'i');

/** The lines (0-based) of the page's stamp, when the note (its lines `trimmed`) opens with one, under its title or not; none otherwise. */
export function pageStamp(trimmed: readonly string[]): number[] {
  // The title, the date and the time: the note's first three lines written are all it needs.
  const written: { index: number; text: string }[] = [];
  for (let index = 0; index < trimmed.length && written.length < 3; index++) {
    const text = trimmed[index]!;
    if (text !== '') written.push({ index, text });
  }
  for (const k of [0, 1]) {
    const date = written[k];
    const time = written[k + 1];
    if (date && time && STAMP_DATE.some((pattern) => pattern.test(date.text)) && STAMP_TIME.test(time.text)) return [date.index, time.index];
  }
  return [];
}
