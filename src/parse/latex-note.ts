/**
 * A LaTeX note (a `.tex` file: lecture notes, an exam's review sheet), read as the Markdown it stands
 * for, line for line, as an Org note is (org-mode.ts): each line of the Markdown is the same line of the
 * file, so every question, answer and note stands at the file's own line.
 *
 * - The preamble (up to `\begin{document}`) and what follows `\end{document}` are left out; `\title{…}`
 *   is the note's title.
 * - Sectioning commands are headings, the shallowest the note uses (`\section`, or `\chapter`) a
 *   level-one heading; a Beamer frame's title (`\begin{frame}{Title}`, `\frametitle{Title}`) one level
 *   below the deepest.
 * - The `exam` class's questions are what it prints, a numbered list: `\question` (and `\titledquestion`)
 *   an item, `\part`, `\subpart` and `\subsubpart` items under it, a `solution` environment (and its
 *   `solutionorbox`… forms) the text under its question, `\choice` and `\CorrectChoice` a task list of
 *   options, the right one ticked; the points (`[5]`) are the grader's, not the wording.
 * - `itemize`, `enumerate` and `description` are lists, `quote` a quote, `verbatim`, `lstlisting` and
 *   `minted` fenced code (in the language they name), `equation`, `align` and their kin display math
 *   (an alignment as `aligned`, which is what MathJax reads between `$$`), `tabular` a table when a rule
 *   (`\hline`, `\midrule`) follows its first row; `comment` is left out; any other environment
 *   (`center`, `figure`, `theorem`…) is its content, a `[Title]` it gives in bold above it.
 * - In text (latex-inline.ts): `\textbf`, `\emph`, `\texttt`, `\verb`, `\href`, `\url`, `\includegraphics` and `\footnote`
 *   as Markdown writes them, TeX's quotes, dashes, ties and escaped characters as the characters they
 *   print, a citation its keys (`(kingma2014)`); references and labels (which print numbers the note does
 *   not hold) and spacing and size commands are left out. Formulas (`$…$`, `\(…\)`, `\[…\]`, `$$…$$`) stay TeX as written.
 *   What Markdown would read and LaTeX does not (`*`, a `<` before a letter, a line opening with `- `,
 *   `1. `, `>` or a line of `=`s: line-head.ts) is escaped. Any other command stays as written.
 *
 * - An argument wrapped over lines of text (`\textbf{What is the bias-variance` over `tradeoff?}`, as editors wrap)
 *   is read whole and written back line for line (`**What is the bias-variance` over `tradeoff?**`, which Markdown
 *   reads as one bold line); where it runs past a blank line or a line of structure, or its reading would not keep
 *   the lines apart (`\includegraphics`), each line is read alone, as before.
 *
 * This reads the LaTeX a note of questions uses, not all of LaTeX: macros are not expanded.
 */
import { fenceAround } from './code-spans.js';
import { termMarkdown } from './description-terms.js';
import { argumentAt, inlineMarkdown, inlineMarkdownLines } from './latex-inline.js';
import { pipeRow, pipeRule } from './pipe-table.js';

/** Whether a file is a LaTeX note: by its name, as TeX editors decide (a Markdown note about LaTeX quotes `\section` in its code). */
export function isLatexNote(file: string): boolean {
  return /\.(?:tex|ltx)$/i.test(file);
}

export interface LatexNote {
  /** The note as Markdown, one line for each line of the file. */
  markdown: string;
  /** `\title{…}`'s text, if any. */
  title?: string;
}

/** A list the note is in: where its items' markers go (the prefix of the lines around it), and the marker of each. */
interface OpenList {
  kind: 'list';
  env: string;
  /** What opens each item: `1. `, `- `, `- [ ] `. */
  marker: string;
  /** The commands that open an item of it. */
  items: ReadonlySet<string>;
  /** The prefix of a line inside its current item (none yet: the prefix around it). */
  inside: string | undefined;
}

/** A container whose lines take a prefix: a quote, or an environment read as its content (a solution, a figure). */
interface OpenBlock {
  kind: 'quote' | 'content';
  env: string;
}

