/**
 * What each block is to the extract walk (walk/walk.ts), decided from the
 * blocks around it and the constructs the document uses: a heading that
 * asks, a line that prompts, a section title, the end of a references
 * section or of an answer. Each takes the document's blocks, the prompts the
 * recognisers proposed for them and the construct choice.
 */
import type { Heading, Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { ConstructChoice, Proposals } from './constructs.js';
import { asksOutright, isEmptySection, labelsFollowUp, loneTitle, numbersChapter, setsNumberedTask } from './constructs.js';
import { isBreakHtml, opensAnswerFold } from './answer-blocks.js';
import { asksToChoose, namesAnOption, startsWithLabelledLines } from './choices.js';
import { cleanPrompt, FOLLOW_UP_HEAD, inlineText, labelsQuestion, saysNoneAsked, SECTION_NUMBER, STEP_LABEL } from '../wording/prompt-text.js';
import { sectionNumberOf } from '../wording/section-numbers.js';
import { endsAsking, endsWithQuestionMark, hasWords, isAdmonitionTitle, isAnswerLabel, isInterrogative, isSectionTitle, isTitleLike, namesAnswerPart, namesATopic, namesAWayTo, readsAsComparison, readsAsTask, SCENE } from '../wording/interrogative.js';
import { boldRun } from './bold-line.js';
import { titlesAnswerPart } from './answer-part-title.js';
import { ANSWER_ARROW, ANSWER_PREFIX } from '../parse/answer-line.js';
import { ANY_QUESTION_MARK, POINTING_ARROW, QUESTION_MARK, QUESTION_MARKS, isQuestionMark } from '../wording/marks.js';
import { ANSWER_MARK } from '../parse/answer-mark.js';
import { LIST_LINE_LABEL, OPTION_LABEL, labelPlace, lineLabel, placeIn } from './line-label.js';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { asksWithQuestionMarks, isQuestionList, isTableOfContents } from './recognizers/question-list.js';
import { isCitationParagraph, isReferenceList, isReferencesHeading, isLinksLine, isReferencesLine, isReferencesTitle } from './references.js';
import { namesClosingSection, neverAsks } from './never-asks.js';
import { revealedAnswer, withoutAnswerHead } from './answer-head.js';
import { isPlaceholderAnswer } from '../normalise/placeholder.js';
import { endsAnswerAbove } from './answer-tail.js';

/** A coding task ("Implement softmax", "Write a function that…", "구현"): its answer may be code alone. */
export const CODING_PROMPT = /^(?:implement|write (?:a |the )?(?:function|code|program|class)|code (?:a|the|up)|program)\b|구현/i;

/** A question that asks what or why (`What is overfitting?`, `Explain …`): an empty code cell under it is no code to write. */
export const CONCEPT_PROMPT = /^(?:what|why|which|who|when|where|explain|describe|define|compare|discuss|is|are|does|do|how (?:does|do|is|are|would|can)\b(?! you (?:implement|write|code)))\b/i;

export function isHeadingQuestion(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index]!;
  const found = proposals[index]!.heading;
  if (block.type !== 'heading' || !found) return false;
  if (found.labelled || found.card || revealsAnswer(index, blocks)) return true;
  // `## Glossary` over its terms read as cards (parse/glossary-lists.ts): their title, however few of them it has.
  if (block.data?.glossaryTitle) return false;
  // `### Follow-up: How would you pick k?`: its label says it is a question, as on a paragraph (heading-follow-ups.ts),
  // whatever its level holds; it says nothing of how the note's other questions are asked (constructs.ts).
  if (labelsFollowUp(block) && (found.interrogative || endsAsking(found.prompt))) return true;
  // `#### Reference` after an answer, among `#### …?` follow-ups: the answer's references, never a question.
  if (isReferencesTitle(found.prompt)) return false;
  if (titlesProblems(index, blocks, proposals)) return false;
  const share = choice.headingDepths.get(block.depth);
  if (share === undefined) {
    if (choice.askingDepths.has(block.depth)) return asksOutright(found) || setsNumberedTask(found) || choice.conceptDepths.has(block.depth);
    // Where `Q:` lines or bold prompts carry the questions, a heading that asks outright titles theirs; one over
    // an answer of its own, with no such prompt in its section, is a question (`## 为什么要除以 sqrt(d_k)` over its
    // prose). Not under a level of question headings, where it sits in an answer (`### Why does it work?`).
    const next = blocks[index + 1];
    const underQuestionLevel = [...choice.headingDepths.keys()].some((depth) => depth <= block.depth);
    return !underQuestionLevel && asksOutright(found) && next !== undefined && next.type !== 'heading' && !asksUnder(index, blocks, proposals, choice) && !hasSubheading(index, blocks);
  }
  if (found.interrogative) return true;
  // At a depth whose headings ask, one whose last sentence asks is a question whatever leads to it
  // (`#### Python an interpreted language. Explain.`), as an item of a list of questions is (interrogative.ts).
  if (endsAsking(found.prompt)) return true;
  // `### Step 3. Assign it to a variable called chipo.` among `### Step 5. What is the number of …?`: an exercise's
  // step that sets a task is one of its questions, where another of its steps asks.
  if (isStep(block) && setsTask(cleanPrompt(inlineText(block.children).trim().replace(STEP_LABEL, ''))) && stepsAsk(index, blocks, proposals)) return true;
  const next = blocks[index + 1];
  const questionListFollows = next?.type === 'list' && isQuestionList(next);
  // "## 3. Sample Questions" over a list of questions numbers a section, not a question; so does
  // "# 2. Artificial Intelligence" over bold (or `Q:`, `<details>`) questions of its own.
  if (found.marked) {
    // A chapter numbered on by its sections (`## 1. CNN` over `### 1-1. 합성곱`) is no question, whatever they ask.
    if (numbersChapter(blocks, index, found)) return false;
    return !questionListFollows && !asksUnder(index, blocks, proposals, choice) && !numbersSectionOverQuestion(index, blocks, proposals) && !numbersSectionOverAskingHeading(index, blocks, proposals);
  }
  // A title-like heading among question headings is a prompt when it has
  // an answer of its own, and a section title when questions follow it
  // (deeper headings, or a list of questions), or the list that links to them (`## Questions` over a table of contents).
  // One with nothing under it (`#### Binomial vs Poisson` right over `#### What is power?`, or ending the note) is read
  // as it would be over an answer: a question not answered yet, where its siblings so worded are questions.
  const empty = isEmptySection(index, blocks);
  if ((!next || next.type === 'heading' || questionListFollows || (next.type === 'list' && isTableOfContents(next))) && !empty) return false;
  // At a level of a note of concepts (each heading asks, or names a concept over its explanation), it is one of them;
  // at any level of question headings, so is one that names a way to do something or compares, as a question does
  // (`### GPU 메모리가 부족할 때 대처 방법`, `### Batch norm vs layer norm`) over its answer.
  if (namesAWayTo(found.prompt) || readsAsComparison(found.prompt)) return true;
  // Empty, one that does not ask (a task asks, above) is a question only in a form its level's questions take: a
  // concept's name where the others name concepts over their explanations, a chapter's numbered section among asking
  // ones. A plain name among headings that ask (`## Statistics` over `## What is a p-value?`, `## Transformers`, a
  // post's `## About the author`) titles a category or the page, no question (walk/headings.ts notes it left out).
  // `### Implement softmax in numpy. Make it numerically stable.` over its code: a coding task, its constraint after it.
  if (CODING_PROMPT.test(found.prompt) && isInterrogative(firstSentenceOf(found.prompt)) && sectionHoldsCode(index, blocks)) return true;
  // `## Example`, `## Note`, `## 풀이` title a part of some answer, never a concept to explain (walk/headings.ts).
  if (namesAnswerPart(found.prompt)) return false;
  if (empty) return isTitleLike(found.prompt) && (choice.conceptDepths.has(block.depth) || numberedAmongAskingSiblings(index, blocks, proposals));
  return isTitleLike(found.prompt) && (share >= 0.75 || choice.conceptDepths.has(block.depth) || numberedAmongAskingSiblings(index, blocks, proposals));
}

