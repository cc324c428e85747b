/**
 * Definition lists, as PHP Markdown Extra, Pandoc and Obsidian's plugins write them: a term on a line of its own,
 * each definition under it on a line opened by a colon and a space (or a tab):
 *
 *     Recall
 *     : Of the actual positives, the share found.
 *     : Also called sensitivity.
 *
 * CommonMark has none: remark reads the lines as one paragraph, so the term was a line of the answer above it, with
 * the definitions' colons. Each top-level paragraph that opens with a term over a definition is cut, line for line,
 * into the term's paragraph and one per definition, each without its colon (a line under a definition that opens with
 * no colon goes on it, as Markdown Extra and Pandoc read it lazily, but for one right over a colon: the next term, in a
 * glossary written with no blank line between its items). A paragraph that
 * opens with a definition is one when the paragraph right above it is one line (its term: Pandoc's loose list,
 * `Term`, a blank line, `:   Definition`) or the last definition (a loose item's next one); any other line that
 * opens with a colon is the text's (`: ` under a heading, a paragraph led by prose), and so is one in code.
 *
 * A list of terms is a glossary's, as a sheet's `Term,Definition` rows are: each term a question, its definitions
 * its answer (the term's paragraph `definitionTerm`, the definitions `inCardBack`, the answer of the question at its
 * line, whatever they say). A term that asks (`What is precision?`) is a question wherever it stands, as a card's
 * front (`card`). One that names (`Log loss`) is set in bold over its definitions, as a saved page's `<dl>` is
 * (html-page.ts), so that where it stands in the answer of a question the note asks otherwise (under `## What
 * are the main metrics?`), it reads as the answer's own glossary (extract/walk/blocks.ts decides).
 */
import type { Paragraph, PhrasingContent, Root, RootContent } from 'mdast';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt } from '../wording/prompt-text.js';

declare module 'mdast' {
  interface ParagraphData {
    /**
     * A definition list's term (definition-lists.ts): a question, its definitions (`inCardBack`) its answer, unless
     * it names a term in the answer of a question the note asks otherwise.
     */
    definitionTerm?: true;
  }
}

/** A definition's line: a colon, indented three spaces at most, then a space or a tab and its text (`::: note` is a container's). */
export const DEFINITION_LINE = /^ {0,3}:[ \t]+\S/;

/** A definition's line anywhere in a text. */
export const DEFINITION_LINE_IN_TEXT = /(?:^|\n) {0,3}:[ \t]+\S/;

/** Whether the text may hold a definition list: a line opened by a colon and a space (most notes have none). */
function hasDefinitionLists(text: string): boolean {
  return DEFINITION_LINE_IN_TEXT.test(text);
}

/** The fewest terms that make a note's definition lists Markdown's to detect-format.ts: one `: ` line under a line may be copied text's. */
const FEWEST_TERMS = 2;

/**
 * Whether the note holds definition lists, two terms at least, each a line over its first definition (or a blank line
 * between them, Pandoc's loose list): Markdown Extra's syntax, so Markdown (detect-format.ts). `lines`: the text's lines.
 */
export function holdsDefinitionLists(text: string, lines: readonly string[]): boolean {
  if (!hasDefinitionLists(text)) return false;
  let terms = 0;
  const blank = (line: number) => (lines[line] ?? '').trim() === '';
  const termAt = (line: number) => line >= 0 && !blank(line) && !DEFINITION_LINE.test(lines[line]!);
  for (let line = 1; line < lines.length; line++) {
    if (!DEFINITION_LINE.test(lines[line]!)) continue;
    if ((termAt(line - 1) || (blank(line - 1) && termAt(line - 2) && (line < 3 || blank(line - 3)))) && ++terms >= FEWEST_TERMS) return true;
  }
  return false;
}

/** A paragraph's items: their terms' lines and their definitions' first lines (1-based lines of the text). */
interface Item {
  /** The terms' lines, in order; the first item's term is the paragraph above when the paragraph opens with a definition (a loose item's). */
  terms: number[];
  definitions: number[];
}

