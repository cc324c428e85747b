/**
 * The head of an answer copied from a Zhihu (知乎) question page: the thread's question, its stats (`关注者` and
 * `被浏览`, each over its count), and the answerer's header (their name over their headline, `张三` over `算法工程师`)
 * over the answer's buttons and votes (`关注`, `1,024 人赞同了该回答`, site chrome in any note: site-chrome.ts). The
 * thread's question is what the answer replies to, and what the note is about: its title, not a question of the
 * notes (its answer was the stats and the header). The stats and the header are the page's chrome. Read only at the
 * note's head: the title its first line, the stats right under it.
 */
import { isSiteChrome } from './site-chrome.js';

/** A stat of the question and its count, on one line or over it: `关注者`, `被浏览`. */
const STAT = /^(?:关注者|被浏览)(?:\s*[\d,.]+[万千亿kKwW]?)?$/;
/** A stat's count alone on the line under it: `1,284`, `39.2 万`. */
const COUNT = /^[\d,.]+\s*[万千亿kKwW]?$/;
/** The answerer's header: their name, and their headline under it or not, at most. */
const HEADER_LINES = 2;
/** Longer, a line is no name or headline: the answer has begun. */
const LONGEST_HEADER_LINE = 40;

export interface QuestionPageHead {
  /** The thread's question (0-based line): the note's title. */
  title: number;
  /** The lines of the page's chrome (0-based): the stats, their counts, the answerer's header. */
  chrome: number[];
  subtitle: number[];
}

/** The head of the Zhihu question page `trimmed` (the note's lines, trimmed) are a copy of, when its stats stand under its first line. */
export function questionPageHead(trimmed: readonly string[]): QuestionPageHead | undefined {
  const filled = trimmed.flatMap((line, index) => (line === '' ? [] : [index]));
  const [title] = filled;
  if (title === undefined) return undefined;
  const chrome: number[] = [];
  let at = 1;
  const stats = new Set<string>();
  while (at < filled.length && STAT.test(trimmed[filled[at]!]!)) {
    const stat = trimmed[filled[at]!]!;
    stats.add(stat.slice(0, 3));
    chrome.push(filled[at]!);
    at++;
    if (/\d/.test(stat) || at >= filled.length || !COUNT.test(trimmed[filled[at]!]!)) continue;
    chrome.push(filled[at]!);
    at++;
  }
  // Both stats: one alone may be a note's word (`关注者` heading a list of followers).
  if (stats.size < 2) return undefined;
  // The answerer's name and headline, only over the answer's buttons or votes, which tell them apart from its first lines.
  for (let size = HEADER_LINES; size >= 1; size--) {
    const header = filled.slice(at, at + size);
    const under = filled[at + size];
    if (header.length < size || under === undefined || !isSiteChrome(trimmed[under]!)) continue;
    if (header.some((line) => trimmed[line]!.length > LONGEST_HEADER_LINE || isSiteChrome(trimmed[line]!))) continue;
    chrome.push(...header);
    break;
  }
  return { title, chrome, subtitle: [] };
}
