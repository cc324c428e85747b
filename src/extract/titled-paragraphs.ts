/**
 * Paragraphs that open with a title of their own line, where a note titled as a collection of questions (`# 통계 면접
 * 질문`) sets its questions so instead of under headings: the title set in bold whole (`**p-value의 정의**`) or numbered
 * with a circled number (`① p-value의 정의`), over what explains it: the text under it in the paragraph, or the block
 * right after it (a paragraph, a list, a formula, a `<details>` fold whose summary says it holds the answer). Each title
 * is a question, as the same title would be as a heading of such a note (constructs.ts, collected depths), and what
 * stands under it up to the next title its answer. A quote, code or a table under a bold line explains no title: bold
 * names over them are a tutorial's steps, a cheat sheet's sections, a log's companies, or labels of a part of the
 * answer above (`**구현**` over code, `**비교**` over a table).
 *
 * Bold lines are how notes set apart many things besides their questions, and titles and questions look alike: so
 * only where nothing else in the note asks (no heading under its title, no line, `Q:` line or list that asks, no
 * bold line that asks: beside `**Dropout이란?**`, a bold `**효과**` titles a part of its answer), where every
 * paragraph so opened is such a title, two of them at least, and none titles a question (a category over the
 * questions under it, `**Part 1. 통계**`). Besides titles, a bold line may only label a part of an answer by a name
 * the project knows for one (namesNoTopic: `**Note**`, `**Example**`, `**Pros**`, `**참고 자료**`, a colon after it or
 * not), a part of the answer of the title above it (before the first title, the note's own remark), or close the note
 * with a closing word and nothing under it (`**끝**`, `**End**`, THE_END), a sign-off left out of the last answer;
 * any other bold line (a sentence, a remark, a name of the note's own leading in with a colon, `**Foreign key:**`,
 * `**머신러닝:**`, a last title with nothing under it) says the note sets apart other things so, and none is read.
 * Where titles are explained in words, a bold line over a formula or a fold labels what it shows, and none is read
 * either. Circled numbers count the note's own points, ①, ② and on in order: there a line that asks may stand among
 * the titles (`③ 중심극한정리란?`).
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { Proposals } from './constructs.js';
import { candidate, CIRCLED_HEAD, cutAfterLine, firstLineOf, namesNoTopic, type PromptCandidate } from './recognizers/recognizer.js';
import { isQuestionList } from './recognizers/question-list.js';
import { opensAnswerFold } from './answer-blocks.js';
import { boldRun } from './bold-line.js';
import { CIRCLED_NUMBERS } from '../schema/choice-mark.js';
import { cleanPrompt, inlineText, withoutTrailingColon } from '../wording/prompt-text.js';
import { endsStatement, isInterrogative, isTitleLike } from '../wording/interrogative.js';
import { DAY_DATE } from '../wording/date-shapes.js';
import { THE_END } from '../wording/sign-off-words.js';

/** A title that labels what follows its colon (`출처: 개인 정리`) or opens with a date (`2024.03.02 업데이트`): a note's remark, no topic. */
const REMARK = new RegExp(String.raw`^[^:：]{1,20}[:：]\s|^(?:${DAY_DATE})`, 'iu');

/** A closing word alone, saying the note is over (`끝`, `End.`, `The End`). */
const CLOSING_WORD = new RegExp(String.raw`^(?:${THE_END})[.!~]*$`, 'iu');

type Opening = 'bold' | 'circled';

/**
 * What explains a title: `words` (text under it in its paragraph, or the paragraph after it), `points` (a list), or a
 * block displayed as it is (`display`: a formula, a fold of the answer).
 */
type Explanation = 'words' | 'points' | 'display';

/** A paragraph's title line read as a question: its kind, the proposal that asks it, whether its words asked already, and what explains it. */
interface TitledParagraph {
  index: number;
  opening: Opening;
  found: PromptCandidate;
  asks: boolean;
  explained: Explanation;
}

/** A paragraph's first line and the rest (`line`, undefined for a paragraph of one line), and how it opens. */
interface Opened {
  opening: Opening;
  line: ReturnType<typeof firstLineOf>;
  first: PhrasingContent[];
}

