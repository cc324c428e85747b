/**
 * Hugo shortcodes, `{{< name args >}}` and `{{% name args %}}`, as the built
 * page would show them:
 * - `details` (and its cousins `expand`, `spoiler`, `collapse`, `toggle`,
 *   `accordion`) is a `<details>` whose `<summary>` is its title: a title that
 *   asks is a question with the body as its answer, "Answer" only hides one;
 * - LoveIt's, DoIt's and FixIt's `admonition` of a kind that may hold a question (`question`, `faq`, `example`, `tip`,
 *   `note`) with a title (`{{< admonition question "What is …?" false >}}`, `type=question title="…"`) is one too,
 *   its title the summary; another kind (`warning`) or one untitled is a box (hugo-boxes.ts);
 * - `katex` (`math`, `tex`, `latex`) keeps its math: around bare TeX it is
 *   written over with `$` (inline) or `$$` (on lines of their own); alone,
 *   it only switched KaTeX on for the page, and vanishes;
 * - `highlight` (`{{< highlight python "linenos=table" >}}` … `{{< /highlight >}}`, each alone on its
 *   line) is a code block of that language, written over with a backtick fence, as Jekyll's is
 *   (liquid-tags.ts);
 * - `figure` is its picture, `![alt](src)` (the alt text its `alt`, else its `title` or `caption`);
 * - the documentation themes' tabs and boxes (`tab`, `hint`, `alert`, `callout`, `notice`, an `admonition` that folds no question) are titled tabs and callouts
 *   (hugo-boxes.ts);
 * - any other shortcode's tags are left out, what it wraps kept, with a note.
 * Hugo's own escape (a comment inside the delimiters, `{{</*` ... `*` + `/>}}`)
 * shows the shortcode as written and is not touched.
 */
import type { Html, Nodes, Parents, Root } from 'mdast';
import { columnOf, findAfter, isLiteral, longestBacktickRun, markupOn, type MarkupReading, type ProseLine } from './site-markup.js';
import { lineEnd, lineStart } from './prose-lines.js';
import { linkDestination } from './markdown-link.js';
import { readShortcodeBox } from './hugo-boxes.js';
import { isInterrogative } from '../wording/interrogative.js';

/**
 * A `details` shortcode: an opening one has a summary. Its HTML goes before
 * the block that starts after it, so a closing one written at the end of the
 * answer's last line (`... weights. {{< /details >}}`) closes after that block.
 */
export interface DetailsWrapper {
  line: number;
  start: number;
  end: number;
  column: number;
  endColumn: number;
  /** The title of an opening shortcode ('' when it has none); undefined for the closing one. */
  summary?: string;
}

/** `{{<` closes with `>}}`, `{{%` with `%}}`. */
const SHORTCODE = /\{\{(?:<[ \t]*(\/?)[ \t]*([A-Za-z][\w.-]*)([^\n]*?)[ \t]*>|%[ \t]*(\/?)[ \t]*([A-Za-z][\w.-]*)([^\n]*?)[ \t]*%)\}\}/g;
/** The names a fold goes by, as a shortcode and as a custom container (custom-containers.ts). */
export const DETAILS_SHORTCODES: ReadonlySet<string> = new Set(['details', 'expand', 'spoiler', 'collapse', 'toggle', 'accordion']);
const MATH = new Set(['katex', 'math', 'tex', 'latex']);
/**
 * The kinds of admonition that fold a question's answer under their title, as a `details` shortcode does; a `tip` or
 * `note` only under a title that asks (`tip "참고"` is an aside, left as any other shortcode's body).
 */
const ASKING_ADMONITIONS: ReadonlySet<string> = new Set(['question', 'faq', 'example']);
const ASIDE_ADMONITIONS: ReadonlySet<string> = new Set(['tip', 'note']);
/** An opening `admonition` shortcode, its arguments captured: the last before a closing one is the one it closes. */
const OPEN_ADMONITION = /\{\{(?:<[ \t]*admonition\b([^\n]*?)[ \t]*>|%[ \t]*admonition\b([^\n]*?)[ \t]*%)\}\}/gi;

