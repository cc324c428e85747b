/**
 * A Typst note (a `.typ` file), read as the Markdown it stands for, line for line, as an Org note is (org-mode.ts): each
 * line of the Markdown is the same line of the file, so every question, answer and note stands at the file's own line.
 *
 * - `= Title`, `== Section` (one `=` a level) are headings, so a question under a section is a heading that asks as a
 *   Markdown note's does (`== 소프트맥스 식을 쓰시오.` too); a note's one level-one heading, opening it, is its title
 *   (or the title `#set document(title: …)` gives). A heading's label (`<intro>`) is left out.
 * - `- ` items are Markdown's, `+ ` numbered ones `1. `, a term item (`/ Term: text`) `- **Term**: text`.
 * - A raw block (```` ```python ```` over its code and its closing backticks) is fenced code, as Markdown writes it.
 * - Math between `$` is a formula, in the TeX an answer's formulas are rendered in (typst-math.ts), display math
 *   `$$…$$` when spaces stand inside its dollars on a line of its own (`$ sum_i x_i $`), as Typst displays it, or when
 *   it spans lines.
 * - What prints no text is left out, each run told at its line: `#set`, `#show`, `#import`, `#include`, `#let` and
 *   `#pagebreak` lines (over the lines their brackets span), and comments (line comments, `//`, and block comments).
 * - In text: `*strong*`, `_emph_`, `` `raw` ``, `#strong[…]`, `#emph[…]`, `#link("…")[…]` and `#image("…")` as
 *   Markdown writes them; escapes (`\*`) the characters they are, `~` a space, `--` and `---` dashes; what Markdown
 *   would read and Typst does not (a `<` before a letter, `\`) escaped.
 */
import { ForwardSearches } from './forward-searches.js';
import { escapedLineHead } from './line-head.js';
import { codeSpanOf } from './code-spans.js';
import { autolink, linkDestination } from './markdown-link.js';
import { escapedForMarkdown } from './markdown-escapes.js';
import { typstMath } from './typst-math.js';
import { lineRange } from '../report/line-span.js';
import { withoutTrailingSpaces } from './trailing-spaces.js';

/** Whether a file is a Typst note: by its name, as the Typst compiler takes it (a Markdown note about Typst quotes its syntax). */
export function isTypstNote(file: string): boolean {
  return /\.typ$/i.test(file);
}

export interface TypstNote {
  /** The note as Markdown, one line for each line of the file. */
  markdown: string;
  /** The note's title: `#set document(title: …)`'s, or its one level-one heading, opening it. */
  title?: string;
  /** What was left out of the note and where (the first line of its run, 1-based). */
  leftOut: Array<{ line: number; message: string }>;
}

