/**
 * Cheat notes write their pairs with no blank line between them, and an answer may end in a quote or a
 * table:
 *
 *     Q: What is dropout?
 *     A: Randomly zeroing activations.
 *     > Acts like an ensemble.
 *     Q: What is batch norm?
 *
 * CommonMark reads the `Q:` line on as a lazy line of the quote's paragraph (GFM, as a row of the
 * table), and every pair after it went into the first answer's quote. A `Q:` line (isQaLine) right under
 * a quoted line or a table's row, not quoted itself, that asks or has its answer's label under it, starts a
 * question: the lines before which
 * parse/markdown.ts puts a blank line, as it does beside a wrapper tag (html-blocks.ts).
 */
import { proseParagraphs } from './prose-lines.js';
import { afterQuoteMarkers, quoteDepth } from './quote-markers.js';
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

/** A quote marker or a table's delimiter row at a line's head: without either, no line can go on lazily so. */
const QUOTE_OR_TABLE = /^ {0,3}>|^[ \t]*\|?[ \t]*:?-+:?[ \t]*\|/m;
const DELIMITER_ROW = /^[ \t]*\|?(?:[ \t]*:?-+:?[ \t]*\|)+[ \t]*(?::?-+:?[ \t]*)?$/;

/** The lines (0-based) that open a question though Markdown would read them on into the quote or table above. */
export function lazyQuestionLines(text: string): Set<number> {
  const found = new Set<number>();
  if (!QUOTE_OR_TABLE.test(text)) return found;
  for (const paragraph of proseParagraphs(text)) {
    let table = false;
    let above: string | undefined;
    paragraph.lines.forEach(({ number, start, end }, k) => {
      const line = text.slice(start, end);
      // A line with a cell's pipe is a row of the table (`Q1. What is dropout? | Random zeroing`), whatever it starts with.
      const lazy = above !== undefined && afterQuoteMarkers(line) === 0 && (quoteDepth(above) > 0 || (table && above.includes('|') && !line.includes('|')));
      // One that asks, or is answered on the line under it: a quoted formula's `Q: the queries, K: the keys` goes on with it.
      if (lazy && isQaLine(line) && (endsWithQuestionMark(line) || answeredBelow(text, paragraph.lines[k + 1]))) found.add(number - 1);
      if (DELIMITER_ROW.test(line.slice(afterQuoteMarkers(line)))) table = true;
      above = line;
    });
  }
  return found;
}

/** Whether `line` of the text is there and opens with an answer's label (`A: …`, `**A:** …`). */
function answeredBelow(text: string, line: { start: number; end: number } | undefined): boolean {
  return line !== undefined && isAnswerLine(text.slice(line.start, line.end));
}
