/**
 * The walk at a block other than a heading (walk.ts), in the order its readings are tried.
 */
import type { Paragraph, RootContent } from 'mdast';
import { opensInterview } from '../../wording/interview-opening.js';
import { isPageNumber } from '../../parse/page-number.js';
import { asksOutright, type ConstructChoice, type Proposals } from '../constructs.js';
import { isBreakHtml } from '../answer-blocks.js';
import { cleanPrompt, inlineText } from '../../wording/prompt-text.js';
import { endsWithQuestionMark, readsAsTask } from '../../wording/interrogative.js';
import type { PromptCandidate } from '../recognizers/recognizer.js';
import { isAsideCallout } from '../recognizers/callout.js';
import { questionTableOf, questionsInTable } from '../recognizers/question-table.js';
import { askedInRound, closesInterview, marksItsQuestions, opensInterviewRound, transcriptClose } from '../interview-rounds.js';
import { isLinkItem, isLinkList, isLinksLine, noteLinks, noteLinksLine, noteReferences } from '../references.js';
import { answerGoesOnAfterBreak, closingSectionLine, isLostHeadingGap, isSectionLine, promptAt, referencesLineEnd, titledQuestionList, titlesEmptyOutlineSection } from '../block-roles.js';
import { closesDetailsAlone, detailsSectionTitle } from '../details-sections.js';
import { pageQuestion } from '../page-question.js';
import { isHiddenComment, noteDeclined, noteOmitted, reportEmptySection, reportTableLeftOut } from '../left-out.js';
import { startsCommentToDo } from '../to-do-marker.js';
import { excerpt } from '../../report/excerpt.js';
import { lineSpan } from '../../report/line-span.js';
import { withoutSpeakerLabel } from '../../parse/speaker-labels.js';
import type { OpenQuestion, Walk } from './walk.js';
import { sectionName } from './section-name.js';
import { walkList } from './lists.js';
import { DETAILS_CLOSE, insideClosedDetails, unclosedDetails } from '../answer-folds.js';

/**
 * Any block but a heading, at `index`: a question, a part of the open question's answer, a section's line, or text
 * noted as left out. Each reading below returns whether it read the block, and the first that does ends the walk's
 * reading of it; three only change what the readings after them see (a title, a round, an aside). A block none of
 * them reads is stray text.
 */
export function walkBlock(walk: Walk, index: number, block: RootContent): void {
  if (linksEndingNote(walk, index, block)) return;
  if (referencesLine(walk, index, block)) return;
  if (closingSection(walk, index, block)) return;
  headingTitlesPairOrTable(walk, index, block);
  asideAfterCallout(walk, block);
  if (answerOfHeadingOrCard(walk, block)) return;
  roundNamedOnLine(walk, index, block);
  if (askedInRoundLine(walk, block)) return;
  if (ruleOrBreak(walk, index, block)) return;
  if (detailsSection(walk, index, block)) return;
  if (questionOfPage(walk, index, block)) return;
  const prompt = askedAnew(walk, index, block);
  if (interviewOpening(walk, index, block)) return;
  if (interviewClosing(walk, index, block, prompt)) return;
  if (opensQuestion(walk, block, prompt)) return;
  if (tableOfQuestions(walk, block)) return;
  if (declinedPrompt(walk, index, block)) return;
  if (walkList(walk, index, block)) return;
  if (sectionLine(walk, index, block)) return;
  if (lostHeading(walk, index, block)) return;
  if (transcriptClosing(walk, index, block)) return;
  if (boldQuestionAfterOne(walk, index)) return;
  if (partOfAnswer(walk, block)) return;
  if (linksLineAfterQuestions(walk, block)) return;
  if (listOfQuestionLists(walk, block)) return;
  if (boldQuestionInText(walk, index)) return;
  walk.stray(block, false, walk.sectionAbove);
}

/**
 * Lines of links that end the note (`Related: [[A]], [[B]]`, as Obsidian and Notion notes end) point at other
 * pages: not a part of the last answer.
 */
