/**
 * A Scrapbox page (scrapbox.io) copied as text, read as the Markdown it stands for, line for line, as an Org note is
 * (org-mode.ts): each line of the Markdown is the same line of the page, so every question, answer and note stands
 * at the page's own line.
 *
 * A page is lines of plain text: the first is its title, and each line after it is indented by a space (or a tab)
 * per level of its outline, with no bullet (Scrapbox draws one). So:
 *
 * - The title is a level-one heading. A line of the outline's top level that is only a bold bracket (`[* Topic]`,
 *   `[** …]`, `[*** …]`, more stars a bigger one) is a heading under it, the biggest the page uses at that level a
 *   level-two heading; indented, such a line is a bold item of its list.
 * - The indented lines under a heading are a list, each level one deeper; under a line of the top level they are
 *   its nested items, and it is then an item of the list itself. A run of top-level lines with no indented line
 *   among them (or under them) is a paragraph, its lines each a line of it, as a Markdown note's are.
 * - `>` opens a quote; `code:name` opens a code block of the lines indented under it (its language from the name:
 *   `code:py`, `code:main.py`, `code:sort(js)`); `table:name` a table of the lines indented under it, their cells
 *   parted by tabs, its first row the header (written on the `table:` line, the name not kept: a Markdown table's
 *   rule needs a line of its own, the first row's).
 * - In text: brackets, code and formulas as scrapbox-inline.ts reads them; `#tag` stays as it is, Markdown's tag.
 *
 * Only what a page of questions and answers uses is read.
 */
