/**
 * A wiki page's source, MediaWiki's or DokuWiki's (copied out of the editor, or kept as a `.txt`), or a Zim desktop
 * wiki's page (a `.txt` of its notebook), read as the Markdown it stands for, line for line, as an Org note is
 * (org-mode.ts): each line of the Markdown is the same line of the page, so every question, answer and note stands at
 * the page's own line.
 *
 * - A heading is a line of text between runs of `=` (`=== What is NMS? ===`). In MediaWiki more `=` is a smaller heading
 *   (`==` a `##`); in DokuWiki and Zim a bigger one (`======` a `#`, `=====` a `##`, … `==` a `#####`), the reverse. A
 *   DokuWiki or Zim page's level-one heading that opens it is its title.
 * - Zim's header (`Content-Type: text/x-zim-wiki`, `Wiki-Format: zim 0.6`, `Creation-Date: …`, up to a blank line),
 *   what tells its page, is left out with a note.
 * - Code: `<syntaxhighlight lang="python">`, `<source lang="…">` and `<pre>` (MediaWiki), `<code python>` and
 *   `<file python name.py>` (DokuWiki), each on a line of its own over the code and its closing tag, Zim's `'''`
 *   verbatim block and its code block (`{{{code: lang="python"` over the code and `}}}`), fenced code in that language;
 *   `<math>` on a line of its own over TeX and `</math>` display math.
 * - Lists: MediaWiki's `*` and `#` (`**`, `##`, `*#` nested), `;term : text` a bold term, `:` an indented line (its
 *   text; a formula alone on it display math); DokuWiki's `*` and `-` indented by two spaces a level; Zim's `*`, `1.`,
 *   `a.` and check boxes (`[ ]`, `[*]` done, `[x]` dropped) indented by a tab a level. `----` is a rule.
 * - What prints no text of the page is left out, each run told at its line: a template opening a line (`{{Infobox …}}`,
 *   over the lines it spans), behaviour switches (`__TOC__`), category links (`[[Category:…]]`), DokuWiki's `~~NOTOC~~`.
 * - Tables, MediaWiki's `{|` … `|}` and DokuWiki's `^ head ^` / `| cell |` lines, are pipe tables (wiki-tables.ts).
 * - MediaWiki's `<ref>…</ref>` a footnote (wiki-references.ts), its definition where `<references />` stands last, or
 *   under the page's last line.
 * - In text, the dialect's markup as wiki-inline.ts reads it.
 *
 * Only what a page of questions and answers uses is read.
 */
import { escapedLineHead } from './line-head.js';
import { fenceAround } from './code-spans.js';
import { wikiInline, type WikiDialect } from './wiki-inline.js';
import { wikiTableAt, type WikiTable } from './wiki-tables.js';
import { pipeTable } from './pipe-table.js';
import { WikiReferences } from './wiki-references.js';
import { lineRange } from '../report/line-span.js';
import { withoutTrailingSpaces } from './trailing-spaces.js';

export type { WikiDialect } from './wiki-inline.js';

