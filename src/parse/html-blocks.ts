/**
 * CommonMark ends an HTML block only at a blank line, so in
 *
 *     <div markdown="1">
 *     Certainly. While all three ...
 *
 * the answer's first paragraph is swallowed as raw HTML. Jekyll/Hugo notes
 * write `<details>`, `<summary>` and `<div>` wrappers this way all the time.
 * This pass puts a blank line between such a wrapper-tag line and adjacent
 * text (and before any line its caller names: lazy-questions.ts), and returns
 * a map back to the original offsets and lines.
 *
 * GitHub READMEs also write a fold whole on each line, one under another:
 *
 *     <details><summary>What is overfitting?</summary>Fitting noise.</details>
 *     <details><summary>What is dropout?</summary>Zeroing activations.</details>
 *
 * One HTML block to CommonMark, whose folds the extractor cannot tell apart: such a line is put apart from
 * another, and from a wrapper-tag line beside it (`</details>` closing the fold above), so each is a block.
 */

const WRAPPER_TAGS = 'details|summary|div|section|article|aside|center|p';
const TAG = `<\\/?(?:${WRAPPER_TAGS})\\b[^>]*>|<summary\\b[^>]*>.*?<\\/summary>`;
const TAG_LINE = new RegExp(`^[ \\t]*(?:(?:${TAG})[ \\t]*)+$`, 'i');
/**
 * A line break alone on a line: READMEs put one under `<summary>…</summary>` to space the fold's answer
 * from its title. Right under a wrapper tag line it is part of the wrapper (split off, it stood between
 * the fold and its answer); elsewhere it is the line break it is in a paragraph.
 */
const BREAK_LINE = /^[ \t]*(?:<br\s*\/?>[ \t]*)+$/i;
/** One `<details>` opened and closed on the line, its `<summary>` first: `<details><summary>Q?</summary>A.</details>`. */
const FOLD_LINE = /^[ \t]*<details\b[^>]*>[ \t]*<summary\b(?:(?!<\/?details\b).)*<\/details\s*>[ \t]*$/i;

export interface OffsetMap {
  /** Offsets (in the new text) of each inserted newline, ascending. */
  inserted: number[];
}

/** A wrapper tag anywhere: without one no line can be a tag line, and the text is returned as it is. */
const ANY_WRAPPER_TAG = new RegExp(`<\\/?(?:${WRAPPER_TAGS})\\b`, 'i');

/** `breakBefore`: lines (0-based) to put a blank line before too, whatever they hold (lazy-questions.ts). */
export function separateHtmlBlocks(text: string, breakBefore: ReadonlySet<number> = new Set()): { text: string; map: OffsetMap } {
  // Most notes have no wrapper tags: spare them the split into lines and the join.
  if (!ANY_WRAPPER_TAG.test(text) && breakBefore.size === 0) return { text, map: { inserted: [] } };
  const lines = text.split('\n');
  const isTag: boolean[] = [];
  const isWrapperTag = lines.map((line) => TAG_LINE.test(line));
  lines.forEach((line, i) => isTag.push(isWrapperTag[i]! || (i > 0 && isTag[i - 1]! && BREAK_LINE.test(line))));
  const isBlank = lines.map((line) => line.trim() === '');
  const isFold = lines.map((line) => FOLD_LINE.test(line));
  const apart = (prev: number, next: number) => (isFold[prev]! && (isFold[next]! || isWrapperTag[next]!)) || (isFold[next]! && isWrapperTag[prev]!);
  const out: string[] = [];
  const inserted: number[] = [];
  let offset = 0;
  const push = (line: string) => {
    out.push(line);
    offset += line.length + 1;
  };
  for (let i = 0; i < lines.length; i++) {
    const text = i > 0 && (breakBefore.has(i) || (!isBlank[i - 1] && !isBlank[i] && apart(i - 1, i)) || needsBreak(i - 1, i, isTag, isBlank, lines));
    if (text) {
      inserted.push(offset);
      push('');
    }
    push(lines[i]!);
  }
  return { text: out.join('\n'), map: { inserted } };
}

/**
 * A line of HTML that shows something (`<img …>`, `<table>`): never Markdown text, so it stays in the HTML
 * block of the wrapper around it. Split off, an indented `<img>` under `<center>` became a code block.
 */
const SHOWING_HTML_LINE = /^[ \t]*<(?:img|table|thead|tbody|tr|td|th|svg|picture|source|figure|figcaption|iframe|video|audio)\b/i;

function needsBreak(prev: number, next: number, isTag: boolean[], isBlank: boolean[], lines: readonly string[]): boolean {
  if (isBlank[prev] || isBlank[next] || isTag[prev] === isTag[next]) return false;
  return !SHOWING_HTML_LINE.test(lines[isTag[prev] ? next : prev]!);
}

/** Map an offset in the separated text back to the original text. */
export function originalOffset(map: OffsetMap, offset: number): number {
  let lo = 0;
  let hi = map.inserted.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (map.inserted[mid]! < offset) lo = mid + 1;
    else hi = mid;
  }
  return offset - lo;
}
