/**
 * A book's highlights as Readwise exports them to Markdown (Obsidian, Logseq, a download): a bullet each, the
 * highlighted passage ending with a link back to it on readwise.io, and the reader's note on it a bullet under it:
 *
 *     - Dropout can be thought of as … networks. ([Location 5321](https://readwise.io/to_kindle?…))
 *         - **Note:** Q: Why is dropout compared to bagging? A: Each mini-batch trains …
 *     - Batch normalization reparametrizes the model … ([Location 6110](https://readwise.io/to_kindle?…))
 *
 * The passage is the book's words, no question: read as one, a highlight was a question worded by the book, its
 * note glued to it (`… networks. (Location 5321). Note: Q: Why …?`), and one without a note an unanswered question.
 * What asks is the note: a note written as a question and its answer (`Q: … A: …`) is that question, the bullet
 * its line, the highlight left out; a note that only asks (`Why is dropout like bagging?`) is answered by the passage
 * it was written on. A highlight with no note that asks is left out, and each highlight left out is said so.
 */
import type { List, ListItem, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { inlineText, labelsQuestion } from '../wording/prompt-text.js';
import { isInterrogative } from '../wording/interrogative.js';
import type { LeftOutLine } from './plaintext.js';

/** A link back to a passage on Readwise (`readwise.io/to_kindle?…`, `read.readwise.io/read/…`). */
const READWISE_LINK = /^https?:\/\/(?:read\.)?readwise\.io\//i;
/** The label of the reader's note on a highlight (`**Note:**`, `Note:`). */
const NOTE_LABEL = /^\s*note\s*[:：]\s*/i;

/** Reads the highlights of the note's lists, when it holds Readwise's; returns the lines of those left out. */
export function readReadwiseHighlights(tree: Root, text: string): LeftOutLine[] {
  if (!text.includes('readwise.io')) return [];
  const leftOut: LeftOutLine[] = [];
  const read: RootContent[] = [];
  for (const block of tree.children) {
    if (block.type !== 'list') {
      read.push(block);
      continue;
    }
    const items = block.children.flatMap((item) => readHighlight(item, leftOut));
    if (items.length === block.children.length && items.every((item, index) => item === block.children[index])) {
      read.push(block);
      continue;
    }
    // `## Highlights` over them names Readwise's section, not what the questions are about.
    const heading = read.at(-1);
    if (heading?.type === 'heading' && HIGHLIGHTS_HEADING.test(inlineText(heading.children).trim()) && heading.position) {
      read.pop();
      leftOut.push({ line: heading.position.start.line, text: inlineText(heading.children).trim(), reason: 'readwise-heading' });
    }
    if (items.length > 0) read.push({ ...block, children: items } satisfies List);
  }
  tree.children = leftOut.length > 0 ? withoutBookMetadata(read, leftOut) : read;
  return leftOut.sort((a, b) => a.line - b.line);
}

/** Readwise's cover image over the book's metadata (`![rw-book-cover](…)`). */
const COVER = 'rw-book-cover';

/**
 * The blocks without what Readwise writes of the book over its highlights: its cover, and its `## Metadata` heading
 * over a list of `Author:`, `Full Title:`, `Category:` fields, each left out (`text`: what it said). Read as the note's,
 * the heading was the topic of every question after it.
 */
function withoutBookMetadata(blocks: readonly RootContent[], leftOut: LeftOutLine[]): RootContent[] {
  const kept: RootContent[] = [];
  /** Whether the block before was the `## Metadata` heading, left out: the list under it is the fields. */
  let underMetadata = false;
  for (const [index, block] of blocks.entries()) {
    const line = block.position?.start.line;
    const fields = underMetadata && block.type === 'list';
    underMetadata = false;
    if (line === undefined) kept.push(block);
    else if (block.type === 'paragraph' && block.children.every((child) => child.type === 'image' && child.alt === COVER)) {
      leftOut.push({ line, text: COVER, reason: 'readwise-metadata' });
    } else if (block.type === 'heading' && /^metadata$/i.test(inlineText(block.children).trim()) && blocks[index + 1]?.type === 'list') {
      leftOut.push({ line, text: inlineText(block.children).trim(), reason: 'readwise-metadata' });
      underMetadata = true;
    } else if (fields) {
      leftOut.push({ line, text: inlineText([block]).replace(/\s+/g, ' ').trim(), reason: 'readwise-metadata' });
    } else kept.push(block);
  }
  return kept;
}

/** Readwise's heading over a book's highlights: `Highlights`, `New highlights added December 4, 2023 at 10:22 AM`. */
const HIGHLIGHTS_HEADING = /^(?:highlights|new highlights added\b.*)$/i;

/** The item read as a highlight, when it is one: the question its note asks, or nothing (its line left out). */
function readHighlight(item: ListItem, leftOut: LeftOutLine[]): ListItem[] {
  const [passage, ...under] = item.children;
  if (passage?.type !== 'paragraph' || !linksBack(passage)) return [item];
  const note = noteOf(under);
  const line = passage.position?.start.line;
  const words = withoutLinkBack(passage);
  const said = inlineText(words.children).replace(/\s+/g, ' ').trim();
  const asked = note && inlineText(note.paragraph.children).trim();
  const others = note ? withoutNote(under, note.item) : under;
  if (asked && labelsQuestion(asked)) {
    if (line !== undefined) leftOut.push({ line, text: said, reason: 'readwise-highlight' });
    // The note's `A:` goes under its tags, as under a note's that only asks.
    const [question, answer] = atAnswerLabel(note.paragraph);
    return [{ ...item, spread: answer !== undefined, children: [question, ...others, ...(answer ? [answer] : [])] }];
  }
  // Its tags (`- Tags: [[regularization]]`) head the answer, where a question's metadata is read as its tags.
  if (asked && isInterrogative(asked)) return [{ ...item, spread: true, children: [note.paragraph, ...others, words] }];
  if (line !== undefined) leftOut.push({ line, text: said, reason: 'readwise-highlight-unasked' });
  return [];
}

/** Whether the paragraph ends with a link back to its passage on Readwise, in parentheses. */
function linksBack(paragraph: Paragraph): boolean {
  const link = paragraph.children.findLast((child) => child.type === 'link');
  return link !== undefined && READWISE_LINK.test(link.url) && /\)\s*$/.test(inlineText(paragraph.children));
}

