/**
 * A code fence, a `$$` math fence or a raw-HTML block (`<!--`, `<pre>`,
 * `<script>`, `<style>`, `<textarea>`) that is never closed runs, by
 * CommonMark's rules, to the end of the document: one forgotten ``` hides
 * every question after it inside one answer. Such a block is ended before
 * the first later line that starts a question the way the questions above it
 * started (a heading of the same depth, a `Q:` line, a bold line, a
 * `<details>` summary) and asks or is numbered; the text from there on is
 * parsed again. Without such a line the block runs to the end, as written.
 * Either way the block is reported, so the user can close it.
 */
import type { Code, Html, Root, RootContent } from 'mdast';
import type { Math } from 'mdast-util-math';
import { visit } from 'unist-util-visit';
import { parseMarkdown, type MarkdownParse, type ParseOptions } from './markdown.js';
import { BOLD_QUESTION_LABEL_LINE } from './bold-labels.js';
import { ANSWER_LABEL, ANSWER_PREFIX } from './answer-line.js';
import { BRACKETED_QUESTION_LABEL, FOLLOW_UP_HAN, FOLLOW_UP_LABEL, FOLLOW_UP_WORDS, NONE_ASKED } from '../wording/prompt-text.js';
import { HANGING_ARROW, QUESTION_MARK } from '../wording/marks.js';

export interface RunawayBlock {
  /** 1-based line and column of the opener. */
  line: number;
  column: number;
  /** The opener as written: ```` ``` ````, `~~~`, `$$`, `<!--`, `<pre>`, ... */
  opener: string;
  /** The line the block was ended before, when a question started there. */
  endedBefore?: number;
}

/** A question-like line inside a closed code or math block: a fence may be missing above it. */
export interface HiddenQuestion {
  /** 1-based line of the question-like line. */
  line: number;
  /** 1-based line of the block's opening fence. */
  blockLine: number;
}

export interface RecoveredParse extends MarkdownParse {
  runaway: RunawayBlock[];
  hidden: HiddenQuestion[];
}

