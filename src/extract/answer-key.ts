/**
 * Answers given apart from their questions, as quizzes and textbooks print them: numbered
 * questions with no answers, then an answers section (`## Answers`, `## Answer key`,
 * `## Solutions`, `## 정답`, `## 해설`, or `**Answers**` / `Answers` on a line of its own) whose
 * numbered entries answer them: `1. …` (a list or lines), `1) …`, `A1. …`, `1 - …`, `1-(c)`. An entry runs
 * to the next number, with its own paragraphs, lists and code; a quiz's key may name the options of several
 * on one line (`1-(c)  2-(c)  3-(a)`), and a quiz of statements to judge its verdicts (`1. X  2. O`), even on the line
 * that names the section (`정답: 1. X  2. O`). This module reads such a section
 * and matches its numbers to the questions'; the walk (walk/answer-key-section.ts) says where one stands and
 * gives each question its answer.
 */
import type { Heading, List, ListItem, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { isBreakHtml } from './answer-blocks.js';
import { lineSpan } from '../report/line-span.js';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { excerpt } from '../report/excerpt.js';
import { lineEnd, lineStart } from '../parse/prose-lines.js';
import { joinLines, linesOf, type ParagraphLine } from './paragraph-lines.js';

/** What names an answers section; the plural "Answers": a lone "Answer" or "Solution" labels one question's answer. */
const TITLE = new RegExp(
  String.raw`^(?:(?:quiz|exercise|review|practice|sample|suggested|model)\s+)?(?:answers|answer\s+(?:key|sheet)|answers?\s+(?:and|&)\s+explanations?|solutions)` +
    String.raw`(?:\s+to\s+(?:the\s+)?(?:questions|exercises|quiz|problems)(?:\s+above)?)?` +
    String.raw`|^(?:정답|해답|해설|답안|모범\s*답안|정답\s*(?:및|과)\s*해설|문제\s*(?:풀이|해설))`,
  'iu',
);
const TITLE_END = /\s*[:：]?$/;

/** The block that names an answers section: a heading, or a paragraph of one line that is only its name. */
export type AnswerKeyTitle = Heading | Paragraph;

export function isAnswerKeyTitle(block: RootContent): block is AnswerKeyTitle {
  if (block.type !== 'heading' && block.type !== 'paragraph') return false;
  return namesAnswers(block) || (block.type === 'paragraph' && titleWithKeyRow(block) !== undefined);
}

/** Whether a heading or a paragraph is only the name of an answers section (`## 정답`, `**Answers**`, `Answer key:`). */
function namesAnswers(block: AnswerKeyTitle): boolean {
  // Longer in the source than any title could be: most paragraphs are, and need not be read to know they are none.
  const { start, end } = block.position ?? {};
  if (start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset > 80) return false;
  const text = inlineText(block.children);
  if (text.length > 60 || text.includes('\n')) return false;
  const name = cleanPrompt(text);
  const found = TITLE.exec(name);
  return found !== null && TITLE_END.test(name.slice(found[0].length));
}

/** The most characters a line that names the section and gives its key after the name is read for: a key of 40 questions. */
const TITLE_WITH_ROW_LONGEST = 400;
/** The name of an answers section and the colon after it, at a line's head, before the key it gives on the line. */
const TITLE_BEFORE_ROW = new RegExp(`(?:${TITLE.source})\\s*[:：]?\\s*`, 'iu');

/**
 * `정답: 1. X  2. O  3. O  4. X`, `Answers: 1. T 2. F`: a line that names the answers section and gives its whole key after
 * the name, as a quiz ends; review s68 found it text that belonged to no question under statements to judge. The
 * section's name and its entries; undefined for any other paragraph.
 */
function titleWithKeyRow(block: Paragraph): { name: string; row: AnswerEntry[] } | undefined {
  const { start, end } = block.position ?? {};
  // One line, no longer than a key of 40 questions: most paragraphs are not, and are not read.
  if (!start || !end || start.line !== end.line || (start.offset !== undefined && end.offset !== undefined && end.offset - start.offset > TITLE_WITH_ROW_LONGEST)) return undefined;
  const text = inlineText(block.children);
  const found = TITLE_BEFORE_ROW.exec(text);
  if (!found || found.index !== 0) return undefined;
  const row = keyRow(text.slice(found[0].length), { line: start.line, column: start.column + found[0].length });
  return row && { name: cleanPrompt(found[0]).replace(/\s*[:：]$/, ''), row };
}

/** How a question is numbered where it starts: `1.`, `2)`, `(3)`, `Q4.`, `Question 5:`, `문제 6.`, `## 7.`, `**8.**`. */
const QUESTION_NUMBER = /^\s*(?:>\s*)*(?:[-*+]\s+)?(?:#{1,6}\s+)?(?:[*_]{1,2})?\s*(?:(?:Q(?:uestion)?|문제|질문)\s*)?[([]?(\d{1,3})(?:[.)\]:：](?=[\s*_]|$)|\s*[-–—]\s)/i;
/**
 * How an answer is numbered: `1.`, `2)`, `(3)`, `A4.`, `Answer 5:`, `정답 6.`, `7 -`, `8-` before a bracketed option
 * (`8-(c)`); `Q9. Answer:` names the question and labels its answer.
 */
const ANSWER_NUMBER =
  /^\s*(?:(?:A(?:ns(?:wer)?)?|Q(?:uestion)?|정답|해답|답|답변|해설|풀이|문제)\s*)?[([]?(\d{1,3})(?:[.)\]:：](?=\s|$)|\s*[-–—](?=\s|$|\())\s*(?:(?:answer|ans|정답|답)\s*[:：]\s*)?/i;
/**
 * One entry of a key that gives several on a line: a number, then the option it names, bracketed, a letter alone or
 * circled (`1-(c)`, `2. b`, `3) ②`, `4:D`), or the verdict on a statement to judge (`5. X`, `6. O`, `7. T`, `8. False`).
 */
const KEY_ROW_ENTRY = /(\d{1,3})\s*[-–—.):：]\s*(\((?:[A-Ja-j]|10|[1-9])\)|(?:[A-JOTXa-j]|True|False)[.)]?(?![\p{L}\p{N}])|[①-⑩])/gu;
/** Patterns read on a line that may give a key; exported for the test that none of them backtracks. */
export const ANSWER_KEY_PATTERNS: readonly RegExp[] = [KEY_ROW_ENTRY, TITLE_BEFORE_ROW];
/** What may stand between the entries of such a line, and around them: spaces, commas, semicolons, bars, slashes. */
const KEY_ROW_SEPARATORS = /^[\s,;|/]*$/;
/** An ordered list item's own number, as written (Markdown counts on from the first, whatever the others say). */
const ITEM_NUMBER = /^\s*(?:>\s*)*(\d{1,9})[.)]/;

