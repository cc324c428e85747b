/**
 * Notebooks read by their cells, whose boundaries say what Markdown cannot (parse/notebook.ts marks each
 * paragraph that opens a Markdown cell with where the cell ends, whether it is the whole cell, and the kind
 * of the cell after it).
 *
 * Exercise notebooks (`100 numpy exercises`): each task is a Markdown cell of one sentence, often with
 * no question mark (`Create a null vector of size 10`), and the code cell under it is its solution, or
 * is left empty for the reader's. Read as Markdown, such a sentence is a line of prose over code. But a
 * tutorial writes its steps so too (`Load the data`, `Plot the loss`): the cells are read as tasks only
 * where the notebook reads as a set of them: at least MIN_TASKS such cells over code, at least half of
 * them worded as tasks or questions or numbered by their author, and the notebook titled as a set of
 * exercises or questions, or a quarter of them asking with a question mark, or MANY_TASKS of them worded
 * as tasks and making up nearly all. In such a set, a cell over code that opens with a verb or the scene it sets is a task too
 * (`Find indices of non-zero elements`, `Considering a 10x3 matrix, extract …`), and so is one its author
 * numbers, of several paragraphs too (`**4.** Consider the DataFrame below.` over `For each group, find
 * …`, one question of both); one that points elsewhere (`See [stackoverflow](…)`) or leads into code
 * (`And another approach using a groupby:`) is not, nor one in the section of a heading that asks (its
 * answer), nor one labelled as a question (`**Question:** …`), which the reading of `Q:` lines asks. Each task
 * is read as a question labelled by its cell (a heading that asks, whatever its
 * wording, answered by the cells up to the next heading or task).
 *
 * Notebooks of questions, each opening its cell over what answers it: `cellQuestions`.
 */
import type { Code, Heading, Paragraph, RootContent } from 'mdast';
import { endsWithQuestionMark, isInterrogative, namesQuestionCollection, opensWithVerb, readsAsComparison, readsAsTask, SCENE } from '../wording/interrogative.js';
import { asOneLine, cleanPrompt, inlineText, withoutTrailingColon } from '../wording/prompt-text.js';
import { NUMBER_LEAD } from './recognizers/numbered-bold.js';
import { isShownBlock } from './shown-blocks.js';
import { isHint } from './hints.js';
import { QA_LINE } from '../parse/runaway-blocks.js';
import { QUESTION_MARKS } from '../wording/marks.js';

const MIN_TASKS = 3;
/** Fewest cells opening with a question that make a notebook of question cells (`cellQuestions`). */
const MIN_OPENING = 2;
/** A notebook of this many task cells, nearly all of its cells over code (NEARLY_ALL), is a set of tasks whatever its title. */
const MANY_TASKS = 10;
const NEARLY_ALL = 0.8;

/**
 * A title naming a set of exercises, as its last words (`100 numpy exercises`, `Pandas puzzles`, before the edition
 * a translation names: `100 pandas puzzles 中文版`), or a Chinese, Korean or Japanese one.
 */
const EXERCISES_TITLE = /\b(?:exercises?|exercices|puzzles?|problems|drills|quiz(?:zes)?|katas?|practice|questions)(?:\s*\(\d+\))?(?:\s*(?:中文版|한국어판|日本語版|\((?:Chinese|Korean|Japanese)\)))?\s*$|练习|习题|習題|问答|연습|演習/i;

/** Deeper than any heading a note writes: the task's answer runs to the next heading, or the next task. */
const TASK_DEPTH = 6;

/** What `withCellTasks` made of a notebook's task cells. */
export interface CellTasks {
  blocks: RootContent[];
  /** The headings made, each asking its task. */
  asked: ReadonlySet<RootContent>;
  /** Of those, the tasks over a code cell: questions that ask for code. */
  coded: ReadonlySet<RootContent>;
  /** What each task's cell shows besides its words (its code, tables, pictures): nothing, for most. */
  shown: ReadonlyMap<RootContent, RootContent[]>;
}

