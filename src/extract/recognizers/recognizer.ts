import type { Heading, Paragraph, PhrasingContent, RootContent, Text } from 'mdast';
import type { Point, Position } from 'unist';
import type { Construct } from '../extracted-question.js';
import { cleanPrompt, inlineText, LABEL_HEAD, NUMBERED_KIND } from '../../wording/prompt-text.js';
import { MARK_EMOJI, QUESTION_MARK, QUESTION_MARKS } from '../../wording/marks.js';
import { asksAgain, asksWithFullStop, endsInAbbreviation, endsStatement, endsWithQuestionMark, hasWords, isInterrogative, isTitleLike, namesAnswerPart, namesQuestionCollection, questionAnsweredAfter, readsAsComparison, readsAsTask } from '../../wording/interrogative.js';
import { isToDoMarker } from '../to-do-marker.js';
import { ANSWER_ARROW, ANSWER_LABEL, ANSWER_PREFIX, withoutAnswerArrow } from '../../parse/answer-line.js';
import { QA_LINE } from '../../parse/runaway-blocks.js';
import { DOTTED_ANSWER_MARK } from '../../parse/dotted-answer-labels.js';
import { VERDICT_MARK } from '../../parse/judged-statements.js';
import { ANSWER_MARK } from '../../parse/answer-mark.js';
import { eachLineAsks } from '../../parse/prompt-runs.js';
import { clozeCard } from '../../parse/cloze.js';
import { endsOnUnfinishingWord } from '../../parse/wrapped-questions.js';
import { BREAK_TAG } from '../../parse/break-tags.js';
import { boldRun } from '../bold-line.js';
import { CIRCLED_NUMBERS } from '../../schema/choice-mark.js';
import { citedFootnotes } from '../footnote-answers.js';

/** A block proposed as a question's prompt by one recogniser. */
export interface PromptCandidate {
  construct: Construct;
  /** Heading depth, for headings. */
  depth?: number;
  prompt: string;
  interrogative: boolean;
  /** Numbered ("12)", "Q3.") or prefixed ("Q:"): marked as a question by its author. */
  marked: boolean;
  /** Where the prompt text stands, for the line and the wording as written. */
  position: Position;
  /** The source's stretch at `position` writes each quote doubled (a sheet's quoted field): as written, each pair is one quote. */
  quotesDoubled?: true;
  /** Answer content that sits inside the prompt's own block. */
  answerLead: RootContent[];
  /** Titles a coding problem, whatever its wording (see problem-headings.ts). */
  coding?: boolean;
  /**
   * A bold run that leads a paragraph answering after it on its line (`**What is X?** X is …`, or a
   * bold term opening the question, `**Pooling** 은 왜 쓰는가? …`): a
   * question only in a note whose questions are all written so (constructs.ts), for elsewhere such
   * a paragraph is a point of an answer (`**Why does it work?** Because …`).
   */
  boldLead?: boolean;
  /**
   * A bold run that asks with its question mark written right after it (`**What is data leakage**?`): a question where
   * the note's bold lines carry its questions, but no vote for them, as its line asks anyway (bold-paragraph.ts).
   */
  markAfterBold?: true;
  /** Under a heading that labels it the question (`## Question`, labelled-sections.ts): one wherever it stands and however worded. */
  labelled?: boolean;
  /**
   * A line that opens a notebook's cell and asks, in a notebook of such cells (cell-tasks.ts): a question whatever
   * construct the note asks with.
   */
  opensCell?: boolean;
  /**
   * A paragraph's title line (`**p-value의 정의**`, `① p-value의 정의` over its explanation) where a note titled as a
   * collection of questions sets its questions so (titled-paragraphs.ts): a question, however worded.
   */
  titled?: boolean;
  /** Its line ended in a card marker (`Dropout #card`, parse/trailing-tags.ts): its author's flashcard, however worded. */
  card?: boolean;
  /**
   * A statement to judge in a list of them, written loosely (`… (o/x)`, or with its verdict, `… (X)`, in the choices'
   * place: parse/judged-statements.ts): a question however worded, its first line the prompt, the verdict and the
   * lines under it its answer.
   */
  judged?: { verdict?: string };
  /** The footnotes the prompt cites (`What is X?[^1]`), by identifier: they may hold its answer (footnote-answers.ts). */
  footnotes?: string[];
  /**
   * What the items this one is nested under set up for it, outermost first (`Suppose you want to label 100K
   * Reddit comments.` over `How would you sample them?`): the question reads on its own only after them
   * (extract/leads.ts).
   */
  leads?: Lead[];
  /** What the question shows and refers to, which no wording holds: a scene's picture or table, the code `the following code` is. */
  context?: RootContent[];
}

/** A sentence or scene that sets up the questions nested under it, where it stands. */
export interface Lead {
  prompt: string;
  position: Position;
}

/**
 * A question that a block of several holds whole (an item of a list of questions, a row of a table
 * of questions): its prompt, and the blocks that answer it (none when it has no answer).
 */
export interface FoundQuestion {
  candidate: PromptCandidate;
  answer: RootContent[];
  /** The outline bullet the question is nested under, when one names its section (`- Object detection`), or its table row's topic cell. */
  topic?: string;
  /** Its table row's tags cell (question-table.ts). */
  tags?: string[];
}