function linksEndingNote(walk: Walk, index: number, block: RootContent): boolean {
  const { vfile, blocks } = walk.page;
  if (walk.current && walk.current.answer.length > 0 && isLinksLine(block) && blocks.slice(index + 1).every((after) => isLinksLine(after) || after.type === 'thematicBreak')) {
    walk.close();
    noteLinksLine(vfile, block);
    return true;
  }
  return false;
}

/** A references line ends the answer above it, a heading question's too, when only its entries follow to where that answer ends. */
function referencesLine(walk: Walk, index: number, block: RootContent): boolean {
  const { vfile, blocks, proposals, choice } = walk.page;
  const referencesEnd = referencesLineEnd(index, blocks, proposals, choice);
  if (block.type !== 'paragraph' || referencesEnd === undefined) return false;
  walk.close();
  walk.flushOrphan();
  walk.lineTopic = undefined; // it names no topic, and ends the section line above, as `12.4` on a line of its own does
  walk.resumeAt = referencesEnd;
  noteReferences(vfile, block, blocks.slice(index + 1, walk.resumeAt));
  return true;
}

/**
 * `마치며`, `Final Thoughts` alone on a line after the last question (a heading the copy lost): the post's closing
 * section, its text noted as a section's, not the last answer's end; under an answer's label or in a round of an
 * interview, whose lines are what was asked, the answer or the round goes on.
 */
function closingSection(walk: Walk, index: number, block: RootContent): boolean {
  const { doc, blocks, proposals, choice } = walk.page;
  const closing =
    block.type === 'paragraph' && (walk.current !== undefined || walk.seenQuestion) && !walk.current?.found.labelled && walk.round === undefined && !block.data?.inCardBack
      ? closingSectionLine(index, blocks, proposals, choice, walk.current?.answer ?? [])
      : undefined;
  if (closing === undefined) return false;
  walk.close();
  walk.flushOrphan();
  // Proposed as a question (`**마무리**` among bold ones), it is said to be none, as any such title is.
  const notAsked = walk.declined(index);
  if (notAsked) noteDeclined(doc, block, notAsked.prompt, notAsked.kind);
  walk.sectionAbove = closing;
  return true;
}

/**
 * `## What is overfitting?` right over `Q: What is overfitting in machine learning?` and its `A:`: the pair asks
 * and answers; the heading over it is its title, the section's name, as `## 2. 교차 검증` over the next pair is.
 * So is `## 1. Deep learning` right over a table of questions. The pair or the table is read on, as any is.
 */
function headingTitlesPairOrTable(walk: Walk, index: number, block: RootContent): void {
  const { vfile, proposals, choice } = walk.page;
  const depth = walk.current?.found.depth;
  if (!walk.current || depth === undefined) return;
  const titled = titledConstruct(walk.current, proposals[index]!, choice, block);
  if (!titled) return;
  const title = walk.current.found;
  walk.current = undefined;
  walk.enterSection(depth, sectionName(title.prompt));
  const what = titled === 'pair' ? 'the Q/A pair under it, which asks the question itself' : 'the table of questions under it, whose rows ask';
  vfile.info(`Read the heading "${excerpt(title.prompt)}" as the title of ${what}`, {
    place: title.position.start,
    ruleId: 'heading-over-pair',
    source: 'qbank',
  });
}

/**
 * A note block's back is its card's answer, whatever it holds, up to the block's end, when its front asked
 * (parse/anki-block-cards.ts); so is what follows a heading that asks, but for a card.
 */
function answerOfHeadingOrCard(walk: Walk, block: RootContent): boolean {
  // A card its author marked (`Dropout #card`, a note block's front, `front::back`) asks under any heading: the
  // heading question's answer ends before it.
  const card = block.type === 'paragraph' && (block.data?.card || block.data?.cardFront);
  if (walk.current && (block.data?.inCardBack === walk.current.found.position.start.line || (walk.current.found.depth !== undefined && !card))) {
    walk.current.answer.push(block);
    if (block.data?.cardBack) walk.close();
    return true;
  }
  return false;
}

/**
 * In a log of interviews (so titled, or naming two rounds or more), a line naming a round (`一面（1h）`) opens one
 * where no heading does: its lines follow up to the next heading; unless its questions are set apart from their
 * answers (bold or labelled), read as anywhere. One such line alone (`笔试` over a list) may name a topic. The line
 * itself is read on, as the round's first.
 */