/**
 * The blocks with each task cell made a heading that asks it: the words of its paragraphs (its scene, then what to
 * do: `**22.** Given random data`, its code, `How do you subtract each row's mean?`), at its opening paragraph's
 * place; the code, tables and pictures of the cell are what it shows, and so is a remark that opens the cell before
 * the task its author numbers (`The next three puzzles are slightly harder.`); its hints (`(hint: np.zeros)`) and
 * other blocks (a list of examples) stay after it, to be read as any question's. The same array when the notebook
 * reads as no set of tasks (nearly every note: no paragraph opens a cell outside a notebook).
 */
export function withCellTasks(written: RootContent[], title: string, source: string): CellTasks {
  const asked = new Set<RootContent>();
  const coded = new Set<RootContent>();
  const shown = new Map<RootContent, RootContent[]>();
  // Nearly every note is no notebook: nothing to read its headings for.
  if (!written.some(fromNotebookCell)) return { blocks: written, asked, coded, shown };
  const under = underQuestionHeadings(written);
  const opening = openingCells(written, new Set([...under, ...labelledQuestions(written)]));
  const starts = taskStarts(written, opening, title);
  if (starts.size === 0) {
    // A notebook whose Markdown cells set no tasks may set them in its code cells' comments.
    const blocks = withCommentTasks(written, title, source, under, (heading, task) => {
      asked.add(heading);
      if (task.answers) coded.add(heading);
      shown.set(heading, task.shows);
    });
    return { blocks, asked, coded, shown };
  }
  const blocks = written;
  const out: RootContent[] = [];
  let cell: { opener: number; end: number; next: 'markdown' | 'code' | undefined } | undefined;
  for (let at = 0; at < blocks.length; at++) {
    const block = blocks[at]!;
    const opens = block.type === 'paragraph' ? block.data?.cell : undefined;
    if (opens) cell = { opener: at, end: opens.end, next: opens.next };
    if (!starts.has(block) || !cell) {
      // A remark before the task its cell numbers goes with that task, shown with it.
      if (!cell || !remarks(blocks, cell, starts).includes(block)) out.push(block);
      continue;
    }
    let last = at;
    while (last + 1 < blocks.length && inCellEnding(blocks[last + 1]!, cell.end)) last++;
    const inCell = blocks.slice(at, last + 1);
    // Its words: its paragraphs, but for its hints and its pictures, which it shows; a question answered in its own
    // cell is its first paragraph alone.
    const paragraphs = answeredInCell(block as Paragraph, opening.get(block as Paragraph) ?? '')
      ? [block as Paragraph]
      : inCell.filter((part): part is Paragraph => part.type === 'paragraph' && !isHint(part) && !isShownBlock(part));
    const children = asOneLine(paragraphs);
    const start = block.position?.start;
    const end = paragraphs.at(-1)!.position?.end;
    const heading: Heading = { type: 'heading', depth: TASK_DEPTH, children, ...(start && end ? { position: { start, end } } : {}) };
    asked.add(heading);
    if (cell.next === 'code') coded.add(heading);
    shown.set(heading, [...remarks(blocks, cell, starts), ...inCell.filter(isShownBlock)]);
    out.push(heading, ...inCell.filter((part) => !paragraphs.includes(part as Paragraph) && !isShownBlock(part)));
    at = last;
  }
  return { blocks: out, asked, coded, shown };
}