/** A prompt's first sentence, up to a full stop and a space. */
function firstSentenceOf(prompt: string): string {
  return prompt.split(/(?<=[.!。])\s+/u, 1)[0]!;
}

/** Whether the section of the heading at `index` holds code, before the next heading. */
export function sectionHoldsCode(index: number, blocks: readonly RootContent[]): boolean {
  for (let k = index + 1; k < blocks.length && blocks[k]!.type !== 'heading'; k++) if (blocks[k]!.type === 'code') return true;
  return false;
}

/**
 * `# LeetCode` right over `# 206. Reverse Linked List`, `## 1. 배열` right over `### 1. Two Sum`: a heading that asks
 * nothing, with nothing of its own under it, right over a coding problem's heading (problem-headings.ts), deeper (a
 * group of problems, their topic) or at its level as the note's first heading (the page's title), is no question, though
 * a name with nothing under it is one among names of concepts, and a numbered heading is one over answer text.
 */
function titlesProblems(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const heading = blocks[index];
  if (heading?.type !== 'heading' || proposals[index]?.heading?.interrogative !== false) return false;
  let next = index + 1;
  while (blocks[next]?.type === 'thematicBreak') next++;
  const problem = blocks[next];
  if (problem?.type !== 'heading' || proposals[next]?.heading?.coding !== true || problem.depth < heading.depth) return false;
  return problem.depth > heading.depth || !blocks.slice(0, index).some((block) => block.type === 'heading');
}

/** A heading labelled as an exercise's step (`### Step 3.`, `## Task 2:`). */
function isStep(block: RootContent | undefined): block is Heading {
  return block?.type === 'heading' && STEP_LABEL.test(inlineText(block.children).trim());
}

/** A task worded without the full stop a heading needs not write (`See the first 10 entries`). */
function setsTask(text: string): boolean {
  return readsAsTask(/[.!?]$/.test(text) ? text : `${text}.`);
}

/** Whether a step heading of the same depth as the one at `index` asks (`### Step 5. What is the number of …?`). */
function stepsAsk(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const { depth } = blocks[index] as Heading;
  return blocks.some((block, at) => at !== index && isStep(block) && block.depth === depth && proposals[at]?.heading?.interrogative === true);
}

/** How many headings on either side of a numbered one are read to tell whether its siblings ask. */
const SIBLINGS_READ = 6;

/**
 * `### 3.4.9 Softmax 定义及作用` between `### 3.4.3 …？` and `### 3.4.10 …？`: a heading numbered in the chapter of
 * its siblings at its depth (up to SIBLINGS_READ on either side), most of which ask, is one of the chapter's
 * questions, however worded. A book whose numbered sections do not ask (`2.1.1 What companies want`) keeps them sections.
 */
function numberedAmongAskingSiblings(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const { depth } = blocks[index] as Heading;
  const chapter = SECTION_NUMBER.exec(inlineText((blocks[index] as Heading).children).trim())?.[1];
  if (chapter === undefined) return false;
  let siblings = 0;
  let asking = 0;
  const read = (step: number) => {
    let seen = 0;
    for (let at = index + step; at >= 0 && at < blocks.length && seen < SIBLINGS_READ; at += step) {
      const block = blocks[at]!;
      if (block.type !== 'heading' || block.depth > depth) continue;
      if (block.depth < depth) return;
      seen++;
      if (SECTION_NUMBER.exec(inlineText(block.children).trim())?.[1] !== chapter) return;
      siblings++;
      const found = proposals[at]!.heading;
      if (found && (found.interrogative || endsAsking(found.prompt))) asking++;
    }
  };
  read(-1);
  read(1);
  return siblings >= 2 && asking * 2 > siblings;
}

/**
 * Whether the heading at `index` is answered by a callout that reveals the answer (`??? success "View Answer"`,
 * answer-head.ts), or a fold whose summary only says so (`<details><summary>View Answer</summary>`), among the
 * first blocks of its section (after a line of metadata, say): it asks, however worded (`### SGD vs Adam vs AdamW:
 * Which Optimizer and Why`, `### 1.1.2 Explain RMSNorm … - Meta, Google Interview Question`).
 */
function revealsAnswer(index: number, blocks: readonly RootContent[]): boolean {
  for (let at = index + 1; at < Math.min(blocks.length, index + 4) && blocks[at]!.type !== 'heading'; at++) {
    if (revealedAnswer(blocks[at]!)) return true;
    // A fold follows a question of any construct (`What is X?` over `<details><summary>ANS</summary>`): the heading's
    // only when nothing but the question's metadata stands between.
    if (opensAnswerFold(blocks[at]) && withoutAnswerHead(blocks.slice(index + 1, at), () => false).rest.length === 0) return true;
  }
  return false;
}

