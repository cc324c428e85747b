/**
 * Obsidian Spaced Repetition's multi-line cards: the front's lines, a line
 * holding only `?` (`??` for a card reviewed both ways), then the back's
 * lines, the card ended by a blank line:
 *
 *     Explain batch normalization
 *     ?
 *     Normalises each mini-batch's activations.
 *
 * Markdown reads a card as one paragraph. It is cut in two, the `?` line
 * left out: the front, marked as the card's question whatever its wording
 * (`L1 vs L2 regularisation` asks as a card does, every line of it), and the
 * back, its whole answer (`cardBack`: the text after the card is not).
 * (One-line cards, `front::back`, are read with the flashcard exports, card-export.ts, and among a note's
 * other text, inline-cards.ts.)
 *
 * Ankdown's decks are read so too: a card's fields are parted by a line of `%` alone (`%%` in a deck that writes it
 * doubled, ankdown-field-lines.ts), the front, the back, and
 * fields after it, the third the card's tags (`dl, regularization`); cards are parted by `---`. Its fields
 * stand between blank lines, each a block of its own, or right under one another, in one paragraph as a Spaced
 * Repetition card's are; the `%` lines are left out, the back is the whole answer, up to the next `%` or the
 * card's end, and the third field is the question's tags (readAnkdownCards).
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { VFile } from 'vfile';
import type { LineTags } from './document.js';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { lineRange } from '../report/line-span.js';
import { fieldLineOf, writesDoubledFieldLines } from './ankdown-field-lines.js';

declare module 'mdast' {
  interface ParagraphData {
    /** The front of a spaced-repetition card (review-cards.ts): a question, the paragraph after it its answer. */
    cardFront?: true;
  }
}

const SEPARATOR = /^[ \t]*\?\??[ \t]*$/;
/** The separator on a line of its own between two lines: without one (most notes) the paragraphs are not read. */
const SEPARATED = /[^\n]\n[ \t]*\?\??[ \t]*\n[ \t]*\S/;

/** Whether the note holds a multi-line card's separator: an Obsidian note's, so Markdown (detect-format.ts). */
export function hasReviewCards(text: string): boolean {
  return SEPARATED.test(text);
}

/** Cuts, in place, each top-level paragraph that is a multi-line card into its front and its back. */
export function readReviewCards(tree: Root, text: string, lines: readonly string[]): void {
  if (!hasReviewCards(text)) return;
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  for (const [index, block] of tree.children.entries()) {
    const separator = block.type === 'paragraph' ? separatorLine(block, lines) : undefined;
    if (separator === undefined) {
      const front = block.type === 'paragraph' ? frontOverBlockBack(block, tree.children[index + 1], lines) : undefined;
      if (front) {
        source ??= sourceLines(text, lines);
        const parts = splitAt(block as Paragraph, [front], source);
        if (parts.length === 2) {
          // A back that is a list, formula, code, table or quote right under the `?` line (Markdown ends the paragraph
          // there): the front is the card's question, those blocks its whole answer.
          parts[0]!.data = { ...block.data, cardFront: true };
          children.push(parts[0]!);
          const last = lastOfCard(tree.children, index + 1, tree.children[index + 1]!);
          last.data = { ...last.data, cardBack: true };
          continue;
        }
      }
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines);
    const parts = splitAt(block as Paragraph, [separator, separator + 1], source);
    // A cut no line break of the paragraph's own ends (a link spanning the `?`) leaves it whole.
    if (parts.length !== 3) {
      children.push(block);
      continue;
    }
    const [front, , back] = parts as [Paragraph, Paragraph, Paragraph];
    front.data = { ...block.data, cardFront: true };
    children.push(front, back);
    // A blank line ends the card: its back is its whole answer, a formula or a list Markdown read as a block of its own
    // under the paragraph's last line (`$$f(x) = W_2 W_1 x$$`) too.
    const last = lastOfCard(tree.children, index, back);
    last.data = { ...last.data, cardBack: true };
  }
  tree.children = children;
}

/** Blocks Markdown starts under a paragraph's line with no blank line between: a back's formula, list, code, table or quote. */
const GOES_ON_BACK: ReadonlySet<string> = new Set(['math', 'list', 'code', 'table', 'blockquote']);

