/**
 * What a question shows: a picture, a table, code or a formula standing right after it, which its
 * wording points to (`Your model's loss curves look like this.`, `Given the following code snippet.`).
 * Interview books write them under the last question of a list, indented less than the list's text
 * or not at all, so Markdown ends the list before them, and they stood between questions, no one's.
 */
import type { PhrasingContent, RootContent } from 'mdast';
import type { FoundQuestion, PromptCandidate } from './recognizers/recognizer.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { isHint } from './hints.js';
import { CODING_PROMPT } from './block-roles.js';
import { ANSWER_PREFIX } from '../parse/answer-line.js';

/** Tags around a picture in a paragraph: a line break, a centring or figure wrapper. */
const FRAMING_TAG = /^<\/?(?:br|center|figure|figcaption|p)\b[^>]*>$/i;

function isPicture(child: PhrasingContent): boolean {
  return child.type === 'image' || child.type === 'imageReference' || (child.type === 'html' && /^<img\b/i.test(child.value));
}

/** A wording that points at something shown with it. */
const POINTS_AT_SHOWN =
  /\b(?:(?:the )?following|below|like this|shown|(?:this|these) (?:[\w-]+ )?(?:graph|table|figure|image|picture|plot|chart|diagram|code|snippet|matrix|function|program|curves?|data(?:set)?)s?)\b|(?:다음|아래|위)의? ?(?:그림|표|코드|그래프|식|행렬)/i;

export function pointsAtShown(prompt: string): boolean {
  return POINTS_AT_SHOWN.test(prompt);
}

/** A picture written in HTML: `<img …>`, `<p align="center"><img …></p>`, a `<figure>`, a `<picture>`, an `<svg>`. */
export function isHtmlPicture(block: RootContent | undefined): boolean {
  return block?.type === 'html' && /<(?:img|svg|picture)\b/i.test(block.value);
}

/** A block that only shows: a picture (raw or Markdown), a table, code or a display formula. */
export function isShownBlock(block: RootContent | undefined): boolean {
  if (!block) return false;
  if (block.type === 'code' || block.type === 'table' || block.type === 'math') return true;
  if (block.type === 'html') return isHtmlPicture(block) || /<table\b/i.test(block.value);
  if (block.type === 'paragraph') return block.children.some(isPicture) && block.children.every((child) => isPicture(child) || child.type === 'break' || (child.type === 'text' && child.value.trim() === '') || (child.type === 'html' && FRAMING_TAG.test(child.value)));
  return false;
}

/** `candidate`, showing `blocks` after what it shows already. */
export function showing(candidate: PromptCandidate, blocks: readonly RootContent[]): PromptCandidate {
  return blocks.length === 0 ? candidate : { ...candidate, context: [...(candidate.context ?? []), ...blocks] };
}

/** The text of a paragraph that asks with a question mark; undefined for any other block. */
function askingText(block: RootContent | undefined): string | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const text = cleanPrompt(inlineText(block.children));
  return endsWithQuestionMark(text) && isInterrogative(text) ? text : undefined;
}

/** `candidate` asked on with `more` (a paragraph after what it shows, hints), a question now. */
function askedOn(candidate: PromptCandidate, more: readonly string[]): PromptCandidate {
  return { ...candidate, prompt: [candidate.prompt, ...more].join(' '), interrogative: true };
}

/**
 * An item's question and answer, but for what it shows: the pictures, tables or code that open its
 * answer when its wording points at them (`How well would vanilla SVM work on this dataset?` over a
 * plot of it) are what it shows, not what answers it. A question that goes on after them, in a
 * paragraph of its own that asks (`[M] Given the following matrix:`, the matrix, then `… what can we
 * say about this matrix's determinant?`), is asked by all of them; hints after it (`**Hint**: rely on a
 * property of this matrix.`) are its hints (hints.ts), and it has no answer.
 */
export function withShown(prompt: PromptCandidate, answer: RootContent[]): FoundQuestion {
  let shown = 0;
  while (shown < answer.length && isShownBlock(answer[shown])) shown++;
  if (shown === 0 || !pointsAtShown(prompt.prompt)) return { candidate: prompt, answer };
  const candidate = showing(prompt, answer.slice(0, shown));
  const [after, ...rest] = answer.slice(shown);
  const asked = askingText(after);
  if (asked !== undefined && rest.every(isHint)) return { candidate: askedOn(candidate, [asked]), answer: rest };
  return { candidate, answer: answer.slice(shown) };
}

