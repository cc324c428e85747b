/**
 * An AsciiDoc note (an `.adoc` or `.asciidoc` file), read as the Markdown it stands for, line for line, as an Org
 * note is (org-mode.ts): each line of the Markdown is the same line of the file, so every question, answer and
 * note stands at the file's own line.
 *
 * - The header: the document title (`= Title`) is the note's title; the author line, the revision line (as they
 *   look: a line under the title that asks is the note's text) and the attribute entries under it (`:toc: left`)
 *   are left out, as are attribute entries elsewhere (their values are read where the text names them, `{name}`),
 *   comments (`// …`, `////` blocks) and an `include::` (its file is not read), each run of such lines told at its
 *   line. Page breaks (`<<<`), conditionals (`ifdef::…[]`) and `toc::[]` print nothing and are left out.
 * - Section titles are headings, `==` `##` and so on (`#` titles as written). A section title, a list item, a rule,
 *   a block delimiter or a block attribute line ends the paragraph above it, a blank line between them or not.
 * - Blocks: a listing (`----`) is fenced code in the language of its `[source,python]` line (or of
 *   `:source-language:`), and so is a paragraph under such a line; a literal block (`....`) and an indented
 *   paragraph are code of none, a Markdown fence stays one; a quote (`____`, `[quote]` over a paragraph) is a
 *   quote, its attribution under it; an admonition (`NOTE: …`, `TIP:`, `IMPORTANT:`, `WARNING:`, `CAUTION:`, or
 *   `[NOTE]` over a paragraph or a block) a quote opening with its label in bold (`> **Note:** …`); a sidebar
 *   (`****`), an example (`====`) and an open block (`--`) their content, a `[%collapsible]` example a fold
 *   whose summary is its title; a passthrough (`++++`) as written, TeX display math under `[stem]` or
 *   `[latexmath]`; a table (`|===`, asciidoc-tables.ts) a Markdown table when a blank line ends its header row,
 *   else its rows as text; a comment block is left out. A delimiter nothing closes opens no block.
 * - A block title (`.Title` over a block) is bold text over it; block attribute lines (`[.role]`, `[#id]`,
 *   `[[id]]`) are markup, left out.
 * - `'''` (and Markdown's `---`, `***`) is a rule.
 * - Lists: `*`, `-` and `.` items, nested as AsciiDoc nests them, by their markers (`**`, `..`), with check
 *   boxes and explicit numbers; a code block's callout list (`<1> …`) numbered; a description list's item
 *   (`term:: text`, `term;;`) as `- term: text`, its term in bold when it asks or the list is `[qanda]`
 *   (description-terms.ts). A block after a list continuation (`+`), and a literal paragraph after an item,
 *   stay in the item.
 * - In text (asciidoc-inline.ts): emphasis, code, links, pictures, formulas and the rest as Markdown writes them;
 *   a hard line break (` +` at a line's end) as Markdown's.
 *
 * Only what a note of questions and answers uses is read; the rest of AsciiDoc stays text.
 */
import { inlineMarkdown, sectionKey, withReferences, type NoteText } from './asciidoc-inline.js';
import { tableLines } from './asciidoc-tables.js';
import { fenceAround } from './code-spans.js';
import { termMarkdown } from './description-terms.js';
import { lineRange } from '../report/line-span.js';
import { leastIndent } from './least-indent.js';

/** Whether a file is an AsciiDoc note: by its name, as Asciidoctor's tools decide (a Markdown note about AsciiDoc quotes its syntax). */
export function isAsciidocNote(file: string): boolean {
  return /\.(?:adoc|asciidoc)$/i.test(file);
}

export interface AsciidocNote {
  /** The note as Markdown, one line for each line of the file. */
  markdown: string;
  /** The document title (`= Title`), as written, its attribute references read. */
  title?: string;
  /** What was left out of the note and where (the first line of its run, 1-based). */
  leftOut: Array<{ line: number; message: string }>;
}

/** The note as Markdown, line for line (see above). */
export function asciidocToMarkdown(text: string): AsciidocNote {
  const reader = new Reader(text.split('\n').map((line) => line.replace(/\r$/, '')));
  reader.read();
  return { markdown: reader.out.join('\n'), ...(reader.title ? { title: reader.title } : {}), leftOut: reader.leftOutNotes() };
}

/** What a line left out of the note was. */
type LeftOutKind = 'author line' | 'revision line' | 'attribute entry' | 'comment' | 'include';

/** An open list item: the marker that opened it, and the columns of its bullet and of its text. */
interface ListItem {
  marker: string;
  indent: number;
  content: number;
}

