/**
 * An Emacs Org note (a `.org` file), read as the Markdown it stands for, line for line: each line of the
 * Markdown is the same line of the file, so every question, answer and note of the Markdown reader
 * stands at the file's own line, and the reader's line-based readings (prompt runs, tags after a
 * question) see the note's lines as written.
 *
 * - Headlines: `** TODO [#A] What is dropout?   :dl:ml:` is `## What is dropout? #dl #ml` (a
 *   keyword, the note's own too (`#+TODO:`), and a priority are the outline's, not the wording; tags file
 *   the question). A `COMMENT` headline's subtree is left out, as Org leaves it out of every export. `:drill:`,
 *   org-drill's mark of a card, is the card marker `#card` (trailing-tags.ts). An org-drill entry whose
 *   body asks, its answer in a subheading (`* Item :drill:` over `What is …?` over `** Answer`), asks
 *   with its body, as org-drill shows it (drillEntry).
 * - Blocks: `#+BEGIN_SRC python` … `#+END_SRC` is a fenced code block (at its own indent, its fence
 *   longer than any in it), `#+BEGIN_EXAMPLE` one of no language, a line `: text` (fixed width) code too;
 *   `#+BEGIN_QUOTE` a quote; `#+BEGIN_COMMENT`, `#+BEGIN_EXPORT` and comment lines (`# …`) are left out, as are keyword lines (`#+TITLE:`, whose value is the
 *   note's title, and `#+FILETAGS:`, whose tags are every question's, `#+OPTIONS:`), drawers (`:PROPERTIES:` … `:END:`) and planning lines
 *   (`SCHEDULED: <…>`).
 * - Lists stay lists (`- [ ]` a task); a description item `- term :: text` is `- term: text`.
 *   A table's rule `|---+---|` is Markdown's delimiter row; five dashes or more are a rule. Text indented
 *   under a deep headline is text (at most three spaces), not Markdown's indented code.
 * - In text: `*bold*`, `/italic/`, `+struck+`, `=verbatim=` and `~code~` as Markdown writes them,
 *   `[[url][words]]` a link, `[[file:plot.png]]` a picture. Formulas (`\(…\)`, `\[…\]`, `$…$`)
 *   are TeX in both, kept as written. What Markdown would read and Org does not (`a*b*c`, `<b>`) is escaped.
 *
 * Only what an Org note uses for questions and answers is read; the rest of Org's syntax stays text.
 */
import { codeSpanOf } from './code-spans.js';
import { escapedLineHead } from './line-head.js';
import { linkDestination } from './markdown-link.js';
import { EMPHASIS_MARK, emphasisMarkdown, SetAside, withoutPlaceholders } from './placeholders.js';

/**
 * Whether a file is an Org note: by its name, as Emacs decides. Not by its content: a Markdown note about Org quotes
 * `#+BEGIN_SRC` in its code and starts lines with `* `.
 */
export function isOrgNote(file: string): boolean {
  return /\.org$/i.test(file);
}

/**
 * Whether a plain-text file (`.txt`) is an Org outline saved under that name, as Emacs users paste one: headlines at
 * two levels at least, one at the top (`* Trees`) and two under them, most of those asking or set as Org's own (`** Q:
 * LightGBM vs XGBoost?`, `** TODO Explain SHAP`). Plain text nests its bullets with stars too (`* L1` over `** sparse
 * weights`), which name points, not questions. A Markdown note keeps its own reading (isOrgNote): it may quote Org.
 */
export function isOrgOutlineText(file: string, text: string): boolean {
  // Only the headlines are read, found where they start a line: a plain note is split into lines once, by its reader.
  if (!/\.txt$/i.test(file) || !TOP_HEADLINE.test(text)) return false;
  let under = 0;
  let asking = 0;
  for (const [headline] of text.matchAll(SUB_HEADLINES)) {
    under++;
    if (ORG_QUESTION_HEADLINE.test(headline.trimEnd())) asking++;
  }
  return under > 1 && asking * 2 > under;
}

