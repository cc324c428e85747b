/**
 * Paragraphs that open with a title of their own line, where a note titled as a collection of questions (`# 통계 면접
 * 질문`) sets its questions so instead of under headings: the title set in bold whole (`**p-value의 정의**`) or numbered
 * with a circled number (`① p-value의 정의`), over the text that explains it, under it in the paragraph or in the
 * paragraph or list after it. Each title is a question, as the same title would be as a heading of such a note
 * (constructs.ts, collected depths), and the text under it its answer.
 *
 * Bold lines are how notes set apart many things besides their questions, and titles and questions look alike: so
 * only where nothing else in the note asks (no heading under its title, no line, `Q:` line or list that asks, no
 * bold line that asks: beside `**Dropout이란?**`, a bold `**효과**` titles a part of its answer), where every
 * paragraph so opened is such a title, two of them at least, and none titles a question (a category over the
 * questions under it, `**Part 1. 통계**`). Circled numbers count the note's own points, ①, ② and on in order: there
 * a line that asks may stand among the titles (`③ 중심극한정리란?`).
 */
import type { List, Paragraph, RootContent } from 'mdast';
import type { Proposals } from './constructs.js';
import { candidate, CIRCLED_HEAD, firstLineOf, namesNoTopic, type PromptCandidate } from './recognizers/recognizer.js';
import { isQuestionList } from './recognizers/question-list.js';
import { boldRun } from './bold-line.js';
import { CIRCLED_NUMBERS } from '../schema/choice-mark.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { endsStatement, isInterrogative, isTitleLike } from '../wording/interrogative.js';
import { DAY_DATE } from '../wording/date-shapes.js';

/** A title that labels what follows its colon (`출처: 개인 정리`) or opens with a date (`2024.03.02 업데이트`): a note's remark, no topic. */
const REMARK = new RegExp(String.raw`^[^:：]{1,20}[:：]\s|^(?:${DAY_DATE})`, 'iu');

type Opening = 'bold' | 'circled';

/** A paragraph's title line read as a question: its kind, and the proposal that asks it. */
interface TitledParagraph {
  index: number;
  opening: Opening;
  found: PromptCandidate;
}

/**
 * `proposals` with the title of each titled paragraph proposed as a question (`titled`), where the note sets its
 * questions so (see above); the same array otherwise. `titleIndex`: the block that is the note's title (-1: none).
 */
export function withTitledParagraphs(blocks: readonly RootContent[], proposals: Proposals[], collectsQuestions: boolean, titleIndex: number): Proposals[] {
  if (!collectsQuestions || blocks.some((block, index) => block.type === 'heading' && index !== titleIndex)) return proposals;
  const titled: TitledParagraph[] = [];
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list' && isQuestionList(block)) return proposals;
    if (block.type !== 'paragraph' || !block.position) continue;
    const opening = openingOf(block);
    if (!opening) {
      // A line that asks, or a `Q:` line: the note's questions are those, and its titles parts of their answers.
      if (proposals[index]?.qa || proposals[index]?.line?.interrogative) return proposals;
      continue;
    }
    const found = titleOf(block, opening, blocks[index + 1]);
    // One paragraph so opened that titles nothing (`**Note:** see above`, a sentence in bold): not the note's way.
    if (!found) return proposals;
    titled.push({ index, opening, found });
  }
  if (titled.length < 2 || titled.some((one) => one.opening !== titled[0]!.opening)) return proposals;
  // Of bold lines, a title is one only where none asks; circled titles count on from ①, and may ask among them.
  const circled = titled[0]!.opening === 'circled';
  const asking = titled.filter((one) => isInterrogative(one.found.prompt)).length;
  if (asking === titled.length || (circled ? !countsOn(titled, blocks) : asking > 0)) return proposals;
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
 * sentence, an answer's part, `Note`, `장점`, a remark, `출처: …`) or has no explanation under it, in the paragraph or
 * right after it, that does not itself ask.
 */
function titleOf(paragraph: Paragraph, opening: Opening, next: RootContent | undefined): PromptCandidate | undefined {
  const line = firstLineOf(paragraph.children, paragraph.position!);
  const first = line ? line.prompt : paragraph.children;
  const shown = opening === 'bold' ? boldRun(first)!.children : first;
  const prompt = cleanPrompt(inlineText(shown));
  const asks = isInterrogative(prompt);
  const titles = prompt !== '' && (asks || (isTitleLike(prompt) && !endsStatement(prompt) && !REMARK.test(prompt))) && !namesNoTopic(prompt);
  const rest = line && inlineText(line.answer).trim() !== '' ? line : undefined;
  if (!titles || !explains(rest ? inlineText(rest.answer) : undefined, rest ? undefined : next)) return undefined;
  const position = rest ? { start: paragraph.position!.start, end: rest.end } : paragraph.position!;
  const answer: Paragraph[] = rest ? [{ type: 'paragraph', children: rest.answer, ...(rest.answerStart ? { position: { start: rest.answerStart, end: paragraph.position!.end } } : {}) }] : [];
  return candidate(opening === 'bold' ? 'bold' : 'line', shown, position, { answerLead: answer });
}

/** Whether the lines under a title (`text`), or the block after it, explain it: text that does not ask, or a list that is not of questions. */
function explains(text: string | undefined, next: RootContent | undefined): boolean {
  const said = text ?? (next?.type === 'paragraph' ? inlineText(next.children) : undefined);
  if (said !== undefined) return said.trim() !== '' && !isInterrogative(cleanPrompt(said.trim().split('\n', 1)[0]!)) && !boldRun(next?.type === 'paragraph' ? next.children : []);
  return next?.type === 'list' && !isQuestionList(next as List);
}

/** Whether circled titles count on from ① as the note's own numbering does: ①, ②, ③ in that order. */
function countsOn(titled: readonly TitledParagraph[], blocks: readonly RootContent[]): boolean {
  return titled.every(({ index }, k) => CIRCLED_HEAD.exec(inlineText((blocks[index] as Paragraph).children))?.[1] === CIRCLED_NUMBERS[k]);
}
