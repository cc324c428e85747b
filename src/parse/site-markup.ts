/**
 * Notes copied from Hugo and Jekyll blog sources carry the site generator's
 * template markup: Hugo shortcodes (`{{< details "Answer" >}}`), Liquid tags
 * (`{% highlight python %}`, `{{ site.url }}`) and kramdown attribute lists
 * (`{: .notice}`, `## Title {#id}`), pandoc's bracketed spans (`[text]{.underline}`, bracketed-spans.ts); and VitePress, VuePress and Docusaurus sites their custom
 * containers (`::: details What is X?` … `:::`), Docusaurus its tabs (`<TabItem label="XGBoost">`, mdx-tabs.ts), Mintlify
 * and Nextra their accordions (`<Accordion title="What is X?">`, mdx-accordions.ts) and callouts (`<Tip>`,
 * mdx-callouts.ts), HackMD
 * its tag line (`###### tags: \`recsys\``, hackmd-tags.ts); Notion's export its callouts' `<aside>` tags (notion-asides.ts).
 * The site would have turned them into
 * HTML; qbank reads them as the author meant before remark sees the text.
 *
 * The pass only blanks markup out or writes shorter Markdown over it
 * (`SameLengthText`), so every line of the tree parsed from the result is
 * that of the file, and so is every column and offset but on a line that
 * began with markup (its text moves back to the line's indentation, lest it
 * read as indented code). Notes give the file's own line and column. Code
 * (fenced, indented, code spans: as prose-lines.ts reads it), `$$` math
 * blocks, front matter and what `{% raw %}` wraps are left as written: a
 * Jinja or Go template in an answer's code is code.
 */
import type { Break, Code, Root, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { splitFrontMatter } from './front-matter.js';
import { SameLengthText } from './same-length-text.js';
import { readShortcodes, type DetailsWrapper } from './hugo-shortcodes.js';
import { readLiquid } from './liquid-tags.js';
import { readKramdownAttributes } from './kramdown-attributes.js';
import { readBracketedSpans } from './bracketed-spans.js';
import { ANY_CONTAINER, readContainerFence, readDirectiveFence, reopenUnclosed, type OpenContainer } from './custom-containers.js';
import { ANY_TAB_TAG, readTabTags } from './mdx-tabs.js';
import { ANY_ACCORDION, closeAccordionLeftOpen, readAccordionTags } from './mdx-accordions.js';
import { mayHoldModuleLines, readModuleLine } from './mdx-modules.js';
import { ANY_CALLOUT, closeCalloutLeftOpen, readCalloutTags, type CalloutLines } from './mdx-callouts.js';
import { markQuestionLine, unindentComponentLine, type OpenComponent } from './mdx-bodies.js';
import { mayAsk } from './asking-line.js';
import { ANY_TAGS_LINE, readHackmdTags } from './hackmd-tags.js';
import { ANY_ASIDE, readAsideTags } from './notion-asides.js';
import { codeSpans } from './code-spans.js';
import { lineEnd, ProseReading, type ProseLine } from './prose-lines.js';
import { ForwardSearches } from './forward-searches.js';

export type { ProseLine } from './prose-lines.js';

/** Something the pass left out that the user is told of (an info note). */
export interface MarkupNote {
  line: number;
  column: number;
  ruleId: 'hugo-shortcode' | 'liquid-tag' | 'mdx-module';
  message: string;
}

/** What the dialect readers share while they go through the lines. */
export interface MarkupReading {
  source: string;
  text: SameLengthText;
  notes: MarkupNote[];
  details: DetailsWrapper[];
  /** Stretches read as written: code spans on the line being read (one may run on from a line above), `{% raw %}` blocks. */
  literal: Array<[number, number]>;
  /** The searches for closing patterns (see `findAfter`). */
  searches: ForwardSearches<RegExpExecArray | null>;
  /** The custom containers open at the line being read, innermost last (custom-containers.ts). */
  containers: OpenContainer[];
  /** The MyST exercise box closed last: its label and where its closing fence ends (custom-containers.ts). */
  lastExercise?: { label: string; end: number };
  /** The MDX components with a body open at the line being read, innermost last (mdx-bodies.ts). */
  components: OpenComponent[];
  /** The MDX callouts read, to stand as quotes in the tree (mdx-callouts.ts). */
  callouts: CalloutLines[];
  /** Whether the note is an MDX page, whose module lines are left out. */
  mdxPage: boolean;
}

export interface SiteMarkupRead {
  /** The text to parse: as long as the source, with the same line breaks. */
  text: string;
  notes: MarkupNote[];
  /** Hugo `details` shortcodes, to stand in the tree as the `<details>` HTML they make. */
  details: DetailsWrapper[];
  /** The lines of MDX callouts, to stand in the tree as quotes. */
  callouts: CalloutLines[];
  /** Whether the space at an offset of `text` stands for markup left out. */
  isGap: (offset: number) => boolean;
}

/**
 * A line that only a Hugo or Jekyll source holds: a shortcode, a Jekyll tag
 * (not `{% for %}`, which a Jinja snippet has too) or a kramdown attribute list.
 */
export const SITE_MARKUP_LINE =
  /^[ \t]*(?:\{\{<[ \t]*\/?[ \t]*[A-Za-z][^\n]{0,300}>\}\}|\{\{%[ \t]*\/?[ \t]*[A-Za-z][^\n]{0,300}%\}\}|\{%-?[ \t]*(?:highlight|endhighlight|raw|endraw|include|comment|endcomment)\b[^\n]{0,300}%\}|\{:[^}\n]{0,300}\})[ \t]*$/m;

