/**
 * The block markup of Textile (a Redmine wiki's) and of Confluence's and Jira's wiki markup, in a page copied as its
 * source: each block opens with its signature,
 *
 *     h2. 1. 모델
 *
 *     h3. Explain L2 regularization.
 *
 *     bc. loss = mse(y, y_hat) + lam * (w ** 2).sum()
 *
 *     bq. 주의: eval()은 gradient 계산을 끄지 않는다.
 *
 *     |_. 항목 |_. Random forest |        ||지표||정의||
 *     | 학습 방식 | 병렬 배깅 |           |Precision|TP / (TP + FP)|
 *
 * Read as text, `h3. ` hid a question that asks without a question mark (`Explain L2 regularization.` was a line of
 * the answer above), and the questions found kept it. A heading `hN. ` is read as a heading of that level, a block
 * quote `bq. ` as a quote, a code block `bc. ` (`bc.. ` over several blocks) and `<pre><code class="python">` …
 * `</code></pre>` as code, a table whose first row is a header (`|_. …|`, `||…||`) as a table, and a table of contents
 * (`{{toc}}`) left out; a paragraph's signature `p. ` is left off its text, and Textile's phrase markup (`*bold*`,
 * `_em_`, `@code@`, `"words":url`) read as Markdown's (textile-inline.ts). Only in a note written so: two headings
 * `hN. ` or more, or one in a page whose Confluence macros pair up (confluence-macros.ts); an ordinary line that
 * opens with `h1.` is text.
 */

import { ForwardSearches } from './forward-searches.js';

declare module 'mdast' {
  interface BlockquoteData {
    /**
     * The wiki markup that quotes it in copied text, which reads no other quote: a Confluence panel's or quote macro's
     * name (`info`, `note`, `quote`, confluence-macros.ts) or a block quote's signature `bq`. An aside, kept a quote.
     */
    wikiMarkup?: string;
  }
}

/** A heading, `h1. ` to `h6. `, with its text. */
const HEADING = /^h([1-6])\.[ \t]+(?=\S)/;
/** Textile's paragraph signature, its class, style, language or alignment too (`p. `, `p(note). `, `p>. `): its text is the paragraph's. */
const PARAGRAPH = /^p(?:\([^()]*\)|\{[^{}]*\}|\[[^\[\]]*\]|[<>=]+)*\.[ \t]+(?=\S)/;
/** A block quote's or a code block's signature (`bc.. ` an extended one, over blank lines), with its text. */
const QUOTE_OR_CODE = /^(bq|bc)(\.\.?)[ \t]+(?=\S)/;
/** Any block's signature: what ends an extended code block. */
const SIGNATURE = /^(?:h[1-6]|bq|bc|p|pre|notextile|fn\d+)\.\.?[ \t]/;
/** A preformatted block's opening tags, alone or before its first line, the language in its code's class. */
const PRE_OPEN = /^[ \t]*<pre>(?:<code(?:[ \t]+class="(?:language-|lang-)?([\w+#-]+)")?>)?/i;
/** Its closing tags, after its last line or alone. */
const PRE_CLOSE = /(?:<\/code>)?<\/pre>[ \t]*$/i;
/** A table's row: cells between bars. */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
/** A header row: Confluence's double bars, or Textile's `_. ` before a cell. */
const HEADER_ROW = /^[ \t]*(?:\|\||\|_\.)/;
/** A Textile cell's own signature: a header's `_. `, an alignment's `<. ` / `>. ` / `=. `. */
const CELL_SIGNATURE = /^(?:_|[<>=^~]|_[<>=])\.[ \t]*/;
/** A Redmine table of contents or list of pages, alone on its line. */
const MACRO_LINE = /^[ \t]*\{\{>?(?:toc|<toc|child_pages)[^{}]*\}\}[ \t]*$/;

/** Whether the note is written in this markup: two headings `hN. ` or more, or one beside Confluence macros. */
export function isWikiMarkup(lines: readonly string[], hasMacros: boolean): boolean {
  let headings = 0;
  for (const line of lines) if (HEADING.test(line) && ++headings >= (hasMacros ? 1 : 2)) return true;
  return false;
}

/** A cell of a table's row: its text and the column (0-based) where it starts. */
export interface WikiCell {
  text: string;
  column: number;
}

/** A block of the markup at a line, the lines from `start` (0-based) to before `next`. */
export type WikiBlock =
  | { kind: 'heading'; depth: number; column: number; next: number }
  /** A paragraph's first line, its text from `column`. */
  | { kind: 'paragraph'; column: number; next: number }
  /** A quote's text: its first line's from `column`, the lines under it up to a blank one whole. */
  | { kind: 'quote'; column: number; next: number }
  /** Code: its first line's from `column`, its last line's up to `end` when its tags close it there; `tags` the lines (0-based) of tags alone, left out. */
  | { kind: 'code'; first: number; last: number; column: number; end?: number; lang?: string; tags: number[]; next: number }
  | { kind: 'table'; rows: WikiCell[][]; next: number }
  | { kind: 'macro'; next: number };

