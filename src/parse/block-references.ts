/**
 * Roam's and Logseq's block references: `((a1B2c3D4e))` (Roam's nine-character uid; Logseq's block uuid) shows
 * the block it names where it stands, and so does an embed of it (Roam's `{{embed: ((…))}}` and
 * `{{[[embed]]: ((…))}}`, Logseq's `{{embed ((…))}}`). In a sentence, when the page holds the block (Logseq writes
 * `id:: …` under a block another references), the reference is read as that block's text in quotes, as the outliner
 * sets it apart; an export of one page otherwise holds the uid, not the text, and it is taken out. A reference on a
 * line of its own (`- ((a1B2c3D4e))` under a question) is taken out whatever it shows: the page holds that block's text
 * where it stands (a question there would be asked twice), or does not hold it. Each is reported.
 */
import type { Root, Text } from 'mdast';
import type { VFile } from 'vfile';
import { visit } from 'unist-util-visit';
import { dropWholeLines } from './whole-lines.js';
import { withoutTitleTags } from './trailing-tags.js';

/** Roam's uid (nine characters, random: a word in lower case, `((something))`, is none) or Logseq's uuid. */
const ID = '(?![a-z]{9}\\)\\))[A-Za-z0-9_-]{9}|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}';
/** A reference, or an embed of one, capturing the id. */
const REFERENCE_SOURCE = String.raw`\{\{(?:\[\[)?embed(?:\]\])?:?[ \t]*\(\((${ID})\)\)[ \t]*\}\}|\(\((${ID})\)\)`;
const REFERENCE_LINE = new RegExp(String.raw`^[ \t]*(?:${REFERENCE_SOURCE})[ \t]*$`);
/** The same, on any line of a note's text: without one (most notes) the tree is not walked. */
const ANY_REFERENCE = new RegExp(REFERENCE_SOURCE);
/** Logseq's id of a block another references, the property under its first line. */
const BLOCK_ID = /^[ \t]*id::[ \t]*([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})[ \t]*$/i;
/** A block property's line (`collapsed:: true`), which stands under a block's text with its id. */
const PROPERTY_LINE = /^[ \t]*[\w-]+::/;
/** A block's first line: its bullet, and, in a heading block (`- ## Attention`), the heading's marks. */
const BLOCK_START = /^[ \t]*[-*+][ \t]+(?:#{1,6}[ \t]+)?/;

/** A block another references: its text and its first line (1-based). */
export interface ReferencedBlock {
  text: string;
  line: number;
}

/**
 * Each block of `lines` that Logseq gave an id (`id:: 65a1…` under it), by id: its lines over its properties, without
 * its bullet and the tags that end it (`#card`). Read before the properties are left out.
 */
export function referencedBlocks(lines: readonly string[]): Map<string, ReferencedBlock> {
  const blocks = new Map<string, ReferencedBlock>();
  lines.forEach((line, index) => {
    const id = BLOCK_ID.exec(line)?.[1];
    if (!id) return;
    let at = index - 1;
    while (at >= 0 && PROPERTY_LINE.test(lines[at]!) && !BLOCK_START.test(lines[at]!)) at--;
    const said: string[] = [];
    let started = false;
    for (; at >= 0 && lines[at]!.trim() !== '' && !started; at--) {
      const start = BLOCK_START.exec(lines[at]!);
      said.unshift((start ? lines[at]!.slice(start[0].length) : lines[at]!).trim());
      started = start !== null;
    }
    const text = withoutTitleTags(said.join(' ')).trim();
    // `at` stands over the block's first line now.
    if (started && text !== '') blocks.set(id, { text, line: at + 2 });
  });
  return blocks;
}

/**
 * Reads the block references of `tree`'s text (see above): on a line of its own, taken out with its bullet; in a
 * sentence, the text of its block when `blocks` holds it, else taken out. Each is reported.
 */
export function readBlockReferences(tree: Root, lines: readonly string[], vfile: VFile, text: string, blocks: ReadonlyMap<string, ReferencedBlock>): void {
  if (!text.includes('((') || !ANY_REFERENCE.test(text)) return;
  const report = (reason: string, place: { line: number; column: number }) => vfile.info(reason, { place, ruleId: 'block-reference', source: 'qbank' });
  const referenced = (written: string) => {
    const found = new RegExp(REFERENCE_SOURCE).exec(written);
    return found ? blocks.get((found[1] ?? found[2])!) : undefined;
  };
  for (const reference of dropWholeLines(tree, lines, '((', (line) => REFERENCE_LINE.test(line))) {
    const block = referenced(reference.text);
    const shown = block ? `the block at line ${block.line} ("${block.text}"), read there` : 'another block, whose text the export does not hold';
    report(`Left out the block reference ${reference.text} on its line: it shows ${shown}`, reference);
  }
  replaceReferences(tree, lines, (written, place) => {
    const block = referenced(written);
    if (!block) {
      report(`Left out the block reference ${written} from its sentence: it shows another block, whose text the export does not hold`, place);
      return '';
    }
    report(`Read the block reference ${written} as the text of the block it names (line ${block.line}): "${block.text}"`, place);
    // Quoted, as the outliner sets it apart: a question quoted in an answer's sentence does not ask there.
    return `"${block.text}"`;
  });
}

/**
 * Replaces each reference in the text of `tree` by what `read` gives for it, a reference left out (`''`) taking a
 * space before it with it. `read` is told where the reference stands in the file.
 */
function replaceReferences(tree: Root, lines: readonly string[], read: (written: string, place: { line: number; column: number }) => string): void {
  visit(tree, 'text', (node: Text) => {
    if (!node.value.includes('((')) return;
    let from = node.position?.start.line ?? 1;
    node.value = node.value.replace(new RegExp(String.raw`([ \t]?)(?:${REFERENCE_SOURCE})`, 'g'), (whole: string, space: string) => {
      const written = whole.slice(space.length);
      const place = placeOf(written, lines, from, node.position?.end.line ?? from);
      from = place.line;
      const replaced = read(written, place);
      return replaced === '' ? '' : `${space}${replaced}`;
    });
  });
}

/** Where `written` first stands on lines `from..to` (1-based); the first of them when on none (text a reader rewrote). */
function placeOf(written: string, lines: readonly string[], from: number, to: number): { line: number; column: number } {
  for (let line = from; line <= to; line++) {
    const column = (lines[line - 1] ?? '').indexOf(written);
    if (column >= 0) return { line, column: column + 1 };
  }
  return { line: from, column: 1 };
}
