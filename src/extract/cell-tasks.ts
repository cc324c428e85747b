/**
 * Notebooks read by their cells, whose boundaries say what Markdown cannot (parse/notebook.ts marks each
 * paragraph that opens a Markdown cell, whether it is the whole cell, and the kind of the cell after it).
 *
 * Exercise notebooks (`100 numpy exercises`): each task is a Markdown cell of one sentence, often with
 * no question mark (`Create a null vector of size 10`), and the code cell under it is its solution, or
 * is left empty for the reader's. Read as Markdown, such a sentence is a line of prose over code. But a
 * tutorial writes its steps so too (`Load the data`, `Plot the loss`): the cells are read as tasks only
 * where the notebook reads as a set of them: at least MIN_TASKS such cells over code, most of them
 * worded as tasks or questions, and the notebook titled as a set of exercises or questions, or a
 * quarter of them asking with a question mark. In such a set, a cell that opens with a verb or the
 * scene it sets is a task too (`Find indices of non-zero elements`, `Considering a 10x3 matrix, extract
 * …`), and so is one its author numbers; one that points elsewhere is not (`See [stackoverflow](…)`).
 * Each task is read as a question labelled by its cell (a heading that asks, whatever its wording,
 * answered by the cells up to the next heading or task).
 *
 * Notebooks of questions, each opening its cell over what answers it: `cellQuestions`.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { endsWithQuestionMark, isInterrogative, namesQuestionCollection, opensWithVerb, readsAsComparison, readsAsTask } from './interrogative.js';
import { cleanPrompt, inlineText, withoutTrailingColon } from './prompt-text.js';

const MIN_TASKS = 3;
const MIN_OPENING = 2;

/** A title naming a set of exercises: `100 numpy exercises`, `Pandas puzzles`, `연습 문제`, `练习题`. */
const EXERCISES_TITLE = /\b(?:exercises?|exercices|puzzles?|problems|drills|quiz(?:zes)?|katas?|practice|questions)\b|练习|习题|習題|问题|问答|문제|연습|演習|問題/i;

/** Deeper than any heading a note writes: the task's answer runs to the next heading, or the next task. */
const TASK_DEPTH = 6;

/**
 * The blocks with each task cell made a heading that asks it (its position the paragraph's), and the headings so
 * made; the same array when the notebook reads as no set of tasks (nearly every note: no paragraph opens a cell
 * outside a notebook).
 */
export function withCellTasks(blocks: RootContent[], title: string): { blocks: RootContent[]; asked: ReadonlySet<RootContent> } {
  const taken = new Set<RootContent>(taskCells(openingCells(blocks), title));
  if (taken.size === 0) return { blocks, asked: taken };
  const asked = new Set<RootContent>();
  const out = blocks.map((block) => {
    if (!taken.has(block)) return block;
    const heading: Heading = { type: 'heading', depth: TASK_DEPTH, children: (block as Paragraph).children, ...(block.position ? { position: block.position } : {}) };
    asked.add(heading);
    return heading;
  });
  return { blocks: out, asked };
}

/** The paragraphs that open a notebook's Markdown cells, each with its text as a prompt reads. */
function openingCells(blocks: readonly RootContent[]): Map<Paragraph, string> {
  const opening = new Map<Paragraph, string>();
  for (const block of blocks) if (block.type === 'paragraph' && block.data?.cell) opening.set(block, cleanPrompt(inlineText(block.children)));
  return opening;
}

/** The task cells of a notebook that reads as a set of them (see above), or none. */
function taskCells(opening: ReadonlyMap<Paragraph, string>, title: string): Paragraph[] {
  const whole = [...opening.keys()].filter((block) => block.data!.cell!.whole);
  const overCode = new Set(whole.filter((block) => block.data!.cell!.next === 'code'));
  if (overCode.size < MIN_TASKS) return [];
  const tasks = new Set([...overCode].filter((cell) => asksAsTask(opening.get(cell)!)));
  const asking = [...overCode].filter((cell) => endsWithQuestionMark(opening.get(cell)!)).length;
  if (tasks.size < MIN_TASKS || tasks.size * 2 < overCode.size) return [];
  if (!(EXERCISES_TITLE.test(title) || namesQuestionCollection(title) || asking * 4 >= overCode.size)) return [];
  // A cell that asks is a question of the set too, over code or not (`How to read it?` over the file it reads, a
  // task whose solution the notebook keeps in a raw cell).
  const inSet = (cell: Paragraph) => tasks.has(cell) || numbered(cell) || inSetAsTask(opening.get(cell)!);
  return whole.filter((cell) => isInterrogative(opening.get(cell)!) || (overCode.has(cell) && inSet(cell)));
}

/**
 * A notebook of questions, each opening its cell over what answers it (`What are the assumptions of linear
 * regressions?` over a list, in the same cell): where MIN_OPENING cells open with a paragraph that asks with a
 * question mark (or a question word before a colon, `What is A/B testing:`), each such paragraph is a question,
 * whatever construct the rest of the notebook asks with (a cell is a boundary no note's shape has), answered by
 * what follows it as a line's question is; and a cell that asks alone, or names two things to compare (`Eigen
 * Vector vs Eigen Value`), is a question too, not a section's title. The paragraphs that so ask.
 */
export function cellQuestions(blocks: readonly RootContent[]): ReadonlySet<RootContent> {
  const opening = openingCells(blocks);
  const asks = (text: string) => (endsWithQuestionMark(text) || /[:：]$/.test(text)) && isInterrogative(withoutTrailingColon(text));
  const cells = [...opening];
  if (cells.filter(([, text]) => asks(text)).length < MIN_OPENING) return new Set();
  const alone = (cell: Paragraph, text: string) => cell.data!.cell!.whole && (isInterrogative(text) || readsAsComparison(text));
  return new Set(cells.filter(([cell, text]) => asks(text) || alone(cell, text)).map(([cell]) => cell));
}

/** `**42**. In the Airline column, … Pull out just the airline name.`: the author's number marks a task of the set, whatever its wording. */
function numbered(cell: Paragraph): boolean {
  return /^\s*\d{1,3}[.)](?:\s|$)/.test(inlineText(cell.children));
}

/** Where a task's scene opens it, in a set of tasks: `Consider a generator …`, `Considering a (w,h,3) image, …`. */
const SCENE = /^(?:given|consider(?:ing)?|imagine|suppose|assume)\b/i;
/** Verbs that send the reader elsewhere, not to a task: `See [stackoverflow](…) for explanations.` */
const POINTER = /^(?:see|read|visit|note|click|go|refer|check out)\b/i;

function inSetAsTask(text: string): boolean {
  return !POINTER.test(text) && (SCENE.test(text) || opensWithVerb(text));
}

/** A sentence that asks, or sets a task without the full stop a cell's end makes needless (`Reverse a vector`). */
function asksAsTask(text: string): boolean {
  return isInterrogative(text) || readsAsTask(/[.!?？。]$/.test(text) ? text : `${text}.`);
}
