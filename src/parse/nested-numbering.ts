/**
 * Numbered lists nested right under a list item's line, numbered on from an
 * earlier list, as interview books written for GitBook number their questions:
 *
 *     8. Hyperparameters.
 *         4. [E] What are the differences between parameters and hyperparameters?
 *         5. [E] Why is hyperparameter tuning important?
 *
 * CommonMark lets an ordered list interrupt a paragraph only when it starts
 * at 1, so remark reads those lines as more of the item's text
 * ("Hyperparameters. 4. [E] What …"), where GitBook and the site the notes
 * were copied from show a nested list of questions. This pass writes such a
 * list's first number as 1 (`4.` as `1.`, `12. ` as `1.  `: the same length,
 * and the item's text where it was, so every position stays the file's), and
 * `restoreListStarts` gives the parsed list its own number back.
 *
 * Only a line that would open a list nested in the item of the line before
 * is read so: indented at least to that item's text and less than four
 * columns past it, its number under 1000 (a line of wrapped text starting
 * with `2019.` stays text). Lines a list item opens anyway, and siblings of
 * an item (`5.` under `4.`), are left as they are.
 */
import type { List, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { proseParagraphs } from './prose-lines.js';
import { afterQuoteMarkers } from './quote-markers.js';

/** A list item's first line: its indentation, where its text starts (columns), and its number as written. */
interface ItemLine {
  indent: number;
  content: number;
  /** For an ordered item: where its digits are in the line, and their value. */
  digits?: { start: number; end: number; value: number };
}

/** Per rewritten list, by the line and column (1-based, as mdast counts them) of its first marker: its number as written. */
export type ListStarts = Map<string, number>;

// A nested line that may open a numbered list under the line before: indented, a number not 1 of at most three digits.
const MAYBE_NESTED = /\n(?:[ \t]*>)*[ \t]+(?:[02-9]|\d{2,3})[.)][ \t]/;
const MARKER = /^([ \t]*)(?:[-*+]|(\d{1,9})[.)])([ \t]+)(?=\S)/;

export function openNestedLists(text: string): { text: string; starts: ListStarts } {
  const starts: ListStarts = new Map();
  if (!MAYBE_NESTED.test(text)) return { text, starts };
  const rewrites: Array<{ at: number; digits: string }> = [];
  for (const paragraph of proseParagraphs(text)) {
    if (paragraph.lines.length < 2) continue;
    // The items whose text the line goes on with, outermost first.
    const open: ItemLine[] = [];
    paragraph.lines.forEach(({ number, start, end }, k) => {
      const line = text.slice(start, end);
      const quoted = afterQuoteMarkers(line);
      const item = itemLine(line, quoted);
      if (!item) return;
      if (k === 0) return void open.push(item);
      let sibling = false;
      while (open.length > 0 && open.at(-1)!.content > item.indent) (open.pop(), (sibling = true));
      // A sibling of an open item goes on with its list; outside every item, the line is text.
      if (sibling) return void open.push(item);
      const parent = open.at(-1);
      if (!parent || item.indent >= parent.content + 4) return;
      const { digits } = item;
      if (digits && digits.value !== 1 && digits.end - digits.start <= 3) {
        // micromark takes exactly `1` (not `01`): the other digits become spaces after the delimiter, which keeps the text's column.
        const delimiter = line[digits.end]!;
        rewrites.push({ at: start + digits.start, digits: `1${delimiter}${' '.repeat(digits.end - digits.start - 1)}` });
        starts.set(`${number}:${digits.start + 1}`, digits.value);
      }
      open.push(item);
    });
  }
  if (rewrites.length === 0) return { text, starts };
  let rewritten = '';
  let from = 0;
  for (const { at, digits } of rewrites) {
    rewritten += text.slice(from, at) + digits;
    from = at + digits.length;
  }
  return { text: rewritten + text.slice(from), starts };
}

/** The list item a line opens (after `quoted` characters of quote markers), or undefined. Tabs count to the next multiple of 4. */
function itemLine(line: string, quoted: number): ItemLine | undefined {
  const marker = MARKER.exec(line.slice(quoted));
  if (!marker) return undefined;
  const columns = (text: string, from: number) => {
    let width = from;
    for (const char of text) width = char === '\t' ? width + 4 - (width % 4) : width + 1;
    return width;
  };
  const [whole, spaces, number, gap] = marker;
  const indent = columns(spaces!, 0);
  const afterMarker = columns(whole.slice(spaces!.length, whole.length - gap!.length), indent);
  // More than four spaces after the marker: the text is indented code, and the item's text starts one column after it.
  const content = columns(gap!, afterMarker) - afterMarker > 4 ? afterMarker + 1 : columns(gap!, afterMarker);
  if (number === undefined) return { indent, content };
  const digitsStart = quoted + spaces!.length;
  return { indent, content, digits: { start: digitsStart, end: digitsStart + number.length, value: Number(number) } };
}

/** Gives each list whose first number the pass rewrote its number as written. */
export function restoreListStarts(tree: Root, starts: ListStarts): void {
  if (starts.size === 0) return;
  visit(tree, 'list', (list: List) => {
    const start = list.position?.start;
    const written = start && starts.get(`${start.line}:${start.column}`);
    if (written !== undefined && list.ordered) list.start = written;
  });
}
