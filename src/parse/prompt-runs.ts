/**
 * Cheat notes often write their pairs without blank lines between them:
 *
 *     Q: What is dropout?
 *     A: Randomly zeroing activations.
 *     Q: What is batch norm?
 *     A: Normalising activations per batch.
 *
 * Markdown reads that as one paragraph, so every question after the first
 * would be read as part of the first one's answer. A top-level paragraph
 * that starts with a question line is split before each later line that
 * starts a question the same way: a `Q:` line (QA_LINE), or a line that is
 * one bold run that asks or is numbered (`**Q. What is X?**`). The copied
 * plain-text reader splits such lines already; this makes Markdown agree.
 *
 * Only line breaks that stand between the paragraph's own inline nodes are
 * cut (a bold run or link spanning two lines is left whole).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import type { Point } from 'unist';
import { ASKS_OR_NUMBERED, BOLD_LINE, QA_LINE } from './runaway-blocks.js';

type LineKind = 'qa' | 'bold';

function kindOf(line: string): LineKind | undefined {
  if (QA_LINE.test(line)) return 'qa';
  if (BOLD_LINE.test(line) && ASKS_OR_NUMBERED.test(line.trim())) return 'bold';
  return undefined;
}

/** Splits, in place, each top-level paragraph holding several question lines of its first line's kind. */
export function splitPromptRuns(tree: Root, lines: readonly string[]): void {
  if (!tree.children.some((block) => block.type === 'paragraph' && spansLines(block))) return;
  let lineStarts: number[] | undefined;
  const children: RootContent[] = [];
  for (const block of tree.children) {
    if (block.type !== 'paragraph' || !spansLines(block)) {
      children.push(block);
      continue;
    }
    const { start, end } = block.position!;
    const kind = kindOf(lines[start.line - 1] ?? '');
    const cuts: number[] = [];
    if (kind) for (let line = start.line + 1; line <= end.line; line++) if (kindOf(lines[line - 1] ?? '') === kind) cuts.push(line);
    if (cuts.length === 0) {
      children.push(block);
      continue;
    }
    lineStarts ??= startsOf(lines);
    children.push(...splitAt(block, cuts, lines, lineStarts));
  }
  tree.children = children;
}

function spansLines(block: Paragraph): boolean {
  return block.position !== undefined && block.position.end.line > block.position.start.line && block.position.start.offset !== undefined;
}

function startsOf(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}

/** The paragraph in parts, each from one of `cuts` (lines) to the next; a cut no top-level line break ends is skipped. */
function splitAt(paragraph: Paragraph, cuts: readonly number[], lines: readonly string[], lineStarts: readonly number[]): Paragraph[] {
  const parts: Paragraph[] = [];
  let children: PhrasingContent[] = [...paragraph.children];
  let partStart: Point = paragraph.position!.start;
  for (const line of cuts) {
    const split = splitChildren(children, line, lines, lineStarts);
    if (!split) continue;
    const endOfLine = pointAt(line - 1, lines[line - 2]!.length, lineStarts);
    parts.push({ type: 'paragraph', children: split.before, position: { start: partStart, end: endOfLine } });
    children = split.after;
    partStart = startOfLine(line, lines, lineStarts);
  }
  parts.push({ type: 'paragraph', children, position: { start: partStart, end: paragraph.position!.end } });
  return parts;
}

/** The children before line `line` and from it, when a text node's line feed or a hard break ends the line before. */
function splitChildren(children: readonly PhrasingContent[], line: number, lines: readonly string[], lineStarts: readonly number[]): { before: PhrasingContent[]; after: PhrasingContent[] } | undefined {
  for (let k = 0; k < children.length; k++) {
    const node = children[k]!;
    const at = node.position?.start;
    if (!at) continue;
    if (node.type === 'break' && at.line === line - 1) return { before: children.slice(0, k), after: children.slice(k + 1) };
    if (node.type !== 'text' || at.line >= line || node.position!.end.line < line) continue;
    // The line feed ending line - 1: remark keeps one per line break in a text node's value, and
    // one per `&#10;` written in it, which is no line of the source: so the feed is the first from
    // the counted one after which the text goes on as the line does.
    const starts = (lines[line - 1] ?? '').trimStart().slice(0, 2);
    let feed = -1;
    for (let seen = at.line; seen < line; seen++) {
      feed = node.value.indexOf('\n', feed + 1);
      if (feed < 0) return undefined;
    }
    while (feed + 1 < node.value.length && !node.value.startsWith(starts, feed + 1)) {
      feed = node.value.indexOf('\n', feed + 1);
      if (feed < 0) return undefined;
    }
    const head = node.value.slice(0, feed).replace(/[ \t]+$/, '');
    const tail = node.value.slice(feed + 1);
    const before = [...children.slice(0, k), ...(head ? [{ type: 'text' as const, value: head, position: { start: at, end: pointAt(line - 1, lines[line - 2]!.trimEnd().length, lineStarts) } }] : [])];
    const after = [...(tail ? [{ type: 'text' as const, value: tail, position: { start: startOfLine(line, lines, lineStarts), end: node.position!.end } }] : []), ...children.slice(k + 1)];
    return { before, after };
  }
  return undefined;
}

/** Line `line`'s first character that is not a space (remark drops a continuation line's indentation). */
function startOfLine(line: number, lines: readonly string[], lineStarts: readonly number[]): Point {
  const indent = /^[ \t]*/.exec(lines[line - 1] ?? '')![0].length;
  return pointAt(line, indent, lineStarts);
}

/** `column0` characters into line `line` (1-based). */
function pointAt(line: number, column0: number, lineStarts: readonly number[]): Point {
  return { line, column: column0 + 1, offset: lineStarts[line - 1]! + column0 };
}