/**
 * Whether a prompt of another construct than headings and lines stands in the section of the heading at
 * `index`, or a list of questions under one of its sub-headings (`## 3. Final Q&A Drills` over `#### ML
 * Fundamentals` over `1. Explain …`; a list right under it is its answer's, as are the lists of a heading
 * labelled as a question, `## Question 13:`, and links to pages that ask are references).
 */
function asksUnder(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const heading = blocks[index] as Heading;
  const { depth } = heading;
  // `## Question 13: Evaluating performance` asks, whatever lists its answer's sub-headings hold.
  const listsCount = !labelsQuestion(inlineText(heading.children));
  let underSubheading = false;
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading') {
      if (block.depth <= depth) return false;
      underSubheading = true;
    }
    if (listsCount && underSubheading && block.type === 'list' && !isReferenceList(block, isQuestionList)) return true;
    const prompt = promptAt(at, blocks, proposals, choice);
    if (prompt && prompt.construct !== 'line') return true;
  }
  return false;
}

/** Whether the section of the heading at `index` has a heading of its own under it. */
export function hasSubheading(index: number, blocks: readonly RootContent[]): boolean {
  const { depth } = blocks[index] as Heading;
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading') return block.depth > depth;
  }
  return false;
}

/**
 * `## 2. Regularization`, or `## 1.` alone, over `What does L2 regularization do?`: a numbered heading
 * that does not ask numbers a section, and the paragraph right under it, asking, is its question,
 * answered by what follows it or by nothing. Only a paragraph that asks with a question mark, or a quiz's
 * stem (`stemOfQuiz`): under a title-like question (`## 1. Gradient descent`), an answer may start as a task
 * does (`Compute the gradient, then step against it.`).
 */
function numbersSectionOverQuestion(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const block = blocks[index];
  if (block?.type !== 'heading') return false;
  const found = proposals[index]!.heading;
  const title = inlineText(block.children);
  // A heading with no words has no proposal (walk/proposed-page.ts). A post's own section (`## 5. Summary`, never-asks.ts) numbers
  // no questions, withheld or not: what it holds is the post's text, and it is noted as a title not taken as a question.
  const numbers = found ? found.marked && !found.interrogative && !neverAsks(found.prompt) : !hasWords(title) && /\d/.test(title);
  const line = proposals[index + 1]?.line;
  return numbers && line !== undefined && (asksOutright(line) || stemOfQuiz(title, line.prompt, blocks[index + 2]));
}

/**
 * `## 1. Basics` right over `### 1. What is overfitting?`: a numbered heading that does not ask, right over a deeper
 * heading that does, numbers the section of the questions under it, as it numbers one over a question line; over
 * deeper headings that do not ask (`### Intuition`, `### Formula`), it is a title-like question they answer.
 */
function numbersSectionOverAskingHeading(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const heading = blocks[index];
  const next = blocks[index + 1];
  if (heading?.type !== 'heading' || next?.type !== 'heading' || next.depth <= heading.depth) return false;
  const found = proposals[index + 1]?.heading;
  return found !== undefined && (found.interrogative || endsAsking(found.prompt));
}

/**
 * `## Precision and recall,` right over `Which matters more for fraud detection?`: a heading cut at its comma over a
 * line that asks on its own (one going on in lower case is joined to it, heading-continuations.ts) names that
 * question's section, as a numbered one does.
 */
function leadsIntoQuestion(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const block = blocks[index];
  const end = block?.position?.end.line;
  if (block?.type !== 'heading' || end === undefined || !/[,，]$/.test(inlineText(block.children).trim())) return false;
  const line = proposals[index + 1]?.line;
  return line !== undefined && blocks[index + 1]!.position?.start.line === end + 1 && asksOutright(line);
}

/**
 * `## Q1 决策树` over `如果采用多路划分，…这种方式的最大问题是：` over its options (`- A 计算量太大`, a picture, a
 * table of data): a quiz heading that numbers its question and names its topic, the paragraph under it the
 * question's stem when it reads as one (it leads into what follows with a colon, asks which of them, or asks
 * and then sets the scene: `如何处理…“类别不平衡”？例如二分类问题…`).
 */
const QUIZ_STEM = new RegExp(String.raw`[:：]$|${QUESTION_MARK}|哪|下列|下面|以下`);
function stemOfQuiz(title: string, stem: string, after: RootContent | undefined): boolean {
  return /^\s*Q\s*\d{1,3}\s+\S/i.test(title) && after !== undefined && after.type !== 'heading' && (QUIZ_STEM.test(stem) || asksToChoose(stem));
}

/** Where the references section under the heading at `index` ends: the index of the first block after it. */
export function referencesHeadingEnd(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): number {
  const heading = blocks[index] as Heading;
  let end = index + 1;
  while (end < blocks.length && !endsReferences(end, blocks, proposals, choice, heading)) end++;
  return end;
}

/** A references section runs to the next heading at its level or above, or to the next block that asks. */
function endsReferences(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice, heading: Heading): boolean {
  const block = blocks[index]!;
  if (block.type === 'heading') return block.depth <= heading.depth || proposals[index]!.heading?.interrogative === true;
  const prompt = promptAt(index, blocks, proposals, choice);
  return prompt !== undefined && (prompt.interrogative || prompt.marked);
}

/**
 * A references heading under a question's heading ends the post, not that answer, when no question
 * heading follows it and no earlier answer has one at its level (then each question cites its own).
 */
export function endsPost(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const { depth } = blocks[index] as Heading;
  for (let at = 0; at < index; at++) {
    const block = blocks[at]!;
    if (block.type === 'heading' && block.depth === depth && isReferencesHeading(block)) return false;
  }
  for (let at = index + 1; at < blocks.length; at++) {
    if (isHeadingQuestion(at, blocks, proposals, choice)) return false;
  }
  return true;
}

/**
 * A references line ("References", "Further reading:", "참고 자료" with no heading marks) is weaker
 * evidence than a heading: it ends the answer above it only when nothing but its entries (lists, lines
 * of links or citations) stands between it and where that answer ends anyway (the next question, a
 * heading, a section line, a break, the end). When the answer goes on after its entries, the line and
 * its entries stay in that answer, as `#### References` under each answer does: nothing is left out.
 * Returns the index of the first block after the section, or undefined when the line is no section's title.
 */