function roundNamedOnLine(walk: Walk, index: number, block: RootContent): void {
  const { blocks, proposals, choice, interviewLog } = walk.page;
  if (
    walk.round === undefined &&
    !walk.current?.found.labelled &&
    opensInterviewRound(block) &&
    (walk.roundsNamedOnLines ??= interviewLog || blocks.filter(opensInterviewRound).length >= 2) &&
    !marksItsQuestions(index, blocks, proposals, choice)
  ) {
    walk.round = { depth: 6, lists: true };
  }
}

/**
 * A line of an interview's round (interview-rounds.ts): what was asked there, each question answered by what is
 * logged with it; the round's formalities, the author's verdicts, the questions they omitted and links, noted.
 */
function askedInRoundLine(walk: Walk, block: RootContent): boolean {
  const { doc, vfile } = walk.page;
  const logged = walk.round !== undefined && (walk.round.lists || block.type !== 'list') ? askedInRound(block) : undefined;
  if (!logged) return false;
  if (logged.label !== undefined) {
    walk.close();
    walk.flushOrphan();
    walk.lineTopic = logged.label;
    if (logged.questions.length === 0 && logged.formalities.length === 0 && logged.verdicts.length === 0 && logged.omitted.length === 0 && logged.links.length === 0 && logged.lead.length === 0) return true;
  }
  if (walk.current) walk.current.answer.push(...logged.lead);
  else for (const remark of logged.lead) walk.stray(remark, false, walk.sectionAbove);
  walk.close();
  walk.flushOrphan();
  for (const { text, place } of logged.formalities) {
    vfile.info(`Left out "${text}", a formality of the interview's round rather than a question to study`, { place, ruleId: 'interview-formality', source: 'qbank' });
  }
  for (const { text, place } of logged.verdicts) {
    vfile.info(`Left out "${excerpt(text)}", the author's verdict on the interview rather than a question or an answer`, { place, ruleId: 'interview-formality', source: 'qbank' });
  }
  for (const { text, place } of logged.omitted) noteOmitted(doc, excerpt(text), lineSpan(place, place), place, walk.sectionAbove);
  noteLinks(vfile, logged.links);
  const last = logged.questions.at(-1);
  for (const question of logged.questions) if (question !== last) walk.emit(question.candidate, question.answer, question.topic ?? walk.topic());
  // What follows the last of them up to the next line of the log (a quote, code) is its answer.
  if (last) walk.current = { found: last.candidate, answer: last.answer, topic: last.topic ?? walk.topic() };
  return true;
}

/**
 * A rule (`***`) or a line of `<br>`s ends the open answer, but where the answer goes on after it or the rule
 * underlines the answer's subtitle. It is no text of its own either way.
 */
function ruleOrBreak(walk: Walk, index: number, block: RootContent): boolean {
  const { blocks, proposals, choice } = walk.page;
  if (block.type !== 'thematicBreak' && !isBreakHtml(block)) return false;
  if (walk.current && (answerGoesOnAfterBreak(index, blocks, proposals, choice) || underlinesSubtitle(walk.current.answer))) return true;
  walk.close();
  return true;
}

/**
 * A `<details>` folding a list of questions is their section; its closing tag ends it. Under an open question, a
 * `<details>` is part of its answer, follow-up questions and all.
 */
function detailsSection(walk: Walk, index: number, block: RootContent): boolean {
  const folded = walk.current ? undefined : detailsSectionTitle(block, walk.page.blocks[index + 1]);
  if (folded === undefined && !(walk.inDetailsSection && closesDetailsAlone(block))) return false;
  walk.close();
  walk.flushOrphan();
  walk.lineTopic = folded;
  walk.inDetailsSection = folded !== undefined;
  return true;
}

/** A quote that asks at the head of a page (Notion's one-question pages): the page's question. */
function questionOfPage(walk: Walk, index: number, block: RootContent): boolean {
  const { blocks, titleIndex } = walk.page;
  const page = !walk.current && !walk.seenQuestion ? pageQuestion(blocks, index, titleIndex) : undefined;
  if (!page) return false;
  walk.flushOrphan();
  walk.open(page.question);
  walk.followUpsOfCurrent = page.followUps;
  return true;
}