/** The block of the markup at `start` (0-based) of `lines`, if one opens there. */
export function wikiBlockAt(lines: readonly string[], start: number): WikiBlock | undefined {
  const line = lines[start]!;
  const heading = HEADING.exec(line);
  if (heading) return { kind: 'heading', depth: Number(heading[1]), column: heading[0].length, next: start + 1 };
  const paragraph = PARAGRAPH.exec(line);
  if (paragraph) return { kind: 'paragraph', column: paragraph[0].length, next: start + 1 };
  const signed = QUOTE_OR_CODE.exec(line);
  if (signed) {
    const extended = signed[2] === '..';
    // A block goes on to a blank line; an extended one over blank lines, to the next block's signature.
    const next = extended ? lineAfter(lines, 'signature', start + 1, (text) => SIGNATURE.test(text)) : lineAfter(lines, 'blank', start + 1, (text) => text.trim() === '');
    if (signed[1] === 'bq') return { kind: 'quote', column: signed[0].length, next };
    let last = next - 1;
    while (last > start && lines[last]!.trim() === '') last--;
    return { kind: 'code', first: start, last, column: signed[0].length, tags: [], next };
  }
  if (MACRO_LINE.test(line)) return { kind: 'macro', next: start + 1 };
  return preAt(lines, start) ?? tableAt(lines, start);
}

/**
 * The searches down a note's lines for where a block ends, kept for the note: the blocks are asked for line by line,
 * and a note of many `<pre>` lines that nothing closes (or of `bq. ` lines over one long paragraph) was searched to the
 * end from each (quadratic: 20,000 took 8 s).
 */
const searches = new WeakMap<readonly string[], ForwardSearches<number>>();

/** The first line from `from` on that passes `test` (searched under `key`), or the number of lines when none does. */
function lineAfter(lines: readonly string[], key: string, from: number, test: (line: string) => boolean): number {
  let found = searches.get(lines);
  if (!found) searches.set(lines, (found = new ForwardSearches((at) => (at === lines.length ? -1 : at))));
  return found.find(key, from, () => {
    let k = from;
    while (k < lines.length && !test(lines[k]!)) k++;
    return k;
  });
}

/** `<pre><code class="python">` … `</code></pre>`: code, its tags left out where they stand alone. */
function preAt(lines: readonly string[], start: number): WikiBlock | undefined {
  const open = PRE_OPEN.exec(lines[start]!);
  if (!open) return undefined;
  const close = PRE_CLOSE.test(lines[start]!.slice(open[0].length)) ? start : lineAfter(lines, 'pre', start + 1, (text) => PRE_CLOSE.test(text));
  if (close >= lines.length) return undefined;
  const closing = PRE_CLOSE.exec(lines[close]!)!;
  const tags: number[] = [];
  let first = start;
  let column = open[0].length;
  if (lines[start]!.slice(open[0].length).trim() === '') {
    tags.push(start);
    first = start + 1;
    column = 0;
  }
  let last = close;
  let end: number | undefined = closing.index;
  if (close > start && lines[close]!.slice(0, closing.index).trim() === '') {
    tags.push(close);
    last = close - 1;
    end = undefined;
  }
  if (last < first) return undefined;
  return { kind: 'code', first, last, column, ...(end !== undefined && last === close ? { end } : {}), ...(open[1] ? { lang: open[1].toLowerCase() } : {}), tags, next: close + 1 };
}

/** A run of table rows whose first is a header row: a table, its cells without their bars and signatures. */
function tableAt(lines: readonly string[], start: number): WikiBlock | undefined {
  if (!HEADER_ROW.test(lines[start]!) || !TABLE_ROW.test(lines[start]!)) return undefined;
  let next = start + 1;
  while (next < lines.length && TABLE_ROW.test(lines[next]!)) next++;
  return { kind: 'table', rows: lines.slice(start, next).map(cellsOf), next };
}

/** A row's cells: between single bars, or double ones in Confluence's header row. */
function cellsOf(line: string): WikiCell[] {
  const bar = /^[ \t]*\|\|/.test(line) ? '||' : '|';
  const cells: WikiCell[] = [];
  let at = line.indexOf(bar) + bar.length;
  const end = line.lastIndexOf(bar);
  while (at <= end) {
    const to = line.indexOf(bar, at);
    const raw = line.slice(at, to);
    const signature = CELL_SIGNATURE.exec(raw.trimStart())?.[0] ?? '';
    const leading = raw.length - raw.trimStart().length + signature.length;
    cells.push({ text: raw.slice(leading).trim(), column: at + leading });
    at = to + bar.length;
    if (to === end) break;
  }
  return cells;
}
