/**
 * The head of a post copied as text from a blog's page: the site's header, the post's title, and its byline (who
 * wrote it and when: `by 데이터하는곰 Mar 14. 2024`, `Posted on Mar 2`, `jiwoo_dev · 2024년 3월 14일`). The byline tells
 * the title wherever the site sets it: the first of the few lines right over the byline (Brunch's title over its
 * subtitle, a Tistory or Velog post's title), the line right over it under a header that runs on into it, or the line
 * under it past the post's counts (DEV shows its reactions, `42` / `5` / `31`, between its byline and its title).
 * That line is the note's title, not the site's name over it (`brunch`, `DEV Community`), which the first line of
 * copied text would be. Every line over it, the site's navigation, and the byline are the page's chrome; a subtitle
 * between the title and the byline is left out too (right over the questions, it read as their topic). A byline with no
 * date (`by 데분러`, `글쓴이 : 데분러`, `Posted by Jane Doe`) is chrome too, and tells no title: right over the questions,
 * it was every question's topic. Read only among the note's first lines, before anything asks: a byline further down
 * is an answer's line.
 */
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { isQaLine } from './runaway-blocks.js';
import { CLOCK_TIME, KOREAN_DATE, MONTH_ABBREVIATION, NUMERIC_DATE, TIME_UNIT } from '../wording/date-shapes.js';

/** A month's name, abbreviated (`Mar`, `Mar.`) or whole (`March`). */
const MONTH = `${MONTH_ABBREVIATION}[a-z]{0,6}\\.?`;
/**
 * When a post was written, as blogs show it: `Mar 14. 2024`, `Mar 2`, `March 2, 2024`, `2 March 2024`, `2024. 3. 14.`,
 * `2024-03-14`, `2024년 3월 14일`, `3 days ago`, `3일 전`; a time after it (`21:37`).
 */
const DATE = String.raw`(?:${MONTH} \d{1,2}(?:st|nd|rd|th)?(?:[,.]? \d{4})?|\d{1,2} ${MONTH},? \d{4}|${NUMERIC_DATE}|${KOREAN_DATE}|\d{1,3} ${TIME_UNIT} ago|\d{1,3} ?(?:분|시간|일|주|개월|달|년) ?전)(?:,? ${CLOCK_TIME}(?: ?[ap]m)?)?`;
/** An author's name or handle: a few words without a sentence's punctuation. */
const NAME = String.raw`[^\s·•|,.?!:]+(?: [^\s·•|,.?!:]+){0,3}`;
/**
 * A byline with its date, the whole line: `by NAME DATE` (`작성자 NAME DATE`), `Posted on DATE`, `NAME · DATE`, a
 * reading time after it (`· 5 min read`).
 */
export const BYLINE = new RegExp(
  String.raw`^(?:(?:(?:written |posted )?by|작성자:?|글쓴이:?) ${NAME}(?: ?[·•|,] ?| )(?:on )?${DATE}|(?:posted|published|updated|written)(?: on)?:? ${DATE}|${NAME} ?[·•|] ?${DATE})(?: ?[·•|] ?\d{1,3} min read)?$`,
  'i',
);
/**
 * A byline with no date, the whole line: `by NAME`, `Posted by NAME`, `글쓴이 : NAME`, `작성자: NAME`, `Author: NAME`. After
 * a bare `by`, a name in another script (`by 데분러`), a handle (`by jiwoo_dev`) or two capitalised words (`By Jane Doe`):
 * not a lower-case word (`By the way`) nor one capitalised word, a heading's (`By Topic` over its sections). Not Medium's
 * `Written by`, which opens its author's card under the story (footer-openings.ts), a short note's first lines too.
 * `작성자` / `글쓴이` with a colon, or over one word alone (`작성자 데분러`): without, they open a sentence or a title
 * (`작성자 본인과 관리자만 수정 가능`, `작성자 권한 관리`). `Author` capitalised: `author: varchar` is a schema's field.
 */
export const AUTHOR_LINE = new RegExp(
  String.raw`^(?:[Bb]y (?=[^\x00-\x7F]|@|[\w.-]*[_\d]|[A-Z][\w'-]* [A-Z])|[Pp]osted by |(?:글쓴이|작성자) ?[:：] ?|Author ?[:：] ?)${NAME}$|^(?:글쓴이|작성자) [^\s·•|,.?!:]+$`,
);
/**
 * A bare `By` over capitalised words: on the note's first filled line it is the note's title (`By The Numbers`,
 * `By Bayes' Theorem`), not a byline, which stands under a title.
 */