/**
 * What the block asks, if it opens a question. Inside the `<details>` that hides the open question's answer, up to
 * its `</details>`, nothing is asked anew (`<summary>ANS</summary>` over `List, Dictionary, Set, String, Tuple`,
 * which reads as a task).
 */
function askedAnew(walk: Walk, index: number, block: RootContent): PromptCandidate | undefined {
  const { source, blocks, proposals, choice } = walk.page;
  const asked = promptAt(index, blocks, proposals, choice);
  // A definition list's term that names (`Precision`) right where a question the note asks otherwise is open (`What are
  // the main metrics?` over it), before any term asked: a glossary in that question's answer, not questions.
  const termInAnswer = block.type === 'paragraph' && block.data?.definitionTerm && !block.data.card && !walk.termsAsk;
  return asked && walk.current && (termInAnswer || insideClosedDetails(walk.current.found, walk.current.answer, source, blocks, index) || answersHow(walk.current, asked)) ? undefined : asked;
}

/** `면접관: 간단히 자기소개 부탁드립니다.` before any question, and the introduction after it: the interview's opening, left out. */
function interviewOpening(walk: Walk, index: number, block: RootContent): boolean {
  const introduction = !walk.current && block.type === 'paragraph' && block.data?.speaker?.role === 'asks' ? cleanPrompt(inlineText(withoutSpeakerLabel(block).children)) : undefined;
  if (introduction === undefined || !opensInterview(introduction)) return false;
  walk.leaveOutFormality(index, introduction, 'opening');
  return true;
}

/** `면접관: 마지막으로 질문 있으신가요?` and the candidate's own questions after it: the interview's close, left out. */
function interviewClosing(walk: Walk, index: number, block: RootContent, prompt: PromptCandidate | undefined): boolean {
  if (!prompt || block.type !== 'paragraph' || !block.data?.speaker || !closesInterview(prompt.prompt)) return false;
  walk.close();
  walk.leaveOutFormality(index, prompt.prompt, 'closing');
  return true;
}

/** A block that asks opens its question: what follows it is its answer, up to the next. */
function opensQuestion(walk: Walk, block: RootContent, prompt: PromptCandidate | undefined): boolean {
  if (!prompt) return false;
  walk.open(prompt);
  if (block.type === 'paragraph' && block.data?.definitionTerm) walk.termsAsk = true;
  // A question callout holds its whole answer: what follows it is not part of it. Nor does a card whose
  // paragraph holds its back and ends its note block (parse/anki-block-cards.ts marks it `cardBack`) answer past it.
  if ((prompt.construct === 'callout' && prompt.answerLead.length > 0) || block.data?.cardBack) walk.close();
  return true;
}

/** A table whose rows ask (question-table.ts): its questions, and what of it asks nothing, noted. */
function tableOfQuestions(walk: Walk, block: RootContent): boolean {
  const questionTable = questionTableOf(block);
  if (!questionTable) return false;
  walk.close();
  walk.flushOrphan();
  const table = questionsInTable(questionTable);
  for (const question of table.questions) walk.emit(question.candidate, question.answer, question.topic ?? walk.topic(), question.tags);
  reportTableLeftOut(walk.page.doc, questionTable, table);
  return true;
}

/**
 * A block that would have asked but for a name that never asks (never-asks.ts): not the answer above either, but a
 * post's closing section, or a note the author left to themself (with the list under it, a to-do's or a note of what is done).
 */
function declinedPrompt(walk: Walk, index: number, block: RootContent): boolean {
  const { doc, blocks } = walk.page;
  const notAsked = walk.declined(index);
  if (!notAsked) return false;
  // A mark of what is done right under a question not yet answered answers it (`What is the status of the feature
  // store?` over `Completed`, its list the rest): the author's status, not a note to themself.
  if (notAsked.kind === 'done' && answersStatusAbove(walk, index, block)) return false;
  walk.close();
  walk.flushOrphan();
  const note = notAsked.kind !== 'post-section' && blocks[index + 1]?.type === 'list' ? [block, blocks[index + 1]!] : [block];
  noteDeclined(doc, note, notAsked.prompt, notAsked.kind);
  if (notAsked.kind === 'post-section') walk.sectionAbove = notAsked.prompt;
  walk.resumeAt = index + note.length;
  return true;
}