/** A line of code that sets the page up or binds a name: it prints nothing. */
const LAYOUT_LINE = /^[ \t]*#(set|show|import|include|let|pagebreak|outline|bibliography)\b/;
/** A heading's marks and its text, with its label (`<intro>`) and the spaces that end it, taken off by headingOf. */
const HEADING = /^(=+)[ \t]+(.*)$/;
const RAW_FENCE = /^[ \t]*(`{3,})([\w+#-]*)[ \t]*$/;
const ITEM = /^([ \t]*)([-+])[ \t]+(.*)$/;
const TERM = /^([ \t]*)\/[ \t]+([^:\n]+):[ \t]*(.*)$/;

/** The note as Markdown, line for line (see above). */
export function typstToMarkdown(text: string): TypstNote {
  const lines = text.split('\n').map((line) => line.replace(/\r$/, ''));
  const out = lines.map(() => '');
  const leftOut: TypstNote['leftOut'] = [];
  let title: string | undefined;
  /** The run of lines left out, being gathered: its first line and what each line holds. */
  let run: { from: number; to: number; what: string[] } | undefined;
  const leave = (from: number, to: number, what: string): void => {
    if (run && run.to === from - 1) {
      run.to = to;
      run.what.push(what);
      return;
    }
    flush();
    run = { from, to, what: [what] };
  };
  const flush = (): void => {
    if (!run) return;
    leftOut.push({ line: run.from + 1, message: `Left out ${run.what.join(', ')} (${lineRange(run.from + 1, run.to + 1)}): Typst's settings, code and comments print no text of the note` });
    run = undefined;
  };
  const headings = lines.filter((line) => /^=[ \t]/.test(line)).length;
  /** The items open above: each one's indent in the file, and the column its text stands at in the Markdown. */
  let list: Array<{ indent: number; content: number }> = [];
  const after = new LinesAfter(lines);
  for (let n = 0; n < lines.length; n++) {
    const line = lines[n]!;
    const fence = RAW_FENCE.exec(line);
    if (fence) {
      const end = after.first(`fence ${fence[1]}`, n + 1, (text) => text.trim() === fence[1]);
      if (end > n) {
        for (let k = n; k <= end; k++) out[k] = k === n ? `${fence[1]}${fence[2]}` : lines[k]!;
        n = end;
        continue;
      }
    }
    const layout = LAYOUT_LINE.exec(line);
    if (layout) {
      const end = after.bracketsEnd(n);
      const documentTitle = /#set[ \t]+document\([^)]*\btitle:[ \t]*"([^"\n]+)"/.exec(lines.slice(n, end + 1).join('\n'));
      if (documentTitle) title = documentTitle[1]!;
      const shown = line.trim();
      leave(n, end, shown.length > 60 ? `${shown.slice(0, 59)}…` : shown);
      n = end;
      continue;
    }
    if (/^[ \t]*\/\//.test(line)) {
      leave(n, n, 'a comment');
      continue;
    }
    if (/^[ \t]*\/\*/.test(line)) {
      const end = line.includes('*/', line.indexOf('/*') + 2) ? n : after.first('*/', n + 1, (text) => text.includes('*/'));
      const last = end < 0 ? lines.length - 1 : end;
      leave(n, last, 'a comment');
      n = last;
      continue;
    }
    flush();
    const math = displayMath(lines, n, after);
    if (math) {
      for (let k = n; k <= math.end; k++) out[k] = math.lines[k - n]!;
      n = math.end;
      continue;
    }
    const heading = HEADING.exec(line);
    if (heading) heading[2] = headingText(heading[2]!);
    if (heading && heading[2] !== '') {
      list = [];
      const level = Math.min(heading[1]!.length, 6);
      out[n] = `${'#'.repeat(level)} ${typstInline(heading[2]!)}`;
      if (level === 1 && headings === 1 && title === undefined && lines.slice(0, n).every((text, k) => out[k] === '' || text.trim() === '')) title = heading[2]!;
      continue;
    }
    const term = TERM.exec(line);
    const item = term ? undefined : ITEM.exec(line);
    if (term || item) {
      // Nested as Typst nests it, by indent: under the item whose text the Markdown indents it past.
      const indent = (term ?? item)![1]!.length;
      while (list.length > 0 && list.at(-1)!.indent >= indent) list.pop();
      const marker = term ? '- ' : item![2] === '+' ? '1. ' : '- ';
      const at = list.at(-1)?.content ?? 0;
      list.push({ indent, content: at + marker.length });
      const text = term ? `**${typstInline(term[2]!.trim())}**: ${typstInline(term[3]!)}` : escapedLineHead(typstInline(item![3]!));
      out[n] = `${' '.repeat(at)}${marker}${text}`;
      continue;
    }
    if (line.trim() === '') list = [];
    out[n] = escapedLineHead(typstInline(line.trimStart()));
  }
  flush();
  return { markdown: out.join('\n'), ...(title !== undefined ? { title } : {}), leftOut };
}

/**
 * A heading's text without its label and the spaces before and after it: by hand, as a lazy text before
 * `(?:[ \t]*<label>)?[ \t]*$` tried the spaces after each of its characters, quadratic on a line of many spaces.
 */
function headingText(text: string): string {
  const trimmed = withoutTrailingSpaces(text);
  const label = /<[\w:.-]+>$/.exec(trimmed);
  return label ? withoutTrailingSpaces(trimmed.slice(0, label.index)) : trimmed;
}

/**
 * Display math at line `n`: a line that is one formula with spaces inside its dollars (`$ x^2 $`), or a `$` opening a
 * formula its line does not close, to the line that does. Its lines as Markdown's `$$` math, and its last line.
 */
function displayMath(lines: readonly string[], n: number, after: LinesAfter): { lines: string[]; end: number } | undefined {
  const line = lines[n]!.trim();
  // A formula with spaces inside both its dollars, read by hand: a lazy `([^$]*?)[ \t]+\$$` was quadratic on many spaces.
  const inner = line.slice(1, -1);
  if (line.length >= 4 && line.startsWith('$') && line.endsWith('$') && !inner.includes('$') && /^[ \t]/.test(inner) && /[ \t]$/.test(inner)) {
    return { lines: [`$$ ${typstMath(withoutTrailingSpaces(inner.replace(/^[ \t]+/, '')))} $$`], end: n };
  }
  if (!/^\$(?:[ \t]|$)/.test(line) || line.slice(1).includes('$')) return undefined;
  const end = after.first('$', n + 1, (text) => text.includes('$'));
  if (end < 0 || !/\$[ \t]*$/.test(lines[end]!) || lines[end]!.indexOf('$') !== lines[end]!.lastIndexOf('$')) return undefined;
  // One line of Markdown's `$$…$$` at the first line, the others left blank: Markdown's `$$` fence takes no formula
  // after it on its line (that is its meta) nor before its closing one, where Typst's dollars stand beside it.
  const formula = lines.slice(n, end + 1).join(' ').trim().slice(1, -1).trim();
  return { lines: [`$$ ${typstMath(formula)} $$`, ...lines.slice(n + 1, end + 1).map(() => '')], end };
}

