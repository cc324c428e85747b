/**
 * The walk at a list that asks (walk.ts): its questions, its table of contents' entries, its topics to explain.
 */
import type { List, Paragraph, RootContent } from 'mdast';
import { QA_LINE } from '../../parse/runaway-blocks.js';
import { cleanPrompt, inlineText } from '../../wording/prompt-text.js';
import { sectionName } from './section-name.js';
import { answeredBelow, answerLineGoesOnWith, isQuestionList, isTableOfContents, namesHeadingsBelow, questionsInList, quoteGoesOnWith, topicsToExplain } from '../recognizers/question-list.js';
import { noteReferences } from '../references.js';
import { holdsNoQuestions } from '../never-asks.js';
import { promptAt } from '../block-roles.js';
import { questionsOfContents } from '../toc-questions.js';
import { isShownBlock, pointsAtShown, showing } from '../shown-blocks.js';
import type { Walk } from './walk.js';
import { foldWhole } from '../answer-folds.js';
import { leadsIntoSteps } from '../lead-in.js';

/** A list where no question holds it: a list of questions, a table of contents, or a note's list of topics to explain. Returns whether it was one. */
export function walkList(walk: Walk, index: number, block: RootContent): boolean {
  const { source, vfile, blocks, proposals, choice, collectsQuestions } = walk.page;
  // A question list ends the answer of a bullet question opened for the quote under it, of a fold closed in its own
  // block (`<details><summary>What is X?</summary></details>`), and any answer when each of its items is labelled
  // a question (`- Q: …` after a `Q:` line's answer): no answer lists questions so.
  // A table of contents whose entries ask, its links lost in the copy (GeeksforGeeks' `Table of Content` over the
  // questions the headings below ask again, in their order): left out, as one with links is, the headings asking.
  if (block.type === 'list' && !walk.current && isQuestionList(block) && namesHeadingsBelow(block, blocks, index)) {
    leaveOutContents(walk, index, block);
    return true;
  }
  if (
    block.type === 'list' &&
    (!walk.current || walk.current.found.construct === 'list-item' || foldWhole(walk.current.found, source) || labelsEachItem(block)) &&
    isQuestionList(block)
  ) {
    walk.close();
    walk.flushOrphan();
    // Text after these questions is between questions, not the section's own.
    walk.sectionAbove = undefined;
    const listed = questionsInList(block);
    const last = listed.questions.at(-1);
    const quoted = answeredBelow(block, last, (at) => blocks[index + 1 + at], (at) => promptAt(index + 1 + at, blocks, proposals, choice) !== undefined) ? last : undefined;
    // What its unanswered last question points at (`… look like this.`) may stand right under the list: it shows that.
    let shownEnd = index + 1;
    while (isShownBlock(blocks[shownEnd])) shownEnd++;
    const shows = last && !quoted && last.answer.length === 0 && shownEnd > index + 1 && pointsAtShown(last.candidate.prompt);
    const goesOnWith = quoteGoesOnWith(block, listed.questions, blocks[index + 1]) ?? answerLineGoesOnWith(block, listed.questions, blocks[index + 1]);
    for (const question of listed.questions) {
      if (question === quoted || (shows && question === last)) continue;
      walk.emit(question.candidate, question === goesOnWith ? [...question.answer, blocks[index + 1]!] : question.answer, question.topic ?? walk.topic());
    }
    if (goesOnWith) walk.resumeAt = index + 2;
    walk.leaveOutItems(block, listed.stray);
    for (const { title, content } of listed.references) noteReferences(vfile, title, content);
    // Its answer is the quote or paragraph below, and what follows it up to the next question, as any open question's.
    if (quoted) walk.current = { found: quoted.candidate, answer: [], topic: quoted.topic ?? walk.topic() };
    // So is what follows what it shows (`It prints 8.` under the code it asks about).
    if (shows && last) {
      walk.current = { found: showing(last.candidate, blocks.slice(index + 1, shownEnd)), answer: [], topic: last.topic ?? walk.topic() };
      walk.resumeAt = shownEnd;
    }
    return true;
  }
  if (block.type === 'list' && isTableOfContents(block)) {
    untitleQuestionsAfter(walk, index);
    const contents = questionsOfContents(block, blocks, index);
    if (contents.answeredUnder.size === 0) {
      vfile.info('Left out a table of contents (its entries link to questions on the page)', { place: block.position, ruleId: 'table-of-contents', source: 'qbank' });
      return true;
    }
    walk.close();
    walk.flushOrphan();
    // Their topic is the one where they are listed, not the `## Answers` over the headings that answer them.
    for (const [heading, found] of contents.answeredUnder) walk.askedInContents.set(heading, { found, topic: walk.topic() });
    for (const found of contents.unanswered) walk.emit(found, [], walk.topic());
    const count = contents.answeredUnder.size + contents.unanswered.length;
    vfile.info(`Read the table of contents' ${count} ${count === 1 ? 'entry' : 'entries'} that ask as questions, each answered under the heading it links to`, {
      place: block.position,
      ruleId: 'table-of-contents',
      source: 'qbank',
    });
    return true;
  }
  if (block.type === 'list' && !walk.current && namesHeadingsBelow(block, blocks, index)) {
    leaveOutContents(walk, index, block);
    return true;
  }
  // In a note titled as a collection of questions, a numbered list of topics (`2. Padding and Stride`) under no question lists
  // questions; but not the author's steps a lead-in names so (`My template:` over `1. Clarify requirements`): left where it stands.
  const topicList =
    !walk.current && collectsQuestions && block.type === 'list' && !holdsNoQuestions(walk.sectionAbove) && !leadsIntoSteps(blocks[index - 1]) ? topicsToExplain(block) : undefined;
  if (topicList) {
    walk.flushOrphan();
    for (const question of topicList) walk.emit(question.candidate, question.answer, walk.topic());
    return true;
  }
  return false;
}

