/**
 * A reStructuredText note (an `.rst` file, or the `.rst.txt` copy of its source a Sphinx site publishes), read as the
 * Markdown it stands for, line for line, as an AsciiDoc note is (asciidoc-note.ts): each line of the Markdown is the
 * same line of the file, so every question, answer and note stands at the file's own line. reStructuredText nests
 * its blocks by indentation alone; each body indented under a line (a definition's, a list item's, a directive's) is
 * read as blocks of its own, written where Markdown nests them.
 *
 * - Section titles, underlined or over- and underlined in any of its punctuation, are headings, their levels in the
 *   order the note first uses each style. A title that opens the note in a style used nowhere else is the note's
 *   title (as docutils makes it the document's), and its sections are `##` headings; the document's fields under it
 *   (`:Author:`, `:Date:`) are left out. A transition (a line of punctuation alone) is a rule.
 * - A definition list (a term on a line over its definition indented under it) is Markdown Extra's (`Term` over
 *   `: Definition`), as definition-lists.ts reads it: each term a question answered by its definition.
 * - A field list's question and answer fields (`:Q:` / `:A:`, `:Question:` / `:Answer:`, `:질문:` / `:답변:`) are
 *   labels (`Q: …`, `A: …`), read as a note's `Q:` and `A:` lines are; any other field is `Name: text`.
 * - `.. code-block:: python` (also `.. code::`, `.. sourcecode::`) over its indented code is fenced code in that
 *   language, its options (`:linenos:`) left out; a paragraph ending in `::` over an indented block introduces it as
 *   code (the marker shown as the page shows it, rst-literal-blocks.ts), in the language of `.. highlight::`; a
 *   doctest block (`>>> …`) is left as written, for python-sessions.ts to read; `.. math::` is display math.
 * - Admonitions (`.. note::`, `.. warning::`, `.. admonition:: Title`) are callouts, as rst-admonitions.ts reads them
 *   in copied text; `.. image::` and `.. figure::` a picture, its caption under it; `.. rubric::`, `.. topic::` and
 *   another directive with a title its title in bold over its body; a directive that prints only what it holds
 *   (`.. only::`, `.. container::`, `.. glossary::`) its body.
 * - Footnotes and citations (`.. [1] …`, `.. [#] …`, `.. [Wasserman04] …`) that the text cites are Markdown's
 *   footnotes (`[^1]: …`, cited as `[^1]`), read as a Markdown note's are. One that nothing cites is the note's
 *   references, no answer's: left out.
 * - Lists (`-`, `*`, `+`, `•`; `1.`, `#.`, `(1)`) are Markdown's; a line block (`| …`) its lines; an indented
 *   block (a block quote) its content.
 * - What prints nothing or names what is not read is left out, each told at its line: comments (`.. text`), link
 *   targets (`.. _name:`), substitution definitions (`.. |name| image:: …`), and the directives that build the site
 *   rather than the page's text (`.. contents::`, `.. toctree::`, `.. include::`, `.. literalinclude::`,
 *   `.. autofunction::`…).
 * - In text (rst-inline.ts): literals, roles, links and references as Markdown writes them.
 *
 * - Grid tables (`+---+---+` borders) and simple tables (`=====  =====` rules above and below, and under a header)
 *   are pipe tables (ruled-tables.ts reads them), their rows on the table's last lines.
 *
 * Only what a note of questions and answers uses is read.
 */
import { fenceAround } from './code-spans.js';
import { escapedLineHead } from './line-head.js';
import { linkDestination } from './markdown-link.js';
import { calloutOf } from './rst-admonitions.js';
import { shownMarker } from './rst-literal-blocks.js';
import { FOOTNOTE_LABEL, FOOTNOTE_REFERENCE, rstInline, type Footnotes } from './rst-inline.js';
import { pipeTable } from './pipe-table.js';
import { rstTableAt, type RuledTable } from './ruled-tables.js';
import { lineRange } from '../report/line-span.js';
import { leastIndent } from './least-indent.js';

/** Whether a file is a reStructuredText note: by its name, as docutils and Sphinx decide (a Markdown note about Sphinx quotes its syntax). */
export function isRstNote(file: string): boolean {
  return /\.(?:rst|rest)(?:\.txt)?$/i.test(file);
}

export interface RstNote {
  /** The note as Markdown, one line for each line of the file (a code block that ends the file closed on one more). */
  markdown: string;
  /** The document's title: its first section title, in a style no other uses. */
  title?: string;
  /** What was left out of the note and where (the first line of its run, 1-based). */
  leftOut: Array<{ line: number; message: string }>;
}

