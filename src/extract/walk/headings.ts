/**
 * The walk at a heading (walk.ts): what a heading is, where it stands among the note's questions.
 */
import type { Heading, List, RootContent } from 'mdast';
import { asksOutright, isEmptySection, type Proposals } from '../constructs.js';
import { opensAnswerFold } from '../answer-blocks.js';
import { isAnswerHeadLabel } from '../answer-head.js';
import { cleanPrompt, inlineText, labelsQuestion } from '../../wording/prompt-text.js';
import { endsWithQuestionMark, hasWords, namesAnswerPart, namesOwnAnswerPart } from '../../wording/interrogative.js';
import type { PromptCandidate } from '../recognizers/recognizer.js';
import { isQuestionList } from '../recognizers/question-list.js';
import { marksItsQuestions, namesInterviewRound } from '../interview-rounds.js';
import { isReferencesHeading, noteReferences } from '../references.js';
import { neverAsks } from '../never-asks.js';
import { endsPost, hasSubheading, isHeadingQuestion, sectionHoldsCode, referencesHeadingEnd } from '../block-roles.js';
import { solvesTask } from '../problem-headings.js';
import { isShownBlock, showing } from '../shown-blocks.js';
import { noteDeclined, reportEmptySection } from '../left-out.js';
import type { OpenQuestion, Walk } from './walk.js';
import { sectionName } from './section-name.js';
import { promptSource, writtenText } from '../written-text.js';