type Open = OpenList | OpenBlock;

const SECTIONS = ['part', 'chapter', 'section', 'subsection', 'subsubsection', 'paragraph', 'subparagraph'] as const;
const SECTION_LINE = /^\s*\\(part|chapter|section|subsection|subsubsection|paragraph|subparagraph)\*?\s*(?:\[[^\]\n]*\])?\s*\{/;
const BEGIN = /^\s*\\begin\{([A-Za-z]+\*?)\}/;
const END = /^\s*\\end\{([A-Za-z]+\*?)\}/;

const ORDERED_ITEMS: Record<string, ReadonlySet<string>> = {
  questions: new Set(['question', 'titledquestion']),
  parts: new Set(['part']),
  subparts: new Set(['subpart']),
  subsubparts: new Set(['subsubpart']),
  enumerate: new Set(['item']),
};
const BULLET_LISTS = new Set(['itemize', 'description']);
const CHOICE_LISTS = new Set(['choices', 'oneparchoices', 'checkboxes', 'oneparcheckboxes']);
const CHOICE_ITEMS: ReadonlySet<string> = new Set(['choice', 'CorrectChoice']);
const QUOTES = new Set(['quote', 'quotation', 'verse']);
const CODE = new Set(['verbatim', 'Verbatim', 'lstlisting', 'minted', 'alltt']);
/** Display math: the alignments as MathJax's `aligned` (an `align` inside `$$` is refused), the rest as they are. */
const ALIGNED = new Set(['align', 'align*', 'eqnarray', 'eqnarray*', 'flalign', 'flalign*', 'alignat', 'alignat*']);
const GATHERED = new Set(['gather', 'gather*', 'multline', 'multline*']);
const MATH = new Set(['equation', 'equation*', 'displaymath', 'math', ...ALIGNED, ...GATHERED]);
const TABLES = new Set(['tabular', 'tabular*', 'tabularx']);
const HIDDEN = new Set(['comment']);
/** Lines of layout alone: nothing a reader of the note reads. */
const LAYOUT_LINE =
  /^\s*(?:\\(?:maketitle|tableofcontents|listoffigures|listoftables|newpage|clearpage|cleardoublepage|pagebreak|noindent|centering|raggedright|raggedleft|bigskip|medskip|smallskip|hline|toprule|bottomrule|printanswers|noprintanswers|pause|titlepage|pointsinrightmargin|pointsinmargin|nopointsinmargin|qformat\{.*\}|(?:v|h)space\*?\{[^}\n]*\}|(?:author|date|usepackage|documentclass|label|setlength|addtolength|pagestyle|thispagestyle|bibliographystyle|bibliography|input|include)\b.*)\s*)+$/;