export function referencesLineEnd(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): number | undefined {
  if (!isReferencesLine(blocks[index]!)) return undefined;
  let end = index + 1;
  while (end < blocks.length && isReferenceEntry(blocks[end]!)) end++;
  return endsAnswer(end, blocks, proposals, choice) ? end : undefined;
}

/** A list of links or one that does not ask, or a paragraph of links or citations. */
function isReferenceEntry(block: RootContent): boolean {
  return block.type === 'list' ? isReferenceList(block, isQuestionList) : isCitationParagraph(block);
}

/** Whether the block at `index` (or the end of the document) ends an answer in copied text or a Q&A note. */
function endsAnswer(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index];
  if (!block || block.type === 'heading' || block.type === 'thematicBreak' || isBreakHtml(block)) return true;
  if (block.type === 'list' && isQuestionList(block)) return true;
  return promptAt(index, blocks, proposals, choice) !== undefined || isSectionLine(index, blocks, proposals, choice) || referencesLineEnd(index, blocks, proposals, choice) !== undefined;
}

/**
 * A `<br/>` inside an answer, as notes that end each answer with one (bold questions between `<br/>`
 * lines) sometimes hold: the answer goes on after it when what follows is content that ends at another
 * `<br/>`, as the author ends an answer. Content that runs into the next question, a heading, a `---`
 * or the end of the note is not known to be this answer's, and stays text between questions.
 */
export function answerGoesOnAfterBreak(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  if (!isBreakHtml(blocks[index]!)) return false;
  // A bold line after it titles something of its own, asking or not (`**Precision-recall trade-off ⭐️**`); a bold run
  // that leads its paragraph's text (`**Why does it work?** Because …`) is a point of the answer, or, where the note
  // asks so, a question that `endsAnswer` finds.
  const next = proposals[index + 1];
  if ((next?.bold && !next.bold.boldLead) || next?.details) return false;
  let end = index + 1;
  while (end < blocks.length && !endsAnswer(end, blocks, proposals, choice)) end++;
  return end > index + 1 && end < blocks.length && isBreakHtml(blocks[end]!);
}

export function promptAt(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): PromptCandidate | undefined {
  const proposal = proposals[index];
  if (!proposal) return undefined;
  const asks = (found?: PromptCandidate) => found && (found.interrogative || found.marked) ? found : undefined;
  if (choice.callout && proposal.callout) return proposal.callout;
  if (choice.qa && proposal.qa) return proposal.qa;
  if (choice.bold && asks(proposal.bold) && (!proposal.bold!.boldLead || choice.boldLead) && titledQuestionList(index, blocks, proposals) === undefined && !titlesAnswerPart(index, blocks, proposals)) return proposal.bold;
  if (choice.numberedBold && proposal['numbered-bold']) return proposal['numbered-bold'];
  if (choice.details && proposal.details && (choice.conceptDetails || asks(proposal.details))) return proposal.details;
  const line = proposal.line;
  if (!line) return undefined;
  if (line.opensCell || line.card || line.titled || cardAfterRule(index, blocks, line)) return line;
  if (pointsToAnswer(index, blocks, proposals, choice) || continuesOptions(index, blocks, proposals)) return undefined;
  const next = blocks[index + 1];
  // A coding task whose answer is the code below it, in any kind of note.
  if (line.interrogative && next?.type === 'code' && CODING_PROMPT.test(line.prompt)) return line;
  if (numbersSectionOverQuestion(index - 1, blocks, proposals) || leadsIntoQuestion(index - 1, blocks, proposals)) return line;
  // A line right over a fold that opens its answer (`<details><summary>Solution</summary>`, a MyST exercise over its
  // solution) asks in any kind of note, as a heading over one does (`revealsAnswer`): beside folds whose titles ask too.
  if (line.interrogative && opensAnswerFold(next)) return line;
  // `3. What is a ROC curve?` after `Q2: What is cross-validation?` and its `A:`, in one copied page: the next of its
  // questions, numbered on from the labelled ones, not a line of that answer.
  if (choice.qa && line.marked && line.interrogative && numbersOnFromLabel(index, blocks)) return line;
  if (!choice.line) return undefined;
  // `**How it works**`, `**Speed**` over bullets under a question's answer: a part of that answer, whatever its words.
  if (titlesAnswerPart(index, blocks, proposals)) return undefined;
  // `b) compute the covariance matrix` under `a) standardize the data`, in an answer's steps: lettered on from a line
  // above that asks nothing, a step of that answer, though it sets a task; not one that asks by its words or its mark
  // (`(b) How would you sample it?` under the scene `(a) Consider a dataset …`, a sub-question).
  const lettered = blocks[index]!.type === 'paragraph' ? inlineText((blocks[index] as Paragraph).children) : '';
  if (LETTERED_LINE.test(lettered) && !endsWithQuestionMark(line.prompt) && !CONCEPT_PROMPT.test(line.prompt) && continuesSteps(lettered, blocks, index)) return undefined;
  if (line.interrogative && !definesTerm(blocks[index]!)) return line;
  // `비동기 vs non blocking` between two lines that ask, in a note of bare questions: the comparison is asked, no
  // section over the next question.
  if (readsAsComparison(line.prompt) && asksAlone(index - 1, blocks, proposals) && asksAlone(index + 1, blocks, proposals)) return line;
  // `3. P value and test hypothesis.` after `2. What is the logistic distribution?` and its answer, in copied
  // text: the next of the numbered questions, naming its topic, not a line of that answer (whose lists number from 1);
  // so is a quiz's stem that leads into its options (`2. Increasing k in k-NN generally:` over `(a) …`, `(b) …`).
  // `2.2. Bias-variance tradeoff` among `2.1. What is overfitting?` in a numbered outline: at the level whose lines ask
  // (parse/numbered-outline.ts), numbered on from them as surely.
  if (line.marked && (namesATopic(line.prompt) || leadsIntoOptions(line.prompt, index, blocks)) && (numbersOnFromQuestion(index, blocks, proposals) || inOutlineQuestions(blocks[index]!))) return line;
  if (next?.type === 'list' && !isQuestionList(next) && isTitleLike(line.prompt) && !isAdmonitionTitle(line.prompt) && !isAnswerLabel(line.prompt) && !isOnlyALink(blocks[index]!)) return line;
  return undefined;
}

