/**
 * Labels that rate a question rather than ask it: how important or how hard
 * it is, as notes and scraped lists mark them at a wording's head or end
 * (`[중요] 배치 정규화란?`, `【必考】What is layer normalization?`,
 * `What is a learning rate? [Easy]`, `Gradient vanishing 해결 방법 (★★★)` or `… 해결 방법 ★★★`, and an interview book's
 * `[E]`, `[M]`, `[H]`: easy, medium, hard). Left in, they
 * would split a question from the same one asked without them and clutter
 * the card; taken off, a word label is one of the question's tags (`중요`,
 * `easy`), and stars, like the difficulty emoji beside a wording, are dropped. A sheet's column that rates its
 * rows (`Difficulty`, `Level`, `Easy`/`Hard` cells) tags each question with its rating alike (ratingTag).
 */

/** What a label may say: importance or difficulty, in the languages notes are written in. */
const RATING_WORDS = [
  '중요',
  '매우 ?중요',
  '필수',
  '빈출',
  '핵심',
  '자주 ?(?:나옴|출제)',
  '기초',
  '기본',
  '심화',
  '초급',
  '중급',
  '고급',
  '쉬움',
  '보통',
  '어려움',
  '상',
  '중',
  '하',
  'important',
  'must[- ]know',
  'key',
  'hot',
  'frequent',
  'easy',
  'medium',
  'hard',
  'basic',
  'beginner',
  'intermediate',
  'advanced',
  '必考',
  '重要',
  '高频',
  '常考',
  '简单',
  '中等',
  '困难',
].join('|');
/** Stars alone: `★★★`, `⭐⭐`, `★4`. */
const STARS = String.raw`[★☆⭐️\ufe0f]+\d?|\d[★⭐]`;
/** A cell of a sheet's column that rates its rows, as it may say it whole: a rating word, or stars. */
const RATING_CELL = new RegExp(String.raw`^(?:(${RATING_WORDS})|${STARS})$`, 'iu');
const STARS_CELL = new RegExp(String.raw`^(?:${STARS})$`, 'u');
// Stars need no brackets at the end (`Vanishing gradient 해결 방법 ★★★`): no wording ends in a run of them, a space
// before; a number's star does (`1★ vs 5★`, a rating asked about). At the head they may be what it asks about (`★ 표시는
// 무슨 뜻인가요?`, `☆☆☆ 세 개면 최하점인가요?`): only bracketed there.
const BARE_STARS = String.raw`[★☆⭐][★☆⭐\ufe0f]*`;
const LABEL = String.raw`(?:[[【(（]\s*(?:(${RATING_WORDS})|${STARS})\s*[\]】)）])`;
const AT_HEAD = new RegExp(String.raw`^\s*${LABEL}\s*`, 'iu');
const AT_END = new RegExp(String.raw`\s*(?:${LABEL}|(?<=\s)${BARE_STARS})\s*$`, 'iu');
/**
 * A question that asks for a rating, as its last words (`별점은?`, `난이도는?`, `리뷰 평점은 몇 점인가요?`, `What is its
 * rating?`): the stars after it answer it; they do not rate it. One that only mentions stars (`별점이 1개인 리뷰는 어떻게
 * 처리하나요?`, `What does a 5★ rating mean?`) is rated by them as any other.
 */
const ASKS_FOR_RATING = /(?:별점|평점|난이도|만족도)(?:은|는|이|가)?\s*(?:몇\s*점\S*)?\s*[?？]?$|몇\s*점(?:인가요|이에요|예요|일까요|입니까|이야)?\s*[?？]?$|\brating\s*[?？]$|\bhow many stars\b/i;
/**
 * A difficulty as one capital letter at the head (`[E]`, `[M]`, `[H]`), as interview books mark their questions:
 * only so, for `[e]` or `[A]` may be anything (an option's letter).
 */
