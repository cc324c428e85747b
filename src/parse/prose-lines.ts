/**
 * Which lines of a note are prose and which are code, read once by the rules
 * remark applies, for the passes that edit the raw text before remark parses
 * it (site markup, TeX delimiters, Obsidian comments): each reads prose and
 * leaves code as written, and all three must agree on which is which.
 *
 * - Fenced code opens with three or more backticks or tildes (a backtick
 *   fence's info string holds no backtick: ```` ```x``` ```` is a code span)
 *   and closes with a line of only the same character, at least as many,
 *   and spaces. Left open, it runs to the end of the note.
 * - A `$$` line opens a math block and the next `$$` line closes it: TeX, not
 *   Markdown.
 * - A line indented four columns past its list item's content is indented
 *   code, but only where a paragraph cannot go on: after a blank line, a
 *   heading, a thematic break, the end of a fence or math block, other
 *   indented code, or at the note's head. After a paragraph's line it
 *   continues the paragraph. Under `1. Question?` and a blank line, an answer
 *   indented four spaces is the item's paragraph, not code.
 * - Block quote markers are read through; a fence or `$$` line may stand
 *   after them or after list markers.
 *
 * - An HTML block (`<div>`, `<details>`, `<!--`) starts a paragraph of its own,
 *   though its lines read as prose, as before (the passes mend what they do
 *   in raw HTML, or read it on purpose).
 *
 * A prose line also says whether it goes on with the paragraph of the line
 * before it: the passes find code spans and display math per paragraph.
 * Container rules past these (tables, an HTML block's own end, a fence ended
 * with its list item or quote) are not modelled.
 */
import { afterQuoteMarkers, quoteDepth } from './quote-markers.js';
import { BULLET, HEADING_HASHES, ITEM_NUMBER, ITEM_NUMBER_END } from './block-marks.js';
export type LineKind = 'blank' | 'prose' | 'fenced-code' | 'indented-code' | 'math';

export interface LineRead {
  kind: LineKind;
  /** A prose line that goes on with the paragraph of the prose line before it. */
  continues: boolean;
}

/** A line of a note: offsets into the whole text, 1-based number. */
export interface ProseLine {
  number: number;
  start: number;
  end: number;
}

/** Consecutive prose lines of one paragraph (a heading stands alone). */
export interface ProseParagraph {
  start: number;
  /** Where its last line ends (before the line break). */
  end: number;
  lines: ProseLine[];
}

