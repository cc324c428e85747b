/**
 * Notes copied from Hugo and Jekyll blog sources carry the site generator's
 * template markup: Hugo shortcodes (`{{< details "Answer" >}}`), Liquid tags
 * (`{% highlight python %}`, `{{ site.url }}`) and kramdown attribute lists
 * (`{: .notice}`, `## Title {#id}`). The site would have turned them into
 * HTML; qbank reads them as the author meant before remark sees the text.
 *
 * The pass only blanks markup out or writes shorter Markdown over it
 * (`SameLengthText`), so every line of the tree parsed from the result is
 * that of the file, and so is every column and offset but on a line that
 * began with markup (its text moves back to the line's indentation, lest it
 * read as indented code). Notes give the file's own line and column. Code (fenced, indented, code spans),
 * display math and front matter are left as written: a Jinja or Go template
 * in an answer's code is code.
 */
import type { Break, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitFrontMatter } from './front-matter.js';
import { SameLengthText } from './same-length-text.js';
import { readShortcodes, type DetailsWrapper } from './hugo-shortcodes.js';
import { readLiquid } from './liquid-tags.js';
import { readKramdownAttributes } from './kramdown-attributes.js';

/** A line of prose the pass reads: offsets into the whole text, 1-based number. */
export interface ProseLine {
  number: number;
  start: number;
  end: number;
}

/** Something the pass left out that the user is told of (an info note). */
export interface MarkupNote {
  line: number;
  column: number;
  ruleId: 'hugo-shortcode' | 'liquid-tag';
  message: string;
}

/** What the dialect readers share while they go through the lines. */
export interface MarkupReading {
  source: string;
  text: SameLengthText;
  notes: MarkupNote[];
  details: DetailsWrapper[];
  /** Stretches read as written: code spans of the line being read, `{% raw %}` blocks. */
  literal: Array<[number, number]>;
  /** The last search for each closing pattern (see `findAfter`). */
  searches: Map<string, { from: number; found: RegExpExecArray | null }>;
}

export interface SiteMarkupRead {
  /** The text to parse: as long as the source, with the same line breaks. */
  text: string;
  notes: MarkupNote[];
  /** Hugo `details` shortcodes, to stand in the tree as the `<details>` HTML they make. */
  details: DetailsWrapper[];
  /** Whether the space at an offset of `text` stands for markup left out. */
  isGap: (offset: number) => boolean;
}

/**
 * A line that only a Hugo or Jekyll source holds: a shortcode, a Jekyll tag
 * (not `{% for %}`, which a Jinja snippet has too) or a kramdown attribute list.
 */
export const SITE_MARKUP_LINE =
  /^[ \t]*(?:\{\{<[ \t]*\/?[ \t]*[A-Za-z][^\n]{0,300}>\}\}|\{\{%[ \t]*\/?[ \t]*[A-Za-z][^\n]{0,300}%\}\}|\{%-?[ \t]*(?:highlight|endhighlight|raw|endraw|include|comment|endcomment)\b[^\n]{0,300}%\}|\{:[^}\n]{0,300}\})[ \t]*$/m;

