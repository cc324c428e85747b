/**
 * Questions quoted, each answered under it: an email that answers a message inline quotes each of its
 * questions and writes the answer under it, unquoted (a recruiter's list of questions, answered in the reply):
 *
 *     > 1. How would you detect data drift in production?
 *     Compare feature distributions with PSI.
 *
 *     > How do you choose a decision threshold?
 *
 *     From the cost of FP vs FN.
 *
 * The quote is the question, the reverse of a question answered in a quote (`**What is X?**` over `> …`). It is
 * read as the list item it quotes (a bare question as a bulleted item), the blocks under it, up to the next such
 * quote, a heading, a rule or a question the note asks itself, that item's answer: as the same questions listed
 * outside a quote, their answers indented under them.
 *
 * Two steps, as two things are read between them:
 *
 * 1. endQuotesAtAnswers, before the rest: a line glued under a quoted line is the quote's in Markdown (a lazy
 *    continuation line), but a mail's quotes are marked line by line and never lazy. A quote of such questions, one
 *    of them with lines unquoted under it, ends at each question's last quoted line: the question stands in a quote of
 *    its own, and its unquoted lines as the paragraph under it (bare questions glued so are one paragraph in Markdown,
 *    cut at each run of quoted lines). The note's end can then be read, the mail's closing (page-footer.ts) no
 *    question's answer.
 * 2. readQuotedQuestions, after the note's end is read: each quote that holds one such question, and nothing
 *    unquoted, becomes its item with the blocks under it; only in a note where one of them has a block under it (a
 *    note of quoted questions alone, nothing answering them, keeps its quotes).
 *
 * Both read only a mail (a note with a mail's header, mail-headers.ts) or a note of two such questions or more: one
 * question quoted in a note that is no mail is a quotation in an answer as often (a follow-up set apart).
 *
 * Copied text read line by line (plaintext.ts) has no lazy lines: it reads each quoted line that asks, an item's or a
 * bare run's, as such a quote (QUOTED_QUESTION_LINE), and step 2 reads it so; one step 2 leaves is read as its lines
 * are unquoted (unquoteQuestionsNotRead), as copied text reads no other quote (but a Confluence panel's or a wiki's `bq. `,
 * marked so: their lines are not quoted, so they ask no such question, and they stay quotes, wiki-markup.ts).
 *
 * Such a question is one list item, numbered or bulleted, holding one paragraph whose quoted lines end with a question
 * mark (`> 1. …?`), or a paragraph of its own that asks so (`> How …?`, over one quoted line or more); a quote of
 * anything more (a quoted paragraph over an item, two questions with no answer between them) is a quotation, and so
 * is a quote whose quoted lines do not ask so (`> 1. Explain the data.`, `> Premature optimisation is …` in an
 * answer, a question quoted with its answer), one that sets a follow-up apart (`> Follow-up: …?`) or one that goes on
 * quoted after an unquoted line of its item. A quote right under a line that asks, or under a heading that asks,
 * answers it, whatever it holds; outside a mail, so does one under a question the note asks itself above it under
 * the same heading (`**What is dropout?**`, `Q: …`). A quote that opens with `Q:` over its `A:` line is read as the
 * pair it holds (quoted-pairs.ts). Only quotes at the note's top level are read.
 */
import type { Blockquote, BlockContent, DefinitionContent, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { sourceLines, splitAt, type SourceLines } from './prompt-runs.js';
import { blankQuoteMarkers, isQuotedLine, withoutQuoteMarkers } from './quote-markers.js';
import { isQaLine } from './runaway-blocks.js';
import { FOLLOW_UP_HEAD } from '../wording/prompt-text.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

/**
 * Copied text's quoted line of a question (plaintext.ts, which reads no other quote): its quote marker, its number or
 * bullet if it quotes an item, its text (`> 1. How would you detect data drift?`, `> - …`, `> • …`, `> How …?`), not a
 * quote in a quote's. A question when its text, or a bare one's with the bare quoted lines under it, ends with a
 * question mark.
 */
export const QUOTED_QUESTION_LINE = /^( {0,3}>[ \t]?)((?:\d{1,3}[.)]|[-*+•])[ \t]+)?([^\s>].*)$/;

/**
 * A question quoted: a list item (`> 1. …?`) or a paragraph of the quote's own (`> How …?`), with the lines glued under
 * it unquoted (Markdown's lazy lines, the answer typed under the question).
 */
interface QuotedQuestion {
  /** The list item quoted; none for a question quoted bare. */
  item?: ListItem;
  /** The paragraph that asks it: a bare quote's may ask several, each over the unquoted lines glued under it. */
  paragraph: Paragraph;
  /** Its first line, the last of its quoted lines and its last line (1-based): its unquoted lines are those after `lastQuoted`. */
  first: number;
  lastQuoted: number;
  last: number;
}

