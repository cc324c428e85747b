/**
 * A TiddlyWiki tiddler (a `.tid` file, or its text copied out of the editor), read as the Markdown it stands for, line
 * for line, as an Org note is (org-mode.ts): each line of the Markdown is the same line of the file, so every question,
 * answer and note stands at the file's own line.
 *
 * - A `.tid` file opens with the tiddler's fields (`title: …`, `tags: …`, `created: …`, `type: …`), one a line, up to
 *   a blank line: its title is the note's title and its tags (`Interview [[Deep Learning]]`) every question's, as a
 *   Markdown note's front matter's are; the fields are left out with a note. A tiddler whose `type` is Markdown's
 *   (`text/x-markdown`) is Markdown under them, read as it is written.
 * - `!` to `!!!!!!` opening a line are headings of that level, so a heading that asks is a question as a Markdown
 *   note's is (`!! Adam vs AdamW` too); with no title field, a note's one level-one heading, opening it, is its title.
 * - Lists: `*` and `#` (`**`, `##`, `*#` nested), `; term` over `: definition` a definition list, `>` a quote's line,
 *   as are the lines between `<<<` and `<<<`. A fence (```` ```python ````) over code and its closing fence is code,
 *   `$$` on lines of their own around TeX display math (the KaTeX plugin's), `---` a rule.
 * - What shows text this file does not hold is left out, each run told at its line: a macro's call (`<<toc>>`) or a
 *   transclusion (`{{Other tiddler}}`) alone on its line, and a widget's tags (`<$list …>`, `</$list>`).
 * - A table, a run of `|cell|cell|` lines, is a pipe table: its header the row marked `h` (`|Metric|Meaning|h`) or
 *   whose cells are all `!` ones (`|!Metric|!Meaning|`), its rows on the run's last lines and a blank line next to it
 *   (the table needs a line more than its rows, its rule), a blank line over it; its caption (`|…|c`) and class (`|…|k`)
 *   rows left out with a note. One with no room stays its lines of text.
 * - In text, TiddlyWiki's markup as wiki-inline.ts reads it (`''bold''`, `//italic//`, `[[words|Tiddler]]`).
 *
 * Only what a tiddler of questions and answers uses is read.
 */
import { escapedLineHead } from './line-head.js';
import { wikiInline } from './wiki-inline.js';
import { lineRange } from '../report/line-span.js';
import { pipeTable } from './pipe-table.js';

