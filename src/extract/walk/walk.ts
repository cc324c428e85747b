/**
 * The walk through a note's blocks: its state, and the steps every reading takes.
 */
import type { FootnoteDefinition, Heading, List, ListItem, Paragraph, RootContent } from 'mdast';
import type { Point } from 'unist';
import type { LineTags } from '../../parse/document.js';
import { tagsOfSectionsAt } from '../../parse/section-tags.js';
import type { ExtractedQuestion } from '../extracted-question.js';
import { cleanAnswer } from '../answer-blocks.js';
import { cleanPrompt, inlineText, withoutSectionNumber, withoutTrailingColon } from '../../wording/prompt-text.js';
import type { FoundQuestion, PromptCandidate } from '../recognizers/recognizer.js';
import { ledWording } from '../leads.js';
import { withoutRatingLabels } from '../../wording/rating-labels.js';
import { isQuestionList, pageNote } from '../recognizers/question-list.js';
import { isLinkItem, noteLinks } from '../references.js';
import { pointedNotesOf } from '../../parse/note-embeds.js';
import { neverAsks, type NeverAsking } from '../never-asks.js';
import { CODING_PROMPT, CONCEPT_PROMPT, isHeadingQuestion, promptAt } from '../block-roles.js';
import { shownBeforeAnswer } from '../shown-blocks.js';
import { splitOpeningHints } from '../hints.js';
import { readCommentAnswers } from '../comment-answers.js';
import { askingLines, isHiddenComment, noteAuthorToDos, noteClosingNavigation, noteDateStamp, noteDeclined, notePageMetadata, reportNoQuestions, reportOrphan, type Orphan } from '../left-out.js';
import { questionNumber } from '../answer-key.js';
import { answeringFootnotes } from '../footnote-answers.js';
import { withCitedDefinitions } from '../cited-definitions.js';
import { excerpt } from '../../report/excerpt.js';
import { lineSpan } from '../../report/line-span.js';
import { followUpsIn, partsOfStem } from '../heading-follow-ups.js';
import type { Extraction } from '../extract.js';
import type { ProposedPage } from './proposed-page.js';
import { awaitIn, type Awaiting } from './answer-key-section.js';
import { foldBody, unclosedDetails } from '../answer-folds.js';
import { asTheFileWrites, writtenText } from '../written-text.js';

export interface OpenQuestion {
  found: PromptCandidate;
  answer: RootContent[];
  topic: string | null;
}

/**
 * One walk through a note's blocks, in order (extract.ts): the question open and the answer it is gathering, the
 * section and topic the walk is in, what it has found, and the steps every reading of a block takes (open a question,
 * close it, enter a section, leave text out). The readings of a heading, a list or any other block are modules of their
 * own (headings.ts, lists.ts, blocks.ts), which read and move this state.
 */
export class Walk {
  readonly questions: ExtractedQuestion[] = [];
  readonly topics: (string | undefined)[] = [];
  lineTopic: string | undefined;
  /** `lineTopic` when a glossary's title set it (parse/glossary-lines.ts): it ends at the first block after the glossary's. */
  glossaryTopic: string | undefined;
  /** `lineTopic` is the summary of a `<details>` over questions (details-sections.ts), whose `</details>` ends it. */
  inDetailsSection = false;
  current: OpenQuestion | undefined;
  /** Follow-up questions listed with the open question (page-question.ts), which come after it. */
  followUpsOfCurrent: FoundQuestion[] = [];
  orphan: Orphan | undefined;
  /** The name of the section heading the walk last entered, until a question opens. */
  sectionAbove: string | undefined;
  /** The depth of the section heading the walk last entered (0: none yet), named or not. */
  sectionDepth = 0;
  /** The depth of the heading question that asks outright whose section the walk is in, if any: deeper headings that do not ask are parts of answers. */
  askingHeading: number | undefined;
  /**
   * The interview round whose section the walk is in, if any (interview-rounds.ts): under a heading naming it (`### 一面`),
   * its lines and items are what was asked; under a heading of a log of interviews that names no round (`### 网易雷火`,
   * with no section under it), its lines are.
   */
  round: { depth: number; lists: boolean } | undefined;
  /** Whether lines of text may name rounds here (found when first asked: most notes have no line that could). */
  roundsNamedOnLines: boolean | undefined;
  seenQuestion = false;
  /**
   * Whether a definition list's term has asked here (parse/definition-lists.ts): the note's definition lists are its
   * questions, and a term that names one after it is a question too, under a question asked otherwise as well.
   */
  termsAsk = false;
  /** Blocks before this index are left out and already reported (a to-do note, a references section): the walk passes over them. */
  resumeAt = 0;
  /** Anchor headings (`### #1`) that answer the question a table of contents entry linking to them asks. */
  readonly askedInContents = new Map<Heading, { found: PromptCandidate; topic: string | null }>();
  readonly unclosed: Array<{ question: number; place: Point }> = [];
  /** Numbered questions with no answer since the last answered one, in one run of numbers: an answers section below may answer them. */
  readonly awaiting: Awaiting[] = [];
  /** Footnotes taken as a question's answer: where they stand, the walk passes over them. */
  readonly answeredBy = new Set<RootContent>();
  /**
   * Heading depths of which a heading stands right over a question (headings.ts `overQuestions`), found when first
   * asked.
   */
  depthsOverQuestions: Set<number> | undefined;
  /** The Markdown's lines, for a note converted line for line (`doc.fileLines`). */
  markdownLines: string[] | undefined;