/**
 * What a block's author said of it that its words do not: that it is a flashcard (`data.card`) or a definition list's
 * term (`definitionTerm`, parse/definition-lists.ts, which asks as a card's front does), or that it stands at
 * the level of a numbered outline whose lines ask (`1.2. Bias-variance tradeoff` among `1.1. What is …?`), numbered
 * as a question as `3.` numbers one (parse/numbered-outline.ts); undefined for most.
 */
export function authored(block: Paragraph | Heading): Partial<PromptCandidate> | undefined {
  if (block.data?.card || (block.type === 'paragraph' && block.data?.definitionTerm)) return CARD;
  if (block.type === 'paragraph' && block.data?.judged) return { judged: block.data.judged };
  return block.type === 'paragraph' && block.data?.outline?.role === 'question' ? NUMBERED : undefined;
}

const CARD: Partial<PromptCandidate> = Object.freeze({ card: true });
const NUMBERED: Partial<PromptCandidate> = Object.freeze({ marked: true });

/** Given one top-level block, proposes it as a prompt of one construct. */
export interface Recognizer {
  construct: Construct;
  recognize(block: RootContent): PromptCandidate | undefined;
}

/** `Q3.`, `12)`, `② `, `01 (单选)` at a prompt's head, after an emoji that marks it too (`📌 Q47: …`). */
const MARKED = new RegExp(String.raw`^\s*(?:#{1,6}\s*)?${MARK_EMOJI}(?:${LABEL_HEAD}|\(?\d{1,3}[.)]\s|[${CIRCLED_NUMBERS}]\s|${NUMBERED_KIND})`, 'iu');
/** `③ ` at a line's head: a circled number, which numbers a question as `3.` does. */
/** A line numbered with a circled number (`① …`), the number captured. */
export const CIRCLED_HEAD = new RegExp(String.raw`^\s*([${CIRCLED_NUMBERS}])\s`, 'u');

export function candidate(
  construct: Construct,
  inline: readonly PhrasingContent[],
  position: Position,
  extra: Partial<PromptCandidate> = {},
  /** `whole`: every line of it is the prompt, none an answer (a card's front, `cardFront`). */
  { whole = false }: { whole?: boolean } = {},
): PromptCandidate {
  // A card's front is its first line, the lines under it its back, however they are worded.
  const cardLine = extra.card && construct !== 'heading' ? firstLineOf(inline, position) : undefined;
  // So is a loosely written statement to judge's, its verdict opening the answer.
  const judged = extra.judged && construct !== 'heading' && !whole ? judgedStatement(inline, position, extra.judged) : undefined;
  const split =
    judged ??
    (whole || construct === 'heading' || (construct === 'line' && !cardLine && asksOnEachLine(inline, position))
      ? undefined
      : cardLine
        ? cutAfterLine(cardLine, position)
        : // A `<br>` in a table's cell does not part it: its row's answer cell answers it.
          (splitAfterPromptLine(inline, position, { atBreakTags: construct !== 'table-row' }) ?? splitAtAnswerMark(inline, position) ?? splitBeforeAnswerLine(inline, position)));
  // A card's front with cloze deletions (Logseq's `{{cloze Gradient boosting}} fits … #card`) asks with them blanked,
  // the sentence whole opening its answer, over its back, as an export's cloze card does (parse/cloze.ts).
  const cloze = extra.card ? clozeCard(split?.prompt ?? inline, split?.answer.children ?? []) : undefined;
  const raw = inlineText(cloze?.front ?? split?.prompt ?? inline);
  const prompt = cleanPrompt(raw);
  const footnotes = citedFootnotes(split?.prompt ?? inline);
  return {
    construct,
    prompt,
    interrogative: extra.card === true || extra.judged !== undefined || isInterrogative(prompt),
    marked: MARKED.test(raw) && !namesQuestionCollection(prompt),
    position: split?.position ?? position,
    // A split at a mark that ends the line (markEndingPrompt) leads with no answer of its own.
    answerLead: cloze
      ? [{ type: 'paragraph', children: cloze.back, position }]
      : judged
        ? judged.answers
        : split && split.answer.children.length > 0
          ? [split.answer]
          : [],
    ...(footnotes.length > 0 ? { footnotes } : {}),
    ...extra,
  };
}

/**
 * `p-value는 귀무가설이 참일 확률이다. (X)` over `→ 틀림. …`, a statement to judge written loosely (parse/judged-statements.ts):
 * its first line the prompt, without the verdict its author wrote in the choices' place (`(X)`), which opens the answer,
 * then the lines under it, without the arrow that points to them. `answer` is the first of `answers`, as a split's is.
 */