import type { Code, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { escapedText } from './escaped-text.js';
import { pipeRow, pipeRule } from './pipe-table.js';
import { boldLine, inlineMarkdown, plainMarkdown } from './scrapbox-inline.js';

/** A bold bracket opening anywhere in a line. */
const BOLD_BRACKET = /\[\*{1,10} \S/;
/** A line of an outline as Markdown or copied text writes it: a bullet before its text. */
const BULLETED = /^[ \t]*(?:[-*+•◦▪‣●○■・]|\d{1,3}[.)])(?:[ \t]|$)/;
/** Markdown's own syntax, which a Scrapbox page does not use: a heading's hashes, a fence, `**bold**`, a `[link](url)`'s `](`. */
const MARKDOWN_SYNTAX = /^#{1,6}[ \t]|^[ \t]*(?:```|~~~)|\*\*[^*\n]+\*\*|\]\(\S/;
/** `code:name` and `table:name`, each opening a block of the lines indented under it. */
const BLOCK_OPENER = /^(code|table):(\S.*)$/;

/**
 * Whether copied text is a Scrapbox page: from its content, as a copy has no telling name. Two lines or more with a
 * bold bracket (`[* …]`), and more lines indented with no bullet than with one (two at least): Scrapbox's outline.
 * Nothing of Markdown's own syntax: a Markdown note quoting `[* x]` is Markdown.
 */
export function isScrapboxPage(text: string, lines: readonly string[] = text.split('\n')): boolean {
  // Most notes have no bold bracket at all: their lines are not read.
  if (!BOLD_BRACKET.test(text)) return false;
  let bold = 0;
  let indented = 0;
  let bulleted = 0;
  for (const line of lines) {
    if (MARKDOWN_SYNTAX.test(line)) return false;
    if (BOLD_BRACKET.test(line)) bold++;
    if (BULLETED.test(line)) bulleted++;
    else if (/^[ \t]+\S/.test(line)) indented++;
  }
  return bold >= 2 && indented >= 2 && indented > bulleted;
}

export interface ScrapboxPage {
  /** The page as Markdown, one line for each line of the page. */
  markdown: string;
  /** The page's title, its first line. */
  title?: string;
  /** The page's code blocks, by the line of the Markdown where each stands (its `code:` line): their language and code. */
  code: Map<number, { lang?: string; value: string }>;
}

/** A line of the page: its indent (one level a space or a tab), its text after it, and its kind. */
interface PageLine {
  indent: number;
  text: string;
  kind: 'text' | 'quote' | 'heading' | 'code' | 'table' | 'blank';
  /** A heading's bold bracket: its stars and its text. */
  bold?: { stars: number; text: string };
  /** A block's lines indented under its opener (`code:`, `table:`), as 0-based line numbers. */
  body?: number[];
}

/** The page as Markdown, line for line (see above). */
export function scrapboxToMarkdown(lines: readonly string[]): ScrapboxPage {
  const out = lines.map(() => '');
  const code: ScrapboxPage['code'] = new Map();
  const first = lines[0] ?? '';
  const titled = /^\S/.test(first) && !boldLine(first.trim());
  const title = titled ? first.trim() : undefined;
  if (title !== undefined) out[0] = `# ${plainMarkdown(title)}`;
  const read = readLines(lines, titled ? 1 : 0);
  const levels = headingLevels(read);
  // Runs of lines with no blank line or heading between them: each a paragraph or an outline.
  let run: number[] = [];
  const writeRun = () => {
    if (run.length > 0) writeOutlineOrParagraph(run, read, lines, out, code);
    run = [];
  };
  for (const [n, line] of read) {
    if (line.kind === 'blank') writeRun();
    else if (line.kind === 'heading') {
      writeRun();
      const bold = line.bold!;
      out[n] = `${'#'.repeat(levels.get(bold.stars)!)} ${inlineMarkdown(bold.text, false).trim()}`;
    } else run.push(n);
  }
  writeRun();
  return { markdown: out.join('\n'), ...(title !== undefined ? { title } : {}), code };
}

/** Each line from `from` on with what it is, the lines of a code block or table under their opener only. */
function readLines(lines: readonly string[], from: number): Map<number, PageLine> {
  const read = new Map<number, PageLine>();
  for (let n = from; n < lines.length; n++) {
    const line = lines[n]!;
    const indent = /^[ \t]*/.exec(line)![0].length;
    const text = line.slice(indent).trimEnd();
    if (text === '') {
      read.set(n, { indent: 0, text: '', kind: 'blank' });
      continue;
    }
    const opener = BLOCK_OPENER.exec(text);
    // A block's lines: those indented deeper than its opener (a line of spaces that deep too: an empty line of code).
    const body: number[] = [];
    if (opener) for (let next = n + 1; next < lines.length && /^[ \t]*/.exec(lines[next]!)![0].length > indent; next++) body.push(next);
    if (opener && body.length > 0) {
      read.set(n, { indent, text, kind: opener[1] as 'code' | 'table', body });
      n = body.at(-1)!;
      continue;
    }
    const bold = indent === 0 ? boldLine(text) : undefined;
    read.set(n, bold ? { indent, text, kind: 'heading', bold } : { indent, text, kind: /^>/.test(text) ? 'quote' : 'text' });
  }
  return read;
}

/** The Markdown heading level of each size of bold bracket that heads the page's top level: the biggest (most stars) level two. */
function headingLevels(read: Map<number, PageLine>): Map<number, number> {
  const sizes = new Set<number>();
  for (const line of read.values()) if (line.bold) sizes.add(line.bold.stars);
  const levels = new Map<number, number>();
  [...sizes].sort((a, b) => b - a).forEach((size, k) => levels.set(size, Math.min(6, k + 2)));
  return levels;
}

/**
 * A run of lines as Markdown. Top-level lines alone are a paragraph (a code block or table among them stands on
 * its own). With indented lines the run is an outline and each line an item of a list, so that no line of it goes
 * on with the item above it, as Markdown reads a line that is not a list's; so is a run where a line comes right
 * after a quote or a table, which it would go on with.
 */
function writeOutlineOrParagraph(run: readonly number[], read: Map<number, PageLine>, lines: readonly string[], out: string[], code: ScrapboxPage['code']): void {
  const outline = run.some((n, k) => read.get(n)!.indent > 0 || (k > 0 && read.get(n)!.kind === 'text' && ['quote', 'table'].includes(read.get(run[k - 1]!)!.kind)));
  /** Whether a top-level line came before in the run: indented lines are then its items' (one level deeper than under a heading). */
  let underTopLine = false;
  let previousDepth = -1;
  for (const n of run) {
    const line = read.get(n)!;
    if (line.indent === 0 && line.kind !== 'code' && line.kind !== 'table') underTopLine = true;
    const depth = outline ? Math.max(0, Math.min(previousDepth + 1, line.indent === 0 ? 0 : line.indent - (underTopLine ? 0 : 1))) : 0;
    previousDepth = depth;
    const pad = ' '.repeat(2 * depth);
    switch (line.kind) {
      case 'code':
        writeCode(n, line, depth, lines, out, code);
        break;
      case 'table':
        writeTable(n, line, outline ? depth : undefined, lines, out);
        break;
      case 'quote':
        out[n] = `${outline ? `${pad}- ` : ''}> ${inlineMarkdown(line.text.replace(/^>[ \t]?/, ''))}`;
        break;
      default:
        out[n] = outline ? `${pad}- ${inlineMarkdown(line.text)}` : inlineMarkdown(line.text);
    }
  }
}

/**
 * A code block, in the Markdown an HTML `<pre>` over its lines (at its list's own indent, in the item above it), put
 * as its code in the tree by readScrapboxCode: a fence would need a line to close it that the page does not have,
 * while `</pre>` ends the block on its last line.
 */
function writeCode(n: number, line: PageLine, depth: number, lines: readonly string[], out: string[], code: ScrapboxPage['code']): void {
  const pad = ' '.repeat(2 * depth);
  const body = line.body!;
  out[n] = `${pad}<pre>`;
  for (const k of body) out[k] = `${pad}${escapedText(lines[k]!.slice(line.indent + 1))}`;
  out[body.at(-1)!] += '</pre>';
  const lang = codeLanguage(BLOCK_OPENER.exec(line.text)![2]!);
  code.set(n + 1, { ...(lang ? { lang } : {}), value: body.map((k) => lines[k]!.slice(line.indent + 1).trimEnd()).join('\n') });
}

/** A code block's language from its name: `py`, `main.py`'s extension, `sort(js)`'s brackets. */
function codeLanguage(name: string): string | undefined {
  const trimmed = name.trim();
  const bracketed = /^[^()]*\(([\w+#-]{1,20})\)$/.exec(trimmed);
  const dot = trimmed.lastIndexOf('.');
  const named = bracketed?.[1] ?? (dot >= 0 ? trimmed.slice(dot + 1) : trimmed);
  return /^[\w+#-]{1,20}$/.test(named) ? named.toLowerCase() : undefined;
}

/**
 * A table: its first row the header, on the `table:` line, and the first row's own line the rule under it (a
 * Markdown table's rule needs a line of its own). In an outline it is an item of the list (a table right under an
 * item's text would be read as more of it).
 */
function writeTable(n: number, line: PageLine, depth: number | undefined, lines: readonly string[], out: string[]): void {
  const rows = line.body!.map((k) => lines[k]!.slice(line.indent + 1).split('\t').map((cell) => inlineMarkdown(cell.trim(), false)));
  const width = Math.max(...rows.map((cells) => cells.length));
  const bullet = depth === undefined ? '' : `${' '.repeat(2 * depth)}- `;
  const pad = depth === undefined ? '' : ' '.repeat(2 * depth + 2);
  out[n] = `${bullet}${pipeRow(rows[0]!, width)}`;
  line.body!.forEach((k, i) => {
    out[k] = `${pad}${i === 0 ? pipeRule(width) : pipeRow(rows[i]!, width)}`;
  });
}

/** The page's code blocks, `<pre>` in its Markdown (writeCode), as the code they are: their language, their lines as written. */
export function readScrapboxCode(tree: Root, page: ScrapboxPage): void {
  if (page.code.size === 0) return;
  visit(tree, 'html', (node, index, parent) => {
    const block = node.position ? page.code.get(node.position.start.line) : undefined;
    if (!block || !parent || index === undefined) return;
    const code: Code = { type: 'code', lang: block.lang ?? null, meta: null, value: block.value, ...(node.position ? { position: node.position } : {}) };
    parent.children[index] = code;
  });
}