/** A table of contents with no links, its entries naming the headings below (namesHeadingsBelow): left out, with a note. */
function leaveOutContents(walk: Walk, index: number, list: List): void {
  walk.flushOrphan();
  const title = untitleQuestionsAfter(walk, index);
  // A line titling it (no heading) is left out with it, and said.
  const [reason, start] = title === undefined ? ['Left out a table of contents', list.position?.start] : [`Left out a table of contents and its title, "${title.name}"`, title.line.position?.start];
  const place = start && list.position ? { start, end: list.position.end } : list.position;
  walk.page.vfile.info(`${reason} (its entries name the sections below)`, { place, ruleId: 'table-of-contents', source: 'qbank' });
}

/**
 * The heading or line right over a table of contents (`## Contents`, `Table of Content`) titles the list, not the
 * questions after it: no topic of theirs. The line, when it was one (its name the topic of the questions after it).
 */
function untitleQuestionsAfter(walk: Walk, index: number): { line: Paragraph; name: string } | undefined {
  const title = walk.page.blocks[index - 1];
  if (walk.current) return undefined;
  if (title?.type === 'heading') {
    walk.enterSection(title.depth, undefined);
    walk.sectionAbove = undefined;
  } else if (title?.type === 'paragraph' && walk.lineTopic !== undefined && walk.lineTopic === sectionName(cleanPrompt(inlineText(title.children)))) {
    const name = walk.lineTopic;
    walk.lineTopic = undefined;
    return { line: title, name };
  }
  return undefined;
}

/** Whether each item of a list opens with a question's label (`- Q: …`, `- [Q] …`, `- 질문: …`). */
function labelsEachItem(list: List): boolean {
  return list.children.every((item) => {
    const [first] = item.children;
    return first?.type === 'paragraph' && QA_LINE.test(inlineText(first.children));
  });
}