function judgedStatement(inline: readonly PhrasingContent[], position: Position, { verdict }: { verdict?: string }): { prompt: PhrasingContent[]; answer: Paragraph; answers: Paragraph[]; position: Position } {
  const line = firstLineOf(inline, position);
  let prompt = line?.prompt ?? [...inline];
  const answers: Paragraph[] = [];
  const last = prompt.at(-1);
  const mark = verdict !== undefined && last?.type === 'text' ? VERDICT_MARK.exec(last.value.trimEnd()) : null;
  if (mark && last?.type === 'text') {
    const { position: written, ...bare } = last;
    prompt = [...prompt.slice(0, -1), { ...bare, value: last.value.slice(0, mark.index).trimEnd() }];
    // The mark stands on the prompt's line, its characters counted back from where the text ends.
    const back = last.value.length - mark.index;
    const start = written && { line: written.end.line, column: written.end.column - back, ...(written.end.offset !== undefined ? { offset: written.end.offset - back } : {}) };
    answers.push({ type: 'paragraph', children: [{ type: 'text', value: verdict! }], ...(start && written ? { position: { start, end: written.end } } : {}) });
  }
  const rest = line && withoutAnswerArrow({ type: 'paragraph', children: line.answer, ...(line.answerStart ? { position: { start: line.answerStart, end: position.end } } : {}) });
  if (rest && inlineText(rest.children).trim() !== '') answers.push(rest);
  return { prompt, answer: answers[0] ?? { type: 'paragraph', children: [] }, answers, position: { start: position.start, end: line?.end ?? position.end } };
}

/**
 * A paragraph of its own whose every line asks (`What is dropout?` over `Why does it work?`, answered by the
 * paragraph under it; parse/prompt-runs.ts cuts an unanswered one per line): one question, a question and its
 * follow-up, no line of it the other's answer. In a list item such lines under the item's question are
 * questions of their own (question-list.ts).
 */
function asksOnEachLine(inline: readonly PhrasingContent[], position: Position): boolean {
  // Most paragraphs are one line: no text made for them.
  return position.end.line !== position.start.line && eachLineAsks(inlineText(inline).split('\n').filter((line) => line.trim() !== ''));
}

/**
 * A line that ends with a question mark, as `endsWithQuestionMark` reads one, but for what a prompt
 * line still holds after it before any cleaning: difficulty emoji, rating stars (`★★★`) and the `**` or `_` closing its emphasis.
 */
const ASKS = new RegExp(String.raw`${QUESTION_MARK}[\s\p{Extended_Pictographic}\u200d\ufe0f*_:：★☆]*$`, 'u');

/**
 * `- What is X?` with its answer on the next line, or `Q: ...` with `A: ...`
 * right under it, is one Markdown paragraph: the first line asks, the rest
 * answers. Split there when the first line ends in a question mark, when the
 * next one starts with an answer label, or when the first line is set apart as
 * a question (bold, or `Q.`) and asks on its own: `**Explain the kernel trick.**`,
 * `Q. 배치 정규화를 설명해 주세요.`. A question that wraps over two lines stays whole.
 */
export function splitAfterPromptLine(
  inline: readonly PhrasingContent[],
  position: Position,
  { atBreakTags = true }: { atBreakTags?: boolean } = {},
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  const line = firstLineOf(inline, position, { atBreakTags });
  if (!line) return undefined;
  const { prompt, answer } = line;
  // A link alone answers too (`[https://chatgpt.com/s/…]` under the question): inlineText leaves such a citation out.
  if (inlineText(answer).trim() === '' && !answer.some((node) => node.type === 'link')) return undefined;
  if (!ASKS.test(inlineText(prompt).trim()) && !ANSWER_PREFIX.test(inlineText(answer)) && !asksAsLabelled(prompt) && !titlesLabelled(prompt, answer) && !pointsToAnswer(prompt, answer)) return undefined;
  return cutAfterLine(line, position);
}

/**
 * `1. 제1종 오류는 … 기각하는 것이다 (O/X)` over `→ 맞음.`: a line that asks without a question mark, then a line its
 * arrow leads that does not ask (`→ 그럼 왜?` is a follow-up): the arrow points from the question to its answer, as
 * a paragraph of its own under the question does (block-roles.ts).
 */
function pointsToAnswer(prompt: readonly PhrasingContent[], answer: readonly PhrasingContent[]): boolean {
  const rest = inlineText(answer);
  if (!ANSWER_ARROW.test(rest)) return false;
  const next = rest.trimStart().split('\n', 1)[0]!;
  return !endsWithQuestionMark(next) && isInterrogative(cleanPrompt(inlineText(prompt)));
}

/** Words by which a question points to the lines under it: `아래 조건의 …`, `다음 상황에서의 대처`, `Given the data below, …`. */
const FORWARD = /아래|다음(?:의|과\s*같은)?\s|주어진|\bbelow\b|\bfollowing\b/i;

/**
 * Whether a labelled question's line (`text`) goes on under it, pointing to the lines there or broken inside its
 * sentence (`next`: the line under it), and a line after those (`after`) is labelled as its answer: those between are
 * the question's. Only so: an answer's own lines may carry such a label (`A: SYN 전송` of a handshake's hosts, `A.
 * Karpathy`), and that a later line is so labelled does not tell them apart.
 */
function runsOnToAnswer(text: string, next: string, after: readonly string[]): boolean {
  return goesOnUnder(text, next) && after.some((line) => ANSWER_PREFIX.test(line));
}

