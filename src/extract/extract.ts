/**
 * The extract stage: find every question of a document and slice its
 * answer structurally, up to the next question at the same or a higher
 * level. Recognisers propose prompts block by block; `chooseConstructs`
 * decides which constructs this document uses; the walk below assigns every
 * other block to an answer, a section title, or a report of orphan text.
 */
import type { Heading, List, Paragraph, RootContent } from 'mdast';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../parse/document.js';
import { eachNode } from '../parse/tree-walk.js';
import type { ExtractedQuestion } from './extracted-question.js';
import { asksOutright, chooseConstructs, type ConstructChoice, type Proposals } from './constructs.js';
import { cleanAnswer, isBreakHtml } from './answer-blocks.js';
import { cleanPrompt, inlineText } from './prompt-text.js';
import { hasWords, isAdmonitionTitle, isInterrogative, isSectionTitle, isTitleLike } from './interrogative.js';
import type { PromptCandidate, Recognizer } from './recognizers/recognizer.js';
import { headingRecognizer } from './recognizers/heading.js';
import { boldParagraphRecognizer } from './recognizers/bold-paragraph.js';
import { qaLineRecognizer } from './recognizers/qa-line.js';
import { detailsSummaryRecognizer, summaryText } from './recognizers/details-summary.js';
import { plainLineRecognizer } from './recognizers/plain-line.js';
import { isQuestionList, isTableOfContents, questionsInList } from './recognizers/question-list.js';
import { calloutRecognizer, isAsideCallout } from './recognizers/callout.js';
import { isQuestionTable, questionsInTable } from './recognizers/question-table.js';
import { isCitationParagraph, isLinksLine, isReferencesHeading, isReferencesLine, noteLinksLine, noteReferences } from './references.js';
import { neverAsks, withoutNeverAsking, type NeverAsking } from './never-asks.js';
import { excerpt } from '../report/excerpt.js';
import { withoutComments } from '../parse/obsidian-comments.js';

