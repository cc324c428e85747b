/**
 * Markdown to mdast: remark-parse + remark-gfm + remark-math, with TeX
 * delimiters, front matter and Jekyll-style `<details>` wrappers handled
 * first. Positions in the tree always refer to the original text. A text
 * that cannot hold a literal autolink or a table skips GFM's search for
 * them (gfm.ts).
 */
import { withUnderIndentedItems } from './under-indented-items.js';
import type { Root, Nodes, Paragraph, Parents, PhrasingContent } from 'mdast';
import type { Point } from 'unist';
import type { InlineMath, Math } from 'mdast-util-math';
import { unified, type Processor } from 'unified';
import remarkParse from 'remark-parse';
// Before any parse: micromark's edits made linear (a long outline parsed in quadratic time).
import './linear-edit-map.js';
import remarkGfm from 'remark-gfm';
import remarkMath from 'remark-math';
import { CONTINUE, SKIP, visit } from 'unist-util-visit';
import { keepUnbalancedDelimiters, restoreMaskedTex, restoreTexInHtml, rewriteTexDelimiters } from './math-delimiters.js';
import { separateHtmlBlocks, originalOffset, type OffsetMap } from './html-blocks.js';
import { lazyQuestionLines } from './lazy-questions.js';
import { splitFrontMatter, type FrontMatter } from './front-matter.js';
import { location } from 'vfile-location';
import { cutComments, offsetBeforeCuts, type CommentMap } from './obsidian-comments.js';
import { gfmConstructsFor, remarkGfmParts, type GfmConstructs } from './gfm.js';
import { lineEnd } from './prose-lines.js';
import { openNestedLists, restoreListStarts } from './nested-numbering.js';
import { withBulletedNumbers } from './bulleted-numbers.js';
import { mayHoldVerticalSeparators, readVerticalSeparators } from './vertical-slides.js';
import { readEscapedFootnoteMarkers } from './escaped-footnote-markers.js';
import { splitRestartedNumbering } from './restarted-numbering.js';
import { splitAtDisplayLines } from './display-lines.js';
import { fencedMath, MATH_FENCE, unwrapBacktickMath } from './github-math.js';
import { findMarkdownOutline, readMarkdownOutline, type MarkdownOutline } from './markdown-outline.js';
import type { OutlineLine } from './numbered-outline.js';

/** How a math node was written in the source: `\(`, `\[`, `$` or `$$`. */
export type MathDelimiter = '\\(' | '\\[' | '$' | '$$';

declare module 'mdast-util-math' {
  interface InlineMathData {
    delimiter?: MathDelimiter;
  }
  interface MathData {
    delimiter?: MathDelimiter;
  }
}

export interface MarkdownParse {
  tree: Root;
  frontMatter?: FrontMatter;
  /** `\(` or `\[` without a closing partner, by 1-based line and column. */
  unbalancedMath: Array<{ line: number; column: number; delimiter: string; unreadable?: true }>;
  /** An Obsidian comment's `%%` without a closing partner (kept as text), by 1-based line and column. */
  unclosedComments: Array<{ line: number; column: number }>;
}

const fullProcessor = unified().use(remarkParse).use(remarkGfm).use(remarkMath).freeze();
type MarkdownProcessor = typeof fullProcessor;
const partialProcessors = new Map<string, MarkdownProcessor>();

/**
 * HTML only inline, whatever a line starts with: a flashcard field's (`ParseOptions.inlineHtml`). remark-parse
 * hands the extensions in `micromarkExtensions` to micromark, whose `disable` turns a construct off.
 */
function remarkInlineHtmlOnly(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push({ disable: { null: ['htmlFlow'] } });
}

/** The parser for a text: full GFM, or GFM without the constructs the text cannot hold (gfm.ts). Made once each. */
function processorFor(constructs: GfmConstructs, inlineHtml: boolean): MarkdownProcessor {
  if (constructs.literalAutolinks && constructs.tables && !inlineHtml) return fullProcessor;
  const key = `${constructs.literalAutolinks} ${constructs.tables} ${inlineHtml}`;
  let processor = partialProcessors.get(key);
  if (!processor) {
    const parts = unified().use(remarkParse).use(remarkGfmParts, constructs).use(remarkMath);
    partialProcessors.set(key, (processor = (inlineHtml ? parts.use(remarkInlineHtmlOnly) : parts).freeze()));
  }
  return processor;
}