/** A heading, at `index`: a question, a part of the open question's answer, or a section (its name the topic of what follows). */
export function walkHeading(walk: Walk, index: number, block: Heading): void {
  const { doc, source, vfile, blocks, proposals, choice, titleIndex, interviewLog } = walk.page;
  const proposal = proposals[index]!;
  const found = proposal.heading;
  if (isReferencesHeading(block) && (!walk.answeredUnder(block) || endsPost(index, blocks, proposals, choice))) {
    walk.close();
    walk.flushOrphan();
    walk.enterSection(block.depth, undefined); // it names no topic: questions after it keep the one above
    walk.resumeAt = referencesHeadingEnd(index, blocks, proposals, choice);
    noteReferences(vfile, block, blocks.slice(index + 1, walk.resumeAt));
    return;
  }
  // `### 一面`: a round of an interview, whose lines are what was asked there; unless its questions are set in
  // bold over their answers (`### Round 1: coding` over `**Follow-up: what if the array is sorted?**`), read as anywhere.
  const title = cleanPrompt(inlineText(block.children));
  if (!walk.current?.found.labelled && namesInterviewRound(title)) {
    walk.close();
    walk.flushOrphan();
    // Its name is the section's, as any section heading's is: what the author writes there besides questions is its text.
    walk.sectionAbove = sectionName(title);
    walk.enterSection(block.depth, walk.sectionAbove);
    if (!marksItsQuestions(index, blocks, proposals, choice)) walk.round = { depth: block.depth, lists: true };
    return;
  }
  // Everything in an `## Answer` section answers its labelled question, sub-headings that ask too; but for
  // a section of questions of their own (`## Follow-up questions` over a list of them), which ends it, unless
  // it is one of the answer's parts (`# 必答点` over the points it must make, labelled-sections.ts).
  if (walk.current?.found.labelled && walk.answeredUnder(block)) {
    const next = blocks[index + 1];
    if (block.data?.answerPart || !(next?.type === 'list' && isQuestionList(next))) {
      walk.current.answer.push(block);
      return;
    }
    walk.close();
  }
  // `## 问题1: …` over `#### 1. Definition and Causes`, `#### 为什么会发生？`: where the author labels the question, a
  // deeper heading without a label of its own is part of its answer.
  const labelledAbove = walk.answeredUnder(block);
  if (labelledAbove && labelsQuestion(writtenText(labelledAbove.found, source)) && !(found && labelsQuestion(promptSource(found, source)))) {
    labelledAbove.answer.push(block);
    return;
  }
  // `### Q14: What would you monitor …?` over `### **1. Model Performance Metrics**`: where the author labels the
  // question, a heading of its depth with no label, that does not ask outright, is a part of its answer too (not a
  // post's own section, `### Summary`).
  // One with nothing under it that asks or sets a task (`### Write IoU for two boxes` ending the note) holds no part of
  // that answer: it is a question not answered yet.
  const unanswered = found !== undefined && found.interrogative && isEmptySection(index, blocks);
  if (walk.current?.found.depth === block.depth && labelsQuestion(writtenText(walk.current.found, source)) && !(found && (labelsQuestion(promptSource(found, source)) || asksOutright(found) || unanswered))) {
    if (hasWords(title) && !neverAsks(title)) {
      walk.current.answer.push(block);
      return;
    }
  }
  // `## 1. Why is RAG useful?` over `### 1. Overcoming Hallucination`, `### 2. …`: under a heading that asks outright
  // (not a note's title), a deeper heading that does not is a part of the answer read, not a title-like question:
  // of that question, or of a follow-up under it (`### Why are activation functions used?` before `### Types of
  // activation functions`). An anchor (`#### #14-1`) numbers the follow-up under it instead.
  if (walk.current && walk.askingHeading !== undefined && block.depth > walk.askingHeading && !asksAsFollowUp(found) && hasWords(inlineText(block.children))) {
    walk.current.answer.push(block);
    return;
  }
  // `### Q: Activation functions.` over the numbered parts of what it asks (`1. Draw the graphs…`, `2. Pros and
  // cons…`, a formula between them) and one fold that answers them all: one question, its parts shown with it, the
  // fold its answer.
  const parts = found && labelsQuestion(promptSource(found, source)) ? partsBeforeFold(walk, index + 1) : undefined;
  if (found && parts) {
    walk.topics.length = Math.min(walk.topics.length, block.depth);
    walk.open(showing(found, parts));
    walk.resumeAt = index + 1 + parts.length;
    return;
  }
  // `**Question:** …` over `**Answer:**` alone, then `### 1. Question Explanation`, `### 2. …`: the answer its label
  // opens goes on under headings deeper than the question's section, up to one that asks outright.
  if (walk.current && walk.current.found.depth === undefined && block.depth > walk.sectionDepth && walk.current.answer[0] !== undefined && isAnswerHeadLabel(walk.current.answer[0]) && !(found && asksOutright(found))) {
    walk.current.answer.push(block);
    return;
  }
  const listed = walk.askedInContents.get(block);
  if (listed) {
    // `### #1` under `## Answers`: the question its table of contents entry asks.
    walk.open(listed.found);
    walk.current!.topic = listed.topic;
    return;
  }
  // `### What is overfitting?` over its answer, then `### Example` at its depth: the author set a part of that answer
  // (an example, a note, its solution) at the question's level. It names no concept to explain, and asks nothing.
  // After the last question, only one that is surely the answer's (`Example`, `풀이`), or that a question before it
  // had too (`### Tips` under each): a closing `## Tips` or `## Notes` may be the whole page's, and is read as a
  // section, its text noted. Told by its words: `Notes` is no prompt at all (never-asks.ts).
  // `### Code` over a code block is the answer's code (a `## Code` over prose may be code review, a concept).
  const code = CODE_PART.test(title) && sectionHoldsCode(index, blocks);
  if (walk.current?.found.depth === block.depth && walk.current.answer.length > 0 && (code || (namesAnswerPart(title) && (namesOwnAnswerPart(title) || questionHeadingFollows(walk, index) || namedBefore(walk, index, title))))) {
    walk.current.answer.push(block);
    return;
  }
  if (found && (isHeadingQuestion(index, blocks, proposals, choice) || numberedByAnchor(walk, index, found))) {
    // A question heading is under no section heading of its own depth (`### Q: Activation functions.` over a list
    // of questions names their topic, not that of the question headings after it), nor a deeper one
    // (`#### You can also find all 100 answers here 👉` over `## 1. …`).
    walk.topics.length = Math.min(walk.topics.length, block.depth);
    if (walk.askingHeading === undefined || block.depth <= walk.askingHeading) walk.askingHeading = found.interrogative && block.depth > 1 ? block.depth : undefined;
    walk.open(found);
    return;
  }
  const notAsked = walk.declined(index);
  if (notAsked) noteDeclined(doc, block, notAsked.prompt, notAsked.kind);
  const above = walk.answeredUnder(block);
  const followUp = above && followUpUnderAnchor(walk, index);
  if (followUp) {
    // `#### #15-1` over `**Validation set이 따로 있는 이유는?**`: the follow-up the anchor numbers, answered up to
    // the next heading as deep or shallower.
    const topicAbove = above.topic;
    walk.open({ ...followUp, depth: block.depth });
    walk.current!.topic = topicAbove;
    walk.resumeAt = index + 2;
    return;
  }
  if (above) {
    above.answer.push(block); // a sub-heading inside an answer
    return;
  }
  // `### Solution` under `Implement k-means …` and its input, output, example and constraints: those state the task,
  // shown with it, and the section answers it (the first such: `### Code` after `### Approach` goes on with the
  // answer, past a heading no statement's part); another heading after answer text would end the answer (below).
  if (walk.current && walk.current.found.depth === undefined && block.depth > walk.sectionDepth && solvesTask(walk.current.found, walk.current.answer, block) && !asksInSection(walk, index)) {
    walk.current.found = showing(walk.current.found, walk.current.answer.splice(0));
    walk.current.answer.push(block);
    return;
  }
  if (walk.current && headsPartOfAnswer(walk, walk.current, index, block)) {
    walk.current.answer.push(block);
    return;
  }
  walk.close();
  walk.flushOrphan();
  if (index === titleIndex) return;
  // A heading with nothing under it that is no question (`#### Bayes` where only some headings of its level ask): said so.
  if (!notAsked && hasWords(title) && isEmptySection(index, blocks)) reportEmptySection(doc, block, found?.prompt ?? title, choice.headingDepths.has(block.depth) && betweenAskingHeadings(index, blocks, proposals));
  walk.sectionAbove = sectionName(found?.prompt ?? cleanPrompt(inlineText(block.children)));
  walk.enterSection(block.depth, walk.sectionAbove);
  // A log's own opening and closing sections (`## 들어가며`, `## Wrap-up`) tell of the interviews: no round's lines.
  if (interviewLog && block.depth > 1 && !hasSubheading(index, blocks) && !neverAsks(walk.sectionAbove ?? '') && !marksItsQuestions(index, blocks, proposals, choice)) {
    walk.round = { depth: block.depth, lists: false };
  }
  return;
}