export const recognizers: readonly Recognizer[] = [
  headingRecognizer,
  qaLineRecognizer,
  boldParagraphRecognizer,
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

const CODING_PROMPT = /^(?:implement|write (?:a |the )?(?:function|code|program|class)|code (?:a|the|up)|program)\b|구현/i;

export function extractQuestions(doc: Document): Extraction {
  const blocks = doc.tree.children;
  const source = doc.source.text;
  const vfile = doc.source.vfile;
  const offered: Proposals[] = blocks.map((block) => {
    const proposal: Proposals = {};
    for (const recognizer of recognizers) {
      const found = recognizer.recognize(block);
      // A number or an anchor alone ("## 13") asks nothing, whatever follows it.
      if (found && hasWords(found.prompt)) proposal[recognizer.construct] = found;
    }
    return proposal;
  });
  // "Summary", "What's next?", "TODO" are proposed to no construct; `offered` keeps them, so the walk can say what it declined.
  const proposals = offered.map(withoutNeverAsking);
  const choice = chooseConstructs(blocks, proposals, doc.format === 'plaintext');
  const titleIndex = doc.title === undefined ? bodyTitleIndex(blocks, choice) : -1;

  const questions: ExtractedQuestion[] = [];
  const topics: (string | undefined)[] = [];
  let lineTopic: string | undefined;
  let current: OpenQuestion | undefined;
  let orphan: Orphan | undefined;
  /** The name of the section heading the walk last entered, until a question opens. */
  let sectionAbove: string | undefined;
  let seenQuestion = false;
  /** A references section being left out: a heading's runs as far as `endsReferences` says, a line's up to `end`. */
  let references: { title: Heading; blocks: RootContent[] } | { title: Paragraph; blocks: RootContent[]; end: number } | undefined;

  const topic = (): string | null => lineTopic ?? [...topics].reverse().find((t) => t !== undefined) ?? null;
  const unclosed: Array<{ question: number; place: Point }> = [];
  const emit = (found: PromptCandidate, answer: RootContent[], topicName: string | null) => {
    const open = unclosedDetails(found, answer, source);
    if (open) unclosed.push({ question: questions.length, place: open });
    const cleaned = cleanAnswer(answer);
    for (const asking of askingLines(cleaned)) {
      vfile.info(`"${asking.text}" asks like a question but is read as part of the answer to "${found.prompt}"`, {
        place: asking.place,
        ruleId: 'question-in-answer',
        source: 'qbank',
      });
    }
    questions.push({
      file: doc.source.file,
      line: found.position.start.line,
      column: found.position.start.column,
      written: writtenText(found, source),
      prompt: found.prompt,
      answer: cleaned,
      topic: topicName,
      construct: found.construct,
      coding: CODING_PROMPT.test(found.prompt) || (cleaned.length > 0 && cleaned.every((b) => b.type === 'code')),
    });
    seenQuestion = true;
  };
  const flushOrphan = () => {
    if (orphan && orphan.blocks.length > 0) reportOrphan(doc, orphan);
    orphan = undefined;
  };
  const close = () => {
    if (current) emit(current.found, current.answer, current.topic);
    current = undefined;
  };
  const open = (found: PromptCandidate) => {
    close();
    flushOrphan();
    sectionAbove = undefined;
    current = { found, answer: [...found.answerLead], topic: topic() };
  };
  /** The open question whose answer a heading sits in: one asked by a heading above its level. */
  const answeredUnder = (heading: Heading): OpenQuestion | undefined => {
    const depth = current?.found.depth;
    return depth !== undefined && heading.depth > depth ? current : undefined;
  };
  /** A section heading: the sections below its level end, and its name, if any, is the topic of the questions under it. */
  const enterSection = (depth: number, name: string | undefined) => {
    topics.length = depth;
    if (name !== undefined) topics[depth] = name;
    lineTopic = undefined;
  };
  /** What a block that would have been a question, but for a name that never asks, is instead. */
  const declined = (index: number): { prompt: string; kind: NeverAsking } | undefined => {
    const block = blocks[index]!;
    const would = block.type === 'heading' ? (isHeadingQuestion(index, blocks, offered, choice) ? offered[index]!.heading : undefined) : promptAt(index, blocks, offered, choice);
    const kind = would && neverAsks(would.prompt);
    return kind ? { prompt: would.prompt, kind } : undefined;
  };
  /** Blocks up to this index are a to-do note already reported. */
  let skipTo = -1;
  const stray = (block: RootContent, lostHeading = false, section?: string) => {
    orphan ??= { blocks: [], afterQuestion: seenQuestion, lostHeading, ...(section === undefined ? {} : { section }) };
    orphan.blocks.push(block);
  };

  blocks.forEach((block, index) => {
    if (index < skipTo) return;
    const proposal = proposals[index]!;
    if (references) {
      if (!('end' in references ? index >= references.end : endsReferences(index, blocks, proposals, choice, references.title))) {
        references.blocks.push(block);
        return;
      }
      noteReferences(vfile, references.title, references.blocks);
      references = undefined;
    }
    if (block.type === 'heading') {
      const found = proposal.heading;
      if (isReferencesHeading(block) && (!answeredUnder(block) || endsPost(index, blocks, proposals, choice))) {
        close();
        flushOrphan();
        enterSection(block.depth, undefined); // it names no topic: questions after it keep the one above
        references = { title: block, blocks: [] };
        return;
      }
      if (found && isHeadingQuestion(index, blocks, proposals, choice)) {
        // A question among section headings of its own depth ("Introduction", "Conclusion") is under none of them.
        if (choice.askingDepths.has(block.depth)) topics.length = Math.min(topics.length, block.depth);
        open(found);
        return;
      }
      const notAsked = declined(index);
      if (notAsked) noteDeclined(doc, block, notAsked.prompt, notAsked.kind);
      const above = answeredUnder(block);
      if (above) {
        above.answer.push(block); // a sub-heading inside an answer
        return;
      }
      close();
      flushOrphan();
      if (index === titleIndex) return;
      sectionAbove = sectionName(found?.prompt ?? cleanPrompt(inlineText(block.children)));
      enterSection(block.depth, sectionAbove);
      return;
    }
    if (current?.found.depth !== undefined) {
      current.answer.push(block);
      return;
    }
    if (block.type === 'thematicBreak' || isBreakHtml(block)) {
      close();
      return;
    }
    const referencesEnd = referencesLineEnd(index, blocks, proposals, choice);
    if (block.type === 'paragraph' && referencesEnd !== undefined) {
      close();
      flushOrphan();
      lineTopic = undefined; // it names no topic, and ends the section line above, as `12.4` on a line of its own does
      references = { title: block, blocks: [], end: referencesEnd };
      return;
    }
    const prompt = promptAt(index, blocks, proposals, choice);
    if (prompt) {
      open(prompt);
      // A question callout holds its whole answer: what follows it is not part of it.
      if (prompt.construct === 'callout' && prompt.answerLead.length > 0) close();
      return;
    }
    if (block.type === 'table' && isQuestionTable(block)) {
      close();
      flushOrphan();
      const table = questionsInTable(block);
      for (const question of table.questions) emit(question.candidate, question.answer, topic());
      for (const cell of table.stray) {
        vfile.message(`A row of the table of questions has an answer but no question: "${excerpt(inlineText(cell.children))}"`, { place: cell.position?.start, ruleId: 'orphan-text', source: 'qbank' });
      }
      if (table.otherColumns.length > 0) {
        const names = table.otherColumns.map((name) => `"${name}"`).join(', ');
        vfile.info(`The table of questions' ${table.otherColumns.length === 1 ? 'column' : 'columns'} ${names} ${table.otherColumns.length === 1 ? 'is' : 'are'} not part of any question or answer`, { place: block.position?.start, ruleId: 'table-columns', source: 'qbank' });
      }
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
      skipTo = index + note.length;
      return;
    }
    if (block.type === 'list' && !current && isQuestionList(block)) {
      flushOrphan();
      const listed = questionsInList(block);
      for (const question of listed.questions) emit(question.candidate, question.answer, topic());
      // Each item on its own: one report per line that was not taken, not a range over the questions between them.
      for (const item of listed.stray) {
        stray({ ...block, children: [item], ...(item.position ? { position: item.position } : {}) } as List);
        flushOrphan();
      }
      for (const { title, content } of listed.references) noteReferences(vfile, title, content);
      return;
    }
    if (block.type === 'list' && isTableOfContents(block)) {
      vfile.info('Left out a table of contents (its entries link to questions on the page)', { place: block.position, ruleId: 'table-of-contents', source: 'qbank' });
      return;
    }
    if (block.type === 'paragraph' && isSectionLine(index, blocks, proposals, choice)) {
      close();
      flushOrphan();
      lineTopic = sectionName(cleanPrompt(inlineText(block.children)));
      return;
    }
    // A callout of notes or tips after a question callout is the author's aside, not that question's answer.
    if (current?.found.construct === 'callout' && isAsideCallout(block)) close();
    if (current && isLostHeadingGap(block, blocks[index - 1]) && current.answer.length > 0) {
      close();
      stray(block, true);
      return;
    }
    if (current) {
      current.answer.push(block);
      // The answer ends where the question's own `<details>` closes, not where one inside it does.
      if (current.found.construct === 'details' && block.type === 'html' && /<\/details>/i.test(block.value) && !unclosedDetails(current.found, current.answer, source)) close();
      return;
    }
    if (seenQuestion && isLinksLine(block)) {
      flushOrphan();
      noteLinksLine(vfile, block);
      return;
    }
    stray(block, false, sectionAbove);
  });
  close();
  flushOrphan();
  if (references) noteReferences(vfile, references.title, references.blocks);
  for (const { question, place } of unclosed) {
    const next = questions[question + 1];
    const end = next ? `ends before line ${next.line}, where the next question starts` : 'runs to the end of the file';
    vfile.message(`\`<details>\` is never closed: the answer of "${questions[question]!.prompt}" ${end}`, { place, ruleId: 'unclosed-details', source: 'qbank' });
  }
  const titleBlock = blocks[titleIndex];
  const title = titleBlock?.type === 'heading' ? cleanPrompt(inlineText(titleBlock.children)) : undefined;
  return { questions, ...(title ? { title } : {}) };
}

/**
 * Says why a block that looked like a question is none: a heading is still a section heading (its
 * text is noted with it); a to-do note is left out with the list under it.
 */
function noteDeclined(doc: Document, blocks: RootContent | RootContent[], prompt: string, kind: NeverAsking): void {
  const note = Array.isArray(blocks) ? blocks : [blocks];
  const first = note[0]!.position?.start;
  const last = note.at(-1)!.position?.end;
  const place = first ? { line: first.line, column: first.column } : undefined;
  const ruleId = kind === 'todo' ? 'todo-note' : 'post-section';
  if (kind === 'post-section' || note[0]!.type === 'heading') {
    const what = kind === 'todo' ? 'a to-do note' : 'a section of the post';
    doc.source.vfile.info(`"${prompt}" names ${what}, not a question: not taken as one`, { place, ruleId, source: 'qbank' });
    return;
  }
  const lines = first && last && last.line > first.line ? `lines ${first.line}-${last.line}` : `line ${first?.line ?? '?'}`;
  doc.source.vfile.info(`Left out a to-do note (${lines}), not a question: "${excerpt(leafTexts(note).join(' '))}"`, { place, ruleId, source: 'qbank' });
}

/** "## #12-4", "### 12.4": a number or an anchor names no section, so the section above stays the topic. */
function sectionName(title: string): string | undefined {
  return hasWords(title) ? title : undefined;
}

function isHeadingQuestion(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index]!;
  const found = proposals[index]!.heading;
  if (block.type !== 'heading' || !found) return false;
  const share = choice.headingDepths.get(block.depth);
  if (share === undefined) return choice.askingDepths.has(block.depth) && asksOutright(found);
  if (found.interrogative) return true;
  const next = blocks[index + 1];
  const questionListFollows = next?.type === 'list' && isQuestionList(next);
  // "## 3. Sample Questions" over a list of questions numbers a section, not a question.
  if (found.marked) return !questionListFollows;
  // A title-like heading among question headings is a prompt when it has
  // an answer of its own, and a section title when questions follow it
  // (headings, or a list of questions).
  if (!next || next.type === 'heading' || questionListFollows) return false;
  return share >= 0.75 && isTitleLike(found.prompt);
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
function endsPost(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
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
function referencesLineEnd(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): number | undefined {
  if (!isReferencesLine(blocks[index]!)) return undefined;
  let end = index + 1;
  while (end < blocks.length && isReferenceEntry(blocks[end]!)) end++;
  return endsAnswer(end, blocks, proposals, choice) ? end : undefined;
}

/** A list that does not ask, or a paragraph of links or citations. */
function isReferenceEntry(block: RootContent): boolean {
  return block.type === 'list' ? !isQuestionList(block) : isCitationParagraph(block);
}

/** Whether the block at `index` (or the end of the document) ends an answer in copied text or a Q&A note. */
function endsAnswer(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index];
  if (!block || block.type === 'heading' || block.type === 'thematicBreak' || isBreakHtml(block)) return true;
  if (block.type === 'list' && isQuestionList(block)) return true;
  return promptAt(index, blocks, proposals, choice) !== undefined || isSectionLine(index, blocks, proposals, choice) || referencesLineEnd(index, blocks, proposals, choice) !== undefined;
}

function promptAt(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): PromptCandidate | undefined {
  const proposal = proposals[index];
  if (!proposal) return undefined;
  const asks = (found?: PromptCandidate) => found && (found.interrogative || found.marked) ? found : undefined;
  if (choice.callout && proposal.callout) return proposal.callout;
  if (choice.qa && proposal.qa) return proposal.qa;
  if (choice.bold && asks(proposal.bold)) return proposal.bold;
  if (choice.details && asks(proposal.details)) return proposal.details;
  const line = proposal.line;
  if (!line) return undefined;
  const next = blocks[index + 1];
  // A coding task whose answer is the code below it, in any kind of note.
  if (line.interrogative && next?.type === 'code' && CODING_PROMPT.test(line.prompt)) return line;
  if (!choice.line) return undefined;
  if (line.interrogative) return line;
  if (next?.type === 'list' && !isQuestionList(next) && isTitleLike(line.prompt) && !isAdmonitionTitle(line.prompt) && !isSectionTitleBeforeQuestions(index, blocks, proposals, choice)) return line;
  return undefined;
}

/** "Fundamentals", "Evaluation & Metrics": a short title line followed by a question. */
function isSectionLine(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const block = blocks[index]!;
  if (block.type !== 'paragraph') return false;
  const text = inlineText(block.children);
  if (!isSectionTitle(text) || isAdmonitionTitle(text) || isReferencesLine(block) || continuesNumbering(text, blocks, index)) return false;
  const next = blocks[index + 1];
  if (!next) return false;
  if (promptAt(index + 1, blocks, proposals, choice)) return true;
  return next.type === 'list' && isQuestionList(next);
}

const NUMBERED_LINE = /^(\d{1,3})[.)]\s/;