/** The note as Markdown, line for line (see above). */
export function latexToMarkdown(text: string): LatexNote {
  const lines = text.split('\n');
  const out: string[] = [];
  const opened: Open[] = [];
  const begins = lines.findIndex((line) => /^\s*\\begin\{document\}/.test(line));
  const levels = headingLevels(lines);
  let title: string | undefined;
  /** The code, math, table or hidden block being read, and what ends it. */
  let block: ({ kind: 'code' | 'math' | 'table' | 'hidden'; env: string; fence?: string; lastContent?: number } & TableRows) | undefined;
  /** A display formula opened by `\[` or `$$` on a line of its own, and what closes it. */
  let display: RegExp | undefined;
  let ended = false;

  const prefix = () => prefixOf(opened);
  for (let n = 0; n < lines.length; n++) {
    const raw = lines[n]!.replace(/\r$/, '');
    const titled = /\\title\s*(?:\[[^\]\n]*\])?\s*\{/.exec(raw);
    if (titled && title === undefined) title = inlineMarkdown(argumentAt(raw, titled.index + titled[0].length - 1)?.content ?? '').trim() || undefined;
    if (ended || n <= begins) {
      out.push('');
      continue;
    }
    if (/^\s*\\end\{document\}/.test(raw)) {
      ended = true;
      out.push('');
      continue;
    }
    if (block) {
      const end = END.exec(raw);
      if (end && end[1] === block.env) {
        if (block.kind === 'math' && ALIGNED.has(block.env) && block.lastContent !== undefined) out[block.lastContent] += ' \\end{aligned}';
        if (block.kind === 'math' && GATHERED.has(block.env) && block.lastContent !== undefined) out[block.lastContent] += ' \\end{gathered}';
        out.push(block.kind === 'code' ? `${prefix()}${block.fence!}` : block.kind === 'math' ? `${prefix()}$$` : '');
        block = undefined;
        continue;
      }
      if (block.kind === 'hidden') out.push('');
      else if (block.kind === 'code') out.push(`${prefix()}${raw}`);
      else if (block.kind === 'math') {
        const content = withoutComment(raw).replace(/\\(?:label\{[^}\n]*\}|nonumber|notag)/g, '').trim();
        if (content === '') {
          out.push(prefix().trimEnd());
          continue;
        }
        const opening = block.lastContent === undefined ? (ALIGNED.has(block.env) ? '\\begin{aligned} ' : GATHERED.has(block.env) ? '\\begin{gathered} ' : '') : '';
        block.lastContent = out.length;
        out.push(`${prefix()}${opening}${content}`);
      } else out.push(tableRow(withoutComment(raw), block, prefix()));
      continue;
    }
    const line = withoutComment(raw);
    if (display) {
      if (display.test(line)) {
        display = undefined;
        out.push(`${prefix()}$$`);
      } else out.push(`${prefix()}${line.trim()}`);
      continue;
    }
    if (/^\s*(?:\\\[|\$\$)\s*$/.test(line)) {
      display = line.trim() === '$$' ? /^\s*\$\$\s*$/ : /^\s*\\\]\s*$/;
      out.push(`${prefix()}$$`);
      continue;
    }

    const begin = BEGIN.exec(line);
    if (begin) {
      const env = begin[1]!;
      const rest = line.slice(begin[0].length);
      if (CODE.has(env)) {
        const fence = fenceAround(environmentLines(lines, n + 1, env));
        block = { kind: 'code', env, fence };
        out.push(`${prefix()}${fence}${codeLanguage(env, rest)}`);
      } else if (MATH.has(env)) {
        block = { kind: 'math', env };
        out.push(`${prefix()}$$`);
      } else if (TABLES.has(env)) {
        block = { kind: 'table', env, rows: 0 };
        out.push('');
      } else if (HIDDEN.has(env)) {
        block = { kind: 'hidden', env };
        out.push('');
      } else if (env === 'document') out.push('');
      else {
        opened.push(openedBy(env));
        // A slide of the table of contents or the title page (`\begin{frame}{Agenda}` over `\tableofcontents`) asks nothing.
        out.push(env === 'frame' && showsOnlyLayout(lines, n + 1) ? prefix().trimEnd() : beginLine(env, rest, prefix(), levels));
      }
      continue;
    }
    const end = END.exec(line);
    if (end) {
      const at = opened.map((open) => open.env).lastIndexOf(end[1]!);
      // An `\end` of nothing open is the note's slip: left out, as LaTeX would stop at it.
      if (at >= 0) opened.length = at;
      out.push(prefix().trimEnd());
      continue;
    }
    const section = SECTION_LINE.exec(line);
    const inExamParts = opened.some((open) => open.kind === 'list' && open.items.has('part'));
    if (section && !(section[1] === 'part' && inExamParts)) {
      const argument = argumentAt(line, section[0].length - 1);
      out.push(`${'#'.repeat(levels.get(section[1]!)!)} ${inlineMarkdown(argument?.content ?? '').trim()}`);
      continue;
    }
    const frameTitle = /^\s*\\frametitle\s*\{/.exec(line);
    if (frameTitle) {
      out.push(`${'#'.repeat(levels.get('frame')!)} ${inlineMarkdown(argumentAt(line, frameTitle[0].length - 1)?.content ?? '').trim()}`);
      continue;
    }
    if (line.trim() === '') {
      // A list of bare `\item`s (no environment around them) ends where a paragraph follows that opens no item.
      const top = opened.at(-1);
      if (top?.kind === 'list' && top.env === '' && !/^\s*\\item(?![A-Za-z])/.test(nextWritten(lines, n + 1))) opened.pop();
      out.push(prefix().trimEnd());
      continue;
    }
    if (LAYOUT_LINE.test(line)) {
      out.push(prefix().trimEnd());
      continue;
    }
    // `\item` where no list is open here: a list of the note's own environment (`\newenvironment{qa}{\begin{itemize}}…`).
    if (/^\s*\\item(?![A-Za-z])/.test(line) && !opened.some((open) => open.kind === 'list' && open.items.has('item'))) {
      opened.push({ kind: 'list', env: '', marker: '- ', items: new Set(['item']), inside: undefined });
    }
    const item = itemAt(line, opened);
    // An argument wrapped over lines of text (`\textbf{What is the bias-variance` over `tradeoff?}`) is read whole, line for line.
    const over = linesOverArgument(line, lines, n, opened);
    const wrapped = over === undefined ? undefined : inlineMarkdownLines([item ? item.rest : line.trim(), ...over.map((next) => next.trim())]);
    const [first = '', ...more] = wrapped ?? [inlineMarkdown(item ? item.rest : line.trim(), true)];
    if (item) {
      const list = item.list;
      const around = prefixOf(opened.slice(0, opened.indexOf(list)));
      const marker = item.correct === undefined ? list.marker : item.correct ? '- [x] ' : '- [ ] ';
      list.inside = around + ' '.repeat(marker.length);
      out.push(`${around}${marker}${item.term !== undefined ? termMarkdown(inlineMarkdown(item.term).trim()) : ''}${first.trim()}`);
    } else out.push(`${prefix()}${first}`);
    for (const next of more) out.push(`${prefix()}${next}`);
    if (wrapped) n += over!.length;
  }
  return { markdown: out.join('\n'), ...(title ? { title } : {}) };
}