/** A comment that numbers a task at the head of a code cell: `#1. WRITE A PYTHON FUNCTION …`, `## 2) …`, `// 3. …`. */
const NUMBERED_COMMENT = /^(?:#{1,2}|\/\/)\s*\d{1,3}[.)]\s+\S/;
/** A comment line, and its text. */
const COMMENT_LINE = /^\s*(?:#+|\/\/)\s?(.*)$/;
/**
 * A comment line that no longer words the task: the place of its solution (`# Your code here`), a hint, or code
 * commented out (`# def square(x):`, indented, or ending as a statement does).
 */
const NOT_THE_TASK = /^(?:your (?:code|solution|answer)|solution|answer|todo|hints?\b|write your)|^\s{2,}|^(?:def|class|import|from|for|while|if|return|print)\b|[=(){}[\]]|:$/i;
/** A comment that asks about the code under it (`What is the output of the following code?`): the code is what it shows. */
const ASKS_ABOUT_CODE = /^(?:what|which)\b/i;

/**
 * Notebooks that set their tasks as comments in code cells (`#1. WRITE A PYTHON FUNCTION TO …` over its solution):
 * at least MIN_TASKS such comments, outside the sections of headings that ask (where they label parts of an answer),
 * and at least half of them asking or setting a task (`Write …`, `Reverse a linked list`), or the notebook titled as
 * a set of exercises or questions; a tutorial that numbers its steps in comments (`# 1. Load the data`, `# 2. Train
 * the model`) is none. Each such comment, with the comment lines right under it that go on wording it, is a task (a
 * heading that asks it, at the comment's place), the rest of the cell its answer, or, when the comment asks about
 * that code (`What is the output of …?`), what it shows. `take` is told of each heading made. The same array when
 * the notebook is no such set (nearly every note: no code block is a notebook's code cell outside a notebook).
 */
function withCommentTasks(
  blocks: RootContent[],
  title: string,
  source: string,
  under: ReadonlySet<RootContent>,
  take: (heading: Heading, task: { answers: boolean; shows: RootContent[] }) => void,
): RootContent[] {
  const tasks = blocks.filter((block): block is Code => block.type === 'code' && block.data?.codeCell !== undefined && !under.has(block) && NUMBERED_COMMENT.test(block.value));
  if (tasks.length < MIN_TASKS) return blocks;
  const words = tasks.map((code) => cleanPrompt(taskWording(code.value.split('\n')).text));
  const asking = words.filter((text) => isInterrogative(withoutTrailingColon(text))).length;
  if (asking * 2 < tasks.length && !(EXERCISES_TITLE.test(title) || namesQuestionCollection(title))) return blocks;
  return blocks.flatMap((block) => (tasks.includes(block as Code) ? commentTask(block as Code, source, take) : [block]));
}

/** The comment lines that word a task at the head of a code cell (`count` of them), and their words. */
function taskWording(lines: readonly string[]): { count: number; text: string } {
  let count = 1;
  while (count < lines.length && lines[count]!.trim() !== '' && COMMENT_LINE.test(lines[count]!) && !NOT_THE_TASK.test(COMMENT_LINE.exec(lines[count]!)![1]!)) count++;
  return { count, text: lines.slice(0, count).map((line) => COMMENT_LINE.exec(line)![1]!.trim()).join(' ') };
}

/** A code cell's leading comment as the heading of its task, and the code after it: its answer, or what it shows. */
function commentTask(code: Code, source: string, take: (heading: Heading, task: { answers: boolean; shows: RootContent[] }) => void): RootContent[] {
  const lines = code.value.split('\n');
  const { count, text } = taskWording(lines);
  const { fileLines } = code.data!.codeCell!;
  // The comment starts on the line after the fence, in the Markdown written: where the question is written.
  const fenceEnd = code.position?.start.offset === undefined ? -1 : source.indexOf('\n', code.position.start.offset);
  const start = fenceEnd < 0 ? undefined : fenceEnd + 1;
  const end = start === undefined ? undefined : start + lines.slice(0, count).join('\n').length;
  const heading: Heading = {
    type: 'heading',
    depth: TASK_DEPTH,
    children: [{ type: 'text', value: text }],
    ...(start !== undefined && end !== undefined
      ? { position: { start: { line: fileLines[0] ?? 1, column: 1, offset: start }, end: { line: fileLines[count - 1] ?? 1, column: 1, offset: end } } }
      : {}),
  };
  const rest = lines.slice(count).join('\n').replace(/^\s*\n/, '');
  const after: Code = { ...code, value: rest, ...(code.position && end !== undefined ? { position: { start: { line: fileLines[count] ?? fileLines.at(-1) ?? 1, column: 1, offset: end + 1 }, end: code.position.end } } : {}) };
  const asksAbout = ASKS_ABOUT_CODE.test(cleanPrompt(text)) && rest.trim() !== '';
  take(heading, { answers: !asksAbout, shows: asksAbout ? [after] : [] });
  return asksAbout ? [heading] : [heading, after];
}

/** A block a notebook's cell marks (parse/notebook.ts): the paragraph that opens a Markdown cell, or a code cell. */
function fromNotebookCell(block: RootContent): boolean {
  return (block.type === 'paragraph' && block.data?.cell !== undefined) || (block.type === 'code' && block.data?.codeCell !== undefined);
}

/** Whether a block starts before `end`, a cell's end: it is written in that cell. */
function inCellEnding(block: RootContent, end: number): boolean {
  return (block.position?.start.offset ?? Infinity) < end;
}

/** The blocks of a cell that come before its task when that is not its opening paragraph (`taskStarts`). */
function remarks(blocks: readonly RootContent[], cell: { opener: number; end: number }, starts: ReadonlySet<RootContent>): RootContent[] {
  if (starts.has(blocks[cell.opener]!)) return [];
  let task = cell.opener;
  while (task < blocks.length && inCellEnding(blocks[task]!, cell.end) && !starts.has(blocks[task]!)) task++;
  // A cell of remarks alone, before the next cell's task, is no part of that task: it is read as prose between
  // questions is (the answer above, or text before the first question), not left out unseen.
  return task < blocks.length && inCellEnding(blocks[task]!, cell.end) && starts.has(blocks[task]!) ? blocks.slice(cell.opener, task) : [];
}

/** The paragraphs that open a notebook's Markdown cells, each with its text as a prompt reads; but for those of `leaving`. */
function openingCells(blocks: readonly RootContent[], leaving: ReadonlySet<RootContent> = new Set()): Map<Paragraph, string> {
  const opening = new Map<Paragraph, string>();
  for (const block of blocks) if (block.type === 'paragraph' && block.data?.cell && !leaving.has(block)) opening.set(block, cleanPrompt(inlineText(block.children)));
  return opening;
}

/** The opening paragraphs that are no task of their own: those labelled as questions (`**Question:** …`), which the `Q:` lines' reading asks. */
function labelledQuestions(blocks: readonly RootContent[]): Set<RootContent> {
  return new Set(blocks.filter((block) => block.type === 'paragraph' && block.data?.cell && QA_LINE.test(inlineText(block.children))));
}

/**
 * The blocks in the section of a heading that asks (`## How do you reverse a list?` over `Slice the list with a
 * negative step` and its code): its answer, not tasks of their own.
 */
function underQuestionHeadings(blocks: readonly RootContent[]): Set<RootContent> {
  const under = new Set<RootContent>();
  let asking = false;
  for (const block of blocks) {
    if (block.type === 'heading') asking = block.depth > 1 && isInterrogative(cleanPrompt(inlineText(block.children)));
    else if (asking) under.add(block);
  }
  return under;
}

/**
 * Where each task of a notebook that reads as a set of them (see above) starts: its cell's opening paragraph, or,
 * after a remark that opens the cell (`The next three puzzles are slightly harder.`), the paragraph its author
 * numbers (`**26.** In the cell below, …`). None when the notebook is no such set.
 */
function taskStarts(blocks: readonly RootContent[], opening: ReadonlyMap<Paragraph, string>, title: string): Set<RootContent> {
  const whole = [...opening.keys()].filter((block) => block.data!.cell!.whole);
  const overCode = new Set(whole.filter((block) => block.data!.cell!.next === 'code'));
  if (overCode.size < MIN_TASKS) return new Set();
  const worded = [...overCode].filter((cell) => asksAsTask(opening.get(cell)!));
  const tasks = new Set([...worded, ...[...overCode].filter(numbered)]);
  const asking = [...overCode].filter((cell) => endsWithQuestionMark(opening.get(cell)!)).length;
  if (tasks.size < MIN_TASKS || tasks.size * 2 < overCode.size) return new Set();
  // Many cells worded as tasks make a set by themselves; numbers alone do not (a tutorial numbers its steps).
  const many = worded.length >= MANY_TASKS && worded.length >= NEARLY_ALL * overCode.size;
  if (!(many || EXERCISES_TITLE.test(title) || namesQuestionCollection(title) || asking * 4 >= overCode.size)) return new Set();
  // A cell that asks is a question of the set too, over code or not (`How to read it?` over the file it reads, a
  // task whose solution the notebook keeps in a raw cell); one over code that its author numbers, or that opens
  // with a verb or a scene, is a task, of several paragraphs too.
  const task = (cell: Paragraph) => tasks.has(cell) || numbered(cell) || inSetAsTask(opening.get(cell)!);
  const starts = new Set<RootContent>();
  blocks.forEach((block, at) => {
    const cell = block.type === 'paragraph' && opening.has(block) && !isHint(block) && !isShownBlock(block) ? block.data!.cell! : undefined;
    if (!cell) return;
    const text = opening.get(block as Paragraph)!;
    if ((cell.whole && isInterrogative(text)) || (cell.next === 'code' && task(block as Paragraph)) || answeredInCell(block as Paragraph, text)) starts.add(block);
    else if (cell.next === 'code') {
      for (let later = at + 1; later < blocks.length && inCellEnding(blocks[later]!, cell.end); later++) {
        const part = blocks[later]!;
        if (part.type !== 'paragraph' || !numbered(part) || isHint(part)) continue;
        starts.add(part);
        break;
      }
    }
  });
  return starts;
}

/**
 * A notebook of questions, each opening its cell over what answers it (`What are the assumptions of linear
 * regressions?` over a list, in the same cell): where at least MIN_OPENING cells, and a quarter of those that open
 * with a paragraph, open with one that asks with a question mark (or a question word before a colon, `What is A/B
 * testing:`), each such paragraph is a question, whatever construct the rest of the notebook asks with (a cell is a
 * boundary no note's shape has), answered by what follows it as a line's question is; and a cell that asks alone,
 * or names two things to compare (`Eigen Vector vs Eigen Value`), is a question too, not a section's title. A
 * tutorial's few rhetorical questions (`Have you ever seen …?` over code) make no such notebook. The paragraphs
 * that so ask.
 */
export function cellQuestions(blocks: readonly RootContent[]): ReadonlySet<RootContent> {
  const opening = openingCells(blocks);
  const asks = (text: string) => (endsWithQuestionMark(text) || /[:：]$/.test(text)) && isInterrogative(withoutTrailingColon(text));
  const cells = [...opening];
  const asking = cells.filter(([, text]) => asks(text)).length;
  if (asking < MIN_OPENING || asking * 4 < cells.length) return new Set();
  const alone = (cell: Paragraph, text: string) => cell.data!.cell!.whole && (isInterrogative(text) || readsAsComparison(text));
  return new Set(cells.filter(([cell, text]) => asks(text) || alone(cell, text)).map(([cell]) => cell));
}

/**
 * `**2. What is the difference between loc and iloc?**` over its answer in the same cell, the next cell Markdown: a
 * question of the set answered in words, not code. Its first paragraph asks with a question mark; the rest of the cell answers.
 */
function answeredInCell(paragraph: Paragraph, text: string): boolean {
  // A task its author numbers after a remark in the cell opens none.
  const cell = paragraph.data?.cell;
  return cell !== undefined && !cell.whole && cell.next !== 'code' && endsWithQuestionMark(text) && isInterrogative(text);
}

/** `**42**. In the Airline column, … Pull out just the airline name.`: the author's number marks a task of the set, whatever its wording. */
function numbered(cell: Paragraph): boolean {
  return NUMBER_LEAD.test(inlineText(cell.children));
}

/** Verbs that send the reader elsewhere, not to a task: `See [stackoverflow](…) for explanations.` */
const POINTER = /^(?:see|read|visit|note|click|go|refer|check out)\b/i;

/** In a set of tasks, a cell that opens with a verb or the scene it sets, but not one that leads into its code (`…:`). */
function inSetAsTask(text: string): boolean {
  return !POINTER.test(text) && !/[:：]$/.test(text) && (SCENE.test(text) || opensWithVerb(text));
}

/** A sentence's mark at the text's end. */
const SENTENCE_END = new RegExp(String.raw`[.!${QUESTION_MARKS}。]$`);

/** A sentence that asks, or sets a task without the full stop a cell's end makes needless (`Reverse a vector`). */
function asksAsTask(text: string): boolean {
  return isInterrogative(text) || readsAsTask(SENTENCE_END.test(text) ? text : `${text}.`);
}
