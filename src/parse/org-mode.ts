/**
 * An Emacs Org note (`.org`), read as the Markdown it stands for, line for line: each line of the
 * Markdown is the same line of the file, so every question, answer and note of the Markdown reader
 * stands at the file's own line, and the reader's line-based readings (prompt runs, tags after a
 * question) see the note's lines as written.
 *
 * - Headlines: `** TODO [#A] What is dropout?   :dl:ml:` is `## What is dropout? #dl #ml` (a
 *   keyword and a priority are the outline's, not the wording; tags file the question). `:drill:`,
 *   org-drill's mark of a card, is the card marker `#card` (trailing-tags.ts). An org-drill entry whose
 *   body asks, its answer in a subheading (`* Item :drill:` over `What is …?` over `** Answer`), asks
 *   with its body, as org-drill shows it (drillEntry).
 * - Blocks: `#+BEGIN_SRC python` … `#+END_SRC` is a fenced code block, `#+BEGIN_EXAMPLE` one of no
 *   language, a line `: text` (fixed width) code too; `#+BEGIN_QUOTE` a quote; `#+BEGIN_COMMENT`
 *   and comment lines (`# …`) are left out, as are keyword lines (`#+TITLE:`, whose value is the
 *   note's title, and `#+FILETAGS:`, whose tags are every question's, `#+OPTIONS:`), drawers (`:PROPERTIES:` … `:END:`) and planning lines
 *   (`SCHEDULED: <…>`).
 * - Lists stay lists (`- [ ]` a task); a description item `- term :: text` is `- term: text`.
 *   A table's rule `|---+---|` is Markdown's delimiter row.
 * - In text: `*bold*`, `/italic/`, `+struck+`, `=verbatim=` and `~code~` as Markdown writes them,
 *   `[[url][words]]` a link, `[[file:plot.png]]` a picture. Formulas (`\(…\)`, `\[…\]`, `$…$`)
 *   are TeX in both.
 *
 * Only what an Org note uses for questions and answers is read; the rest of Org's syntax stays text.
 */