/** The card's last block: `back`, or the last of such blocks after the one at `index`, each right under the one before. */
function lastOfCard(blocks: readonly RootContent[], index: number, back: RootContent): RootContent {
  let last: RootContent = back;
  for (let next = index + 1; next < blocks.length; next++) {
    const block = blocks[next]!;
    // A heading right under the back starts a section of its own.
    if (!GOES_ON_BACK.has(block.type) || block.position?.start.line !== (last.position?.end.line ?? -1) + 1) break;
    last = block;
  }
  return last;
}

/**
 * The line of `paragraph` holding only the separator when it is the paragraph's last, over a back that Markdown reads as
 * a block of its own (`?` over `- single: …`): the separator's line, where the front ends.
 */
function frontOverBlockBack(paragraph: Paragraph, next: RootContent | undefined, lines: readonly string[]): number | undefined {
  const position = paragraph.position;
  if (!position || position.start.offset === undefined || position.end.line <= position.start.line) return undefined;
  if (!SEPARATOR.test(lines[position.end.line - 1] ?? '')) return undefined;
  if (!next || !GOES_ON_BACK.has(next.type) || next.position?.start.line !== position.end.line + 1) return undefined;
  return position.end.line;
}

/** The paragraph's first line holding only the separator, with lines of the front before it and of the back after it. */
function separatorLine(paragraph: Paragraph, lines: readonly string[]): number | undefined {
  const position = paragraph.position;
  if (!position || position.start.offset === undefined) return undefined;
  for (let line = position.start.line + 1; line < position.end.line; line++) if (SEPARATOR.test(lines[line - 1] ?? '')) return line;
  return undefined;
}

/** A field's line anywhere in a note: without one with text over it (most notes) the tree is not walked. */
export const FIELD_LINES = /^[ \t]*%[ \t]*$/gm;
/** A tag: a word, perhaps of several parts (`machine-learning`, `dl/optim`, `#dl`), not a sentence's last (`book.`). */
const TAG_WORD = String.raw`#?[\p{L}\p{N}_][\p{L}\p{N}_:/.+#-]*(?<!\.)`;
/** A card's field of tags, as Ankdown's third holds them: tags parted by commas or spaces (`dl, regularization`). */
export const TAGS_FIELD = new RegExp(String.raw`^${TAG_WORD}(?:(?:[ \t]*,[ \t]*|[ \t]+)${TAG_WORD})*$`, 'u');

/** Whether the note holds Ankdown's `%` line under a field, or is a deck of `%%` ones: a deck's, so Markdown (detect-format.ts). */
export function hasAnkdownCards(text: string): boolean {
  if (!text.includes('%')) return false;
  if (writesDoubledFieldLines(text)) return true;
  // Text over it: the note's first character that is no space stands before the line.
  const first = text.search(/\S/);
  for (const line of text.matchAll(FIELD_LINES)) if (line.index > first) return true;
  return false;
}

/**
 * Ankdown's cards in `tree`, in place: within each run of blocks between `---` lines, a front (one paragraph), a `%`
 * line, the back's blocks, and after another `%` line the card's other fields. The front is marked as the card's
 * question (`cardFront`), the back's last block as where its answer ends (`cardBack`), and the `%` lines are left
 * out; a third field of words is the question's tags (returned at the front's line, told in a note), any other field
 * left out with a note. A run whose first `%` has no paragraph alone over it, or nothing under it, is left as written.
 */
export function readAnkdownCards(tree: Root, text: string, lines: readonly string[], vfile: VFile): LineTags[] {
  if (!hasAnkdownCards(text)) return [];
  const source = sourceLines(text, lines);
  // `%` alone, or `%%` in a deck that writes it doubled (ankdown-field-lines.ts).
  const fieldLine = fieldLineOf(text);
  const blocks = withFieldLinesApart(tree.children, lines, source, fieldLine);
  const isFieldLine = (block: RootContent) => block.type === 'paragraph' && block.position?.start.line === block.position?.end.line && fieldLine.test(lines[block.position!.start.line - 1] ?? '');
  const tags: LineTags[] = [];
  const out: RootContent[] = [];
  let start = 0;
  while (start < blocks.length) {
    let end = start;
    while (end < blocks.length && blocks[end]!.type !== 'thematicBreak') end++;
    const card = blocks.slice(start, end);
    const fieldLines = card.flatMap((block, index) => (isFieldLine(block) ? [index] : []));
    const [first] = fieldLines;
    const front = card[0];
    if (first !== 1 || front?.type !== 'paragraph' || fieldLines[1] === 2 || card.length < 3) {
      out.push(...card);
    } else {
      const backEnd = fieldLines[1] ?? card.length;
      front.data = { ...front.data, cardFront: true };
      const back = card.slice(2, backEnd);
      back.at(-1)!.data = { ...back.at(-1)!.data, cardBack: true };
      out.push(front, ...back);
      const cardTags = otherFields(card, fieldLines, front, source, vfile);
      if (cardTags) tags.push(cardTags);
    }
    if (end < blocks.length) out.push(blocks[end]!);
    start = end + 1;
  }
  tree.children = out;
  return tags;
}

