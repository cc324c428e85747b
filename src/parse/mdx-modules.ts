/**
 * An MDX page's `import` and `export` lines load its components and data: no text of the page, left out with a note
 * (in a `.mdx` file only: a Markdown note's may be JavaScript it shows). One whose brackets it leaves open
 * (`export const stats = {`, `import {` over the names it imports) runs on to the line that closes them, and is left
 * out whole, with one note: its lines are JavaScript, not the page's text.
 */
import { isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';
import { lineRange } from '../report/line-span.js';

/**
 * An ES module's line, as MDX reads it at the head of a line: `import … from '…'`, `import '…'`, `export const …`.
 * The spaces around the names are one space each side of them, and an export's line ends in its text, not in spaces
 * of their own: runs beside others that may hold spaces split a long run of spaces every way there is (`import` and
 * 2,000 spaces took 3 s, 8,000 five minutes).
 */
export const MODULE_LINE = /^(?:import[ \t](?:[\w*{},\s]+[ \t]from[ \t]+|[ \t]*)(["'])[^"'\n]+\1;?[ \t]*|export[ \t]+(?:const|let|var|function|default|\{)[^\n]*)$/;
/** An `import` whose names run on over the lines under it: `import {`, `import X, {`. */
export const IMPORT_OPENING = /^import[ \t]+(?:[\w$]+[ \t]*,[ \t]*)?\{[^}\n]*$/;
/** The lines a module block spans at most: one whose brackets never close is its first line alone. */
const LONGEST_BLOCK = 300;

/** Whether an MDX page's text may hold a module line: without one no line is read. */
export function mayHoldModuleLines(text: string, mdxPage: boolean): boolean {
  return mdxPage && /^(?:import|export)[ \t]/m.test(text);
}

/** An `import` or `export` line, or the block it opens, left out with a note; whether the line was one. */
export function readModuleLine(line: ProseLine, text: string, reading: MarkupReading): boolean {
  if (!reading.mdxPage || !(MODULE_LINE.test(text) || IMPORT_OPENING.test(text)) || isLiteral(reading, line.start, line.end)) return false;
  const kind = text.startsWith('import') ? 'import' : 'export';
  const end = blockEnd(reading.source, line);
  if (!end) {
    if (!MODULE_LINE.test(text)) return false;
    reading.text.blank(line.start, line.end);
    reading.notes.push({ line: line.number, column: 1, ruleId: 'mdx-module', message: `Left out the MDX page's ${kind} line, which loads what the page shows and is no text of it: "${text.trim()}"` });
    return true;
  }
  reading.text.blank(line.start, end.offset);
  reading.notes.push({
    line: line.number,
    column: 1,
    ruleId: 'mdx-module',
    message: `Left out the MDX page's ${kind} block (${lineRange(line.number, end.line)}), which loads what the page shows and is no text of it: "${text.trim()}"`,
  });
  return true;
}

/**
 * Where the brackets the line opens and leaves open close, on a line below it: that line and the offset of its end;
 * undefined when the line closes its own (or they never close).
 */
function blockEnd(source: string, line: ProseLine): { line: number; offset: number } | undefined {
  let depth = 0;
  let quote: string | undefined;
  let start = line.start;
  for (let number = line.number; number < line.number + LONGEST_BLOCK && start <= source.length; number++) {
    const end = source.indexOf('\n', start) === -1 ? source.length : source.indexOf('\n', start);
    for (let k = start; k < end; k++) {
      const c = source[k]!;
      if (quote) {
        if (c === '\\') k++;
        else if (c === quote) quote = undefined;
      } else if (c === '"' || c === "'" || c === '`') quote = c;
      else if (c === '/' && source[k + 1] === '/') break;
      else if ('{[('.includes(c)) depth++;
      else if ('}])'.includes(c)) depth--;
    }
    // A string's quote left open at the line's end is no string (an apostrophe in a comment): only a template's runs on.
    if (quote !== '`') quote = undefined;
    if (depth <= 0) return number === line.number ? undefined : { line: number, offset: end };
    start = end + 1;
  }
  return undefined;
}