export interface ParseOptions {
  /**
   * What a `\(` or `\[` with no closing partner is. In notes: the TeX the user wrote, so its
   * backslash stays in the text (`'tex'`, the default). In Markdown qbank wrote itself
   * (answer.markdown, which the PDF reads), where the serialiser escapes every literal `[` as `\[`:
   * a Markdown escape, the backslash dropped (`'escape'`), or "[0, 1]" would print "\[0, 1]".
   */
  unbalancedTex?: 'tex' | 'escape';
  /**
   * Where a `\[` opens a display formula: anywhere, in notes (`'anywhere'`, the default); only at the
   * head of a line, in Markdown qbank wrote (`'line-head'`), where display math is a block of its own
   * and a `\[` inside a line is an escaped bracket (`[\[Stats\] 9. Random variables](…)`, a link to a blog post).
   */
  displayTex?: 'anywhere' | 'line-head';
  /**
   * What `\(`, `\)`, `\[` and `\]` are: TeX's delimiters, in notes (`'tex'`, the default); Markdown
   * escapes of brackets, in a Jupyter notebook's Markdown cells (`'escapes'`), where Jupyter reads a single
   * `\[` as an escaped bracket (its math delimiters are `$`, `$$` and the doubled `\\(`, which this reader
   * leaves as text): its converters write a task's `[1,2,0]` as `\[1,2,0\]`.
   */
  texDelimiters?: 'tex' | 'escapes';
  /**
   * HTML as inline HTML wherever it stands, in a flashcard's field (card-export.ts): Anki's editor writes
   * `<div>` lines inside a field, which CommonMark would read as a block of raw HTML, its words in no text.
   */
  inlineHtml?: boolean;
}

export function parseMarkdown(source: string, options: ParseOptions = {}): MarkdownParse {
  const { frontMatter, body: written } = splitFrontMatter(source);
  const { text: body, starts } = openNestedLists(written);
  const math = rewriteTexDelimiters(body, options.displayTex === 'line-head', options.texDelimiters !== 'escapes');
  const uncommented = cutComments(math.text);
  const outline = findMarkdownOutline(uncommented.text);
  const lazy = lazyQuestionLines(uncommented.text);
  const separated = separateHtmlBlocks(uncommented.text, outline ? new Set([...lazy, ...outline.apart]) : lazy);
  const tree = processorFor(gfmConstructsFor(separated.text), options.inlineHtml === true).parse(separated.text) as Root;
  // Index the source's lines once, and only when an offset must be turned into a place.
  let places: ReturnType<typeof location> | undefined;
  const toPoint = (offset: number): Point | undefined => (places ??= location(source)).toPoint(offset);
  if (separated.map.inserted.length > 0 || uncommented.map.cuts.length > 0) remapPositions(tree, separated.map, uncommented.map, toPoint);
  restoreMaskedTex(tree, math.masks);
  restoreListStarts(tree, starts);
  if (outline) readMarkdownOutline(tree, outlineBySourceLine(outline, uncommented.map, toPoint));
  splitRestartedNumbering(tree, source);
  withUnderIndentedItems(tree, source);
  withBulletedNumbers(tree, source);
  if (mayHoldVerticalSeparators(source)) readVerticalSeparators(tree, source);
  if (separated.text.includes('[^')) readEscapedFootnoteMarkers(tree, source, toPoint);
  // remark-math makes math only of `$` (TeX delimiters were rewritten to `$$`): without one there is none to
  // mend, unless a block is fenced as math.
  if (separated.text.includes('$') || MATH_FENCE.test(separated.text)) mendMath(tree, source);
  if (options.unbalancedTex !== 'escape') keepUnbalancedDelimiters(tree, source, math.unbalanced);
  if (math.text !== body) restoreTexInHtml(tree, source);
  return {
    tree,
    ...(frontMatter ? { frontMatter } : {}),
    unbalancedMath: math.unbalanced.map((entry) => {
      const { line, column } = toPoint(entry.offset)!;
      return { line, column, delimiter: entry.delimiter, ...(entry.unreadable ? { unreadable: entry.unreadable } : {}) };
    }),
    unclosedComments: uncommented.unclosed.map((offset) => {
      const { line, column } = toPoint(offset)!;
      return { line, column };
    }),
  };
}