/** The note, or a compound block in it (a quote, an example, a sidebar, an admonition), whose lines are read as blocks. */
interface Context {
  /** What each of its lines opens with: the quote markers and list indents of the blocks around it. */
  prefix: string;
  /** The line that closes it (none for the note). */
  delimiter?: string;
  /** What its closing line writes: a quote's attribution, a fold's end. */
  closing?: string;
  /** Its list's open items, outermost first. */
  items: ListItem[];
  /** Whether a blank line followed its list's last line: a line after it that is no item ends the list. */
  afterBlank: boolean;
  /** The column of the item the next block stays in, after a list continuation (`+`). */
  attach?: number;
  /** Whether its list is a `[qanda]` one: each term a question. */
  qanda: boolean;
}

/** A block whose lines are written as they are, or left out: code, a passthrough, math, a comment, a table. */
interface Verbatim {
  kind: 'code' | 'literal' | 'pass' | 'comment' | 'table';
  /** The line that closes it; none for a paragraph, which the blank line after it closes. */
  delimiter: string | undefined;
  /** What each of its lines opens with. */
  prefix: string;
  /** What its closing line writes after the prefix: the fence, `$$`, nothing. */
  closing: string;
  /** A literal paragraph's indent, taken off each of its lines. */
  shift?: number;
  /** A table's lines as Markdown writes them, by the file's line (0-based). */
  rows?: ReadonlyMap<number, string>;
}

/** What block attribute lines and a block title say of the block under them. */
interface Pending {
  /** Its style, lower-cased: `source`, `quote`, `note`, `stem`, `qanda`… */
  style?: string;
  /** The second and third positional attributes: a source block's language, a quote's attribution. */
  second?: string;
  third?: string;
  /** `%collapsible`, `options="header"`… */
  options: Set<string>;
  /** The first of these lines (0-based). */
  line?: number;
  /** The block title's line (0-based) and text. */
  title?: { line: number; text: string };
}