/**
 * The searches down the note's lines for where a block opened at a line ends, each answered without going over the
 * same lines again for each opener: a note of many unclosed raw fences, comments, formulas or `#set(` lines was
 * searched to its end from each (quadratic: 20,000 unclosed `#set text(` took a minute).
 */
class LinesAfter {
  private readonly searches = new ForwardSearches<number>((found) => found);
  private ends: number[] | undefined;

  constructor(private readonly lines: readonly string[]) {}

  /** The first line from `from` on that passes `test` (searched under `key`), or -1. Asked with `from` growing. */
  first(key: string, from: number, test: (line: string) => boolean): number {
    return this.searches.find(key, from, () => {
      for (let k = from; k < this.lines.length; k++) if (test(this.lines[k]!)) return k;
      return -1;
    });
  }

  /**
   * The line a code line opening at `n` ends on: where its brackets balance (strings skipped), the first line whose
   * end brings the brackets counted from `n` to none open; `n` when none does. Read for all lines at once: each
   * line's open brackets summed from the note's head, the line after a code line's end is the first whose sum is no
   * more than at that code line's head.
   */
  bracketsEnd(n: number): number {
    this.ends ??= bracketEnds(this.lines);
    return this.ends[n]!;
  }
}

function bracketEnds(lines: readonly string[]): number[] {
  const open = [0];
  for (const line of lines) {
    let depth = 0;
    for (const c of line.replace(/"(?:[^"\\]|\\.)*"/g, '""')) {
      if (c === '(' || c === '[' || c === '{') depth++;
      else if (c === ')' || c === ']' || c === '}') depth--;
    }
    open.push(open.at(-1)! + depth);
  }
  const ends = lines.map((_, n) => n);
  // The heads still looking for their end, their sums rising from the bottom.
  const waiting: number[] = [];
  for (let k = 0; k < open.length; k++) {
    while (waiting.length > 0 && open[k]! <= open[waiting.at(-1)!]!) ends[waiting.pop()!] = k - 1;
    waiting.push(k);
  }
  return ends;
}

const LONGEST_SPAN = 1000;

/** Markup at the head of the text, as Markdown, and how long it is. */
const INLINE: ReadonlyArray<[RegExp, (...groups: string[]) => string]> = [
  [/^`([^`\n]+)`/, (code) => codeSpanOf(code)],
  [/^\$([^$\n]+)\$/, (formula) => `$${typstMath(formula.trim())}$`],
  [/^\*([^*\n]+)\*/, (text) => `**${typstInline(text)}**`],
  [/^_([^_\n]+)_/, (text) => `*${typstInline(text)}*`],
  [/^#strong\[([^\]\n]*)\]/, (text) => `**${typstInline(text)}**`],
  [/^#emph\[([^\]\n]*)\]/, (text) => `*${typstInline(text)}*`],
  [/^#link\("([^"\n]+)"\)(?:\[([^\]\n]*)\])?/, (url, words) => (words ? `[${typstInline(words)}](${linkDestination(url)})` : autolink(url))],
  [/^#image\("([^"\n]+)"[^)\n]*\)/, (file) => `![](${linkDestination(file)})`],
  [/^\\([^\sA-Za-z0-9])/, (c) => (/[!-/:-@[-`{-~]/.test(c) ? `\\${c}` : c)],
  [/^\\(?=\s|$)/, () => ''],
  [/^---/, () => '—'],
  [/^--/, () => '–'],
  [/^~/, () => ' '],
  [/^(?:https?:\/\/)[^\s<>()[\]]*[^\s<>()[\].,;:!?'"]/, (url) => autolink(url)],
];

/** One line's text (after its list marker or heading's `=`) as Markdown. */
function typstInline(text: string): string {
  let out = '';
  let k = 0;
  outer: while (k < text.length) {
    const c = text[k]!;
    // A `*` or `_` inside a word marks nothing (`snake_case`), as Typst reads it.
    if ('`$*_#\\~h-'.includes(c) && !((c === '*' || c === '_') && /[\p{L}\p{N}]/u.test(text[k - 1] ?? ''))) {
      // A span of markup is at most LONGEST_SPAN long: no line is searched again to its end from each mark.
      const rest = text.slice(k, k + LONGEST_SPAN);
      for (const [pattern, markdown] of INLINE) {
        const match = pattern.exec(rest);
        if (!match) continue;
        out += markdown(...(match.length > 1 ? match.slice(1).map((group) => group ?? '') : [match[0]]));
        k += match[0].length;
        continue outer;
      }
    }
    // A `#` before a name is a call Typst runs (`#figure(…)`), no tag of the note's.
    out += c === '#' && /[A-Za-z]/.test(text[k + 1] ?? '') ? '\\#' : escapedForMarkdown(c, text[k + 1]);
    k++;
  }
  return out;
}