/** Whether a question's line goes on under it (`next`): it points to the lines there, or its sentence wraps onto them. */
function goesOnUnder(text: string, next: string): boolean {
  return FORWARD.test(text) || wrapsOnto(text, next);
}

/**
 * A question's line broken inside its sentence, as a PDF's copy hard-wraps it (`Q. Number of parameters in a 3x3 conv
 * layer with 64 input and` over `128 output channels (with bias).`): it ends on a word, and the next line goes on with
 * a number or in lower case, as no sentence of its own opens.
 */
function wrapsOnto(text: string, next: string): boolean {
  return /[\p{L}\p{N}]$/u.test(text) && /^(?:\p{Ll}|\d+[\s\p{Script=Hangul}])/u.test(next);
}

/**
 * `2. Difference between random forest and gradient boosting` over `RF is bagging, …` on the next line: a first
 * line that asks without a question mark, over a line that opens a sentence of its own that neither asks nor sets
 * a task. Only where the question's list answers so (question-list.ts): alone, such an item may be a question
 * wrapped over two lines.
 */
export function splitAfterAskingLine(inline: readonly PhrasingContent[], position: Position): ReturnType<typeof splitAfterPromptLine> {
  const first = firstLineOf(inline, position);
  const asked = first && cleanPrompt(inlineText(first.prompt));
  if (!asked || !isInterrogative(asked)) return undefined;
  // A line that ends on a word no question ends on (`Explain the difference between`) wraps onto the lines under it, whatever
  // their case, up to the one that finishes its sentence: the cut goes there, the lines after it still the answer.
  const line = endsOnUnfinishingWord(asked) ? withWrappedLines(first, position) : first;
  const [next = '', ...after] = inlineText(line.answer).trim().split('\n').map((text) => text.trim());
  // A question wrapped over two lines goes on in lower case (but for one whose wrapped lines finished it); one that goes
  // on asking is one question.
  if (next === '' || (line === first && /^\p{Ll}/u.test(next)) || isInterrogative(cleanPrompt(next))) return undefined;
  // So does one that goes on with a task worded as one (`Show a plot.`), unless a line after it neither asks nor sets
  // one: then that task is the answer's first step (`Factor the rating matrix …` over `Train with ALS or SGD.`).
  if (readsAsTask(next) && after.every((text) => text === '' || readsAsTask(text) || isInterrogative(cleanPrompt(text)))) return undefined;
  return cutAfterLine(line, position);
}

/**
 * An item's first line left on a word no question ends on, and the lines under it its sentence wraps onto (`2. Explain the
 * difference between` over `Random Forest and Gradient Boosting.`, then the answer): up to the first of them, two at most,
 * that ends a sentence (`.`, `?`), each before it going on in lower case; a single line under it, however it ends. Where
 * none does so, the first line alone, as before: review s68 found that reading the item whole swallowed its answer into
 * the question, or left it text that belonged to no question.
 */
function withWrappedLines(first: NonNullable<ReturnType<typeof firstLineOf>>, position: Position): NonNullable<ReturnType<typeof firstLineOf>> {
  const lines = inlineText(first.answer).trim().split('\n').map((text) => text.trim());
  const count = lines.length === 1 ? 1 : lines.slice(0, WRAPPED_LINES).findIndex((text) => ENDS_SENTENCE.test(text)) + 1;
  if (count === 0 || lines.slice(1, count).some((text) => !/^\p{Ll}/u.test(text))) return first;
  let line = first;
  for (let taken = 0; taken < count; taken++) {
    const wrapped = firstLineOf(line.answer, { start: line.answerStart ?? position.start, end: position.end });
    // It finishes on the paragraph's last line: no answer under it, the item one question.
    if (!wrapped) return { ...line, answer: [] };
    line = { ...wrapped, prompt: [...line.prompt, { type: 'text', value: '\n' }, ...wrapped.prompt] };
  }
  return line;
}
/** The most lines under a first line its sentence is read to wrap onto. */
const WRAPPED_LINES = 2;
/** What ends a sentence at a line's end. */
const ENDS_SENTENCE = new RegExp(String.raw`[.!。！${QUESTION_MARKS}]$`);

/**
 * `1. **p-value의 정의**` over `귀무가설이 참일 때 …` on the next line: a first line set in bold whole, as a title is,
 * over the text that explains it. Only where the item's list is read as questions (question-list.ts): alone, a bold
 * `**Summary**` over its text stays one paragraph (asksAsLabelled).
 */
export function splitAfterBoldTitle(inline: readonly PhrasingContent[], position: Position): ReturnType<typeof splitAfterPromptLine> {
  const line = firstLineOf(inline, position);
  const next = line && inlineText(line.answer).trim().split('\n', 1)[0]!;
  // A topic over the question it files (`**카카오**` over `cold start는 어떻게 해결하나요?`) names no question: the line under it asks.
  if (!line || !next || isInterrogative(cleanPrompt(next))) return undefined;
  const strong = boldRun(line.prompt);
  const title = strong && cleanPrompt(inlineText(strong.children));
  return title && isTitleLike(title) && !namesNoTopic(title) ? cutAfterLine(line, position) : undefined;
}