/**
 * "3. Tanh" after "2. Sigmoid" (and the indented lines that wrap it): the last line of a numbered
 * list copied as plain lines, part of the answer above, not a section named before the next question.
 */
function continuesNumbering(text: string, blocks: readonly RootContent[], index: number): boolean {
  const number = NUMBERED_LINE.exec(text);
  if (!number) return false;
  let at = index - 1;
  while (at >= 0 && blocks[at]!.type === 'paragraph' && (blocks[at]!.position?.start.column ?? 1) > 1) at--;
  const previous = blocks[at];
  if (previous?.type !== 'paragraph') return false;
  const before = NUMBERED_LINE.exec(inlineText(previous.children));
  return before !== null && Number(before[1]) === Number(number[1]) - 1;
}

function isSectionTitleBeforeQuestions(index: number, blocks: readonly RootContent[], proposals: readonly Proposals[], choice: ConstructChoice): boolean {
  const next = blocks[index + 1];
  return next?.type === 'list' && isQuestionList(next) && isSectionLine(index, blocks, proposals, choice);
}

/**
 * In copied text a list that follows another list after two or more blank
 * lines stands where a heading was lost: its bullets answer a question the
 * page no longer shows, not the question above.
 */
function isLostHeadingGap(block: RootContent, previous: RootContent | undefined): boolean {
  return block.type === 'list' && (block.data?.blankLinesBefore ?? 0) >= 2 && previous?.type === 'list';
}