/**
 * Step 1: each top-level quote of questions with lines unquoted under one of them (Markdown's lazy lines) stands as a
 * quote per question, its unquoted lines as a paragraph after it. `lines`: the note's `text`, split.
 */
export function endQuotesAtAnswers(tree: Root, text: string, lines: readonly string[], isMail: boolean): void {
  if (!tree.children.some((block) => block.type === 'blockquote')) return;
  const quoted = quotedQuestions(tree.children, lines, isMail);
  if (!isMail && quoted.reduce((count, questions) => count + (questions?.length ?? 0), 0) < 2) return;
  let source: SourceLines | undefined;
  const children: RootContent[] = [];
  for (const [k, block] of tree.children.entries()) {
    const questions = quoted[k];
    if (!questions || questions.every(({ lastQuoted, last }) => last === lastQuoted)) {
      children.push(block);
      continue;
    }
    source ??= sourceLines(text, lines.map(blankQuoteMarkers));
    children.push(...(questions[0]!.item ? quotePerItem(block as Blockquote, questions, source) : quotePerQuestion(block, questions, source)));
  }
  tree.children = children;
}

/** A quote of question items, each item in a quote of its own, its unquoted lines a paragraph after it. */
function quotePerItem(quote: Blockquote, questions: readonly QuotedQuestion[], source: SourceLines): RootContent[] {
  const list = quote.children[0] as List;
  return questions.flatMap(({ item, paragraph, lastQuoted, last }, n) => {
    const [asked, said] = last === lastQuoted ? [paragraph] : splitAt(paragraph, [lastQuoted + 1], source);
    const quoted: ListItem = { ...item!, spread: false, children: [asked!], position: { start: item!.position!.start, end: asked!.position!.end } };
    const start = list.ordered ? (list.start ?? 1) + n : undefined;
    const alone: List = { ...list, ...(start !== undefined ? { start } : {}), spread: false, children: [quoted], position: quoted.position! };
    const own: Blockquote = { type: 'blockquote', children: [alone], position: { start: source.point(item!.position!.start.line, 0), end: asked!.position!.end } };
    return said ? [own, said] : [own];
  });
}

/**
 * A quote of bare questions, one paragraph in Markdown (`> How …?` over its answer's lines, over `> How …?`): each
 * question's quoted lines a quote of their own, its unquoted lines a paragraph after it. As it was when a line break
 * cannot be cut (a link across it).
 */
function quotePerQuestion(quote: RootContent, questions: readonly QuotedQuestion[], source: SourceLines): RootContent[] {
  const cuts = questions.flatMap(({ first, lastQuoted, last }, n) => [...(n > 0 ? [first] : []), ...(last > lastQuoted ? [lastQuoted + 1] : [])]);
  const parts = splitAt(questions[0]!.paragraph, cuts, source);
  if (parts.length !== cuts.length + 1) return [quote];
  const blocks: RootContent[] = [];
  for (const { first, lastQuoted, last } of questions) {
    const asked = parts.shift()!;
    blocks.push({ type: 'blockquote', children: [asked], position: { start: source.point(first, 0), end: asked.position!.end } });
    if (last > lastQuoted) blocks.push(parts.shift()!);
  }
  return blocks;
}

/**
 * Step 2: each top-level quote of one question, quoted line by line, with the blocks under it up to the next such
 * quote, a heading, a rule or a question the note asks itself (`Q: …`; outside a mail, a paragraph that asks), stands
 * as the question's item with those blocks in it, its answer (a bare question as a bulleted item); when one of them has any.
 */