/** The proposals of a note's blocks, and the block that closes the note (`**끝**`) when its titles are read. */
export interface TitledNote {
  proposals: Proposals[];
  /** The note's last block, a bold closing word (`**끝**`) under its last answer: a sign-off, no part of it. */
  closing: number | undefined;
}

/**
 * `proposals` with the title of each titled paragraph proposed as a question (`titled`), where the note sets its
 * questions so (see above), and the bold line that closes it; the same proposals and no closing otherwise.
 * `titleIndex`: the block that is the note's title (-1: none).
 */
export function withTitledParagraphs(blocks: readonly RootContent[], proposals: Proposals[], collectsQuestions: boolean, titleIndex: number): TitledNote {
  const unread = { proposals, closing: undefined };
  if (!collectsQuestions || blocks.some((block, index) => block.type === 'heading' && index !== titleIndex)) return unread;
  const titled: TitledParagraph[] = [];
  let closing: number | undefined;
  for (const [index, block] of blocks.entries()) {
    if (block.type === 'list' && isQuestionList(block)) return unread;
    if (block.type !== 'paragraph' || !block.position) continue;
    const opened = openingOf(block);
    if (!opened) {
      // A line that asks, or a `Q:` line: the note's questions are those, and its titles parts of their answers.
      if (proposals[index]?.qa || proposals[index]?.line?.interrogative) return unread;
      continue;
    }
    const title = titleOf(block, opened, blocks[index + 1]);
    if (title) titled.push({ index, opening: opened.opening, ...title });
    // A bold label the project knows for an answer's part is no title but no sign against them either, nor a closing
    // word ending the note; any other paragraph so opened that titles nothing (a sentence in bold, a remark, a name of
    // the note's own, `**Foreign key:**`, a last title with nothing under it) says bold lines are not the note's way.
    else if (opened.opening === 'bold' && closesNote(block, opened, blocks[index + 1])) closing = index;
    else if (!(opened.opening === 'bold' && labelsPart(opened))) return unread;
  }
  if (titled.length < 2 || titled.some((one) => one.opening !== titled[0]!.opening)) return unread;
  // Where the note explains its titles in words, a bold line over a formula or a fold sets apart a part of an answer:
  // such blocks explain titles only where no title is in words.
  if (titled.some((one) => one.explained === 'display') && titled.some((one) => one.explained === 'words')) return unread;
  // Of bold lines, a title is one only where none asks; circled titles count on from ①, and may ask among them.
  const circled = titled[0]!.opening === 'circled';
  const asking = titled.filter((one) => one.asks).length;
  if (asking === titled.length || (circled ? !countsOn(titled, blocks) : asking > 0)) return unread;
  const marked = [...proposals];
  for (const { index, opening, found } of titled) {
    const construct = opening === 'bold' ? 'bold' : 'line';
    marked[index] = { ...marked[index], [construct]: { ...found, construct, interrogative: true, titled: true } };
  }
  return { proposals: marked, closing };
}

/** How a paragraph opens: with a line set in bold whole, or a circled number; with its first line. */
function openingOf(paragraph: Paragraph): Opened | undefined {
  const line = firstLineOf(paragraph.children, paragraph.position!);
  const first = line ? line.prompt : paragraph.children;
  if (boldRun(first)) return { opening: 'bold', line, first };
  return CIRCLED_HEAD.test(inlineText(first)) ? { opening: 'circled', line, first } : undefined;
}

/**
 * The paragraph's title line as a prompt, its answer the lines under it, whether its words ask, and what explains it;
 * undefined when the line is no title (a sentence, an answer's part, `Note`, `장점`, a remark, `출처: …`) or has no
 * explanation under it, in the paragraph or right after it, that does not itself ask.
 */
