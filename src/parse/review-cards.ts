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
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';

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