const LETTER_AT_HEAD = /^\s*\[([EMH])\]\s*/;
const LETTER_DIFFICULTY: Readonly<Record<string, string>> = { E: 'easy', M: 'medium', H: 'hard' };

export interface RatedWording {
  wording: string;
  /** The word labels taken off, lower-cased, in the order written. */
  labels: string[];
}

/** What every label holds: a bracket or a star. */
const MAY_RATE = /[[【(（★☆⭐]/u;

/** The wording without the rating labels at its head and end (see above), and the word labels. */
export function withoutRatingLabels(wording: string): RatedWording {
  // Asked of nearly every line a note has (interrogative.ts): most hold no bracket or star, and no label.
  if (!MAY_RATE.test(wording)) return { wording, labels: [] };
  const labels: string[] = [];
  let rest = wording;
  const letter = LETTER_AT_HEAD.exec(rest);
  if (letter && rest.length > letter[0].length) {
    labels.push(LETTER_DIFFICULTY[letter[1]!]!);
    rest = rest.slice(letter[0].length);
  }
  for (const edge of [AT_HEAD, AT_END]) {
    for (let label = edge.exec(rest); label && rest.length > label[0].length; label = edge.exec(rest)) {
      // The stars after a question that asks for a rating are its answer.
      if (edge === AT_END && ASKS_FOR_RATING.test(rest.slice(0, label.index))) break;
      if (label[1]) labels.push(label[1].toLowerCase());
      rest = edge === AT_HEAD ? rest.slice(label[0].length) : rest.slice(0, label.index);
    }
  }
  return { wording: rest, labels };
}

const ONLY_LABELS = new RegExp(String.raw`^\s*(?:(?:${LABEL}|${BARE_STARS})\s*)+$`, 'iu');

/**
 * Whether `text`, written after the question `asked` on its line, only rates it: rating labels and nothing else
 * (`★★★`, `[중요]`, `(Easy)`, `★★★ [중요]`), after a question that does not ask for a rating (the stars after `별점은?`
 * answer it). Such labels are no more of the question, and no answer to it.
 */
export function ratesQuestion(asked: string, text: string): boolean {
  return ONLY_LABELS.test(text) && !ASKS_FOR_RATING.test(asked);
}

/** Whether a cell only rates its row (`Easy`, `Hard`, `중요`, `必考`, `★★★`), as a sheet's difficulty column says it. */
export function isRating(cell: string): boolean {
  return RATING_CELL.test(cell.trim());
}

/**
 * A rating column's cell as the question's tag (`Difficulty`, `난이도`, or a column of nothing but ratings): its
 * rating word lower-cased, as a label's is (`Easy` -> `easy`, as `[Easy]` tags), so that both tag alike; any other
 * rating (`3`, `L2`) after the column's name, if it has one (`level 3`): a number alone says nothing. Stars are
 * counted, as a number rates (`★★☆` under `난이도` gives `난이도 2`, `⭐️⭐️` `난이도 2`), and named `stars` where
 * the column has no name (`stars 3`): a tag of star signs is one nobody types to search for it, and `★★☆` and
 * `⭐️⭐️` would be two tags for one rating.
 */
export function ratingTag(cell: string, column?: string): string | undefined {
  const rating = cell.trim();
  if (rating === '') return undefined;
  const word = RATING_CELL.exec(rating)?.[1];
  if (word) return word.toLowerCase();
  const stars = starCount(rating);
  if (column) return `${column.toLowerCase()} ${stars ?? rating}`;
  return stars === undefined ? rating : `stars ${stars}`;
}

/** How many stars a rating of them gives (`★★☆`: 2, `⭐️⭐️`: 2, `★4` and `4★`: 4); undefined when it is no stars. */
function starCount(rating: string): number | undefined {
  if (!STARS_CELL.test(rating)) return undefined;
  const number = /\d/.exec(rating);
  return number ? Number(number[0]) : [...rating].filter((character) => character === '★' || character === '⭐').length;
}