/** Without one of these openers there is no markup to read. */
const ANY_MARKUP = /\{\{|\{%|\{:|\{[.#]/;
const FENCE = /^[ \t>]*(?:[-*+] |\d+[.)] )*[ \t]*(`{3,}|~{3,})/;
const MATH_FENCE = /^[ \t>]*\$\$[ \t]*$/;
const INDENTED = /^(?: {4}|\t)/;

export function readSiteMarkup(source: string): SiteMarkupRead {
  if (!ANY_MARKUP.test(source)) return { text: source, notes: [], details: [], isGap: () => false };
  const reading: MarkupReading = { source, text: new SameLengthText(source), notes: [], details: [], literal: [], searches: new Map() };
  const firstLine = (splitFrontMatter(source).frontMatter?.endLine ?? 0) + 1;
  let fence: string | undefined;
  let math = false;
  let previousBlankOrCode = true;
  let start = 0;
  for (let number = 1; start <= source.length; number++) {
    let end = source.indexOf('\n', start);
    if (end === -1) end = source.length;
    const line: ProseLine = { number, start, end };
    const current = () => reading.text.slice(start, end);
    if (number < firstLine) {
      // front matter: YAML, not Markdown
    } else if (fence) {
      const close = FENCE.exec(current());
      if (close && close[1]![0] === fence[0] && close[1]!.length >= fence.length && current().trim() === close[0].trim()) fence = undefined;
    } else if (math) {
      if (MATH_FENCE.test(current())) math = false;
    } else if (INDENTED.test(current()) && previousBlankOrCode) {
      // indented code
    } else {
      reading.literal = [...reading.literal.filter(([, to]) => to > start), ...codeSpans(source, start, end)];
      readLiquid(line, reading);
      readShortcodes(line, reading);
      readKramdownAttributes(line, reading);
      reading.text.closeLineHead(start + /^[ \t>]*/.exec(source.slice(start, end))![0].length, end);
      fence = FENCE.exec(current())?.[1];
      math = MATH_FENCE.test(current());
    }
    previousBlankOrCode = current().trim() === '' || (previousBlankOrCode && INDENTED.test(current()));
    start = end + 1;
  }
  const text = reading.text;
  return { text: text.toString(), notes: reading.notes, details: reading.details, isGap: (offset) => text.isGap(offset) };
}

/** The code spans of a line, as offsets: a run of backticks up to the same run. */
function codeSpans(source: string, start: number, end: number): Array<[number, number]> {
  const spans: Array<[number, number]> = [];
  let i = start;
  while (i < end) {
    if (source[i] !== '`') {
      i++;
      continue;
    }
    let run = 1;
    while (source[i + run] === '`') run++;
    const close = source.indexOf('`'.repeat(run), i + run);
    if (close !== -1 && close < end) {
      spans.push([i, close + run]);
      i = close + run;
    } else i += run;
  }
  return spans;
}

/** Whether `start`..`end` overlaps a stretch that is read as written. */
export function isLiteral(reading: MarkupReading, start: number, end: number): boolean {
  return reading.literal.some(([from, to]) => start < to && end > from);
}

/** Every match of a global `pattern` on the line as it reads now, with its offset in the text; literal ones left out. */
export function* markupOn(line: ProseLine, reading: MarkupReading, pattern: RegExp): Generator<RegExpExecArray & { offset: number }> {
  const text = reading.text.slice(line.start, line.end);
  for (const match of text.matchAll(pattern)) {
    const offset = line.start + match.index;
    if (isLiteral(reading, offset, offset + match[0].length)) continue;
    // Already read with its partner (a math shortcode's closing one, written over with `$`).
    if (reading.text.slice(offset, offset + match[0].length) !== match[0]) continue;
    yield Object.assign(match as RegExpExecArray, { offset });
  }
}

/**
 * The first match of `pattern` in the source at or after `from`. Openers are
 * read in order, so a search is answered from the last one for the same
 * pattern when it still applies: a file of a thousand `{% raw %}` with no
 * `{% endraw %}` is searched to its end once, not a thousand times.
 */
export function findAfter(reading: MarkupReading, pattern: RegExp, from: number): RegExpExecArray | null {
  const last = reading.searches.get(pattern.source);
  if (last && last.from <= from && (last.found === null || last.found.index >= from)) return last.found;
  const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
  global.lastIndex = from;
  const found = global.exec(reading.source);
  reading.searches.set(pattern.source, { from, found });
  return found;
}

/** 1-based column of an offset on a line. */
export function columnOf(line: ProseLine, offset: number): number {
  return offset - line.start + 1;
}

/**
 * Markup left out in the middle of a line leaves its width in spaces
 * ("here,           really"): take them out of the text nodes they fall in,
 * keeping one space where words meet. A node whose text is not the source
 * character for character (an escape, an entity) is left as it is.
 */
export function closeMarkupGaps(tree: Root, read: SiteMarkupRead): void {
  const { text, isGap } = read;
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || node.value !== text.slice(start, end)) return;
    let value = '';
    let afterGap = false;
    for (let offset = start; offset < end; offset++) {
      if (isGap(offset)) {
        afterGap = true;
        continue;
      }
      const char = text[offset]!;
      if (afterGap && /\s/.test(char) && /\s$/.test(value)) {
        afterGap = false;
        continue;
      }
      afterGap = false;
      value += char;
    }
    node.value = value;
  });  // Markup blanked at a line's end (or moved there from its head) leaves spaces that read as a hard break: it was a line end.
  visit(tree, 'break', (node: Break, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || index === undefined || !parent) return;
    // A hard break the user wrote has two spaces of their own (or a backslash) before the line end.
    let ownSpaces = 0;
    for (let offset = start; offset < end; offset++) if (text[offset] === ' ' && !isGap(offset)) ownSpaces++;
    if (ownSpaces >= 2 || text[start] === '\\') return;
    parent.children[index] = { type: 'text', value: '\n', ...(node.position ? { position: node.position } : {}) };
  });
}
