/**
 * Obsidian Spaced Repetition's one-line cards among a note's other text: `front::back` (`:::` for a card
 * reviewed both ways) on a line of its own, in a note the plugin reads, one tagged `#flashcards` (or a tag
 * under it, `#flashcards/dl`):
 *
 *     ## Regularisation
 *
 *     Dropout::Randomly zeroing units while training.
 *     What does weight decay penalise?::Large weights.
 *
 * Each such line is cut out of its paragraph into the card's front, marked as a multi-line card's is
 * (review-cards.ts: a question whatever its wording), and its back, marked as its whole answer: the
 * note's text after it is not. A note of nothing but
 * such lines is a card export (card-export.ts). Without the tag `::` is left alone: Dataview's fields
 * (`source:: [[Book]]`) and C++ (`std::vector`) write it too.
 */
import type { Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Point } from 'unist';
import { oneLineCardSeparator } from './card-separator.js';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';

declare module 'mdast' {
  interface Data {
    /**
     * The back of a one-line card (inline-cards.ts) or of a multi-line one (review-cards.ts): its card's whole answer,
     * what follows it none of it; or the last block of a note block's card (anki-block-cards.ts), where its answer ends.
     */
    cardBack?: true;
    /**
     * A block of a note block's back (anki-block-cards.ts), and the line of its card's front: the answer of the question
     * asked there, whatever it holds (a bold question, a list of them).
     */
    inCardBack?: number;
  }
}

/** The plugin's default deck tag, or a deck under it, as a tag anywhere in the note. */
const FLASHCARDS_TAG = /(?:^|[\s(])#flashcards(?:\/[\p{L}\p{N}_/-]+)?(?=$|[\s),.;])/mu;

/** Whether the note is one the plugin reads one-line cards from (it carries its tag) and holds a `::`: an Obsidian note, so Markdown (detect-format.ts). */
export function hasInlineCards(text: string): boolean {
  return text.includes('::') && text.includes('#flashcards') && FLASHCARDS_TAG.test(text);
}

/** Cuts, in place, each top-level paragraph's card lines out of it, each into its front and its back (see above). */
export function readInlineCards(tree: Root, text: string, lines: readonly string[]): void {
  if (!hasInlineCards(text)) return;
  cutCardLines(tree, text, lines, (line) => {
    const separator = oneLineCardSeparator(lines[line - 1] ?? '');
    return separator && { separator: { at: separator.at, text: ':'.repeat(separator.length) } };
  });
}

/** How a line is a one-line card: where its separator stands (0-based column) and what it is; none when the card has no back. */
export interface CardLine {
  separator?: { at: number; text: string };
}

/**
 * Cuts, in place, each line of a top-level paragraph that is a card (`cardLine`, of 1-based lines) out of its
 * paragraph: into its front and its back at its separator (cardSides), or, a card of no back, into its front
 * alone. A line whose separator markup holds stays as it is, cut out of its paragraph. The card lines cut.
 */
export function cutCardLines(tree: Root, text: string, lines: readonly string[], cardLine: (line: number) => CardLine | undefined): Set<number> {
  const cut = new Set<number>();
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  for (const block of tree.children) {
    const position = block.type === 'paragraph' ? block.position : undefined;
    const cards = new Map<number, CardLine>();
    if (position && position.start.offset !== undefined) {
      for (let line = position.start.line; line <= position.end.line; line++) {
        const card = cardLine(line);
        if (card) cards.set(line, card);
      }
    }
    if (cards.size === 0) {
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines);
    // Each card line a part of its own: cut before it and after it.
    const cuts = [...new Set([...cards.keys()].flatMap((line) => [line, line + 1]))].filter((line) => line > position!.start.line && line <= position!.end.line);
    for (const part of splitAt(block as Paragraph, cuts, source)) {
      const line = part.position!.start.line;
      const card = part.position!.end.line === line ? cards.get(line) : undefined;
      if (!card) {
        children.push(part);
        continue;
      }
      const sides: Paragraph[] | undefined = card.separator ? cardSides(part, card.separator, line, source) : [{ ...part, data: { ...part.data, cardFront: true as const } }];
      if (sides) cut.add(line);
      children.push(...(sides ?? [part]));
    }
  }
  tree.children = children;
  return cut;
}

/**
 * Which text node of the paragraph holds the separator, and where in its value: the one standing at its column where
 * the node's text is as written there, else the first (an escape before it shifts the value from the line).
 */
function separatorIn(part: Paragraph, separator: { at: number; text: string }, line: number): { index: number; cut: number } {
  let first: { index: number; cut: number } | undefined;
  for (let index = 0; index < part.children.length; index++) {
    const node = part.children[index]!;
    if (node.type !== 'text') continue;
    for (let cut = node.value.indexOf(separator.text); cut >= 0; cut = node.value.indexOf(separator.text, cut + 1)) {
      first ??= { index, cut };
      const start = node.position?.start;
      if (start?.line === line && start.column - 1 + cut === separator.at) return { index, cut };
    }
  }
  return first ?? { index: -1, cut: -1 };
}

/**
 * A paragraph's first line cut at a card's separator (`separator`, standing at 0-based column `at` of that line)
 * into the card's front (marked `cardFront`, or `card` for a list item's, `frontData`) and its back, the rest of
 * the paragraph; undefined when markup holds the separator or a side is empty.
 */
export function cardSides(
  part: Paragraph,
  separator: { at: number; text: string },
  line: number,
  source: SourceLines,
  frontData: Paragraph['data'] = { cardFront: true },
): [Paragraph, Paragraph] | undefined {
  const { index, cut } = separatorIn(part, separator, line);
  const node = part.children[index] as Text | undefined;
  if (!node) return undefined;
  const after = cut + separator.text.length;
  const frontEnd: Point = source.point(line, separator.at);
  const backStart: Point = source.point(line, separator.at + separator.text.length + /^[ \t]*/.exec(node.value.slice(after))![0].length);
  const head = node.value.slice(0, cut).trimEnd();
  const tail = node.value.slice(after).trimStart();
  const front: PhrasingContent[] = [...part.children.slice(0, index), ...(head ? [{ type: 'text' as const, value: head, position: { start: node.position!.start, end: frontEnd } }] : [])];
  const back: PhrasingContent[] = [...(tail ? [{ type: 'text' as const, value: tail, position: { start: backStart, end: node.position!.end } }] : []), ...part.children.slice(index + 1)];
  if (front.length === 0 || back.length === 0) return undefined;
  return [
    { type: 'paragraph', children: front, position: { start: part.position!.start, end: frontEnd }, data: { ...part.data, ...frontData } },
    { type: 'paragraph', children: back, position: { start: backStart, end: part.position!.end }, data: { cardBack: true } },
  ];
}