/** The passage without its link back and the parentheses around it: its words alone. */
function withoutLinkBack(paragraph: Paragraph): Paragraph {
  const at = paragraph.children.findLastIndex((child) => child.type === 'link');
  const before = paragraph.children.slice(0, at);
  const last = before.at(-1);
  const children: PhrasingContent[] = last?.type === 'text' ? [...before.slice(0, -1), { ...last, value: last.value.replace(/\s*\(\s*$/, '') }] : before;
  const end = children.at(-1)?.position?.end;
  return { ...paragraph, children, ...(paragraph.position && end ? { position: { start: paragraph.position.start, end } } : {}) };
}

/** The reader's note among the blocks under a highlight: a bullet opened by `Note:`, and its text without the label. */
function noteOf(under: ListItem['children']): { item: ListItem; paragraph: Paragraph } | undefined {
  for (const block of under) {
    if (block.type !== 'list') continue;
    for (const item of block.children) {
      const [first] = item.children;
      if (first?.type !== 'paragraph' || !NOTE_LABEL.test(inlineText(first.children))) continue;
      return { item, paragraph: withoutLabel(first) };
    }
  }
  return undefined;
}

/** The note's paragraph without its label (`**Note:**` in bold, or `Note:` in its text). */
function withoutLabel(paragraph: Paragraph): Paragraph {
  const [head, ...rest] = paragraph.children;
  let children: PhrasingContent[];
  if (head?.type === 'strong' && NOTE_LABEL.test(inlineText(head.children))) {
    const after = inlineText(head.children).replace(NOTE_LABEL, '');
    const next = rest[0];
    children = next?.type === 'text' && after === '' ? [withoutHead(next, /^\s+/), ...rest.slice(1)] : rest;
  } else if (head?.type === 'text') {
    children = [withoutHead(head, NOTE_LABEL), ...rest];
  } else children = [...paragraph.children];
  const start = children[0]?.position?.start;
  return { ...paragraph, children, ...(paragraph.position && start ? { position: { start, end: paragraph.position.end } } : {}) };
}

/** The blocks under a highlight but its note's bullet (its tags stay, the question's metadata). */
function withoutNote(under: ListItem['children'], note: ListItem): ListItem['children'] {
  return under.flatMap((block): ListItem['children'] => {
    if (block.type !== 'list' || !block.children.includes(note)) return [block];
    const children = block.children.filter((item) => item !== note);
    return children.length > 0 ? [{ ...block, children }] : [];
  });
}

/** A text without what `head` matches at its start, its place starting after it (the label is on the note's line). */
function withoutHead(node: Text, head: RegExp): Text {
  return withoutFirst(node, head.exec(node.value)?.[0].length ?? 0);
}

/** A text without its first `cut` characters, its place starting after them. */
function withoutFirst(node: Text, cut: number): Text {
  const start = node.position?.start;
  if (cut === 0 || !start || !node.position) return { ...node, value: node.value.slice(cut) };
  const moved = { line: start.line, column: start.column + cut, ...(start.offset !== undefined ? { offset: start.offset + cut } : {}) };
  return { ...node, value: node.value.slice(cut), position: { start: moved, end: node.position.end } };
}

/** ` A: ` after the question in a note's text: where its answer starts. */
const ANSWER_LABEL = /\s(A\s*[:：]\s*)/;

/** A note written `Q: … A: …` as its question and its answer, two paragraphs; the note whole when no `A:` is in its text. */
function atAnswerLabel(paragraph: Paragraph): [Paragraph, Paragraph?] {
  const at = paragraph.children.findIndex((child) => child.type === 'text' && ANSWER_LABEL.test(child.value));
  const node = paragraph.children[at];
  if (node?.type !== 'text') return [paragraph];
  const found = ANSWER_LABEL.exec(node.value)!;
  const before: Text = { type: 'text', value: node.value.slice(0, found.index) };
  const after = withoutFirst(node, found.index + found[0].length - found[1]!.length);
  const question: PhrasingContent[] = [...paragraph.children.slice(0, at), ...(before.value ? [before] : [])];
  const answer: PhrasingContent[] = [after, ...paragraph.children.slice(at + 1)];
  const place = (nodes: PhrasingContent[]) => {
    const start = nodes[0]?.position?.start;
    const end = nodes.at(-1)?.position?.end;
    return start && end ? { position: { start, end } } : {};
  };
  if (node.position?.start.offset !== undefined) {
    const { start } = node.position;
    before.position = { start, end: { line: start.line, column: start.column + found.index, offset: start.offset! + found.index } };
  }
  return [
    { type: 'paragraph', children: question, ...place(question) },
    { type: 'paragraph', children: answer, ...place(answer) },
  ];
}