/** A bold label that files a remark, not a topic to explain: an answer's part or an admonition (`Note`, `Tip`, `장점`), a to-do, a source. */
export function namesNoTopic(title: string): boolean {
  return namesAnswerPart(title) || isToDoMarker(title) || /^(?:출처|참고(?:\s*자료)?|sources?|references?|refs?)$/i.test(title);
}

/** The paragraph at `position` cut after its first line (`firstLineOf`): that line the prompt, the rest its answer. */
export function cutAfterLine(line: NonNullable<ReturnType<typeof firstLineOf>>, position: Position): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } {
  const { prompt, answer, end, answerStart } = line;
  return {
    prompt,
    answer: { type: 'paragraph', children: answer, ...(answerStart ? { position: { start: answerStart, end: position.end } } : {}) },
    position: { start: position.start, end },
  };
}

/**
 * A paragraph's first line and the rest: cut at its first line feed, or at a hard break (two spaces or a
 * backslash at a line's end, as notes written for GitHub's renderer end every line: `* 딥러닝은
 * 무엇인가요?␠␠` over its answer), or at a `<br>` with text after it on its line (`What is X?<br>→ …`, as
 * Obsidian's Kanban joins a card's lines; not with `atBreakTags` off). `end`: where the first line ends; `answerStart`:
 * where the rest starts.
 */
export function firstLineOf(
  inline: readonly PhrasingContent[],
  position: Position,
  { atBreakTags = true }: { atBreakTags?: boolean } = {},
): { prompt: PhrasingContent[]; answer: PhrasingContent[]; end: Point; answerStart: Point | undefined } | undefined {
  const index = inline.findIndex((node, at) => node.type === 'break' || (node.type === 'text' && node.value.includes('\n')) || (atBreakTags && breaksLine(inline, at)));
  const node = inline[index];
  if (node?.type === 'break' || node?.type === 'html') {
    const answer = inline.slice(index + 1);
    return { prompt: inline.slice(0, index), answer, end: node.position?.start ?? position.start, answerStart: answer[0]?.position?.start };
  }
  if (!node || node.type !== 'text') return undefined;
  const cut = node.value.indexOf('\n');
  const head = node.value.slice(0, cut);
  const tail = node.value.slice(cut + 1);
  const start = node.position?.start;
  const end: Point = start ? { line: start.line, column: start.column + cut, ...(start.offset !== undefined ? { offset: start.offset + cut } : {}) } : position.start;
  // The answer starts on the next line (its indentation is not counted: remark drops it from the text).
  const answerStart: Point | undefined = end.offset === undefined ? undefined : { line: end.line + 1, column: 1, offset: end.offset + 1 };
  const { position: _whole, ...bare } = node;
  const prompt = [...inline.slice(0, index), ...(head ? [{ ...bare, value: head, ...(start ? { position: { start, end } } : {}) }] : [])];
  const answer = [...(tail ? [{ ...bare, value: tail, ...(answerStart && node.position ? { position: { start: answerStart, end: node.position.end } } : {}) }] : []), ...inline.slice(index + 1)];
  return { prompt, answer, end, answerStart };
}

/**
 * A `<br>` (`<br/>`, `<br />`) written inside a line, text after it on that line: the line break it renders. One that
 * ends its line (`**What is X?**<br>`, as copied blog posts end every line) leaves the cut to the line feed after it.
 */
function breaksLine(inline: readonly PhrasingContent[], at: number): boolean {
  const node = inline[at]!;
  if (node.type !== 'html' || !BREAK_TAG.test(node.value)) return false;
  const next = inline[at + 1];
  return next !== undefined && !(next.type === 'text' && /^[ \t]*(?:\n|$)/.test(next.value));
}

/**
 * `Q.20. I play a game in which …,␠␠` over more lines of the question, then `A. https://…` right under its last: a
 * question that runs over lines, glued to the line that answers it. Cut before the first line after the first that
 * starts with an answer label, when the lines before it end asking with a question mark.
 */
function splitBeforeAnswerLine(
  inline: readonly PhrasingContent[],
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  // Asking with its question mark; or labelled a question that points to the lines under it (`Q. 아래 조건의 추천 시스템
  // 설계` over the conditions, then `A. …`), or whose last line asks without one (`Q. 상황: …` over `어떻게 대응하겠는가`).
  const asksBefore = (prompt: readonly PhrasingContent[]) => {
    const text = inlineText(prompt).trim();
    if (ASKS.test(text)) return true;
    const lines = text.split('\n');
    return QA_LINE.test(text) && (goesOnUnder(lines[0]!, lines[1]?.trim() ?? '') || (lines.length > 1 && isInterrogative(cleanPrompt(lines.at(-1)!))));
  };
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index]!;
    if (node.type === 'break') {
      const answer = inline.slice(index + 1);
      const prompt = inline.slice(0, index);
      if (index > 0 && ANSWER_PREFIX.test(inlineText(answer)) && asksBefore(prompt)) {
        return { prompt, answer: { type: 'paragraph', children: answer }, position: { start: position.start, end: node.position?.start ?? position.end } };
      }
      continue;
    }
    if (node.type !== 'text') continue;
    for (let cut = node.value.indexOf('\n'); cut !== -1; cut = node.value.indexOf('\n', cut + 1)) {
      const tail = node.value.slice(cut + 1);
      if (!ANSWER_PREFIX.test(tail === '' ? inlineText(inline.slice(index + 1)) : tail)) continue;
      const { position: whole, ...bare } = node;
      const end = whole && pointIn(node.value, whole.start, cut);
      const answerStart = whole && pointIn(node.value, whole.start, cut + 1);
      const prompt: PhrasingContent[] = [...inline.slice(0, index), { ...bare, value: node.value.slice(0, cut), ...(whole && end ? { position: { start: whole.start, end } } : {}) }];
      if (!asksBefore(prompt)) return undefined;
      const answer: PhrasingContent[] = [...(tail ? [{ ...bare, value: tail, ...(whole && answerStart ? { position: { start: answerStart, end: whole.end } } : {}) }] : []), ...inline.slice(index + 1)];
      return { prompt, answer: { type: 'paragraph', children: answer }, position: { start: position.start, end: end ?? position.end } };
    }
  }
  return undefined;
}

