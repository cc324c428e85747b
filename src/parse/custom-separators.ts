/**
 * The separators a user chose for a flashcard export. Quizlet's export lets one type any string between a card's term
 * and its definition (` ~~~ `, ` :: `, ` | `, ` => `) and between its cards (`|||`, or a line break): the file is
 * then no table of a known separator, but its cards share one, written the same way on every card. What may be one
 * is a run of marks (no letters, digits or spaces) that prose and code seldom write between spaces:
 *
 * - two marks or more, not all of them a sentence's (`...`, `?!`, `."` are prose's), between spaces (` ~~~ `, ` => `,
 *   ` -- `), or one mark three times or more right against the words (`Term~~~Definition`, `a|||b`); `std::vector`,
 *   `x=>x+1` and HTML's `?</summary>` hold no separator;
 * - one mark between spaces that prose does not write there: a bar, a tilde, an equals sign or an arrow (` | `,
 *   ` → `). A dash, a slash, a colon or a semicolon separates a card's sides only in the readers that ask more of
 *   the front (card-export.ts: ` - ` and `;` after a front that asks, Obsidian's `::`).
 *
 * The cards between lines of their own separator (`|||`) may hold a definition over several lines.
 */
import { POINTING_ARROW, QUESTION_MARKS } from '../wording/marks.js';

/** A run of marks: neither letters (nor their accents), digits nor spaces. */
const MARK_RUN = /[^\p{L}\p{M}\p{N}\s]+/gu;
/** A line of nothing but marks: a divider, or the line between a custom export's cards (`|||`). */
const MARKS_ONLY = /^[^\p{L}\p{M}\p{N}\s]+$/u;
/** Marks a sentence writes after or around its words: at either end of a run they are prose's punctuation, no separator's. */
const SENTENCE_MARKS: ReadonlySet<string> = new Set([...'.,!\'"`’‘“”«»()[]{}…。，、！「」『』（）', ...QUESTION_MARKS]);
/** One mark that prose does not write between spaces: it may separate a card's sides alone. */
const LONE_SEPARATOR = new RegExp(String.raw`^(?:[|~=≈⇔↔]|${POINTING_ARROW})$`, 'u');
/** One mark written over and over (`~~~`, `|||`): against the words, markup's runs (`?</`, `](`) are none. */
const REPEATED = /^(.)\1+$/u;
/** The fewest marks of a separator written against the words on its sides. */
const FEWEST_GLUED = 3;
/** How many of a note's first lines are searched for separators (the lines over the cards, and the first card). */
const LINES_SEARCHED = 4;
/** How many separators are tried at most: a line of a thousand marks is no card's. */
const MOST_TRIED = 8;

/** Whether `line` is a line of marks alone (`|||`, `---`): between a custom export's cards, the line that parts them. */
export function isMarksLine(line: string): boolean {
  return MARKS_ONLY.test(line.trim());
}

/** The runs of marks in `line` that may separate a card's front and back, in the order they stand, and where each is. */
function* separatorRuns(line: string): Generator<{ mark: string; at: number }> {
  const textStart = line.search(/\S/);
  const textEnd = line.trimEnd().length;
  for (const found of line.matchAll(MARK_RUN)) {
    // A question's mark against the separator is the question's (`What is X?~~~…`): the separator is what follows it.
    const run = found[0];
    let from = 0;
    let to = run.length;
    while (from < to && SENTENCE_MARKS.has(run[from]!)) from++;
    while (to > from && SENTENCE_MARKS.has(run[to - 1]!)) to--;
    const mark = run.slice(from, to);
    const at = found.index + from;
    const end = at + mark.length;
    // Text on both sides: a mark that opens or closes the line separates nothing.
    if (mark === '' || at <= textStart || end >= textEnd) continue;
    const spaced = /\s/.test(line[at - 1]!) && /\s/.test(line[end]!);
    if ([...mark].length === 1 ? spaced && LONE_SEPARATOR.test(mark) : spaced || (mark.length >= FEWEST_GLUED && REPEATED.test(mark))) yield { mark, at };
  }
}

/** The separators `line` may hold between a card's front and back (or between cards, one-line-export.ts), in the order they stand, each once. */
export function separatorsOf(line: string): string[] {
  const found: string[] = [];
  for (const { mark } of separatorRuns(line)) {
    if (!found.includes(mark)) found.push(mark);
    if (found.length === MOST_TRIED) break;
  }
  return found;
}

/**
 * Where `separator` first stands in `line` as a separator, text on both sides of it, or -1. A line led by it is none
 * (`→ 미니배치 통계로 정규화. A → B`): the line of an answer, under its question, pointed to.
 */
export function separatorAt(line: string, separator: string): number {
  if (!line.includes(separator) || line.trimStart().startsWith(separator)) return -1;
  for (const run of separatorRuns(line)) if (run.mark === separator) return run.at;
  return -1;
}

/**
 * The separators a note's first lines may share as cards (each once, in the order they stand): the candidates the
 * card export's reader tries. Read line by line from the text's start, as far as the lines searched: the note is
 * not split for it.
 */
export function candidateSeparators(text: string): string[] {
  const found = new Set<string>();
  let searched = 0;
  for (let at = 0; at < text.length && searched < LINES_SEARCHED && found.size < MOST_TRIED; ) {
    const end = text.indexOf('\n', at);
    const line = text.slice(at, end < 0 ? text.length : end);
    at = end < 0 ? text.length : end + 1;
    if (line.trim() === '' || isMarksLine(line)) continue;
    searched++;
    for (const separator of separatorsOf(line)) found.add(separator);
  }
  return [...found].slice(0, MOST_TRIED);
}

/**
 * Whether the note's line at `index` is a card of the note's: it holds a separator (separatorsOf) that at least two of
 * the note's other lines hold too, and at least half of them, the lines of marks alone between them not counted. Such
 * a line names no page (plaintext.ts's title), even where the note is not read as cards (a line of it is no card).
 */
export function sharesCardSeparator(lines: readonly string[], index: number): boolean {
  const separators = separatorsOf(lines[index] ?? '');
  if (separators.length === 0) return false;
  const others = lines.filter((other, at) => at !== index && other.trim() !== '' && !isMarksLine(other));
  return separators.some((separator) => {
    const holding = others.filter((other) => separatorAt(other, separator) >= 0).length;
    return holding >= 2 && holding * 2 >= others.length;
  });
}