/**
 * Whether `block` stands right under the question being read, before any of its answer: no blank line between, or one
 * under a question on a line of its own, the block before it (`What's the status of …?`, a blank line, `Completed`
 * over its list), where the question before that one was answered. After a list or a run of unanswered questions, or two
 * blank lines down, it marks what of the note is done.
 */
function answersStatusAbove(walk: Walk, index: number, block: RootContent): boolean {
  if (block.type !== 'paragraph' || walk.current === undefined || walk.current.answer.length > 0) return false;
  const gap = block.data?.blankLinesBefore;
  if (gap === 0) return true;
  const above = walk.page.blocks[index - 1];
  return gap === 1 && above?.type === 'paragraph' && above.position?.start.line === walk.current.found.position.start.line && walk.questions.at(-1)?.answer.length !== 0;
}

/**
 * A line that titles the questions after it (`Evaluation & Metrics`, block-roles.ts): its name is their topic. But
 * for a line right under a question not yet answered, which is its answer (`answersRightAbove`).
 */
function sectionLine(walk: Walk, index: number, block: RootContent): boolean {
  const { doc, vfile, blocks, proposals, choice } = walk.page;
  if (block.type !== 'paragraph' || walk.answersRightAbove(block, blocks[index + 1]) || !isSectionLine(index, blocks, proposals, choice)) return false;
  const title = cleanPrompt(inlineText(block.children));
  // A number alone names no section, and the topic goes on: a page's number, where a copy of a printed page broke.
  if (isPageNumber(title)) {
    vfile.info(`Left out "${title}", a number alone on its line between questions (a page's number, where a copied page broke)`, { place: block.position, ruleId: 'page-number', source: 'qbank' });
    return true;
  }
  walk.close();
  walk.flushOrphan();
  // `1. Basics` right over `2. Supervised learning` (or ending the note): an outline's section with nothing in it.
  if (titlesEmptyOutlineSection(index, blocks)) {
    reportEmptySection(doc, block, title, false);
    return true;
  }
  walk.lineTopic = sectionName(title);
  walk.glossaryTopic = block.data?.glossaryTitle ? walk.lineTopic : undefined;
  // The lines citing a titled list's source stand between the title and its questions: links, noted so.
  const list = titledQuestionList(index, blocks, proposals);
  if (list !== undefined) {
    for (const cited of blocks.slice(index + 1, list)) noteLinksLine(vfile, cited);
    walk.resumeAt = list;
  }
  return true;
}

/**
 * A callout of notes or tips after a question callout is the author's aside, not that question's answer; so is one
 * under a question whose answer is so far only the author's to-do (`<!-- TODO fill in after reading DoRA paper -->`
 * over a tip box): the answer is still to write, and the box says something else. The aside itself is read on, with
 * no question open.
 */
function asideAfterCallout(walk: Walk, block: RootContent): void {
  const open = walk.current;
  if (open === undefined || !isAsideCallout(block)) return;
  if (open.found.construct === 'callout') walk.close();
  // Under a question whose answer is still to write, a tip for the interview is no answer; a note, an example or a
  // tip under another to-do (`TODO: expand`, `note to self`) may well be it (review s69).
  else if (TIP_TYPES.has(block.data?.callout?.type ?? '') && open.answer.length > 0 && open.answer.every(isAnswerToWrite)) walk.close();
}

/** Callouts that give advice beside an answer rather than hold it. */
const TIP_TYPES = new Set(['tip', 'hint']);
/** A to-do that says the answer itself is to come (`TODO fill in after reading …`, `TODO: answer`, `TBD`, `작성 예정`). */
const ANSWER_TO_WRITE = /^(?:TODO|FIXME)\b[\s:：-]*(?:fill\b|answer\b|write (?:the |an )?answer\b)|^TBD\b|작성|채우/i;