/** A lone top heading that opens the document and asks nothing names it. */
function bodyTitleIndex(blocks: readonly RootContent[], choice: ConstructChoice): number {
  const first = blocks.findIndex((block) => block.type !== 'html' || block.value.trim() !== '');
  const block = blocks[first];
  if (!block || block.type !== 'heading' || block.depth !== 1 || choice.headingDepths.has(block.depth)) return -1;
  const sameDepth = blocks.filter((other) => other.type === 'heading' && other.depth === block.depth).length;
  return sameDepth === 1 ? first : -1;
}

/** The prompt's own stretch of the source text ('' when the tree has no offsets). */
function promptSource(found: PromptCandidate, source: string): string {
  const { start, end } = found.position;
  return start.offset === undefined || end.offset === undefined ? '' : source.slice(start.offset, end.offset);
}

/** The prompt as it stands in the source (for a `<details>` block, its summary). */
function writtenText(found: PromptCandidate, source: string): string {
  const written = promptSource(found, source);
  // An Obsidian comment in the prompt's line is the author's private text, never part of the wording.
  const beforeComment = found.position.end.offset !== undefined && source.startsWith('%%', found.position.end.offset);
  const text = written.includes('%%') || beforeComment ? withoutComments(written).trim() : written;
  if (text === '') return found.prompt;
  return found.construct === 'details' ? (summaryText(text) ?? found.prompt) : text;
}

