/**
 * Roam's and Logseq's block references: `((a1B2c3D4e))` (Roam's nine-character uid; Logseq's block uuid) shows
 * the block it names where it stands, and an export of one page holds its uid, not its text. On a line of its
 * own (`- ((a1B2c3D4e))` under a question) it says nothing of the answer: taken out, and reported. In a sentence
 * it stays, as the words around it need it.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { dropWholeLines } from './whole-lines.js';

const REFERENCE = /^[ \t]*\(\((?:[A-Za-z0-9_-]{9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)[ \t]*$/;
/** The same, on any line of a note's text: without one (most notes) the tree is not walked. */
const ANY_REFERENCE = /^[ \t>*+\-\d.)]*\(\((?:[A-Za-z0-9_-]{9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\)\)[ \t]*$/m;

/** Takes the block references alone on their lines out of the paragraphs of `tree`, and reports each. */
export function dropBlockReferences(tree: Root, lines: readonly string[], vfile: VFile, text: string): void {
  if (!text.includes('((') || !ANY_REFERENCE.test(text)) return;
  for (const reference of dropWholeLines(tree, lines, '((', (line) => REFERENCE.test(line))) {
    vfile.info(`Left out the block reference ${reference.text} on its line: it shows another block, whose text the export does not hold`, {
      place: { line: reference.line, column: reference.column },
      ruleId: 'block-reference',
      source: 'qbank',
    });
  }
}