/** An HTML comment of the author's to-do alone that says the answer is still to write (ANSWER_TO_WRITE): no answer's words. */
function isAnswerToWrite(block: RootContent): boolean {
  if (block.type !== 'html' || !isHiddenComment(block)) return false;
  // Comments alone (isHiddenComment): each one's text is what stands between its `<!--` and the next `-->`.
  const comments = block.value.split('<!--').slice(1).map((comment) => comment.split('-->')[0]!.trim());
  return comments.length > 0 && comments.every((comment) => startsCommentToDo(comment) && ANSWER_TO_WRITE.test(comment));
}

/**
 * In copied text, a list two or more blank lines under another, in an answer, stands where a heading was lost
 * (block-roles.ts): it answers a question the page no longer shows, not the open one, and is stray text.
 */
function lostHeading(walk: Walk, index: number, block: RootContent): boolean {
  if (walk.current && isLostHeadingGap(block, walk.page.blocks[index - 1]) && walk.current.answer.length > 0) {
    walk.close();
    walk.stray(block, true);
    return true;
  }
  return false;
}

/**
 * The interviewer's closing words after the last answer of a transcript (`🧑‍💼: 네, 수고하셨습니다.`), and the reply to
 * them: the interview's end, no part of the answer. Words of theirs with a question after them stay its answer's.
 */
function transcriptClosing(walk: Walk, index: number, block: RootContent): boolean {
  const { vfile, blocks } = walk.page;
  const interviewEnd = walk.current ? transcriptClose(index, blocks) : undefined;
  if (interviewEnd === undefined) return false;
  walk.close();
  walk.flushOrphan();
  const said = cleanPrompt(inlineText(withoutSpeakerLabel(block as Paragraph).children));
  const reply = interviewEnd > index + 1 ? ', and the reply to it' : '';
  vfile.info(`Left out "${excerpt(said)}" (${lineSpan(block.position?.start, blocks[interviewEnd - 1]!.position?.end)}), the interview's closing formality${reply}`, {
    place: block.position?.start,
    ruleId: 'interview-formality',
    source: 'qbank',
  });
  walk.resumeAt = interviewEnd;
  return true;
}

/** Under an open question, any other block is a part of its answer. */
function partOfAnswer(walk: Walk, block: RootContent): boolean {
  if (!walk.current) return false;
  walk.current.answer.push(block);
  // The answer ends where the question's own `<details>` closes, not where one inside it does; a one-line card's
  // back is its whole answer (parse/inline-cards.ts), and a note block's card ends with its block (parse/anki-block-cards.ts).
  if (walk.current.found.construct === 'details' && block.type === 'html' && DETAILS_CLOSE.test(block.value) && !unclosedDetails(walk.current.found, walk.current.answer, walk.page.source, true)) walk.close();
  else if (block.data?.cardBack) walk.close();
  return true;
}

/** A line of links after the questions, in no answer, points at other pages: noted as links, no stray text. */
function linksLineAfterQuestions(walk: Walk, block: RootContent): boolean {
  if (!walk.seenQuestion || !isLinksLine(block)) return false;
  walk.flushOrphan();
  noteLinksLine(walk.page.vfile, block);
  return true;
}

/** A list of other question lists after the questions, as a README ends: left out whole, as a `Related:` line is. */
function listOfQuestionLists(walk: Walk, block: RootContent): boolean {
  if (!walk.seenQuestion || block.type !== 'list' || !isLinkList(block)) return false;
  walk.flushOrphan();
  noteLinks(walk.page.vfile, block.children.filter(isLinkItem), block);
  return true;
}

/**
 * `**为什么 NLP 用 LayerNorm？** 序列变长…` in a section's text, where `**Q：…**` lines carry the questions: a
 * bold question answered on its line is a point of an answer under a question, but here no question is open.
 */
function boldQuestionInText(walk: Walk, index: number): boolean {
  const boldLead = walk.page.proposals[index]!.bold;
  if (!boldLead?.boldLead || !asksOutright(boldLead)) return false;
  walk.open(boldLead);
  return true;
}

/**
 * `**Why softmax over keys?** Each query needs …` after `**Why divide by √d_k?** …`, in a section's text where other
 * lines (`**Q: …**`) carry the note's questions: the one before was asked in that text as no question was open
 * (`boldQuestionInText`), and this one, written as it was, is asked beside it, no point of its answer. Under a question
 * of the note's own construct such paragraphs stay points of its answer.
 */