// Sticky: each is matched where a line's text starts (see `matchAt`), without slicing the line.
const FENCE_OPEN = /(`{3,}|~{3,})(.*)$/y;
const FENCE_CLOSE = /[ \t]*(`{3,}|~{3,})[ \t]*$/y;
const MATH_FENCE = /[ \t]*\$\$[ \t]*$/y;
const ATX_HEADING = new RegExp(String.raw`${HEADING_HASHES}(?:[ \t]|$)`, 'y');
const SETEXT_UNDERLINE = /=+[ \t]*$/y;
const LIST_MARKER = new RegExp(String.raw`(?:${BULLET}|(${ITEM_NUMBER})${ITEM_NUMBER_END})(?=[ \t]|$)`, 'y');
/** An HTML block that may interrupt a paragraph (CommonMark's kinds 1 to 6): its lines are read as prose, as before. */
const HTML_BLOCK =
  /<(?:(?:script|pre|style|textarea)(?:[ \t>]|$)|!--|\?|![A-Za-z]|!\[CDATA\[|\/?(?:address|article|aside|base|basefont|blockquote|body|caption|center|col|colgroup|dd|details|dialog|dir|div|dl|dt|fieldset|figcaption|figure|footer|form|frame|frameset|h[1-6]|head|header|hr|html|iframe|legend|li|link|main|menu|menuitem|nav|noframes|ol|optgroup|option|p|param|search|section|summary|table|tbody|td|tfoot|th|thead|title|tr|track|ul)(?:[ \t]|\/?>|$))/iy;
/** The characters a line must start with to be more than text: a fence, `$$`, heading, break, underline, list item or HTML block. */
export const BLOCK_START = /[`~$#*\-_=+0-9<]/;

// One object per answer, shared: a note has thousands of lines.
const BLANK_LINE: LineRead = { kind: 'blank', continues: false };
const STARTS: LineRead = { kind: 'prose', continues: false };
const CONTINUES: LineRead = { kind: 'prose', continues: true };
const FENCED: LineRead = { kind: 'fenced-code', continues: false };
const INDENTED: LineRead = { kind: 'indented-code', continues: false };
const MATH: LineRead = { kind: 'math', continues: false };
const NO_ITEMS: readonly number[] = [];

/**
 * The reading of a note's lines, one after another. A pass that edits a line
 * before the next is read (site markup writes a fence over `{% highlight %}`)
 * asks `peek` what the line is, edits it, then `read`s it as it now stands.
 */
export class ProseReading {
  /** The opening run of an open fenced code block. */
  private fence: Fence | undefined;
  private math = false;
  /** A paragraph is open: the next line may go on with it. */
  private paragraph = false;
  /** The content column of each open list item, outermost first; replaced, never changed in place. */
  private items: readonly number[] = NO_ITEMS;
  /** How many block quote markers the last line had. */
  private quotes = 0;

  /** What `line` is after the lines read so far; the reading moves past it. */
  read(line: string): LineRead {
    if (this.fence) {
      const close = matchAt(FENCE_CLOSE, line, afterQuoteMarkers(line))?.[1];
      if (close !== undefined && close[0] === this.fence.char && close.length >= this.fence.length) this.endBlock();
      return FENCED;
    }
    if (this.math) {
      if (matchAt(MATH_FENCE, line, afterQuoteMarkers(line))) this.endBlock();
      return MATH;
    }
    const markersEnd = afterQuoteMarkers(line);
    const quotes = quoteDepth(line, markersEnd);
    // List items are measured inside their quote: another depth of quoting is another container.
    const open = quotes === this.quotes ? this.items : NO_ITEMS;
    const [indent, textAt] = indentation(line, markersEnd, 0);
    if (textAt === line.length) {
      Object.assign(this, { paragraph: false, items: open, quotes });
      return BLANK_LINE;
    }
    // The open list items this line is indented into.
    let kept = 0;
    while (kept < open.length && open[kept]! <= indent) kept++;
    const column = indent - (kept === 0 ? 0 : open[kept - 1]!);
    const sameBlock = kept === open.length && quotes === this.quotes;
    if (!sameBlock && this.paragraph && quotes <= this.quotes && (column >= 4 || !startsBlock(line, textAt, kept < open.length))) {
      // A lazy line: less indented or quoted than the paragraph's, it goes on with it.
      return CONTINUES;
    }
    this.items = kept === open.length ? open : open.slice(0, kept);
    this.quotes = quotes;
    return this.blockAt(line, textAt, indent, column, sameBlock && this.paragraph);
  }

  /** Whether a fenced code or math block is open: the next line is its, whatever it says. */
  get inCode(): boolean {
    return this.fence !== undefined || this.math;
  }

  /** What `line` would be, the reading staying where it is. */
  peek(line: string): LineRead {
    const { fence, math, paragraph, items, quotes } = this;
    const result = this.read(line);
    Object.assign(this, { fence, math, paragraph, items, quotes });
    return result;
  }

  /** A reading from here that goes its own way (to look ahead). */
  clone(): ProseReading {
    return Object.assign(new ProseReading(), this);
  }

  private endBlock(): void {
    this.fence = undefined;
    this.math = false;
    this.paragraph = false;
  }

  /**
   * What a line is whose text starts at `at`, `indent` columns in and
   * `column` past its container's content, where a paragraph is open for it
   * to go on with or not. A list marker opens an item and reads on.
   */
  private blockAt(line: string, at: number, indent: number, column: number, paragraphOpen: boolean): LineRead {
    // This line's own copy of the open items, made when it opens one: an array read before stays as it was.
    let items: number[] | undefined;
    const breakRun = trailingBreakRun(line);
    for (;;) {
      if (column >= 4) {
        this.paragraph = paragraphOpen;
        return paragraphOpen ? CONTINUES : INDENTED;
      }
      if (!BLOCK_START.test(line[at]!)) {
        this.paragraph = true;
        return paragraphOpen ? CONTINUES : STARTS;
      }
      const opened = openedBlock(line, at, breakRun);
      if (opened === 'math') {
        this.math = true;
        this.paragraph = false;
        return MATH;
      }
      if (opened === 'heading' || (paragraphOpen && matchAt(SETEXT_UNDERLINE, line, at))) {
        this.paragraph = false;
        return STARTS;
      }
      if (opened === 'html') {
        // The lines up to a blank one are the block's: none is indented code.
        this.paragraph = true;
        return STARTS;
      }
      if (opened !== undefined && !Array.isArray(opened)) {
        this.fence = opened;
        this.paragraph = false;
        return FENCED;
      }
      const marker = opened;
      if (!marker || (paragraphOpen && !mayInterrupt(marker, line, at))) {
        this.paragraph = true;
        return paragraphOpen ? CONTINUES : STARTS;
      }
      const markerEnd = indent + marker[0].length;
      const [spaces, contentAt] = indentation(line, at + marker[0].length, markerEnd);
      const empty = contentAt === line.length;
      // Five columns or more after the marker: the item's content is one column in, and indented code.
      const code = !empty && spaces - markerEnd > 4;
      items ??= [...this.items];
      items.push(empty || code ? markerEnd + 1 : spaces);
      this.items = items;
      if (empty || code) {
        this.paragraph = false;
        return empty ? STARTS : INDENTED;
      }
      [at, indent, column, paragraphOpen] = [contentAt, spaces, 0, false];
    }
  }
}

/** Where the line holding `from` ends (its line break, or the end of the text). */
export function lineEnd(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

/** Where the line holding `at` starts (after the line break before it, or the text's start). */
export function lineStart(text: string, at: number): number {
  return text.lastIndexOf('\n', at - 1) + 1;
}

/** The paragraphs of prose in `text`, in order. */
export function* proseParagraphs(text: string): Generator<ProseParagraph> {
  const reading = new ProseReading();
  let paragraph: ProseParagraph | undefined;
  let number = 1;
  for (let start = 0; start <= text.length; number++) {
    const end = lineEnd(text, start);
    const line = reading.read(text.slice(start, end));
    if (line.kind === 'prose' && line.continues && paragraph) {
      paragraph.lines.push({ number, start, end });
      paragraph.end = end;
    } else {
      if (paragraph) yield paragraph;
      paragraph = line.kind === 'prose' ? { start, end, lines: [{ number, start, end }] } : undefined;
    }
    start = end + 1;
  }
  if (paragraph) yield paragraph;
}

/** `pattern` (sticky) matched at `at` in `line`. */
function matchAt(pattern: RegExp, line: string, at: number): RegExpExecArray | null {
  pattern.lastIndex = at;
  return pattern.exec(line);
}

/** The fence a line opens with its text at `at`: a backtick fence's info string holds no backtick. */
function fenceOpening(line: string, at: number): Fence | undefined {
  const fence = matchAt(FENCE_OPEN, line, at);
  if (!fence || (fence[1]![0] === '`' && fence[2]!.includes('`'))) return undefined;
  return { char: fence[1]![0]!, length: fence[1]!.length };
}

type Fence = { char: string; length: number };

/**
 * What a line whose text starts at `at` opens, if anything, in the order the rules are tried: a
 * fence, a math block, a heading or thematic break, an HTML block, a list item (its marker). A setext
 * underline is not among them: it needs the paragraph above, and never starts a block of its own.
 */
function openedBlock(line: string, at: number, breakRun: ReturnType<typeof trailingBreakRun>): Fence | 'math' | 'heading' | 'html' | RegExpExecArray | undefined {
  const fence = fenceOpening(line, at);
  if (fence) return fence;
  if (matchAt(MATH_FENCE, line, at)) return 'math';
  if (matchAt(ATX_HEADING, line, at) || isThematicBreak(line, at, breakRun)) return 'heading';
  if (matchAt(HTML_BLOCK, line, at)) return 'html';
  return matchAt(LIST_MARKER, line, at) ?? undefined;
}

/** A line (its text at `at`) that starts a block of its own rather than going on with a paragraph. */
function startsBlock(line: string, at: number, inList: boolean): boolean {
  if (!BLOCK_START.test(line[at]!)) return false;
  const opened = openedBlock(line, at, trailingBreakRun(line));
  if (!Array.isArray(opened)) return opened !== undefined;
  return inList || mayInterrupt(opened, line, at);
}

/**
 * Where the run of one thematic break character (`-`, `*`, `_`), spaces and
 * tabs that ends `line` starts. Found once per line, from the end, so that
 * testing for a break at each of many list markers (`- - - x`) is no scan
 * to the line's end per marker.
 */
function trailingBreakRun(line: string): { char: string; start: number } | undefined {
  let start = line.length;
  while (start > 0 && (line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  const char = line[start - 1];
  if (char !== '-' && char !== '*' && char !== '_') return undefined;
  while (start > 0 && (line[start - 1] === char || line[start - 1] === ' ' || line[start - 1] === '\t')) start--;
  return { char, start };
}

/** A thematic break from `at`: three or more of one of `-`, `*`, `_`, and only spaces and tabs besides. */
function isThematicBreak(line: string, at: number, run: { char: string; start: number } | undefined): boolean {
  if (!run || at < run.start || line[at] !== run.char) return false;
  let count = 0;
  for (let i = at; i < line.length && count < 3; i++) if (line[i] === run.char) count++;
  return count >= 3;
}

/** CommonMark: a list may interrupt a paragraph with a bullet or `1.`, and not with an empty item. */
function mayInterrupt(marker: RegExpExecArray, line: string, at: number): boolean {
  if (indentation(line, at + marker[0].length, 0)[1] === line.length) return false;
  return marker[1] === undefined || Number(marker[1]) === 1;
}

/** The columns of `text` from `at` (at column `column`) past its spaces and tabs, and where its text starts. */
function indentation(text: string, at: number, column: number): [number, number] {
  let i = at;
  let width = column;
  for (; i < text.length; i++) {
    if (text[i] === ' ') width++;
    else if (text[i] === '\t') width += 4 - (width % 4);
    else break;
  }
  return [width, i];
}
