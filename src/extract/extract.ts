/**
 * The extract stage: find every question of a document and slice its
 * answer structurally, up to the next question at the same or a higher
 * level. Recognisers propose prompts block by block; `chooseConstructs`
 * decides which constructs this document uses; the walk below assigns every
 * other block to an answer, a section title, or a report of orphan text.
 */
import type { FootnoteDefinition, Heading, Html, List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { Document, LineTags } from '../parse/document.js';
import { eachNode } from '../parse/tree-walk.js';
import { QA_LINE } from '../parse/runaway-blocks.js';
import { withoutTitleTags } from '../parse/trailing-tags.js';
import { tagsOfSectionsAt } from '../parse/section-tags.js';
import { opensInterview } from '../wording/interview-opening.js';
import { isPageNumber } from '../parse/page-number.js';
import type { ExtractedQuestion } from './extracted-question.js';
import { asksOutright, chooseConstructs, isEmptySection, type ConstructChoice, type Proposals } from './constructs.js';
import { cleanAnswer, ownBlocksKept, isBreakHtml, opensAnswerFold } from './answer-blocks.js';
import { isAnswerHeadLabel } from './answer-head.js';
import { cleanPrompt, inlineText, labelsQuestion, withoutSectionNumber, withoutTrailingColon } from '../wording/prompt-text.js';
import { endsWithQuestionMark, hasWords, namesAnswerPart, namesOnlyQuestionCollection, namesOwnAnswerPart, namesQuestionCollection, onlyNumbers, readsAsTask } from '../wording/interrogative.js';
import type { FoundQuestion, PromptCandidate, Recognizer } from './recognizers/recognizer.js';
import { headingRecognizer } from './recognizers/heading.js';
import { boldParagraphRecognizer } from './recognizers/bold-paragraph.js';
import { numberedBoldRecognizer } from './recognizers/numbered-bold.js';
import { qaLineRecognizer } from './recognizers/qa-line.js';
import { detailsSummaryRecognizer } from './recognizers/details-summary.js';
import { summaryText } from '../parse/summary-text.js';
import { plainLineRecognizer } from './recognizers/plain-line.js';
import { ledWording } from './leads.js';
import { withoutRatingLabels } from '../wording/rating-labels.js';
import { answeredBelow, answerLineGoesOnWith, isQuestionList, isTableOfContents, namesHeadingsBelow, pageNote, questionsInList, quoteGoesOnWith, topicsToExplain } from './recognizers/question-list.js';
import { calloutRecognizer, isAsideCallout } from './recognizers/callout.js';
import { questionTableOf, questionsInTable } from './recognizers/question-table.js';
import { askedInRound, closesInterview, marksItsQuestions, namesInterviewLog, namesInterviewRound, opensInterviewRound, transcriptClose } from './interview-rounds.js';
import { isLinkItem, isLinkList, isLinksLine, isReferencesHeading, noteLinks, noteLinksLine, noteReferences } from './references.js';
import { pointedNotesOf } from '../parse/note-embeds.js';
import { BACK_TO_TOP } from '../parse/site-chrome.js';
import { holdsNoQuestions, neverAsks, withoutNeverAsking, type NeverAsking } from './never-asks.js';
import { answerGoesOnAfterBreak, bodyTitleIndex, closingSectionLine, CODING_PROMPT, CONCEPT_PROMPT, endsPost, hasSubheading, opensClosingPromo, isHeadingQuestion, isLostHeadingGap, isSectionLine, sectionHoldsCode, promptAt, referencesHeadingEnd, referencesLineEnd, titledQuestionList, titlesEmptyOutlineSection } from './block-roles.js';
import { solvesTask, withProblemTitles } from './problem-headings.js';
import { closesDetailsAlone, detailsSectionTitle } from './details-sections.js';
import { frontMatterQuestion } from './front-matter-question.js';
import { questionsOfContents } from './toc-questions.js';
import { pageQuestion } from './page-question.js';
import { notionPageHead } from './page-properties.js';
import { withContinuedHeadings } from './heading-continuations.js';
import { isShownBlock, pointsAtShown, showing, shownBeforeAnswer } from './shown-blocks.js';
import { withLabelledQuestions } from './labelled-sections.js';
import { cellQuestions, withCellTasks } from './cell-tasks.js';
import { splitOpeningHints } from './hints.js';
import { readCommentAnswers } from './comment-answers.js';
import { askingLines, isHiddenComment, noteAuthorToDos, noteDateStamp, noteDeclined, notePageMetadata, reportEmptySection, reportNoQuestions, reportOrphan, reportTableLeftOut, type Orphan } from './left-out.js';
import { withoutComments } from '../parse/obsidian-comments.js';
import { isAnswerKeyTitle, matchAnswerKey, questionNumber, readAnswerKey, reportAnswerKey } from './answer-key.js';
import { answeringFootnotes, footnoteDefinitions, noteUncitedFootnote, uncitedFootnotes } from './footnote-answers.js';
import { withCitedDefinitions } from './cited-definitions.js';
import { excerpt } from '../report/excerpt.js';
import { lineSpan } from '../report/line-span.js';
import { withoutSpeakerLabel } from '../parse/speaker-labels.js';
import { followUpsIn, partsOfStem } from './heading-follow-ups.js';
import { isGlossaryBlock } from '../parse/glossary-lines.js';

export const recognizers: readonly Recognizer[] = [
  headingRecognizer,
  qaLineRecognizer,
  boldParagraphRecognizer,
  numberedBoldRecognizer,
  detailsSummaryRecognizer,
  plainLineRecognizer,
  calloutRecognizer,
];

export interface Extraction {
  questions: ExtractedQuestion[];
  /** A title found in the body (a lone top heading), when the parse stage had none. */
  title?: string;
}

interface OpenQuestion {
  found: PromptCandidate;
  answer: RootContent[];
  topic: string | null;
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

export function extractQuestions(doc: Document): Extraction {
  const source = doc.source.text;
  /** The Markdown's lines, for a note converted line for line (`doc.fileLines`). */
  let markdownLines: string[] | undefined;
  const labelled = withLabelledQuestions(withContinuedHeadings(doc.tree.children, source));
  // A note whose front matter names its question: the body answers it, as an `## Answer` section does.
  const named = frontMatterQuestion(doc);
  /** The note's title (its front matter's, or its first heading, a `#` one). */
  const firstHeading = named ?? labelled.blocks.find((block): block is Heading => block.type === 'heading');
  const titleText = doc.title ?? (firstHeading?.depth === 1 ? cleanPrompt(inlineText(firstHeading.children)) : '');
  // An exercise notebook's tasks, a cell each: asked by their cells.
  const tasks = withCellTasks(labelled.blocks, titleText, source);
  const blocks = named ? [named, ...tasks.blocks] : tasks.blocks;
  const asked = new Set([...(named ? [named] : []), ...labelled.asked, ...tasks.asked]);
  const vfile = doc.source.vfile;
  const recognized: Proposals[] = blocks.map((block) => {
    const proposal: Proposals = {};
    for (const recognizer of recognizers) {
      const found = recognizer.recognize(block);
      // A number or an anchor alone ("## 13") asks nothing, whatever follows it.
      if (found && hasWords(found.prompt)) proposal[recognizer.construct] = found;
    }
    return proposal;
  });
  // A question under a `## Question` label is the author's, however it is worded.
  for (const [index, block] of blocks.entries()) {
    const found = recognized[index]!.heading;
    if (!found || !asked.has(block)) continue;
    // A task cell's question shows what its cell shows (nothing, for most: then not the code cell that answers it); a
    // chat's prompt, what it holds besides its question (labelled-sections.ts).
    const task = tasks.shown.get(block) ?? labelled.context.get(block);
    recognized[index] = { ...recognized[index], heading: { ...found, labelled: true, ...(tasks.coded.has(block) ? { coding: true } : {}), ...(task ? { context: task } : {}) } };
  }
  // A notebook's cell that opens with its question: a question, whatever construct the notebook asks with.
  const openingQuestions = cellQuestions(blocks);
  for (const [index, block] of blocks.entries()) {
    if (!openingQuestions.has(block)) continue;
    const line = recognized[index]!.line ?? plainLineRecognizer.recognize(block);
    if (line) recognized[index] = { ...recognized[index], line: { ...line, prompt: withoutTrailingColon(line.prompt), interrogative: true, opensCell: true } };
  }
  const offered = withProblemTitles(blocks, recognized, titleText);
  // "Summary", "What's next?", "TODO" are proposed to no construct; `offered` keeps them, so the walk can say what it declined.
  const proposals = offered.map(withoutNeverAsking);
  // A Notion page's title over its properties, among question headings of its level: the page's title, no question.
  const pageHead = notionPageHead(blocks, proposals);
  if (pageHead) proposals[pageHead.title] = {};
  const choice = chooseConstructs(blocks, proposals, doc.format === 'plaintext');
  // A post's front matter names its title, which its body may repeat as its lone `#` heading: the title still, no section.
  const bodyTitle = bodyTitleIndex(blocks, choice);
  const titleIndex = pageHead ? pageHead.title : doc.title === undefined || repeatsTitle(blocks[bodyTitle], doc.title) ? bodyTitle : -1;
  /** The note's title names a collection of questions (`# Deep Learning Interview questions`). */
  const collectsQuestions = namesQuestionCollection(titleText);
  const interviewLog = namesInterviewLog(titleText);

  const questions: ExtractedQuestion[] = [];
  const topics: (string | undefined)[] = [];
  let lineTopic: string | undefined;
  /** `lineTopic` when a glossary's title set it (parse/glossary-lines.ts): it ends at the first block after the glossary's. */
  let glossaryTopic: string | undefined;
  /** `lineTopic` is the summary of a `<details>` over questions (details-sections.ts), whose `</details>` ends it. */
  let inDetailsSection = false;
  let current: OpenQuestion | undefined;
  /** Follow-up questions listed with the open question (page-question.ts), which come after it. */
  let followUpsOfCurrent: FoundQuestion[] = [];
  let orphan: Orphan | undefined;
  /** The name of the section heading the walk last entered, until a question opens. */
  let sectionAbove: string | undefined;
  /** The depth of the section heading the walk last entered (0: none yet), named or not. */
  let sectionDepth = 0;
  /** The depth of the heading question that asks outright whose section the walk is in, if any: deeper headings that do not ask are parts of answers. */
  let askingHeading: number | undefined;
  /**
   * The interview round whose section the walk is in, if any (interview-rounds.ts): under a heading naming it (`### 一面`),
   * its lines and items are what was asked; under a heading of a log of interviews that names no round (`### 网易雷火`,
   * with no section under it), its lines are.
   */
  let round: { depth: number; lists: boolean } | undefined;
  /** Whether lines of text may name rounds here (found when first asked: most notes have no line that could). */
  let roundsNamedOnLines: boolean | undefined;
  let seenQuestion = false;
  /**
   * Whether a definition list's term has asked here (parse/definition-lists.ts): the note's definition lists are its
   * questions, and a term that names one after it is a question too, under a question asked otherwise as well.
   */
  let termsAsk = false;
  /** Blocks before this index are left out and already reported (a to-do note, a references section): the walk passes over them. */
  let resumeAt = 0;

  /** Anchor headings (`### #1`) that answer the question a table of contents entry linking to them asks. */
  const askedInContents = new Map<Heading, { found: PromptCandidate; topic: string | null }>();
  const topic = (): string | null => lineTopic ?? [...topics].reverse().find((t) => t !== undefined) ?? null;
  const unclosed: Array<{ question: number; place: Point }> = [];
  /**
   * The answer of `found`'s question from its blocks, cleaned as every answer is, and whether the question asks for code.
   * `told`: blocks read for the question before (its own, when an answers section answers it), whose notes were given then.
   */
  const answered = (found: PromptCandidate, answer: readonly RootContent[], keyEntry?: RootContent, told: readonly RootContent[] = []) => {
    const { choices, answer: said, unconfirmedOptions, metadata, hints, codeToWrite, translation, toDos, stamp } = cleanAnswer(answer, found.prompt, keyEntry);
    const untold = (place: Point | undefined) => place === undefined || !told.some((block) => holds(block, place));
    // An answer that only points to another note (`See [[Scaled dot product]] for the derivation.`) is no answer:
    // its text is in a note that is not read (parse/note-embeds.ts).
    const pointed = pointedNotesOf(said);
    const cleaned = pointed.length > 0 ? [] : said;
    if (pointed.length > 0 && untold(said[0]!.position?.start)) {
      vfile.info(`Read "${excerpt(found.prompt)}" as unanswered: its answer only points to ${pointed.length === 1 ? 'another note' : 'other notes'} (${pointed.join(', ')}), whose text this note does not hold`, {
        ...(said[0]!.position ? { place: said[0]!.position.start } : {}),
        ruleId: 'answer-elsewhere',
        source: 'qbank',
      });
    }
    if (toDos && untold(toDos.position?.start)) noteAuthorToDos(doc, found.prompt, toDos);
    if (stamp && untold(stamp.position?.start)) noteDateStamp(doc, found.prompt, stamp);
    if (metadata.fields.length > 0 && untold(metadata.place)) {
      const tagged = metadata.tags.length > 0 ? `, its tags and categories kept as its tags` : '';
      vfile.info(`Left out of the answer to "${excerpt(found.prompt)}" the lines that describe the question${tagged}: "${excerpt(metadata.fields.join('; '), 160)}"`, {
        ...(metadata.place ? { place: metadata.place } : {}),
        ruleId: 'question-metadata',
        source: 'qbank',
      });
    }
    for (const asking of askingLines(cleaned)) {
      if (!untold(asking.place)) continue;
      vfile.info(`"${asking.text}" asks like a question but is read as part of the answer to "${found.prompt}"`, {
        place: asking.place,
        ruleId: 'question-in-answer',
        source: 'qbank',
      });
    }
    // A code block that only holds the solution's place (`# Solution goes here`) is said to be left out; an empty one holds nothing.
    for (const placeholder of codeToWrite) {
      if (placeholder.value.trim() === '' || !untold(placeholder.position?.start)) continue;
      vfile.info(`Left out of the answer to "${excerpt(found.prompt)}" a code block that only holds the place of its solution: "${excerpt(placeholder.value.trim())}"`, {
        ...(placeholder.position ? { place: placeholder.position.start } : {}),
        ruleId: 'code-to-write',
        source: 'qbank',
      });
    }
    const toWrite = codeToWrite.length > 0 && cleaned.length === 0 && !CONCEPT_PROMPT.test(found.prompt);
    const coding = found.coding === true || CODING_PROMPT.test(found.prompt) || (cleaned.length > 0 && cleaned.every((b) => b.type === 'code')) || toWrite;
    return { choices, answer: cleaned, coding, unconfirmedOptions, tags: metadata.tags, hints, translation };
  };
  /** Numbered questions with no answer since the last answered one, in one run of numbers: an answers section below may answer them. */
  const awaiting: Awaiting[] = [];
  const definitions = footnoteDefinitions(blocks);
  /** Footnotes taken as a question's answer: where they stand, the walk passes over them. */
  const answeredBy = new Set<RootContent>();
  /** Footnotes nothing cites: no part of any answer. */
  const uncited = uncitedFootnotes(blocks, definitions);
  /** The footnotes its prompt cites that answer `found`'s question, when its blocks say nothing (none when they do). */
  const footnotesAnswering = (found: PromptCandidate, answer: readonly RootContent[]): FootnoteDefinition[] => {
    const footnotes = found.footnotes ? answeringFootnotes(found, definitions) : [];
    if (footnotes.length === 0) return footnotes;
    // Footnotes at the end of a note follow its last question, in no answer of its own. Read without
    // `answered`, which reports the lines that ask in what it reads: once is enough.
    const said = cleanAnswer(answer.filter((block) => block.type !== 'footnoteDefinition'), found.prompt);
    return said.answer.length > 0 ? [] : footnotes;
  };
  /** The answer of `found`'s question: its own blocks, or when they say nothing, the footnotes its prompt cites. */
  const answerOf = (found: PromptCandidate, answer: RootContent[]) => {
    const footnotes = footnotesAnswering(found, answer);
    if (footnotes.length === 0) return answered(found, answer);
    for (const footnote of footnotes) answeredBy.add(footnote);
    // Other footnotes that stood in its blocks stay there, as they would have; hints there come first, as hints.
    const { hints, rest } = splitOpeningHints(answer.filter((block) => !footnotes.includes(block as FootnoteDefinition)));
    return answered(found, [...hints, ...footnotes.flatMap((footnote) => footnote.children), ...rest]);
  };
  /** The tags written after the question on its lines (parse/trailing-tags.ts). */
  const tagsAfter = ({ position: { start, end } }: PromptCandidate): readonly string[] => {
    if (!doc.lineTags) return [];
    // Told by where its lines start in the text parsed, where the prompt knows (a page written on one line of
    // the file holds every question at that line; columns and offsets are the text's).
    const first = start.offset === undefined ? undefined : start.offset - (start.column - 1);
    const last = end.offset === undefined ? undefined : end.offset - (end.column - 1);
    const onItsLines = ({ line, lineStart }: LineTags) =>
      first !== undefined && last !== undefined ? lineStart >= first && lineStart <= last : line >= start.line && line <= end.line;
    return doc.lineTags.filter(onItsLines).flatMap((tagged) => tagged.tags);
  };
  /** The tags of the sections the question stands in (`## Optimizers #optim` over it, parse/section-tags.ts). */
  const sectionTagsOf = ({ position: { start } }: PromptCandidate): readonly string[] =>
    doc.sectionTags && start.offset !== undefined ? tagsOfSectionsAt(doc.sectionTags, start.offset) : [];
  const emit = (proposed: PromptCandidate, underIt: RootContent[], topicName: string | null, tagged: readonly string[] = []) => {
    // What its wording names (`the following expression`), over what answers it, is what it shows.
    const { candidate: found, answer } = shownBeforeAnswer(proposed, underIt);
    const open = unclosedDetails(found, answer, source);
    if (open) unclosed.push({ question: questions.length, place: open });
    const { choices, answer: cleaned, coding, unconfirmedOptions, tags: answerTags, hints, translation } = answerOf(found, answer);
    if (translation) {
      vfile.info(`Read "${excerpt(translation.written)}" under "${excerpt(found.prompt)}" as its translation (translations.${translation.language}), not as its answer`, {
        ...(translation.place ? { place: translation.place } : {}),
        ruleId: 'question-translation',
        source: 'qbank',
      });
    }
    // Lettered lines that only an answers section can say are options await it too.
    if (cleaned.length > 0 && !unconfirmedOptions) awaiting.length = 0;
    else {
      const number = questionNumber(found, source);
      if (number !== undefined) awaitIn(awaiting, { question: questions.length, found, blocks: answer, number, ownAnswer: cleaned.length > 0 });
    }
    const led = ledWording(found, writtenText(found, source), source);
    const written = doc.fileLines ? asTheFileWrites(found, led.written, doc.fileLines, (markdownLines ??= source.split('\n'))) : led.written;
    // `[중요] 배치 정규화란?`: a rating, not the question; its words file the question.
    const rated = withoutRatingLabels(led.prompt);
    const tags = [...tagged, ...answerTags, ...tagsAfter(found), ...rated.labels, ...(pageHead?.tags ?? []), ...sectionTagsOf(found)];
    questions.push({
      file: doc.source.file,
      line: found.position.start.line,
      column: found.position.start.column,
      written,
      prompt: withoutSectionNumber(rated.wording, found.construct === 'heading'),
      answer: cleaned,
      ...(found.context && found.context.length > 0 ? { context: found.context } : {}),
      ...(hints.length > 0 ? { hints } : {}),
      ...(choices.length > 0 ? { choices } : {}),
      ...(tags.length > 0 ? { tags } : {}),
      ...(translation ? { translations: { [translation.language]: translation.text } } : {}),
      topic: topicName,
      construct: found.construct,
      coding,
    });
    seenQuestion = true;
  };
  const flushOrphan = () => {
    if (orphan && orphan.blocks.length > 0) reportOrphan(doc, orphan);
    orphan = undefined;
  };
  /**
   * A transcript's words of the interviewer at `index` that open or close the interview (`said`), and the candidate's
   * replies after them: left out with a note, the reading going on after the replies.
   */
  const leaveOutFormality = (index: number, said: string, which: 'opening' | 'closing') => {
    flushOrphan();
    let end = index + 1;
    while (blocks[end]?.type === 'paragraph' && (blocks[end] as Paragraph).data?.speaker?.role === 'answers') end++;
    const reply = end > index + 1 ? ', and the reply to it' : '';
    vfile.info(`Left out "${excerpt(said)}" (${lineSpan(blocks[index]!.position?.start, blocks[end - 1]!.position?.end)}), the interview's ${which} formality${reply}`, {
      place: blocks[index]!.position?.start,
      ruleId: 'interview-formality',
      source: 'qbank',
    });
    resumeAt = end;
  };
  const close = () => {
    // A question's follow-ups in its answer (`(1) …설명하시오.` under a heading, `> 꼬리 질문: …?`) come right after it.
    const numbered = current === undefined ? undefined : followUpsIn(current.found, current.answer);
    // A heading that only sets up its parts (`## Q1. Consider …` over `(a) …`, `(b) …?`) is asked in each of them.
    const parts = numbered && partsOfStem(current!.found, numbered);
    if (parts) {
      vfile.info(`"${excerpt(current!.found.prompt)}" sets up the parts under it: each asks after it, and it is no question of its own`, {
        place: current!.found.position.start,
        ruleId: 'question-stem',
        source: 'qbank',
      });
    } else if (current) emit(current.found, numbered?.answer ?? current.answer, current.topic);
    for (const followUp of parts ?? numbered?.followUps ?? []) emit(followUp.candidate, followUp.answer, current!.topic);
    for (const followUp of followUpsOfCurrent) emit(followUp.candidate, followUp.answer, current?.topic ?? topic());
    followUpsOfCurrent = [];
    current = undefined;
  };
  const open = (found: PromptCandidate) => {
    close();
    flushOrphan();
    sectionAbove = undefined;
    current = { found, answer: [...found.answerLead], topic: topic() };
    // A fold whole in its own block (`<details><summary>What is X?</summary>X is …</details>`) folds the start of its answer.
    const body = foldBody(found, source);
    if (body) current.answer.push(body);
  };
  /** The open question whose answer a heading sits in: one asked by a heading above its level. */
  const answeredUnder = (heading: Heading): OpenQuestion | undefined => {
    const depth = current?.found.depth;
    return depth !== undefined && heading.depth > depth ? current : undefined;
  };
  /** The question a paragraph right under the anchor heading at `index` (`#### #15-1`) asks with a question mark. */
  const followUpUnderAnchor = (index: number): PromptCandidate | undefined => {
    const block = blocks[index]!;
    if (block.type !== 'heading' || hasWords(inlineText(block.children)) || blocks[index + 1]?.type !== 'paragraph') return undefined;
    const { bold, line } = proposals[index + 1]!;
    const found = bold ?? line;
    return found && asksOutright(found) && found.answerLead.length === 0 ? found : undefined;
  };
  /**
   * Whether the heading at `index`, which asks, is the question the anchor heading right above it numbers (`## #4`
   * over `#### 차원의 저주에 대해 설명해주세요`), whatever its depth: the note's other questions may be `###`, and its
   * answers' parts `####`.
   */
  const numberedByAnchor = (index: number, found: PromptCandidate): boolean => {
    const [above, block] = [blocks[index - 1], blocks[index]];
    return found.interrogative && above?.type === 'heading' && block?.type === 'heading' && above.depth < block.depth && !hasWords(inlineText(above.children));
  };
  /**
   * The lists of questions from block `from` on, with the formulas, code or tables between them, when one fold that
   * opens an answer (`<details><summary>💡 Show Answer</summary>`) comes right after them.
   */
  const partsBeforeFold = (from: number): RootContent[] | undefined => {
    let end = from;
    while (end < blocks.length && ((blocks[end]!.type === 'list' && isQuestionList(blocks[end] as List)) || (end > from && isShownBlock(blocks[end])))) end++;
    return end > from && opensAnswerFold(blocks[end]) ? blocks.slice(from, end) : undefined;
  };
  /** Whether block `index` asks: a question of its own, or a list of questions. */
  const asksAt = (index: number): boolean => {
    const block = blocks[index]!;
    return promptAt(index, blocks, proposals, choice) !== undefined || (block.type === 'list' && isQuestionList(block));
  };
  /**
   * Heading depths of which a heading stands right over a question (`## 1. Algorithms` over `**Q1- …?**`): sections
   * of questions. Found when first asked, as most notes never ask (no heading inside a bold question's answer).
   */
  let depthsOverQuestions: Set<number> | undefined;
  const overQuestions = (depth: number): boolean => {
    if (!depthsOverQuestions) {
      depthsOverQuestions = new Set();
      blocks.forEach((block, index) => {
        if (block.type === 'heading' && index + 1 < blocks.length && asksAt(index + 1)) depthsOverQuestions!.add(block.depth);
      });
    }
    return depthsOverQuestions.has(depth);
  };
  /**
   * `##### KNN` and `##### K Means` under `**Q2 How is KNN different from k-means clustering?**`: headings that
   * do not ask, deeper than the section the open question (not a heading) stands in, at a depth that never
   * stands over a question, are its answer's sub-headings: the first when it starts the answer and no question
   * follows it before the next heading, the others when one of their depth is in the answer already.
   */
  const headsPartOfAnswer = (open: OpenQuestion, index: number, heading: Heading): boolean => {
    if (open.found.depth !== undefined || sectionDepth === 0 || heading.depth <= sectionDepth || overQuestions(heading.depth)) return false;
    if (open.answer.some((block) => block.type === 'heading' && block.depth <= heading.depth)) return true;
    // The first starts the answer: after answer text, a heading ends it (a list of links titled in bold goes on under the next).
    return open.answer.length === 0 && !asksInSection(index);
  };
  /** Whether a heading of the depth of the heading at `index`, and of its words (`title`), stands before it. */
  const namedBefore = (index: number, title: string): boolean => {
    const { depth } = blocks[index] as Heading;
    for (let k = index - 1; k >= 0; k--) {
      const block = blocks[k]!;
      if (block.type === 'heading' && block.depth === depth && cleanPrompt(inlineText(block.children)) === title) return true;
    }
    return false;
  };
  /** Whether a question heading of the depth of the heading at `index` comes after it, before a shallower heading. */
  const questionHeadingFollows = (index: number): boolean => {
    const { depth } = blocks[index] as Heading;
    for (let k = index + 1; k < blocks.length; k++) {
      const block = blocks[k]!;
      if (block.type !== 'heading' || block.depth > depth) continue;
      if (block.depth < depth) return false;
      if (isHeadingQuestion(k, blocks, proposals, choice)) return true;
    }
    return false;
  };
  /** Whether something asks in the section of the heading at `index`, before the next heading. */
  const asksInSection = (index: number): boolean => {
    for (let k = index + 1; k < blocks.length && blocks[k]!.type !== 'heading'; k++) if (asksAt(k)) return true;
    return false;
  };
  /** A section heading: the sections below its level end, and its name, if any, is the topic of the questions under it. */
  const enterSection = (depth: number, name: string | undefined) => {
    if (askingHeading !== undefined && depth <= askingHeading) askingHeading = undefined;
    if (round !== undefined && depth <= round.depth) round = undefined;
    sectionDepth = depth;
    topics.length = depth;
    if (name !== undefined) topics[depth] = name;
    lineTopic = undefined;
  };
  /** What a block that would have been a question, but for a name that never asks, is instead. */
  const declined = (index: number): { prompt: string; kind: NeverAsking } | undefined => {
    // Nothing was withheld from this block (nearly every block): it asks as much as its proposals said.
    if (offered[index] === proposals[index]) return undefined;
    const block = blocks[index]!;
    const would = block.type === 'heading' ? (isHeadingQuestion(index, blocks, offered, choice) ? offered[index]!.heading : undefined) : promptAt(index, blocks, offered, choice);
    const kind = would && neverAsks(would.prompt);
    return kind ? { prompt: would.prompt, kind } : undefined;
  };
  /**
   * In copied text, a line right under a question not yet answered, a blank line under it (`Which button flags a
   * review?` over `Report`): its answer, however short, not the title of what follows. A title sits over its section,
   * and a numbered outline's says it titles one (`3. Unsupervised learning`).
   */
  const answersRightAbove = (block: Paragraph, next: RootContent | undefined): boolean =>
    current !== undefined && current.answer.length === 0 && block.data?.blankLinesBefore === 0 && !block.data.outline && ((next?.data as { blankLinesBefore?: number } | undefined)?.blankLinesBefore ?? 0) > 0;
  const stray = (block: RootContent, lostHeading = false, section?: string) => {
    if (isHiddenComment(block)) return;
    orphan ??= { blocks: [], afterQuestion: seenQuestion, lostHeading, ...(section === undefined ? {} : { section }) };
    orphan.blocks.push(block);
  };
  /**
   * Items of a list of questions that are no question, each on its own: its links to other pages are noted together,
   * an outline page's metadata and to-dos each with its note, any other item is orphan text.
   */
  const leaveOutItems = (list: List, items: readonly ListItem[]) => {
    noteLinks(vfile, items.filter(isLinkItem));
    for (const item of items) {
      if (isLinkItem(item)) continue;
      const note = pageNote(item);
      if (note === 'metadata') notePageMetadata(doc, item);
      if (note === 'todo') noteDeclined(doc, item, cleanPrompt(inlineText((item.children[0] as Paragraph).children)), 'todo');
      if (note) continue;
      // One report per line that was not taken, not a range over the questions between them.
      stray({ ...list, children: [item], ...(item.position ? { position: item.position } : {}) } as List);
      flushOrphan();
    }
  };
  /** Whether a line title's answers section ends at the block at `at`: it opens a question, a section or references. */
  const endsKeyLine = (at: number): boolean => {
    const block = blocks[at]!;
    if (block.type === 'list') return isQuestionList(block);
    return promptAt(at, blocks, proposals, choice)?.interrogative === true || isSectionLine(at, blocks, proposals, choice) || referencesLineEnd(at, blocks, proposals, choice) !== undefined;
  };
  /**
   * An answers section under numbered questions that have none (answer-key.ts): each question
   * takes the answer with its number. Returns whether the block at `index` opened one; when it did
   * not, the walk reads the block as it would any other.
   */
  const answerKey = (index: number, block: RootContent): boolean => {
    if (awaiting.length === 0 && !current) return false;
    // Inside the answer of a question asked by a heading above it: part of that answer.
    if (block.type === 'heading' ? answeredUnder(block) : current?.found.depth !== undefined) return false;
    if (!isAnswerKeyTitle(block)) return false;
    const numbers = awaiting.map((question) => ({ number: question.number }));
    if (current) {
      // The question right above has an answer of its own, or will take one from its footnotes: the section is
      // not its answers. Read as `emit` will read it, for the questions it leaves awaiting must be these `numbers`.
      const own = cleanAnswer(current.answer, current.found.prompt);
      if ((own.answer.length > 0 && !own.unconfirmedOptions) || footnotesAnswering(current.found, current.answer).length > 0) return false;
      const number = questionNumber(current.found, source);
      if (number !== undefined) awaitIn(numbers, { number });
    }
    if (numbers.length === 0) return false;
    const key = readAnswerKey(index, blocks, source, endsKeyLine);
    const match = matchAnswerKey(numbers.map((question) => question.number), key.entries);
    if (!match) return false;
    close();
    flushOrphan();
    for (const [k, entry] of match.answers) {
      const { question, found, blocks: own } = awaiting[k]!;
      // The question's own blocks first: the options of a multiple-choice question stand there.
      const kept = ownBlocksKept(own, found.prompt);
      const { choices, answer, coding, tags: entryTags, hints } = answered(found, [...kept, ...entry.blocks], entry.blocks[0], own);
      const { choices: _before, hints: _hinted, ...asked } = questions[question]!;
      // Its own tags (`#dl` after it, a `[중요]` rating) stay; the entry's add to them.
      const tags = [...new Set([...(asked.tags ?? []), ...entryTags])];
      questions[question] = { ...asked, answer, ...(choices.length > 0 ? { choices } : {}), ...(tags.length > 0 ? { tags } : {}), ...(hints.length > 0 ? { hints } : {}), coding };
    }
    reportAnswerKey(vfile, key, match, awaiting.map(({ number, found, ownAnswer }) => ({ number, prompt: found.prompt, place: found.position.start, ownAnswer })));
    if (key.lead.length > 0) reportOrphan(doc, { blocks: key.lead, afterQuestion: true, lostHeading: false, section: key.name });
    awaiting.length = 0;
    // It names no topic: questions after it keep the one above, as after a references section.
    if (block.type === 'heading') enterSection(block.depth, undefined);
    lineTopic = undefined;
    sectionAbove = undefined;
    resumeAt = key.end;
    return true;
  };

  blocks.forEach((block, index) => {
    if (index < resumeAt || answeredBy.has(block)) return;
    // A glossary's title names its terms' topic: what comes after them, however it asks, is under no title of its own.
    if (glossaryTopic !== undefined && !isGlossaryBlock(block)) {
      if (lineTopic === glossaryTopic) lineTopic = undefined;
      glossaryTopic = undefined;
    }
    if (uncited.has(block)) {
      noteUncitedFootnote(vfile, block);
      return;
    }
    if (block === pageHead?.properties) {
      notePageMetadata(doc, block);
      return;
    }
    const proposal = proposals[index]!;
    if (answerKey(index, block)) return;
    // `**[⬆ back to top](#contents)**` under each answer of a README: the page's navigation, in no answer.
    const navigation = block.type === 'paragraph' && isShort(block) ? inlineText(block.children).trim() : undefined;
    if (navigation !== undefined && BACK_TO_TOP.test(navigation)) {
      vfile.info(`Left out a link back to the top of the page ("${navigation}")`, { place: block.position?.start, ruleId: 'site-chrome', source: 'qbank' });
      return;
    }
    if (block.type === 'heading' && seenQuestion && opensClosingPromo(index, blocks)) {
      close();
      flushOrphan();
      const place = block.position?.start;
      vfile.info(`Left out the page's closing promotion after the questions (${lineSpan(place, blocks.at(-1)!.position?.end)}): "${cleanPrompt(inlineText(block.children))}"`, { place, ruleId: 'site-chrome', source: 'qbank' });
      resumeAt = blocks.length;
      return;
    }
    if (block.type === 'heading') {
      const found = proposal.heading;
      if (isReferencesHeading(block) && (!answeredUnder(block) || endsPost(index, blocks, proposals, choice))) {
        close();
        flushOrphan();
        enterSection(block.depth, undefined); // it names no topic: questions after it keep the one above
        resumeAt = referencesHeadingEnd(index, blocks, proposals, choice);
        noteReferences(vfile, block, blocks.slice(index + 1, resumeAt));
        return;
      }
      // `### 一面`: a round of an interview, whose lines are what was asked there; unless its questions are set in
      // bold over their answers (`### Round 1: coding` over `**Follow-up: what if the array is sorted?**`), read as anywhere.
      const title = cleanPrompt(inlineText(block.children));
      if (!current?.found.labelled && namesInterviewRound(title)) {
        close();
        flushOrphan();
        enterSection(block.depth, sectionName(title));
        if (!marksItsQuestions(index, blocks, proposals, choice)) round = { depth: block.depth, lists: true };
        return;
      }
      // Everything in an `## Answer` section answers its labelled question, sub-headings that ask too; but for
      // a section of questions of their own (`## Follow-up questions` over a list of them), which ends it, unless
      // it is one of the answer's parts (`# 必答点` over the points it must make, labelled-sections.ts).
      if (current?.found.labelled && answeredUnder(block)) {
        const next = blocks[index + 1];
        if (block.data?.answerPart || !(next?.type === 'list' && isQuestionList(next))) {
          current.answer.push(block);
          return;
        }
        close();
      }
      // `## 问题1: …` over `#### 1. Definition and Causes`, `#### 为什么会发生？`: where the author labels the question, a
      // deeper heading without a label of its own is part of its answer.
      const labelledAbove = answeredUnder(block);
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
      if (current?.found.depth === block.depth && labelsQuestion(writtenText(current.found, source)) && !(found && (labelsQuestion(promptSource(found, source)) || asksOutright(found) || unanswered))) {
        if (hasWords(title) && !neverAsks(title)) {
          current.answer.push(block);
          return;
        }
      }
      // `## 1. Why is RAG useful?` over `### 1. Overcoming Hallucination`, `### 2. …`: under a heading that asks outright
      // (not a note's title), a deeper heading that does not is a part of the answer read, not a title-like question:
      // of that question, or of a follow-up under it (`### Why are activation functions used?` before `### Types of
      // activation functions`). An anchor (`#### #14-1`) numbers the follow-up under it instead.
      if (current && askingHeading !== undefined && block.depth > askingHeading && !asksAsFollowUp(found) && hasWords(inlineText(block.children))) {
        current.answer.push(block);
        return;
      }
      // `### Q: Activation functions.` over the numbered parts of what it asks (`1. Draw the graphs…`, `2. Pros and
      // cons…`, a formula between them) and one fold that answers them all: one question, its parts shown with it, the
      // fold its answer.
      const parts = found && labelsQuestion(promptSource(found, source)) ? partsBeforeFold(index + 1) : undefined;
      if (found && parts) {
        topics.length = Math.min(topics.length, block.depth);
        open(showing(found, parts));
        resumeAt = index + 1 + parts.length;
        return;
      }
      // `**Question:** …` over `**Answer:**` alone, then `### 1. Question Explanation`, `### 2. …`: the answer its label
      // opens goes on under headings deeper than the question's section, up to one that asks outright.
      if (current && current.found.depth === undefined && block.depth > sectionDepth && current.answer[0] !== undefined && isAnswerHeadLabel(current.answer[0]) && !(found && asksOutright(found))) {
        current.answer.push(block);
        return;
      }
      const listed = askedInContents.get(block);
      if (listed) {
        // `### #1` under `## Answers`: the question its table of contents entry asks.
        open(listed.found);
        current!.topic = listed.topic;
        return;
      }
      // `### What is overfitting?` over its answer, then `### Example` at its depth: the author set a part of that answer
      // (an example, a note, its solution) at the question's level. It names no concept to explain, and asks nothing.
      // After the last question, only one that is surely the answer's (`Example`, `풀이`), or that a question before it
      // had too (`### Tips` under each): a closing `## Tips` or `## Notes` may be the whole page's, and is read as a
      // section, its text noted. Told by its words: `Notes` is no prompt at all (never-asks.ts).
      // `### Code` over a code block is the answer's code (a `## Code` over prose may be code review, a concept).
      const code = CODE_PART.test(title) && sectionHoldsCode(index, blocks);
      if (current?.found.depth === block.depth && current.answer.length > 0 && (code || (namesAnswerPart(title) && (namesOwnAnswerPart(title) || questionHeadingFollows(index) || namedBefore(index, title))))) {
        current.answer.push(block);
        return;
      }
      if (found && (isHeadingQuestion(index, blocks, proposals, choice) || numberedByAnchor(index, found))) {
        // A question heading is under no section heading of its own depth (`### Q: Activation functions.` over a list
        // of questions names their topic, not that of the question headings after it), nor a deeper one
        // (`#### You can also find all 100 answers here 👉` over `## 1. …`).
        topics.length = Math.min(topics.length, block.depth);
        if (askingHeading === undefined || block.depth <= askingHeading) askingHeading = found.interrogative && block.depth > 1 ? block.depth : undefined;
        open(found);
        return;
      }
      const notAsked = declined(index);
      if (notAsked) noteDeclined(doc, block, notAsked.prompt, notAsked.kind);
      const above = answeredUnder(block);
      const followUp = above && followUpUnderAnchor(index);
      if (followUp) {
        // `#### #15-1` over `**Validation set이 따로 있는 이유는?**`: the follow-up the anchor numbers, answered up to
        // the next heading as deep or shallower.
        const topicAbove = above.topic;
        open({ ...followUp, depth: block.depth });
        current!.topic = topicAbove;
        resumeAt = index + 2;
        return;
      }
      if (above) {
        above.answer.push(block); // a sub-heading inside an answer
        return;
      }
      // `### Solution` under `Implement k-means …` and its input, output, example and constraints: those state the task,
      // shown with it, and the section answers it (the first such: `### Code` after `### Approach` goes on with the
      // answer, past a heading no statement's part); another heading after answer text would end the answer (below).
      if (current && current.found.depth === undefined && block.depth > sectionDepth && solvesTask(current.found, current.answer, block) && !asksInSection(index)) {
        current.found = showing(current.found, current.answer.splice(0));
        current.answer.push(block);
        return;
      }
      if (current && headsPartOfAnswer(current, index, block)) {
        current.answer.push(block);
        return;
      }
      close();
      flushOrphan();
      if (index === titleIndex) return;
      // A heading with nothing under it that is no question (`#### Bayes` where only some headings of its level ask): said so.
      if (!notAsked && hasWords(title) && isEmptySection(index, blocks)) reportEmptySection(doc, block, found?.prompt ?? title, choice.headingDepths.has(block.depth) && betweenAskingHeadings(index, blocks, proposals));
      sectionAbove = sectionName(found?.prompt ?? cleanPrompt(inlineText(block.children)));
      enterSection(block.depth, sectionAbove);
      // A log's own opening and closing sections (`## 들어가며`, `## Wrap-up`) tell of the interviews: no round's lines.
      if (interviewLog && block.depth > 1 && !hasSubheading(index, blocks) && !neverAsks(sectionAbove ?? '') && !marksItsQuestions(index, blocks, proposals, choice)) {
        round = { depth: block.depth, lists: false };
      }
      return;
    }
    // Lines of links that end the note (`Related: [[A]], [[B]]`, as Obsidian and Notion notes end) point at other
    // pages: not a part of the last answer.
    if (current && current.answer.length > 0 && isLinksLine(block) && blocks.slice(index + 1).every((after) => isLinksLine(after) || after.type === 'thematicBreak')) {
      close();
      noteLinksLine(vfile, block);
      return;
    }
    // A references line ends the answer above it, a heading question's too, when only its entries follow to where that answer ends.
    const referencesEnd = referencesLineEnd(index, blocks, proposals, choice);
    if (block.type === 'paragraph' && referencesEnd !== undefined) {
      close();
      flushOrphan();
      lineTopic = undefined; // it names no topic, and ends the section line above, as `12.4` on a line of its own does
      resumeAt = referencesEnd;
      noteReferences(vfile, block, blocks.slice(index + 1, resumeAt));
      return;
    }
    // `마치며`, `Final Thoughts` alone on a line after the last question (a heading the copy lost): the post's closing
    // section, its text noted as a section's, not the last answer's end; under an answer's label or in a round of an
    // interview, whose lines are what was asked, the answer or the round goes on.
    const closing =
      block.type === 'paragraph' && (current !== undefined || seenQuestion) && !current?.found.labelled && round === undefined && !block.data?.inCardBack
        ? closingSectionLine(index, blocks, proposals, choice, current?.answer ?? [])
        : undefined;
    if (closing !== undefined) {
      close();
      flushOrphan();
      // Proposed as a question (`**마무리**` among bold ones), it is said to be none, as any such title is.
      const notAsked = declined(index);
      if (notAsked) noteDeclined(doc, block, notAsked.prompt, notAsked.kind);
      sectionAbove = closing;
      return;
    }
    const depth = current?.found.depth;
    const titled = current && depth !== undefined ? titledConstruct(current, proposal, choice, block) : undefined;
    if (titled && current && depth !== undefined) {
      // `## What is overfitting?` right over `Q: What is overfitting in machine learning?` and its `A:`: the pair asks
      // and answers; the heading over it is its title, the section's name, as `## 2. 교차 검증` over the next pair is.
      // So is `## 1. Deep learning` right over a table of questions.
      const title = current.found;
      current = undefined;
      enterSection(depth, sectionName(title.prompt));
      const what = titled === 'pair' ? 'the Q/A pair under it, which asks the question itself' : 'the table of questions under it, whose rows ask';
      vfile.info(`Read the heading "${excerpt(title.prompt)}" as the title of ${what}`, {
        place: title.position.start,
        ruleId: 'heading-over-pair',
        source: 'qbank',
      });
    }
    // A card its author marked (`Dropout #card`, a note block's front, `front::back`) asks under any heading: the
    // heading question's answer ends before it.
    const card = block.type === 'paragraph' && (block.data?.card || block.data?.cardFront);
    // A note block's back is its card's answer, whatever it holds, up to the block's end, when its front asked
    // (parse/anki-block-cards.ts); so is what follows a heading that asks, but for a card.
    if (current && (block.data?.inCardBack === current.found.position.start.line || (current.found.depth !== undefined && !card))) {
      current.answer.push(block);
      if (block.data?.cardBack) close();
      return;
    }
    // In a log of interviews (so titled, or naming two rounds or more), a line naming a round (`一面（1h）`) opens one
    // where no heading does: its lines follow up to the next heading; unless its questions are set apart from their
    // answers (bold or labelled), read as anywhere. One such line alone (`笔试` over a list) may name a topic.
    if (
      round === undefined &&
      !current?.found.labelled &&
      opensInterviewRound(block) &&
      (roundsNamedOnLines ??= interviewLog || blocks.filter(opensInterviewRound).length >= 2) &&
      !marksItsQuestions(index, blocks, proposals, choice)
    ) {
      round = { depth: 6, lists: true };
    }
    const logged = round !== undefined && (round.lists || block.type !== 'list') ? askedInRound(block) : undefined;
    if (logged) {
      if (logged.label !== undefined) {
        close();
        flushOrphan();
        lineTopic = logged.label;
        if (logged.questions.length === 0 && logged.formalities.length === 0 && logged.verdicts.length === 0 && logged.links.length === 0 && logged.lead.length === 0) return;
      }
      if (current) current.answer.push(...logged.lead);
      else for (const remark of logged.lead) stray(remark, false, sectionAbove);
      close();
      flushOrphan();
      for (const { text, place } of logged.formalities) {
        vfile.info(`Left out "${text}", a formality of the interview's round rather than a question to study`, { place, ruleId: 'interview-formality', source: 'qbank' });
      }
      for (const { text, place } of logged.verdicts) {
        vfile.info(`Left out "${excerpt(text)}", the author's verdict on the interview rather than a question or an answer`, { place, ruleId: 'interview-formality', source: 'qbank' });
      }
      noteLinks(vfile, logged.links);
      const last = logged.questions.at(-1);
      for (const question of logged.questions) if (question !== last) emit(question.candidate, question.answer, question.topic ?? topic());
      // What follows the last of them up to the next line of the log (a quote, code) is its answer.
      if (last) current = { found: last.candidate, answer: last.answer, topic: last.topic ?? topic() };
      return;
    }
    if (block.type === 'thematicBreak' || isBreakHtml(block)) {
      if (current && (answerGoesOnAfterBreak(index, blocks, proposals, choice) || underlinesSubtitle(current.answer))) return;
      close();
      return;
    }
    // Under an open question, a `<details>` is part of its answer, follow-up questions and all.
    const folded = current ? undefined : detailsSectionTitle(block, blocks[index + 1]);
    if (folded !== undefined || (inDetailsSection && closesDetailsAlone(block))) {
      // A `<details>` folding a list of questions is their section; its closing tag ends it.
      close();
      flushOrphan();
      lineTopic = folded;
      inDetailsSection = folded !== undefined;
      return;
    }
    // A quote that asks at the head of a page (Notion's one-question pages): the page's question.
    const page = !current && !seenQuestion ? pageQuestion(blocks, index, titleIndex) : undefined;
    if (page) {
      flushOrphan();
      open(page.question);
      followUpsOfCurrent = page.followUps;
      return;
    }
    // Inside the `<details>` that hides the open question's answer, up to its `</details>`, nothing is asked
    // anew (`<summary>ANS</summary>` over `List, Dictionary, Set, String, Tuple`, which reads as a task).
    const asked = promptAt(index, blocks, proposals, choice);
    // A definition list's term that names (`Precision`) right where a question the note asks otherwise is open (`What are
    // the main metrics?` over it), before any term asked: a glossary in that question's answer, not questions.
    const termInAnswer = block.type === 'paragraph' && block.data?.definitionTerm && !block.data.card && !termsAsk;
    const prompt = asked && current && (termInAnswer || insideClosedDetails(current.found, current.answer, source, blocks, index) || answersHow(current, asked)) ? undefined : asked;
    const introduction = !current && block.type === 'paragraph' && block.data?.speaker?.role === 'asks' ? cleanPrompt(inlineText(withoutSpeakerLabel(block).children)) : undefined;
    if (introduction !== undefined && opensInterview(introduction)) {
      // `면접관: 간단히 자기소개 부탁드립니다.` before any question, and the introduction after it: the interview's opening.
      leaveOutFormality(index, introduction, 'opening');
      return;
    }
    if (prompt && block.type === 'paragraph' && block.data?.speaker && closesInterview(prompt.prompt)) {
      // `면접관: 마지막으로 질문 있으신가요?` and the candidate's own questions after it: the interview's close, left out.
      close();
      leaveOutFormality(index, prompt.prompt, 'closing');
      return;
    }
    if (prompt) {
      open(prompt);
      if (block.type === 'paragraph' && block.data?.definitionTerm) termsAsk = true;
      // A question callout holds its whole answer: what follows it is not part of it. Nor does a card whose
      // paragraph holds its back and ends its note block (parse/anki-block-cards.ts marks it `cardBack`) answer past it.
      if ((prompt.construct === 'callout' && prompt.answerLead.length > 0) || block.data?.cardBack) close();
      return;
    }
    const questionTable = questionTableOf(block);
    if (questionTable) {
      close();
      flushOrphan();
      const table = questionsInTable(questionTable);
      for (const question of table.questions) emit(question.candidate, question.answer, question.topic ?? topic(), question.tags);
      reportTableLeftOut(doc, questionTable, table);
      return;
    }
    const notAsked = declined(index);
    if (notAsked) {
      // Not the answer above either: a post's closing section, or a note the author left to themself.
      close();
      flushOrphan();
      const note = notAsked.kind === 'todo' && blocks[index + 1]?.type === 'list' ? [block, blocks[index + 1]!] : [block];
      noteDeclined(doc, note, notAsked.prompt, notAsked.kind);
      if (notAsked.kind === 'post-section') sectionAbove = notAsked.prompt;
      resumeAt = index + note.length;
      return;
    }
    // A question list ends the answer of a bullet question opened for the quote under it, of a fold closed in its own
    // block (`<details><summary>What is X?</summary></details>`), and any answer when each of its items is labelled
    // a question (`- Q: …` after a `Q:` line's answer): no answer lists questions so.
    if (
      block.type === 'list' &&
      (!current || current.found.construct === 'list-item' || foldWhole(current.found, source) || labelsEachItem(block)) &&
      isQuestionList(block)
    ) {
      close();
      flushOrphan();
      // Text after these questions is between questions, not the section's own.
      sectionAbove = undefined;
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
        emit(question.candidate, question === goesOnWith ? [...question.answer, blocks[index + 1]!] : question.answer, question.topic ?? topic());
      }
      if (goesOnWith) resumeAt = index + 2;
      leaveOutItems(block, listed.stray);
      for (const { title, content } of listed.references) noteReferences(vfile, title, content);
      // Its answer is the quote or paragraph below, and what follows it up to the next question, as any open question's.
      if (quoted) current = { found: quoted.candidate, answer: [], topic: quoted.topic ?? topic() };
      // So is what follows what it shows (`It prints 8.` under the code it asks about).
      if (shows && last) {
        current = { found: showing(last.candidate, blocks.slice(index + 1, shownEnd)), answer: [], topic: last.topic ?? topic() };
        resumeAt = shownEnd;
      }
      return;
    }
    if (block.type === 'list' && isTableOfContents(block)) {
      // The heading right over it (`## Questions`, `## Contents`) titles the list, not the questions after it.
      const title = blocks[index - 1];
      if (title?.type === 'heading' && !current) {
        enterSection(title.depth, undefined);
        sectionAbove = undefined;
      }
      const contents = questionsOfContents(block, blocks, index);
      if (contents.answeredUnder.size === 0) {
        vfile.info('Left out a table of contents (its entries link to questions on the page)', { place: block.position, ruleId: 'table-of-contents', source: 'qbank' });
        return;
      }
      close();
      flushOrphan();
      // Their topic is the one where they are listed, not the `## Answers` over the headings that answer them.
      for (const [heading, found] of contents.answeredUnder) askedInContents.set(heading, { found, topic: topic() });
      for (const found of contents.unanswered) emit(found, [], topic());
      const count = contents.answeredUnder.size + contents.unanswered.length;
      vfile.info(`Read the table of contents' ${count} ${count === 1 ? 'entry' : 'entries'} that ask as questions, each answered under the heading it links to`, {
        place: block.position,
        ruleId: 'table-of-contents',
        source: 'qbank',
      });
      return;
    }
    if (block.type === 'list' && !current && namesHeadingsBelow(block, blocks, index)) {
      flushOrphan();
      vfile.info('Left out a table of contents (its entries name the sections below)', { place: block.position, ruleId: 'table-of-contents', source: 'qbank' });
      return;
    }
    // In a note titled as a collection of questions, a numbered list of topics (`2. Padding and Stride`) under no question lists questions.
    const topicList = !current && collectsQuestions && block.type === 'list' && !holdsNoQuestions(sectionAbove) ? topicsToExplain(block) : undefined;
    if (topicList) {
      flushOrphan();
      for (const question of topicList) emit(question.candidate, question.answer, topic());
      return;
    }
    if (block.type === 'paragraph' && !answersRightAbove(block, blocks[index + 1]) && isSectionLine(index, blocks, proposals, choice)) {
      const title = cleanPrompt(inlineText(block.children));
      // A number alone names no section, and the topic goes on: a page's number, where a copy of a printed page broke.
      if (isPageNumber(title)) {
        vfile.info(`Left out "${title}", a number alone on its line between questions (a page's number, where a copied page broke)`, { place: block.position, ruleId: 'page-number', source: 'qbank' });
        return;
      }
      close();
      flushOrphan();
      // `1. Basics` right over `2. Supervised learning` (or ending the note): an outline's section with nothing in it.
      if (titlesEmptyOutlineSection(index, blocks)) {
        reportEmptySection(doc, block, title, false);
        return;
      }
      lineTopic = sectionName(title);
      glossaryTopic = block.data?.glossaryTitle ? lineTopic : undefined;
      // The lines citing a titled list's source stand between the title and its questions: links, noted so.
      const list = titledQuestionList(index, blocks, proposals);
      if (list !== undefined) {
        for (const cited of blocks.slice(index + 1, list)) noteLinksLine(vfile, cited);
        resumeAt = list;
      }
      return;
    }
    // A callout of notes or tips after a question callout is the author's aside, not that question's answer.
    if (current?.found.construct === 'callout' && isAsideCallout(block)) close();
    if (current && isLostHeadingGap(block, blocks[index - 1]) && current.answer.length > 0) {
      close();
      stray(block, true);
      return;
    }
    // The interviewer's closing words after the last answer of a transcript (`🧑‍💼: 네, 수고하셨습니다.`), and the reply to
    // them: the interview's end, no part of the answer. Words of theirs with a question after them stay its answer's.
    const interviewEnd = current ? transcriptClose(index, blocks) : undefined;
    if (interviewEnd !== undefined) {
      close();
      flushOrphan();
      const said = cleanPrompt(inlineText(withoutSpeakerLabel(block as Paragraph).children));
      const reply = interviewEnd > index + 1 ? ', and the reply to it' : '';
      vfile.info(`Left out "${excerpt(said)}" (${lineSpan(block.position?.start, blocks[interviewEnd - 1]!.position?.end)}), the interview's closing formality${reply}`, {
        place: block.position?.start,
        ruleId: 'interview-formality',
        source: 'qbank',
      });
      resumeAt = interviewEnd;
      return;
    }
    if (current) {
      current.answer.push(block);
      // The answer ends where the question's own `<details>` closes, not where one inside it does; a one-line card's
      // back is its whole answer (parse/inline-cards.ts), and a note block's card ends with its block (parse/anki-block-cards.ts).
      if (current.found.construct === 'details' && block.type === 'html' && DETAILS_CLOSE.test(block.value) && !unclosedDetails(current.found, current.answer, source, true)) close();
      else if (block.data?.cardBack) close();
      return;
    }
    if (seenQuestion && isLinksLine(block)) {
      flushOrphan();
      noteLinksLine(vfile, block);
      return;
    }
    // A list of other question lists after the questions, as a README ends: left out whole, as a `Related:` line is.
    if (seenQuestion && block.type === 'list' && isLinkList(block)) {
      flushOrphan();
      noteLinks(vfile, block.children.filter(isLinkItem), block);
      return;
    }
    // `**为什么 NLP 用 LayerNorm？** 序列变长…` in a section's text, where `**Q：…**` lines carry the questions: a
    // bold question answered on its line is a point of an answer under a question, but here no question is open.
    const boldLead = proposal.bold;
    if (boldLead?.boldLead && asksOutright(boldLead)) {
      open(boldLead);
      return;
    }
    stray(block, false, sectionAbove);
  });
  close();
  flushOrphan();
  readCommentAnswers(doc, questions);
  if (questions.length === 0) reportNoQuestions(doc, blocks);
  for (const { question, place } of unclosed) {
    const next = questions[question + 1];
    const end = next ? `ends before line ${next.line}, where the next question starts` : 'runs to the end of the file';
    vfile.message(`\`<details>\` is never closed: the answer of "${questions[question]!.prompt}" ${end}`, { place, ruleId: 'unclosed-details', source: 'qbank' });
  }
  const titleBlock = blocks[titleIndex];
  const title = titleBlock?.type === 'heading' ? cleanPrompt(inlineText(titleBlock.children)) : undefined;
  // Once an answers section has given every question its options: a stem that leads into them keeps its colon (`… is equivalent to:`).
  const worded = questions.map((question) => {
    const prompt = question.choices ? question.prompt : withoutTrailingColon(question.prompt);
    return prompt === question.prompt ? question : { ...question, prompt };
  });
  return { questions: withCitedDefinitions(worded, blocks, source), ...(title ? { title } : {}) };
}

/** Whether `block` is a heading that says `title` (case and spacing aside). */
function repeatsTitle(block: RootContent | undefined, title: string): boolean {
  const said = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return block?.type === 'heading' && said(cleanPrompt(inlineText(block.children))) === said(title);
}

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

/** A numbered question with no answer yet, and what its own blocks hold (a multiple-choice question's options). */
interface Awaiting {
  question: number;
  found: PromptCandidate;
  blocks: RootContent[];
  number: number;
  /** Its blocks make an answer of their own (lettered lines not yet known to be options), kept when no entry answers it. */
  ownAnswer: boolean;
}

/** Adds a question to the run of numbered questions awaiting answers; a number that does not count on starts a new run. */
function awaitIn<T extends { number: number }>(run: T[], question: T): void {
  if (run.length > 0 && question.number <= run.at(-1)!.number) run.length = 0;
  run.push(question);
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

/** "## #12-4", "### 12.4", "#### No.1", a PDF's `-- 1 of 3 --`: a number, an anchor or a page marker names no section, so the section above stays the topic. */
function sectionName(written: string): string | undefined {
  const title = withoutTitleTags(written);
  if (!hasWords(title) || onlyNumbers(title) || PAGE_MARKER.test(title) || namesOnlyQuestionCollection(title)) return undefined;
  // `**1)** **Topic:** Fundamentals, **Level:** Advanced`: a line of the question's metadata names its topic in a field.
  const field = TOPIC_FIELD.exec(title);
  // A heading cut at its comma (`## Precision and recall,` over its question, block-roles.ts) names it without the comma.
  return field ? field[1]!.trim() : withoutTrailingColon(title).replace(/\s*[,，]$/, '');
}

/** A heading that titles an answer's code (extract's walk: over a code block). */
const CODE_PART = /^(?:code|코드)$/i;

/** `-- 1 of 3 --`: where a page of a PDF ended, as text extracted from one marks it. It names nothing. */
const PAGE_MARKER = /^-+\s*\d+\s+of\s+\d+\s*-+$/i;

const TOPIC_FIELD = /^(?:topic|category|subject|主题|分类|주제|분류)\s*[:：]\s*([^,;|，；]+?)\s*(?:[,;|，；]|$)/i;

/** The prompt's own stretch of the source text ('' when the tree has no offsets). */
function promptSource(found: PromptCandidate, source: string): string {
  const { start, end } = found.position;
  return start.offset === undefined || end.offset === undefined ? '' : source.slice(start.offset, end.offset);
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

/** Whether each item of a list opens with a question's label (`- Q: …`, `- [Q] …`, `- 질문: …`). */
function labelsEachItem(list: List): boolean {
  return list.children.every((item) => {
    const [first] = item.children;
    return first?.type === 'paragraph' && QA_LINE.test(inlineText(first.children));
  });
}

/** The verbs an interview sets a task with (`Explain the bias-variance tradeoff.`): a question of its own, wherever it stands. */
const ASKING_TASK = /^(?:explain|describe|define|compare|contrast|discuss|derive|prove|show|implement|write|design|code|list|name|give|state|outline|summari[sz]e|illustrate|justify|evaluate|tell|walk|talk|suppose|imagine|given)\b/i;

/** A question that asks how to do something (`How do you…?`, `How would you…?`, `어떻게 …?`): its answer may tell what to do. */
const ASKS_HOW = /^(?:how\s+(?:do|does|would|should|can|could|will|to)\b|.*어떻게)/i;

/**
 * A question as written, for a note converted to Markdown line for line (`Document.fileLines`): as its Markdown gives
 * it where the conversion left its lines as they were, else its lines as the file writes them (`** TODO What is X?  :ml:`).
 */
function asTheFileWrites(found: PromptCandidate, written: string, fileLines: readonly string[], markdownLines: readonly string[]): string {
  const first = (found.leads?.[0] ?? found).position.start.line;
  const last = found.position.end.line;
  for (let line = first; line <= last; line++) {
    if (markdownLines[line - 1] !== fileLines[line - 1]) return fileLines.slice(first - 1, last).map((text) => text.trimEnd()).join('\n').trim();
  }
  return written.trim();
}

/** The prompt as it stands in the source (for a `<details>` block, its summary). */
function writtenText(found: PromptCandidate, source: string): string {
  const stretch = promptSource(found, source);
  // Inside a quoted field every quote is written doubled, and stands for one.
  const written = found.quotesDoubled ? stretch.replaceAll('""', '"') : stretch;
  // An Obsidian comment in the prompt's line is the author's private text, never part of the wording.
  const beforeComment = found.position.end.offset !== undefined && source.startsWith('%%', found.position.end.offset);
  const text = written.includes('%%') || beforeComment ? withoutComments(written).trim() : written;
  if (text === '') return found.prompt;
  return found.construct === 'details' ? (summaryText(text) ?? found.prompt) : text;
}

/** A closing `</details>`, spaces before its `>` allowed as HTML allows them. */
const DETAILS_CLOSE = /<\/details\s*>/i;
const DETAILS_CLOSES = new RegExp(DETAILS_CLOSE.source, 'gi');
const DETAILS_OPEN = /<details\b/i;
const DETAILS_OPENS = new RegExp(DETAILS_OPEN.source, 'gi');
/** Each `<details>` and `</details>`, in order: 1 the closing tag's `/`. */
const DETAILS_TAGS = /<(\/)?details\b[^>]*>/gi;

/**
 * Whether block `index` stands inside a `<details>` of the open question's answer that is closed further on: a
 * `</details>` after it that no `<details>` after it opened. A fold nested in the answer's (an accordion in an
 * accordion) is so part of the answer, closing tag and all, and the answer's own `</details>` ends it; a `<details>`
 * never closed ends at the next question, as the warning `unclosed-details` says.
 */
function insideClosedDetails(found: PromptCandidate, answer: readonly RootContent[], source: string, blocks: readonly RootContent[], index: number): boolean {
  // Most answers hold no HTML: nothing to count.
  if ((found.construct !== 'details' && !answer.some((block) => block.type === 'html')) || unclosedDetails(found, answer, source, true) === undefined) return false;
  let depth = 0;
  for (let k = index; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'html') continue;
    for (const tag of block.value.matchAll(DETAILS_TAGS)) {
      depth += tag[1] ? -1 : 1;
      if (depth < 0) return true;
    }
  }
  return false;
}

/** Whether the question is a fold whole in its own block, one `<details>` closed there. */
function foldWhole(found: PromptCandidate, source: string): boolean {
  if (found.construct !== 'details') return false;
  const written = promptSource(found, source);
  return (written.match(DETAILS_OPENS)?.length ?? 0) === 1 && (written.match(DETAILS_CLOSES)?.length ?? 0) === 1;
}

/** A block of a few words at most as written (a link's address counted): most are longer, and their text is not read. */
function isShort(block: RootContent): boolean {
  const { start, end } = block.position ?? {};
  return start?.offset !== undefined && end?.offset !== undefined && end.offset - start.offset <= 120;
}

/** A line break at the head of a fold's text, and at its end (within its last characters). */
const LEADING_BREAK = /^<br\s*\/?>/i;
const TRAILING_BREAK = /<br\s*\/?>$/i;

/** A fold's text without the white space and line breaks at either end (a pattern anchored at the end would try from every space). */
function withoutEndBreaks(text: string): string {
  let body = text.trimStart();
  for (let head = LEADING_BREAK.exec(body); head; head = LEADING_BREAK.exec(body)) body = body.slice(head[0].length).trimStart();
  body = body.trimEnd();
  for (let tail = TRAILING_BREAK.exec(body.slice(-12)); tail; tail = TRAILING_BREAK.exec(body.slice(-12))) body = body.slice(0, body.length - tail[0].length).trimEnd();
  return body;
}

/**
 * What a fold whole in its own block holds after its summary (`<details><summary>What is X?</summary>The
 * answer.</details>`), as raw HTML in the fold's place: undefined when it holds nothing, or when the block holds
 * more than one fold (each fold's `</details>` cannot be told from the block's text alone; folds on lines of
 * their own are blocks of their own, parse/html-blocks.ts).
 */
function foldBody(found: PromptCandidate, source: string): Html | undefined {
  if (!foldWhole(found, source)) return undefined;
  const written = promptSource(found, source);
  const after = /<\/summary\s*>/i.exec(written);
  const close = written.search(/<\/details\s*>\s*$/i);
  if (!after || close < 0) return undefined;
  // The line breaks READMEs space the answer from its summary with (`</summary><br>`), or end it with, are no part of it, as on lines of their own (parse/html-blocks.ts).
  const value = withoutEndBreaks(written.slice(after.index + after[0].length, close));
  return value === '' ? undefined : { type: 'html', value, position: found.position };
}

/**
 * Where a `<details>` of this question opens without a matching `</details>`, if one does. `shown`: a question whose
 * source writes no `<details>` for the fold it stands for (an MDX accordion, a Hugo `details` shortcode) counted as
 * opening it, as the tree shows it, so that a fold nested in its answer does not close it; its source is no fold
 * left unclosed, so the warning counts as written.
 */
function unclosedDetails(found: PromptCandidate, answer: readonly RootContent[], source: string, shown = false): Point | undefined {
  let balance = 0;
  let firstOpen: Point | undefined;
  const count = (html: string, at: Point | undefined) => {
    const opens = html.match(DETAILS_OPENS)?.length ?? 0;
    if (opens > 0 && balance <= 0) firstOpen = at;
    balance += opens - (html.match(DETAILS_CLOSES)?.length ?? 0);
  };
  if (found.construct === 'details') {
    const written = promptSource(found, source);
    count(shown && !DETAILS_OPEN.test(written) ? '<details>' : written, found.position.start);
  }
  eachNode(answer, 'html', (node) => count(node.value, node.position?.start));
  return balance > 0 ? firstOpen : undefined;
}

/** Whether `place` lies within `block`, from its start to its end. */
function holds(block: RootContent, place: Point): boolean {
  const { start, end } = block.position ?? {};
  if (!start || !end) return false;
  const notBefore = (a: Point, b: Point) => a.line > b.line || (a.line === b.line && a.column >= b.column);
  return notBefore(place, start) && notBefore(end, place);
}