const FENCE_OPEN = /^( {0,3})(`{3,}|~{3,}|\${2,})/;
const HTML_OPEN = /^ {0,3}(<!--|<(?:pre|script|style|textarea)\b)/i;
const ATX = /^ {0,3}(#{1,6})[ \t]+(.*?)[ \t#]*$/;
/**
 * A `Q:` / `Question 3.` / `질문:` / `문)` / `문제 3.` line, a follow-up's (`Follow-up question:`, `꼬리 질문:`, `追问：`, the
 * labels of the wording's FOLLOW_UP_LABEL, the Chinese one with its colon as the others), the label in square brackets (`[Q]`, `[질문]`, `【问题】`: any of the wording's,
 * BRACKETED_QUESTION_LABEL), or in Chinese and Japanese notes `问：`, `问题2：`, `题目 3：`, `试题 4：`, `题 5：`, `質問：` (only with a colon:
 * `问题.` is no label); the extractor's `qa` recogniser reads the same lines. Not a follow-up's label over none
 * (`꼬리질문: 없음`, NONE_ASKED): that follow-up was not asked.
 */
export const QA_LINE = new RegExp(
  String.raw`^(?!\s*${FOLLOW_UP_LABEL}\s*\d*\s*[:：.)]${NONE_ASKED})\s*(?:(?:Q(?:uestion)?\s*\d*|(?:${HANGING_ARROW}\s*)?(?:${FOLLOW_UP_WORDS})\s*\d*|질문\s*\d*|문제\s*\d*|문\s*\d*)\s*[:：.)]|${BRACKETED_QUESTION_LABEL}|(?:问题|問題|質問|题目|試題|试题|题|${FOLLOW_UP_HAN}|问|問)\s*\d*\s*[:：])\s*\S`,
  'i',
);
/** A label set in bold at a line's head with text after it (`**Q:** …`, `**Q**: …`), its marks taken off by `$1$3`. */
const BOLD_LABEL = /^(\s*)(\*\*|__)([^*_\n]{1,30}?)\2(?=[ \t]*[:：.)]?[ \t]*\S)/;

/**
 * A raw line of the note (not a node's text, where the bold is a node of its own) that opens a question with its
 * label: `Q: …` (QA_LINE), the label in bold with its colon (`**Q:** …`, `**Q**: …`) or without (`**질문** …`,
 * bold-labels.ts, which gives it the colon in the tree).
 */
export function isQaLine(line: string): boolean {
  return QA_LINE.test(line) || (BOLD_LABEL.test(line) && (QA_LINE.test(line.replace(BOLD_LABEL, '$1$3')) || BOLD_QUESTION_LABEL_LINE.test(line)));
}

/** An answer's label in bold without its punctuation, text after it past a space (`**A** …`, `**답변** …`), as bold-labels.ts reads one. */
const BOLD_ANSWER_LABEL_LINE = new RegExp(String.raw`^\s*(\*\*|__)${ANSWER_LABEL}\1[ \t]+[^\s:：.)]`);

/**
 * A raw line of the note that opens an answer with its label, as isQaLine reads a question's: `A: …` (ANSWER_PREFIX),
 * the label in bold with its punctuation (`**A:** …`, `**A**: …`, `__A1.__ …`) or without (`**A** …`, `**답변** …`). A
 * bold `**A**` opens many a sentence: read as a label only under a line labelled as a question.
 */
export function isAnswerLine(line: string): boolean {
  return ANSWER_PREFIX.test(line) || (BOLD_LABEL.test(line) && ANSWER_PREFIX.test(line.replace(BOLD_LABEL, '$1$3'))) || BOLD_ANSWER_LABEL_LINE.test(line);
}

export const BOLD_LINE = /^\s*(?:\*\*|__)\S.*(?:\*\*|__)\s*$/;
const DETAILS_LINE = /^\s*<details\b[^>]*>\s*<summary\b/i;
/** Asks (ends in a question mark, quotes closing after it allowed) or is numbered by its author ("3.", "Q4:"). */
export const ASKS_OR_NUMBERED = new RegExp(String.raw`${QUESTION_MARK}["'”’»」』]*[\s\p{Extended_Pictographic}\u200d\ufe0f]*(?:(?:\*\*|__|<\/summary>.*)[\s\p{Extended_Pictographic}\u200d\ufe0f]*)?$|^(?:\*\*|__)?\s*(?:\(?\d{1,3}[.)]|Q\d*\s*[:.)])\s`, 'iu');

type Shape = { kind: 'heading'; depth: number } | { kind: 'qa' | 'bold' | 'details' };

/**
 * Each recovery parses the rest of the text again; past this many in one
 * file the last block runs to the end, so a file of thousands of unclosed
 * fences costs a bounded number of parses, not one per fence.
 */
export const MAX_RECOVERIES = 20;

/** `lines` is `text.split('\n')`; parseSource passes the split it shares with the format check. */
export function parseMarkdownRecovering(text: string, lines: readonly string[] = text.split('\n'), options: ParseOptions = {}): RecoveredParse {
  const parse = recover(text, lines, MAX_RECOVERIES, options);
  return { ...parse, hidden: hiddenQuestions(parse.tree.children, lines) };
}

/** `lines` is `text.split('\n')`, split once by the caller and sliced for each recovery. */
function recover(text: string, lines: readonly string[], recoveries: number, options: ParseOptions): MarkdownParse & { runaway: RunawayBlock[] } {
  const parse = parseMarkdown(text, options);
  const children = parse.tree.children;
  const last = children.at(-1);
  const opener = last ? runawayOpener(last, text) : undefined;
  if (!last || !opener) return { ...parse, runaway: [] };

  const start = last.position!.start;
  const shapes = questionShapes(children.slice(0, -1), lines);
  const cut = recoveries > 0 ? cutLine(lines, start.line, shapes) : undefined;
  const report: RunawayBlock = { line: start.line, column: start.column, opener };
  if (cut === undefined) return { ...parse, runaway: [report] };

  // Parse the rest on its own, then move its positions to where it stands.
  const cutOffset = lines.slice(0, cut - 1).reduce((sum, line) => sum + line.length + 1, 0);
  const rest = recover(text.slice(cutOffset), lines.slice(cut - 1), recoveries - 1, options);
  shiftPositions(rest.tree, cut - 1, cutOffset);
  parse.tree.children = [...children.slice(0, -1), endBlock(last, lines, cut), ...rest.tree.children];
  return {
    tree: parse.tree,
    ...(parse.frontMatter ? { frontMatter: parse.frontMatter } : {}),
    unbalancedMath: [
      ...parse.unbalancedMath.filter((math) => math.line < cut),
      ...rest.unbalancedMath.map((math) => ({ ...math, line: math.line + cut - 1 })),
    ],
    unclosedComments: [
      ...parse.unclosedComments.filter((comment) => comment.line < cut),
      ...rest.unclosedComments.map((comment) => ({ ...comment, line: comment.line + cut - 1 })),
    ],
    runaway: [{ ...report, endedBefore: cut }, ...rest.runaway.map((block) => shifted(block, cut - 1))],
  };
}

/** The opener of a block that was never closed and so ran to the end of the text. */
function runawayOpener(block: RootContent, text: string): string | undefined {
  const position = block.position;
  if (!position || position.start.offset === undefined || position.end.offset === undefined) return undefined;
  const source = text.slice(position.start.offset, position.end.offset);
  const [first = '', ...more] = source.split('\n');
  if (block.type === 'code' || block.type === 'math') {
    const fence = FENCE_OPEN.exec(first)?.[2];
    if (!fence) return undefined; // indented code
    const closing = new RegExp(`^ {0,3}${fence[0] === '$' ? '\\$' : fence[0]}{${fence.length},}[ \\t]*$`);
    const lastLine = more.at(-1);
    if (lastLine !== undefined && closing.test(lastLine)) return undefined;
    // remark-math closes `$$ x $$` written on one line by itself.
    if (fence[0] === '$' && more.length === 0 && first.trimEnd().endsWith('$$') && first.trim().length > 4) return undefined;
    return fence;
  }
  if (block.type === 'html') {
    const open = HTML_OPEN.exec(first)?.[1];
    if (!open) return undefined;
    const closer = open === '<!--' ? '-->' : `</${open.slice(1).toLowerCase()}>`;
    if (source.toLowerCase().includes(closer)) return undefined;
    return open === '<!--' ? open : `${open.toLowerCase()}>`;
  }
  return undefined;
}

/** How the questions before the block started: heading depths, `Q:` lines, bold lines, details summaries. */
function questionShapes(blocks: readonly RootContent[], lines: readonly string[]): Shape[] {
  const shapes: Shape[] = [];
  for (const block of blocks) addShape(shapes, block, lines);
  return shapes;
}

function addShape(shapes: Shape[], block: RootContent, lines: readonly string[]): void {
  const line = block.position ? startOfBlock(lines, block.position.start.line - 1) : '';
  if (!ASKS_OR_NUMBERED.test(line.trim().replace(ATX, '$2'))) return;
  let shape: Shape | undefined;
  if (block.type === 'heading') shape = { kind: 'heading', depth: block.depth };
  else if (block.type === 'paragraph' && isQaLine(line)) shape = { kind: 'qa' };
  else if (block.type === 'paragraph' && BOLD_LINE.test(line)) shape = { kind: 'bold' };
  else if (block.type === 'html' && DETAILS_LINE.test(line)) shape = { kind: 'details' };
  if (!shape) return;
  const known = shapes.some((other) => other.kind === shape.kind && (other.kind !== 'heading' || shape.kind !== 'heading' || other.depth === shape.depth));
  if (!known) shapes.push(shape);
}

/** The line at `index`; for a `<details>` line with its `<summary>` on the next line, both. */
function startOfBlock(lines: readonly string[], index: number): string {
  const line = lines[index] ?? '';
  const next = lines[index + 1] ?? '';
  return /^\s*<details\b[^>]*>\s*$/i.test(line) && /^\s*<summary\b/i.test(next) ? `${line.trim()}${next.trim()}` : line;
}

/** The first line after `openLine` (and before `endLine`) that follows a blank line and starts a question of a known shape. */
function cutLine(lines: readonly string[], openLine: number, shapes: readonly Shape[], endLine = lines.length + 1): number | undefined {
  if (shapes.length === 0) return undefined;
  for (let index = openLine; index < endLine - 1; index++) {
    const line = startOfBlock(lines, index);
    if ((lines[index - 1] ?? '').trim() !== '') continue;
    const heading = ATX.exec(line);
    const asks = ASKS_OR_NUMBERED.test(heading ? heading[2]! : line.trim());
    if (!asks) continue;
    const starts = shapes.some((shape) => {
      if (shape.kind === 'heading') return heading !== null && heading[1]!.length === shape.depth;
      if (shape.kind === 'qa') return isQaLine(line);
      if (shape.kind === 'bold') return BOLD_LINE.test(line);
      return DETAILS_LINE.test(line);
    });
    if (starts) return index + 1;
  }
  return undefined;
}

/**
 * A fence closed by what was meant to open the next block hides the
 * question between them inside code: `` ``` `` ... `## What is B?` ...
 * `` ``` ``. Code may hold such lines on purpose (a Markdown example, a
 * comment that asks), so these are reported, not cut.
 */
function hiddenQuestions(blocks: readonly RootContent[], lines: readonly string[]): HiddenQuestion[] {
  const hidden: HiddenQuestion[] = [];
  const shapes: Shape[] = [];
  for (const block of blocks) {
    if ((block.type === 'code' || block.type === 'math') && block.position && !(block.type === 'code' && /^(?:markdown|md|mdx|gfm)$/i.test(block.lang ?? ''))) {
      const { start, end } = block.position;
      if (FENCE_OPEN.test(lines[start.line - 1] ?? '')) {
        for (let line = cutLine(lines, start.line, shapes, end.line); line !== undefined; line = cutLine(lines, line, shapes, end.line)) {
          hidden.push({ line, blockLine: start.line });
        }
      }
    }
    addShape(shapes, block, lines);
  }
  return hidden;
}

/** The runaway block, ended before line `cut` (trailing blank lines left out). */
function endBlock(block: RootContent, lines: readonly string[], cut: number): RootContent {
  const position = block.position!;
  let lastLine = cut - 1;
  while (lastLine > position.start.line && (lines[lastLine - 1] ?? '').trim() === '') lastLine--;
  const end = {
    line: lastLine,
    column: (lines[lastLine - 1] ?? '').length + 1,
    offset: lines.slice(0, lastLine).reduce((sum, line) => sum + line.length + 1, 0) - 1,
  };
  const content = lines.slice(position.start.line, lastLine);
  if (block.type === 'code' || block.type === 'math') {
    const indent = FENCE_OPEN.exec(lines[position.start.line - 1] ?? '')?.[1]?.length ?? 0;
    const fenceIndent = new RegExp(`^ {0,${indent}}`);
    const value = content.map((line) => line.replace(fenceIndent, '')).join('\n');
    return { ...(block as Code | Math), value, position: { start: position.start, end } } as RootContent;
  }
  const html = block as Html;
  return { ...html, value: lines.slice(position.start.line - 1, lastLine).join('\n'), position: { start: position.start, end } };
}

function shiftPositions(tree: Root, lines: number, offset: number): void {
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    for (const point of [position.start, position.end]) {
      point.line += lines;
      if (point.offset !== undefined) point.offset += offset;
    }
  });
}

function shifted(block: RunawayBlock, lines: number): RunawayBlock {
  return { ...block, line: block.line + lines, ...(block.endedBefore !== undefined ? { endedBefore: block.endedBefore + lines } : {}) };
}