const ADMONITIONS = new Set(['note', 'tip', 'important', 'warning', 'caution']);
/** `NOTE: text`: an admonition paragraph. */
const ADMONITION_PARAGRAPH = /^(NOTE|TIP|IMPORTANT|WARNING|CAUTION):[ \t]+(\S.*)$/;
const SECTION = /^(={1,6}|#{1,6})[ \t]+(\S.*)$/;
const DOCUMENT_TITLE = /^[=#][ \t]+(\S.*)$/;
/**
 * The header's author line (`Kim Minsu <minsu@example.com>`, authors apart by `;`) and revision line (`v1.2, 2024-04-10:
 * remark`), as they look: a line right under the title that asks, or holds a block's markup, is the note's text.
 */
const AUTHOR_LINE = /^[\p{L}\p{M}][\p{L}\p{M}\p{N} .,'’_;&()@<>+-]{0,200}$/u;
const REVISION_LINE = /^(?:v|[Vv]ersion\s|\d|\{)[^\n]{0,200}$/;
/** `:name: value` (`:name!:` unsets it): its value runs to the line's end, whatever it holds, so nothing is tried again. */
const ATTRIBUTE_ENTRY = /^:(!?\w[\w-]{0,100}!?):(?:[ \t]([\s\S]*))?$/;
/** A block attribute line (`[source,python]`, `[.role]`, `[#id]`, `[%collapsible]`, `[quote, Author]`), or an anchor (`[[id]]`). */
const BLOCK_ATTRIBUTES = /^\[(?:\[[\w:.,\- ]{1,200}\]|([\w.#%,"'=-][^\]\n]{0,500})?)\][ \t]*$/;
/** The styles a block attribute line names that this reader knows: a line naming another (`[1, 2, 3]`) is text. */
const STYLES = new Set([
  'source', 'listing', 'literal', 'quote', 'verse', 'note', 'tip', 'important', 'warning', 'caution', 'stem', 'latexmath', 'asciimath',
  'discrete', 'float', 'abstract', 'sidebar', 'example', 'comment', 'pass', 'open', 'horizontal', 'qanda', 'glossary', 'bibliography',
  'appendix', 'preface', 'partintro', 'colophon', 'dedication', 'index', 'arabic', 'decimal', 'loweralpha', 'upperalpha', 'lowerroman',
  'upperroman', 'lowergreek', 'normal', 'subs', 'csv', 'tsv', 'dsv', 'chapter', 'part', 'section',
]);
/** Diagram blocks (`[mermaid]` over a literal block): code in the diagram's language. */
const DIAGRAMS = new Set(['mermaid', 'plantuml', 'graphviz', 'ditaa', 'dot', 'd2', 'vega', 'wavedrom']);
const BLOCK_TITLE = /^\.([^\s.].*)$/;
const COMMENT_LINE = /^\/\/(?:[^/]|\/?$)/;
const RULE = /^(?:'{3}|-{3}|\*{3}|- - -|\* \* \*)[ \t]*$/;
const PAGE_BREAK = /^<{3}[ \t]*$/;
/** A conditional's lines (`ifdef::env-github[]`, `endif::[]`, `ifeval::[…]`) and the table of contents' place; a one-line `ifdef::x[text]` is text. */
const DIRECTIVE = /^(?:(?:ifn?def|endif)::[^[\n]*\[\]|(?:ifeval|toc)::\[.*\])[ \t]*$/;
const INCLUDE = /^include::([^[\n]+)\[.*\][ \t]*$/;
/** The lines that open (and close) a delimited block, a group for each kind. */
const DELIMITER = /^(?:(-{4,})|(\.{4,})|(_{4,})|(\*{4,})|(={4,})|(\/{4,})|(\+{4,})|(--)|([|!]={3,})|(`{3,})([\w+#.-]*))[ \t]*$/;
const Group = { Listing: 1, Literal: 2, Quote: 3, Sidebar: 4, Example: 5, Comment: 6, Pass: 7, Open: 8, Table: 9, Fence: 10, FenceLanguage: 11 } as const;
const LIST_ITEM = /^[ \t]*(\*{1,5}|-|\.{1,5}|\d{1,9}\.|<(?:\d{1,3}|\.)>)[ \t]+(\S.*)$/;
const CHECK_BOX = /^\[([ xX*])\][ \t]+/;
const LITERAL_LINE = /^[ \t]+\S/;
/** A list continuation: the block after it stays in the item above. */
const CONTINUATION = /^\+[ \t]*$/;
/** A code line's callout number at its end (`x = 1  # <1>`): a mark Asciidoctor shows beside the code, not code. */
const CALLOUT_NUMBER = /(?:[ \t]?(?:\/\/|#|--|;;))?[ \t]?<(?:\d{1,3}|\.)>[ \t]*$/;

const noPending = (): Pending => ({ options: new Set() });

function newContext(prefix: string, delimiter?: string): Context {
  return { prefix, ...(delimiter !== undefined ? { delimiter } : {}), items: [], afterBlank: false, qanda: false };
}

class Reader {
  readonly out: string[] = [];
  title: string | undefined;
  private readonly attributes = new Map<string, string>();
  /** What the note's text is read with: its attributes as read so far, its section titles. */
  private readonly text: NoteText;
  /** The lines left out (0-based) and what each was. */
  private readonly leftOut = new Map<number, { kind: LeftOutKind; text: string }>();
  private readonly contexts: Context[] = [newContext('')];
  private verbatim: Verbatim | undefined;
  private pending: Pending = noPending();
  /** The paragraph being read: what its lines open with after the context's prefix (`> ` in an admonition, an item's indent). */
  private paragraph: { prefix: string } | undefined;
  private readonly closings: Closings;

  constructor(private readonly lines: readonly string[]) {
    this.closings = new Closings(lines);
    this.text = { attributes: this.attributes, sectionTitles: sectionTitles(lines) };
  }

  read(): void {
    for (let n = this.readHeader(); n < this.lines.length; n++) this.readLine(n);
    this.flushTitle();
  }

  /** A note for each run of lines left out next to one another: what they were, and where. */
  leftOutNotes(): Array<{ line: number; message: string }> {
    const notes: Array<{ line: number; message: string }> = [];
    const lines = [...this.leftOut.keys()].sort((a, b) => a - b);
    for (let k = 0; k < lines.length; ) {
      let last = k;
      while (last + 1 < lines.length && lines[last + 1]! === lines[last]! + 1) last++;
      const first = lines[k]! + 1;
      const end = lines[last]! + 1;
      const run = lines.slice(k, last + 1).map((line) => this.leftOut.get(line)!);
      notes.push({ line: first, message: `Left out ${describedRun(run)} (${lineRange(first, end)})` });
      k = last + 1;
    }
    return notes;
  }

  private get context(): Context {
    return this.contexts.at(-1)!;
  }

  /** The header: the document title, and under it the author line, the revision line and attribute entries, up to a blank line. */
  private readHeader(): number {
    let n = 0;
    for (; n < this.lines.length; n++) {
      const line = this.lines[n]!;
      if (this.verbatim) this.readVerbatim(n, line);
      else if (line.trim() === '') this.out.push('');
      else if (!this.readSetting(n, line)) break;
    }
    const title = DOCUMENT_TITLE.exec(this.lines[n] ?? '');
    if (!title) return n;
    this.title = withReferences(title[1]!.trim(), this.attributes);
    this.out.push('');
    let told = 0;
    for (n++; n < this.lines.length && (this.verbatim || this.lines[n]!.trim() !== ''); n++) {
      const line = this.lines[n]!;
      if (this.verbatim) this.readVerbatim(n, line);
      else if (this.readSetting(n, line)) continue;
      else if (told === 0 ? AUTHOR_LINE.test(line) && !LIST_ITEM.test(line) : told === 1 && REVISION_LINE.test(line)) {
        this.leave(n, told === 0 ? 'author line' : 'revision line', line.trim());
        told++;
      } else break;
    }
    return n;
  }

  /** A comment, an attribute entry, an include, a directive or a page break: read, and left out. Whether the line was one. */
  private readSetting(n: number, line: string): boolean {
    if (this.readComment(n, line)) return true;
    const entry = ATTRIBUTE_ENTRY.exec(line);
    if (entry) {
      const name = entry[1]!.replace(/!/g, '').toLowerCase();
      if (entry[1]!.includes('!')) this.attributes.delete(name);
      else this.attributes.set(name, withReferences((entry[2] ?? '').trim(), this.attributes));
      this.leave(n, 'attribute entry', line.trim());
      return true;
    }
    const include = INCLUDE.exec(line);
    if (include) {
      this.leave(n, 'include', include[1]!);
      return true;
    }
    if (DIRECTIVE.test(line) || PAGE_BREAK.test(line)) {
      this.out.push('');
      return true;
    }
    return false;
  }

  private readComment(n: number, line: string): boolean {
    const written = line.trimEnd();
    if (DELIMITER.exec(line)?.[Group.Comment] !== undefined && this.closings.closed(written, n)) {
      this.verbatim = { kind: 'comment', delimiter: written, prefix: '', closing: '' };
      this.leave(n, 'comment', '');
      return true;
    }
    if (!COMMENT_LINE.test(line) || DELIMITER.test(line)) return false;
    this.leave(n, 'comment', line.slice(2).trim());
    return true;
  }

  private leave(n: number, kind: LeftOutKind, text: string): void {
    this.leftOut.set(n, { kind, text });
    this.out.push('');
  }

  private readLine(n: number): void {
    const line = this.lines[n]!;
    if (this.verbatim) {
      this.readVerbatim(n, line);
      return;
    }
    const context = this.context;
    if (line.trim() === '') {
      // A block after a list continuation ends at a blank line; the list goes on if an item follows.
      if (this.paragraph) context.attach = undefined;
      this.paragraph = undefined;
      if (context.items.length > 0) context.afterBlank = true;
      this.out.push(context.prefix.trimEnd());
      return;
    }
    // A comment line is left out wherever it stands, in a paragraph too.
    if (this.readComment(n, line)) return;
    const delimiter = DELIMITER.exec(line);
    if (delimiter && this.contexts.some((open) => open.delimiter === line.trimEnd())) {
      this.closeContext(line.trimEnd());
      return;
    }
    if (this.paragraph && !delimiter && !this.endsParagraph(line)) {
      this.out.push(`${context.prefix}${this.paragraph.prefix}${this.textLine(n, line)}`);
      return;
    }
    this.paragraph = undefined;
    if (context.items.length > 0 && context.afterBlank && context.attach === undefined && !LIST_ITEM.test(line) && !descriptionItem(line) && !LITERAL_LINE.test(line)) {
      this.endList();
    }
    if (this.readSetting(n, line)) return;
    if (delimiter) this.openBlock(n, line, delimiter);
    else if (isBlockAttributeLine(line)) this.readBlockAttributes(n, line);
    else if (BLOCK_TITLE.test(line)) {
      this.flushTitle();
      this.pending.title = { line: n, text: BLOCK_TITLE.exec(line)![1]! };
      this.pending.line ??= n;
      this.out.push('');
    } else if (RULE.test(line)) {
      this.endList();
      this.push('***');
    } else if (SECTION.test(line)) {
      this.endList();
      const section = SECTION.exec(line)!;
      // `== Title ==`: the closing marks are no part of the title.
      const text = section[2]!.replace(new RegExp(`[ \\t]+${section[1]![0] === '=' ? '=' : '#'}+[ \\t]*$`), '').trim();
      this.push(`${'#'.repeat(section[1]!.length)} ${inlineMarkdown(text, this.text)}`);
      this.pending = noPending();
    } else if (CONTINUATION.test(line) && context.items.length > 0) {
      context.attach = context.items.at(-1)!.content;
      context.afterBlank = false;
      this.out.push(context.prefix.trimEnd());
    } else if (!this.readListItem(n, line)) this.openParagraph(n, line);
  }

  /**
   * Whether a line ends the paragraph above it: a block attribute line, a section title, a rule, a list item (as
   * Markdown reads one under a line of text) and, in a list, a continuation or a description list's item.
   */
  private endsParagraph(line: string): boolean {
    if (isBlockAttributeLine(line) || SECTION.test(line) || RULE.test(line) || LIST_ITEM.test(line)) return true;
    return this.context.items.length > 0 && (CONTINUATION.test(line) || descriptionItem(line) !== undefined);
  }

  /** What a block's lines open with: the context's prefix, and the indent of the item it stays in after a `+`. */
  private blockPrefix(): string {
    const context = this.context;
    return `${context.prefix}${' '.repeat(context.attach ?? 0)}`;
  }

  /** A block's line, after the block title over it. */
  private push(markdown: string): void {
    this.flushTitle();
    this.out.push(`${this.blockPrefix()}${markdown}`.trimEnd());
  }

  /** The block title over a block, now that the block is known: bold text at its own line. */
  private flushTitle(): void {
    const title = this.pending.title;
    if (!title) return;
    this.pending.title = undefined;
    this.out[title.line] = `${this.blockPrefix()}**${inlineMarkdown(title.text, this.text)}**`;
  }

  private endList(): void {
    const context = this.context;
    context.items = [];
    context.attach = undefined;
    context.afterBlank = false;
    context.qanda = false;
  }

  private readBlockAttributes(n: number, line: string): void {
    const content = BLOCK_ATTRIBUTES.exec(line)![1];
    this.out.push('');
    this.pending.line ??= n;
    if (content === undefined) return; // `[[id]]`: an anchor
    const positional = splitAttributes(content);
    const first = positional[0] ?? '';
    // `source#id.role%option`: the style, then its shorthands.
    const style = first.includes('=') ? '' : /^[\w-]*/.exec(first)![0].toLowerCase();
    for (const option of first.matchAll(/%([\w-]+)/g)) this.pending.options.add(option[1]!.toLowerCase());
    const options = /(?:^|,)\s*(?:options|opts)\s*=\s*"?([^"]*)"?/.exec(content);
    if (options) for (const option of options[1]!.split(',')) this.pending.options.add(option.trim().toLowerCase());
    if (style !== '') this.pending.style = style;
    if (positional[1] !== undefined && !positional[1].includes('=')) this.pending.second = positional[1];
    if (positional[2] !== undefined && !positional[2].includes('=')) this.pending.third = positional[2];
    if (style === 'qanda') this.context.qanda = true;
    // `[source,python]` over a paragraph, not a block: the paragraph is the code, fenced from this line to the blank line after it.
    const next = this.lines[n + 1];
    const code = style === 'source' || style === 'listing' || style === 'literal' || DIAGRAMS.has(style);
    if (!code || next === undefined || next.trim() === '' || DELIMITER.test(next) || isBlockAttributeLine(next) || BLOCK_TITLE.test(next)) return;
    let end = n + 1;
    while (end < this.lines.length && this.lines[end]!.trim() !== '') end++;
    const fence = fenceAround(this.lines.slice(n + 1, end));
    const prefix = this.blockPrefix();
    const language = this.languageOf(this.pending);
    this.flushTitle();
    this.out[n] = `${prefix}${fence}${language}`;
    this.verbatim = { kind: 'code', delimiter: undefined, prefix, closing: fence };
    this.pending = noPending();
  }

  /** A code block's language: a source block's own (`[source,python]`, `[,python]`) or the note's `:source-language:`; a diagram's. */
  private languageOf(pending: Pending): string {
    const style = pending.style;
    if (style !== undefined && DIAGRAMS.has(style)) return style;
    if (style !== 'source' && (style !== undefined || pending.second === undefined)) return '';
    const named = pending.second ?? this.attributes.get('source-language');
    return named?.trim().replace(/[^\w+#.-]/g, '') ?? '';
  }

  private openBlock(n: number, line: string, delimiter: RegExpExecArray): void {
    const written = line.trimEnd();
    const pending = this.pending;
    if (delimiter[Group.Fence] === undefined && !this.closings.closed(written, n)) {
      // A delimiter nothing closes opens no block: its line holds nothing else, and the lines after it are read as they are.
      this.out.push('');
      return;
    }
    this.pending = { options: new Set(), ...(pending.title ? { title: pending.title } : {}) };
    const context = this.context;
    if (context.attach === undefined) this.endList();
    const prefix = this.blockPrefix();
    const style = pending.style;
    if (delimiter[Group.Listing] || delimiter[Group.Literal] || delimiter[Group.Fence]) {
      const fence = delimiter[Group.Fence] ?? fenceAround(this.lines.slice(n + 1, this.closings.next(written, n)));
      const language = delimiter[Group.Fence] ? delimiter[Group.FenceLanguage]! : this.languageOf(pending);
      this.push(`${fence}${language}`);
      this.verbatim = { kind: 'code', delimiter: delimiter[Group.Fence] ?? written, prefix, closing: fence };
      return;
    }
    if (delimiter[Group.Pass]) {
      const math = style === 'stem' || style === 'latexmath';
      this.push(math ? '$$' : '');
      this.verbatim = { kind: 'pass', delimiter: written, prefix, closing: math ? '$$' : '' };
      return;
    }
    if (delimiter[Group.Table]) {
      const header = pending.options.has('header') ? true : pending.options.has('noheader') ? false : undefined;
      this.push('');
      const rows = tableLines(this.lines, n, written, header, (cell) => inlineMarkdown(cell, this.text));
      this.verbatim = { kind: 'table', delimiter: written, prefix, closing: '', rows };
      return;
    }
    // A compound block: its lines are read as blocks, at the prefix it gives them.
    const admonition = style !== undefined && ADMONITIONS.has(style);
    const quote = !admonition && (delimiter[Group.Quote] !== undefined || style === 'quote' || style === 'verse');
    const opened = newContext(admonition || quote ? `${prefix}> ` : prefix, written);
    if (quote) opened.closing = attribution(pending, this.text);
    if (admonition) {
      // Its title, if any, after its label (`> **Tip: Remember**`), as Asciidoctor shows it beside the label.
      const title = this.pending.title;
      this.pending.title = undefined;
      this.out.push(`${prefix}> **${label(style)}:${title ? ` ${inlineMarkdown(title.text, this.text)}**` : '**'}`);
    }
    else if (pending.options.has('collapsible') && delimiter[Group.Example]) {
      // A collapsible example is a fold, as Asciidoctor writes it: its title the summary, at the first line over
      // it (the `[%collapsible]` line at least), so that the fold's tag is a line of its own, a blank line under it.
      const title = this.pending.title;
      this.pending.title = undefined;
      this.out[Math.min(title?.line ?? n, pending.line ?? n)] = `${prefix}<details><summary>${title ? inlineMarkdown(title.text, this.text) : 'Details'}</summary>`;
      this.out.push(prefix.trimEnd());
      opened.closing = '</details>';
    } else this.push('');
    this.contexts.push(opened);
  }

  private closeContext(delimiter: string): void {
    this.paragraph = undefined;
    while (this.contexts.length > 1) {
      const closed = this.contexts.pop()!;
      if (closed.delimiter !== delimiter) continue;
      const outer = this.blockPrefix();
      this.out.push(closed.closing === undefined ? outer.trimEnd() : closed.closing === '</details>' ? `${outer}</details>` : `${closed.prefix}${closed.closing}`);
      break;
    }
    // The block after a list continuation ends here; the list goes on.
    this.context.attach = undefined;
  }

  private readVerbatim(n: number, line: string): void {
    const block = this.verbatim!;
    const ends = block.delimiter === undefined ? line.trim() === '' : line.trimEnd() === block.delimiter;
    if (ends) {
      this.verbatim = undefined;
      if (block.kind === 'comment') this.leave(n, 'comment', '');
      else this.out.push(`${block.prefix}${block.closing}`.trimEnd());
      this.context.attach = undefined;
      return;
    }
    if (block.kind === 'comment') this.leave(n, 'comment', '');
    else if (block.kind === 'table') this.out.push(`${block.prefix}${block.rows!.get(n) ?? ''}`.trimEnd());
    else if (block.kind === 'code') this.out.push(`${block.prefix}${CALLOUT_NUMBER.test(line) ? line.replace(CALLOUT_NUMBER, '').trimEnd() : line}`);
    else if (block.kind === 'literal') this.out.push(`${block.prefix}${line.slice(block.shift)}`);
    else this.out.push(`${block.prefix}${line}`);
  }

  /** A list item at this line, if it opens one: written at the depth its marker gives it. */
  private readListItem(n: number, line: string): boolean {
    const context = this.context;
    const item = LIST_ITEM.exec(line);
    const description = item ? undefined : descriptionItem(line);
    if (!item && !description) return false;
    const marker = item ? markerOf(item[1]!) : description!.marker;
    const at = context.items.findIndex((open) => open.marker === marker);
    if (at >= 0) context.items.length = at;
    const indent = context.items.at(-1)?.content ?? 0;
    let bullet = '- ';
    let text: string;
    if (item) {
      const rest = item[2]!;
      const box = marker === '-' || marker.startsWith('*') ? CHECK_BOX.exec(rest) : null;
      const number = /^(\d{1,9})\.$/.exec(item[1]!)?.[1];
      if (number !== undefined) bullet = `${number}. `;
      else if (marker.startsWith('.') || marker === '<>') bullet = '1. ';
      text = `${box ? `[${box[1] === ' ' ? ' ' : 'x'}] ` : ''}${this.textLine(n, box ? rest.slice(box[0].length) : rest)}`;
    } else {
      const term = inlineMarkdown(description!.term, this.text, true).trim();
      text = `${termMarkdown(term, context.qanda || undefined)}${inlineMarkdown(description!.text, this.text)}`;
    }
    this.flushTitle();
    this.pending = noPending();
    context.attach = undefined;
    context.afterBlank = false;
    context.items.push({ marker, indent, content: indent + bullet.length });
    this.paragraph = { prefix: ' '.repeat(indent + bullet.length) };
    this.push(`${' '.repeat(indent)}${bullet}${text}`);
    return true;
  }

  private openParagraph(n: number, line: string): void {
    const context = this.context;
    const style = this.pending.style;
    this.flushTitle();
    this.pending = noPending();
    if (LITERAL_LINE.test(line)) {
      // An indented paragraph is a literal block: Markdown's indented code, in the item above when it follows one.
      const indent = context.items.length > 0 ? context.items.at(-1)!.content : (context.attach ?? 0);
      const prefix = `${context.prefix}${' '.repeat(indent + 4)}`;
      this.verbatim = { kind: 'literal', delimiter: undefined, prefix, closing: '', shift: leastIndent(paragraphFrom(this.lines, n)) };
      this.readVerbatim(n, line);
      return;
    }
    if (context.attach === undefined) this.endList();
    const admonition = ADMONITION_PARAGRAPH.exec(line);
    const styled = admonition ? admonition[1]!.toLowerCase() : style !== undefined && ADMONITIONS.has(style) ? style : undefined;
    const quoted = styled === undefined && (style === 'quote' || style === 'verse');
    const prefix = styled !== undefined || quoted ? '> ' : '';
    const lead = styled !== undefined ? `**${label(styled)}:** ` : '';
    this.paragraph = { prefix: `${' '.repeat(context.attach ?? 0)}${prefix}` };
    this.push(`${prefix}${lead}${this.textLine(n, admonition ? admonition[2]! : line)}`);
  }

  /**
   * The text of line `n` (a paragraph's, an item's): its inline markup read, and a hard break (` +` at its end)
   * Markdown's when the paragraph goes on. The text opens a line of the Markdown or an item's text.
   */
  private textLine(n: number, line: string): string {
    const broken = /[ \t]\+[ \t]*$/.exec(line);
    const text = inlineMarkdown((broken ? line.slice(0, broken.index) : line).trim(), this.text, true);
    if (!broken) return text;
    const next = this.lines[n + 1];
    const goesOn = next !== undefined && next.trim() !== '' && !DELIMITER.test(next) && !this.endsParagraph(next) && !COMMENT_LINE.test(next);
    return goesOn ? `${text}\\` : text;
  }
}

/** Where each delimiter line stands, so that whether a block opened at a line is closed after it is found without a scan per opening. */
class Closings {
  private readonly at = new Map<string, number[]>();

  constructor(lines: readonly string[]) {
    lines.forEach((line, n) => {
      if (!DELIMITER.test(line)) return;
      const written = line.trimEnd();
      const found = this.at.get(written);
      if (found) found.push(n);
      else this.at.set(written, [n]);
    });
  }

  /** The next line after `n` that is `delimiter` (the lines' count when none is). */
  next(delimiter: string, n: number): number {
    const found = this.at.get(delimiter) ?? [];
    let low = 0;
    let high = found.length;
    while (low < high) {
      const middle = (low + high) >> 1;
      if (found[middle]! <= n) low = middle + 1;
      else high = middle;
    }
    return found[low] ?? Number.MAX_SAFE_INTEGER;
  }

  closed(delimiter: string, n: number): boolean {
    return this.next(delimiter, n) !== Number.MAX_SAFE_INTEGER;
  }
}

/** A block attribute line, or an anchor, as this reader reads one: the style it names known to it, or none named. */
function isBlockAttributeLine(line: string): boolean {
  const attributes = BLOCK_ATTRIBUTES.exec(line);
  if (!attributes) return false;
  const first = /^[^,]*/.exec(attributes[1] ?? '')![0];
  if (first.includes('=')) return true;
  const style = /^[\w-]*/.exec(first)![0].toLowerCase();
  return style === '' || STYLES.has(style) || DIAGRAMS.has(style);
}

/**
 * The note's section titles by their ids, for the cross references that name no words (`<<q1>>`): an anchor's over
 * its title (`[[q1]]`, `[#q1]`) or after it (`== Title [[q1]]`), and the id Asciidoctor gives each (`_what_is_adam`).
 */
function sectionTitles(lines: readonly string[]): Map<string, string> {
  const titles = new Map<string, string>();
  let anchor: string | undefined;
  for (const line of lines) {
    const section = SECTION.exec(line);
    if (section) {
      const inline = /[ \t]*\[\[([\w:.-]{1,200})(?:,[^\]\n]{0,200})?\]\][ \t]*$/.exec(section[2]!);
      const title = (inline ? section[2]!.slice(0, inline.index) : section[2]!).trim();
      for (const id of [anchor, inline?.[1], title]) if (id !== undefined && !titles.has(sectionKey(id))) titles.set(sectionKey(id), title);
      anchor = undefined;
      continue;
    }
    const id = /^\[\[([\w:.-]{1,200})(?:,[^\]\n]{0,200})?\]\][ \t]*$|^\[#([\w:.-]{1,200})[^\]\n]{0,200}\][ \t]*$/.exec(line);
    if (id) anchor = id[1] ?? id[2];
    else if (line.trim() !== '' && !BLOCK_ATTRIBUTES.test(line)) anchor = undefined;
  }
  return titles;
}

/** `term:: text` (`:::`, `::::`, `;;` for deeper lists): its marker, term and text, found without a pattern that backtracks over the term. */
function descriptionItem(line: string): { marker: string; term: string; text: string } | undefined {
  if (COMMENT_LINE.test(line)) return undefined;
  const at = line.search(/(?::{2,4}|;;)(?:[ \t]|$)/);
  if (at <= 0 || /[\s:]/.test(line[at - 1]!)) return undefined;
  const term = line.slice(0, at).trim();
  const marker = /^(?::{2,4}|;;)/.exec(line.slice(at))![0];
  return { marker, term, text: line.slice(at + marker.length).trim() };
}

/** What nests a list item: `*`, `**`, `-`, `.`, `..` each a level of its own; explicit numbers one, callouts one. */
function markerOf(written: string): string {
  if (/^\d/.test(written)) return '1.';
  if (written.startsWith('<')) return '<>';
  return written;
}

/** The lines of the paragraph from line `n`, up to a blank line: a literal paragraph, its least indent taken off each as Asciidoctor shows it. */
function paragraphFrom(lines: readonly string[], n: number): string[] {
  let end = n;
  while (end < lines.length && lines[end]!.trim() !== '') end++;
  return lines.slice(n, end);
}

/** A block attribute line's attributes, split at commas outside quotes, each trimmed and unquoted. */
function splitAttributes(content: string): string[] {
  const found: string[] = [];
  for (const part of content.matchAll(/\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|[^,]*)\s*(?:,|$)/g)) {
    if (part[0] === '' && part.index === content.length) break;
    found.push(part[1]!.replace(/^(["'])(.*)\1$/, '$2').trim());
  }
  return found;
}

/** A quote's attribution (`[quote, Author, Source]`), as the line under it writes it: `— Author, Source`. */
function attribution(pending: Pending, text: NoteText): string | undefined {
  const said = [pending.second, pending.third].filter((part): part is string => part !== undefined && part !== '');
  return said.length === 0 ? undefined : `— ${inlineMarkdown(said.join(', '), text)}`;
}

/** An admonition's label as Asciidoctor shows it: `Note`, `Tip`, `Important`, `Warning`, `Caution`. */
function label(style: string): string {
  return `${style[0]!.toUpperCase()}${style.slice(1).toLowerCase()}`;
}

/** A run of lines left out, in words: `the author line (…), the revision line (…) and 3 attribute entries (:toc: left, …)`. */
function describedRun(run: ReadonlyArray<{ kind: LeftOutKind; text: string }>): string {
  const kinds = new Map<LeftOutKind, string[]>();
  for (const { kind, text } of run) {
    const texts = kinds.get(kind) ?? [];
    if (text !== '') texts.push(text);
    kinds.set(kind, texts);
  }
  const parts = [...kinds].map(([kind, texts]) => {
    const count = run.filter((line) => line.kind === kind).length;
    const named = kind === 'comment' ? (texts.length > 1 ? 'comments' : 'a comment') : kind === 'include' ? 'an include (the file it names is not read)' : count > 1 ? `${count} ${kind.replace(/y$/, 'ie')}s` : `the ${kind}`;
    const shown = texts.slice(0, 3).map((text) => (text.length > 60 ? `${text.slice(0, 59)}…` : text));
    return shown.length > 0 ? `${named} (${shown.join(', ')}${texts.length > 3 ? ', …' : ''})` : named;
  });
  return parts.length === 1 ? parts[0]! : `${parts.slice(0, -1).join(', ')} and ${parts.at(-1)!}`;
}
