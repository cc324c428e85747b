/**
 * The head of a StrataScratch problem copied as text, under the problem's title: its difficulty (`Difficulty:
 * Medium`), its number (`ID 9897`) and the companies that asked it, a name a line (`Amazon`, `DoorDash`) up to the
 * blank line over the problem. They are the page's labels: the last company's name, a short line over the problem,
 * was its topic. Read only in a copy of such a page, known by two of its marks (the difficulty and the number, its
 * `Tables:` line, its `Expected Output`): elsewhere a name alone on a line is the note's.
 */
import { isCopyOf } from './copied-page.js';

const DIFFICULTY = /^difficulty:\s*(?:easy|medium|hard)$/i;
const PROBLEM_ID = /^id\s*\d{3,6}$/i;
const MARKS: readonly RegExp[] = [DIFFICULTY, PROBLEM_ID, /^tables?:\s*\S/i, /^expected output$/i];
/** A company's name: a word or a few, each capitalised, ending in no full stop (`Amazon`, `Capital One`, `DoorDash`). */
const COMPANY = /^[\p{Lu}\d][\p{L}\d&'.-]*(?: [\p{Lu}\d&][\p{L}\d&'.-]*){0,3}(?<!\.)$/u;
/** The companies listed at most: more lines, and they are the problem's own. */
const MOST_COMPANIES = 8;

/** The lines (indices into `trimmed`, the note's lines trimmed) of a StrataScratch problem's head, when the note is a copy of one. */
export function strataScratchHead(trimmed: readonly string[]): number[] {
  if (!isCopyOf(trimmed, MARKS)) return [];
  const chrome: number[] = [];
  trimmed.forEach((line, index) => {
    if (DIFFICULTY.test(line)) chrome.push(index);
    if (!PROBLEM_ID.test(line)) return;
    chrome.push(index);
    let end = index + 1;
    while (end < trimmed.length && trimmed[end] !== '' && COMPANY.test(trimmed[end]!)) end++;
    // The names run to the blank line over the problem: a line of it that is no name, and they are none.
    if (end - index - 1 > MOST_COMPANIES || (end < trimmed.length && trimmed[end] !== '')) return;
    for (let name = index + 1; name < end; name++) chrome.push(name);
  });
  return chrome;
}