/**
 * A text with only its formulas read, as the note's reader reads them: `$R^2$` is math, the prices of `$5 and $10`
 * stay text, and the rest stays as written. For words Markdown reads as no Markdown, a fold's `<summary>` in raw HTML
 * (or the one a MyST dropdown's title stands for), which a heading's words would be read as. Only a text with two `$`
 * or more, one to open a formula and one to close it, is parsed (the parser's start costs more than most summaries'
 * reading): TeX's `\(…\)` is the wording's own form of math already, and most summaries hold none.
 */
export function withFormulasRead(text: string): PhrasingContent[] {
  if (text.indexOf('$') === text.lastIndexOf('$')) return [{ type: 'text', value: text }];
  const tree = processorFor(gfmConstructsFor(text), false).parse(text) as Root;
  mendMath(tree, text);
  const out: PhrasingContent[] = [];
  let last = 0;
  visit(tree, (node) => {
    if (node.type !== 'inlineMath' && node.type !== 'math') return CONTINUE;
    const start = node.position!.start.offset!;
    if (start > last) out.push({ type: 'text', value: text.slice(last, start) });
    // A summary that is a display formula alone (`$$x$$`) is a block to remark: in a line of words, inline math.
    out.push({ type: 'inlineMath', value: node.value, ...(node.data ? { data: node.data } : {}) });
    last = node.position!.end.offset!;
    return SKIP;
  });
  if (last < text.length) out.push({ type: 'text', value: text.slice(last) });
  return out;
}

/** The outline's lines by their line in the source (1-based), found in the text with its comments cut. */
function outlineBySourceLine(outline: MarkdownOutline, comments: CommentMap, toPoint: (offset: number) => Point | undefined): Map<number, OutlineLine> {
  const lines = new Map<number, OutlineLine>();
  for (const line of outline.lines.values()) {
    const place = toPoint(offsetBeforeCuts(comments, line.offset, 'start'));
    if (place) lines.set(place.line, line);
  }
  return lines;
}

/** Positions in the parsed text back to the source: past the blank lines inserted, then past the comments cut. */
function remapPositions(tree: Root, map: OffsetMap, comments: CommentMap, toPoint: (offset: number) => Point | undefined): void {
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    for (const [point, side] of [[position.start, 'start'], [position.end, 'end']] as const) {
      if (point.offset === undefined) continue;
      const original = toPoint(offsetBeforeCuts(comments, originalOffset(map, point.offset), side));
      if (original) Object.assign(point, original);
    }
  });
}

/**
 * Mend what remark-math made, in one walk: record each math node's original
 * delimiter, turn a paragraph that holds only display math (`\[..\]` or
 * `$$..$$` on its own) into a `math` block, give prices back as text
 * (`keepPriceAsText`), read GitHub's math (github-math.ts), and read a table
 * cell's escaped pipes in math as pipes (`tableCellMath`).
 */