/** The line of `source` around `offset`. */
function lineAt(source: string, offset: number): string {
  return source.slice(lineStart(source, offset), lineEnd(source, offset));
}

/** The number a question carries on its line, as its author wrote it; undefined when it has none. */
export function questionNumber(found: PromptCandidate, source: string): number | undefined {
  const offset = found.position.start.offset;
  if (offset === undefined) return undefined;
  const number = QUESTION_NUMBER.exec(lineAt(source, offset))?.[1];
  return number === undefined ? undefined : Number(number);
}

/** One numbered answer of an answers section. */
export interface AnswerEntry {
  number: number;
  /** Its blocks, the number left out. */
  blocks: RootContent[];
  place: Point | undefined;
}

export interface AnswerKey {
  title: AnswerKeyTitle;
  name: string;
  entries: AnswerEntry[];
  /** What stands before the first number (a line introducing the answers). */
  lead: RootContent[];
  /** The index of the first block after the section. */
  end: number;
  /** Where the section's last block ends. */
  last: Point | undefined;
}

/**
 * The answers section whose title is `blocks[index]`. A heading's runs to the next heading at its
 * level or above, a line's to the next heading or to the first block that `endsLine` says opens
 * something else (a question, a section line); either ends at a thematic break.
 */
export function readAnswerKey(index: number, blocks: readonly RootContent[], source: string, endsLine: (at: number) => boolean): AnswerKey {
  const title = blocks[index] as AnswerKeyTitle;
  // A key given on the title's line (`정답: 1. X  2. O`) opens the entries.
  const onLine = title.type === 'paragraph' ? titleWithKeyRow(title) : undefined;
  const entries: AnswerEntry[] = [...(onLine?.row ?? [])];
  const lead: RootContent[] = [];
  const add = (block: RootContent) => (entries.at(-1)?.blocks ?? lead).push(block);
  let end = index + 1;
  for (; end < blocks.length; end++) {
    const block = blocks[end]!;
    if (block.type === 'heading' && (title.type === 'paragraph' || block.depth <= title.depth)) break;
    if (block.type === 'thematicBreak' || isBreakHtml(block)) break;
    if (title.type === 'paragraph' && (isAnswerKeyTitle(block) || endsLine(end))) break;
    if (block.type === 'list') readList(block, source, entries, add);
    else if (block.type === 'paragraph') readParagraph(block, entries, add);
    else add(block);
  }
  const last = (blocks[end - 1] ?? title).position?.end;
  return { title, name: onLine?.name ?? cleanPrompt(inlineText(title.children)), entries, lead, end, last };
}