/** Whether a file is an Org note: by its name, as Emacs decides, or by lines only Org writes (`#+TITLE:`, `#+BEGIN_SRC`) under a headline. */
export function isOrgNote(file: string, text: string): boolean {
  if (/\.org$/i.test(file)) return true;
  return /^#\+(?:title:|filetags:|startup:|begin_src\b|begin_quote\b)/im.test(text) && /^\*+ \S/m.test(text);
}

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
  let block: { kind: 'code' | 'quote' | 'hidden'; end: RegExp; fence?: string } | undefined;
  let drawer = false;
  /** The org-drill entry being read whose body asks (see drillEntry), and whether its first line is still to come. */
  let drill: DrillEntry | undefined;
  const closings = new Closings(lines);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    if (block) {
      if (block.end.test(line)) {
        out.push(block.kind === 'code' ? block.fence! : '');
        block = undefined;
      } else if (block.kind === 'code') out.push(line.replace(/^(\s*),([*#])/, '$1$2'));
      else if (block.kind === 'quote') out.push(line.trim() === '' ? '>' : `> ${inlineMarkdown(line.trim())}`);
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
        const fence = '```';
        block = { kind: 'code', end, fence };
        out.push(`${fence}${kind === 'src' && begin[2] ? begin[2] : ''}`);
      } else if (kind === 'quote') {
        block = { kind: 'quote', end };
        out.push('');
      } else if (kind === 'comment') {
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
      if (name === 'title' && keyword[2]!.trim()) title ??= inlineMarkdown(keyword[2]!.trim());
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
      const level = headline[1]!.length;
      if (drill && level > drill.level) {
        // Inside an entry whose body asks: its subheadings are the answer's, the answer's own label left out.
        const title = headlineText(headline[2]!).text;
        out.push(ANSWER_HEADING.test(title) ? '' : `**${inlineMarkdown(title)}**`);
        continue;
      }
      drill = drillEntry(lines, n, level, headline[2]!);
      // A drill entry whose body asks is named by its headline for its author only (org-drill's own example is `* Item`).
      const heading = drill ? '' : headlineMarkdown(level, headline[2]!);
      if (heading.includes(' #')) taggedLines.push(n + 1);
      out.push(heading);
      continue;
    }
    const fixed = /^(\s*): (.*)$|^(\s*):$/.exec(line);
    if (fixed) {
      // Fixed-width lines, Org's short code: each a code span, so that a run of them stays one paragraph's lines.
      out.push(`${fixed[1] ?? fixed[3]}${fixed[2] ? codeSpan(fixed[2]) : ''}`);
      continue;
    }
    if (/^\s*\|-/.test(line)) {
      out.push(line.replace(/\+/g, '|'));
      continue;
    }
    const description = /^(\s*(?:[-+]|\d+[.)])\s+(?:\[[ xX-]\]\s+)?)(.+?)\s+::(?:\s+(.*))?$/.exec(line);
    if (description) {
      out.push(`${description[1]}${inlineMarkdown(description[2]!)}:${description[3] ? ` ${inlineMarkdown(description[3])}` : ''}`);
      continue;
    }
    if (drill && !drill.asked && line.trim() !== '') {
      // The first line of a drill entry's body: the card's front, marked as Logseq marks one (trailing-tags.ts).
      drill.asked = true;
      taggedLines.push(n + 1);
      out.push(`${inlineMarkdown(line)} ${[CARD_MARKER, ...drill.tags.map((tag) => `#${tag}`)].join(' ')}`);
      continue;
    }
    // A list item's bullet (`  * item` too, a bullet Markdown shares) stays as it is; its text is read as text.
    const item = LIST_ITEM.exec(line);
    out.push(item ? `${item[0]}${inlineMarkdown(line.slice(item[0].length))}` : inlineMarkdown(line));
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
const TODO_KEYWORD = /^(?:TODO|DONE|NEXT|WAITING|CANCELLED|CANCELED)\s+/;
const PRIORITY = /^\[#[A-Z0-9]\]\s+/;
const TAGS = /\s+:([\p{L}\p{N}_@#%:]+):\s*$/u;

/** A headline's words, without its keyword and priority, and its tags. */
function headlineText(rest: string): { text: string; tags: string[] } {
  const text = rest.replace(TODO_KEYWORD, '').replace(PRIORITY, '');
  const tags = TAGS.exec(text);
  if (!tags) return { text: text.trim(), tags: [] };
  return { text: text.slice(0, tags.index).trim(), tags: tags[1]!.split(':').filter((tag) => tag !== '') };
}

/** A headline as a Markdown heading, its tags after it (`:drill:` as the card marker). */
function headlineMarkdown(level: number, rest: string): string {
  const { text, tags } = headlineText(rest);
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
function drillEntry(lines: readonly string[], at: number, level: number, rest: string): DrillEntry | undefined {
  const { tags } = headlineText(rest);
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
const PICTURE = /\.(?:png|jpe?g|gif|svg|webp)$/i;

/** Where emphasis stands while the rest of a line is escaped: characters no note writes (Unicode's private use). */
const BOLD_MARK = '\uE000';
const ITALIC_MARK = '\uE001';
const STRIKE_MARK = '\uE002';
const SET_ASIDE = /\u0000(\d+)\u0000/g;
const MARKDOWN_OF_MARK: Record<string, string> = { [BOLD_MARK]: '**', [ITALIC_MARK]: '*', [STRIKE_MARK]: '~~' };

/**
 * One line of Org text as Markdown: links and code set aside (nothing else reads their text), emphasis as
 * Markdown's, and what Markdown would read that Org does not escaped: a `*` or `~` that marks nothing in Org
 * (`a*b*c`), a `>` opening the line, a `<` that would open an HTML tag.
 */
function inlineMarkdown(line: string): string {
  if (/[\u0000\uE000-\uE002]/.test(line)) return line;
  const kept: string[] = [];
  const keep = (markdown: string) => `\u0000${kept.push(markdown) - 1}\u0000`;
  let text = line.replace(LINK, (_, target: string, words?: string) => keep(linkMarkdown(target, words)));
  text = text.replace(VERBATIM, (_, pre: string, body: string) => `${pre}${keep(codeSpan(body))}`);
  text = text
    .replace(BOLD, (_, pre: string, body: string) => `${pre}${BOLD_MARK}${body}${BOLD_MARK}`)
    .replace(ITALIC, (_, pre: string, body: string) => `${pre}${ITALIC_MARK}${body}${ITALIC_MARK}`)
    .replace(STRIKE, (_, pre: string, body: string) => `${pre}${STRIKE_MARK}${body}${STRIKE_MARK}`);
  text = text
    .replace(/[*~]/g, '\\$&')
    .replace(/^(\s*)>/, '$1\\>')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
  return text.replace(/[\uE000-\uE002]/g, (mark) => MARKDOWN_OF_MARK[mark]!).replace(SET_ASIDE, (_, k: string) => kept[Number(k)]!);
}

function linkMarkdown(target: string, words?: string): string {
  const file = /^file:(.*)$/.exec(target);
  const address = (file ? file[1]! : target).replace(/[()\s]/g, (c) => encodeURIComponent(c));
  if (!words && PICTURE.test(address)) return `![](${address})`;
  const shown = words ? inlineMarkdown(words) : target;
  // An internal link (`[[*Heading]]`, `[[#id]]`, a name): its words, with nowhere to go outside Emacs.
  return file || /^[a-z][a-z0-9+.-]*:/i.test(target) ? `[${shown}](${address})` : shown;
}

/** Text as a Markdown code span, with enough backticks around it to hold those it has. */
function codeSpan(text: string): string {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  return longest > 0 || text.startsWith(' ') || text.endsWith(' ') ? `${fence} ${text} ${fence}` : `${fence}${text}${fence}`;
}
