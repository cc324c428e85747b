/**
 * Paragraphs that open with a title of their own line, where a note titled as a collection of questions (`# 통계 면접
 * 질문`) sets its questions so instead of under headings: the title set in bold whole (`**p-value의 정의**`) or numbered
 * with a circled number (`① p-value의 정의`), over the text that explains it, under it in the paragraph or in the
 * blocks after it. Each title is a question, as the same title would be as a heading of such a note (constructs.ts,
 * collected depths), and the text under it its answer.
 *
 * Only where every paragraph so opened is such a title or a question (the note's own way of setting its questions,
 * not a bold label or two in an answer, `**장점**` over its points), two of them at least, and no heading but the
 * note's title orders the note (under headings, a bold title is a part of an answer).
 */
import type { Paragraph, RootContent } from 'mdast';
import type { Proposals } from './constructs.js';
import { candidate, firstLineOf, type PromptCandidate } from './recognizers/recognizer.js';
import { boldRun } from './bold-line.js';
import { CIRCLED_NUMBERS } from '../schema/choice-mark.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { isInterrogative, isTitleLike, namesAnswerPart } from '../wording/interrogative.js';

const CIRCLED_HEAD = new RegExp(String.raw`^\s*([${CIRCLED_NUMBERS}])\s`, 'u');

type Opening = 'bold' | 'circled';

/** A paragraph's title line read as a question: its kind, the proposal that asks it, and whether its words asked already. */
interface TitledParagraph {
  index: number;
  opening: Opening;
  found: PromptCandidate;
  asks: boolean;
}

/**
 * `proposals` with the title of each titled paragraph proposed as a question (`titled`), where the note sets its
 * questions so (see above); the same array otherwise. `titleIndex`: the block that is the note's title (-1: none).
 */
export function withTitledParagraphs(blocks: readonly RootContent[], proposals: Proposals[], collectsQuestions: boolean, titleIndex: number): Proposals[] {
  if (!collectsQuestions || blocks.some((block, index) => block.type === 'heading' && index !== titleIndex)) return proposals;
  const titled: TitledParagraph[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type !== 'paragraph' || !block.position) continue;
    const opening = openingOf(block);
    if (!opening) continue;
    const found = titleOf(block, opening, blocks[index + 1]);
    // One paragraph so opened that titles nothing (`**Note:** see above`, a sentence in bold): not the note's way.
    if (!found) return proposals;
    titled.push({ index, opening, found, asks: isInterrogative(found.prompt) });
  }
  // Of one kind, two at least, and one at least a title that did not ask already (else nothing is new here).
  if (titled.length < 2 || titled.some((one) => one.opening !== titled[0]!.opening) || titled.every((one) => one.asks)) return proposals;
  if (titled[0]!.opening === 'circled' && !countsOn(titled, blocks)) return proposals;
  const marked = [...proposals];
  for (const { index, opening, found } of titled) {
    const construct = opening === 'bold' ? 'bold' : 'line';
    marked[index] = { ...marked[index], [construct]: { ...found, construct, interrogative: true, titled: true } };
  }
  return marked;
}

/** How a paragraph opens: with a line set in bold whole, or a circled number. */
function openingOf(paragraph: Paragraph): Opening | undefined {
  const line = paragraph.position && firstLineOf(paragraph.children, paragraph.position);
  const first = line ? line.prompt : paragraph.children;
  if (boldRun(first)) return 'bold';
  return CIRCLED_HEAD.test(inlineText(first)) ? 'circled' : undefined;
}

/**
 * The paragraph's title line as a prompt, its answer the lines under it; undefined when the line is no title (a
 * sentence, an answer's label or part, `Note`, `장점`) or has nothing under it, in the paragraph or right after it.
 */
function titleOf(paragraph: Paragraph, opening: Opening, next: RootContent | undefined): PromptCandidate | undefined {
  const line = firstLineOf(paragraph.children, paragraph.position!);
  const first = line ? line.prompt : paragraph.children;
  const shown = opening === 'bold' ? boldRun(first)!.children : first;
  const prompt = cleanPrompt(inlineText(shown));
  // An answer's part (`**장점**`, `**Example**`) titles no question: a note with one sets its answers' parts so.
  const titles = prompt !== '' && (isTitleLike(prompt) || isInterrogative(prompt)) && !namesAnswerPart(prompt);
  const rest = line && inlineText(line.answer).trim() !== '' ? line : undefined;
  const explained = rest !== undefined || next?.type === 'paragraph' || next?.type === 'list';
  if (!titles || !explained) return undefined;
  const position = rest ? { start: paragraph.position!.start, end: rest.end } : paragraph.position!;
  const answer: Paragraph[] = rest ? [{ type: 'paragraph', children: rest.answer, ...(rest.answerStart ? { position: { start: rest.answerStart, end: paragraph.position!.end } } : {}) }] : [];
  return candidate(opening === 'bold' ? 'bold' : 'line', shown, position, { answerLead: answer });
}

/** Whether circled titles count on from ① as the note's own numbering does: ①, ②, ③ in that order. */
function countsOn(titled: readonly TitledParagraph[], blocks: readonly RootContent[]): boolean {
  return titled.every(({ index }, k) => CIRCLED_HEAD.exec(inlineText((blocks[index] as Paragraph).children))?.[1] === CIRCLED_NUMBERS[k]);
}