/**
 * `What is the difference between AUC and Gini? → Gini = 2·AUC − 1` right after a rule (a forum's next post, whose head
 * copied text parts from the post before, parse/site-chrome.ts): a card asking and answering after its mark on its one
 * line (answer-mark.ts) stands on its own there, in a note whose questions are another construct's (`Q:` lines) too.
 */
function cardAfterRule(index: number, blocks: readonly RootContent[], line: PromptCandidate): boolean {
  const block = blocks[index]!;
  if (blocks[index - 1]?.type !== 'thematicBreak' || block.type !== 'paragraph' || !line.interrogative || line.answerLead.length === 0) return false;
  return block.position !== undefined && block.position.start.line === block.position.end.line && ANSWER_MARK.test(inlineText(block.children));
}

/**
 * `4️⃣ How do you know if more data will help?` over `→ Plot a learning curve: …, yes.`: a line led by an arrow right
 * under a question that has no answer yet is that answer, whatever its words (a task's, here), as the arrow points from
 * the question to it; so are the arrow lines under it, the answer's next. Only one that asks with a question mark may be
 * a follow-up there (`→ 그럼 왜?`).
 */
function pointsToAnswer(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const start = arrowRunStart(index, blocks);
  if (start === -1) return false;
  // `→ What is overfitting?` over `→ Explain the bias-variance tradeoff.`: a question led by the same arrow is an item
  // of a list of them set with arrows for bullets, and so is the line under it; the arrow points to no answer.
  const arrow = leadingArrow(blocks[index]);
  if (arrow !== undefined && leadingArrow(blocks[start - 1]) === arrow) return false;
  // The block over the run of such lines this one ends: no arrow line, so no reading of the run again.
  const above = promptAt(start - 1, blocks, proposals, choice);
  return above !== undefined && above.answerLead.length === 0;
}

/** The arrow that leads a paragraph, without a hand's skin tone or an emoji's variation selector (`👉🏽` → `👉`); none if no arrow leads it. */
function leadingArrow(block: RootContent | undefined): string | undefined {
  if (block?.type !== 'paragraph') return undefined;
  const head = ANSWER_ARROW.exec(inlineText(block.children));
  return head ? head[0].trim().replace(/[\u{1F3FB}-\u{1F3FF}\ufe0f]/gu, '') : undefined;
}

/** An arrow at the head of a text: most paragraphs open with none, and their whole text is not read. */
const ARROW_HEAD = new RegExp(String.raw`^\s*${POINTING_ARROW}`, 'u');

/**
 * A paragraph led by an arrow that does not end asking with a question mark, nor is a labelled follow-up that asks,
 * answered after a second arrow on its line (`→ 꼬리질문: 배치 크기가 1이면요? → LayerNorm을 써요.`): the label says it
 * asks, as it does on a line of its own. An unlabelled one (`→ 그럼 왜? → 과적합 때문.`) stays an answer's line.
 */
function answersByArrow(block: RootContent | undefined): boolean {
  if (block?.type !== 'paragraph') return false;
  const head = block.children[0];
  if (head?.type !== 'text' || !ARROW_HEAD.test(head.value)) return false;
  const text = inlineText(block.children);
  return ANSWER_ARROW.test(text) && !endsWithQuestionMark(text) && !(FOLLOW_UP_HEAD.test(text) && ANY_QUESTION_MARK.test(text));
}

/** For each array of blocks, where the run of arrow lines (`answersByArrow`) each block stands in starts (-1: none): read once. */
const arrowRuns = new WeakMap<readonly RootContent[], Int32Array>();

/**
 * The index of the first line of the run of arrow lines that the one at `index` stands in; -1 when it is no arrow
 * line. The blocks are read once, not again on each of the many calls `promptAt` makes.
 */
function arrowRunStart(index: number, blocks: readonly RootContent[]): number {
  let starts = arrowRuns.get(blocks);
  if (!starts) {
    starts = new Int32Array(blocks.length);
    for (let k = 0; k < blocks.length; k++) {
      if (!answersByArrow(blocks[k])) starts[k] = -1;
      else starts[k] = k > 0 && starts[k - 1] !== -1 ? starts[k - 1]! : k;
    }
    arrowRuns.set(blocks, starts);
  }
  return starts[index]!;
}

/** `[完整知识点](https://…)`: a line that is only a link points at another page; it names nothing the list under it explains. */
function isOnlyALink(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  const shown = block.children.filter((child) => child.type !== 'text' || child.value.trim() !== '');
  return shown.length === 1 && shown[0]!.type === 'link';
}

/** A sentence's end: a mark before a space or the text's end. */
const SENTENCE_END = new RegExp(String.raw`[.!${QUESTION_MARKS}](?=\s|$)`);

/**
 * `**SGD with Nesterov Momentum** - Momentum speeds up … so why not compute the gradient there?`: a
 * paragraph that opens with a bold term and a dash or colon, its first sentence a statement, defines the
 * term, whatever its last sentence asks (`**Dropout**: why does it work? Because …` asks first, and asks).
 */
function definesTerm(block: RootContent): boolean {
  if (block.type !== 'paragraph') return false;
  const [term, after] = block.children;
  if (term?.type !== 'strong' || after?.type !== 'text' || !/^\s*[-–—:]\s/.test(after.value)) return false;
  const explanation = inlineText(block.children.slice(1)).replace(/^\s*[-–—:]\s*/, '');
  const firstEnd = SENTENCE_END.exec(explanation);
  return firstEnd !== null && !isQuestionMark(firstEnd[0]) && firstEnd.index < explanation.length - 1;
}

/** Whether the block at `index` is a line that asks, with no answer between it and its neighbours. */
function asksAlone(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  return blocks[index]?.type === 'paragraph' && proposals[index]?.line?.interrogative === true;
}

/**
 * "Fundamentals", "Evaluation & Metrics": a short title line followed by a question. A bold line
 * that does not ask (`**Computer vision**`) is set apart as a title whatever its case, but a bold
 * term may also lead its own explanation: it titles a section only over a paragraph that asks.
 */
export function isSectionLine(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  if (!namesSection(index, blocks, proposals, choice)) return false;
  if (titledQuestionList(index, blocks, proposals) !== undefined || (blocks[index]!.data as Paragraph['data'])?.outline?.role === 'section') return true;
  // In copied text, a title-like line may instead end the answer above it (answer-tail.ts).
  return !endsAnswerAbove(index, blocks, {
    asks: (at) => promptAt(at, blocks, proposals, choice) !== undefined,
    titles: (at) => namesSection(at, blocks, proposals, choice),
  });
}