/** At most this many lines an argument is read over: an editor's wrapping of a bold question, a footnote. */
const MOST_ARGUMENT_LINES = 8;

/**
 * The lines after line `n` (`line`, without its comment) over which the braced argument it leaves open goes on, up to
 * the one where it closes (`\textbf{What is the bias-variance` over `tradeoff?}`), each without its comment, when it
 * closes on a line of text within MOST_ARGUMENT_LINES: undefined when `line` closes what it opens, or a blank line (a
 * paragraph's end, where TeX would stop) or a line of structure (an environment, an item, a section, display math)
 * comes first. Those lines keep their reading, each alone.
 */
function linesOverArgument(line: string, lines: readonly string[], n: number, opened: readonly Open[]): string[] | undefined {
  let depth = braceDepth(line, 0);
  if (depth <= 0) return undefined;
  const over: string[] = [];
  for (let k = n + 1; k < Math.min(lines.length, n + MOST_ARGUMENT_LINES); k++) {
    const next = withoutComment(lines[k]!);
    if (next.trim() === '' || BEGIN.test(next) || END.test(next) || SECTION_LINE.test(next) || /^\s*\\(?:frametitle|item)(?![A-Za-z])/.test(next)) return undefined;
    if (itemAt(next, opened) || LAYOUT_LINE.test(next) || /^\s*(?:\\\[|\$\$)\s*$/.test(next)) return undefined;
    over.push(next);
    depth = braceDepth(next, depth);
    if (depth <= 0) return depth === 0 ? over : undefined;
  }
  return undefined;
}

/** `depth` (the braces open before `line`) after `line`: its braces counted, an escaped one (`\{`) not. */
function braceDepth(line: string, depth: number): number {
  for (let k = 0; k < line.length; k++) {
    const c = line[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}') depth--;
  }
  return depth;
}

/** Whether the frame whose body starts at line `from` holds layout alone up to its `\end{frame}` (a table of contents, a title page). */
function showsOnlyLayout(lines: readonly string[], from: number): boolean {
  for (let n = from; n < lines.length; n++) {
    const line = withoutComment(lines[n]!);
    if (/^\s*\\end\{frame\}/.test(line)) return true;
    if (line.trim() !== '' && !LAYOUT_LINE.test(line)) return false;
  }
  return false;
}

/** Per sectioning command the note uses, its heading level: the shallowest 1; a frame's title one below the deepest. */
function headingLevels(lines: readonly string[]): Map<string, number> {
  const used = new Set<string>();
  for (const line of lines) {
    const section = SECTION_LINE.exec(line);
    // `\part` with an argument is sectioning; the exam class's `\part` (an item) has none.
    if (section) used.add(section[1]!);
  }
  const levels = new Map<string, number>();
  for (const name of SECTIONS) if (used.has(name)) levels.set(name, Math.min(6, levels.size + 1));
  levels.set('frame', Math.min(6, levels.size + 1));
  return levels;
}

/** What a `\begin{env}` opens, besides the blocks read whole. */
function openedBy(env: string): Open {
  const ordered = ORDERED_ITEMS[env];
  if (ordered) return { kind: 'list', env, marker: '1. ', items: ordered, inside: undefined };
  if (BULLET_LISTS.has(env)) return { kind: 'list', env, marker: '- ', items: new Set(['item']), inside: undefined };
  if (CHOICE_LISTS.has(env)) return { kind: 'list', env, marker: '- [ ] ', items: CHOICE_ITEMS, inside: undefined };
  return { kind: QUOTES.has(env) ? 'quote' : 'content', env };
}

/** The line a `\begin` of a container stands on: a frame's title as a heading, another environment's `[Title]` in bold. */
function beginLine(env: string, rest: string, prefix: string, levels: ReadonlyMap<string, number>): string {
  if (env === 'frame' || env === 'block') {
    // A frame's overlay and options come before its title: `\begin{frame}<2->[fragile]{Title}`.
    const options = /^\s*(?:<[^>\n]*>\s*)?(?:\[[^\]\n]*\]\s*)?/.exec(rest)![0].length;
    const heading = argumentAt(rest, options);
    if (heading) {
      const words = inlineMarkdown(heading.content).trim();
      return env === 'frame' ? `${'#'.repeat(levels.get('frame')!)} ${words}` : `${prefix}**${words}**`;
    }
    if (env === 'frame') return prefix.trimEnd();
  }
  const titled = /^\s*\[([^\]\n]+)\]/.exec(rest);
  return titled && !ORDERED_ITEMS[env] && !BULLET_LISTS.has(env) && !CHOICE_LISTS.has(env) && !/^solution/.test(env) ? `${prefix}**${inlineMarkdown(titled[1]!).trim()}**` : prefix.trimEnd();
}

