/**
 * Questions quoted, each answered under it: an email that answers a message inline quotes each of its
 * questions and writes the answer under it, unquoted (a recruiter's list of questions, answered in the reply):
 *
 *     > 1. How would you detect data drift in production?
 *     Compare feature distributions with PSI.
 *
 *     > 2. How do you choose a decision threshold?
 *
 *     From the cost of FP vs FN.
 *
 * The quote is the question, the reverse of a question answered in a quote (`**What is X?**` over `> …`). It is
 * read as the list item it quotes, the blocks under it, up to the next such quote, a heading, a rule or a question
 * the note asks itself, that item's answer: as the same questions numbered outside a quote, their answers indented under them.
 *
 * Two steps, as two things are read between them:
 *
 * 1. endQuotesAtAnswers, before the rest: a line glued under a quoted line is the quote's in Markdown (a lazy
 *    continuation line), but a mail's quotes are marked line by line and never lazy. A quote of such items, one
 *    of them with lines unquoted under it, ends at each item's last quoted line: the item stands in a quote of its
 *    own, and its unquoted lines as the paragraph under it. The note's end can then be read, the mail's closing
 *    (page-footer.ts) no item's answer.
 * 2. readQuotedQuestions, after the note's end is read: each quote that holds one such item, and nothing unquoted,
 *    becomes that item with the blocks under it; only in a note where one of them has a block under it (a note of
 *    quoted questions alone, nothing answering them, keeps its quotes).
 *
 * Both read only a mail (a note with a mail's header, mail-headers.ts) or a note of two such questions or more: one
 * question quoted in a note that is no mail is a quotation in an answer as often (a follow-up set apart).
 *
 * Copied text read line by line (plaintext.ts) has no lazy lines: it reads each quoted item that asks as such a
 * quote (QUOTED_ITEM_LINE), and step 2 reads it so.
 *
 * Such an item is one list item, numbered or bulleted, holding one paragraph whose quoted lines end with a question
 * mark (`> 1. …?`); a quote of anything more (a quoted paragraph over it, two questions with no answer between them)
 * is a quotation, and so is a quote whose quoted lines do not ask so (`> 1. Explain the data.`, `> Premature
 * optimisation is …` in an answer) or one that opens with `Q:` (quoted-pairs.ts); a quote right under a line that
 * asks, or under a heading that asks, answers it, whatever it holds; outside a mail, so does one under a question the
 * note asks itself above it under the same heading (`**What is dropout?**`, `Q: …`). Only quotes at the note's top
 * level are read.
 */
import type { Blockquote, BlockContent, DefinitionContent, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { blankQuoteMarkers } from './quote-markers.js';
import { isQuotedLine } from './prose-lines.js';
import { isQaLine } from './runaway-blocks.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

/**
 * Copied text's quoted item (plaintext.ts, which reads no other quote): its quote marker, its number or bullet, its
 * text (`> 1. How would you detect data drift?`, `> - …`, `> • …`). A question when its text ends with a question mark.
 */
export const QUOTED_ITEM_LINE = /^( {0,3}>[ \t]?)((?:\d{1,3}[.)]|[-*+•])[ \t]+)(\S.*)$/;

/** The item of a quote of one question: its list, its paragraph and where its quoted lines end (its unquoted ones start after). */
interface QuotedItem {
  item: ListItem;
  paragraph: Paragraph;
  /** The last of its quoted lines (1-based). */
  lastQuoted: number;
}

/**
 * Step 1: each top-level quote of question items with lines unquoted under one of them (Markdown's lazy lines)
 * stands as a quote per item, its unquoted lines as a paragraph after it. `lines`: the note's `text`, split.
 */
export function endQuotesAtAnswers(tree: Root, text: string, lines: readonly string[], isMail: boolean): void {
  if (!tree.children.some((block) => block.type === 'blockquote')) return;
  const quoted = quotedQuestions(tree.children, lines, isMail);
  if (!isMail && quoted.reduce((count, items) => count + (items?.length ?? 0), 0) < 2) return;
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  for (const [k, block] of tree.children.entries()) {
    const items = quoted[k];
    if (!items || items.every(({ paragraph, lastQuoted }) => paragraph.position!.end.line === lastQuoted)) {
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines.map(blankQuoteMarkers));
    const list = (block as Blockquote).children[0] as List;
    items.forEach(({ item, paragraph, lastQuoted }, n) => {
      const [asked, said] = paragraph.position!.end.line === lastQuoted ? [paragraph] : splitAt(paragraph, [lastQuoted + 1], source!);
      const quoted: ListItem = { ...item, spread: false, children: [asked!], position: { start: item.position!.start, end: asked!.position!.end } };
      const start = list.ordered ? (list.start ?? 1) + n : undefined;
      const alone: List = { ...list, ...(start !== undefined ? { start } : {}), spread: false, children: [quoted], position: quoted.position! };
      children.push({ type: 'blockquote', children: [alone], position: { start: source!.point(item.position!.start.line, 0), end: asked!.position!.end } });
      if (said) children.push(said);
    });
  }
  tree.children = children;
}