/** Whether the paragraph at `index` reads as a section's name where it stands, whatever the text above it. */
function namesSection(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index]!;
  // A table's caption (`: Common Kernels`, parse/table-captions.ts) names its table.
  if (block.type !== 'paragraph' || block.data?.tableCaption) return false;
  // A card's back answers it, whatever it says (`0.30000000000000004`, `Fundamentals`): marked so, or the line right
  // under its front.
  const above = blocks[index - 1];
  if (block.data?.cardBack || (above?.type === 'paragraph' && (above.data?.card || above.data?.cardFront) && above.position && block.position?.start.line === above.position.end.line + 1)) return false;
  if (titledQuestionList(index, blocks, proposals) !== undefined) return true;
  // `2. Unsupervised learning` in a numbered outline, at a level above its questions' (parse/numbered-outline.ts):
  // a section's title, whatever its case and whatever stands under it.
  if (block.data?.outline?.role === 'section') return true;
  const text = inlineText(block.children);
  const titled = isSectionTitle(text);
  // `Answer: B`, `정답은 ②번` answer, whatever follows them; `Answer`, `Solution` label the answer above; a line that cites
  // (`See https://…`, whose address is no text) or points at other notes (`Related: [[Attention]]`) names no section;
  // nor does a note that holds the place of the answer above (`(작성 예정)`, `TODO`: normalise/placeholder.ts), or says no
  // follow-up was asked after it (`꼬리질문: 없음`).
  if (!(titled || isBoldTitle(block.children, text)) || isAdmonitionTitle(text) || isAnswerLabel(text) || isReferencesLine(block) || isLinksLine(block) || ANSWER_PREFIX.test(text) || namesAnOption(text) || continuesNumbering(text, blocks, index) || numbersAnswerPoint(text, index, blocks, proposals, choice) || isCitationParagraph(block) || isPlaceholderAnswer(text) || saysNoneAsked(text)) return false;
  const next = blocks[index + 1];
  if (!next) return false;
  const prompt = promptAt(index + 1, blocks, proposals, choice);
  if (prompt) return titled || prompt.interrogative || prompt.marked;
  if (next.type === 'list' && isQuestionList(next)) return true;
  // Over a paragraph that asks nothing (`prompt` above).
  return titled && next.type === 'paragraph' && underUnansweredQuestions(index, blocks, proposals, choice);
}

/**
 * `Glossary of Key Terms` under a study guide's essay questions, none of them answered, over its terms: a title right
 * under two numbered questions or more in a row (a list of them), a line that asks nothing under it, opens a section
 * of another kind. The last question's answer is no title over text; an answered question's titled part (`Example`
 * over its text) stays its own, and so does one under a question and its unnumbered follow-up (`Why does it matter?`).
 * Whether the line at `index` stands right under two such questions: `namesSection` has read the line under it.
 */
function underUnansweredQuestions(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const listed = (at: number) => at >= 0 && blocks[at]!.type === 'paragraph' && promptAt(at, blocks, proposals, choice)?.marked === true;
  return listed(index - 1) && listed(index - 2);
}

/**
 * `1. Basics` right over `2. Supervised learning`, or `4. Reinforcement learning` ending the note: a numbered outline's
 * section title with nothing under it, the next block another section's at its level or above it.
 */
export function titlesEmptyOutlineSection(index: number, blocks: readonly RootContent[]): boolean {
  const section = blocks[index]?.data as Paragraph['data'];
  if (section?.outline?.role !== 'section') return false;
  const next = (blocks[index + 1]?.data as Paragraph['data'])?.outline;
  return index + 1 >= blocks.length || (next?.role === 'section' && next.level <= section.outline.level);
}

/**
 * `마치며`, `Final Thoughts`, `**Conclusion**` on a line of its own after the last question: the title of the post's
 * closing section (a heading the copy lost, or never wrote), not a part of the answer above (`answer`). Only where
 * something follows it and nothing after it asks, no line before it is so named (each answer's own `Conclusion`),
 * that answer is not written in titled parts (`장점`, `단점`, `결론`: its last part), and the question above it has no
 * answer yet or the section talks of the post (POST_TALK). Returns the section's name.
 */
export function closingSectionLine(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice, answer: readonly RootContent[]): string | undefined {
  const name = closingName(blocks[index]);
  if (name === undefined || index + 1 >= blocks.length || blocks.slice(0, index).some((block) => closingName(block) !== undefined) || answer.some(titlesPart)) return undefined;
  let aboutThePost = false;
  for (let at = index + 1; at < blocks.length; at++) {
    const block = blocks[at]!;
    const asks = block.type === 'heading' ? isHeadingQuestion(at, blocks, proposals, choice) : promptAt(at, blocks, proposals, choice) !== undefined || (block.type === 'list' && isQuestionList(block));
    if (asks) return undefined;
    if (!aboutThePost && block.type === 'paragraph' && POST_TALK.test(inlineText(block.children))) aboutThePost = true;
  }
  // After an answer, the section is the post's only where it says so (`다음 글에서는 …`, `These questions come up …`): the
  // last answer may end in a conclusion of its own (`Conclusion` over `Prefer PR-AUC when positives are rare.`).
  return answer.length === 0 || aboutThePost ? name : undefined;
}