/** What a question shows and names, pointing at it: `the following expression`, `this code`, `the script below`. */
const SHOWN_THING = String.raw`(?:expressions?|code|snippet|script|program|output|matrix|table|file|data(?:set|frame)?|array|graph|plot|figure|image|picture|query)`;
const NAMES_SHOWN = new RegExp(String.raw`\b(?:(?:the )?following|this|these) ${SHOWN_THING}\b|\b${SHOWN_THING} (?:below|shown)\b|다음 (?:코드|식|표|그림)|아래 (?:코드|식|표|그림)`, 'i');
/** A question that asks for code: the code under it answers it, whatever it points at (`How would you implement the following?`). */
const ASKS_FOR_CODE = /^(?:how (?:would|do|can|will) you )?(?:implement|write|code|program|complete|fix|refactor)\b/i;

/**
 * A question of any construct whose wording names what it shows (`What is the result of the following
 * expression?`, `What does this code print?`), over the code, table or picture it shows and then what answers it:
 * those blocks are what it shows; where all it has are such blocks (the expression, then the code that answers),
 * the first. Not a question that asks for code (`Implement the following function.`, `How would you implement the
 * following in Python?`), which its code answers, nor one that points at nothing it names (`Explain the following
 * metrics: …` over a table that answers it).
 */
export function shownBeforeAnswer(prompt: PromptCandidate, answer: RootContent[]): { candidate: PromptCandidate; answer: RootContent[] } {
  const labelled = shownOverLabel(answer);
  if (labelled) return { candidate: showing(prompt, answer.slice(labelled.from, labelled.label)), answer: [...answer.slice(0, labelled.from), ...answer.slice(labelled.label)] };
  if (prompt.context !== undefined || !NAMES_SHOWN.test(prompt.prompt) || ASKS_FOR_CODE.test(prompt.prompt) || CODING_PROMPT.test(prompt.prompt)) return { candidate: prompt, answer };
  // Hints given first stay where they are, to be read as hints (hints.ts): what is shown may follow them.
  let from = 0;
  while (isHint(answer[from])) from++;
  if (answer.length - from < 2) return { candidate: prompt, answer };
  let end = from;
  while (end < answer.length && isShownBlock(answer[end])) end++;
  if (end === answer.length) end = from + 1;
  if (end === from) return { candidate: prompt, answer };
  return { candidate: showing(prompt, answer.slice(from, end)), answer: [...answer.slice(0, from), ...answer.slice(end)] };
}

/**
 * Code, a table or a picture under a question, then a paragraph led by the answer's label (`Q: What does this print?`,
 * the code, `A: [1, 1]`): the label says where the answer starts, so what stands over it is what the question shows,
 * whatever its wording. Hints first stay hints. Where the blocks shown start and where the label's paragraph stands.
 */
function shownOverLabel(answer: readonly RootContent[]): { from: number; label: number } | undefined {
  let from = 0;
  while (isHint(answer[from])) from++;
  let label = from;
  while (label < answer.length && isShownBlock(answer[label])) label++;
  const after = answer[label];
  if (label === from || after?.type !== 'paragraph' || !ANSWER_PREFIX.test(inlineText(after.children))) return undefined;
  return { from, label };
}

/** A block under `question` (answered by what follows it), shown with it when it opens that and the question points at it (`withShown`). */
export function answerOrShow(question: FoundQuestion, block: RootContent): void {
  if (question.answer.length === 0 && isShownBlock(block) && pointsAtShown(question.candidate.prompt)) question.candidate = showing(question.candidate, [block]);
  else question.answer.push(block);
}

/**
 * An item that did not ask, over what it shows and a paragraph that asks about it, indented as the item's
 * list is (`20. [M] Let's try to construct a Naive Bayes classifier … We have four training samples:`, the
 * table, `According to your classifier, what's sentiment of the sentence …?`): one question, the item's
 * text and the paragraph's, showing the table. Undefined when the paragraph does not ask.
 */
export function askedAfterShown(prompt: PromptCandidate, shown: readonly RootContent[], asking: RootContent): FoundQuestion | undefined {
  const asked = askingText(asking);
  if (shown.length === 0 || asked === undefined) return undefined;
  return { candidate: askedOn(showing(prompt, shown), [asked]), answer: [] };
}