  /** @param page The page read (proposed-page.ts), as it was proposed: the walk changes none of it. */
  constructor(readonly page: ProposedPage) {}

  /** The topic of a question opened here: the line that names one, else the name of the deepest section that has one. */
  topic(): string | null {
    return this.lineTopic ?? [...this.topics].reverse().find((t) => t !== undefined) ?? null;
  }

  /**
   * The answer of `found`'s question from its blocks, cleaned as every answer is, and whether the question asks for code.
   * `told`: blocks read for the question before (its own, when an answers section answers it), whose notes were given then.
   */
  answered(found: PromptCandidate, answer: readonly RootContent[], keyEntry?: RootContent, told: readonly RootContent[] = []) {
    const { choices, answer: said, unconfirmedOptions, metadata, hints, codeToWrite, translation, toDos, stamp, navigation } = cleanAnswer(answer, found.prompt, keyEntry);
    const untold = (place: Point | undefined) => place === undefined || !told.some((block) => holds(block, place));
    // An answer that only points to another note (`See [[Scaled dot product]] for the derivation.`) is no answer:
    // its text is in a note that is not read (parse/note-embeds.ts).
    const pointed = pointedNotesOf(said);
    const cleaned = pointed.length > 0 ? [] : said;
    if (pointed.length > 0 && untold(said[0]!.position?.start)) {
      this.page.vfile.info(`Read "${excerpt(found.prompt)}" as unanswered: its answer only points to ${pointed.length === 1 ? 'another note' : 'other notes'} (${pointed.join(', ')}), whose text this note does not hold`, {
        ...(said[0]!.position ? { place: said[0]!.position.start } : {}),
        ruleId: 'answer-elsewhere',
        source: 'qbank',
      });
    }
    if (toDos && untold(toDos.position?.start)) noteAuthorToDos(this.page.doc, found.prompt, toDos);
    if (stamp && untold(stamp.position?.start)) noteDateStamp(this.page.doc, found.prompt, stamp);
    if (navigation.length > 0 && untold(navigation[0]!.position?.start)) noteClosingNavigation(this.page.doc, found.prompt, navigation);
    if (metadata.fields.length > 0 && untold(metadata.place)) {
      const tagged = metadata.tags.length > 0 ? `, its tags and categories kept as its tags` : '';
      this.page.vfile.info(`Left out of the answer to "${excerpt(found.prompt)}" the lines that describe the question${tagged}: "${excerpt(metadata.fields.join('; '), 160)}"`, {
        ...(metadata.place ? { place: metadata.place } : {}),
        ruleId: 'question-metadata',
        source: 'qbank',
      });
    }
    for (const asking of askingLines(cleaned)) {
      if (!untold(asking.place)) continue;
      this.page.vfile.info(`"${asking.text}" asks like a question but is read as part of the answer to "${found.prompt}"`, {
        place: asking.place,
        ruleId: 'question-in-answer',
        source: 'qbank',
      });
    }
    // A code block that only holds the solution's place (`# Solution goes here`) is said to be left out; an empty one holds nothing.
    for (const placeholder of codeToWrite) {
      if (placeholder.value.trim() === '' || !untold(placeholder.position?.start)) continue;
      this.page.vfile.info(`Left out of the answer to "${excerpt(found.prompt)}" a code block that only holds the place of its solution: "${excerpt(placeholder.value.trim())}"`, {
        ...(placeholder.position ? { place: placeholder.position.start } : {}),
        ruleId: 'code-to-write',
        source: 'qbank',
      });
    }
    const toWrite = codeToWrite.length > 0 && cleaned.length === 0 && !CONCEPT_PROMPT.test(found.prompt);
    const coding = found.coding === true || CODING_PROMPT.test(found.prompt) || (cleaned.length > 0 && cleaned.every((b) => b.type === 'code')) || toWrite;
    return { choices, answer: cleaned, coding, unconfirmedOptions, tags: metadata.tags, hints, translation };
  }