const CAPITALISED_BY = /^By [A-Z]/;
/** A list item's number (`1.`, `2)`) in front of a question. */
const ITEM_NUMBER = /^\d+[.)]\s*/;
/** Longer, a line says more than who wrote the post. */
const LONGEST_AUTHOR_LINE = 60;
/** Every byline holds its date's digits: a line without one is not tried against BYLINE, a pattern costly to compile. */
const HAS_DIGIT = /\d/;
/** A count alone on its line (`42`, `1.2K`): the post's reactions, comments and bookmarks. */
const COUNT = /^\d[\d,.]*[KkM]?$/;
/** The filled lines read for a byline at most: a post's head is its first few. */
const HEAD_LINES = 16;
/** The lines right over a byline whose first is its title, at most (the title, a subtitle, the author's name). */
const TITLE_RUN = 3;

export interface PostHead {
  /** The byline's line (0-based): with its date, or without (when the head has none with one). */
  byline: number;
  /** The post's title's line, when the byline tells it. */
  title?: number;
  /** The lines of the page's chrome (0-based): the site's header over the title, and the byline (a dateless one too). */
  chrome: number[];
  /** The lines between the title and the byline under it (0-based): the post's subtitle, neither a topic nor an answer. */
  subtitle: number[];
}

/**
 * The head of the post `trimmed` (the note's lines, trimmed) are a copy of, when a byline stands among its first lines; `isTitle` tells a line
 * that may title a note (plaintext.ts: short, ending in no punctuation, asking nothing).
 */
export function postHead(trimmed: readonly string[], isTitle: (line: string) => boolean): PostHead | undefined {
  const { byline, author } = bylineAt(trimmed);
  // A byline with no date tells no title: the lines over Tistory's (`Data Science/Statistics` under the post's date)
  // are its category and date, not the title, which is the note's first line.
  if (byline === undefined) return author === undefined ? undefined : { byline: author, chrome: [author], subtitle: [] };
  // The head's lines, to a title under the byline past its counts: not a long note's every line.
  const head = trimmed.slice(0, byline + 1 + HEAD_LINES);
  const under = titleUnder(head, byline, isTitle);
  const title = under ?? titleOver(head, byline, isTitle);
  const filled = (from: number, to: number) => head.slice(from, to).flatMap((line, index) => (line === '' ? [] : [from + index]));
  // Over a title under the byline, the byline and the counts are among the lines over it.
  const chrome = title === undefined ? [byline] : under !== undefined ? filled(0, title) : [...filled(0, title), byline];
  if (author !== undefined && !chrome.includes(author)) chrome.push(author);
  const subtitle = title !== undefined && under === undefined ? filled(title + 1, byline).filter((line) => line !== author) : [];
  return { byline, ...(title !== undefined ? { title } : {}), chrome, subtitle };
}

/**
 * The byline with its date among the note's first filled lines, before any that asks, and the first without one, before
 * any line that asks in any way (a numbered item, no question mark: `1. Design the data model for posts`, `설명해보세요`):
 * under a question, `Author: …`, `Posted by …` or `By Skip Connections` is its answer's line.
 */
function bylineAt(trimmed: readonly string[]): { byline?: number; author?: number } {
  let filled = 0;
  let author: number | undefined;
  let asked = false;
  for (const [index, line] of trimmed.entries()) {
    if (line === '') continue;
    if (++filled > HEAD_LINES || endsWithQuestionMark(line) || isQaLine(line)) break;
    if (line.length <= 80 && HAS_DIGIT.test(line) && BYLINE.test(line)) return { byline: index, author };
    if (author !== undefined || asked) continue;
    if (line.length <= LONGEST_AUTHOR_LINE && AUTHOR_LINE.test(line) && !(filled === 1 && CAPITALISED_BY.test(line))) author = index;
    else asked = isInterrogative(line.replace(ITEM_NUMBER, ''));
  }
  return { author };
}

/** The title under the byline, past the post's counts (one at least) and blank lines. */
function titleUnder(trimmed: readonly string[], byline: number, isTitle: (line: string) => boolean): number | undefined {
  let next = byline + 1;
  let counts = 0;
  for (; next < trimmed.length && (trimmed[next] === '' || COUNT.test(trimmed[next]!)); next++) if (trimmed[next] !== '') counts++;
  return counts > 0 && next < trimmed.length && isTitle(trimmed[next]!) ? next : undefined;
}

/**
 * The title over the byline: the first of the few lines right over it (a subtitle under it; blank lines between them
 * and the byline or not), or, where the lines over it run on unbroken from the site's header (`Sign In` over
 * `Coupang Data Scientist Interview Questions` over `Updated Apr 9, 2024`), the line right over it.
 */
function titleOver(trimmed: readonly string[], byline: number, isTitle: (line: string) => boolean): number | undefined {
  let last = byline - 1;
  while (last >= 0 && trimmed[last] === '') last--;
  if (last < 0) return undefined;
  let first = last;
  while (first > 0 && trimmed[first - 1] !== '') first--;
  const title = last - first < TITLE_RUN ? first : last;
  return isTitle(trimmed[title]!) ? title : undefined;
}