/** A tiddler's field, `name: value`, as a `.tid` file writes its fields over its text. */
const FIELD = /^([a-z][\w.-]*):[ \t]*(.*?)\r?$/;
/** A `.tid` file's `type` field that makes its text Markdown (TiddlyWiki's Markdown plugin). */
const MARKDOWN_TYPE = /^text\/(?:x-)?markdown$/i;
/** A heading: one to six `!`, then its text. */
const HEADING = /^(!{1,6})[ \t]*(\S.*)$/;
/** A list's line: its marks (`*`, `#`, `;`, `:`, `>`, nested by their count), then its text. */
const ITEM = /^([*#;:>]+)[ \t]*(.*)$/;
/** A table's row: cells between bars, then what the row is, perhaps (`h` header, `f` footer, `c` caption, `k` class). */
const TABLE_ROW = /^\|.*\|([hfck]?)[ \t]*\r?$/;
const FENCE = /^[ \t]*(`{3,})[\w+#-]*[ \t]*$/;
const DISPLAY_MATH = /^[ \t]*\$\$[ \t]*$/;
/** A block quote's fence, `<<<`, its closing one with the quote's source after it, perhaps. */
const QUOTE_FENCE = /^<<<(.*)$/;
/** A line that shows what TiddlyWiki computes or holds elsewhere: a macro's call, a transclusion, a widget's tag. */
const COMPUTED = /^[ \t]*(?:<<[^<>\n]*>>|\{\{[^{}\n]*\}\}|<\/?\$[\w.-]+(?:[ \t][^\n]*)?>)[ \t]*$/;
/** An MkDocs admonition's line (`!!! note "Title"`), which a Markdown note writes: no heading of TiddlyWiki's. */
const ADMONITION = /^!{3}[ \t]+[A-Za-z][\w-]*(?:[ \t]+"[^"\n]*")?[ \t]*$/;
/** Markdown's own syntax, which TiddlyWiki does not write: `**bold**`, a `[link](…)`, front matter. */
const MARKDOWN_SYNTAX = /\*\*[^*\n]+\*\*|\]\([^)\s]+\)|^---[ \t]*\n/m;
/**
 * TiddlyWiki's own inline markup: `''bold''`, `//italic//` (no address's slashes), a macro's call. The macro's name is
 * one character and then anything but brackets: a name of `[\w.-]+` before that tried each split of a long word.
 */
const TIDDLYWIKI_MARK = /''[^'\n]+''|(?<!:)\/\/[^/\n]+(?<!:)\/\/|<<[\w.-][^<>\n]*>>/;

export interface TiddlyWikiNote {
  /** The note as Markdown, one line for each line of the file. */
  markdown: string;
  /** Its title: the `title` field's, or its one level-one heading, opening it. */
  title?: string;
  /** Its `tags` field's tags. */
  tags: string[];
  /** What was left out of the note and where (the first line of its run, 1-based). */
  leftOut: Array<{ line: number; message: string }>;
}

/**
 * Whether a note is a tiddler: a `.tid` file, or text whose fields say its type is TiddlyWiki's (`type:
 * text/vnd.tiddlywiki`), or text with two headings of `!` and TiddlyWiki's own markup, or three, and none of
 * Markdown's syntax nor an MkDocs admonition (`!!! note`), which a Markdown note writes so.
 */
export function isTiddlyWikiNote(file: string, text: string, lines: readonly string[]): boolean {
  if (/\.tid$/i.test(file)) return true;
  const fields = fieldsOf(lines);
  if (fields?.values.get('type') === 'text/vnd.tiddlywiki') return true;
  // Most notes have no line opening with `!`: their lines are not read.
  if (!/^!/m.test(text) || MARKDOWN_SYNTAX.test(text)) return false;
  let headings = 0;
  for (const line of lines) {
    if (ADMONITION.test(line)) return false;
    if (/^!{1,6}[ \t]+\S/.test(line)) headings++;
  }
  return headings >= 3 || (headings >= 2 && TIDDLYWIKI_MARK.test(text));
}

/** The note as Markdown, line for line (see above). */
export function tiddlyWikiToMarkdown(lines: readonly string[]): TiddlyWikiNote {
  const out = lines.map(() => '');
  const leftOut: TiddlyWikiNote['leftOut'] = [];
  const fields = fieldsOf(lines);
  const first = fields ? fields.end + 1 : 0;
  let title = fields?.values.get('title') || undefined;
  const tags = tagsOf(fields?.values.get('tags') ?? '');
  if (fields) {
    const names = [...fields.values.keys()];
    const read = [title !== undefined && 'its title is the note\'s title', tags.length > 0 && 'its tags are every question\'s'].filter(Boolean);
    leftOut.push({ line: 1, message: `Left out the tiddler's fields (${lineRange(1, fields.end + 1)}: ${names.join(', ')})${read.length > 0 ? `: ${read.join(', ')}` : ''}` });
  }
  if (MARKDOWN_TYPE.test(fields?.values.get('type') ?? '')) {
    for (let n = first; n < lines.length; n++) out[n] = lines[n]!.replace(/\r$/, '');
    return { markdown: out.join('\n'), ...(title ? { title } : {}), tags, leftOut };
  }
  /** The run of lines left out, being gathered: its first and last line and what they show. */
  let run: { from: number; to: number; what: Set<string> } | undefined;
  const flush = (): void => {
    if (!run) return;
    leftOut.push({ line: run.from + 1, message: `Left out ${[...run.what].join(', ')} (${lineRange(run.from + 1, run.to + 1)}): TiddlyWiki shows there what this file does not hold` });
    run = undefined;
  };
  const headings = lines.slice(first).filter((line) => /^![^!]/.test(line)).length;
  const opening = lines.findIndex((line, n) => n >= first && line.trim() !== '');
  /** Whether the lines under a `<<<` are a quote's, up to its closing `<<<`. */
  let quoting = false;
  /** Where fences nothing closes start, by their backticks: a fence under such a line is not searched for its end again. */
  const unclosed = new Map<string, number>();
  /** The last row of a table with no room, whose rows stay text. */
  let rowsAsText = -1;
  for (let n = first; n < lines.length; n++) {
    const line = lines[n]!.replace(/\r$/, '');
    const computed = COMPUTED.exec(line);
    if (computed) {
      const shown = line.trim();
      const what = shown.startsWith('<<') ? 'a macro\'s call' : shown.startsWith('{{') ? 'a transclusion' : 'a widget\'s tags';
      if (run && run.to === n - 1) run.to = n;
      else {
        flush();
        run = { from: n, to: n, what: new Set() };
      }
      run.what.add(what);
      continue;
    }
    flush();
    const quoteFence = QUOTE_FENCE.exec(line);
    if (quoteFence) {
      // The closing fence's text is the quote's source: a line of the quote still.
      if (quoting && quoteFence[1]!.trim() !== '') out[n] = `> — ${wikiInline(quoteFence[1]!.trim(), 'tiddlywiki')}`;
      quoting = !quoting;
      continue;
    }
    if (quoting) {
      out[n] = line.trim() === '' ? '>' : `> ${escapedLineHead(wikiInline(line.trimStart(), 'tiddlywiki'))}`;
      continue;
    }
    const fence = FENCE.exec(line);
    const fenceEnd = fence ? closingFence(lines, n, fence[1]!, unclosed) : -1;
    if (fenceEnd > n) {
      for (let k = n; k <= fenceEnd; k++) out[k] = lines[k]!.replace(/\r$/, '');
      n = fenceEnd;
      continue;
    }
    const mathEnd = DISPLAY_MATH.test(line) ? lines.findIndex((text, k) => k > n && DISPLAY_MATH.test(text)) : -1;
    if (mathEnd > n) {
      for (let k = n; k <= mathEnd; k++) out[k] = lines[k]!.replace(/\r$/, '');
      n = mathEnd;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) {
      const level = heading[1]!.length;
      const text = heading[2]!.trim();
      out[n] = `${'#'.repeat(level)} ${wikiInline(text, 'tiddlywiki')}`;
      if (title === undefined && level === 1 && headings === 1 && n === opening) title = text;
      continue;
    }
    const table = n > rowsAsText && TABLE_ROW.test(line) ? writeTable(lines, n, out, leftOut) : undefined;
    if (table?.written) {
      n = table.end;
      continue;
    }
    // A table with no room stays its lines of text: its rows are not read as a table again from each of them.
    if (table) rowsAsText = table.end;
    if (/^-{3,}[ \t]*$/.test(line)) {
      out[n] = '***';
      continue;
    }
    const item = ITEM.exec(line);
    if (item) {
      out[n] = itemLine(item[1]!, wikiInline(item[2]!.trim(), 'tiddlywiki'));
      continue;
    }
    out[n] = escapedLineHead(wikiInline(line.trimStart(), 'tiddlywiki'));
  }
  flush();
  return { markdown: out.join('\n'), ...(title ? { title } : {}), tags, leftOut };
}

/**
 * The run of table rows at line `n` as a pipe table (see above), written into `out` where it has room: its last line
 * (the blank one under it, where that is room) and whether it was written (else it stays its lines of text).
 */
function writeTable(lines: readonly string[], n: number, out: string[], leftOut: TiddlyWikiNote['leftOut']): { end: number; written: boolean } {
  let end = n;
  while (end + 1 < lines.length && TABLE_ROW.test(lines[end + 1]!)) end++;
  let header: string[] | undefined;
  const rows: string[][] = [];
  const left: number[] = [];
  for (let k = n; k <= end; k++) {
    const kind = TABLE_ROW.exec(lines[k]!)![1]!;
    const cells = cellsOf(lines[k]!.replace(/[hfck]?[ \t]*\r?$/, ''));
    if (kind === 'c' || kind === 'k') left.push(k);
    else if (header === undefined && rows.length === 0 && (kind === 'h' || cells.every((cell) => cell.startsWith('!')))) header = cells.map(cellText);
    else rows.push(cells.map(cellText));
  }
  const table = pipeTable(header, rows);
  const blank = (k: number) => k < 0 || k >= lines.length || lines[k]!.trim() === '';
  // The blank line over the run or under it is room for the table's rule where a blank line, a heading or the note's end parts it from the text beyond.
  const parted = (k: number) => blank(k) || /^!/.test(lines[k]!);
  const first = n > 0 && blank(n - 1) && parted(n - 2) ? n - 1 : n;
  const last = end + 1 < lines.length && blank(end + 1) && parted(end + 2) ? end + 1 : end;
  // Its header under a line of text would be the text's: a blank line over it.
  const top = first === 0 || out[first - 1]!.trim() === '' || out[first - 1]!.startsWith('#') ? first : first + 1;
  if (last - top + 1 < table.length) return { end, written: false };
  for (let k = first; k <= last; k++) out[k] = k > last - table.length ? table[table.length - 1 - (last - k)]! : '';
  for (const k of left) leftOut.push({ line: k + 1, message: `Left out the table's ${TABLE_ROW.exec(lines[k]!)![1] === 'c' ? 'caption' : 'class'} row (${lineRange(k + 1, k + 1)}): a pipe table has none` });
  return { end: last, written: true };
}

/** A row's cells, between its bars: a link's bar (`[[words|Tiddler]]`) parts none. */
function cellsOf(row: string): string[] {
  const cells: string[] = [];
  let cell = '';
  for (let k = 1; k < row.length; k++) {
    const link = row.startsWith('[[', k) ? row.indexOf(']]', k) : -1;
    if (link > 0) {
      cell += row.slice(k, link + 2);
      k = link + 1;
    } else if (row[k] === '|') {
      cells.push(cell);
      cell = '';
    } else cell += row[k];
  }
  return cells;
}

/** A cell's text as Markdown: a header cell's `!` left off. */
function cellText(cell: string): string {
  return wikiInline(cell.replace(/^!/, '').trim(), 'tiddlywiki');
}

/** The line after `n` that is `fence` alone, closing the fence on line `n`, or -1. */
function closingFence(lines: readonly string[], n: number, fence: string, unclosed: Map<string, number>): number {
  if ((unclosed.get(fence) ?? Infinity) <= n) return -1;
  for (let k = n + 1; k < lines.length; k++) if (lines[k]!.trim() === fence) return k;
  unclosed.set(fence, n);
  return -1;
}

/**
 * A list's line as Markdown: `*` a bullet, `#` a number, each mark before the last a level of nesting (its item's
 * text three columns in, as `1. ` puts it); `;` a definition's term, `:` its definition, `>` a quote's line.
 */
function itemLine(marks: string, text: string): string {
  const last = marks.at(-1)!;
  const indent = ' '.repeat(3 * (marks.length - 1));
  if (last === '*') return `${indent}- ${escapedLineHead(text)}`;
  if (last === '#') return `${indent}1. ${escapedLineHead(text)}`;
  if (last === ';') return `${indent}${escapedLineHead(text)}`;
  if (last === ':') return `${indent}: ${text}`;
  return `${indent}${'> '.repeat(marks.length - marks.replace(/>+$/, '').length)}${escapedLineHead(text)}`;
}

/** A `.tid` file's fields: the lines of `name: value` that open it, up to a blank line (its text after it), and the line (0-based) of the last. */
function fieldsOf(lines: readonly string[]): { values: Map<string, string>; end: number } | undefined {
  const values = new Map<string, string>();
  let n = 0;
  for (; n < lines.length; n++) {
    const field = FIELD.exec(lines[n]!);
    if (!field) break;
    values.set(field[1]!, field[2]!.trim());
  }
  // Fields only where a blank line (or the file's end) parts them from the text.
  if (n === 0 || (n < lines.length && lines[n]!.trim() !== '')) return undefined;
  return { values, end: n - 1 };
}

/** The tags of a `tags` field: parted by spaces, a tag of several words in double brackets (`Interview [[Deep Learning]]`). */
function tagsOf(field: string): string[] {
  return [...field.matchAll(/\[\[([^\]\n]+)\]\]|(\S+)/g)].map((tag) => (tag[1] ?? tag[2]!).trim()).filter((tag) => tag !== '');
}
