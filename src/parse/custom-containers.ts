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
 * - a box of a callout's kind (`:::tip[Remember]`, `::: warning`, Quarto's `::: {.callout-note}`, Zenn's `:::message`,
 *   Qiita's `:::note warn`) is the callout the site shows: a quote of its body under its title in bold, or with no title
 *   its kind's name (`> **Warning**`), as an MDX page's `<Warning>` is (mdx-callouts.ts); Qiita's and Zenn's kind word
 *   (`info`, `warn`, `alert`) is the box's kind, not its title. In an answer it is an aside, as an Obsidian callout is;
 * - any other (`::: {.panel-tabset}`, a box whose title asks, `:::info What is X?`, or one holding a heading, a line
 *   that asks or a fold: the note's own questions) lets its body stand as the note's own: its title stays in bold over
 *   the body, and its fences go.
 * A fold with no title that opens with a heading (`## Answer`) takes it for its summary, as Quarto does; a box's
 * heading stays a heading of the note (a tabset of `## What is X?` questions).
 *
 * A fence closes the innermost container open whose fence is no longer than it (so `::::` can hold `:::`). A line
 * of colons that closes nothing, and an opening fence never closed, are left as written.
 *
 * MyST (Jupyter Book) writes the name in braces, fenced by colons or by backticks, its options on the lines below
 * (`:label: ex-ols`, `:class: dropdown`: left out, as the book shows no such line):
 *
 *     ```{exercise}            ```{solution} ex-ols       :::{dropdown} What does R² measure?
 *     :label: ex-ols           :class: dropdown            The share of the variance explained.
 *                                                          :::
 *     Derive the OLS solution. Set the gradient to zero.
 *     ```                      ```
 *
 * A `dropdown` (or a box of `:class: dropdown`) is a fold titled with its title; a `solution` a fold of the answer
 * to the exercise right above it (one away from it is titled `Solution to ex-ols`, no answer of what stands above it),
 * whose body stands as the note's own; `admonition` a callout with its title. A backtick
 * directive of another name (`{code-cell}`) is code.
 */
import { DETAILS_SHORTCODES, type DetailsWrapper } from './hugo-shortcodes.js';
import { HINT_TITLE, isInterrogative } from '../wording/interrogative.js';
import type { CalloutLines } from './mdx-callouts.js';
import { lineEnd } from './prose-lines.js';
import { mayAsk } from './asking-line.js';
import { columnOf, findAfter, type MarkupReading, type ProseLine } from './site-markup.js';

/**
 * `::: name title`, `:::name[title]{attributes}`, `::: {.class title="…"}` alone on its line, after a quote's
 * markers or an indent: 1 the colons, 2 the name, 3 the rest (a title, then attributes).
 */
const OPENING = /^[ \t>]*(:{3,})[ \t]*(?:\{([A-Za-z][\w-]*)\}|([A-Za-z][\w-]*)|(?=\{))(.*)$/;
/** A MyST directive fenced by backticks or tildes, ```` ```{exercise} ````: 1 the fence, 2 the name, 3 the rest. */
const DIRECTIVE_FENCE = /^[ \t>]*(`{3,}|~{3,})\{([A-Za-z][\w-]*)\}(.*)$/;
/** A line that only closes a backtick or tilde fence: 1 the fence. */
const CODE_FENCE_CLOSING = /^[ \t>]*(`{3,}|~{3,})[ \t]*$/;
const BACKTICK_CLOSING = /^[ \t>]*`{3,}[ \t]*$/gm;
const TILDE_CLOSING = /^[ \t>]*~{3,}[ \t]*$/gm;
/** A MyST option line under a directive's opening fence (`:class: dropdown`): 1 the option, 2 its value. */
const MYST_OPTION = /^[ \t>]*:([A-Za-z][\w-]*):(?:[ \t]+(.*?))?[ \t]*$/;
const CLOSING_LINE = /^[ \t>]*(:{3,})[ \t]*$/;
/** A closing fence's line, for `findAfter` (multiline). */
const CLOSING = /^[ \t>]*:{3,}[ \t]*$/gm;

const COLLAPSE = /\bcollapse[ \t]*=[ \t]*["']?(?:true|false)\b/;
/** A heading's line and its text (a title's length at most: no trying every end of a long line). */
const ATX_HEADING = /^[ \t>]*#{1,6}[ \t]+(\S.{0,199}?)(?:[ \t]+#+)?[ \t]*$/;

/** An open container: how many colons fenced it, whether it is a `<details>`, and what its opening changed. */
export interface OpenContainer {
  colons: number;
  /** What its fence is made of: `:`, or a MyST directive's `` ` `` or `~`. */
  fenceChar: string;
  details: boolean;
  /** The opening fence's stretch, and the heading line taken for its title: put back if no fence closes it. */
  written: Array<[number, number]>;
  /** The `<details>` HTML its opening fence stands for, taken back with it. */
  wrapper?: DetailsWrapper;
  /** A callout's kind, title and place, its lines known when it closes. */
  callout?: CalloutLines;
  /** Whether a heading, a line that asks or a fold stands in its body: a box of the note's own questions, no callout. */
  holdsQuestions?: boolean;
  /** A MyST exercise's label (`:label: ex-ols`), that its solution names. */
  exercise?: string;
}

/** The names of the boxes that are callouts (VitePress, VuePress, Docusaurus, Zenn's `message`, Qiita's `note`). */
const CALLOUT_NAMES: ReadonlySet<string> = new Set(['note', 'tip', 'info', 'warning', 'danger', 'caution', 'important', 'success', 'message']);
/** Quarto's callout, by its class: 1 its kind. */
const QUARTO_CALLOUT = /(?:^|\s)\.callout-(note|tip|warning|caution|important)\b/;
/** Qiita's (`:::note warn`) and Zenn's (`:::message alert`) kind word after the name, as Qiita names them: not a title. */
const KIND_WORDS: ReadonlyMap<string, string> = new Map([
  ['info', 'info'],
  ['warn', 'warning'],
  ['alert', 'alert'],
]);

/** The MyST directives fenced by backticks that are boxes, not code: folds, exercises and their solutions, callouts. */
const MYST_BOXES: ReadonlySet<string> = new Set(['exercise', 'solution', 'dropdown', 'admonition', ...CALLOUT_NAMES]);

/** Whether a note may hold a container: a line that opens with three colons, or a MyST directive's backtick fence. */
export const ANY_CONTAINER = /^[ \t>]*(?::::|(?:`{3,}|~{3,})\{[A-Za-z])/m;

export function readContainerFence(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const closing = CLOSING_LINE.exec(text);
  if (closing) {
    closeContainer(line, reading, closing[1]!);
    return;
  }
  const opening = OPENING.exec(text);
  if (!opening) {
    if (reading.containers.length > 0 && mayAsk(text)) markQuestions(reading.containers);
    return;
  }
  if (!findAfter(reading, CLOSING, line.end + 1)) return;
  const myst = opening[2] !== undefined;
  openContainer(line, reading, { fence: opening[1]!, name: (opening[2] ?? opening[3] ?? '').toLowerCase(), rest: opening[4]!, myst });
}

/**
 * Reads a line that opens a code fence as prose-lines.ts reads it: a MyST directive's backtick fence of a box
 * (```` ```{exercise} ````), or the fence that closes one. Whether it was one: then the line is read.
 */
export function readDirectiveFence(line: ProseLine, reading: MarkupReading): boolean {
  const text = reading.text.slice(line.start, line.end);
  const closing = CODE_FENCE_CLOSING.exec(text);
  if (closing) return closeContainer(line, reading, closing[1]!);
  const opening = DIRECTIVE_FENCE.exec(text);
  const name = opening?.[2]!.toLowerCase();
  if (!opening || !MYST_BOXES.has(name!)) return false;
  if (!findAfter(reading, opening[1]![0] === '`' ? BACKTICK_CLOSING : TILDE_CLOSING, line.end + 1)) return false;
  openContainer(line, reading, { fence: opening[1]!, name: name!, rest: opening[3]!, myst: true });
  return true;
}

/** Closes the innermost container open when `fence` is made as its fence and no shorter; whether it did. */
function closeContainer(line: ProseLine, reading: MarkupReading, fence: string): boolean {
  const open = reading.containers.at(-1);
  if (!open || fence[0] !== open.fenceChar || fence.length < open.colons) return false;
  reading.containers.pop();
  if (open.exercise !== undefined) reading.lastExercise = { label: open.exercise, end: line.end };
  const text = reading.text.slice(line.start, line.end);
  const start = line.start + text.indexOf(fence[0]!);
  if (open.details) reading.details.push(detailsAt(line, start, line.end));
  if (open.callout && !open.holdsQuestions) reading.callouts.push({ ...open.callout, to: line.number - 1 });
  else if (open.callout?.title) boldTitle(reading, open.callout.title, open.written[0]![0], open.written[0]![1]);
  reading.text.blank(start, line.end);
  return true;
}

/** A container's opening fence as read: its fence, its name, the rest of its line, and whether MyST wrote it. */
interface Opening {
  fence: string;
  name: string;
  rest: string;
  myst: boolean;
}

function openContainer(line: ProseLine, reading: MarkupReading, opening: Opening): void {
  const { name, myst } = opening;
  const text = reading.text.slice(line.start, line.end);
  const titled = titleOf(opening.rest);
  const { attributes } = titled;
  const options = myst ? mystOptions(line, reading) : undefined;
  // A solution's argument is the label of its exercise, no title: right under that exercise it folds its answer; away
  // from it (all solutions at the page's end) it answers no question there, and says whose it is.
  const written = myst && name === 'solution' ? (solvesExerciseAbove(line, reading, titled.title) ? 'Solution' : `Solution to ${titled.title}`.trim()) : titled.title;
  const start = line.start + text.indexOf(opening.fence[0]!);
  const heading = written || options?.lines.length ? undefined : headingBelow(line, reading);
  const title = written || (heading?.title ?? '');
  // Quarto's callout that folds (`collapse="true"`, or `"false"`: open, but it folds) is a `<details>` as a site's; so is a
  // box titled as a hint, which the extractor then reads as a hint fold: shown with its question, no part of its answer.
  const details = DETAILS_SHORTCODES.has(name) || COLLAPSE.test(attributes) || HINT_TITLE.test(title) || (myst && (name === 'dropdown' || name === 'solution' || options!.dropdown));
  const open: OpenContainer = { colons: opening.fence.length, fenceChar: opening.fence[0]!, details, written: [[start, line.end], ...(options?.lines ?? [])] };
  if (myst && name === 'exercise') open.exercise = options!.label;
  for (const [from, to] of options?.lines ?? []) reading.text.blank(from, to);
  // A fold in a box is a question of the note's own (or its answer): the box around it is no aside.
  if (details) markQuestions(reading.containers);
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
  const callout = calloutOf(myst && name === 'admonition' ? 'note' : name, written, attributes);
  // A callout's title stands over its quote (mdx-callouts.ts); one that holds a heading gets it back when it closes.
  if (callout) open.callout = { from: line.number + 1, to: line.number + 1, ...callout, tag: placeOf(line, start, line.end) };
  if (callout) reading.text.blank(start, line.end);
  else boldTitle(reading, written, start, line.end);
}

/**
 * The option lines right under a MyST directive's opening fence (`:label: ex-ols`), and whether one folds it
 * (`:class: dropdown`).
 */
function mystOptions(line: ProseLine, reading: MarkupReading): { lines: Array<[number, number]>; dropdown: boolean; label: string } {
  const lines: Array<[number, number]> = [];
  let dropdown = false;
  let label = '';
  for (let start = line.end + 1; start < reading.source.length; ) {
    const end = lineEnd(reading.source, start);
    const option = MYST_OPTION.exec(reading.text.slice(start, end));
    if (!option) break;
    if (option[1] === 'class' && /(?:^|\s)dropdown(?:\s|$)/.test(option[2] ?? '')) dropdown = true;
    if (option[1] === 'label') label = option[2] ?? '';
    lines.push([start, end]);
    start = end + 1;
  }
  return { lines, dropdown, label };
}

/** Whether a MyST solution naming `label` stands right under the exercise it names (blank lines between at most). */
function solvesExerciseAbove(line: ProseLine, reading: MarkupReading, label: string): boolean {
  const above = reading.lastExercise;
  return above !== undefined && reading.source.slice(above.end, line.start).trim() === '' && (label === '' || label === above.label);
}

/** The title in bold where the fence, its name (or attributes) and the title stood, when it fits; else the fence blanked. */
function boldTitle(reading: MarkupReading, title: string, start: number, end: number): void {
  if (title && title.length + 4 <= end - start) reading.text.overwrite(start, end, `**${title}**`);
  else reading.text.blank(start, end);
}

/**
 * The callout a box of `name` is: its kind (Quarto's by its class, Qiita's and Zenn's by the word after the name) and
 * its title, when one is written that is no kind word; undefined for a box of another name and one whose title asks.
 */
function calloutOf(name: string, written: string, attributes: string): { type: string; title?: string } | undefined {
  const quarto = QUARTO_CALLOUT.exec(attributes)?.[1];
  if (!quarto && !CALLOUT_NAMES.has(name)) return undefined;
  const kindWord = name === 'note' || name === 'message' ? KIND_WORDS.get(written.toLowerCase()) : undefined;
  if (kindWord) return { type: kindWord };
  if (written && isInterrogative(written)) return undefined;
  const type = quarto ?? (name === 'message' ? 'note' : name);
  return written ? { type, title: written } : { type };
}

/** A question read in the open boxes: each holds it (marked from the innermost out, to the first already marked: each once). */
function markQuestions(containers: readonly OpenContainer[]): void {
  for (let at = containers.length - 1; at >= 0 && !containers[at]!.holdsQuestions; at--) containers[at]!.holdsQuestions = true;
}

function placeOf(line: ProseLine, start: number, end: number): CalloutLines['tag'] {
  return { start: { line: line.number, column: columnOf(line, start), offset: start }, end: { line: line.number, column: columnOf(line, end), offset: end } };
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