/** The prefix of a line inside these containers: each list item's indent, each quote's `> `. */
function prefixOf(opened: readonly Open[]): string {
  let prefix = '';
  for (const open of opened) {
    if (open.kind === 'list') prefix = open.inside ?? prefix;
    else if (open.kind === 'quote') prefix += '> ';
  }
  return prefix;
}

/** The item a line opens in the innermost list that has items of its command, if it opens one. */
function itemAt(line: string, opened: readonly Open[]): { list: OpenList; rest: string; term?: string; correct?: boolean } | undefined {
  const command = /^\s*\\(item|question|titledquestion|part|subpart|subsubpart|choice|CorrectChoice)(?![A-Za-z])/.exec(line);
  if (!command) return undefined;
  const name = command[1]!;
  let list: OpenList | undefined;
  for (let k = opened.length - 1; k >= 0 && !list; k--) {
    const open = opened[k]!;
    if (open.kind === 'list' && open.items.has(name)) list = open;
  }
  if (!list) return undefined;
  let rest = line.slice(command[0].length);
  let term: string | undefined;
  if (name === 'titledquestion') {
    const titleArgument = argumentAt(rest, rest.search(/\S/));
    if (titleArgument) {
      term = titleArgument.content;
      rest = rest.slice(titleArgument.end);
    }
  }
  // `[5]`: a question's points; a description item's term.
  const option = /^\s*\[([^\]\n]*)\]/.exec(rest);
  if (option) {
    if (list.env === 'description' && name === 'item') term = option[1]!;
    rest = rest.slice(option[0].length);
  }
  const correct = CHOICE_ITEMS.has(name) ? name === 'CorrectChoice' : undefined;
  return { list, rest, ...(term !== undefined ? { term } : {}), ...(correct !== undefined ? { correct } : {}) };
}