/** The point `at` characters into a text that starts at `start` (lines counted). */
function pointIn(text: string, start: Point, at: number): Point {
  const before = text.slice(0, at);
  const lineFeeds = before.split('\n').length - 1;
  const lastFeed = before.lastIndexOf('\n');
  return {
    line: start.line + lineFeeds,
    column: lineFeeds === 0 ? start.column + at : at - lastFeed,
    ...(start.offset !== undefined ? { offset: start.offset + at } : {}),
  };
}

const QUESTION_MARK_THEN_SPACE = new RegExp(String.raw`${QUESTION_MARK}[ \t]+$`);
/** `A)` letters an option, here as on a line of its own (ANSWER_MARK). */
const ANSWER_LABEL_ALONE = new RegExp(String.raw`^${ANSWER_LABEL}\s*[:：.]$`);

/** `**A:**`, `*Answer.*`, `**답:**`: an answer label with its punctuation, alone in bold or italics. */
function isSetApartAnswerLabel(node: PhrasingContent | undefined): boolean {
  return (node?.type === 'strong' || node?.type === 'emphasis') && ANSWER_LABEL_ALONE.test(inlineText(node.children).trim());
}

/** `**B.**` after a `**A.**`: the options of a question lettered on its line, not its answer. */
function isSetApartOptionB(node: PhrasingContent): boolean {
  return (node.type === 'strong' || node.type === 'emphasis') && /^B\s*[:：.)]$/.test(inlineText(node.children).trim());
}

/**
 * `- What is overfitting? - When the model fits noise.`: a cheat sheet's line asks, then answers
 * after a dash (or `A:`). Split there, on the prompt's first line, when the question before the dash asks
 * and what follows it does not ask again: `What is dropout? - 드롭아웃이란?` and `What is dropout? -
 * 드롭아웃이란 무엇인가` are one question in two languages (normalise/bilingual.ts).
 */
function splitAtAnswerMark(
  inline: readonly PhrasingContent[],
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index]!;
    if (node.type !== 'text') continue;
    const lineBreak = node.value.indexOf('\n');
    const line = lineBreak === -1 ? node.value : node.value.slice(0, lineBreak);
    // `Q. X? A. …`, in a note that letters no options (parse/dotted-answer-labels.ts): `A.` labels the answer too.
    const found = earlier(ANSWER_MARK.exec(line), node.data?.dottedAnswerLabel ? DOTTED_ANSWER_MARK.exec(line) : null);
    if (found) return splitAt(inline, index, found.index + 1, found.index + found[0].length, position) ?? markEndingPrompt(inline, index, found, position);
    // `**Q:** What is X? **A:** …`: the label set apart in bold, as its question's is, right after the question mark.
    const asked = lineBreak === -1 ? QUESTION_MARK_THEN_SPACE.exec(node.value) : null;
    if (asked && isSetApartAnswerLabel(inline[index + 1]) && !inline.slice(index + 2).some(isSetApartOptionB)) return splitAt(inline, index, asked.index + 1, node.value.length, position);
    // The dash is looked for on the prompt's first line only.
    if (lineBreak !== -1) return undefined;
  }
  return undefined;
}

/** The match that starts first, of two that may be found. */
function earlier(one: RegExpExecArray | null, other: RegExpExecArray | null): RegExpExecArray | null {
  return one && other ? (other.index < one.index ? other : one) : (one ?? other);
}

/**
 * `- What does Adam combine? >>>` (or `-`, `->`) over the item's children: the mark ends the prompt, and the
 * answer is what follows it, not the mark. The prompt without it, and no answer of its own line.
 */
function markEndingPrompt(
  inline: readonly PhrasingContent[],
  index: number,
  found: RegExpExecArray,
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  const node = inline[index] as Text;
  if (index !== inline.length - 1 || node.value.slice(found.index + found[0].length).trim() !== '') return undefined;
  const cut = cutAt(inline, index, found.index + 1, node.value.length, position);
  return isInterrogative(cleanPrompt(inlineText(cut.prompt))) ? cut : undefined;
}

