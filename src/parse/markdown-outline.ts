/**
 * A numbered outline written in a Markdown note (`1. Supervised learning` / `1.1. What is overfitting?` / `1.1.1. …`),
 * read by its levels as copied text's is (numbered-outline.ts): its sections' titles and its questions each a
 * paragraph of their own that says so (`data.outline`), its number left out of the text, and the points under a
 * question its answer's list. CommonMark reads such an outline otherwise: `1.` opens an ordered list's item and
 * `1.1.` a paragraph (a dotted number opens no list), so a section's title was a list of one, never a topic, and
 * `2. Deep learning` the end of the answer above it; with no blank line between them, the lines went on as one
 * paragraph.
 *
 * Only prose lines count (not code, nor math), and a note is an outline as copied text is: with two lines numbered
 * under another and a level that asks. A plain ordered list (`1. Compute the gradient` / `2. Update the weights`)
 * numbers nothing under another, and one inside the outline, under a question, stays that answer's list.
 */
import type { List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { ProseReading } from './prose-lines.js';
import { mayBeOutline, pointsBlock, readNumberedOutline, type OutlineLine, type OutlinePoint } from './numbered-outline.js';
import { wrapsOnto } from './plaintext.js';
import { lineStarts } from './line-starts.js';

export interface MarkdownOutline {
  /** The outline's lines by their index in the text's lines, each with where it starts in the text. */
  lines: ReadonlyMap<number, OutlineLine & { offset: number }>;
  /**
   * The lines (0-based) that must open a block of their own: each of the outline's, and the line under a section's
   * title or a question, but one its line wraps onto.
   */
  apart: ReadonlySet<number>;
}

/** The note's numbered outline, if it is one. */
export function findMarkdownOutline(text: string): MarkdownOutline | undefined {
  if (!mayBeOutline(text)) return undefined;
  const reading = new ProseReading();
  const written = text.split('\n');
  const prose = written.map((line) => (reading.read(line).kind === 'prose' ? line : ''));
  const outline = readNumberedOutline(prose);
  if (outline.size === 0) return undefined;
  const starts = lineStarts(written);
  const lines = new Map<number, OutlineLine & { offset: number }>();
  const apart = new Set<number>();
  for (const [index, line] of outline) {
    // An answer's steps (`1. Compute the gradient`) are a list's items, as CommonMark reads them already.
    if (line.role === 'step') continue;
    lines.set(index, { ...line, offset: starts[index]! });
    apart.add(index);
    const next = prose[index + 1];
    if (line.role !== 'point' && next !== undefined && next.trim() !== '' && !wrapsOnto(written[index]!, next)) apart.add(index + 1);
  }
  return { lines, apart };
}

/**
 * The tree with the outline read (`outline`: its lines by their line in the note, 1-based): each block its line opens
 * says what it is, an ordered list's items that are the outline's lines among them; the points under a question are
 * its answer's list (numbered-outline.ts pointsBlock).
 */
export function readMarkdownOutline(tree: Root, outline: ReadonlyMap<number, OutlineLine>): void {
  tree.children = outlineBlocks(tree.children, outline);
}

function outlineBlocks(blocks: readonly RootContent[], outline: ReadonlyMap<number, OutlineLine>): RootContent[] {
  const read: RootContent[] = [];
  let points: OutlinePoint[] = [];
  const endPoints = () => {
    if (points.length > 0) read.push(pointsBlock(points));
    points = [];
  };
  for (const block of blocks) {
    if (block.type === 'list' && block.ordered && block.children.some((item) => outline.has(startLine(item)))) {
      endPoints();
      read.push(...listBlocks(block, outline));
      continue;
    }
    const entry = block.type === 'paragraph' ? outline.get(startLine(block)) : undefined;
    if (block.type !== 'paragraph' || !entry || !leaveOutNumber(block, entry.number)) {
      endPoints();
      read.push(block);
      continue;
    }
    if (entry.role === 'point') {
      points.push({ level: entry.path.length, number: entry.path.at(-1)!, paragraph: block, position: block.position! });
      continue;
    }
    endPoints();
    read.push(marked(block, entry));
  }
  endPoints();
  return read;
}

/**
 * An ordered list some of whose items are the outline's (`1. Supervised learning`, `2. Deep learning`): each such item
 * its paragraph, marked, then what else it holds read so too; a run of other items (an answer's steps) stays a list.
 */
function listBlocks(list: List, outline: ReadonlyMap<number, OutlineLine>): RootContent[] {
  const read: RootContent[] = [];
  let run: ListItem[] = [];
  let runStart = 0;
  const endRun = () => {
    if (run.length > 0) read.push({ ...list, start: (list.start ?? 1) + runStart, children: run, position: { start: run[0]!.position!.start, end: run.at(-1)!.position!.end } });
    run = [];
  };
  list.children.forEach((item, k) => {
    const entry = outline.get(startLine(item));
    const [text, ...rest] = item.children;
    if (!entry || entry.role === 'point' || text?.type !== 'paragraph' || startLine(text) !== startLine(item)) {
      if (run.length === 0) runStart = k;
      run.push(item);
      return;
    }
    endRun();
    read.push(marked(text, entry), ...outlineBlocks(rest as RootContent[], outline));
  });
  endRun();
  return read;
}

function marked(paragraph: Paragraph, entry: OutlineLine): Paragraph {
  paragraph.data = { ...paragraph.data, outline: { number: entry.number, level: entry.path.length, role: entry.role as 'section' | 'question' } };
  return paragraph;
}

/**
 * Leaves `number` (`1.1.`) and the space after it out of the text the paragraph opens with, its start moved past them,
 * as a list item's text starts after its marker; false when the paragraph opens otherwise.
 */
function leaveOutNumber(paragraph: Paragraph, number: string): boolean {
  const first = paragraph.children[0];
  if (first?.type !== 'text' || !first.value.startsWith(number)) return false;
  const rest = first.value.slice(number.length);
  const text = rest.replace(/^[ \t]+/, '');
  if (text === rest) return false;
  const cut = first.value.length - text.length;
  const start = first.position && { ...first.position.start, column: first.position.start.column + cut, offset: (first.position.start.offset ?? 0) + cut };
  if (text === '') paragraph.children.shift();
  else {
    first.value = text;
    if (start) first.position!.start = start;
  }
  const opening = paragraph.children[0]?.position?.start ?? start;
  if (opening && paragraph.position) paragraph.position.start = { ...opening };
  return true;
}

function startLine(node: RootContent | ListItem): number {
  return node.position?.start.line ?? 0;
}