/** Words about the post itself, its reader or what comes next: a closing section's, not an answer's. */
const POST_TALK =
  /다음\s*(?:글|포스트|포스팅|편|시간)|이\s*(?:글|포스트)|이번\s*(?:글|포스트|포스팅)|읽어\s*주셔서|도움이\s*되(?:셨|었)|정리해\s*(?:보았|봤)|\b(?:this|the) (?:post|article|list|series|blog|guide|thread)\b|\bthese questions\b|\bnext (?:post|article|time|week)\b|\bthanks? (?:you )?for reading\b|\bgood luck\b|\bhope (?:this|it) helps\b|\bhappy (?:learning|interviewing|studying)\b|\bfollow me\b|\bthat(?:'s| is) (?:all|it) for (?:today|now)\b|오늘은 여기까지|今後|この記事|最後まで|追記|本文|这篇|下一篇|感谢阅读/i;

/** The name of the post's closing section that a paragraph of one short line gives, if it does (`마치며`, `**Conclusion:**`). */
function closingName(block: RootContent | undefined): string | undefined {
  // Its place says first whether it is a short line: most paragraphs are not, and their text is not read.
  const place = block?.position;
  if (block?.type !== 'paragraph' || !place || place.end.line !== place.start.line || (place.end.offset ?? 0) - (place.start.offset ?? 0) > 80) return undefined;
  const text = inlineText(block.children);
  if (text.length > 40) return undefined;
  const name = cleanPrompt(text);
  return namesClosingSection(name) ? name : undefined;
}

/** A heading in an answer, or a line that titles a part of it (`장점`, `Trade-offs`): short, set as a title, asking nothing. */
function titlesPart(block: RootContent): boolean {
  if (block.type === 'heading') return true;
  if (block.type !== 'paragraph') return false;
  const text = inlineText(block.children);
  return !text.includes('\n') && isSectionTitle(text) && !isInterrogative(text);
}

/**
 * `**What are the toughest deep learning interview questions?**` with a link to where it comes from
 * (`quora: [https://…](…)` under it, or the bold line a link itself), over a list of questions: the
 * title of the article (a Quora question) whose questions the author copied, naming their section, not
 * a question they answer. Returns the index of that list. Only items that ask with question marks say
 * so: under `**How do you fight overfitting?**`, `1. Use dropout.` `2. Add data.` is the answer. With
 * no link, a bold question over questions is asked itself, with follow-ups in its answer.
 */
export function titledQuestionList(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): number | undefined {
  const found = proposals[index]?.bold;
  if (!found || found.boldLead || found.answerLead.length > 0) return undefined;
  let at = index + 1;
  while (at < blocks.length && isCitationParagraph(blocks[at]!)) at++;
  if (at === index + 1 && !isCitationParagraph(blocks[index]!)) return undefined;
  const list = blocks[at];
  return list?.type === 'list' && isQuestionList(list) && asksWithQuestionMarks(list) ? at : undefined;
}

/** A paragraph that is one bold run, short as a title is, that does not ask. */
function isBoldTitle(line: Paragraph['children'], text: string): boolean {
  return boldRun(line) !== undefined && isTitleLike(text) && !isInterrogative(text);
}

/** The place of the label a line is led by (`3.`, `2)`, `(b)`, `C.`, `③`) in its sequence, and which sequence. */
function numberingOf(line: string): ReturnType<typeof labelPlace> {
  const found = lineLabel(line, LIST_LINE_LABEL);
  return found && labelPlace(found.label);
}

/** Whether the line at `index` is lettered on (continuesNumbering) from a line that asks nothing: a step, not a sub-question. */
function continuesSteps(text: string, blocks: readonly RootContent[], index: number): boolean {
  if (!continuesNumbering(text, blocks, index)) return false;
  const label = numberingOf(text)!;
  const above = blocks[index - 1];
  const lines = above?.type === 'paragraph' ? inlineText(above.children).split('\n') : [];
  const step = lines.find((line) => {
    const before = numberingOf(line);
    return before !== undefined && before.kind === label.kind && before.ordinal === label.ordinal - 1;
  });
  const said = step === undefined ? '' : cleanPrompt(step.replace(LETTERED_LINE, ''));
  return step !== undefined && !isInterrogative(said) && !SCENE.test(said);
}

/**
 * "3. Tanh" after "2. Sigmoid", "C) Momentum" after "B) Adam" (and the indented lines that wrap them):
 * the last line of a numbered or lettered list copied as plain lines (the options of a quiz too),
 * part of the answer above, not a section named before the next question.
 */
function continuesNumbering(text: string, blocks: readonly RootContent[], index: number): boolean {
  const label = numberingOf(text);
  if (!label) return false;
  let at = index - 1;
  while (at >= 0 && blocks[at]!.type === 'paragraph' && (blocks[at]!.position?.start.column ?? 1) > 1) at--;
  const previous = blocks[at];
  if (previous?.type !== 'paragraph') return false;
  // Its first line (a wrapped item) or its last (lines of options in one paragraph).
  const lines = inlineText(previous.children).split('\n');
  return [lines[0]!, lines.at(-1)!].some((line) => {
    const before = numberingOf(line);
    return before !== undefined && before.kind === label.kind && before.ordinal === label.ordinal - 1;
  });
}

/**
 * `二、网络太深` after `一、激活函数饱和` (and the lines under that) with no question between them: the next point of the
 * answer above, numbered as Chinese documents number sections, not a section named before the next question. The
 * line of a section follows the questions of the section before (`一、机器学习基础`, its questions, `二、深度学习`).
 */
function numbersAnswerPoint(text: string, index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const section = sectionNumberOf(text);
  if (section?.value === undefined) return false;
  for (let at = index - 1; at >= 0; at--) {
    const block = blocks[at]!;
    // An answer's points hold paragraphs, lists that do not ask, code and math; anything else ends it.
    if (block.type === 'list' ? isQuestionList(block) : !['paragraph', 'code', 'math'].includes(block.type)) return false;
    if (block.type !== 'paragraph') continue;
    if (promptAt(at, blocks, proposals, choice)) return false;
    const before = sectionNumberOf(inlineText(block.children).split('\n', 1)[0]!);
    if (before?.kind === section.kind) return before.value === section.value - 1;
  }
  return false;
}

/** A line that ends in a colon over lines labelled as options in sequence (`(a) …`, `(b) …`): a quiz's stem. */
function leadsIntoOptions(prompt: string, index: number, blocks: readonly RootContent[]): boolean {
  return /[:：]$/.test(prompt) && startsWithLabelledLines(blocks.slice(index + 1));
}

/**
 * `(d) has no effect` under `2. Increasing k in k-NN generally...` and its `(a)` to `(c)` lines: the next of a run of
 * lettered (or circled) lines from the first right under a question, the first asking nothing, as a quiz's options
 * are copied a line each, is an option too, whatever its words (`has no effect` asks by its `has`). Lettered
 * sub-questions ask from the first (`(a) What is its bias` over `(b) How would you fix it`), and a line that asks with
 * its question mark is one.
 */
function continuesOptions(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const linesAt = (at: number) => (blocks[at]?.type === 'paragraph' ? inlineText((blocks[at] as Paragraph).children).split('\n') : undefined);
  const labelOf = (line: string) => lineLabel(line, OPTION_LABEL);
  // Most paragraphs open with no label: their text is not read.
  const block = blocks[index];
  const head = block?.type === 'paragraph' ? block.children[0] : undefined;
  if (head?.type !== 'text' || !labelOf(head.value)) return false;
  const own = linesAt(index);
  if (own?.length !== 1 || endsWithQuestionMark(own[0]!)) return false;
  const found = labelOf(own[0]!);
  const label = found && labelPlace(found.label);
  if (!label || label.kind === 'number' || label.ordinal === 0) return false;
  let wanted = label.ordinal - 1;
  for (let at = index - 1; at >= 0; at--) {
    const lines = linesAt(at);
    if (!lines) return false;
    for (let k = lines.length - 1; k >= 0; k--) {
      const labelled = labelOf(lines[k]!);
      // Read in the run's sequence: `イ` is iroha's first under `ロ`, katakana's second under `ウ`.
      if (!labelled || placeIn(labelled.label, label.kind) !== wanted--) return false;
      if (wanted >= 0) continue;
      // The first option: it asks nothing, and stands under its question's line, in its paragraph or the one before.
      const question = k > 0 ? proposals[at]?.line : proposals[at - 1]?.line;
      return !isInterrogative(cleanPrompt(lines[k]!.slice(labelled.length))) && (question?.interrogative === true || question?.marked === true);
    }
  }
  return false;
}

/** A line of a numbered outline at the level whose lines ask. */
function inOutlineQuestions(block: RootContent): boolean {
  return block.type === 'paragraph' && block.data?.outline?.role === 'question';
}

/**
 * Whether the paragraph at `index` is numbered on from a question line (`3.` after `2. What is …?`): the
 * nearest paragraph before it numbered alike, past that question's answer, is that question.
 */
function numbersOnFromQuestion(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const firstLine = (block: RootContent) => (block.type === 'paragraph' ? inlineText(block.children).split('\n', 1)[0]! : '');
  const label = numberingOf(firstLine(blocks[index]!));
  if (!label) return false;
  // Each such paragraph looks back only as far as the one numbered before it: the walks do not overlap.
  for (let at = index - 1; at >= 0; at--) {
    const block = blocks[at]!;
    if (block.type === 'heading' || block.type === 'thematicBreak') return false;
    const before = numberingOf(firstLine(block));
    if (before?.kind === label.kind) return before.ordinal === label.ordinal - 1 && proposals[at]?.line?.interrogative === true;
  }
  return false;
}

/** `a)`, `(b)`, `c.` at a line's head: a point lettered in its list. */
const LETTERED_LINE = /^\s*\(?[a-z][.)]\s/i;

/** `Q2:`, `Q 2.`, `Q2)` at a line's head: the number of the question its label numbers. */
const NUMBERED_QUESTION_LABEL = /^\s*Q\s*(\d{1,3})\s*[:：.)]/i;