/** An ordered list numbers an entry per item; a bullet list does where an item starts with a number (`- A1: …`). */
function readList(list: List, source: string, entries: AnswerEntry[], add: (block: RootContent) => void): void {
  list.children.forEach((item, k) => {
    const number = list.ordered ? orderedNumber(item, source) ?? (list.start ?? 1) + k : undefined;
    // `1. c  2. a  3. b`: the item's number opens a row of entries.
    const [only] = item.children;
    const row = number !== undefined && item.children.length === 1 && only?.type === 'paragraph' && item.position ? keyRow(`${number}. ${toString(only)}`, item.position.start) : undefined;
    if (row) {
      entries.push(...row);
      return;
    }
    if (number !== undefined) {
      entries.push({ number, blocks: item.children, place: item.position?.start });
      return;
    }
    const [first, ...rest] = item.children;
    const labelled = first?.type === 'paragraph' ? withoutNumber(first.children) : undefined;
    if (labelled) {
      const blocks = labelled.content.length > 0 ? [{ ...first!, children: labelled.content } as Paragraph, ...rest] : rest;
      entries.push({ number: labelled.number, blocks, place: item.position?.start });
    } else add({ ...list, children: [item], ...(item.position ? { position: item.position } : {}) } as List);
  });
}

function orderedNumber(item: ListItem, source: string): number | undefined {
  const offset = item.position?.start.offset;
  const number = offset === undefined ? undefined : ITEM_NUMBER.exec(lineAt(source, offset))?.[1];
  return number === undefined ? undefined : Number(number);
}

/**
 * A paragraph's lines that start with a number start an entry each (`A1. …\nA2. …`); other lines go on with the one
 * before. A line of entries that only name options (`1-(c)  2-(c)  3-(a)`) is an entry each.
 */
function readParagraph(paragraph: Paragraph, entries: AnswerEntry[], add: (block: RootContent) => void): void {
  const lines = linesOf(paragraph);
  const rows = lines.map((line) => keyRow(toString({ type: 'paragraph', children: line.children }), { line: line.line, column: 1 }));
  // Most paragraphs are one entry, or none: kept as they are, positions and all.
  if (!lines.slice(1).some((line) => withoutNumber(line.children)) && !rows.some((row) => row !== undefined)) {
    const labelled = withoutNumber(paragraph.children);
    if (!labelled) add(paragraph);
    else entries.push({ number: labelled.number, blocks: labelled.content.length > 0 ? [{ ...paragraph, children: labelled.content }] : [], place: paragraph.position?.start });
    return;
  }
  let run: ParagraphLine[] = [];
  const flush = () => {
    if (run.length === 0) return;
    const first = run[0]!;
    const labelled = withoutNumber(first.children);
    const children = joinLines([labelled?.content ?? first.children, ...run.slice(1).map((line) => line.children)]);
    const start = { line: first.line, column: 1 };
    const piece: Paragraph = { type: 'paragraph', children, position: { start, end: { line: run.at(-1)!.line, column: 1 } } };
    if (!labelled) add(piece);
    else entries.push({ number: labelled.number, blocks: children.length > 0 ? [piece] : [], place: start });
    run = [];
  };
  lines.forEach((line, k) => {
    const row = rows[k];
    if (row || withoutNumber(line.children)) flush();
    if (row) entries.push(...row);
    else run.push(line);
  });
  flush();
}

/**
 * The entries of a line that only names the options of two or more (`1-(c)  2-(c)  3-(a)`), each its label alone;
 * undefined for any other line. `start`: where the line's text starts.
 */
function keyRow(text: string, start: Point): AnswerEntry[] | undefined {
  const found = [...text.matchAll(KEY_ROW_ENTRY)];
  if (found.length < 2 || !KEY_ROW_SEPARATORS.test(text.replace(KEY_ROW_ENTRY, ''))) return undefined;
  return found.map((entry) => {
    const at = (offset: number): Point => ({ line: start.line, column: start.column + offset });
    const label: Paragraph = { type: 'paragraph', children: [{ type: 'text', value: entry[2]! }], position: { start: at(entry.index), end: at(entry.index + entry[0].length) } };
    return { number: Number(entry[1]), blocks: [label], place: at(entry.index) };
  });
}

