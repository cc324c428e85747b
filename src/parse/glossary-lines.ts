/**
 * A glossary in copied text, or under a Markdown note's heading (`## Glossary`): a title that names one over lines
 * that each give a term, a colon and its definition, as a NotebookLM study guide ends:
 *
 *     Glossary of Key Terms
 *
 *     Self-Attention: An attention mechanism relating different positions of a single sequence.
 *     Multi-Head Attention: Several attention functions run in parallel.
 *
 * Each such line is a card, as a definition list's item and a `Term,Definition` sheet's row are: the term its question,
 * the definition (with the lines it wraps onto, which copied text joins to it) its whole answer. A term is one to five
 * words set as a title is (`Positional Encoding`, `용어`, `t-SNE`), in sentence case (`Learning rate`) or Han and kana,
 * asking nothing; a label qbank reads otherwise (`Note:`, `Answer:`, `Q:`, `Hint:`) is none. Only under such a title
 * (wording/glossary-titles.ts), and only where most lines of the run under it, up to the next title, a line that asks
 * or a block of another kind, are such lines; its other lines are the text's (a line after a card is reported as text
 * that belongs to no question). Without the title, `Pros: Fast to train.` lines are an answer's own, and are read as
 * its lines.
 */
import type { Paragraph, Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { colonInBold, GLOSSARY_TERM, ordersOnTerm, termColon, termSides, type TermSides } from './glossary-terms.js';
import { cardSides } from './inline-cards.js';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { mayNameGlossary, namesGlossary } from '../wording/glossary-titles.js';
import { isInterrogative, isSectionTitle } from '../wording/interrogative.js';
import { inlineText, labelsQuestion } from '../wording/prompt-text.js';

/**
 * The glossary titles among a note's top-level blocks (one pass's: made again when the blocks change): each a
 * heading or a one-line paragraph (copied text's title, a Markdown note's `**Key Terms**`) that names a glossary and
 * stands in no question's answer, where a glossary is the answer's own: under a heading that asks (`### Key Terms`
 * under `## What is a transformer?`, `#### Key Terms` under `### Details` under it, a `**Key Terms**` line under it),
 * or, ending with a colon (`Key terms:`), leading into more of the answer of a line that asks above it, with no
 * section's title between.
 */
export class GlossaryTitles {
  /** Per block, UNDER_QUESTION and AFTER_ASKING_LINE: made in one pass when a title first asks, not walked back over for each. */
  private contexts: Uint8Array | undefined;

  constructor(private readonly blocks: readonly RootContent[]) {}

  /** The title that block `index` is, if it is one. */
  at(index: number): { text: string; line: number } | undefined {
    const block = this.blocks[index];
    const place = block?.position;
    if (!place || !(block.type === 'heading' || (block.type === 'paragraph' && place.start.line === place.end.line))) return undefined;
    const text = inlineText(block.children).trim();
    if (!namesGlossary(text)) return undefined;
    const context = (this.contexts ??= contextsOf(this.blocks))[index]!;
    const inside = (context & UNDER_QUESTION) !== 0 || ((context & AFTER_ASKING_LINE) !== 0 && block.type !== 'heading' && /[:：]$/.test(text));
    return inside ? undefined : { text, line: place.start.line };
  }
}

/** A block under a heading that asks, at any level above (a heading: above its own level). */
const UNDER_QUESTION = 1;
/** A block after a line that asks, with no heading or section's title between. */
const AFTER_ASKING_LINE = 2;

function contextsOf(blocks: readonly RootContent[]): Uint8Array {
  const contexts = new Uint8Array(blocks.length);
  // The headings above, each with whether it or one above it asks.
  const headings: Array<{ depth: number; asks: boolean }> = [];
  let asked = false;
  blocks.forEach((block, index) => {
    if (block.type === 'heading') {
      while (headings.length > 0 && headings[headings.length - 1]!.depth >= block.depth) headings.pop();
      const under = headings[headings.length - 1]?.asks ?? false;
      contexts[index] = under ? UNDER_QUESTION : 0;
      headings.push({ depth: block.depth, asks: under || asks(inlineText(block.children)) });
      asked = false;
      return;
    }
    contexts[index] = (headings[headings.length - 1]?.asks ? UNDER_QUESTION : 0) | (asked ? AFTER_ASKING_LINE : 0);
    if (block.type !== 'paragraph') return;
    const line = inlineText(block.children).split('\n', 1)[0]!.trim();
    if (asks(line)) asked = true;
    else if (isSectionTitle(line)) asked = false;
  });
  return contexts;
}

/** A line that asks, or labels its question (`Q1. Transformer architecture`). */
function asks(line: string): boolean {
  return isInterrogative(line) || labelsQuestion(line);
}

/**
 * A Markdown note's glossary lines stand in one paragraph (CommonMark joins a paragraph's lines): the paragraphs right
 * under a glossary's title are cut before each of their lines that gives a term, so that each term's line (with the
 * lines it wraps onto) is a paragraph of its own, as copied text's are, and `readGlossaryLines` reads them as it reads
 * those. Only where it will: where most of the parts would be a term's (findGlossaries' measure); else the paragraphs
 * stay whole.
 */
export function splitGlossaryParagraphs(tree: Root, text: string, lines: readonly string[]): void {
  if (!/[:：]/.test(text) || !mayNameGlossary(text)) return;
  const blocks = tree.children;
  const titles = new GlossaryTitles(blocks);
  const cutsOf = new Map<Paragraph, number[]>();
  for (let index = 0; index < blocks.length; index++) {
    if (!titles.at(index)) continue;
    const run = new Map<Paragraph, number[]>();
    let parts = 0;
    let terms = 0;
    for (const { paragraph, colon, order } of runUnder(blocks, index, lines)) {
      const { start, end } = paragraph.position!;
      const cuts: number[] = [];
      let termLines = 0;
      for (let line = start.line + 1; line <= end.line; line++) {
        const text = lines[line - 1] ?? '';
        const term = termColon(text) !== undefined;
        // An order on a term (`Batch norm: describe how it behaves at inference`) is a question of its own, no more of the definition above it.
        if (term || ordersOnTerm(text)) cuts.push(line);
        if (term) termLines++;
      }
      // Orders on terms ask among them: counted neither as terms nor against them.
      parts += (order ? 0 : 1) + termLines;
      terms += termLines + (colon === undefined ? 0 : 1);
      if (cuts.length > 0) run.set(paragraph, cuts);
    }
    if (terms * 2 > parts) run.forEach((cuts, paragraph) => cutsOf.set(paragraph, cuts));
  }
  if (cutsOf.size === 0) return;
  const source = sourceLines(text, lines);
  tree.children = blocks.flatMap((block) => {
    const cuts = block.type === 'paragraph' ? cutsOf.get(block) : undefined;
    return cuts ? splitAt(block as Paragraph, cuts, source) : [block];
  });
}

/**
 * The run of paragraphs under the title at `index` (-1: the note's title), each with where its first line's colon
 * stands when that line gives a term: up to a block of another kind, or a paragraph giving no term that is the next
 * section's title or a question, over which the glossary ends.
 */
function runUnder(blocks: readonly RootContent[], index: number, lines: readonly string[]): Array<{ paragraph: Paragraph; colon: number | undefined; order: boolean }> {
  const run: Array<{ paragraph: Paragraph; colon: number | undefined; order: boolean }> = [];
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type !== 'paragraph' || !block.position) break;
    const first = lines[block.position.start.line - 1] ?? '';
    const colon = termColon(first);
    // An order on a term (`Dropout: explain why it reduces overfitting`) asks among the terms: the glossary goes on after it.
    const order = colon === undefined && ordersOnTerm(first);
    if (colon === undefined && !order && endsGlossary(inlineText(block.children))) break;
    run.push({ paragraph: block, colon, order });
  }
  return run;
}