const HIGHLIGHT_LINE = /^([ \t>]*)\{\{([<%])[ \t]*highlight[ \t]+([\w+#.-]+)[^\n]*?[>%]\}\}[ \t]*$/;
/** A closing `highlight` shortcode's line, and an opening one (multiline, for `findAfter`). */
const END_HIGHLIGHT = /^[ \t>]*\{\{[<%][ \t]*\/[ \t]*highlight[ \t]*[>%]\}\}[ \t]*$/gm;
const OPEN_HIGHLIGHT = /\{\{[<%][ \t]*highlight[ \t]/gm;

export function readShortcodes(line: ProseLine, reading: MarkupReading): void {
  if (readHighlight(line, reading)) return;
  for (const match of markupOn(line, reading, SHORTCODE)) {
    const written = match[0];
    const closing = match[1] ?? match[4]!;
    const name = match[2] ?? match[5]!;
    const args = match[3] ?? match[6]!;
    const start = match.offset;
    const end = start + written.length;
    const kind = name.toLowerCase();
    const folds = DETAILS_SHORTCODES.has(kind) || (kind === 'admonition' && foldTitle(closing ? openingAdmonition(reading.source, start) : args) !== undefined);
    if (folds) {
      const summary = kind === 'admonition' ? foldTitle(args) : titleOf(args);
      reading.details.push({ line: line.number, start, end, column: columnOf(line, start), endColumn: columnOf(line, end), ...(closing ? {} : { summary }) });
      reading.text.blank(start, end);
      continue;
    }
    if (MATH.has(kind) && !closing) {
      readMath(match, kind, line, reading);
      continue;
    }
    if (kind === 'figure' && !closing) {
      const picture = figureOf(args);
      if (picture && picture.length <= end - start) {
        reading.text.overwrite(start, end, picture);
        continue;
      }
    }
    if (readShortcodeBox({ name: kind, closing: closing === '/', args, start, end }, line, reading)) continue;
    reading.text.blank(start, end);
    if (closing) continue; // the opening one was noted
    reading.notes.push({
      line: line.number,
      column: columnOf(line, start),
      ruleId: 'hugo-shortcode',
      message: `Left out the tags of the Hugo shortcode \`${written}\`, which qbank does not know: what it wraps is kept`,
    });
  }
}

/**
 * A `highlight` shortcode alone on its line, closed by one alone on a later line: a fence of backticks (one
 * more than any run in the code) over each. One never closed is left to the notes' rule for other shortcodes.
 */
function readHighlight(line: ProseLine, reading: MarkupReading): boolean {
  const open = HIGHLIGHT_LINE.exec(reading.text.slice(line.start, line.end));
  if (!open || isLiteral(reading, line.start + open[1]!.length, line.end)) return false;
  const close = findAfter(reading, END_HIGHLIGHT, line.end + 1);
  // Closed only by its own closer: one left open is not closed by the next block's.
  const another = findAfter(reading, OPEN_HIGHLIGHT, line.end + 1);
  if (!close || (another && another.index < close.index)) return false;
  const fence = '`'.repeat(Math.max(2, longestBacktickRun(reading.source, line.end + 1, close.index)) + 1);
  reading.text.overwrite(line.start + open[1]!.length, line.end, `${fence}${open[3]}`);
  const indent = /^[ \t>]*/.exec(close[0])![0].length;
  reading.text.overwrite(close.index + indent, close.index + close[0].length, fence);
  return true;
}

/** The picture a `figure` shortcode shows, as Markdown: undefined without a `src`. */
function figureOf(args: string): string | undefined {
  const attribute = (name: string) => {
    const found = new RegExp(`\\b${name}[ \\t]*=[ \\t]*(?:"([^"]*)"|'([^']*)'|([^\\s"']+))`).exec(args);
    return found ? (found[1] ?? found[2] ?? found[3]!).trim() : undefined;
  };
  const src = attribute('src');
  if (!src) return undefined;
  // An empty `alt=""` gives way to the title or caption; brackets would end the alt text.
  const alt = (attribute('alt') || attribute('title') || attribute('caption') || '').replace(/[[\]]/g, '').replace(/\s+/g, ' ').trim();
  return `![${alt}](${linkDestination(src)})`;
}

/** The title a `details` shortcode shows: `title="..."` (or `summary=`), else its first argument. */
function titleOf(args: string): string {
  const named = /\b(?:title|summary|text|question)[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|`([^`]*)`)/.exec(args);
  if (named) return (named[1] ?? named[2] ?? named[3]!).trim();
  const positional = /^[ \t]*(?:"([^"]*)"|'([^']*)'|`([^`]*)`|([^\s=]+)(?=\s|$))/.exec(args);
  return positional ? (positional[1] ?? positional[2] ?? positional[3] ?? positional[4]!).trim() : '';
}

/**
 * The title an `admonition` shortcode folds its body under, when its kind may hold a question: positional
 * (`question "What is …?" false`, the kind first) or named (`type=question title="…" open=false`). Undefined for
 * another kind or with no title.
 */
function foldTitle(args: string): string | undefined {
  const named = /\btype[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)'|([^\s"']+))/.exec(args);
  const positional = named ? undefined : /^[ \t]*([A-Za-z][\w-]*)(?=\s|$)/.exec(args);
  const kind = named ? (named[1] ?? named[2] ?? named[3]!) : positional?.[1];
  const folding = kind?.trim().toLowerCase() ?? '';
  if (!ASKING_ADMONITIONS.has(folding) && !ASIDE_ADMONITIONS.has(folding)) return undefined;
  const title = titleOf(named ? args : args.slice(positional![0].length));
  // A named form's first argument, when it has no `title=`, is its `type=` itself.
  if (!title || /=/.test(title)) return undefined;
  return ASKING_ADMONITIONS.has(folding) || isInterrogative(title) ? title : undefined;
}

/** The arguments of the `admonition` shortcode a closing one at `offset` closes: the last one opened before it. */
function openingAdmonition(source: string, offset: number): string {
  let last = '';
  for (const match of source.slice(0, offset).matchAll(OPEN_ADMONITION)) last = match[1] ?? match[2]!;
  return last;
}

/**
 * A math shortcode and its closing partner (before any other opening one of
 * the same name). Math that carries its own delimiters needs none.
 */
function readMath(match: RegExpExecArray & { offset: number }, kind: string, line: ProseLine, reading: MarkupReading): void {
  const start = match.offset;
  const end = start + match[0].length;
  const [open, close] = match[2] !== undefined ? ['<', '>'] : ['%', '%'];
  const closing = findAfter(reading, new RegExp(`\\{\\{${open}[ \\t]*\\/[ \\t]*${kind}[ \\t]*${close}\\}\\}`, 'gi'), end);
  const another = findAfter(reading, new RegExp(`\\{\\{[<%][ \\t]*${kind}\\b`, 'gi'), end);
  reading.text.blank(start, end);
  if (!closing || (another && another.index < closing.index)) return; // it switched KaTeX on
  const closeStart = closing.index;
  const closeEnd = closeStart + closing[0].length;
  const tex = reading.source.slice(end, closeStart).trim();
  reading.text.blank(closeStart, closeEnd);
  if (/^(?:\$|\\\(|\\\[)/.test(tex)) return;
  const closeLineStart = lineStart(reading.source, closeStart);
  const closeLineEnd = lineEnd(reading.source, closeStart);
  const closeAlone = reading.source.slice(closeLineStart, closeLineEnd).trim() === closing[0];
  const openAlone = reading.source.slice(line.start, line.end).trim() === match[0];
  if (openAlone && closeAlone && closeLineStart > line.end) {
    reading.text.overwrite(start, end, '$$');
    reading.text.overwrite(closeStart, closeEnd, '$$');
  } else {
    // `$` against the TeX on both sides, so that it reads as math, not as a price.
    reading.text.overwrite(end - 1, end, '$');
    reading.text.overwrite(closeStart, closeStart + 1, '$');
  }
}

/**
 * Put the `<details>` HTML each `details` shortcode makes into the tree, where
 * the shortcode's (blanked) line stands: the extractor reads `<details>`
 * blocks the same way whether Hugo or the author wrote them.
 */
export function insertDetailsBlocks(tree: Root, wrappers: readonly DetailsWrapper[]): void {
  for (const wrapper of wrappers) {
    const value = wrapper.summary === undefined ? '</details>' : wrapper.summary ? `<details><summary>${wrapper.summary}</summary>` : '<details>';
    const node: Html = {
      type: 'html',
      value,
      position: {
        start: { line: wrapper.line, column: wrapper.column, offset: wrapper.start },
        end: { line: wrapper.line, column: wrapper.endColumn, offset: wrapper.end },
      },
    };
    insertBlock(tree, node, wrapper.start);
  }
}

/** Insert among the children of the innermost list, item or quote that holds `offset`, in source order. */
function insertBlock(parent: Parents, node: Html, offset: number): void {
  const children = parent.children as Nodes[];
  const holds = (child: Nodes) => {
    const position = child.position;
    return position !== undefined && position.start.offset! < offset && offset < position.end.offset!;
  };
  // A list holds only items: a line between two of them stands beside the list.
  const holder = children.find(
    (child) => holds(child) && (child.type === 'listItem' || child.type === 'blockquote' || (child.type === 'list' && child.children.some(holds))),
  );
  if (holder) return insertBlock(holder as Parents, node, offset);
  const index = children.findIndex((child) => (child.position?.start.offset ?? -1) >= offset);
  children.splice(index === -1 ? children.length : index, 0, node);
}