/**
 * The blocks, each paragraph holding a `%` line between lines of its own cut there, the `%` line a paragraph apart. A
 * card's last field right over its `---` is a heading to Markdown (setext's underline): it is the paragraph it is to
 * Ankdown, and the `---` the line between cards.
 */
function withFieldLinesApart(blocks: readonly RootContent[], lines: readonly string[], source: SourceLines, fieldLine: RegExp): RootContent[] {
  return blocks.flatMap((written) => {
    const cardEnd = underlinedField(written, lines, source, fieldLine);
    return cardEnd ? [...fieldLinesApart(cardEnd[0], lines, source, fieldLine), cardEnd[1]] : fieldLinesApart(written, lines, source, fieldLine);
  });
}

/** A setext heading underlined with `---` whose lines hold a `%` line: the paragraph of its lines, and the `---` as a break. */
function underlinedField(block: RootContent, lines: readonly string[], source: SourceLines, fieldLine: RegExp): [Paragraph, RootContent] | undefined {
  const position = block.position;
  if (block.type !== 'heading' || !position || position.end.line <= position.start.line) return undefined;
  const underline = position.end.line;
  if (!/^[ \t]*-+[ \t]*$/.test(lines[underline - 1] ?? '')) return undefined;
  if (!lines.slice(position.start.line - 1, underline - 1).some((line) => fieldLine.test(line))) return undefined;
  const paragraph: Paragraph = { type: 'paragraph', children: block.children, position: { start: position.start, end: source.point(underline - 1, lines[underline - 2]!.length) } };
  return [paragraph, { type: 'thematicBreak', position: { start: source.point(underline, 0), end: position.end } }];
}

/** The block, a paragraph holding a `%` line between lines of its own cut there. */
function fieldLinesApart(block: RootContent, lines: readonly string[], source: SourceLines, fieldLine: RegExp): RootContent[] {
  const position = block.position;
  if (block.type !== 'paragraph' || !position || position.start.offset === undefined || position.end.line === position.start.line) return [block];
  const cuts: number[] = [];
  for (let line = position.start.line; line <= position.end.line; line++) {
    if (!fieldLine.test(lines[line - 1] ?? '')) continue;
    if (line > position.start.line) cuts.push(line);
    if (line < position.end.line) cuts.push(line + 1);
  }
  return cuts.length === 0 ? [block] : splitAt(block, cuts, source);
}

/**
 * The fields of `card` after its second `%` line: the third the front's tags when it is a line of words, said so;
 * what else stands there left out with a note. Each field's blocks are taken out of the tree with it.
 */
function otherFields(card: readonly RootContent[], fieldLines: readonly number[], front: Paragraph, source: SourceLines, vfile: VFile): LineTags | undefined {
  let found: LineTags | undefined;
  fieldLines.slice(1).forEach((at, k) => {
    const field = card.slice(at + 1, fieldLines[k + 2] ?? card.length);
    const start = field[0]?.position?.start;
    if (!start) return;
    const words = field.length === 1 && field[0]!.type === 'paragraph' ? toString(field[0]!).trim() : '';
    if (k === 0 && TAGS_FIELD.test(words)) {
      const frontLine = front.position!.start.line;
      found = { line: frontLine, lineStart: source.point(frontLine, 0).offset!, tags: words.split(/[ \t]*,[ \t]*|[ \t]+/).map((tag) => tag.replace(/^#/, '')) };
      vfile.info(`Read the card's third field ("${words}") as its tags, not as part of its answer`, { place: { line: start.line, column: start.column }, ruleId: 'ankdown-cards', source: 'qbank' });
    } else {
      const end = field.at(-1)!.position?.end.line ?? start.line;
      vfile.info(`Left out the card's field ${k + 3} (${lineRange(start.line, end)}): an Ankdown field after the back is no part of its answer`, { place: { line: start.line, column: start.column }, ruleId: 'ankdown-cards', source: 'qbank' });
    }
  });
  return found;
}