/**
 * Where a sentence ends and the next begins: the spaces after a mark (and the quotes or brackets that close with it,
 * `… (resolver? authoritative?) Maps …`), or after a full-width mark with no space, as
 * the answer may follow (`什么是过拟合？模型…`), as interrogative.ts ends a sentence there.
 */
const SENTENCE_CUT = new RegExp(String.raw`(?<=^|[.!${QUESTION_MARKS}]["'”’)\]）」』]*)\s+|(?<=[？。！]["'”’)\]」』）]*)(?=[^\s"'”’)\]」』）])|(?<=[.!${QUESTION_MARKS}][）」』]+)(?=[^\s"'”’)\]」』）])`, 'g');

/**
 * `- What is selection bias? It is the bias introduced by …`: an item that asks, then answers after its
 * question on its line (interrogative.ts reads where the question ends). For a list whose items are
 * written so (question-list.ts): alone, such an item may be a question with a remark after it. Cut
 * where a text node goes on after the question's last mark, in it or right after an emphasis that
 * holds it (`**What is X?** X is …`).
 */
export function splitAfterQuestion(
  inline: readonly PhrasingContent[],
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  const question = questionAnsweredAfter(inlineText(inline));
  if (question === undefined) return undefined;
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index]!;
    if (node.type !== 'text') continue;
    for (const cut of node.value.matchAll(SENTENCE_CUT)) {
      const before = [...inline.slice(0, index), { ...node, value: node.value.slice(0, cut.index) }];
      if (inlineText(before).trim() === question) return splitAt(inline, index, cut.index, cut.index + cut[0].length, position);
    }
  }
  return undefined;
}

/**
 * `what is cross-validation: the purpose is …`, `Basic Bayes Theorem. P(A|B) = …`: an item led by what it
 * asks about, its answer after a colon or a full stop on its first line, as terse lists of questions write
 * them (question-list.ts, where the list asks throughout). Cut at the first such mark in a text node (but
 * the full stop of `vs.` or `e.g.`), when `leads` takes what stands before it (a full stop included) for the prompt.
 */
export function splitAfterLead(
  inline: readonly PhrasingContent[],
  position: Position,
  leads: (lead: string) => boolean,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index]!;
    if (node.type !== 'text') continue;
    const lineBreak = node.value.indexOf('\n');
    const line = lineBreak === -1 ? node.value : node.value.slice(0, lineBreak);
    for (const found of line.matchAll(/[:.](\s+)(?=\S)/g)) {
      // A colon only introduces the answer; a full stop ends the prompt's sentence.
      const promptEnd = found.index + (found[0].startsWith(':') ? 0 : 1);
      const lead = inlineText([...inline.slice(0, index), { ...node, value: node.value.slice(0, promptEnd) }]).trim();
      if (found[0].startsWith('.') && endsInAbbreviation(lead)) continue;
      return leads(lead) ? cutAt(inline, index, promptEnd, found.index + found[0].length, position) : undefined;
    }
    if (lineBreak !== -1) return undefined;
  }
  return undefined;
}

/**
 * `**What is overfitting?** When the model fits noise.`: a paragraph led by a bold run that asks
 * with a question mark, its answer after it on the same line, as Q&A posts write them in one
 * paragraph each. Split after the bold run, when the answer does not ask again. Korean posts lead
 * with a bold term and ask in plain text after it (`**Deconvolution** 연산은 무엇인가? 업샘플링을 …`,
 * also `**Dropout**: why does it work? Because …`): then the question is the first sentence, bold
 * term and all, when it ends at a question mark on the first line. The prompt returned is what the
 * question reads: the bold run's own text, or that sentence.
 */
export function splitAfterBoldLead(
  inline: readonly PhrasingContent[],
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  const [lead, next] = inline;
  if (lead?.type !== 'strong' || next?.type !== 'text' || next.value.startsWith('\n')) return undefined;
  if (ASKS.test(inlineText(lead.children).trim())) {
    // The answer after the space, and after a dash or colon that sets it off (`**What is X?** - It is …`).
    const space = /^\s*(?:[-–—:：](?=\s))?\s*/.exec(next.value)![0].length;
    const split = splitAt(inline, 1, 0, space, position);
    return split && { ...split, prompt: lead.children };
  }
  // A bold number (`**1)** What is X? …`) is no term: numbered-bold.ts reads such tasks, follow-up sentences and all.
  const asked = hasWords(inlineText(lead.children)) ? FIRST_SENTENCE_ASKS.exec(next.value) : null;
  return asked ? splitAt(inline, 1, asked[1]!.length, asked[0].length, position) : undefined;
}

/**
 * Text after a bold term whose first sentence (no `.`, `!` or `。` before a space in it) ends with a
 * question mark on the same line, the answer after a space: the question's part (group 1) and that space.
 */
const FIRST_SENTENCE_ASKS = new RegExp(String.raw`^((?:[^\n${QUESTION_MARKS}.!。]|[.!。](?![ \t]))*${QUESTION_MARK})[ \t]+(?=\S)`);

/**
 * `inline` cut in text node `index` (`cutAt`), when the prompt asks and what follows it is an answer: it is
 * there and does not ask again.
 */