/** A glossary found: its title's line and text, its terms' lines (each its colon's column) and its run's last line. */
interface Glossary {
  /** `block`: the title's own block, but for the note's title. */
  title: { line: number; text: string; block?: RootContent };
  terms: Map<number, number>;
  lastLine: number;
}

/**
 * The glossaries of the note's top-level blocks: each title that names one over a run of paragraphs, most of them
 * opened by a term (copied text's lines, a definition wrapped onto the next line joined to it). `noteTitle`: the
 * note's title, over its first block (plaintext.ts takes it out of the blocks): a glossary's too.
 */
function findGlossaries(blocks: readonly RootContent[], lines: readonly string[], { noteTitle }: GlossaryOptions): Glossary[] {
  const found: Glossary[] = [];
  const titles = new GlossaryTitles(blocks);
  for (let index = noteTitle ? -1 : 0; index < blocks.length; index++) {
    const title = index < 0 ? (namesGlossary(noteTitle!.text) ? noteTitle!.text : undefined) : titles.at(index)?.text;
    if (title === undefined) continue;
    const terms = new Map<number, number>();
    const run = runUnder(blocks, index, lines);
    for (const { paragraph, colon } of run) if (colon !== undefined) terms.set(paragraph.position!.start.line, colon);
    const lastLine = run[run.length - 1]?.paragraph.position!.end.line ?? 0;
    const parts = run.filter(({ order }) => !order).length;
    if (terms.size > 0 && terms.size * 2 > parts) found.push({ title: index < 0 ? { line: noteTitle!.line, text: title.trim() } : { line: blocks[index]!.position!.start.line, text: title.trim(), block: blocks[index]! }, terms, lastLine });
    index += run.length;
  }
  return found;
}