/** The question a paragraph right under the anchor heading at `index` (`#### #15-1`) asks with a question mark. */
function followUpUnderAnchor(walk: Walk, index: number): PromptCandidate | undefined {
  const { blocks, proposals } = walk.page;
  const block = blocks[index]!;
  if (block.type !== 'heading' || hasWords(inlineText(block.children)) || blocks[index + 1]?.type !== 'paragraph') return undefined;
  const { bold, line } = proposals[index + 1]!;
  const found = bold ?? line;
  return found && asksOutright(found) && found.answerLead.length === 0 ? found : undefined;
}

/**
 * Whether the heading at `index`, which asks, is the question the anchor heading right above it numbers (`## #4`
 * over `#### 차원의 저주에 대해 설명해주세요`), whatever its depth: the note's other questions may be `###`, and its
 * answers' parts `####`.
 */
function numberedByAnchor(walk: Walk, index: number, found: PromptCandidate): boolean {
  const [above, block] = [walk.page.blocks[index - 1], walk.page.blocks[index]];
  return found.interrogative && above?.type === 'heading' && block?.type === 'heading' && above.depth < block.depth && !hasWords(inlineText(above.children));
}

/**
 * The lists of questions from block `from` on, with the formulas, code or tables between them, when one fold that
 * opens an answer (`<details><summary>💡 Show Answer</summary>`) comes right after them.
 */
function partsBeforeFold(walk: Walk, from: number): RootContent[] | undefined {
  const { blocks } = walk.page;
  let end = from;
  while (end < blocks.length && ((blocks[end]!.type === 'list' && isQuestionList(blocks[end] as List)) || (end > from && isShownBlock(blocks[end])))) end++;
  return end > from && opensAnswerFold(blocks[end]) ? blocks.slice(from, end) : undefined;
}

/**
 * `##### KNN` and `##### K Means` under `**Q2 How is KNN different from k-means clustering?**`: headings that
 * do not ask, deeper than the section the open question (not a heading) stands in, at a depth that never
 * stands over a question, are its answer's sub-headings: the first when it starts the answer and no question
 * follows it before the next heading, the others when one of their depth is in the answer already.
 */