  /** The footnotes its prompt cites that answer `found`'s question, when its blocks say nothing (none when they do). */
  footnotesAnswering(found: PromptCandidate, answer: readonly RootContent[]): FootnoteDefinition[] {
    const footnotes = found.footnotes ? answeringFootnotes(found, this.page.definitions) : [];
    if (footnotes.length === 0) return footnotes;
    // Footnotes at the end of a note follow its last question, in no answer of its own. Read without
    // `answered`, which reports the lines that ask in what it reads: once is enough.
    const said = cleanAnswer(answer.filter((block) => block.type !== 'footnoteDefinition'), found.prompt);
    return said.answer.length > 0 ? [] : footnotes;
  }

  /** The answer of `found`'s question: its own blocks, or when they say nothing, the footnotes its prompt cites. */
  answerOf(found: PromptCandidate, answer: RootContent[]) {
    const footnotes = this.footnotesAnswering(found, answer);
    if (footnotes.length === 0) return this.answered(found, answer);
    for (const footnote of footnotes) this.answeredBy.add(footnote);
    // Other footnotes that stood in its blocks stay there, as they would have; hints there come first, as hints.
    const { hints, rest } = splitOpeningHints(answer.filter((block) => !footnotes.includes(block as FootnoteDefinition)));
    return this.answered(found, [...hints, ...footnotes.flatMap((footnote) => footnote.children), ...rest]);
  }

  /** The tags written after the question on its lines (parse/trailing-tags.ts). */
  tagsAfter({ position: { start, end } }: PromptCandidate): readonly string[] {
    if (!this.page.doc.lineTags) return [];
    // Told by where its lines start in the text parsed, where the prompt knows (a page written on one line of
    // the file holds every question at that line; columns and offsets are the text's).
    const first = start.offset === undefined ? undefined : start.offset - (start.column - 1);
    const last = end.offset === undefined ? undefined : end.offset - (end.column - 1);
    const onItsLines = ({ line, lineStart }: LineTags) =>
      first !== undefined && last !== undefined ? lineStart >= first && lineStart <= last : line >= start.line && line <= end.line;
    return this.page.doc.lineTags.filter(onItsLines).flatMap((tagged) => tagged.tags);
  }

  /** The tags of the sections the question stands in (`## Optimizers #optim` over it, parse/section-tags.ts). */
  sectionTagsOf({ position: { start } }: PromptCandidate): readonly string[] {
    return this.page.doc.sectionTags && start.offset !== undefined ? tagsOfSectionsAt(this.page.doc.sectionTags, start.offset) : [];
  }

