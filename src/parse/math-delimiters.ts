/**
 * remark-parse reads `\(` as an escaped `(`, so TeX's `\(...\)` and `\[...\]`
 * vanish before remark-math can see them. This pre-pass rewrites them to
 * `$$...$$`, which has the same length: every position in the tree still
 * points at the original text, and the original delimiter can be read back
 * from it (see `restoreMathDelimiters`).
 *
 * A display formula over several lines is read as `$$..$$` inline math unless
 * it stands as a `$$` block (`\[` starting a line, `\]` alone on its own).
 * Markdown would break it where one of its lines starts a block (`+ \lambda`,
 * `- (1 - y)`, `1. `), and would open a `$$` block at a `\[` or `\]` that
 * starts a line: the characters that do so are masked in the text remark
 * reads, and put back in what it made (see `maskFormulaLines`).
 */
import type { Html, Nodes, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { codeSpans } from './code-spans.js';
import { ForwardSearches } from './forward-searches.js';
import { BLOCK_START, lineEnd, lineStart, proseParagraphs, type ProseParagraph } from './prose-lines.js';
import { afterQuoteMarkers, quoteDepth } from './quote-markers.js';

export interface UnbalancedMath {
  offset: number;
  delimiter: string;
  /**
   * Set for a delimiter of a display formula that Markdown cannot be kept from breaking (see
   * `maskFormulaLines`): it has its partner, and both are kept as text.
   */
  unreadable?: true;
}

/** Characters around a formula written otherwise in the text remark reads (see `maskFormulaLines`). */
export interface TexMask {
  offset: number;
  /** The characters in the note. */
  char: string;
  /** What remark reads in their place, as long: `MASK`, `$`, or `\$` after a formula's last line. */
  mask: string;
}

export interface MathRewrite {
  text: string;
  unbalanced: UnbalancedMath[];
  /** Ascending offsets. */
  masks: TexMask[];
}

/**
 * A private-use character: text of no Markdown meaning, written over the first
 * character of a formula's line that would start a block. No note holds one in a formula.
 */
const MASK = '\uE000';

/**
 * Rewrite `\(..\)` and `\[..\]` in prose (not in code, nor in a `$$` block's TeX) to `$$..$$`, keeping length.
 * `displayAtLineHead`: only a `\[` that starts its line (past quote and list markers) opens a formula,
 * as in Markdown qbank wrote, where display math stands as a block and a `\[` inside a line is the escape
 * of a literal bracket (`[\[Stats\] 9. Random variables](…)`).
 * `brackets`: false where `\(` and `\[` are never TeX (a notebook's Markdown): only `$$` formulas are read.
 */
export function rewriteTexDelimiters(source: string, displayAtLineHead = false, brackets = true): MathRewrite {
  const tex = brackets && (source.includes('\\(') || source.includes('\\['));
  const dollars = source.includes('$$');
  // Most notes have no TeX delimiters and no `$$`: nothing to read line by line.
  if (!tex && !dollars) return { text: source, unbalanced: [], masks: [] };
  const scan: TexScan = { source, rewritten: [], masks: [], unbalanced: [], searches: new ForwardSearches((at) => at), resume: 0, displayAtLineHead };
  // Where the next backslash is, searched for again only once a paragraph is past it: most paragraphs have none.
  let next = tex ? -1 : source.length;
  for (const paragraph of proseParagraphs(source)) {
    // A display formula may have run on past this paragraph's start (see `rewriteParagraph`).
    if (paragraph.end <= scan.resume) continue;
    if (dollars) maskDollarFormulas(scan, paragraph);
    if (next < paragraph.start) next = source.indexOf('\\', Math.max(paragraph.start, scan.resume));
    if (next === -1) next = source.length;
    if (next < paragraph.end) rewriteParagraph(scan, paragraph);
  }
  // Each paragraph's `$$` formulas are masked before its TeX delimiters are read: in order again.
  if (dollars && tex) scan.masks.sort((a, b) => a.offset - b.offset);
  return { text: withDollars(source, scan.rewritten, scan.masks), unbalanced: scan.unbalanced, masks: scan.masks };
}

/** What stands before a `$$` that opens a line's text: block quote and list markers, spaces. */
const LINE_MARKERS = /^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*/;

/**
 * `$$\begin{aligned}` … `\end{aligned}$$`: display math opened with TeX on its first line and closed at the
 * end of a later line before a blank one, as MathJax reads it. remark-math would take the TeX after the `$$`
 * for a block's info string (and drop it) and look for a `$$` alone on its line to close the block, which
 * never comes: the formula and the rest of the note became one block. The formula's lines are masked as a
 * `\[` formula's are (`maskFormulaLines`), so that remark reads it as `$$…$$` math, over lines that would
 * start a block too (`- 1 &= 0`).
 */
function maskDollarFormulas(scan: TexScan, paragraph: ProseParagraph): void {
  const { source } = scan;
  for (const { start, end } of paragraph.lines) {
    if (start < scan.resume) continue;
    const open = start + LINE_MARKERS.exec(source.slice(start, end))![0].length;
    if (!source.startsWith('$$', open) || source[open + 2] === '$') continue;
    const first = source.slice(open + 2, end);
    // `$$` alone opens remark's own block (not in a paragraph); `$$x$$` closes on its line.
    if (first.trim() === '' || first.includes('$$')) continue;
    const limit = blankLineAfter(scan, open);
    for (let from = end + 1; from < limit; from = lineEnd(source, from) + 1) {
      const line = source.slice(from, lineEnd(source, from)).trimEnd();
      const at = line.indexOf('$$');
      if (at === -1) continue;
      // Closed at the line's end, after TeX; any other `$$` leaves the formula as remark reads it.
      if (at === line.length - 2 && line.slice(LINE_MARKERS.exec(line)![0].length, at).trim() !== '' && maskFormulaLines(scan, open, from + at)) {
        scan.resume = Math.max(scan.resume, from + at + 2);
      }
      break;
    }
  }
}

interface TexScan {
  source: string;
  /** Offsets of the delimiters' backslashes, each rewritten with its next character to `$$`. */
  rewritten: number[];
  /** Ascending: formulas are read in order, each one's masks between its delimiters. */
  masks: TexMask[];
  unbalanced: UnbalancedMath[];
  /** The searches for each closer and for a blank line (offsets, -1 for none). */
  searches: ForwardSearches<number>;
  /** Where reading goes on: past the end of a display formula that ran over lines Markdown starts blocks with. */
  resume: number;
  displayAtLineHead: boolean;
}

/** `source` with the two characters at each offset (ascending) replaced by `$$`, and the masks written. */
function withDollars(source: string, offsets: readonly number[], masks: readonly TexMask[]): string {
  const edits = [...offsets.map((offset) => ({ offset, text: '$$' })), ...masks.map(({ offset, mask }) => ({ offset, text: mask }))];
  if (masks.length > 0) edits.sort((a, b) => a.offset - b.offset);
  let text = '';
  let from = 0;
  for (const { offset, text: written } of edits) {
    text += `${source.slice(from, offset)}${written}`;
    from = offset + written.length;
  }
  return text + source.slice(from);
}

/**
 * Rewrite the delimiters of one paragraph, its code spans skipped. Inline
 * math closes on its own line, display math within the paragraph.
 */
function rewriteParagraph(scan: TexScan, paragraph: ProseParagraph): void {
  const { source } = scan;
  const spans = codeSpans(source, paragraph.start, paragraph.end);
  let span = 0;
  let i = Math.max(paragraph.start, scan.resume);
  /** Where a `\\(` would stand right after the last formula's `\\)`: written back to back, they are escaped parentheses. */
  let backToBack = -1;
  while (i < paragraph.end) {
    // Spans passed over by a formula that closed inside one are no longer code: the formula came first.
    while (span < spans.length && spans[span]![0] < i) span++;
    if (spans[span]?.[0] === i) {
      i = spans[span]![1];
      continue;
    }
    if (source[i] !== '\\') {
      i++;
      continue;
    }
    const next = source[i + 1];
    if (next === '(' || (next === '[' && (!scan.displayAtLineHead || LINE_HEAD.test(source.slice(lineStart(source, i), i))))) {
      const closer = next === '(' ? '\\)' : '\\]';
      // Display math runs to a blank line, over lines that would start a block in Markdown: a line
      // of TeX may begin `- (1 - y) \log(1 - p)` or `+ \lambda`. Once it is `$$`, remark reads it so too.
      const close = closerAfter(scan, closer, i + 2);
      if (close !== -1 && close < (next === '(' ? lineEnd(source, i) : Math.max(paragraph.end, blankLineAfter(scan, i)))) {
        if (next === '(' && (i === backToBack || source.startsWith('\\(', close + 2) || isProse(source.slice(i + 2, close)))) {
          // GitBook escapes every parenthesis: `x = \\(1/2\\)\\(x+1\\)`, `\\(Similar questions: …\\)`. Formulas back to
          // back (as `$$` they would run into one `$$$$`) or of words only are those, left as Markdown reads them: `(`, `)`.
          backToBack = close + 2;
          i = close + 2;
          continue;
        }
        if (next === '[' && isBracketedWord(source.slice(i + 2, close)) && !standsAlone(source, i, close + 2)) {
          // Google Docs and Notion escape every bracket they export: `the \\[CLS\\] token`, `\\[1\\]`, `\\[D\\] Why …`. No
          // formula is a bare word or number set apart as display math: they are brackets, as Markdown reads them.
          i = close + 2;
          continue;
        }
        if (next === '[' && close > lineEnd(source, i) && !maskFormulaLines(scan, i, close)) {
          // As `$$` it would open a block that runs to the end of the note: the two are left as they are written.
          scan.unbalanced.push({ offset: i, delimiter: '\\[', unreadable: true }, { offset: close, delimiter: '\\]', unreadable: true });
        } else scan.rewritten.push(i, close);
        i = close + 2;
        if (close + 2 > paragraph.end) scan.resume = close + 2;
        continue;
      }
      scan.unbalanced.push({ offset: i, delimiter: `\\${next}` });
    }
    i += 2; // an escape covers the next character, including `\\`
  }
}

/** Three words or more and nothing of TeX: a sentence in parentheses (`Similar questions: toss a coin 1000 times`), not a formula. */
function isProse(content: string): boolean {
  return /^[\p{L}\p{N}\s,.;:'"!?-]+$/u.test(content) && (content.match(/\p{L}+/gu)?.length ?? 0) >= 3;
}

/**
 * A word or a number and nothing of TeX (`CLS`, `MASK`, `1`, `Stats`, `optional`): what an escaped pair of brackets
 * holds in an exported document, not a display formula, where it stands in a line. One letter (`\\[x\\]`) may be a
 * formula, and so may anything on a line of its own (`\\[ab\\]`).
 */
function isBracketedWord(content: string): boolean {
  return /^[\p{L}\p{N}][\p{L}\p{N} .,:;'’!?&-]*$/u.test(content) && (/\p{L}{2}/u.test(content) || /^\p{N}+$/u.test(content));
}

/** Whether `start`..`end` is all its line holds (past quote and list markers): display math set apart, as TeX is. */
function standsAlone(source: string, start: number, end: number): boolean {
  return LINE_HEAD.test(source.slice(lineStart(source, start), start)) && source.slice(end, lineEnd(source, end)).trim() === '';
}

/** Before a `\\[` that stands here, a line holds only block quote and list markers. */
const LINE_HEAD = /^[ \t]*(?:(?:>|[-*+](?=[ \t])|\d{1,9}[.)](?=[ \t]))[ \t]*)*$/;

/**
 * Mask what would break the display formula from `open` to `close` (on a later
 * line) as remark reads it. Standing at a line's start, `\\[` opens a `$$` block,
 * which a `\\]` alone on its line closes: TeX between, read as written (TeX after
 * the `\\[` is the block's info string, which `mendMath` puts back). Any other
 * such formula is read as inline `$$` math: a `$` at the end of its first line,
 * and an escaped `\\$` at the end of its last, keep remark from opening a block
 * at a `$$` that starts them (a block's info string holds no `$`), and each later line's first character that
 * would start a block of its own (past the block quote markers the formula's
 * first line has) is masked. A formula no mask can keep whole is not rewritten (false, no
 * mask written): a `\\]` alone on its line after a `\\[` opened mid-line, and a `\\[` alone
 * on its line before a `\\]` that is not (no mask can keep a `$$` alone on a line from
 * opening a block), and a `\\]` that starts its line with text after it that no mask fits:
 * as `$$`, each would open a block running to the end of the note.
 */
function maskFormulaLines(scan: TexScan, open: number, close: number): boolean {
  const { source, masks } = scan;
  const openLineStart = lineStart(source, open);
  const openLineEnd = lineEnd(source, open);
  const quotes = quoteDepth(source.slice(openLineStart, openLineEnd));
  const opensLine = LINE_HEAD.test(source.slice(openLineStart, open));
  const closeLineStart = lineStart(source, close);
  const closeLineEnd = lineEnd(source, close);
  const closesLine = closeLineStart + textStart(source.slice(closeLineStart, closeLineEnd), quotes) === close;
  const lastEnd = lastWritten(source, close + 2, closeLineEnd);
  const closerAlone = closesLine && lastEnd === close + 2;
  if (opensLine && closerAlone) return true;
  // Where the formula's first line ends, past the `\\[` (right after it when nothing follows).
  const firstEnd = lastWritten(source, open + 2, openLineEnd);
  const openerAlone = opensLine && firstEnd === open + 2;
  // After a `\\]` that starts its line, the prose goes on: `\\$` over its last two characters keeps remark from
  // opening a block at the `$$` (a block's info string holds no `$`), and, escaped, pairs with no `$` further
  // on (`\\] is it.\nThen $x$ is one.`). Only over two plain characters, which it cannot take out of any
  // markup (`\\] see [link](…)` keeps its link); a line already holding a `$` needs no mask.
  const rest = source.slice(close + 2, lastEnd);
  const closerMask = closesLine && !closerAlone && !rest.includes('$');
  if (closerAlone || openerAlone || (closerMask && !(rest.length >= 2 && PLAIN_PAIR.test(rest.slice(-2))))) return false;
  // Right after a `$$`, a `$` would lengthen it: such a line stays as remark reads it.
  if (opensLine && firstEnd > open + 3) masks.push({ offset: firstEnd - 1, char: source[firstEnd - 1]!, mask: '$' });
  for (let start = openLineEnd + 1; start < close; start = lineEnd(source, start) + 1) {
    const end = lineEnd(source, start);
    const at = start + textStart(source.slice(start, end), quotes);
    if (at < close && at < end && (BLOCK_START.test(source[at]!) || source[at] === '>')) masks.push({ offset: at, char: source[at]!, mask: MASK });
  }
  if (closerMask) masks.push({ offset: lastEnd - 2, char: rest.slice(-2), mask: ESCAPED_DOLLAR });
  return true;
}

/** Two characters that are no markup, so that writing over them changes nothing else remark reads. */
const PLAIN_PAIR = /^[\p{L}\p{N} .,;:!?'"%-]{2}$/u;
/** What a closing line's mask writes: a `$` that opens no block, read as text. */
const ESCAPED_DOLLAR = '\\$';

/** Where the text of `line` starts: past the first `quotes` block quote markers, and spaces and tabs. */
function textStart(line: string, quotes: number): number {
  let at = afterQuoteMarkers(line, quotes);
  while (line[at] === ' ' || line[at] === '\t') at++;
  return at;
}

/** Where the text from `from` to `end` ends without its trailing spaces and tabs (`from` when it is blank). */
function lastWritten(source: string, from: number, end: number): number {
  let last = end;
  while (last > from && (source[last - 1] === ' ' || source[last - 1] === '\t')) last--;
  return last;
}

/** The offset of the first `closer` at or after `from` (-1 for none; delimiters are read in order: a note of a thousand `\(` and no `\)` is searched to its end once). */
function closerAfter(scan: TexScan, closer: string, from: number): number {
  return scan.searches.find(closer, from, () => scan.source.indexOf(closer, from));
}

const BLANK_LINE = /\n[ \t]*(?:\n|$)/g;

/** Where the first blank line after `from` starts (the text's end when none). */
function blankLineAfter(scan: TexScan, from: number): number {
  return scan.searches.find('blank line', from, () => {
    BLANK_LINE.lastIndex = from;
    return BLANK_LINE.exec(scan.source)?.index ?? scan.source.length;
  });
}

/** ASCII punctuation: a backslash before one of these is an escape in Markdown. */
const ESCAPE = /\\([!-/:-@[-`{-~])/g;

/**
 * remark reads an unbalanced `\(` as an escaped `(`, so the backslash the
 * user wrote would vanish from the text. Put it back in the text node that
 * holds it, when the node's text maps onto the source character for
 * character (no entities, no continuation-line indentation in between).
 */
export function keepUnbalancedDelimiters(tree: Root, source: string, unbalanced: readonly UnbalancedMath[]): void {
  if (unbalanced.length === 0) return;
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const inside = unbalanced.filter((entry) => entry.offset >= start && entry.offset < end).reverse();
    for (const entry of inside) {
      const before = source.slice(start, entry.offset).replace(ESCAPE, '$1');
      if (node.value.slice(0, before.length) !== before || node.value[before.length] !== source[entry.offset + 1]) continue;
      node.value = `${node.value.slice(0, before.length)}\\${node.value.slice(before.length)}`;
    }
  });
}

/**
 * Raw HTML is not Markdown: remark keeps its text as written, so the `$$` the pre-pass wrote for a
 * `\(`, `\)`, `\[` or `\]` inside it must be the TeX delimiter again (a formula in a pasted `<table>` cell
 * stays `\(x^2\)`, which Anki's MathJax and the sheet read). Each line of an HTML node's value is
 * the end of its line in the source (a blockquote's `> ` or a list's indent is left out of the value),
 * so the two are compared line by line from the end.
 */
export function restoreTexInHtml(tree: Root, source: string): void {
  visit(tree, 'html', (node: Html) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || !node.value.includes('$$')) return;
    const written = source.slice(start, end).split('\n');
    const lines = node.value.split('\n');
    if (written.length !== lines.length) return;
    node.value = lines
      .map((line, index) => {
        const original = written[index]!;
        if (!line.includes('$$') || original.length < line.length) return line;
        const tail = original.slice(original.length - line.length);
        let restored = '';
        for (let k = 0; k < line.length; k++) {
          const pair = tail.slice(k, k + 2);
          if (line.startsWith('$$', k) && /^\\[()[\]]$/.test(pair)) {
            restored += pair;
            k++;
          } else restored += line[k];
        }
        return restored;
      })
      .join('\n');
  });
}

/**
 * Put the masked characters of formulas back in the values remark made of
 * them (positions are the note's by now). A formula's `MASK`s are its
 * masks in order; its first line's `$` is the last one of that line; its last
 * line's `$` stands in the text after it, which is written as in the note.
 */
export function restoreMaskedTex(tree: Root, masks: readonly TexMask[]): void {
  if (masks.length === 0) return;
  visit(tree, (node: Nodes) => {
    if (!('value' in node) || typeof node.value !== 'string') return;
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    let first = firstAtOrAfter(masks, start);
    if (first === masks.length || masks[first]!.offset >= end) return;
    const value = node.value;
    // The pieces of the value between its masks, each mask's character after the piece before it: one join, however many lines.
    const pieces: string[] = [];
    let from = 0;
    for (; first < masks.length && masks[first]!.offset < end; first++) {
      const { char, mask } = masks[first]!;
      // A `$` mask is the last `$` of the value's first line: in a formula, the one on its first line
      // (before any `MASK`); in the text after a formula, the escaped one its last line ends with (that
      // line held none of its own), where two characters stood. Either way one character of the value.
      const at = mask === MASK ? value.indexOf(MASK, from) : lastDollarOfFirstLine(value);
      if (at === -1 || at < from) continue;
      pieces.push(value.slice(from, at), char);
      from = at + 1;
    }
    pieces.push(value.slice(from));
    node.value = pieces.join('');
  });
}

/** Where the last `$` of the first line of `value` is (-1 for none). */
function lastDollarOfFirstLine(value: string): number {
  const lineBreak = value.indexOf('\n');
  return value.lastIndexOf('$', lineBreak === -1 ? value.length : lineBreak);
}

/** The index of the first mask at or after `offset` (the list's length for none). */
function firstAtOrAfter(masks: readonly TexMask[], offset: number): number {
  let lo = 0;
  let hi = masks.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (masks[mid]!.offset < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