function boldQuestionAfterOne(walk: Walk, index: number): boolean {
  if (!walk.current?.found.boldLead || walk.page.choice.boldLead || !boldsWholeQuestion(walk.page.blocks[index]!)) return false;
  return boldQuestionInText(walk, index);
}

/**
 * Whether a paragraph's bold lead is a whole question of its own, as a FAQ's are (`**Why softmax over keys, not
 * queries?**`): its question mark inside the bold, three words or more, no label before it, and nothing that leans on the
 * question before it. Review s67c found the others are an answer's asides: a label over a question (`**Note:** why …?`),
 * a rhetorical one (`**Why?**`, `**Why does this matter?**`, `**But why not MSE?**`), a term its sentence asks about
 * (`**BPE** merges pairs, but how …?`).
 */
function boldsWholeQuestion(block: RootContent): boolean {
  const [lead] = block.type === 'paragraph' ? block.children : [];
  if (lead?.type !== 'strong') return false;
  const bold = inlineText(lead.children).trim();
  return endsWithQuestionMark(bold) && bold.split(/\s+/u).length >= 3 && !LABEL_INSIDE.test(bold) && !LEANS_ON_ONE_BEFORE.test(bold);
}

/** A label set before the question inside the bold (`**Quick check: what are …?**`, `**Recap — what's …?**`). */
const LABEL_INSIDE = /[:：]\s|\s[—–-]\s/u;

/** Words that open or hold a question leaning on the one before it: `But …`, `So …`, `그럼 …`, `那 …`, `this`, `it`. */
const LEANS_ON_ONE_BEFORE = /^(?:but|so|and|then|그럼|그러면|그래서|那|那么)(?![\p{L}])|\b(?:this|that|it|these|those|they)\b|이게|그게|这|那个/iu;

/**
 * What an open heading question titles, when `block` starts its answer: a `Q:`/`A:` pair that asks as the
 * note's `Q:` lines do, or a table of questions. A heading labelled a question (`## Question`) asks whatever
 * follows it, and titles nothing.
 */
function titledConstruct(open: OpenQuestion, proposal: Proposals, choice: ConstructChoice, block: RootContent): 'pair' | 'table' | undefined {
  if (open.answer.length > 0 || open.found.labelled) return undefined;
  if (choice.qa && proposal.qa !== undefined) return 'pair';
  return questionTableOf(block) ? 'table' : undefined;
}

/**
 * `*Frequentist and Bayesian Interpretations*` over a `***` line at the head of an answer: the rule
 * underlines the answer's subtitle (a line all in emphasis), it does not end the answer.
 */
function underlinesSubtitle(answer: readonly RootContent[]): boolean {
  const [only] = answer;
  return answer.length === 1 && only?.type === 'paragraph' && only.children.length === 1 && (only.children[0]!.type === 'emphasis' || only.children[0]!.type === 'strong');
}

/**
 * `How do you detect heteroscedasticity?` over `Plot the residuals against the fitted values.`: a line that tells
 * what to do, right under a line that asks how, unanswered yet, is its answer, not a task of its own.
 */
function answersHow(current: { found: PromptCandidate; answer: readonly RootContent[] }, next: PromptCandidate): boolean {
  return (
    current.found.construct === 'line' &&
    current.answer.length === 0 &&
    next.construct === 'line' &&
    readsAsTask(next.prompt) &&
    !ASKING_TASK.test(next.prompt) &&
    !endsWithQuestionMark(next.prompt) &&
    ASKS_HOW.test(current.found.prompt) &&
    endsWithQuestionMark(current.found.prompt)
  );
}

/** The verbs an interview sets a task with (`Explain the bias-variance tradeoff.`): a question of its own, wherever it stands. */
const ASKING_TASK = /^(?:explain|describe|define|compare|contrast|discuss|derive|prove|show|implement|write|design|code|list|name|give|state|outline|summari[sz]e|illustrate|justify|evaluate|tell|walk|talk|suppose|imagine|given)\b/i;

/** A question that asks how to do something (`How do you…?`, `How would you…?`, `어떻게 …?`): its answer may tell what to do. */
const ASKS_HOW = /^(?:how\s+(?:do|does|would|should|can|could|will|to)\b|.*어떻게)/i;