function splitAt(
  inline: readonly PhrasingContent[],
  index: number,
  promptEnd: number,
  answerStart: number,
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } | undefined {
  const cut = cutAt(inline, index, promptEnd, answerStart, position);
  const said = inlineText(cut.answer.children).trim();
  const asked = cleanPrompt(inlineText(cut.prompt));
  if (said === '' || ASKS.test(said) || asksAgain(asked, said) || !isInterrogative(asked)) return undefined;
  return cut;
}

/** `inline` cut in text node `index`: the prompt up to `promptEnd`, the answer from `answerStart` (offsets into its value). */
function cutAt(
  inline: readonly PhrasingContent[],
  index: number,
  promptEnd: number,
  answerStart: number,
  position: Position,
): { prompt: PhrasingContent[]; answer: Paragraph; position: Position } {
  const node = inline[index] as Text;
  const { position: whole, ...bare } = node;
  const at = (column0: number): Point | undefined =>
    whole && { line: whole.start.line, column: whole.start.column + column0, ...(whole.start.offset !== undefined ? { offset: whole.start.offset + column0 } : {}) };
  const [promptTo, answerFrom] = [at(promptEnd), at(answerStart)];
  const prompt: PhrasingContent[] = [...inline.slice(0, index), { ...bare, value: node.value.slice(0, promptEnd), ...(whole && promptTo ? { position: { start: whole.start, end: promptTo } } : {}) }];
  const tail = node.value.slice(answerStart);
  // Nothing left of the node (the answer's label in bold after it): the answer starts with the next node.
  const answer: PhrasingContent[] = [...(tail === '' ? [] : [{ ...bare, value: tail, ...(whole && answerFrom ? { position: { start: answerFrom, end: whole.end } } : {}) }]), ...inline.slice(index + 1)];
  return {
    prompt,
    answer: { type: 'paragraph', children: answer, ...(answerFrom ? { position: { start: answerFrom, end: position.end } } : {}) },
    position: { start: position.start, end: promptTo ?? position.end },
  };
}

/** A sentence's end: what a labelled line that asks without a question mark ends with when it does not wrap. */
const SENTENCE_END = /[.!。][\s\p{Extended_Pictographic}\u200d\ufe0f]*$/u;

/**
 * `Q. Hyperparameter Tuning` over `Hyperparameter types:`: a line labelled as a question (`Q.`, `Q:`, `Question
 * 3.`) that names its subject as a title does (no sentence's end), over a line that opens a sentence of its own
 * that neither asks nor sets a task: the subject asked about, the rest its answer. A line numbered with a circled
 * number (`③ 1종 오류와 2종 오류의 차이`) titles so when its words ask: the number alone labels no question (an
 * answer's steps are numbered so, `① 데이터 수집`). A question wrapped over two lines goes on in lower case, and one
 * that goes on asking (`Which steps does it have?`, `Give an example.`) is one question.
 */
function titlesLabelled(line: readonly PhrasingContent[], rest: readonly PhrasingContent[]): boolean {
  const text = inlineText(line).trim();
  const asked = cleanPrompt(text);
  if (!(QA_LINE.test(text) || (CIRCLED_HEAD.test(text) && isInterrogative(asked))) || !isTitleLike(asked)) return false;
  const [next = '', ...after] = inlineText(rest).trim().split('\n').map((line) => line.trim());
  // A question that points to the lines under it (`Q. 아래 조건의 추천 시스템 설계` over the conditions) runs on to its
  // answer's label (`A. …`), as splitBeforeAnswerLine cuts it; not one set in bold whole, which ends where its bold does.
  if (!boldRun(line) && runsOnToAnswer(text, next, after)) return false;
  // A script without capitals (Hangul, Han) opens no sentence by its case, nor does a number (`1종 오류: …`): a line
  // so opened answers when it ends a sentence. A question set in bold whole (`**Q3. BLEU score의 한계**`) ends where
  // its bold does: the next line is another sentence however it opens (`n-gram 일치만 …`).
  const opensSentence = boldRun(line) !== undefined || /^\p{Lu}/u.test(next) || (/^[\p{Lo}\p{N}]/u.test(next) && endsStatement(next));
  return opensSentence && !isInterrogative(cleanPrompt(next)) && !readsAsTask(next);
}

/**
 * A first line its author set apart as a question, that asks without a question mark: one bold run
 * (its closing `**` ends it) or a `Q.`-labelled line ending a sentence (one that does not may go on
 * below). Both with a sentence that asks, so a bold `**Summary**` over its text stays one paragraph.
 */
function asksAsLabelled(line: readonly PhrasingContent[]): boolean {
  const strong = boldRun(line);
  const text = inlineText(strong ? strong.children : line).trim();
  if (!strong && !(MARKED.test(text) && SENTENCE_END.test(text))) return false;
  // A label says it is a question, though it ends in a full stop (`**Q19- What is a Regression Algorithm.**`) or
  // compares with no question word (`**Q. Exploration vs Exploitation**`).
  return isInterrogative(cleanPrompt(text)) || (MARKED.test(text) && (asksWithFullStop(cleanPrompt(text)) || readsAsComparison(cleanPrompt(text))));
}