/** The note as Markdown, line for line (see above). */
export function rstToMarkdown(text: string): RstNote {
  const reader = new Reader(text.split('\n').map((line) => expandTabs(line.replace(/\r$/, ''))));
  reader.read();
  return { markdown: [...reader.out, ...reader.tail].join('\n'), ...(reader.title ? { title: reader.title } : {}), leftOut: reader.leftOut };
}

/** A line of punctuation: a section title's adornment, or a transition. */
const ADORNMENT = /^([!-/:-@[-`{-~])\1*[ \t]*$/;
/** An explicit markup line: a comment, a directive, a target, a footnote (`.. `, or `..` alone). */
const EXPLICIT = /^\.\.(?:[ \t]+(.*))?$/;
const DIRECTIVE = /^([A-Za-z][\w:+.-]*?)::(?:[ \t]+(.*))?$/;
const SUBSTITUTION = /^\|[^|]+\|[ \t]+[A-Za-z][\w:+.-]*::/;
const TARGET = /^_(?:`[^`]+`|[^:\\]|\\.)*:(?:[ \t]|$)/;
const FOOTNOTE = new RegExp(String.raw`^\[${FOOTNOTE_LABEL}\](?:[ \t]+(.*))?$`);
/** An anonymous target (`__ https://…`). */
const ANONYMOUS_TARGET = /^__(?:[ \t]|$)/;
/** A field: its name (escaped colons allowed), its text after it. */
const FIELD = /^:((?:[^:\\`\s]|\\.)(?:[^:\\`]|\\.)*?):(?:[ \t]+(.*)|$)/;
/** The fields that label a question and its answer, lower-cased: a note's cards, never the document's fields. */
const QUESTION_FIELDS = new Set(['q', 'question', '질문', '문제', '问题', '問題', '質問']);
const ANSWER_FIELDS = new Set(['a', 'answer', '답', '답변', '정답', '答案', '答え', '回答']);
/** A directive's option line, under its first line. */
const OPTION = /^:[\w-]+:(?:[ \t]|$)/;
const BULLET = /^([-*+•‣⁃])([ \t]+)\S/;
const ENUMERATED = /^(?:(\d{1,9}|#)([.)])|\((\d{1,9}|#)\))([ \t]+)\S/;
const LINE_BLOCK = /^\|(?:[ \t]+(.*))?$/;
const DOCTEST = /^>>>(?:[ \t]|$)/;

/**
 * The directives whose content is code, and its language: the one their line names (`null`: `.. code-block:: python`,
 * or else `.. highlight::`'s), or their own (`''` none).
 */
const CODE_DIRECTIVES = new Map<string, string | null>([
  ['code-block', null], ['code', null], ['sourcecode', null], ['parsed-literal', ''], ['doctest', 'pycon'], ['testcode', 'python'],
  ['testoutput', ''], ['ipython', 'ipython'], ['jupyter-execute', 'python'], ['plot', 'python'], ['graphviz', 'dot'], ['mermaid', 'mermaid'],
]);
/** The directives that build the site or pull in what is not read: left out with what they hold. */
const LEFT_OUT_DIRECTIVES = new Set([
  'contents', 'toctree', 'index', 'meta', 'highlight', 'sectnum', 'section-numbering', 'default-role', 'role', 'raw', 'include', 'literalinclude',
  'tabularcolumns', 'currentmodule', 'module', 'title', 'header', 'footer', 'target-notes', 'autosummary', 'automodule', 'autoclass',
  'autofunction', 'automethod', 'autodata', 'autoattribute', 'autoexception', 'bibliography',
]);
/** What a left-out directive is, told in its note. */
const LEFT_OUT_WHY: Readonly<Record<string, string>> = {
  contents: 'a table of contents the page builds',
  toctree: 'the site\'s table of contents',
  include: 'the file it names is not read',
  literalinclude: 'the file it names is not read',
  highlight: 'the language of the code under it, read',
};
/** The directives that print only what they hold: their body is read, their line left out. */
const BODY_DIRECTIVES = new Set([
  'only', 'ifconfig', 'container', 'class', 'rst-class', 'cssclass', 'compound', 'hlist', 'glossary', 'tabs', 'tab-set', 'grid',
  'epigraph', 'highlights', 'pull-quote', 'line-block',
]);
/** The directives whose picture is their path. */
const PICTURE_DIRECTIVES = new Set(['image', 'figure']);

/** Leading tabs to the next multiple of 8 columns, as docutils reads them. */
function expandTabs(line: string): string {
  if (!line.includes('\t')) return line;
  let column = 0;
  let at = 0;
  for (; at < line.length && (line[at] === ' ' || line[at] === '\t'); at++) column = line[at] === '\t' ? column + 8 - (column % 8) : column + 1;
  return ' '.repeat(column) + line.slice(at);
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isBlank(line: string | undefined): boolean {
  return line === undefined || line.trim() === '';
}

/** A section title: its text's line and text, its style (the adornment's character, `^` after it when overlined), the line after it. */
interface SectionTitle {
  line: number;
  text: string;
  style: string;
  end: number;
}

class Reader {
  readonly out: string[];
  /** Lines after the file's last: the fence closing a code block that ends it. */
  readonly tail: string[] = [];
  title: string | undefined;
  readonly leftOut: Array<{ line: number; message: string }> = [];
  /** The section styles (the adornment's character, and `^` after it when overlined) in the order the note first uses them. */
  private readonly styles: string[] = [];
  /** The section titles, top-level, by the line each opens at (its overline's, or its text's): found once, before the note is read. */
  private readonly titles: ReadonlyMap<number, SectionTitle>;
  /** The line of the document's title, and its style, when the note opens with a title in a style no other uses. */
  private readonly documentTitle: { line: number; style: string } | undefined;
  /** The language `.. highlight::` names for the literal blocks after it. */
  private highlight: string | undefined;
  /** The lines a block wrote beyond its own (a fence closing code on the blank line under it): not written again. */
  private readonly claimed = new Set<number>();
  private readonly footnotes: FootnoteLabels;
  /** Whether the document's fields may stand here: right under its title, before any text. */
  private fieldsOpen = true;

  /** The note's lines, tabs expanded; a list item's first line is read with its marker blanked out (readItem). */
  constructor(private readonly lines: string[]) {
    this.out = lines.map(() => '');
    this.titles = this.sectionTitles();
    const titles = [...this.titles.values()];
    const first = titles[0];
    const style = first?.style;
    const alone = first !== undefined && titles.filter((title) => title.style === style).length === 1;
    this.documentTitle = alone && this.opensNote(first.line - (style!.endsWith('^') ? 1 : 0)) ? { line: first.line, style: style! } : undefined;
    this.footnotes = new FootnoteLabels(lines);
  }

  read(): void {
    this.readBody(0, this.lines.length, 0, '');
  }

  /** The section titles, top-level, as the note is read, by the line each opens at. */
  private sectionTitles(): Map<number, SectionTitle> {
    const titles = new Map<number, SectionTitle>();
    for (let n = 0; n < this.lines.length; n++) {
      const title = this.titleAt(n);
      if (!title) continue;
      titles.set(n, title);
      n = title.end - 1;
    }
    return titles;
  }

  /** Whether only blank lines, comments and targets stand before line `n`. */
  private opensNote(n: number): boolean {
    for (let k = 0; k < n; k++) {
      const line = this.lines[k]!;
      if (!isBlank(line) && !(EXPLICIT.test(line) && !DIRECTIVE.test(EXPLICIT.exec(line)![1] ?? '')) && indentOf(line) === 0) return false;
    }
    return true;
  }

  /** The section title whose first line (its overline, or its text) is line `n`: its text's line, its style and the line after it. */
  private titleAt(n: number): SectionTitle | undefined {
    const lines = this.lines;
    const line = lines[n]!;
    if (isBlank(line) || (n > 0 && !isBlank(lines[n - 1]))) return undefined;
    const over = ADORNMENT.exec(line);
    if (over && line.trim().length >= 2) {
      const text = lines[n + 1];
      const under = lines[n + 2]?.trimEnd();
      if (text !== undefined && !isBlank(text) && !ADORNMENT.test(text) && under === line.trimEnd()) return { line: n + 1, text: text.trim(), style: `${over[1]}^`, end: n + 3 };
      return undefined;
    }
    if (indentOf(line) > 0) return undefined;
    const under = ADORNMENT.exec(lines[n + 1] ?? '');
    const width = (lines[n + 1] ?? '').trimEnd().length;
    if (!under || indentOf(lines[n + 1]!) > 0 || (width < line.trimEnd().length && width < 4) || width < 2) return undefined;
    // A line of punctuation over one: a transition, or an overline whose underline is missing.
    if (ADORNMENT.test(line)) return undefined;
    return { line: n, text: line.trim(), style: under[1]!, end: n + 2 };
  }

  /** The blank line Markdown writes in a body under `prefix` (a quote's `>` keeps it open). */
  private blank(prefix: string): string {
    return prefix.trimEnd();
  }

  /** The line after the body indented deeper than `indent` from line `from` (before `end`): after its last line so indented, `from` when none is. */
  private bodyEnd(from: number, indent: number, end: number): number {
    let last = from - 1;
    for (let k = from; k < end; k++) {
      const line = this.lines[k]!;
      if (isBlank(line)) continue;
      if (indentOf(line) <= indent) break;
      last = k;
    }
    return last + 1;
  }

  /** Lines `first` up to `end`, their text from column `indent`, as blocks under `prefix` (a container's, in Markdown). */
  private readBody(first: number, end: number, indent: number, prefix: string, top = indent === 0 && prefix === ''): void {
    let n = first;
    let shifted: string[] | undefined;
    // The body's lines from its indent on, for the tables in it: cut once for the body, not again from each line a
    // table may open at to the body's end (quadratic: 20,000 `+ x` items apart by blank lines took 26 s).
    const body = { first, lines: () => (shifted ??= this.lines.slice(first, end).map((text) => text.slice(indent))) };
    while (n < end) {
      const line = this.lines[n]!;
      if (this.claimed.has(n)) {
        n++;
        continue;
      }
      if (isBlank(line)) {
        this.out[n] = this.blank(prefix);
        n++;
        continue;
      }
      const deeper = indentOf(line) - indent;
      if (deeper > 0) {
        // A block quote: its content, as the text around it.
        const quoteEnd = this.bodyEnd(n, indent, end);
        this.readBody(n, quoteEnd, indent + deeper, prefix, false);
        n = quoteEnd;
        continue;
      }
      const text = line.slice(indent);
      n = this.readBlock(n, text, end, indent, prefix, top, body);
    }
  }

  /** The block whose first line is `n` (its text `text`, at column `indent`): the line after it. */
  private readBlock(n: number, text: string, end: number, indent: number, prefix: string, top: boolean, body: { first: number; lines: () => string[] }): number {
    const title = top ? this.titles.get(n) : undefined;
    if (title) return this.readTitle(n, title);
    // Its line in the body's (whose line above is blank, as a table's must be).
    const table = /^[+=]/.test(text) && isBlank(this.lines[n - 1]) ? rstTableAt(body.lines(), n - body.first) : undefined;
    if (table) return this.writeTable(n, { ...table, first: table.first - (n - body.first), last: table.last - (n - body.first) }, prefix);
    if (ADORNMENT.test(text) && text.trim().length >= 4 && isBlank(this.lines[n - 1]) && isBlank(this.lines[n + 1])) {
      this.out[n] = `${prefix}***`;
      return n + 1;
    }
    const explicit = EXPLICIT.exec(text);
    if (explicit) return this.readExplicit(n, explicit[1] ?? '', end, indent, prefix);
    const field = FIELD.exec(text);
    if (field) return this.readField(n, field, end, indent, prefix);
    this.fieldsOpen = false;
    const bullet = BULLET.exec(text);
    if (bullet) return this.readItem(n, end, indent, prefix, bullet[1]!.length + bullet[2]!.length, '-');
    const numbered = ENUMERATED.exec(text);
    if (numbered) {
      const number = numbered[1] ?? numbered[3]!;
      const width = text.length - text.slice(numbered[0].length - 1).length;
      return this.readItem(n, end, indent, prefix, width, `${number === '#' ? '1' : number}${numbered[2] ?? ')'}`);
    }
    if (DOCTEST.test(text)) return this.readDoctest(n, end, indent, prefix);
    if (LINE_BLOCK.test(text)) return this.readLineBlock(n, end, indent, prefix);
    const next = this.lines[n + 1];
    if (n + 1 < end && !isBlank(next) && indentOf(next!) > indent) return this.readDefinition(n, text, end, indent, prefix);
    return this.readParagraph(n, end, indent, prefix);
  }

  private readTitle(n: number, title: SectionTitle): number {
    if (!this.styles.includes(title.style)) this.styles.push(title.style);
    for (let k = n; k < title.end; k++) this.out[k] = '';
    if (this.documentTitle?.line === title.line) {
      this.title = rstInline(title.text, this.footnotes).replace(/\\(.)/g, '$1');
      this.fieldsOpen = true;
      return title.end;
    }
    this.fieldsOpen = false;
    // Sections are `##` and deeper, as under a title: the document's title took the first style where there is one.
    const level = this.styles.indexOf(title.style) + (this.documentTitle ? 1 : 2);
    this.out[title.line] = `${'#'.repeat(Math.min(6, level))} ${rstInline(title.text, this.footnotes)}`;
    return title.end;
  }

  /**
   * A grid or simple table (ruled-tables.ts) on line `n` on, as a pipe table: its rows written on its last lines, a
   * row to a line (Markdown has no row over several lines), the lines above them blank. The line after it.
   */
  private writeTable(n: number, table: RuledTable, prefix: string): number {
    const cell = (text: string) => rstInline(text, this.footnotes);
    const rows = pipeTable(table.header?.map(cell), table.rows.map((cells) => cells.map(cell)));
    const last = n + table.last;
    for (let k = n; k <= last; k++) {
      const row = rows.length - 1 - (last - k);
      this.out[k] = row >= 0 ? `${prefix}${rows[row]}` : this.blank(prefix);
    }
    return last + 1;
  }

  /** A paragraph, up to a blank line or a line indented otherwise; one ending in `::` introduces the literal block under it. */
  private readParagraph(n: number, end: number, indent: number, prefix: string): number {
    let last = n;
    while (last + 1 < end && !isBlank(this.lines[last + 1]) && indentOf(this.lines[last + 1]!) === indent) last++;
    const literal = /::[ \t]*$/.test(this.lines[last]!) ? this.literalBlockAfter(last, end, indent) : undefined;
    // A line is written once: its footnote references are numbered as they are read.
    for (let k = n; k <= (literal ? last - 1 : last); k++) this.out[k] = `${prefix}${this.paragraphLine(this.lines[k]!.slice(indent))}`;
    if (!literal) return last + 1;
    const marked = this.lines[last]!.slice(indent);
    this.out[last] = last === n && marked.trim() === '::' ? this.blank(prefix) : `${prefix}${this.paragraphLine(shownMarker(marked).trimEnd())}`;
    for (let k = last + 1; k < literal.opening; k++) this.out[k] = this.blank(prefix);
    return this.writeCode(literal.opening, literal.first, literal.end, prefix, this.highlight);
  }

  /** The indented block under a paragraph's last line `n`, a blank line between: its first line and the line after it. */
  private literalBlockAfter(n: number, end: number, indent: number): { opening: number; first: number; end: number } | undefined {
    let first = n + 1;
    while (first < end && isBlank(this.lines[first])) first++;
    if (first === n + 1 || first >= end || indentOf(this.lines[first]!) <= indent) return undefined;
    return { opening: first - 1, first, end: this.bodyEnd(first, indent, end) };
  }

  /** A line of a paragraph, its text as Markdown, escaped where Markdown would open a block with it: a list, a title are read before. */
  private paragraphLine(text: string): string {
    return escapedLineHead(rstInline(text, this.footnotes));
  }

  /**
   * Code on lines `first` up to `end`, fenced: the fence opening on line `opening` (the blank line over it, or the
   * directive's line) and closing on the blank line under it (one more line where the file ends). Each line without
   * the code's own indentation.
   */
  private writeCode(opening: number, first: number, end: number, prefix: string, lang: string | undefined, fenceOf = fenceAround(this.lines.slice(first, end))): number {
    const shift = leastIndent(this.lines.slice(first, end));
    const closing = end;
    if (closing < this.lines.length && !isBlank(this.lines[closing])) {
      // Text right under the code, no blank line between: no line for the fence to close on, so indented code of no language.
      for (let k = opening; k < first; k++) this.out[k] = this.blank(prefix);
      for (let k = first; k < end; k++) this.out[k] = isBlank(this.lines[k]) ? this.blank(prefix) : `${prefix}    ${this.lines[k]!.slice(shift)}`;
      return end;
    }
    this.out[opening] = `${prefix}${fenceOf}${lang ?? ''}`;
    for (let k = first; k < end; k++) this.out[k] = isBlank(this.lines[k]) ? this.blank(prefix) : `${prefix}${this.lines[k]!.slice(shift)}`;
    if (closing < this.lines.length) {
      this.out[closing] = `${prefix}${fenceOf}`;
      this.claimed.add(closing);
    } else this.tail.push(`${prefix}${fenceOf}`);
    return end;
  }

  /** A term over its definition indented under it: Markdown Extra's definition list, each paragraph of the definition a definition. */
  private readDefinition(n: number, text: string, end: number, indent: number, prefix: string): number {
    this.out[n] = `${prefix}${this.paragraphLine(text)}`;
    const bodyEnd = this.bodyEnd(n + 1, indent, end);
    const inner = indentOf(this.lines[n + 1]!);
    this.readBody(n + 1, bodyEnd, inner, prefix, false);
    // Only a note's own definition lists are read as such (definition-lists.ts): in a list item, the term in bold over its definition.
    if (prefix !== '') {
      this.out[n] = `${prefix}**${this.out[n]!.slice(prefix.length)}**`;
      return bodyEnd;
    }
    this.markDefinitions(n + 1, bodyEnd, inner);
    return bodyEnd;
  }

  /**
   * The paragraphs of a definition's body on lines `first` up to `end` (at column `inner`), up to its first other block
   * (a list, code), each a definition (`: …`); what follows is the answer's too, as written.
   */
  private markDefinitions(first: number, end: number, inner: number): void {
    for (let k = first; k < end; k++) {
      const line = this.lines[k]!;
      if (isBlank(line) || (k > first && !isBlank(this.lines[k - 1]))) continue;
      if (indentOf(line) !== inner || !this.writesParagraph(k)) break;
      this.out[k] = `: ${this.out[k]!}`;
    }
  }

  /** Whether the line written for line `k` opens a paragraph (no list, code, heading or quote). */
  private writesParagraph(k: number): boolean {
    const written = this.out[k]!;
    return written.trim() !== '' && !/^(?:[-*+][ \t]|\d{1,9}[.)][ \t]|`{3}|~{3}|\$\$|>|#|\*{3}|!\[|\[\^)/.test(written) && !DOCTEST.test(written);
  }

  /** A list item whose marker is `width` columns wide: its body read under it, the marker written as Markdown's. */
  private readItem(n: number, end: number, indent: number, prefix: string, width: number, marker: string): number {
    const content = indent + width;
    const bodyEnd = Math.max(n + 1, this.bodyEnd(n + 1, content - 1, end));
    // Markdown's item holds what is indented past its marker and one space (more than four would make code of it).
    const inner = `${prefix}${' '.repeat(marker.length + 1)}`;
    // The item's first line read as its body's, the marker blanked out (spaces in its place), then written back.
    const written = this.lines[n]!;
    this.lines[n] = ' '.repeat(content) + written.slice(content);
    this.readBody(n, bodyEnd, content, inner, false);
    this.lines[n] = written;
    this.out[n] = `${prefix}${marker} ${this.out[n]!.slice(inner.length)}`;
    return bodyEnd;
  }

  /** A doctest block: left as written, for python-sessions.ts to read as the Python session it is. */
  private readDoctest(n: number, end: number, indent: number, prefix: string): number {
    let k = n;
    for (; k < end && !isBlank(this.lines[k]); k++) this.out[k] = `${prefix}${this.lines[k]!.slice(indent)}`;
    return k;
  }

  /** A line block (`| line`): its lines, each ended by a hard break but the last. */
  private readLineBlock(n: number, end: number, indent: number, prefix: string): number {
    let k = n;
    for (; k < end && LINE_BLOCK.test(this.lines[k]!.slice(indent)); k++) {
      const said = LINE_BLOCK.exec(this.lines[k]!.slice(indent))![1] ?? '';
      this.out[k] = `${prefix}${this.paragraphLine(said)}`;
    }
    for (let at = n; at < k - 1; at++) this.out[at] += '\\';
    return k;
  }

  /**
   * A field: a question's or an answer's (`:Q:`, `:A:`), its label left out, the question a term over its answer's
   * definition; the document's fields under its title (left out); any other `Name: text`.
   */
  private readField(n: number, field: RegExpExecArray, end: number, indent: number, prefix: string): number {
    const bodyEnd = Math.max(n + 1, this.bodyEnd(n + 1, indent, end));
    const name = field[1]!.replace(/\\(.)/g, '$1');
    if (this.fieldsOpen && indent === 0 && !this.labelsCards(n)) return this.leaveDocumentFields(n, end);
    this.fieldsOpen = false;
    const said = rstInline(field[2] ?? '', this.footnotes);
    const key = name.trim().toLowerCase();
    const inner = bodyEnd > n + 1 ? indentOf(this.firstLineIn(n + 1, bodyEnd)) : indent + 1;
    if (bodyEnd > n + 1) this.readBody(n + 1, bodyEnd, inner, prefix, false);
    // A question's and an answer's labels are left out: the question a term, its answer the definition under it, as a
    // definition list's (a note's `Q:` lines would make its other questions, lines that ask, no questions).
    if (prefix === '' && QUESTION_FIELDS.has(key)) this.out[n] = said;
    else if (prefix === '' && ANSWER_FIELDS.has(key)) {
      this.out[n] = `: ${said}`;
      this.markDefinitions(n + 1, bodyEnd, inner);
    } else this.out[n] = `${prefix}${name}: ${said}`.trimEnd();
    return bodyEnd;
  }

  /** The document's fields from line `n` (`:Author:`, `:Date:`), each with the body indented under it: left out, told once. */
  private leaveDocumentFields(n: number, end: number): number {
    const names: string[] = [];
    let k = n;
    while (k < end && FIELD.test(this.lines[k]!)) {
      names.push(`:${FIELD.exec(this.lines[k]!)![1]!}:`);
      k = Math.max(k + 1, this.bodyEnd(k + 1, 0, end));
    }
    for (let at = n; at < k; at++) this.out[at] = '';
    this.leave(n, k, `the document's ${names.length === 1 ? 'field' : 'fields'} ${names.join(', ')}`);
    this.fieldsOpen = false;
    return k;
  }

  /** Whether the field list from line `n` labels a question or an answer (`:Q:`, `:A:`): cards, not the document's fields. */
  private labelsCards(n: number): boolean {
    for (let k = n; k < this.lines.length && !isBlank(this.lines[k]); k++) {
      const name = FIELD.exec(this.lines[k]!)?.[1]?.toLowerCase();
      if (name !== undefined && (QUESTION_FIELDS.has(name) || ANSWER_FIELDS.has(name))) return true;
    }
    return false;
  }

  /** The first line that is not blank from `from` up to `end`. */
  private firstLineIn(from: number, end: number): string {
    for (let k = from; k < end; k++) if (!isBlank(this.lines[k])) return this.lines[k]!;
    return '';
  }

  /** An explicit markup block: a directive, a footnote or citation, a target, a substitution, or a comment. */
  private readExplicit(n: number, said: string, end: number, indent: number, prefix: string): number {
    const bodyEnd = Math.max(n + 1, this.bodyEnd(n + 1, indent, end));
    const directive = DIRECTIVE.exec(said);
    if (directive && !SUBSTITUTION.test(said)) {
      this.fieldsOpen = false;
      return this.readDirective(n, directive[1]!.toLowerCase().replace(/^(?:rst|py|std|sphinx):/, ''), (directive[2] ?? '').trim(), bodyEnd, indent, prefix);
    }
    const footnote = FOOTNOTE.exec(said);
    if (footnote) return this.readFootnote(n, footnote[1]!, footnote[2] ?? '', bodyEnd, prefix);
    for (let k = n; k < bodyEnd; k++) this.out[k] = this.blank(prefix);
    if (SUBSTITUTION.test(said)) this.leave(n, bodyEnd, `a substitution definition (${said.trim()})`);
    else if (TARGET.test(said) || ANONYMOUS_TARGET.test(said)) this.leave(n, bodyEnd, `a link target (${said.trim()})`);
    else this.leave(n, bodyEnd, 'a comment');
    return bodyEnd;
  }

  /** A footnote or citation: a Markdown footnote where the text cites it, else the note's references, left out. */
  private readFootnote(n: number, label: string, text: string, bodyEnd: number, prefix: string): number {
    const markdown = this.footnotes.definition(label);
    if (markdown === undefined || prefix !== '') {
      for (let k = n; k < bodyEnd; k++) this.out[k] = this.blank(prefix);
      this.leave(n, bodyEnd, `a reference no text of the note cites ([${label}] ${text.trim().slice(0, 60)})`);
      return bodyEnd;
    }
    this.out[n] = `[^${markdown}]: ${rstInline(text, this.footnotes)}`;
    if (bodyEnd > n + 1) this.readBody(n + 1, bodyEnd, indentOf(this.firstLineIn(n + 1, bodyEnd)), '    ', false);
    return bodyEnd;
  }

  private readDirective(n: number, name: string, argument: string, bodyEnd: number, indent: number, prefix: string): number {
    // The options under its line, up to a blank line; its content after them.
    let content = n + 1;
    while (content < bodyEnd && !isBlank(this.lines[content]) && OPTION.test(this.lines[content]!.trimStart())) content++;
    const options = new Map(this.lines.slice(n + 1, content).map((line) => {
      const [, key, value] = /^:([\w-]+):[ \t]*(.*)$/.exec(line.trim())!;
      return [key!.toLowerCase(), value!.trim()] as const;
    }));
    let first = content;
    while (first < bodyEnd && isBlank(this.lines[first])) first++;
    const hasBody = first < bodyEnd;
    const inner = hasBody ? indentOf(this.lines[first]!) : indent + 3;
    // Its options are markup, left out, told but for those read (a picture's `:alt:`).
    const leaveOptions = (what: string, read?: string) => {
      for (let k = n + 1; k < content; k++) this.out[k] = this.blank(prefix);
      const told = this.lines.slice(n + 1, content).map((line) => line.trim()).filter((option) => !option.startsWith(`:${read}:`));
      if (told.length > 0) this.leave(n + 1, content, `the options of ${what} (${told.join(', ')})`);
    };
    if (CODE_DIRECTIVES.has(name)) {
      leaveOptions(`.. ${name}::`);
      this.out[n] = this.blank(prefix);
      if (!hasBody) return bodyEnd;
      const own = CODE_DIRECTIVES.get(name)!;
      const lang = own ?? (argument.split(/\s+/)[0] || this.highlight);
      for (let k = content; k < first - 1; k++) this.out[k] = this.blank(prefix);
      return this.writeCode(first - 1, first, bodyEnd, prefix, lang || undefined);
    }
    if (name === 'math') {
      leaveOptions('.. math::');
      this.out[n] = argument ? `${prefix}$$${argument}$$` : this.blank(prefix);
      if (!hasBody) return bodyEnd;
      for (let k = content; k < first - 1; k++) this.out[k] = this.blank(prefix);
      return this.writeCode(first - 1, first, bodyEnd, prefix, undefined, '$$');
    }
    const callout = calloutOf(name, argument);
    if (callout) {
      leaveOptions(`.. ${name}::`);
      this.out[n] = `${prefix}> [!${callout.type}]${callout.said ? ` ${rstInline(callout.said, this.footnotes)}` : ''}`;
      const quoted = `${prefix}> `;
      for (let k = n + 1; k < first; k++) this.out[k] = this.blank(quoted);
      if (hasBody) this.readBody(first, bodyEnd, inner, quoted, false);
      return bodyEnd;
    }
    if (PICTURE_DIRECTIVES.has(name)) {
      leaveOptions(`.. ${name}::`, 'alt');
      this.out[n] = `${prefix}![${options.get('alt') ?? ''}](${linkDestination(argument)})`;
      if (hasBody) this.readBody(first, bodyEnd, inner, prefix, false);
      return bodyEnd;
    }
    if (LEFT_OUT_DIRECTIVES.has(name)) {
      if (name === 'highlight') this.highlight = argument.split(/\s+/)[0] || undefined;
      for (let k = n; k < bodyEnd; k++) this.out[k] = this.blank(prefix);
      const why = LEFT_OUT_WHY[name];
      this.leave(n, bodyEnd, `the directive .. ${name}::${argument ? ` ${argument}` : ''}${why ? ` (${why})` : ''}`);
      return bodyEnd;
    }
    leaveOptions(`.. ${name}::`);
    // A title in bold over its body (`.. rubric:: Summary`, `.. dropdown:: What is X?`); a directive of no title prints its body.
    if (argument && !BODY_DIRECTIVES.has(name)) this.out[n] = `${prefix}**${rstInline(argument, this.footnotes)}**`;
    else {
      this.out[n] = this.blank(prefix);
      this.leave(n, n + 1, `the directive's line .. ${name}::${argument ? ` ${argument}` : ''} (what it holds is read)`);
    }
    if (hasBody) this.readBody(first, bodyEnd, inner, prefix, false);
    return bodyEnd;
  }

  /** Lines `first` up to `end` left out of the note, told once at the first. */
  private leave(first: number, end: number, what: string): void {
    let last = end - 1;
    while (last > first && isBlank(this.lines[last])) last--;
    this.leftOut.push({ line: first + 1, message: `Left out ${what} (${lineRange(first + 1, last + 1)})` });
  }
}

const FOOTNOTE_DEFINITION = new RegExp(String.raw`^[ \t]*\.\.[ \t]+\[${FOOTNOTE_LABEL}\]`);

/**
 * The note's footnotes and citations, each with its Markdown label where the text cites it: a number or a name as
 * written (`#note` without its `#`). Auto-numbered ones (`[#]`, `[*]`) are numbered in the order they are defined,
 * the n-th `[#]_` citing the n-th, as docutils numbers them; their labels (`auto1`) are no number the note writes.
 */
class FootnoteLabels implements Footnotes {
  private readonly defined = new Set<string>();
  private readonly cited = new Set<string>();
  private autoDefined = 0;
  private autoCited = 0;
  /** The auto-numbered definitions and references read so far. */
  private definitionsRead = 0;
  private referencesRead = 0;

  constructor(lines: readonly string[]) {
    for (const line of lines) {
      const label = FOOTNOTE_DEFINITION.exec(line)?.[1];
      if (label === undefined) continue;
      if (isAuto(label)) this.autoDefined++;
      else this.defined.add(label);
    }
    for (const line of lines) {
      for (const [, label] of line.matchAll(FOOTNOTE_REFERENCE)) {
        if (isAuto(label!)) this.autoCited++;
        else this.cited.add(label!);
      }
    }
  }

  reference(label: string): string | undefined {
    if (isAuto(label)) return ++this.referencesRead <= this.autoDefined ? `auto${this.referencesRead}` : undefined;
    return this.defined.has(label) ? label.replace(/^#/, '') : undefined;
  }

  /** The label of the definition read next with `label`, where the text cites it. */
  definition(label: string): string | undefined {
    if (isAuto(label)) return ++this.definitionsRead <= this.autoCited ? `auto${this.definitionsRead}` : undefined;
    return this.cited.has(label) ? label.replace(/^#/, '') : undefined;
  }
}

/** `[#]` and `[*]`: numbered (or marked) by their order, not by a name. */
function isAuto(label: string): boolean {
  return label === '#' || label === '*';
}