const TOP_HEADLINE = /^\*[ \t]+\S/m;
const SUB_HEADLINES = /^\*{2,}[ \t]+\S.*$/gm;
/** A headline that asks, labelled (`** Q: …`), with its question mark, or with Org's to-do keyword (`** TODO …`). */
const ORG_QUESTION_HEADLINE = /^\*{2,}[ \t]+(?:(?:TODO|DONE)[ \t]+|Q[:.][ \t]|.*[?？]$)/u;

export interface OrgNote {
  /** The note as Markdown, one line for each line of the file. */
  markdown: string;
  /** `#+TITLE:`'s value, if any. */
  title?: string;
  /** `#+FILETAGS:`, the tags of every entry of the file. */
  tags: string[];
  /**
   * The lines this reader wrote tags after, as Markdown writes them: headlines' tags (`:dl:` as `#dl`), and the
   * card marker after a drill entry's front. The Markdown reader's notes of tags read there tell of syntax
   * the note does not have.
   */
  taggedLines: number[];
}

/** The Org note as Markdown, line for line (see above). */
export function orgToMarkdown(text: string): OrgNote {
  const lines = text.split('\n');
  const out: string[] = [];
  let title: string | undefined;
  const tags: string[] = [];
  const taggedLines: number[] = [];
  /** The block being read: its kind, and for a code block the fence that closes it. */
  let block: { kind: 'code' | 'quote' | 'hidden'; end: RegExp; fence?: string; shift?: number } | undefined;
  let drawer = false;
  /** The indent of the first item of the list being read under a deep headline: its items are moved left by it (see below). */
  let listIndent: number | undefined;
  /** The org-drill entry being read whose body asks (see drillEntry), and whether its first line is still to come. */
  let drill: DrillEntry | undefined;
  const closings = new Closings(lines);
  const keywords = todoKeywords(lines);
  /** The level of a `COMMENT` headline whose subtree is being left out. */
  let commented: number | undefined;
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (commented !== undefined) {
      const next = HEADLINE.exec(line);
      if (!next || next[1]!.length > commented) {
        out.push('');
        continue;
      }
      commented = undefined;
    }
    if (block) {
      if (block.end.test(line)) {
        out.push(block.kind === 'code' ? block.fence! : '');
        block = undefined;
      } else if (block.kind === 'code') out.push(line.replace(new RegExp(`^ {0,${block.shift ?? 0}}`), '').replace(/^(\s*),([*#])/, '$1$2'));
      else if (block.kind === 'quote') out.push(line.trim() === '' ? '>' : `> ${escapedLineHead(inlineMarkdown(line.trim()))}`);
      else out.push('');
      continue;
    }
    if (drawer) {
      if (DRAWER_END.test(line)) drawer = false;
      out.push('');
      continue;
    }
    const begin = /^\s*#\+begin_(\w+)(?:\s+(\S+))?.*$/i.exec(line);
    if (begin) {
      const kind = begin[1]!.toLowerCase();
      const end = new RegExp(`^\\s*#\\+end_${kind}\\b`, 'i');
      // A block nothing closes is none, as Org reads it: its lines stay text, not hidden or fenced to the end.
      if (!closings.blockClosed(kind, n)) out.push('');
      else if (kind === 'src' || kind === 'example') {
        // At the block's own indent (a block in a list item stays in it), longer than any fence the code holds.
        // In a list moved left (below), moved with it.
        const indent = /^\s*/.exec(line)![0];
        const shift = listIndent !== undefined && indent.length >= listIndent ? listIndent : 0;
        const fence = `${indent.slice(shift)}${'`'.repeat(Math.max(3, longestFenceIn(lines, n, end) + 1))}`;
        block = { kind: 'code', end, fence, shift };
        out.push(`${fence}${kind === 'src' && begin[2] ? begin[2] : ''}`);
      } else if (kind === 'quote') {
        block = { kind: 'quote', end };
        out.push('');
      } else if (kind === 'comment' || kind === 'export') {
        // A comment, and what an export writes as it is (`#+BEGIN_EXPORT html`): neither is the note's text.
        block = { kind: 'hidden', end };
        out.push('');
      } else out.push(''); // CENTER, VERSE, NOTES…: their lines are read as text
      continue;
    }
    if (/^\s*#\+end_\w+/i.test(line)) {
      out.push('');
      continue;
    }
    const keyword = /^\s*#\+(\w+):\s*(.*)$/.exec(line);
    if (keyword) {
      const name = keyword[1]!.toLowerCase();
      // The source's title is plain text, as a front matter's `title:` is.
      if (name === 'title' && keyword[2]!.trim()) title ??= keyword[2]!.trim();
      // `:ml:dl:`, or written apart: `ml dl`.
      if (name === 'filetags') tags.push(...keyword[2]!.split(/[:\s]+/).filter((tag) => tag !== ''));
      out.push('');
      continue;
    }
    if (/^\s*:[\w-]+:\s*$/.test(line) && !DRAWER_END.test(line) && closings.drawerClosed(n)) {
      drawer = true;
      out.push('');
      continue;
    }
    // A comment line, and a headline's planning line.
    if (/^\s*#(?:\s|$)/.test(line) || /^\s*(?:SCHEDULED|DEADLINE|CLOSED):/.test(line)) {
      out.push('');
      continue;
    }
    const headline = HEADLINE.exec(line);
    if (headline) {
      listIndent = undefined;
      const level = headline[1]!.length;
      // `* COMMENT Draft`: Org leaves the entry and its subtree out of every export.
      if (/^COMMENT(?:\s|$)/.test(withoutKeyword(headline[2]!, keywords))) {
        commented = level;
        out.push('');
        continue;
      }
      const read = headlineText(headline[2]!, keywords);
      if (drill && level > drill.level) {
        // Inside an entry whose body asks: its subheadings are the answer's, the answer's own label left out.
        out.push(ANSWER_HEADING.test(read.text) ? '' : `**${inlineMarkdown(read.text)}**`);
        continue;
      }
      drill = drillEntry(lines, n, level, read.tags);
      // A drill entry whose body asks is named by its headline for its author only (org-drill's own example is `* Item`).
      const heading = drill ? '' : headlineMarkdown(level, read);
      if (heading.includes(' #')) taggedLines.push(n + 1);
      out.push(heading);
      continue;
    }
    const fixed = /^(\s*): (.*)$|^(\s*):$/.exec(line);
    if (fixed) {
      // Fixed-width lines, Org's short code: each a code span, so that a run of them stays one paragraph's lines.
      out.push(`${fixed[1] ?? fixed[3]}${fixed[2] ? codeSpanOf(fixed[2]) : ''}`);
      continue;
    }
    if (/^\s*\|-/.test(line)) {
      out.push(line.replace(/\+/g, '|'));
      continue;
    }
    // Five dashes or more are Org's rule; fewer, or `=`s, are text, which under a line Markdown would read as its heading.
    if (/^\s*-{5,}\s*$/.test(line)) {
      out.push('***');
      continue;
    }
    if (/^\s*(?:-+|=+)\s*$/.test(line)) {
      out.push(escapedLineHead(line.trim()));
      continue;
    }
    const description = descriptionItem(line);
    if (description) {
      out.push(`${description.bullet}${escapedLineHead(inlineMarkdown(description.term))}:${description.text ? ` ${inlineMarkdown(description.text)}` : ''}`);
      continue;
    }
    if (drill && !drill.asked && line.trim() !== '') {
      // The first line of a drill entry's body: the card's front, marked as Logseq marks one (trailing-tags.ts).
      drill.asked = true;
      taggedLines.push(n + 1);
      out.push(`${escapedLineHead(inlineMarkdown(line))} ${[CARD_MARKER, ...drill.tags.map((tag) => `#${tag}`)].join(' ')}`);
      continue;
    }
    // A list item's bullet (`  * item` too, a bullet Markdown shares) stays as it is; its text is read as text. A list
    // indented under a deep headline (`org-adapt-indentation`, four spaces and more) is moved left by its first item's
    // indent, its nesting kept: Markdown would read it as indented code.
    const indent = /^[ \t]*/.exec(line)![0];
    if (listIndent !== undefined && line.trim() !== '' && indent.length < listIndent) listIndent = undefined;
    const item = LIST_ITEM.exec(line);
    if (item) {
      listIndent ??= indent.length > 3 ? indent.length : 0;
      out.push(`${item[0].slice(Math.min(listIndent, indent.length))}${escapedLineHead(inlineMarkdown(line.slice(item[0].length)))}`);
      continue;
    }
    // Text indented under a deep headline is text, not Markdown's indented code: at most three spaces.
    out.push(`${indent.length > 3 ? '   ' : indent}${escapedLineHead(inlineMarkdown(line.slice(indent.length)))}`);
  }
  return { markdown: out.join('\n'), ...(title ? { title } : {}), tags, taggedLines };
}

const DRAWER_END = /^\s*:END:\s*$/i;

/** Whether a block or drawer opened at a line is closed after it, found from tables made in one pass (no scan per opening line). */
class Closings {
  /** Per block kind (`src`, `quote`…), the last line that ends one. */
  private readonly lastEnd = new Map<string, number>();
  /** Per line, the next `:END:` after it and the next headline after it (lines.length: none). */
  private readonly nextDrawerEnd: Int32Array;
  private readonly nextHeadline: Int32Array;

  constructor(lines: readonly string[]) {
    this.nextDrawerEnd = new Int32Array(lines.length);
    this.nextHeadline = new Int32Array(lines.length);
    let drawerEnd = lines.length;
    let headline = lines.length;
    for (let n = lines.length - 1; n >= 0; n--) {
      this.nextDrawerEnd[n] = drawerEnd;
      this.nextHeadline[n] = headline;
      const line = lines[n]!;
      const end = /^\s*#\+end_(\w+)/i.exec(line);
      if (end && !this.lastEnd.has(end[1]!.toLowerCase())) this.lastEnd.set(end[1]!.toLowerCase(), n);
      if (DRAWER_END.test(line)) drawerEnd = n;
      if (HEADLINE.test(line)) headline = n;
    }
  }

  blockClosed(kind: string, at: number): boolean {
    return (this.lastEnd.get(kind) ?? -1) > at;
  }

  /** A drawer closes within its entry, before the next headline. */
  drawerClosed(at: number): boolean {
    return this.nextDrawerEnd[at]! < this.nextHeadline[at]!;
  }
}

/** A list item's bullet or number, and its check box. */
const LIST_ITEM = /^\s*(?:[-+]|(?<=^\s+)\*|\d+[.)])\s+(?:\[[ xX-]\]\s+)?/;
/** `*** TODO [#B] text :tag:` */
const HEADLINE = /^(\*+)\s+(.*)$/;
/** The keywords a headline may open with when the note names none (`#+TODO:`). */
const DEFAULT_KEYWORDS = ['TODO', 'DONE', 'NEXT', 'WAITING', 'CANCELLED', 'CANCELED'];

/** The note's own keywords (`#+TODO: STARTED(s) | FIXED`, `#+SEQ_TODO:`, `#+TYP_TODO:`) with the usual ones. */
function todoKeywords(lines: readonly string[]): ReadonlySet<string> {
  const keywords = new Set(DEFAULT_KEYWORDS);
  for (const line of lines) {
    const named = /^\s*#\+(?:SEQ_|TYP_)?TODO:\s*(.*)$/i.exec(line);
    if (named) for (const word of named[1]!.split(/\s+/)) if (word !== '|' && word !== '') keywords.add(word.replace(/\(.*\)$/, ''));
  }
  return keywords;
}

/** A headline's text without its keyword. */
function withoutKeyword(rest: string, keywords: ReadonlySet<string>): string {
  const first = /^(\S+)\s+/.exec(rest);
  return first && keywords.has(first[1]!) ? rest.slice(first[0].length) : rest;
}
const PRIORITY = /^\[#[A-Z0-9]\]\s+/;
const TAG_GROUP = /^:[\p{L}\p{N}_@#%:]+:$/u;

/** A headline's words, without its keyword and priority, and its tags (its last word, when that is `:a:b:`; found without a regex over the line). */
function headlineText(rest: string, keywords: ReadonlySet<string>): { text: string; tags: string[] } {
  const text = withoutKeyword(rest, keywords).replace(PRIORITY, '').trimEnd();
  const cut = Math.max(text.lastIndexOf(' '), text.lastIndexOf('\t'));
  const last = text.slice(cut + 1);
  if (cut < 0 || !TAG_GROUP.test(last)) return { text: text.trim(), tags: [] };
  return { text: text.slice(0, cut).trim(), tags: last.split(':').filter((tag) => tag !== '') };
}

/** `- term :: text`: the bullet (and check box), the term and the text, found without a regex that backtracks over spaces. */
function descriptionItem(line: string): { bullet: string; term: string; text: string } | undefined {
  const item = DESCRIPTION_BULLET.exec(line);
  if (!item) return undefined;
  const rest = line.slice(item[0].length);
  const at = rest.search(/[ \t]::(?:[ \t]|$)/);
  if (at <= 0) return undefined;
  const term = rest.slice(0, at).trim();
  return term === '' ? undefined : { bullet: item[0], term, text: rest.slice(at + 3).trim() };
}

const DESCRIPTION_BULLET = /^\s*(?:[-+]|\d+[.)])\s+(?:\[[ xX-]\]\s+)?/;

/** The longest run of backticks opening a line of the block from line `start` to `end` (0 if none). */
function longestFenceIn(lines: readonly string[], start: number, end: RegExp): number {
  let longest = 0;
  for (let n = start + 1; n < lines.length && !end.test(lines[n]!); n++) {
    const run = /^\s*(`+)/.exec(lines[n]!);
    if (run) longest = Math.max(longest, run[1]!.length);
  }
  return longest;
}

/** A headline as a Markdown heading, its tags after it (`:drill:` as the card marker). */
function headlineMarkdown(level: number, { text, tags }: { text: string; tags: string[] }): string {
  return `${'#'.repeat(Math.min(level, 6))} ${inlineMarkdown(text)}${tags.map((tag) => ` ${tag === DRILL_TAG ? CARD_MARKER : `#${tag}`}`).join('')}`;
}

const DRILL_TAG = 'drill';
/** What marks a card for the Markdown reader (trailing-tags.ts): `:drill:` and a drill entry's front. */
const CARD_MARKER = '#card';
/** A subheading that only labels an org-drill entry's answer. */
const ANSWER_HEADING = /^(?:answers?|back|solution|정답|답|답변|해설|答案|回答|解答)$/i;

/** An org-drill entry whose body asks: its level, its headline's other tags, and whether its front is written yet. */
interface DrillEntry {
  level: number;
  tags: string[];
  asked: boolean;
}

/**
 * An org-drill entry as org-drill reads one: a headline tagged `:drill:` whose body asks (the card's front)
 * and whose subheadings answer (`* Item :drill:` over `What is the capital of Estonia?` over `** Answer`).
 * An entry with no body, or no subheading, asks with its headline as any card does, its body the answer:
 * undefined.
 */
function drillEntry(lines: readonly string[], at: number, level: number, tags: readonly string[]): DrillEntry | undefined {
  if (!tags.includes(DRILL_TAG)) return undefined;
  let body = false;
  for (let n = at + 1; n < lines.length; n++) {
    const next = HEADLINE.exec(lines[n]!);
    if (next) return body && next[1]!.length > level ? { level, tags: tags.filter((tag) => tag !== DRILL_TAG), asked: false } : undefined;
    if (lines[n]!.trim() !== '' && !/^\s*(?::[\w-]+:|(?:SCHEDULED|DEADLINE|CLOSED):)/.test(lines[n]!)) body = true;
  }
  return undefined;
}

/** Characters Org allows before and after an emphasis marker. */
const PRE = String.raw`(^|[\s\-({'"])`;
const POST = String.raw`(?=$|[\s\-.,;:!?')}"\\])`;
/** The marked text: no space at either border, bounded so that no long line makes the pattern backtrack far. */
const BODY = String.raw`([^\s](?:[^\n]{0,500}?[^\s])??)`;
const emphasis = (marker: string) => new RegExp(`${PRE}${marker}${BODY}${marker}${POST}`, 'g');
const VERBATIM = emphasis('[=~]');
const BOLD = emphasis(String.raw`\*`);
const ITALIC = emphasis('/');
const STRIKE = emphasis(String.raw`\+`);
const LINK = /\[\[([^\[\]\n]{1,1000})\](?:\[([^\[\]\n]{1,1000})\])?\]/g;
/** `\(…\)`, `\[…\]` and `$…$` (no space inside its dollars, as Org reads one), each bounded. */
const FORMULA = /\\\([^\n]{1,1000}?\\\)|\\\[[^\n]{1,1000}?\\\]|\$[^\s$](?:[^\n$]{0,1000}?[^\s$])??\$/g;
const PICTURE = /\.(?:png|jpe?g|gif|svg|webp)$/i;

/**
 * One line of Org text as Markdown: links and code set aside (nothing else reads their text), emphasis as
 * Markdown's, and what Markdown would read that Org does not escaped: a `*` or `~` that marks nothing in Org
 * (`a*b*c`), a `<` that would open an HTML tag. What opens a line is escaped where a line is written (escapedLineHead).
 */
function inlineMarkdown(line: string): string {
  const aside = new SetAside();
  const keep = aside.keep;
  let text = withoutPlaceholders(line).replace(LINK, (_, target: string, words?: string) => keep(linkMarkdown(target, words)));
  text = text.replace(VERBATIM, (_, pre: string, body: string) => `${pre}${keep(codeSpanOf(body))}`);
  // Formulas are TeX in both: set aside as written, so that `$a~b$` keeps its `~` unescaped.
  text = text.replace(FORMULA, (formula) => keep(formula));
  text = text
    .replace(BOLD, (_, pre: string, body: string) => `${pre}${EMPHASIS_MARK.bold}${body}${EMPHASIS_MARK.bold}`)
    .replace(ITALIC, (_, pre: string, body: string) => `${pre}${EMPHASIS_MARK.italic}${body}${EMPHASIS_MARK.italic}`)
    .replace(STRIKE, (_, pre: string, body: string) => `${pre}${EMPHASIS_MARK.strike}${body}${EMPHASIS_MARK.strike}`);
  text = escapedText(text);
  return aside.restored(emphasisMarkdown(text));
}

/** Text Markdown would read otherwise: a `*` or `~` that marks nothing in Org (`a*b*c`), a `<` that would open an HTML tag. */
function escapedText(text: string): string {
  return text.replace(/[*~]/g, '\\$&').replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

function linkMarkdown(target: string, words?: string): string {
  const file = /^file:(.*)$/.exec(target);
  const address = file ? file[1]! : target;
  if (!words && PICTURE.test(address)) return `![](${linkDestination(address)})`;
  const shown = words ? inlineMarkdown(words) : escapedText(target.replace(/^[*#]/, ''));
  // An internal link (`[[*Heading]]`, `[[#id]]`, a name): its words, with nowhere to go outside Emacs.
  return file || /^[a-z][a-z0-9+.-]*:/i.test(target) ? `[${shown}](${linkDestination(address)})` : shown;
}