/** Cuts, in place, each top-level paragraph that holds an item of a definition list into its term and definitions (see above). */
export function readDefinitionLists(tree: Root, text: string, lines: readonly string[]): void {
  if (!hasDefinitionLists(text)) return;
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  /** The term of the item the last block ended, when a definition ended it: a loose definition under it is that item's. */
  let openTerm: number | undefined;
  for (const block of tree.children) {
    const above = children.at(-1);
    const item = block.type === 'paragraph' ? itemOf(block, lines, above, openTerm) : undefined;
    const paragraph = block as Paragraph;
    const cuts = item ? [...item.terms, ...item.definitions].sort((a, b) => a - b).filter((line) => line > paragraph.position!.start.line) : [];
    const parts = item ? splitAt(paragraph, cuts, (source ??= sourceLines(text, lines))) : [];
    // A cut no line break of the paragraph's own ends (a bold run from a term into its definition): left as written.
    if (!item || parts.length !== cuts.length + 1) {
      children.push(block);
      openTerm = undefined;
      continue;
    }
    // A loose item's term is the one-line paragraph right above, or, for its next definition, the last one's.
    const opensWithTerm = item.terms[0] === paragraph.position!.start.line;
    let term = opensWithTerm ? item.terms[0]! : (openTerm ?? above!.position!.start.line);
    if (!opensWithTerm && openTerm === undefined) markTerm(above as Paragraph, lines);
    for (const part of parts) {
      const line = part.position!.start.line;
      if (item.terms.includes(line)) {
        term = line;
        children.push(markTerm(part, lines));
      } else children.push(definition(part, term, source!));
    }
    openTerm = term;
  }
  tree.children = children;
}

/**
 * The items of a paragraph that opens with a term over a definition, or with a definition right under a term
 * (`above`, the block before it: a one-line paragraph, or the last definition of the item whose term is `openTerm`).
 * A line under a definition that opens with no colon goes on it (as Markdown Extra and Pandoc read it lazily), but
 * for one right over a definition: the next item's term (a glossary written with no blank line between its items,
 * as holdsDefinitionLists counts it). Undefined for any other paragraph.
 */
function itemOf(paragraph: Paragraph, lines: readonly string[], above: RootContent | undefined, openTerm: number | undefined): Item | undefined {
  const { start, end } = paragraph.position ?? {};
  if (!start || !end || start.offset === undefined) return undefined;
  const defines = (line: number) => line <= end.line && DEFINITION_LINE.test(lines[line - 1] ?? '');
  let item: Item;
  if (defines(start.line)) {
    const underTerm = openTerm !== undefined || (above?.type === 'paragraph' && above.position !== undefined && above.position.start.line === above.position.end.line);
    if (!underTerm) return undefined;
    item = { terms: [], definitions: [start.line] };
  } else if (defines(start.line + 1)) item = { terms: [start.line], definitions: [] };
  else return undefined;
  for (let line = start.line + 1; line <= end.line; line++) {
    if (defines(line)) item.definitions.push(line);
    else if (defines(line + 1)) item.terms.push(line);
  }
  return item;
}

/** The term's paragraph, marked so: as a card's front when it asks, else set in bold over its definitions. */
function markTerm(paragraph: Paragraph, lines: readonly string[]): Paragraph {
  const line = paragraph.position!.start.line;
  const asks = isInterrogative(cleanPrompt((lines[line - 1] ?? '').trim()));
  paragraph.data = { ...paragraph.data, definitionTerm: true, ...(asks ? { card: true as const } : {}) };
  if (!asks && !isBold(paragraph.children)) paragraph.children = [{ type: 'strong', children: paragraph.children, ...(paragraph.position ? { position: paragraph.position } : {}) }];
  return paragraph;
}

/** Whether the term is bold as written (`**Log loss**`): not set in bold twice. */
function isBold(children: readonly PhrasingContent[]): boolean {
  return children.length === 1 && children[0]!.type === 'strong';
}

/** A definition's paragraph without its colon, marked as the answer of the question its term asks. */
function definition(paragraph: Paragraph, term: number, source: SourceLines): Paragraph {
  const line = paragraph.position!.start.line;
  const written = source.lines[line - 1] ?? '';
  const marker = /^ {0,3}:[ \t]+/.exec(written)![0].length;
  const start = source.point(line, marker);
  const [first, ...rest] = paragraph.children;
  // remark drops a line's indentation from its text: the colon opens the first text node.
  const head = first?.type === 'text' ? first.value.replace(/^:[ \t]+/, '') : undefined;
  const children: PhrasingContent[] =
    first?.type === 'text' && head !== undefined ? [...(head ? [{ ...first, value: head, ...(first.position ? { position: { start, end: first.position.end } } : {}) }] : []), ...rest] : paragraph.children;
  return { ...paragraph, children, position: { start, end: paragraph.position!.end }, data: { ...paragraph.data, inCardBack: term } };
}