/** Where a `<details>` of this question opens without a matching `</details>`, if one does. */
function unclosedDetails(found: PromptCandidate, answer: readonly RootContent[], source: string): Point | undefined {
  let balance = 0;
  let firstOpen: Point | undefined;
  const count = (html: string, at: Point | undefined) => {
    const opens = html.match(/<details\b/gi)?.length ?? 0;
    if (opens > 0 && balance <= 0) firstOpen = at;
    balance += opens - (html.match(/<\/details\s*>/gi)?.length ?? 0);
  };
  if (found.construct === 'details') count(promptSource(found, source), found.position.start);
  eachNode(answer, 'html', (node) => count(node.value, node.position?.start));
  return balance > 0 ? firstOpen : undefined;
}

/**
 * Paragraphs and list items of an answer that end in a question mark: a
 * question the structure hid inside the answer above it (copied text has no
 * markup to tell), or a rhetorical one. Either way the user is told.
 */
function askingLines(answer: readonly RootContent[]): Array<{ text: string; place: Point }> {
  const found: Array<{ text: string; place: Point }> = [];
  for (const block of answer) {
    visit(block, (node) => {
      if (node.type === 'code' || node.type === 'html' || node.type === 'math') return SKIP;
      if (node.type !== 'paragraph' || !node.position) return undefined;
      const raw = inlineText(node.children);
      // Cleaning never adds a question mark: most paragraphs have none and need no cleaning.
      if (!/[?？]/.test(raw)) return SKIP;
      const text = cleanPrompt(raw);
      if (/[?？]$/.test(text) && !text.includes('\n') && text.length <= 200) found.push({ text, place: node.position.start });
      return SKIP;
    });
  }
  return found;
}