/** The number an answer line starts with, and the line without it (bold around the number too: `**1.**`). */
function withoutNumber(line: readonly PhrasingContent[]): { number: number; content: PhrasingContent[] } | undefined {
  const found = ANSWER_NUMBER.exec(toString({ type: 'paragraph', children: [...line] }));
  if (!found) return undefined;
  return { number: Number(found[1]), content: dropLeading(line, found[0].length) };
}

/** `content` without its first `count` characters of text, emphasis emptied by it left out. */
function dropLeading(content: readonly PhrasingContent[], count: number): PhrasingContent[] {
  let left = count;
  const cut = (nodes: readonly PhrasingContent[]): PhrasingContent[] =>
    nodes.flatMap((node): PhrasingContent[] => {
      if (left === 0) return [node];
      if (node.type === 'text' || node.type === 'inlineCode') {
        const taken = Math.min(left, node.value.length);
        left -= taken;
        const value = node.value.slice(taken);
        const { position: _moved, ...rest } = node;
        return value === '' ? [] : [{ ...rest, value } as PhrasingContent];
      }
      if (node.type === 'strong' || node.type === 'emphasis' || node.type === 'delete') {
        const children = cut(node.children);
        return children.length === 0 ? [] : [{ ...node, children } as PhrasingContent];
      }
      return [node];
    });
  const out = cut(content);
  // The space after the number went with it; the first text keeps none.
  const [head] = out;
  if (head?.type === 'text') out[0] = { ...head, value: head.value.trimStart() };
  return out.filter((node) => node.type !== 'text' || node.value !== '');
}

/** The answers matched to the questions awaiting them, by number; what matched nothing. */
export interface AnswerKeyMatch {
  /** For each awaiting question, by its place among them, its entry. */
  answers: Map<number, AnswerEntry>;
  /** Entries whose number no awaiting question carries (or one already answered). */
  extra: AnswerEntry[];
  /** Places of the awaiting questions that no entry answers. */
  unanswered: number[];
}

/**
 * Matches the entries to the numbers of the questions awaiting an answer. Undefined when the
 * section does not answer them: no entry or too few match (more than half must), so a
 * numbered list that happens to follow a question is not taken for its answers.
 */
export function matchAnswerKey(numbers: readonly number[], entries: readonly AnswerEntry[]): AnswerKeyMatch | undefined {
  const answers = new Map<number, AnswerEntry>();
  const extra: AnswerEntry[] = [];
  for (const entry of entries) {
    const at = numbers.findIndex((number, k) => number === entry.number && !answers.has(k));
    if (at === -1) extra.push(entry);
    else answers.set(at, entry);
  }
  if (answers.size === 0 || answers.size * 2 <= entries.length) return undefined;
  const unanswered = numbers.map((_, k) => k).filter((k) => !answers.has(k));
  return { answers, extra, unanswered };
}

/**
 * What the user is told: that the section was read as answers, and every number that matched nothing.
 * A question whose own lines (lettered, as options may be) make an answer keeps them when no entry
 * answers it (`ownAnswer`): it is not left without one, and nothing is said of it.
 */
export function reportAnswerKey(
  vfile: VFile,
  key: AnswerKey,
  match: AnswerKeyMatch,
  questions: ReadonlyArray<{ number: number; prompt: string; place: Point; ownAnswer: boolean }>,
): void {
  const start = key.title.position?.start;
  const titleLine = `"${key.name}" (line ${start?.line ?? '?'})`;
  vfile.info(`Read the section "${key.name}" (${lineSpan(start, key.last)}) as the answers to the numbered questions above it, matched by number`, {
    place: start,
    ruleId: 'answer-key',
    source: 'qbank',
  });
  for (const k of match.unanswered) {
    const question = questions[k]!;
    if (question.ownAnswer) continue;
    vfile.message(`Question ${question.number} ("${excerpt(question.prompt)}") has no answer numbered ${question.number} in the answers section ${titleLine}: left without an answer`, {
      place: question.place,
      ruleId: 'answer-key',
      source: 'qbank',
    });
  }
  for (const entry of match.extra) {
    const text = excerpt(entry.blocks.map((block) => toString(block)).join(' '));
    vfile.message(`Answer ${entry.number} in the answers section ${titleLine} has no question numbered ${entry.number} left to answer: kept out of every answer: "${text}"`, {
      place: entry.place,
      ruleId: 'answer-key',
      source: 'qbank',
    });
  }
}