function headsPartOfAnswer(walk: Walk, open: OpenQuestion, index: number, heading: Heading): boolean {
  if (open.found.depth !== undefined || walk.sectionDepth === 0 || heading.depth <= walk.sectionDepth || overQuestions(walk, heading.depth)) return false;
  if (open.answer.some((block) => block.type === 'heading' && block.depth <= heading.depth)) return true;
  // The first starts the answer: after answer text, a heading ends it (a list of links titled in bold goes on under the next).
  return open.answer.length === 0 && !asksInSection(walk, index);
}

/** Whether a heading of the depth of the heading at `index`, and of its words (`title`), stands before it. */
function namedBefore(walk: Walk, index: number, title: string): boolean {
  const { depth } = walk.page.blocks[index] as Heading;
  for (let k = index - 1; k >= 0; k--) {
    const block = walk.page.blocks[k]!;
    if (block.type === 'heading' && block.depth === depth && cleanPrompt(inlineText(block.children)) === title) return true;
  }
  return false;
}

/** Whether a question heading of the depth of the heading at `index` comes after it, before a shallower heading. */
function questionHeadingFollows(walk: Walk, index: number): boolean {
  const { blocks, proposals, choice } = walk.page;
  const { depth } = blocks[index] as Heading;
  for (let k = index + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'heading' || block.depth > depth) continue;
    if (block.depth < depth) return false;
    if (isHeadingQuestion(k, blocks, proposals, choice)) return true;
  }
  return false;
}

/** Whether something asks in the section of the heading at `index`, before the next heading. */
function asksInSection(walk: Walk, index: number): boolean {
  for (let k = index + 1; k < walk.page.blocks.length && walk.page.blocks[k]!.type !== 'heading'; k++) if (walk.asksAt(k)) return true;
  return false;
}

/**
 * Heading depths of which a heading stands right over a question (`## 1. Algorithms` over `**Q1- …?**`): sections
 * of questions. Found when first asked, as most notes never ask (no heading inside a bold question's answer).
 */
function overQuestions(walk: Walk, depth: number): boolean {
  if (!walk.depthsOverQuestions) {
    walk.depthsOverQuestions = new Set();
    walk.page.blocks.forEach((block, index) => {
      if (block.type === 'heading' && index + 1 < walk.page.blocks.length && walk.asksAt(index + 1)) walk.depthsOverQuestions!.add(block.depth);
    });
  }
  return walk.depthsOverQuestions.has(depth);
}

/**
 * Whether the nearest headings of the depth of the one at `index`, before and after it (with no shallower one between),
 * both ask: a name between questions (`#### Bayes` between `#### What is a p-value?` and `#### What is power?`) may be
 * one not written yet; one that opens them (`## Statistics`, a category) or follows them (`## About the author`) is not.
 */
function betweenAskingHeadings(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[]): boolean {
  const { depth } = blocks[index] as Heading;
  const sibling = (step: number): number | undefined => {
    for (let at = index + step; at >= 0 && at < blocks.length; at += step) {
      const block = blocks[at]!;
      if (block.type !== 'heading' || block.depth > depth) continue;
      return block.depth === depth ? at : undefined;
    }
    return undefined;
  };
  const asks = (at: number | undefined) => at !== undefined && proposals[at]?.heading?.interrogative === true;
  return asks(sibling(-1)) && asks(sibling(1));
}

/**
 * Whether a heading under a question's heading asks a follow-up: with a question mark, or asking as a Chinese or Korean
 * heading does without one (`### 为什么要多头`). An English one without it is a section of the answer's (`### How
 * Dropout Works`, `### Why Dropout Helps`), as titles are worded.
 */
function asksAsFollowUp(found: PromptCandidate | undefined): boolean {
  if (!found?.interrogative) return false;
  return endsWithQuestionMark(found.prompt) || !/^[\p{Script=Latin}\p{N}\p{P}\p{S}\s]*$/u.test(found.prompt);
}

/** A heading that titles an answer's code (extract's walk: over a code block). */
const CODE_PART = /^(?:code|코드)$/i;