export function readQuotedQuestions(tree: Root, lines: readonly string[], isMail: boolean): void {
  const blocks = tree.children;
  if (!blocks.some((block) => block.type === 'blockquote')) return;
  const asked = quotedQuestions(blocks, lines, isMail).map((questions) => questions?.length === 1 && questions[0]!.last === questions[0]!.lastQuoted);
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
    const [quoted] = (blocks[k] as Blockquote).children;
    const list = quoted!.type === 'list' ? quoted : bulleted(quoted as Paragraph);
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

/** A bare question's paragraph as the item of a bulleted list: as a quoted `> - How …?` is read. */
function bulleted(paragraph: Paragraph): List {
  const item: ListItem = { type: 'listItem', spread: false, children: [paragraph], position: paragraph.position! };
  return { type: 'list', ordered: false, start: null, spread: false, children: [item], position: paragraph.position! };
}

/**
 * After step 2, in copied text (plaintext.ts), which reads no other quote but a wiki markup's: a quote it read as
 * a question's that is not one (a single question quoted in a note that is no mail, one under a question) stands as its
 * lines do unquoted, the paragraph or the item it holds, its markers left out.
 */
export function unquoteQuestionsNotRead(tree: Root): void {
  const unread = (block: RootContent): block is Blockquote => block.type === 'blockquote' && block.data?.wikiMarkup === undefined;
  if (tree.children.some(unread)) {
    tree.children = tree.children.flatMap((block): RootContent[] => (unread(block) ? block.children : [block]));
  }
}

/**
 * The questions of each top-level quote of `blocks` (undefined for a block that is none): not of a quote under a block
 * that asks (a heading or a paragraph that ends with a question mark: `**What would you ask the interviewer?**` over
 * `> 1. What does success look like here?`), which answers it, nor of one in the answer of a heading that asks (a
 * follow-up quoted in it, `> 1. Follow-up: how do you prevent it?`), or, outside a mail, of a question the note asks
 * itself above it under the same heading (`**What is dropout?**`, `Q: …`, then its answer, then `> Why does it work?`).
 */
function quotedQuestions(blocks: readonly RootContent[], lines: readonly string[], isMail: boolean): Array<QuotedQuestion[] | undefined> {
  let underQuestion = false;
  return blocks.map((block, k) => {
    if (block.type === 'heading') underQuestion = asks(block);
    else if (!isMail && asksItself(block, lines, isMail)) underQuestion = true;
    if (block.type !== 'blockquote' || underQuestion) return undefined;
    const above = blocks[k - 1];
    return above?.type === 'paragraph' && asks(above) ? undefined : questionsOf(block, lines);
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
 * The questions of a quote that holds a list of question items and nothing else, each one paragraph whose quoted lines
 * (the first, up to the first unquoted one: none quoted after it) ask; or one paragraph of bare questions (bareQuestions).
 * Undefined for any other quote.
 */
function questionsOf(quote: Blockquote, lines: readonly string[]): QuotedQuestion[] | undefined {
  const [list, ...more] = quote.children;
  if (quote.data?.callout !== undefined || more.length > 0) return undefined;
  if (list?.type === 'paragraph') return bareQuestions(list, lines);
  if (list?.type !== 'list') return undefined;
  const questions: QuotedQuestion[] = [];
  for (const item of list.children) {
    const [paragraph, ...rest] = item.children;
    if (paragraph?.type !== 'paragraph' || rest.length > 0 || !paragraph.position || !item.position) return undefined;
    const { start, end } = paragraph.position;
    let lastQuoted = start.line;
    while (lastQuoted < end.line && isQuotedLine(lines[lastQuoted] ?? '')) lastQuoted++;
    for (let line = lastQuoted + 1; line <= end.line; line++) if (isQuotedLine(lines[line - 1] ?? '')) return undefined;
    if (!endsWithQuestionMark(quotedText(linesSaid(paragraph), start.line, start.line, lastQuoted))) return undefined;
    questions.push({ item, paragraph, first: start.line, lastQuoted, last: end.line });
  }
  return questions.length > 0 ? questions : undefined;
}

/**
 * The questions of a quote's paragraph (`> How would you detect data drift?`): its runs of quoted lines, each with the
 * unquoted lines glued under it (Markdown's lazy lines: the paragraph goes on over them, and over the next quoted
 * line), every run asking. Undefined when one does not (a quote of someone's sentence, a question quoted with its
 * answer, `> How …?` over `> Compare …`), or when the quote sets a follow-up apart (`> Follow-up: …?`).
 */
function bareQuestions(paragraph: Paragraph, lines: readonly string[]): QuotedQuestion[] | undefined {
  if (!paragraph.position) return undefined;
  const { start, end } = paragraph.position;
  if (FOLLOW_UP_HEAD.test(withoutQuoteMarkers(lines[start.line - 1] ?? ''))) return undefined;
  const quoted = (line: number): boolean => isQuotedLine(lines[line - 1] ?? '');
  // What it says, split once for all its runs.
  const said = linesSaid(paragraph);
  const questions: QuotedQuestion[] = [];
  for (let line = start.line; line <= end.line; ) {
    const first = line;
    while (line <= end.line && quoted(line)) line++;
    const lastQuoted = line - 1;
    while (line <= end.line && !quoted(line)) line++;
    if (lastQuoted < first || !endsWithQuestionMark(quotedText(said, start.line, first, lastQuoted))) return undefined;
    questions.push({ paragraph, first, lastQuoted, last: line - 1 });
  }
  return questions;
}


/** What a paragraph says, line by line. */
function linesSaid(paragraph: Paragraph): string[] {
  return toString(paragraph).split('\n');
}

/** What a paragraph that starts at line `start` and says `said` (linesSaid) says on its lines `first` to `lastQuoted`, joined. */
function quotedText(said: readonly string[], start: number, first: number, lastQuoted: number): string {
  return said.slice(first - start, lastQuoted - start + 1).join(' ');
}