declare module 'mdast' {
  interface Data {
    /**
     * The title over a glossary read as cards (glossary-lines.ts, glossary-lists.ts): the topic of its terms only, not
     * of a question after them that no title of its own heads (extract/walk/).
     */
    glossaryTitle?: true;
  }
}

/** Marks a block as the title over a glossary read as cards. */
export function markGlossaryTitle(block: RootContent): void {
  block.data = { ...block.data, glossaryTitle: true };
}

/** Whether a block is a glossary's as read here: its title, a term (a definition list's too) or a term's answer. */
export function isGlossaryBlock(block: RootContent): boolean {
  const data = block.data;
  return data !== undefined && (data.glossaryTitle === true || data.inCardBack !== undefined || (block.type === 'paragraph' && block.data?.definitionTerm === true));
}

/** `noteTitle`: copied text's title, over its first block (plaintext.ts takes it out of the blocks), a glossary's title too. */
export interface GlossaryOptions {
  noteTitle?: { text: string; line: number } | undefined;
}

/**
 * Cuts, in place, each paragraph a glossary's term opens (see above) at its colon into its card's front, the term,
 * and its back, the definition (wrapped lines and all), its whole answer; notes each glossary so read at its title.
 */
export function readGlossaryLines(tree: Root, text: string, lines: readonly string[], vfile: VFile, options: GlossaryOptions = {}): void {
  if (!/[:：]/.test(text) || !mayNameGlossary(text)) return;
  const glossaries = findGlossaries(tree.children, lines, options);
  if (glossaries.length === 0) return;
  const colons = new Map(glossaries.flatMap(({ terms }) => [...terms]));
  const read = new Set<number>();
  let source: SourceLines | undefined;
  tree.children = tree.children.flatMap((block) => {
    const line = block.position?.start.line;
    const at = line === undefined ? undefined : colons.get(line);
    if (block.type !== 'paragraph' || at === undefined) return [block];
    // A colon inside the term's marks (`**Dropout:** …`, `*Epoch:* …`) is in the markup, not in the text cardSides cuts.
    const sides = colonInBold(lines[line! - 1]!, at)
      ? sidesOf(termSides(block))
      : cardSides(block, { at, text: lines[line! - 1]![at]! }, line!, (source ??= sourceLines(text, lines)), GLOSSARY_TERM);
    if (!sides) return [block];
    read.add(line!);
    // The definition answers the term on its line, whatever it says (a title's words, a line that asks).
    sides[1].data = { ...sides[1].data, inCardBack: line! };
    return sides;
  });
  for (const { title, terms, lastLine } of glossaries) {
    const count = [...terms.keys()].filter((line) => read.has(line)).length;
    if (count === 0) continue;
    if (title.block) markGlossaryTitle(title.block);
    const span = lastLine > title.line + 1 ? `lines ${title.line + 1}-${lastLine}` : `line ${lastLine}`;
    vfile.info(`Read the ${count === 1 ? 'line' : `${count} lines`} \`Term: definition\` under "${title.text}" (${span}) as a glossary: each term a question, its definition the answer`, {
      place: { line: title.line, column: 1 },
      ruleId: 'glossary-lines',
      source: 'qbank',
    });
  }
}

/** A term's sides as cardSides gives a card's: the term, then the definition (marked as a card's back). */
function sidesOf(sides: TermSides | undefined): [Paragraph, Paragraph] | undefined {
  return sides && [sides.term, { ...sides.definition, data: { ...sides.definition.data, cardBack: true } }];
}

/** Whether a line that gives no term ends the glossary over it: the next section's title, or a question. */
function endsGlossary(text: string): boolean {
  return isSectionTitle(text) || namesGlossary(text) || isInterrogative(text);
}