function mendMath(tree: Root, source: string): void {
  // Plain recursion, not `unist-util-visit` (a closure and a name per node, on every note with a `$`):
  // each mended node is replaced where it stands (a paragraph split at its display formulas by the blocks
  // it stands for), and what replaced it is not walked into.
  const walk = (parent: Parents, inCell: boolean): void => {
    const children = parent.children as Nodes[];
    for (let index = 0; index < children.length; index++) {
      const node = children[index]!;
      if (node.type === 'inlineMath' || node.type === 'math') {
        const delimiter = delimiterAt(source, node.position?.start.offset);
        if (delimiter) node.data = { ...node.data, delimiter };
        if (node.type === 'math' && delimiter === '\\[' && node.meta) keepFirstLine(node, source);
        if (node.type === 'inlineMath') keepPriceAsText(node, index, parent, source);
        if (node.type === 'inlineMath' && delimiter === '$') unwrapBacktickMath(node);
        if (node.type === 'inlineMath' && inCell) tableCellMath(node);
      } else if (node.type === 'code') {
        const math = fencedMath(node);
        if (math) children[index] = math;
      } else {
        const block = node.type === 'paragraph' ? displayMathOf(node, source) : undefined;
        if (block) children[index] = block;
        else if ('children' in node) {
          walk(node, inCell || node.type === 'tableCell');
          // Its formulas' delimiters known now: one standing on a line of its own is a block (display-lines.ts).
          const blocks = node.type === 'paragraph' && !inCell ? splitAtDisplayLines(node, source) : undefined;
          if (blocks) {
            children.splice(index, 1, ...blocks);
            index += blocks.length - 1;
          }
        }
      }
    }
  };
  walk(tree, false);
}

/**
 * In a table's cell a pipe is written `\|`, or it would end the cell, and GFM reads it as `|` in code
 * spans too (`a \| b` is the code `a | b`); remark-math keeps the backslash, which TeX reads as `‖`:
 * `$P(A \| B)$` in a cell is P(A | B), as its author meant. A backslash before a backslash stays.
 */
function tableCellMath(node: InlineMath): void {
  if (node.value.includes('\\|')) node.value = node.value.replace(/\\([\\|])/g, (escape, character: string) => (character === '|' ? character : escape));
}

/** A paragraph that holds only display math (`\[..\]` or `$$..$$` on its own), as the `math` block it is. */
function displayMathOf(paragraph: Paragraph, source: string): Math | undefined {
  const only = soleMath(paragraph);
  if (!only) return undefined;
  const delimiter = delimiterAt(source, only.position?.start.offset);
  if (delimiter !== '\\[' && delimiter !== '$$') return undefined;
  return {
    type: 'math',
    value: only.value.trim(),
    data: { delimiter },
    ...(paragraph.position ? { position: paragraph.position } : {}),
  };
}

/**
 * `\\[ \\min_w \\|y - Xw\\|^2` over lines to a `\\]` alone on its own is a `$$` block to remark,
 * whose first line it takes for the block's info string: it is the formula's first line.
 */
function keepFirstLine(node: Math, source: string): void {
  const start = node.position!.start.offset!;
  const first = source.slice(start + 2, lineEnd(source, start)).trim();
  node.value = node.value ? `${first}\n${node.value}` : first;
  node.meta = null;
}

/**
 * Single-dollar math follows pandoc's rule, so that prices stay prices: the
 * opening `$` must have a non-space character right after it, the closing `$`
 * a non-space character right before it and no digit right after it. Thus
 * "$5 or $10" is text (remark-math would make "5 or " a formula), `$x^2$` is
 * math. What is not math goes back to being the text it was written as.
 */
function keepPriceAsText(node: InlineMath, index: number, parent: Parents, source: string): void {
  if (node.data?.delimiter !== '$') return;
  const start = node.position?.start.offset;
  const end = node.position?.end.offset;
  if (start === undefined || end === undefined) return;
  const written = source.slice(start, end);
  const inner = written.slice(1, -1);
  if (!/^\S/.test(inner) || !/\S$/.test(inner) || /^\d/.test(source.slice(end, end + 1))) {
    // Inline math sits among phrasing content, where text may stand too.
    (parent.children as PhrasingContent[]).splice(index, 1, { type: 'text', value: written, ...(node.position ? { position: node.position } : {}) });
  }
}

function soleMath(paragraph: Paragraph): InlineMath | undefined {
  const meaningful = paragraph.children.filter((child) => !(child.type === 'text' && child.value.trim() === ''));
  const [first] = meaningful;
  return meaningful.length === 1 && first?.type === 'inlineMath' ? first : undefined;
}

function delimiterAt(source: string, offset: number | undefined): MathDelimiter | undefined {
  if (offset === undefined) return undefined;
  const head = source.slice(offset, offset + 2);
  if (head === '\\(' || head === '\\[' || head === '$$') return head;
  if (head.startsWith('$')) return '$';
  return undefined;
}
