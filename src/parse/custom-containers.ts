/**
 * Custom containers, fenced by lines of colons, as VitePress, VuePress and Docusaurus sites (markdown-it-container,
 * remark-directive) and Pandoc or Quarto notes (fenced divs) write them:
 *
 *     ::: details What is overfitting?
 *     Fitting the noise of the training data.
 *     :::
 *
 * - `details` (and `spoiler`, `collapse`, `toggle`, `expand`, `accordion`, as Hugo's shortcodes name it) is a
 *   `<details>` whose `<summary>` is its title, as the site shows it: a title that asks is a question answered by
 *   the body, `정답` or `Answer` only hides an answer (hugo-shortcodes.ts puts the HTML in the tree);
 *   Quarto's callouts that fold (`::: {.callout-tip collapse="true"}`) are one too, and so is a box titled `Hint`, a
 *   hint's fold to the extractor (extract/hints.ts);
 * - any other (`::: tip 提示`, `:::warning[Careful]`, `::: {.callout-note title="Why?"}`) is a box around its body:
 *   its title stays, in bold, over the body, as a callout's title shows (callouts.ts), and its fences go.
 * A fold with no title that opens with a heading (`## Answer`) takes it for its summary, as Quarto does; a box's
 * heading stays a heading of the note (a tabset of `## What is X?` questions).
 *
 * A fence closes the innermost container open whose fence is no longer than it (so `::::` can hold `:::`). A line
 * of colons that closes nothing, and an opening fence never closed, are left as written.
 */
import { DETAILS_SHORTCODES, type DetailsWrapper } from './hugo-shortcodes.js';
import { HINT_TITLE } from '../wording/interrogative.js';
import { lineEnd } from './prose-lines.js';
import { columnOf, findAfter, type MarkupReading, type ProseLine } from './site-markup.js';

/**
 * `::: name title`, `:::name[title]{attributes}`, `::: {.class title="…"}` alone on its line, after a quote's
 * markers or an indent: 1 the colons, 2 the name, 3 the rest (a title, then attributes).
 */
const OPENING = /^[ \t>]*(:{3,})[ \t]*(?:([A-Za-z][\w-]*)|(?=\{))(.*)$/;
const CLOSING_LINE = /^[ \t>]*(:{3,})[ \t]*$/;
/** A closing fence's line, for `findAfter` (multiline). */
const CLOSING = /^[ \t>]*:{3,}[ \t]*$/gm;

const COLLAPSE = /\bcollapse[ \t]*=[ \t]*["']?(?:true|false)\b/;
/** A heading's line and its text (a title's length at most: no trying every end of a long line). */
const ATX_HEADING = /^[ \t>]*#{1,6}[ \t]+(\S.{0,199}?)(?:[ \t]+#+)?[ \t]*$/;

/** An open container: how many colons fenced it, whether it is a `<details>`, and what its opening changed. */
export interface OpenContainer {
  colons: number;
  details: boolean;
  /** The opening fence's stretch, and the heading line taken for its title: put back if no fence closes it. */
  written: Array<[number, number]>;
  /** The `<details>` HTML its opening fence stands for, taken back with it. */
  wrapper?: DetailsWrapper;
}

/** Whether a note may hold a container: a line that opens with three colons. */
export const ANY_CONTAINER = /^[ \t>]*:::/m;

export function readContainerFence(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const closing = CLOSING_LINE.exec(text);
  if (closing) {
    const open = reading.containers.at(-1);
    if (!open || closing[1]!.length < open.colons) return;
    reading.containers.pop();
    const start = line.start + text.indexOf(':');
    if (open.details) reading.details.push(detailsAt(line, start, line.end));
    reading.text.blank(start, line.end);
    return;
  }
  const opening = OPENING.exec(text);
  if (!opening || !findAfter(reading, CLOSING, line.end + 1)) return;
  const name = (opening[2] ?? '').toLowerCase();
  const { title: written, attributes } = titleOf(opening[3]!);
  const start = line.start + text.indexOf(':');
  const heading = written ? undefined : headingBelow(line, reading);
  const title = written || (heading?.title ?? '');
  // Quarto's callout that folds (`collapse="true"`, or `"false"`: open, but it folds) is a `<details>` as a site's; so is a
  // box titled as a hint, which the extractor then reads as a hint fold: shown with its question, no part of its answer.
  const details = DETAILS_SHORTCODES.has(name) || COLLAPSE.test(attributes) || HINT_TITLE.test(title);
  const open: OpenContainer = { colons: opening[1]!.length, details, written: [[start, line.end]] };
  reading.containers.push(open);
  if (details) {
    // A fold's heading is its summary (`## Answer` under a callout that folds); a box's stays a heading of the note.
    if (heading) {
      open.written.push([heading.start, heading.end]);
      reading.text.blank(heading.start, heading.end);
    }
    open.wrapper = { ...detailsAt(line, start, line.end), summary: title };
    reading.details.push(open.wrapper);
    reading.text.blank(start, line.end);
    return;
  }
  // The title in bold fits where the fence, its name (or attributes) and the title stood.
  if (written && written.length + 4 <= line.end - start) reading.text.overwrite(start, line.end, `**${written}**`);
  else reading.text.blank(start, line.end);
}

/**
 * Puts back, as written, the opening fences no prose fence closed (their only closing one in code): a fence never
 * closed stays as written (read after the note's last line).
 */
export function reopenUnclosed(reading: MarkupReading): void {
  for (const open of reading.containers.splice(0)) {
    for (const [start, end] of open.written) reading.text.overwrite(start, end, reading.source.slice(start, end));
    if (open.wrapper) reading.details.splice(reading.details.indexOf(open.wrapper), 1);
  }
}

/** A heading right under a container's opening fence with no title (`::: {.callout-tip}` over `## Answer`): Quarto's title. */
function headingBelow(line: ProseLine, reading: MarkupReading): { title: string; start: number; end: number } | undefined {
  const next = line.end + 1;
  if (next >= reading.source.length) return undefined;
  const end = lineEnd(reading.source, next);
  const heading = ATX_HEADING.exec(reading.text.slice(next, end));
  return heading ? { title: heading[1]!, start: next, end } : undefined;
}

function detailsAt(line: ProseLine, start: number, end: number): DetailsWrapper {
  return { line: line.number, start, end, column: columnOf(line, start), endColumn: columnOf(line, end) };
}

/**
 * The title after a container's name: `[Title]` (remark-directive, Docusaurus), else the text before any `{attributes}`,
 * else a `title="…"` attribute; and the attributes. The last `{` opens them: one search, not one from every brace.
 */
function titleOf(rest: string): { title: string; attributes: string } {
  const trimmed = rest.trim();
  const bracketed = /^\[([^\]]*)\]/.exec(trimmed);
  const open = trimmed.endsWith('}') ? trimmed.lastIndexOf('{') : -1;
  const attributes = open === -1 ? '' : trimmed.slice(open + 1, -1);
  if (bracketed) return { title: bracketed[1]!.trim(), attributes };
  const before = (open === -1 ? trimmed : trimmed.slice(0, open)).trim();
  if (before) return { title: before, attributes };
  const named = /\btitle[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')/.exec(attributes);
  return { title: named ? (named[1] ?? named[2]!).trim() : '', attributes };
}
