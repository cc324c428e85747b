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
 * A container with no title that opens with a heading (`## Answer`) takes it for its title, as Quarto does.
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

const COLLAPSE = /\{[^}]*\bcollapse[ \t]*=[ \t]*["']?(?:true|false)\b/;
const ATX_HEADING = /^[ \t>]*#{1,6}[ \t]+(.+?)(?:[ \t]+#+)?[ \t]*$/;

/** An open container: how many colons fenced it, and whether it is a `<details>`. */
export interface OpenContainer {
  colons: number;
  details: boolean;
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
  const title = titleOf(opening[3]!) || headingTitle(line, reading);
  const start = line.start + text.indexOf(':');
  // Quarto's callout that folds (`collapse="true"`, or `"false"`: open, but it folds) is a `<details>` as a site's; so is a
  // box titled as a hint, which the extractor then reads as a hint fold: shown with its question, no part of its answer.
  const details = DETAILS_SHORTCODES.has(name) || COLLAPSE.test(opening[3]!) || HINT_TITLE.test(title);
  reading.containers.push({ colons: opening[1]!.length, details });
  if (details) {
    reading.details.push({ ...detailsAt(line, start, line.end), summary: title });
    reading.text.blank(start, line.end);
    return;
  }
  // The title in bold fits where the fence, its name (or attributes) and the title stood.
  if (title && title.length + 4 <= line.end - start) reading.text.overwrite(start, line.end, `**${title}**`);
  else reading.text.blank(start, line.end);
}

/**
 * A heading that opens a container with no title of its own is its title (`::: {.callout-tip}` over `## Answer`, as
 * Quarto reads a callout): it is taken off its line, lest it read as a section of the note.
 */
function headingTitle(line: ProseLine, reading: MarkupReading): string {
  const next = line.end + 1;
  if (next >= reading.source.length) return '';
  const end = lineEnd(reading.source, next);
  const heading = ATX_HEADING.exec(reading.text.slice(next, end));
  if (!heading) return '';
  reading.text.blank(next, end);
  return heading[1]!;
}

function detailsAt(line: ProseLine, start: number, end: number): DetailsWrapper {
  return { line: line.number, start, end, column: columnOf(line, start), endColumn: columnOf(line, end) };
}

/** The title after a container's name: `[Title]` (remark-directive, Docusaurus), else the text before any `{attributes}`, else a `title="…"` attribute. */
function titleOf(rest: string): string {
  const bracketed = /^\[([^\]]*)\]/.exec(rest.trim());
  if (bracketed) return bracketed[1]!.trim();
  const attributes = /\{([^}]*)\}[ \t]*$/.exec(rest);
  const before = (attributes ? rest.slice(0, attributes.index) : rest).trim();
  if (before) return before;
  const named = attributes && /\btitle[ \t]*=[ \t]*(?:"([^"]*)"|'([^']*)')/.exec(attributes[1]!);
  return named ? (named[1] ?? named[2]!).trim() : '';
}