function titleOf(paragraph: Paragraph, opened: Opened, next: RootContent | undefined): Pick<TitledParagraph, 'found' | 'asks' | 'explained'> | undefined {
  const { opening } = opened;
  const shown = shownOf(opened);
  const prompt = wordsOf(opened);
  const asks = isInterrogative(prompt);
  const rest = restOf(paragraph, opened);
  const explained = rest ? (asksAtOnce(inlineText(rest.answer.children)) ? undefined : 'words') : explanationAfter(next);
  if (!namesTitle(prompt, asks) || !explained) return undefined;
  const found = candidate(opening === 'bold' ? 'bold' : 'line', shown, rest?.position ?? paragraph.position!, { answerLead: rest ? [rest.answer] : [] });
  return { found, asks, explained };
}

/** What a title line shows: the bold run's words, or the line after its circled number. */
function shownOf({ opening, first }: Opened): PhrasingContent[] {
  return opening === 'bold' ? boldRun(first)!.children : first;
}

/** A title line's words, as a prompt. */
function wordsOf(opened: Opened): string {
  return cleanPrompt(inlineText(shownOf(opened)));
}

/** The paragraph cut after its title line, when text stands under it there. */
function restOf(paragraph: Paragraph, { line }: Opened): ReturnType<typeof cutAfterLine> | undefined {
  return line && inlineText(line.answer).trim() !== '' ? cutAfterLine(line, paragraph.position!) : undefined;
}

/**
 * Whether a title line's words title a question: they ask (`asks`, as the caller read them with isInterrogative), or
 * name a topic (not a sentence, a remark, `Note`, `장점`).
 */
function namesTitle(prompt: string, asks: boolean): boolean {
  return prompt !== '' && (asks || (isTitleLike(prompt) && !endsStatement(prompt) && !REMARK.test(prompt))) && !namesNoTopic(prompt);
}

/**
 * Whether a bold line labels a part of an answer by a name the project knows for one (namesNoTopic: `**Note**`,
 * `**Example**`, `**Pros**`, `**장점**`, `**참고 자료**`), a colon after it or not (`**Note:**`). After a title's
 * explanation it is a part of that title's answer, which runs on through it; before the first title, the note's own
 * remark. A name of the note's own leading in with a colon (`**Foreign key:**`, `**머신러닝:**`) is none: it may be a
 * term, a category, a title.
 */
function labelsPart(opened: Opened): boolean {
  return namesNoTopic(withoutTrailingColon(wordsOf(opened)));
}

/**
 * Whether a bold line closes the note: its last block, with nothing under it, a closing word alone (`**끝**`,
 * `**End**`, `**이상**`, THE_END). Any other last bold line (a title with nothing under it, `**더 볼 것:**`) is none.
 */
function closesNote(paragraph: Paragraph, opened: Opened, next: RootContent | undefined): boolean {
  return next === undefined && !restOf(paragraph, opened) && CLOSING_WORD.test(wordsOf(opened));
}

/**
 * How the block after a title explains it, if it does: a paragraph that neither asks nor is a bold line, a list that is
 * not of questions, a formula, or a fold of the answer (`<details><summary>Answer</summary>`, opensAnswerFold). A quote,
 * code or a table explains none (see above).
 */
function explanationAfter(next: RootContent | undefined): Explanation | undefined {
  switch (next?.type) {
    case 'paragraph':
      return !boldRun(next.children) && inlineText(next.children).trim() !== '' && !asksAtOnce(inlineText(next.children)) ? 'words' : undefined;
    case 'list':
      return isQuestionList(next) ? undefined : 'points';
    case 'math':
      return 'display';
    case 'html':
      return opensAnswerFold(next) ? 'display' : undefined;
    default:
      return undefined;
  }
}

/** Whether a text's first line asks. */
function asksAtOnce(text: string): boolean {
  return isInterrogative(cleanPrompt(text.trim().split('\n', 1)[0]!));
}

/** Whether circled titles count on from ① as the note's own numbering does: ①, ②, ③ in that order. */
function countsOn(titled: readonly TitledParagraph[], blocks: readonly RootContent[]): boolean {
  return titled.every(({ index }, k) => CIRCLED_HEAD.exec(inlineText((blocks[index] as Paragraph).children))?.[1] === CIRCLED_NUMBERS[k]);
}