/**
 * Step 2: each top-level quote of one question item, quoted line by line, with the blocks under it up to the next
 * such quote, a heading, a rule or a question the note asks itself (`Q: …`; outside a mail, a paragraph that asks),
 * stands as the item with those blocks in it, its answer; when one of them has any.
 */
export function readQuotedQuestions(tree: Root, lines: readonly string[], isMail: boolean): void {
  const blocks = tree.children;
  if (!blocks.some((block) => block.type === 'blockquote')) return;
  const asked = quotedQuestions(blocks, lines, isMail).map((items) => items?.length === 1 && items[0]!.paragraph.position!.end.line === items[0]!.lastQuoted);
  const ends = (k: number): boolean =>
    k >= blocks.length || asked[k]! || blocks[k]!.type === 'heading' || blocks[k]!.type === 'thematicBreak' || asksItself(blocks[k]!, lines, isMail);
  if (!isMail && asked.filter(Boolean).length < 2) return;
  if (!asked.some((quote, k) => quote && !ends(k + 1))) return;
  const children: RootContent[] = [];
  for (let k = 0; k < blocks.length; k++) {
    if (!asked[k]) {
      children.push(blocks[k]!);
      continue;
    }
    const list = (blocks[k] as Blockquote).children[0] as List;
    const item = list.children[0]!;
    let next = k + 1;
    while (!ends(next)) next++;
    const answer = blocks.slice(k + 1, next) as Array<BlockContent | DefinitionContent>;
    if (answer.length > 0) {
      const end = answer.at(-1)!.position!.end;
      Object.assign(item, { spread: true, children: [...item.children, ...answer], position: { start: item.position!.start, end } });
      Object.assign(list, { spread: true, position: { start: list.position!.start, end } });
    }
    children.push(list);
    k = next - 1;
  }
  tree.children = children;
}

/**
 * The question items of each top-level quote of `blocks` (undefined for a block that is none): not of a quote under a
 * block that asks (a heading or a paragraph that ends with a question mark: `**What would you ask the interviewer?**`
 * over `> 1. What does success look like here?`), which answers it, nor of one in the answer of a heading that asks (a
 * follow-up quoted in it, `> 1. Follow-up: how do you prevent it?`), or, outside a mail, of a question the note asks
 * itself above it under the same heading (`**What is dropout?**`, `Q: …`, then its answer, then `> 1. Why does it work?`).
 */
function quotedQuestions(blocks: readonly RootContent[], lines: readonly string[], isMail: boolean): Array<QuotedItem[] | undefined> {
  let underQuestion = false;
  return blocks.map((block, k) => {
    if (block.type === 'heading') underQuestion = asks(block);
    else if (!isMail && asksItself(block, lines, isMail)) underQuestion = true;
    if (block.type !== 'blockquote' || underQuestion) return undefined;
    const above = blocks[k - 1];
    return above?.type === 'paragraph' && asks(above) ? undefined : questionItems(block, lines);
  });
}

function asks(block: RootContent): boolean {
  return endsWithQuestionMark(toString(block));
}

/** A paragraph the note asks a question with, not quoted: one labelled as a question (`Q: …`), or outside a mail one that asks. */
function asksItself(block: RootContent, lines: readonly string[], isMail: boolean): boolean {
  if (block.type !== 'paragraph' || !block.position) return false;
  return isQaLine(lines[block.position.start.line - 1] ?? '') || (!isMail && asks(block));
}

/**
 * The items of a quote that holds a list of question items and nothing else: each one paragraph whose quoted lines
 * (the first, up to the first unquoted one: none quoted after it) ask. Undefined for any other quote.
 */
function questionItems(quote: Blockquote, lines: readonly string[]): QuotedItem[] | undefined {
  const [list, ...more] = quote.children;
  if (quote.data?.callout !== undefined || list?.type !== 'list' || more.length > 0) return undefined;
  const items: QuotedItem[] = [];
  for (const item of list.children) {
    const [paragraph, ...rest] = item.children;
    if (paragraph?.type !== 'paragraph' || rest.length > 0 || !paragraph.position || !item.position) return undefined;
    const { start, end } = paragraph.position;
    let lastQuoted = start.line;
    while (lastQuoted < end.line && isQuotedLine(lines[lastQuoted] ?? '')) lastQuoted++;
    for (let line = lastQuoted + 1; line <= end.line; line++) if (isQuotedLine(lines[line - 1] ?? '')) return undefined;
    if (!endsWithQuestionMark(quotedText(paragraph, lastQuoted))) return undefined;
    items.push({ item, paragraph, lastQuoted });
  }
  return items.length > 0 ? items : undefined;
}

/** What the paragraph says on its lines up to `lastQuoted`: its text nodes' lines there, joined. */
function quotedText(paragraph: Paragraph, lastQuoted: number): string {
  const said = toString(paragraph).split('\n');
  return said.slice(0, lastQuoted - paragraph.position!.start.line + 1).join(' ');
}