/** A line without its comment: from the first `%` that is not escaped (`\%` is a percent sign). */
function withoutComment(line: string): string {
  for (let k = line.indexOf('%'); k >= 0; k = line.indexOf('%', k + 1)) {
    let slashes = 0;
    while (k - slashes - 1 >= 0 && line[k - slashes - 1] === '\\') slashes++;
    if (slashes % 2 === 0 && !inVerbatimArgument(line, k)) return line.slice(0, k).replace(/\s+$/, '');
  }
  return line.replace(/\r$/, '');
}

/** The first line from `from` with text on it, or the empty string. */
function nextWritten(lines: readonly string[], from: number): string {
  for (let n = from; n < lines.length; n++) if (withoutComment(lines[n]!).trim() !== '') return lines[n]!;
  return '';
}

/** Whether offset `at` of a line is inside `\verb|…|` or a `\url{…}` / `\href{…}` address, where `%` is a character as typed. */
function inVerbatimArgument(line: string, at: number): boolean {
  for (const found of line.matchAll(/\\verb\*?([^A-Za-z\s*])|\\(?:url|href)\{/g)) {
    const start = found.index + found[0].length;
    if (start > at) break;
    const end = found[1] !== undefined ? line.indexOf(found[1], start) : line.indexOf('}', start);
    if (end < 0 || at < end) return true;
  }
  return false;
}

/** An environment's lines from `from` up to its `\end` (or the file's end): a code environment's, which its fence must hold. */
function environmentLines(lines: readonly string[], from: number, env: string): readonly string[] {
  let end = from;
  while (end < lines.length && END.exec(lines[end]!)?.[1] !== env) end++;
  return lines.slice(from, end);
}

/** The language a code environment names: `minted`'s `{python}`, `lstlisting`'s `[language=Python]`. */
function codeLanguage(env: string, rest: string): string {
  if (env === 'minted') return /^\s*(?:\[[^\]\n]*\])?\s*\{([A-Za-z0-9+#.-]+)\}/.exec(rest)?.[1]?.toLowerCase() ?? '';
  if (env === 'lstlisting') return /language\s*=\s*(?:\[[^\]\n]*\])?\{?([A-Za-z0-9+#.-]+)/.exec(rest)?.[1]?.toLowerCase() ?? '';
  return '';
}

/** A row of a `tabular` as a Markdown table's row; the rule under its first row as the delimiter row. */
interface TableRows {
  /** Rows of a table read so far (the rule under the first counts as one), and its header's cells. */
  rows?: number;
  cells?: number;
}

function tableRow(line: string, table: TableRows, prefix: string): string {
  const content = line.trim();
  const rule = /^(?:\\(?:hline|midrule|toprule|bottomrule|cline\{[^}]*\})\s*)+$/.test(content);
  if (rule || content === '') {
    // The rule under the header: Markdown's delimiter row, as many cells as the header has.
    if (rule && table.rows === 1 && /\\(?:hline|midrule)/.test(content)) {
      table.rows = 2;
      return `${prefix}${pipeRule(table.cells ?? 1)}`;
    }
    return prefix.trimEnd();
  }
  const cells = content
    .replace(/\\\\(?:\[[^\]\n]*\])?\s*(?:\\hline\s*)?$/, '')
    .split(/(?<!\\)&/)
    .map((cell) => inlineMarkdown(cell.trim()));
  if (table.rows === 0) table.cells = cells.length;
  table.rows = (table.rows ?? 0) + 1;
  return `${prefix}${pipeRow(cells)}`;
}
