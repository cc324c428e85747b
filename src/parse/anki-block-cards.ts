/**
 * The cards of an Obsidian_to_Anki note (anki-blocks.ts) marked in its tree once its Markdown is parsed: a block's
 * front is cut out of its paragraph as a card's front (`cardFront`, a question however worded; withFrontsCut), the
 * blocks of its back are marked as its answer whatever they hold (`inCardBack`), and the last of them as where its
 * answer stops (`cardBack`: at `END`, not in the prose after it, whether it ends in a paragraph, a list or a formula);
 * a one-line note is cut into its front and its back as a one-line card is (inline-cards.ts). Each card's tags are
 * its front line's (`LineTags`), where the extractor looks for tags written after a question.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import { CONTINUE, EXIT, visit } from 'unist-util-visit';
import type { AnkiCard } from './anki-blocks.js';
import type { LineTags } from './document.js';
import { cutCardLines } from './inline-cards.js';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';

/** Marks the cards in `tree` (parsed from `markdown`, whose lines are `lines`) in place; their tags, and the one-line notes Markdown did not read as a paragraph of their own. */
export function markAnkiCards(tree: Root, markdown: string, lines: readonly string[], cards: readonly AnkiCard[]): { lineTags: LineTags[]; unread: AnkiCard[] } {
  const source = sourceLines(markdown, lines);
  const blocks = cards.filter((card) => !card.inline);
  if (blocks.length > 0) {
    tree.children = withFrontsCut(tree.children, blocks, source);
    endCardsAtTheirEnd(tree.children, blocks);
  }
  const inline = new Map(cards.filter((card) => card.inline).map((card) => [card.front, card.back ? { separator: card.back } : {}]));
  const cut = inline.size > 0 ? cutCardLines(tree, markdown, lines, (line) => inline.get(line)) : new Set<number>();
  return {
    lineTags: cards.filter((card) => card.tags.length > 0).map((card) => ({ line: card.front, lineStart: source.point(card.front, 0).offset!, tags: card.tags })),
    unread: cards.filter((card) => card.inline && !cut.has(card.front)),
  };
}

/**
 * The blocks with each card's front marked: a paragraph its first line opens is cut after its last line (the lines of
 * its back that Markdown read on into it go under it) and marked `cardFront`; a front Markdown reads as a heading, or
 * as a list item's or a quote's paragraph, is marked as a line a card marker ends is (`card`: that line asks).
 */
function withFrontsCut(blocks: readonly RootContent[], cards: readonly AnkiCard[], source: SourceLines): RootContent[] {
  const fronts = new Map(cards.map((card) => [card.front, card]));
  const out: RootContent[] = [];
  for (const block of blocks) {
    const card = block.position ? fronts.get(block.position.start.line) : undefined;
    if (!card) out.push(block);
    else if (block.type === 'paragraph') {
      const [front, ...rest] = block.position!.end.line > card.frontEnd ? splitAt(block, [card.frontEnd + 1], source) : [block];
      out.push({ ...front!, data: { ...block.data, cardFront: true } }, ...rest);
    } else {
      if (block.type === 'heading') block.data = { ...block.data, card: true };
      else markFirstParagraph(block, card.front);
      out.push(block);
    }
  }
  return out;
}

/** The paragraph inside `block` (a list, a quote) that opens at `line`, marked as a card's first line. */
function markFirstParagraph(block: RootContent, line: number): void {
  visit(block, 'paragraph', (paragraph: Paragraph) => {
    if (paragraph.position?.start.line !== line) return CONTINUE;
    paragraph.data = { ...paragraph.data, card: true };
    return EXIT;
  });
}

/**
 * Each block card's blocks after its front, up to its `END`, marked as its back's (`inCardBack`: its answer, whatever
 * they hold), and the last of them as where its answer ends (`cardBack`).
 */
function endCardsAtTheirEnd(blocks: readonly RootContent[], cards: readonly AnkiCard[]): void {
  // Cards and blocks are both in the note's order: one walk through the blocks serves every card.
  let k = 0;
  const mark = (block: RootContent | undefined) => {
    if (block) block.data = { ...block.data, cardBack: true };
  };
  let last: RootContent | undefined;
  for (const block of blocks) {
    const position = block.position;
    if (!position) continue;
    while (k < cards.length && position.start.line > cards[k]!.end) {
      mark(last);
      last = undefined;
      k++;
    }
    if (k === cards.length) break;
    const card = cards[k]!;
    if (position.start.line < card.front || position.end.line > card.end) continue;
    last = block;
    if (position.start.line > card.frontEnd) block.data = { ...block.data, inCardBack: card.front };
  }
  if (k < cards.length) mark(last);
}