/** A heading's opening run of `=` (one to six, the whole run) and the spaces after it, its text's first character next. */
const HEADING_OPENING = /^(={1,6})([ \t]*)(?=[^ \t=])/;
/** Zim's header, the first line of each page it saves. */
const ZIM_HEADER = /^Content-Type:[ \t]*text\/x-zim-wiki[ \t]*\r?$/;
/** A line of Zim's header: a field (`Wiki-Format: zim 0.6`). */
const ZIM_HEADER_FIELD = /^[A-Za-z][\w-]*:/;
/** Zim's code block, the Source View plugin's object: `{{{code: lang="python" linenumbers="True"`, over the code and `}}}`. */
const ZIM_CODE = /^([ \t]*)\{\{\{code:(?:.*?\blang="([^"\n]*)")?.*$/;
/** Zim's verbatim block: `'''` on a line of its own over the text and under it. */
const ZIM_VERBATIM = /^([ \t]*)'''[ \t]*$/;
/** Markdown's own syntax, which neither wiki uses: a fence, a heading of `##`, a `[link](…)`, front matter. */
const MARKDOWN_SYNTAX = /^[ \t]*(?:```|~~~)|^#{2,6}[ \t]+\S|\]\([^)\s]+\)|^---[ \t]*$/;
/** DokuWiki's markup that neither Markdown nor copied text writes: a `<code>` or `<file>` line, `~~NOTOC~~`. */
const DOKUWIKI_OWN = String.raw`^[ \t]*<(?:code|file)\b[^>]*>[ \t]*$|~~NO(?:TOC|CACHE)~~`;
/** MediaWiki's likewise: `'''bold'''`, its code, math and reference tags, `__TOC__`, a category, a table's `{|`. */
const MEDIAWIKI_OWN = String.raw`'''|<(?:syntaxhighlight|source|math|ref)\b|__(?:NO)?TOC__|\[\[Category:|^\{\|`;
/** Signs of each dialect, one count per line that shows one: its own markup, and what it shares with Markdown's. */
const DOKUWIKI_SIGN = new RegExp(String.raw`${DOKUWIKI_OWN}|^ {2,}[*-][ \t]+\S|(?<!:)\/\/[^/\n]+\/\/|\*\*[^*\n]+\*\*`);
const MEDIAWIKI_SIGN = new RegExp(String.raw`${MEDIAWIKI_OWN}|^[*#]+[ \t]*\S|^;`, 'i');
/** The wikis' own markup, which a Markdown note or copied text does not write (`**bold**`, `* ` and indented lists it does). */
const WIKI_MARKUP = new RegExp(`${DOKUWIKI_OWN}|${MEDIAWIKI_OWN}`, 'i');
/** A code block's opening tag on a line of its own: MediaWiki's (the language in `lang=`), or DokuWiki's (the language after the tag's name). */
const MEDIAWIKI_CODE = /^[ \t]*<(syntaxhighlight|source|pre)\b([^>]*)>[ \t]*$/i;
const DOKUWIKI_CODE = /^[ \t]*<(code|file)(?:[ \t]+([^\s>]+))?[^>]*>[ \t]*$/i;
const MATH_OPENING = /^[ \t]*:*[ \t]*<math\b[^>]*>[ \t]*$/i;
const MATH_CLOSING = /^[ \t]*<\/math>[ \t]*$/i;
/** A line that prints nothing of the page's text, and what it is. */
const SWITCH = /^[ \t]*(?:__[A-Z]+__[ \t]*)+$|^[ \t]*~~NO[A-Z]+~~[ \t]*$/;
/** MediaWiki's list of the page's references, `<references />` (or `<references></references>`), or the template that writes it, `{{Reflist}}`. */
const REFERENCES = /^[ \t]*(?:<references\b[^>]*?(?:\/>|>[ \t]*<\/references>)|\{\{[ \t]*[Rr]eflist\b[^{}\n]*\}\})[ \t]*$/i;
const CATEGORIES = /^[ \t]*(?:\[\[[ \t]*Category:[^[\]\n]*\]\][ \t]*)+$/i;

/**
 * Whether copied text is a wiki page's source, and in which dialect: from its content, as a copy has no telling name.
 * Three headings or more written as the wikis' editors write them (`== Detection ==`, spaced), which a Markdown note
 * or copied text has not (a setext underline is `=` alone; Obsidian's highlight, `==word==`, has no spaces), or two
 * and a line of markup only a wiki writes (`<code python>`, `'''bold'''`, `<syntaxhighlight>`, `__TOC__`); and nothing
 * of Markdown's own syntax. DokuWiki's when more lines show its signs (`<code python>`, `**bold**`, lists indented by
 * two spaces) than MediaWiki's (`'''bold'''`, `<syntaxhighlight>`, `* ` lists at the line's head), or, as many, when
 * the page opens with a bigger heading (more `=`) than any after it.
 */
export function wikiDialect(text: string, lines: readonly string[]): WikiDialect | undefined {
  // A Zim page says what it is in its first line, however few its headings (one that asks, under its title).
  if (ZIM_HEADER.test(lines[0] ?? '')) return 'zim';
  // Most notes have no line opening with `==`: their lines are not read.
  if (!/^==/m.test(text)) return undefined;
  const headings: number[] = [];
  let doku = 0;
  let media = 0;
  let markup = false;
  for (const line of lines) {
    if (MARKDOWN_SYNTAX.test(line)) return undefined;
    const heading = headingOf(line);
    if (heading?.spaced && heading.level >= 2) {
      headings.push(heading.level);
      continue;
    }
    if (DOKUWIKI_SIGN.test(line)) doku++;
    if (MEDIAWIKI_SIGN.test(line)) media++;
    markup ||= WIKI_MARKUP.test(line);
  }
  // Two headings and a line of the wikis' own markup, or three: a note may part two sections so, in bold or with bullets.
  if (headings.length < 2 || (headings.length < 3 && !markup)) return undefined;
  if (doku !== media) return doku > media ? 'dokuwiki' : 'mediawiki';
  // Not Math.max(...headings): spread over a page's hundreds of thousands of headings, it overflows the stack.
  return headings.slice(1).every((level) => level < headings[0]!) ? 'dokuwiki' : 'mediawiki';
}

export interface WikiPage {
  /** The page as Markdown, one line for each line of the page. */
  markdown: string;
  /** A DokuWiki or Zim page's title: its level-one heading that opens it (more may follow). */
  title?: string;
  /** What was left out of the page and where (the first line of its run, 1-based). */
  leftOut: Array<{ line: number; message: string }>;
}

/** The page as Markdown, line for line (see above). */
export function wikiToMarkdown(lines: readonly string[], dialect: WikiDialect): WikiPage {
  const out = lines.map(() => '');
  const leftOut: WikiPage['leftOut'] = [];
  const leave = (from: number, to: number, what: string): void => {
    leftOut.push({ line: from + 1, message: `Left out ${what} (${lineRange(from + 1, to + 1)}): it prints no text of the page` });
  };
  /** The list items open above, each with the indent its text stands at. */
  let list: Array<{ indent: number }> = [];
  let title: string | undefined;
  const header = dialect === 'zim' ? zimHeaderEnd(lines) : -1;
  if (header >= 0) leftOut.push({ line: 1, message: `Left out Zim's header (${lineRange(1, header + 1)}: ${lines.slice(0, header + 1).map((line) => line.split(':')[0]).join(', ')}): it tells the page's format, and prints no text of it` });
  const opening = lines.findIndex((line, n) => n > header && line.trim() !== '');
  const unclosed: Unclosed = new Map();
  const references = dialect === 'mediawiki' ? new WikiReferences() : undefined;
  const inline = (text: string) => wikiInline(text, dialect, references);
  /** The line of the page's `<references />`, where the footnotes' definitions go. */
  let listed: number | undefined;
  for (let n = header + 1; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    if (line.trim() === '') {
      list = [];
      continue;
    }
    const code = codeBlockAt(lines, n, dialect, unclosed);
    if (code) {
      const body = lines.slice(n + 1, code.end).map((text) => text.replace(/\r$/, ''));
      const fence = fenceAround(body);
      out[n] = `${fence}${code.lang}`;
      body.forEach((text, k) => (out[n + 1 + k] = text));
      out[code.end] = fence;
      n = code.end;
      list = [];
      continue;
    }
    const math = MATH_OPENING.test(line) ? closingLine(lines, n, MATH_CLOSING, unclosed) : -1;
    if (math > n) {
      out[n] = '$$';
      for (let k = n + 1; k < math; k++) out[k] = lines[k]!.replace(/\r$/, '');
      out[math] = '$$';
      n = math;
      continue;
    }
    if (references && REFERENCES.test(line)) {
      listed ??= n;
      continue;
    }
    // Zim's `{{./image.png}}` alone on its line is a picture, no template.
    const template = dialect !== 'zim' && /^[ \t]*\{\{/.test(line) ? templateEnd(lines, n) : undefined;
    if (template !== undefined) {
      const name = /^[ \t]*\{\{[ \t]*([^|}\n]*)/.exec(line)![1]!.trim();
      leave(n, template, `the template {{${name}}}`);
      n = template;
      continue;
    }
    // Zim's `__WORD__` alone on its line is a highlight.
    if (dialect !== 'zim' && SWITCH.test(line)) {
      leave(n, n, `the switch ${line.trim()}`);
      continue;
    }
    if (CATEGORIES.test(line)) {
      let end = n;
      while (end + 1 < lines.length && CATEGORIES.test(lines[end + 1]!)) end++;
      leave(n, end, 'the page\'s categories');
      n = end;
      continue;
    }
    // Zim writes its tables as Markdown's, its rule under the header: their lines are read as text is, Markdown reading the table.
    const table = dialect === 'zim' ? undefined : wikiTableAt(lines, n, dialect);
    const written = table && writeTable(lines, n, table, inline, out, leftOut);
    if (written !== undefined) {
      n = written;
      list = [];
      continue;
    }
    const heading = headingOf(line);
    if (heading) {
      const level = dialect === 'mediawiki' ? heading.level : 7 - heading.level;
      out[n] = `${'#'.repeat(level)} ${inline(heading.text)}`;
      if (dialect !== 'mediawiki' && level === 1 && n === opening) title = heading.text;
      list = [];
      continue;
    }
    if (/^[ \t]*-{4,}[ \t]*$/.test(line)) {
      out[n] = '***';
      list = [];
      continue;
    }
    const item = dialect === 'mediawiki' ? mediawikiItem(line) : dialect === 'dokuwiki' ? dokuwikiItem(line) : zimItem(line);
    if (item) {
      list = list.slice(0, item.depth - 1);
      const indent = list.at(-1)?.indent ?? 0;
      const marker = item.numbered ? '1. ' : '- ';
      list.push({ indent: indent + marker.length });
      const box = item.box === undefined ? '' : `[${item.box}] `;
      out[n] = `${' '.repeat(indent)}${marker}${box}${escapedLineHead(inline(item.text.trim()))}`;
      continue;
    }
    // An indented line (MediaWiki's `:`): its text, in the item above it if any; a formula alone on it displayed, as
    // `:<math>…</math>` is written to be. A line of text ends the list.
    const indented = dialect === 'mediawiki' ? /^:+[ \t]*(.*)$/.exec(line) : undefined;
    if (!indented) list = [];
    const read = inline(indented ? indented[1]! : line.trimStart());
    const displayed = indented && /^<math\b[^>]*>[\s\S]*<\/math>[ \t]*$/i.test(indented[1]!) && !read.startsWith('$$') ? `$${read}$` : read;
    out[n] = `${' '.repeat(list.at(-1)?.indent ?? 0)}${escapedLineHead(displayed)}`;
  }
  if (references?.any) writeReferences(out, references, listed);
  else if (listed !== undefined) leftOut.push({ line: listed + 1, message: `Left out <references /> (${lineRange(listed + 1, listed + 1)}): the page cites no reference` });
  return { markdown: out.join('\n'), ...(title !== undefined ? { title } : {}), leftOut };
}

/**
 * The footnotes' definitions, a line each: from the line of the page's `<references />` where only blank lines
 * follow it, else after the page's last line (`<references />` elsewhere left blank), a blank line over them.
 * Lines past the page's own stand at its last (index.ts), as the definitions the page lists last do.
 */
function writeReferences(out: string[], references: WikiReferences, listed: number | undefined): void {
  let last = out.length - 1;
  while (last >= 0 && out[last]!.trim() === '') last--;
  const first = listed !== undefined && listed > last ? listed : last + 1;
  const definitions = references.definitions();
  const at = first > 0 && out[first - 1]!.trim() !== '' ? first + 1 : first;
  out.length = Math.max(out.length, at + definitions.length);
  for (let k = 0; k < out.length; k++) out[k] ??= '';
  definitions.forEach((definition, k) => (out[at + k] = definition));
}

/**
 * A table on line `n` on as a pipe table, its rows written on its last lines (a row to a line, Markdown's table
 * needing one more, its rule, than the page's rows), the lines above them blank, as rst's are (rst-note.ts): a
 * DokuWiki table, which has no line but its rows, is written from the blank line over it; one with text right under
 * it ends a line early, so that the text is no row of it. A MediaWiki table's caption (`|+`) stands over it where it
 * has room, and is left out with a note where not. A table with no room stays its lines of text. The table's last
 * line written, if it was.
 */
function writeTable(lines: readonly string[], n: number, table: WikiTable, cell: (text: string) => string, out: string[], leftOut: WikiPage['leftOut']): number | undefined {
  const rows = pipeTable(table.header?.map(cell), table.rows.map((cells) => cells.map(cell)));
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.trim() === '';
  const first = table.rowsOnly && blank(n - 1) ? Math.max(0, n - 1) : n;
  // Text right under the table would be a row of it (a heading ends it): the last row a line early.
  const parted = (k: number) => blank(k) || headingOf(lines[k]!) !== undefined;
  let last = parted(table.end + 1) ? table.end : table.end - 1;
  // Its header under a line of text would be the text's: a blank line over it, where the line above writes text.
  const top = first === 0 || out[first - 1]!.trim() === '' || out[first - 1]!.startsWith('#') ? first : first + 1;
  // A blank line under the table that parts it from what follows (a blank line more, a heading, the page's end) has room for a row.
  if (last - top + 1 < rows.length && blank(table.end + 1) && table.end + 1 < lines.length && parted(table.end + 2)) last = table.end + 1;
  const room = last - top + 1;
  if (room < rows.length) return undefined;
  for (let k = first; k <= Math.max(last, table.end); k++) {
    const row = rows.length - 1 - (last - k);
    out[k] = row >= 0 && k <= last ? rows[row]! : '';
  }
  if (table.caption) {
    const { text, line } = table.caption;
    if (room >= rows.length + 2) out[top] = escapedLineHead(cell(text));
    else leftOut.push({ line: line + 1, message: `Left out the table's caption "${text}" (${lineRange(line + 1, line + 1)}): no line of its own over the table` });
  }
  return Math.max(last, table.end);
}

/**
 * A heading: text between runs of as many `=` (one to six), spaces allowed inside; `spaced` when spaces stand inside
 * both runs, as both wikis' editors write it (`== Detection ==`), what tells a page. Read by hand, not by one pattern:
 * a lazy text before `[ \t]*\1[ \t]*$` tried the spaces after each of its characters, quadratic on a long line.
 */
export function headingOf(line: string): { level: number; text: string; spaced: boolean } | undefined {
  const opening = HEADING_OPENING.exec(line);
  if (!opening) return undefined;
  const marks = opening[1]!;
  const rest = withoutTrailingSpaces(line);
  if (!rest.endsWith(marks) || rest.length - marks.length <= opening[0].length) return undefined;
  const inner = rest.slice(opening[0].length, rest.length - marks.length);
  const text = withoutTrailingSpaces(inner);
  return { level: marks.length, text, spaced: opening[2] !== '' && text !== inner };
}

/** A list item: its depth (1 at the top), whether it is numbered, its check box's mark (Zim's), its text. */
interface WikiItem {
  depth: number;
  numbered: boolean;
  box?: ' ' | 'x';
  text: string;
}

/** MediaWiki's item: `*`, `#`, nested by their count (`*#`), or a term, `;term : text`. */
function mediawikiItem(line: string): WikiItem | undefined {
  const item = /^([*#]+)[ \t]*(.*)$/.exec(line);
  if (item) return { depth: item[1]!.length, numbered: item[1]!.endsWith('#'), text: item[2]! };
  // The term greedy, its spaces taken off after: a lazy one tried the spaces after each of its characters.
  const term = /^;[ \t]*([^:\n]*)(?::[ \t]*(.*))?$/.exec(line);
  if (term) return { depth: 1, numbered: false, text: `'''${withoutTrailingSpaces(term[1]!)}'''${term[2] ? `: ${term[2]}` : ''}` };
  return undefined;
}

/** DokuWiki's item: `*` or `-`, indented by two spaces (or a tab) a level. */
function dokuwikiItem(line: string): WikiItem | undefined {
  const item = /^((?: {2})+|\t+)([*-])[ \t]+(.*)$/.exec(line);
  if (!item) return undefined;
  const depth = item[1]!.startsWith('\t') ? item[1]!.length : item[1]!.length / 2;
  return { depth, numbered: item[2] === '-', text: item[3]! };
}

/**
 * Zim's item: a bullet (`*`, `•`), a check box (`[ ]`, `[*]` done, `[x]` dropped, `[>]` and `[<]` moved), a number or
 * a letter (`1.`, `a.`), indented by a tab a level, as Zim writes it.
 */
function zimItem(line: string): WikiItem | undefined {
  const item = /^(\t*)([*\u2022]|\[[ *x><]\]|\d{1,9}\.|[A-Za-z]\.)[ \t]+(.*)$/.exec(line);
  if (!item) return undefined;
  const bullet = item[2]!;
  const box = bullet === '[ ]' ? ' ' : bullet === '[*]' || bullet === '[x]' ? 'x' : undefined;
  return { depth: item[1]!.length + 1, numbered: /\.$/.test(bullet), ...(box ? { box } : {}), text: item[3]! };
}

/** The last line of Zim's header (0-based): its first line and the fields under it, up to a blank line; -1 without one. */
function zimHeaderEnd(lines: readonly string[]): number {
  if (!ZIM_HEADER.test(lines[0] ?? '')) return -1;
  let end = 0;
  while (end + 1 < lines.length && ZIM_HEADER_FIELD.test(lines[end + 1]!)) end++;
  return end;
}

/** A code block opening at line `n` whose closing tag stands on a line of its own: its language and the closing line. */
function codeBlockAt(lines: readonly string[], n: number, dialect: WikiDialect, unclosed: Unclosed): { lang: string; end: number } | undefined {
  if (dialect === 'zim') return zimCodeAt(lines, n, unclosed);
  const opening = (dialect === 'mediawiki' ? MEDIAWIKI_CODE : DOKUWIKI_CODE).exec(lines[n]!);
  if (!opening) return undefined;
  const end = closingLine(lines, n, new RegExp(String.raw`^[ \t]*</${opening[1]!.toLowerCase()}>[ \t]*$`, 'i'), unclosed);
  if (end < 0) return undefined;
  const lang = dialect === 'mediawiki' ? (/\blang[ \t]*=[ \t]*["']?([\w+#-]+)/i.exec(opening[2]!)?.[1] ?? '') : (opening[2] ?? '');
  return { lang: lang === '-' ? '' : lang, end };
}

/** Zim's verbatim block (`'''`) or code block (`{{{code: lang="…"` … `}}}`) opening at line `n`, closed at its indent. */
function zimCodeAt(lines: readonly string[], n: number, unclosed: Unclosed): { lang: string; end: number } | undefined {
  const line = lines[n]!.replace(/\r$/, '');
  const verbatim = ZIM_VERBATIM.exec(line);
  const code = verbatim ? undefined : ZIM_CODE.exec(line);
  const indent = (verbatim ?? code)?.[1];
  if (indent === undefined) return undefined;
  const end = closingLine(lines, n, new RegExp(`^${indent}${verbatim ? "'''" : String.raw`\}\}\}`}[ \t]*\r?$`), unclosed);
  return end < 0 ? undefined : { lang: code?.[2] ?? '', end };
}

/** The lines a template spans at most (an infobox's fields): a `{{` nothing closes is not searched for to the page's end. */
const LONGEST_TEMPLATE = 200;

/** The line a template opening line `n` closes on: where its `{{` and `}}` balance. */
function templateEnd(lines: readonly string[], n: number): number | undefined {
  let depth = 0;
  for (let k = n; k < Math.min(lines.length, n + LONGEST_TEMPLATE); k++) {
    for (const brace of lines[k]!.matchAll(/\{\{|\}\}/g)) depth += brace[0] === '{{' ? 1 : -1;
    if (depth <= 0) {
      // Only a template that fills its lines: `{{lang|ko|…}} and text` is text.
      return /\}\}[ \t]*$/.test(lines[k]!) ? k : undefined;
    }
  }
  return undefined;
}

/**
 * Where the lines nothing closes start, by what would close them (a pattern's source): a block opened after such
 * a line is not searched for its end again, so that a page of openers nothing closes is read once, not from each.
 */
type Unclosed = Map<string, number>;

/** The line after `n` that `closing` finds, or -1. */
function closingLine(lines: readonly string[], n: number, closing: RegExp, unclosed: Unclosed): number {
  if ((unclosed.get(closing.source) ?? Infinity) <= n) return -1;
  for (let k = n + 1; k < lines.length; k++) if (closing.test(lines[k]!)) return k;
  unclosed.set(closing.source, n);
  return -1;
}