/** Blocks that belong to no question, reported together. */
interface Orphan {
  blocks: RootContent[];
  /** Whether a question came before them: before the first, they are the note's introduction. */
  afterQuestion: boolean;
  /** After an answer, with no heading between (copied text that lost its headings). */
  lostHeading: boolean;
  /** The named section heading right above them ("Conclusion", "License"), if any. */
  section?: string;
}

function reportOrphan(doc: Document, { blocks, afterQuestion, lostHeading, section }: Orphan): void {
  const first = blocks[0]!.position?.start;
  const last = blocks.at(-1)!.position?.end;
  const snippet = excerpt(leafTexts(blocks).join(' '));
  if (snippet === '') return;
  const lines = first && last && last.line > first.line ? `lines ${first.line}-${last.line}` : `line ${first?.line ?? '?'}`;
  const place = first ? { line: first.line, column: first.column } : undefined;
  if (!afterQuestion) {
    // An intro is only noted, rhetorical questions and all; a list in it whose items ask (too few to read it as questions) may be lost questions.
    const asking = leafTexts(blocks.filter((block) => block.type === 'list')).filter((text) => isInterrogative(cleanPrompt(text)));
    if (asking.length > 0) {
      const lost = `${asking.length} ${asking.length === 1 ? 'line that asks' : 'lines that ask'}`;
      doc.source.vfile.message(`Text before the first question (${lines}), with ${lost}, is not taken as questions or as an answer: "${excerpt(asking[0]!)}"`, { place, ruleId: 'preamble', source: 'qbank' });
    } else {
      doc.source.vfile.info(`Text before the first question (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'preamble', source: 'qbank' });
    }
  } else if (lostHeading) {
    doc.source.vfile.message(`Text with no question above it (${lines}), probably under a heading lost when the page was copied: kept out of the answer before it: "${snippet}"`, { place, ruleId: 'orphan-text', source: 'qbank' });
  } else if (blocks.every(isAsideCallout) && !leafTexts(blocks).some((text) => /[?？]\s*$/.test(text.trim()))) {
    // `> [!tip]`, `> [!note]` between question callouts: the author's aside, noted as a post's own sections are.
    doc.source.vfile.info(`A callout between questions (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'callout-aside', source: 'qbank' });
  } else if (section !== undefined && !leafTexts(blocks).some((text) => /[?？]\s*$/.test(text.trim()))) {
    // A post's own sections between or after its questions ("Conclusion", "License"): noted, as an introduction is.
    doc.source.vfile.info(`Text of the section "${section}" (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'section-text', source: 'qbank' });
  } else {
    doc.source.vfile.message(`Text between questions that belongs to no question (${lines}): "${snippet}"`, { place, ruleId: 'orphan-text', source: 'qbank' });
  }
}

/** The text of each leaf block (paragraph, heading, code, ...), so bullets are not glued together. */
function leafTexts(blocks: readonly RootContent[]): string[] {
  const texts: string[] = [];
  for (const block of blocks) {
    visit(block, (node) => {
      if (node.type === 'list' || node.type === 'listItem' || node.type === 'blockquote' || node.type === 'table' || node.type === 'tableRow') return undefined;
      texts.push(toString(node));
      return SKIP;
    });
  }
  return texts;
}
