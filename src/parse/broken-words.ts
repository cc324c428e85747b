/**
 * A word that a printed page or a PDF broke at a line's end with a hyphen
 * (`min-` over `imizing`, `regulariza-` over `tion.`), told from a compound
 * whose hyphen happened to end a line (`zero-` over `mean`, `self-` over
 * `attention`). Copied text keeps both alike; only the words tell them apart,
 * so they are looked up in an English word list (the `word-list` package,
 * 274,000 words):
 * - the two halves joined are a word (`minimizing`, `useful`): one word;
 * - else each half is a word of its own (`zero` and `mean`): a compound, and
 *   its hyphen stays;
 * - else a first half of three letters at least, whose joined word the list
 *   lacks (`hyperpa-` over `rameter`, `tokeniza-` over `tion`): one word. A
 *   shorter one is a prefix written with its hyphen (`x-axis`, `t-test`), and an
 *   acronym keeps its hyphen (`GPT-style`).
 */
import { readFileSync } from 'node:fs';
import wordListPath from 'word-list';

/** The list's words, one a line, in code-unit order but for a few (see `isWord`); read on the first broken line of a run. */
let words: string | undefined;

function isWord(word: string): boolean {
  words ??= readFileSync(wordListPath, 'utf8');
  // A binary search over the lines of the text: no set of 274,000 strings is made (that takes a third of a second).
  let low = 0;
  let high = words.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    const start = words.lastIndexOf('\n', middle - 1) + 1;
    const end = lineEnd(words, start);
    const found = words.slice(start, end);
    if (found === word) return true;
    if (found < word) low = end + 1;
    else high = start;
  }
  // The list is sorted but for a word or two (`manlihood` after `manlily`): the lines around where the search ended.
  return nearby(words, low, word);
}

function lineEnd(text: string, start: number): number {
  const end = text.indexOf('\n', start);
  return end < 0 ? text.length : end;
}

/** Whether `word` is one of the few lines before or after `at`. */
function nearby(text: string, at: number, word: string): boolean {
  let start = text.lastIndexOf('\n', Math.max(0, at - 1)) + 1;
  for (let back = 0; back < NEARBY && start > 0; back++) start = text.lastIndexOf('\n', start - 2) + 1;
  for (let line = 0; line < 2 * NEARBY + 1 && start < text.length; line++) {
    const end = lineEnd(text, start);
    if (text.slice(start, end) === word) return true;
    start = end + 1;
  }
  return false;
}

const NEARBY = 3;

/**
 * Whether `head` (the letters before a line's closing hyphen) and `tail` (the letters opening the next line, in lower
 * case) are one word broken in two.
 */
export function isBrokenWord(head: string, tail: string): boolean {
  // An acronym's hyphen is its own (`GPT-` over `style`).
  if (/\p{Lu}.*\p{Lu}/u.test(head)) return false;
  const first = head.toLowerCase();
  if (isWord(first + tail)) return true;
  if (isWord(first) && isWord(tail)) return false;
  return first.length >= 3;
}