/** Per note (its blocks), per block: 1 or 2 when `numbersOnFromLabel` of it is known true or false. */
const labelChains = new WeakMap<readonly RootContent[], Uint8Array>();

/**
 * Whether the paragraph at `index` is numbered (`3.`) on from a question its label numbers (`Q2:`), directly or through
 * numbered lines that ask, each one on from the one before it (`4.` after `3.`): a numbered list of questions inside
 * an answer (`1. Is the data balanced?`, `2. …`) numbers on from no label. Each outcome is kept for the note.
 */
function numbersOnFromLabel(index: number, blocks: readonly RootContent[]): boolean {
  let known = labelChains.get(blocks);
  if (!known) labelChains.set(blocks, (known = new Uint8Array(blocks.length)));
  const firstLine = (block: RootContent) => (block.type === 'paragraph' ? inlineText(block.children).split('\n', 1)[0]! : '');
  // Walked back line by line, not recursively: a page may number thousands.
  const chain: number[] = [];
  let outcome = false;
  for (let from = index; ; ) {
    if (known[from]) {
      outcome = known[from] === 1;
      break;
    }
    chain.push(from);
    const label = numberingOf(firstLine(blocks[from]!));
    if (label?.kind !== 'number') break;
    let next: number | undefined;
    for (let at = from - 1; at >= 0; at--) {
      const block = blocks[at]!;
      if (block.type === 'heading' || block.type === 'thematicBreak') break;
      const line = firstLine(block);
      const labelled = NUMBERED_QUESTION_LABEL.exec(line);
      if (labelled) {
        outcome = Number(labelled[1]) === label.ordinal;
        break;
      }
      const before = numberingOf(line);
      if (before?.kind !== label.kind) continue;
      if (before.ordinal === label.ordinal - 1 && isInterrogative(cleanPrompt(line))) next = at;
      break;
    }
    if (next === undefined) break;
    from = next;
  }
  for (const at of chain) known[at] = outcome ? 1 : 2;
  return outcome;
}

/**
 * In copied text a list that follows another list after two or more blank
 * lines stands where a heading was lost: its bullets answer a question the
 * page no longer shows, not the question above.
 */
export function isLostHeadingGap(block: RootContent, previous: RootContent | undefined): boolean {
  return block.type === 'list' && (block.data?.blankLinesBefore ?? 0) >= 2 && previous?.type === 'list';
}

/** A lone top heading that opens the document and asks nothing names it. */
export function bodyTitleIndex(blocks: readonly RootContent[], choice: ConstructChoice): number {
  return choice.headingDepths.has(1) ? -1 : loneTitle(blocks);
}

/** A heading that sends the reader to a site: a link, and `👉` or `here` (`#### Explore all 100 answers here 👉 [Devinterview.io](…)`). */
const SENDS_AWAY = /👉|\bhere\b/i;

/**
 * Whether the heading at `index` opens a page's closing promotion: it links away (SENDS_AWAY), and
 * nothing after it to the end of the note is prose, only HTML, pictures, links and breaks (Devinterview's
 * banner). Read as the last answer's sub-heading, it and the banner were that answer's end.
 */
export function opensClosingPromo(index: number, blocks: readonly RootContent[]): boolean {
  const block = blocks[index];
  if (block?.type !== 'heading' || !block.children.some((child) => child.type === 'link') || !SENDS_AWAY.test(inlineText(block.children))) return false;
  return blocks.slice(index + 1).every((after) => after.type === 'html' || (after.type === 'paragraph' && after.children.every(isLinkOrPicture)));
}

function isLinkOrPicture(node: PhrasingContent): boolean {
  return node.type === 'link' || node.type === 'image' || node.type === 'html' || node.type === 'break' || (node.type === 'text' && node.value.trim() === '');
}
