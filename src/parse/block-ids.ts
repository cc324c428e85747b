/**
 * Obsidian's block ids: ` ^m1` at the end of a paragraph or a list item's
 * line names the block for links from other notes (`[[note#^m1]]`), and
 * Obsidian does not show it. Neither does qbank: it is taken off the text.
 */
import type { Root } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';
import { rewriteLineEnds } from './line-ends.js';

/**
 * A block id as Obsidian reads one: a space, `^`, letters, digits and dashes, at a line's end; with a letter
 * or a dash, so that a power written out at a sentence's end (`grows as n ^2`) stays, or of six digits or more
 * (the Anki note id the flashcards plugin writes, `^1612345678901`), which no power is.
 */
const BLOCK_ID = /[ \t]+\^(?:(?=[A-Za-z0-9-]*[A-Za-z-])[A-Za-z0-9-]+|\d{6,})[ \t]*$/gm;
/** The same, anywhere in a note's text: without one (most notes) the tree is not walked. */
const ANY_BLOCK_ID = /[ \t]\^[A-Za-z0-9-]+[ \t]*$/m;

/** Takes block ids off the lines of paragraphs and headings (a card's question line, `## What is X? #card ^m1`). */
export function dropBlockIds(tree: Root, text: string): void {
  if (!ANY_BLOCK_ID.test(text)) return;
  visit(tree, (node) => {
    if (node.type !== 'paragraph' && node.type !== 'heading') return undefined;
    rewriteLineEnds(node, (value) => value.includes('^'), (piece) => piece.replace(BLOCK_ID, ''));
    return SKIP;
  });
}