/** Without one of these openers there is no markup to read. */
const ANY_MARKUP = /\{\{|\{%|\{:|\{[.#]|[\])`]\{[ \t]*[\w-]+=|`\{[ \t]/;

/** What is known of the note besides its text. */
export interface SiteMarkupOptions {
  /** Whether it is an MDX page (`.mdx`), whose `import` and `export` lines load its components (mdx-modules.ts). */
  mdxPage?: boolean;
}

export function readSiteMarkup(source: string, options: SiteMarkupOptions = {}): SiteMarkupRead {
  const hasContainers = ANY_CONTAINER.test(source);
  const hasTabs = ANY_TAB_TAG.test(source);
  const hasTagsLine = ANY_TAGS_LINE.test(source);
  const hasAccordions = ANY_ACCORDION.test(source);
  const hasModuleLines = mayHoldModuleLines(source, options.mdxPage ?? false);
  const hasCallouts = ANY_CALLOUT.test(source);
  const hasAsides = ANY_ASIDE.test(source);
  if (!ANY_MARKUP.test(source) && !hasContainers && !hasTabs && !hasTagsLine && !hasAccordions && !hasModuleLines && !hasCallouts && !hasAsides) return { text: source, notes: [], details: [], callouts: [], isGap: () => false };
  const reading: MarkupReading = { source, text: new SameLengthText(source), notes: [], details: [], literal: [], searches: new ForwardSearches((found) => found?.index ?? -1), containers: [], components: [], callouts: [], mdxPage: options.mdxPage ?? false };
  const firstLine = (splitFrontMatter(source).frontMatter?.endLine ?? 0) + 1;
  // Lines are read as they stand when reached: the markup read above may have made a fence or a `$$` line of them.
  const lines = new ProseReading();
  let paragraph: ParagraphSpans | undefined;
  let start = 0;
  for (let number = 1; start <= source.length; number++) {
    const end = lineEnd(source, start);
    const current = () => reading.text.slice(start, end);
    if (hasAccordions || hasModuleLines || hasCallouts || hasTabs) unindentComponentLine({ number, start, end }, reading);
    // A MyST directive's backtick fence (```` ```{exercise} ````) opens a box, no code: read before it is taken for code.
    if (hasContainers && number >= firstLine && !lines.inCode && lines.peek(current()).kind === 'fenced-code') readDirectiveFence({ number, start, end }, reading);
    // Front matter is YAML, not Markdown: the note is read from the line after it as from its head.
    if (number >= firstLine && lines.peek(current()).kind === 'prose') {
      const line: ProseLine = { number, start, end };
      if (!paragraph || paragraph.end < start) paragraph = paragraphFrom(reading, lines, line);
      reading.literal = [...reading.literal.filter(([, to]) => to > start), ...spansStartingOn(paragraph, end)];
      readLiquid(line, reading);
      readShortcodes(line, reading);
      readKramdownAttributes(line, reading);
      readBracketedSpans(line, reading);
      if (hasContainers) readContainerFence(line, reading);
      if (hasTabs) readTabTags(line, reading);
      // A module line (or block) read is blank: no accordion's tag stands on it.
      if (hasModuleLines) readModuleLine(line, reading.text.slice(start, end), reading);
      if (hasAccordions) readAccordionTags(line, reading);
      if (hasCallouts) readCalloutTags(line, reading);
      if (hasAsides) readAsideTags(line, reading);
      if (hasTagsLine) readHackmdTags(line, reading);
      if (reading.components.length > 0 && mayAsk(reading.text.slice(start, end))) markQuestionLine(reading);
      reading.text.closeLineHead(start + /^[ \t>]*/.exec(source.slice(start, end))![0].length, end);
    }
    lines.read(number < firstLine ? '' : current());
    start = end + 1;
  }
  if (hasContainers) reopenUnclosed(reading);
  for (const open of reading.components.reverse()) {
    if (open.kind === 'accordion') closeAccordionLeftOpen(reading, lastLine(source));
    else if (open.kind === 'callout') closeCalloutLeftOpen(reading, open, lastLine(source).number);
  }
  const text = reading.text;
  return { text: text.toString(), notes: reading.notes, details: reading.details, callouts: reading.callouts, isGap: (offset) => text.isGap(offset) };
}

/** The note's last line. */
function lastLine(source: string): ProseLine {
  const start = source.lastIndexOf('\n') + 1;
  return { number: source.split('\n').length, start, end: source.length };
}

/** The code spans of the paragraph being read, and how many of them its lines read so far have taken. */
interface ParagraphSpans {
  end: number;
  spans: Array<[number, number]>;
  taken: number;
}

/**
 * The code spans of the paragraph whose first line is `first`, as its lines
 * stand now (a span may run on to a later line). Its extent is read ahead
 * once; a line inside it that the markup made into a new paragraph keeps
 * these spans, so no line is read ahead twice.
 */
function paragraphFrom(reading: MarkupReading, lines: ProseReading, first: ProseLine): ParagraphSpans {
  const ahead = lines.clone();
  ahead.read(reading.text.slice(first.start, first.end));
  let end = first.end;
  while (end < reading.source.length) {
    const next = lineEnd(reading.source, end + 1);
    const line = ahead.read(reading.text.slice(end + 1, next));
    if (line.kind !== 'prose' || !line.continues) break;
    end = next;
  }
  const text = reading.text.slice(first.start, end);
  const spans = codeSpans(text, 0, text.length).map(([from, to]): [number, number] => [first.start + from, first.start + to]);
  return { end, spans, taken: 0 };
}

/** The spans of the paragraph that start before `before`, not taken by a line before. */
function spansStartingOn(paragraph: ParagraphSpans, before: number): Array<[number, number]> {
  const from = paragraph.taken;
  while (paragraph.taken < paragraph.spans.length && paragraph.spans[paragraph.taken]![0] < before) paragraph.taken++;
  return paragraph.spans.slice(from, paragraph.taken);
}

/** Whether `start`..`end` overlaps a stretch that is read as written. */
export function isLiteral(reading: MarkupReading, start: number, end: number): boolean {
  return reading.literal.some(([from, to]) => start < to && end > from);
}

/** Every match of a global `pattern` on the line as it reads now, with its offset in the text; literal ones left out. */
export function* markupOn(line: ProseLine, reading: MarkupReading, pattern: RegExp): Generator<RegExpExecArray & { offset: number }> {
  const text = reading.text.slice(line.start, line.end);
  for (const match of text.matchAll(pattern)) {
    const offset = line.start + match.index;
    if (isLiteral(reading, offset, offset + match[0].length)) continue;
    // Already read with its partner (a math shortcode's closing one, written over with `$`).
    if (reading.text.slice(offset, offset + match[0].length) !== match[0]) continue;
    yield Object.assign(match as RegExpExecArray, { offset });
  }
}

/**
 * The first match of `pattern` in the source at or after `from` (openers are read in order: a file of
 * a thousand `{% raw %}` with no `{% endraw %}` is searched to its end once, see ForwardSearches).
 */
export function findAfter(reading: MarkupReading, pattern: RegExp, from: number): RegExpExecArray | null {
  return reading.searches.find(pattern.source, from, () => {
    const global = new RegExp(pattern.source, pattern.flags.includes('g') ? pattern.flags : `${pattern.flags}g`);
    global.lastIndex = from;
    return global.exec(reading.source);
  });
}

/** 1-based column of an offset on a line. */
export function columnOf(line: ProseLine, offset: number): number {
  return offset - line.start + 1;
}

/**
 * Markup left out in the middle of a line leaves its width in spaces
 * ("here,           really"): take them out of the text nodes they fall in,
 * keeping one space where words meet. A node whose text is not the source
 * character for character (an escape, an entity) is left as it is.
 */
export function closeMarkupGaps(tree: Root, read: SiteMarkupRead): void {
  const { text, isGap } = read;
  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined) return;
    const offsets = readOffsets(text, start, end);
    if (node.value !== offsets.map((offset) => text[offset]).join('')) return;
    let value = '';
    let afterGap = false;
    for (const offset of offsets) {
      if (isGap(offset)) {
        afterGap = true;
        continue;
      }
      const char = text[offset]!;
      if (afterGap && /\s/.test(char) && /\s$/.test(value)) {
        afterGap = false;
        continue;
      }
      afterGap = false;
      value += char;
    }
    node.value = value;
  });
  // A fenced code block's line moved back over markup blanked at its head (an MDX accordion's indentation) keeps the gap at its end.
  visit(tree, 'code', (node: Code) => {
    const start = node.position?.start.offset;
    if (start === undefined || !/^[ \t>]*(?:`{3}|~{3})/.test(text.slice(start, start + 200))) return;
    let offset = lineEnd(text, start) + 1;
    node.value = node.value
      .split('\n')
      .map((line) => {
        const end = lineEnd(text, offset);
        let gap = 0;
        while (gap < line.length && end - gap - 1 >= offset && isGap(end - gap - 1) && line[line.length - gap - 1] === ' ') gap++;
        offset = end + 1;
        return line.slice(0, line.length - gap);
      })
      .join('\n');
  });
  // Markup blanked at a line's end (or moved there from its head) leaves spaces that read as a hard break: it was a line end.
  visit(tree, 'break', (node: Break, index, parent) => {
    const start = node.position?.start.offset;
    const end = node.position?.end.offset;
    if (start === undefined || end === undefined || index === undefined || !parent) return;
    // A hard break the user wrote has two spaces of their own (or a backslash) before the line end.
    let ownSpaces = 0;
    for (let offset = start; offset < end; offset++) if (text[offset] === ' ' && !isGap(offset)) ownSpaces++;
    if (ownSpaces >= 2 || text[start] === '\\') return;
    parent.children[index] = { type: 'text', value: '\n', ...(node.position ? { position: node.position } : {}) };
  });
}

/**
 * The offsets of `text` from `start` to `end` that a text node's value holds: Markdown takes the spaces at the ends
 * of a paragraph's lines out (a span's `[` blanked at a line's head, its attributes at a line's end).
 */
function readOffsets(text: string, start: number, end: number): number[] {
  const offsets: number[] = [];
  let lineHead = false;
  for (let offset = start; offset < end; offset++) {
    const char = text[offset]!;
    if (char === '\n') {
      while (offsets.length > 0 && /[ \t]/.test(text[offsets.at(-1)!]!)) offsets.pop();
      lineHead = true;
    } else if (lineHead && (char === ' ' || char === '\t')) continue;
    else lineHead = false;
    offsets.push(offset);
  }
  return offsets;
}

/** The longest run of backticks opening a line (after indentation or a quote's `>`) in source[from, to). */
export function longestBacktickRun(source: string, from: number, to: number): number {
  let longest = 0;
  for (let start = from; start < to; ) {
    const end = Math.min(to, lineEnd(source, start));
    const run = /^[ \t>]*(`+)/.exec(source.slice(start, end))?.[1]!.length ?? 0;
    if (run > longest) longest = run;
    start = end + 1;
  }
  return longest;
}
