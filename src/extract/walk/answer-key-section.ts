/**
 * The walk at an answers section under numbered questions (answer-key.ts), and the run of questions that await one.
 */
import type { RootContent } from 'mdast';
import { cleanAnswer, ownBlocksKept } from '../answer-blocks.js';
import type { PromptCandidate } from '../recognizers/recognizer.js';
import { isQuestionList } from '../recognizers/question-list.js';
import { isSectionLine, promptAt, referencesLineEnd } from '../block-roles.js';
import { reportOrphan } from '../left-out.js';
import { isAnswerKeyTitle, matchAnswerKey, questionNumber, readAnswerKey, reportAnswerKey } from '../answer-key.js';
import type { Walk } from './walk.js';

/**
 * An answers section under numbered questions that have none (answer-key.ts): each question
 * takes the answer with its number. Returns whether the block at `index` opened one; when it did
 * not, the walk reads the block as it would any other.
 */
export function opensAnswerKey(walk: Walk, index: number, block: RootContent): boolean {
  if (walk.awaiting.length === 0 && !walk.current) return false;
  // Inside the answer of a question asked by a heading above it: part of that answer.
  if (block.type === 'heading' ? walk.answeredUnder(block) : walk.current?.found.depth !== undefined) return false;
  if (!isAnswerKeyTitle(block)) return false;
  const numbers = walk.awaiting.map((question) => ({ number: question.number }));
  if (walk.current) {
    // The question right above has an answer of its own, or will take one from its footnotes: the section is
    // not its answers. Read as `emit` will read it, for the questions it leaves awaiting must be these `numbers`.
    const own = cleanAnswer(walk.current.answer, walk.current.found.prompt);
    if ((own.answer.length > 0 && !own.unconfirmedOptions) || walk.footnotesAnswering(walk.current.found, walk.current.answer).length > 0) return false;
    const number = questionNumber(walk.current.found, walk.page.source);
    if (number !== undefined) awaitIn(numbers, { number });
  }
  if (numbers.length === 0) return false;
  const key = readAnswerKey(index, walk.page.blocks, walk.page.source, (at) => endsKeyLine(walk, at));
  const match = matchAnswerKey(numbers.map((question) => question.number), key.entries);
  if (!match) return false;
  walk.close();
  walk.flushOrphan();
  for (const [k, entry] of match.answers) {
    const { question, found, blocks: own } = walk.awaiting[k]!;
    // The question's own blocks first: the options of a multiple-choice question stand there.
    const kept = ownBlocksKept(own, found.prompt);
    const { choices, answer, coding, tags: entryTags, hints } = walk.answered(found, [...kept, ...entry.blocks], entry.blocks[0], own);
    const { choices: _before, hints: _hinted, ...asked } = walk.questions[question]!;
    // Its own tags (`#dl` after it, a `[중요]` rating) stay; the entry's add to them.
    const tags = [...new Set([...(asked.tags ?? []), ...entryTags])];
    walk.questions[question] = { ...asked, answer, ...(choices.length > 0 ? { choices } : {}), ...(tags.length > 0 ? { tags } : {}), ...(hints.length > 0 ? { hints } : {}), coding };
  }
  reportAnswerKey(walk.page.vfile, key, match, walk.awaiting.map(({ number, found, ownAnswer }) => ({ number, prompt: found.prompt, place: found.position.start, ownAnswer })));
  if (key.lead.length > 0) reportOrphan(walk.page.doc, { blocks: key.lead, afterQuestion: true, lostHeading: false, section: key.name });
  walk.awaiting.length = 0;
  // It names no topic: questions after it keep the one above, as after a references section.
  if (block.type === 'heading') walk.enterSection(block.depth, undefined);
  walk.lineTopic = undefined;
  walk.sectionAbove = undefined;
  walk.resumeAt = key.end;
  return true;
}

/** Whether a line title's answers section ends at the block at `at`: it opens a question, a section or references. */
function endsKeyLine(walk: Walk, at: number): boolean {
  const { blocks, proposals, choice } = walk.page;
  const block = blocks[at]!;
  if (block.type === 'list') return isQuestionList(block);
  return promptAt(at, blocks, proposals, choice)?.interrogative === true || isSectionLine(at, blocks, proposals, choice) || referencesLineEnd(at, blocks, proposals, choice) !== undefined;
}

/** A numbered question with no answer yet, and what its own blocks hold (a multiple-choice question's options). */
export interface Awaiting {
  question: number;
  found: PromptCandidate;
  blocks: RootContent[];
  number: number;
  /** Its blocks make an answer of their own (lettered lines not yet known to be options), kept when no entry answers it. */
  ownAnswer: boolean;
}

/** Adds a question to the run of numbered questions awaiting answers; a number that does not count on starts a new run. */
export function awaitIn<T extends { number: number }>(run: T[], question: T): void {
  if (run.length > 0 && question.number <= run.at(-1)!.number) run.length = 0;
  run.push(question);
}