  /** A question found, with the blocks under it (`underIt`), becomes an extracted question: its answer read, its wording and tags as written. */
  emit(proposed: PromptCandidate, underIt: RootContent[], topicName: string | null, tagged: readonly string[] = []) {
    // What its wording names (`the following expression`), over what answers it, is what it shows.
    const { candidate: found, answer } = shownBeforeAnswer(proposed, underIt);
    const open = unclosedDetails(found, answer, this.page.source);
    if (open) this.unclosed.push({ question: this.questions.length, place: open });
    const { choices, answer: cleaned, coding, unconfirmedOptions, tags: answerTags, hints, translation } = this.answerOf(found, answer);
    if (translation) {
      this.page.vfile.info(`Read "${excerpt(translation.written)}" under "${excerpt(found.prompt)}" as its translation (translations.${translation.language}), not as its answer`, {
        ...(translation.place ? { place: translation.place } : {}),
        ruleId: 'question-translation',
        source: 'qbank',
      });
    }
    // Lettered lines that only an answers section can say are options await it too.
    if (cleaned.length > 0 && !unconfirmedOptions) this.awaiting.length = 0;
    else {
      const number = questionNumber(found, this.page.source);
      if (number !== undefined) awaitIn(this.awaiting, { question: this.questions.length, found, blocks: answer, number, ownAnswer: cleaned.length > 0 });
    }
    const led = ledWording(found, writtenText(found, this.page.source), this.page.source);
    const written = this.page.doc.fileLines ? asTheFileWrites(found, led.written, this.page.doc.fileLines, (this.markdownLines ??= this.page.source.split('\n'))) : led.written;
    // `[중요] 배치 정규화란?`: a rating, not the question; its words file the question.
    const rated = withoutRatingLabels(led.prompt);
    const tags = [...tagged, ...answerTags, ...this.tagsAfter(found), ...rated.labels, ...(this.page.pageHead?.tags ?? []), ...this.sectionTagsOf(found)];
    this.questions.push({
      file: this.page.doc.source.file,
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
    this.seenQuestion = true;
  }

  /** Reports the orphan text gathered so far, as one stretch. */
  flushOrphan() {
    if (this.orphan && this.orphan.blocks.length > 0) reportOrphan(this.page.doc, this.orphan);
    this.orphan = undefined;
  }

  /**
   * A transcript's words of the interviewer at `index` that open or close the interview (`said`), and the candidate's
   * replies after them: left out with a note, the reading going on after the replies.
   */
  leaveOutFormality(index: number, said: string, which: 'opening' | 'closing') {
    this.flushOrphan();
    let end = index + 1;
    while (this.page.blocks[end]?.type === 'paragraph' && (this.page.blocks[end] as Paragraph).data?.speaker?.role === 'answers') end++;
    const reply = end > index + 1 ? ', and the reply to it' : '';
    this.page.vfile.info(`Left out "${excerpt(said)}" (${lineSpan(this.page.blocks[index]!.position?.start, this.page.blocks[end - 1]!.position?.end)}), the interview's ${which} formality${reply}`, {
      place: this.page.blocks[index]!.position?.start,
      ruleId: 'interview-formality',
      source: 'qbank',
    });
    this.resumeAt = end;
  }

  /** The open question, if any, is closed and emitted, with the follow-ups its answer or its page holds. */
  close() {
    // A question's follow-ups in its answer (`(1) …설명하시오.` under a heading, `> 꼬리 질문: …?`) come right after it.
    const numbered = this.current === undefined ? undefined : followUpsIn(this.current.found, this.current.answer);
    // A heading that only sets up its parts (`## Q1. Consider …` over `(a) …`, `(b) …?`) is asked in each of them.
    const parts = numbered && partsOfStem(this.current!.found, numbered);
    if (parts) {
      this.page.vfile.info(`"${excerpt(this.current!.found.prompt)}" sets up the parts under it: each asks after it, and it is no question of its own`, {
        place: this.current!.found.position.start,
        ruleId: 'question-stem',
        source: 'qbank',
      });
    } else if (this.current) this.emit(this.current.found, numbered?.answer ?? this.current.answer, this.current.topic);
    for (const followUp of parts ?? numbered?.followUps ?? []) this.emit(followUp.candidate, followUp.answer, this.current!.topic);
    for (const followUp of this.followUpsOfCurrent) this.emit(followUp.candidate, followUp.answer, this.current?.topic ?? this.topic());
    this.followUpsOfCurrent = [];
    this.current = undefined;
  }

  /** A question opens: the one open before is closed, and what follows is its answer until the next. */
  open(found: PromptCandidate) {
    this.close();
    this.flushOrphan();
    this.sectionAbove = undefined;
    this.current = { found, answer: [...found.answerLead], topic: this.topic() };
    // A fold whole in its own block (`<details><summary>What is X?</summary>X is …</details>`) folds the start of its answer.
    const body = foldBody(found, this.page.source);
    if (body) this.current.answer.push(body);
  }

  /** The open question whose answer a heading sits in: one asked by a heading above its level. */
  answeredUnder(heading: Heading): OpenQuestion | undefined {
    const depth = this.current?.found.depth;
    return depth !== undefined && heading.depth > depth ? this.current : undefined;
  }

  /** Whether block `index` asks: a question of its own, or a list of questions. */
  asksAt(index: number): boolean {
    const block = this.page.blocks[index]!;
    return promptAt(index, this.page.blocks, this.page.proposals, this.page.choice) !== undefined || (block.type === 'list' && isQuestionList(block));
  }

  /** A section heading: the sections below its level end, and its name, if any, is the topic of the questions under it. */
  enterSection(depth: number, name: string | undefined) {
    if (this.askingHeading !== undefined && depth <= this.askingHeading) this.askingHeading = undefined;
    if (this.round !== undefined && depth <= this.round.depth) this.round = undefined;
    this.sectionDepth = depth;
    this.topics.length = depth;
    if (name !== undefined) this.topics[depth] = name;
    this.lineTopic = undefined;
  }

  /** What a block that would have been a question, but for a name that never asks, is instead. */
  declined(index: number): { prompt: string; kind: NeverAsking } | undefined {
    // Nothing was withheld from this block (nearly every block): it asks as much as its proposals said.
    if (this.page.offered[index] === this.page.proposals[index]) return undefined;
    const block = this.page.blocks[index]!;
    const would = block.type === 'heading' ? (isHeadingQuestion(index, this.page.blocks, this.page.offered, this.page.choice) ? this.page.offered[index]!.heading : undefined) : promptAt(index, this.page.blocks, this.page.offered, this.page.choice);
    const kind = would && neverAsks(would.prompt);
    return kind ? { prompt: would.prompt, kind } : undefined;
  }

  /**
   * In copied text, a line right under a question not yet answered, a blank line under it (`Which button flags a
   * review?` over `Report`): its answer, however short, not the title of what follows. A title sits over its section,
   * and a numbered outline's says it titles one (`3. Unsupervised learning`).
   */
  answersRightAbove(block: Paragraph, next: RootContent | undefined): boolean {
    return this.current !== undefined && this.current.answer.length === 0 && block.data?.blankLinesBefore === 0 && !block.data.outline && ((next?.data as { blankLinesBefore?: number } | undefined)?.blankLinesBefore ?? 0) > 0;
  }

  /** A block in no answer, which names no section and is not left out by a rule of its own: orphan text, reported with the blocks next to it. */
  stray(block: RootContent, lostHeading = false, section?: string) {
    if (isHiddenComment(block)) return;
    this.orphan ??= { blocks: [], afterQuestion: this.seenQuestion, lostHeading, ...(section === undefined ? {} : { section }) };
    this.orphan.blocks.push(block);
  }

  /**
   * Items of a list of questions that are no question, each on its own: its links to other pages are noted together,
   * an outline page's metadata and to-dos each with its note, any other item is orphan text.
   */
  leaveOutItems(list: List, items: readonly ListItem[]) {
    noteLinks(this.page.vfile, items.filter(isLinkItem));
    for (const item of items) {
      if (isLinkItem(item)) continue;
      const note = pageNote(item);
      if (note === 'metadata') notePageMetadata(this.page.doc, item);
      if (note === 'todo') noteDeclined(this.page.doc, item, cleanPrompt(inlineText((item.children[0] as Paragraph).children)), 'todo');
      if (note) continue;
      // One report per line that was not taken, not a range over the questions between them.
      this.stray({ ...list, children: [item], ...(item.position ? { position: item.position } : {}) } as List);
      this.flushOrphan();
    }
  }

  /** The questions found, once every block is walked: the last one closed, the notes of the whole page given. */
  finish(): Extraction {
    this.close();
    this.flushOrphan();
    readCommentAnswers(this.page.doc, this.questions);
    if (this.questions.length === 0) reportNoQuestions(this.page.doc, this.page.blocks);
    for (const { question, place } of this.unclosed) {
      const next = this.questions[question + 1];
      const end = next ? `ends before line ${next.line}, where the next question starts` : 'runs to the end of the file';
      this.page.vfile.message(`\`<details>\` is never closed: the answer of "${this.questions[question]!.prompt}" ${end}`, { place, ruleId: 'unclosed-details', source: 'qbank' });
    }
    const titleBlock = this.page.blocks[this.page.titleIndex];
    const title = titleBlock?.type === 'heading' ? cleanPrompt(inlineText(titleBlock.children)) : undefined;
    // Once an answers section has given every question its options: a stem that leads into them keeps its colon (`… is equivalent to:`).
    const worded = this.questions.map((question) => {
      const prompt = question.choices ? question.prompt : withoutTrailingColon(question.prompt);
      return prompt === question.prompt ? question : { ...question, prompt };
    });
    return { questions: withCitedDefinitions(worded, this.page.blocks, this.page.source), ...(title ? { title } : {}) };
  }
}

/** Whether `place` lies within `block`, from its start to its end. */
function holds(block: RootContent, place: Point): boolean {
  const { start, end } = block.position ?? {};
  if (!start || !end) return false;
  const notBefore = (a: Point, b: Point) => a.line > b.line || (a.line === b.line && a.column >= b.column);
  return notBefore(place, start) && notBefore(end, place);
}
