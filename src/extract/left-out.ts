/**
 * What the extract walk (walk/walk.ts) reports of the blocks it leaves out of
 * every question or answer, and of questions it finds hidden in an answer:
 * nothing is dropped without a note naming its lines.
 */
import type { RootContent, Table } from 'mdast';
import type { Point } from 'unist';
import { SKIP, visit } from 'unist-util-visit';
import { toString } from 'mdast-util-to-string';
import type { Document } from '../parse/document.js';
import { cleanPrompt, inlineText } from '../wording/prompt-text.js';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { neverAsks, saysOmitted, type NeverAsking } from './never-asks.js';
import { isAsideCallout } from './recognizers/callout.js';
import type { QuestionTable } from './recognizers/question-table.js';
import { excerpt } from '../report/excerpt.js';
import { lineSpan } from '../report/line-span.js';
import { remindsOnly, toDoTexts, type AuthorToDos } from './author-to-dos.js';
import { reportedQuestions } from '../wording/reported-questions.js';
import { ANY_QUESTION_MARK } from '../wording/marks.js';


/**
 * Says why a block that looked like a question is none: a heading is still a section heading (its
 * text is noted with it); a to-do note, or a note of what is done, is left out with the list under it.
 */
export function noteDeclined(doc: Document, blocks: RootContent | RootContent[], prompt: string, kind: NeverAsking): void {
  const note = Array.isArray(blocks) ? blocks : [blocks];
  const first = note[0]!.position?.start;
  const last = note.at(-1)!.position?.end;
  const place = first ? { line: first.line, column: first.column } : undefined;
  // A note of what is done is the author's, as a to-do is: one rule says so of both.
  const ruleId = kind === 'post-section' ? 'post-section' : 'todo-note';
  const what = kind === 'todo' ? 'a to-do note' : kind === 'done' ? "the author's note of what is done" : 'a section of the post';
  if (kind === 'post-section' || note[0]!.type === 'heading') {
    doc.source.vfile.info(`"${prompt}" names ${what}, not a question: not taken as one`, { place, ruleId, source: 'qbank' });
    return;
  }
  const lines = lineSpan(first, last);
  doc.source.vfile.info(`Left out ${what} (${lines}), not a question: "${excerpt(leafTexts(note).join(' '))}"`, { place, ruleId, source: 'qbank' });
}

/** The author's to-do list about the note, or reminder to review, that closed the answer to `prompt` (author-to-dos.ts): left out, and said so. */
export function noteAuthorToDos(doc: Document, prompt: string, toDos: AuthorToDos): void {
  const place = toDos.position?.start;
  const items = toDoTexts(toDos).join('; ');
  const what = !remindsOnly(toDos) ? "the author's to-do list about the note" : toDos.type === 'list' && toDos.children.length > 1 ? "the author's reminders to review" : "the author's reminder to review";
  doc.source.vfile.info(`Left out of the answer to "${excerpt(prompt)}" ${what} (${lineSpan(place, toDos.position?.end)}): "${excerpt(items)}"`, {
    ...(place ? { place: { line: place.line, column: place.column } } : {}),
    ruleId: 'todo-note',
    source: 'qbank',
  });
}

/** The page's date stamp that closed the answer to `prompt` (date-stamps.ts): left out, and said so. */
export function noteDateStamp(doc: Document, prompt: string, stamp: RootContent): void {
  const place = stamp.position?.start;
  doc.source.vfile.info(`Left out of the answer to "${excerpt(prompt)}" the page's date stamp that closes it (${lineSpan(place, stamp.position?.end)}): "${excerpt(leafTexts([stamp]).join(' '))}"`, {
    ...(place ? { place: { line: place.line, column: place.column } } : {}),
    ruleId: 'date-stamp',
    source: 'qbank',
  });
}

/** The page's navigation links that closed the answer to `prompt` (`[⬆️ Back to Top](#top) | [🏠 Home](README.md)`, answer-blocks.ts): left out, and said so. */
export function noteClosingNavigation(doc: Document, prompt: string, navigation: readonly RootContent[]): void {
  const place = navigation[0]!.position?.start;
  doc.source.vfile.info(`Left out of the answer to "${excerpt(prompt)}" the page's navigation links that close it (${lineSpan(place, navigation.at(-1)!.position?.end)}): "${excerpt(leafTexts([...navigation]).join(' '))}"`, {
    ...(place ? { place: { line: place.line, column: place.column } } : {}),
    ruleId: 'site-chrome',
    source: 'qbank',
  });
}

/** An outline page's bullet that files it (`Source:: [[…]]`, `Tags: #ML`, question-list.ts pageNote), or a Notion page's properties (page-properties.ts): left out, and said so. */
export function notePageMetadata(doc: Document, item: RootContent): void {
  const place = item.position?.start;
  doc.source.vfile.info(`Left out the page's metadata (${lineSpan(place, item.position?.end)}), not a question: "${excerpt(leafTexts([item]).join(' '))}"`, {
    ...(place ? { place: { line: place.line, column: place.column } } : {}),
    ruleId: 'page-metadata',
    source: 'qbank',
  });
}

/**
 * A heading with nothing under it that is read as no question (`#### Bayes` among headings of which only some ask, a
 * `## Notes` left empty): its name reaches no output. Between question headings of its level it may be a question not
 * answered yet, and is warned of; elsewhere (a category over them, a post's `## About the author` after them), noted.
 */
export function reportEmptySection(doc: Document, heading: RootContent, name: string, amongQuestions: boolean): void {
  const place = heading.position?.start;
  const options = { ...(place ? { place: { line: place.line, column: place.column } } : {}), ruleId: 'empty-section', source: 'qbank' };
  if (amongQuestions) {
    doc.source.vfile.message(`The heading "${excerpt(name)}" has nothing under it and is not read as a question, though headings of its level are: left out`, options);
  } else {
    // A numbered outline's section title is a line (`1. Basics`, parse/numbered-outline.ts), not a heading.
    doc.source.vfile.info(`The ${heading.type === 'heading' ? 'heading' : 'section title'} "${excerpt(name)}" has nothing under it: left out`, options);
  }
}

/**
 * Paragraphs and list items of an answer that end in a question mark: a
 * question the structure hid inside the answer above it (copied text has no
 * markup to tell), or a rhetorical one. Either way the user is told.
 */
export function askingLines(answer: readonly RootContent[]): Array<{ text: string; place: Point }> {
  const found: Array<{ text: string; place: Point }> = [];
  for (const block of answer) {
    visit(block, (node) => {
      if (node.type === 'code' || node.type === 'html' || node.type === 'math') return SKIP;
      if (node.type !== 'paragraph' || !node.position) return undefined;
      const raw = inlineText(node.children);
      // Cleaning never adds a question mark: most paragraphs have none and need no cleaning.
      if (!ANY_QUESTION_MARK.test(raw)) return SKIP;
      const text = cleanPrompt(raw);
      if (endsWithQuestionMark(text) && !text.includes('\n') && text.length <= 200) found.push({ text, place: node.position.start });
      return SKIP;
    });
  }
  return found;
}

/** Blocks that belong to no question, reported together. */
export interface Orphan {
  blocks: RootContent[];
  /** Whether a question came before them: before the first, they are the note's introduction. */
  afterQuestion: boolean;
  /** After an answer, with no heading between (copied text that lost its headings). */
  lostHeading: boolean;
  /** The named section heading right above them ("Conclusion", "License"), if any. */
  section?: string;
}

/**
 * An HTML comment (`<!-- !!! Question "" … -->`, a question set aside): the author's hidden text, which the outputs
 * leave out without a word, between questions and inside answers alike.
 */
export function isHiddenComment(block: RootContent): boolean {
  return block.type === 'html' && block.value.replace(/<!--[\s\S]*?-->/g, '').trim() === '';
}

/**
 * A note in which no question was found: none of its text reaches the outputs. Its parts are noted as
 * they are in any note (an introduction only as information), so the note as a whole is warned of: a
 * file that vanished from the deck should not go unseen at the default level.
 */
export function reportNoQuestions(doc: Document, blocks: readonly RootContent[]): void {
  if (doc.scripted) {
    // A single-page app holds its questions as data until a browser runs it: say why none are read, and what to do.
    const { scriptChars, textChars } = doc.scripted;
    doc.source.vfile.message(
      `No question found in this web page: its content is written by its scripts when a browser runs them (a single-page app: its scripts hold ${scriptChars} characters, the page ${textChars} of text); qbank reads what the file holds, so save the page from the browser once it shows the questions ("Save page as", complete), or export the app's notes`,
      { place: { line: 1, column: 1 }, ruleId: 'no-questions', source: 'qbank' },
    );
    return;
  }
  const written = blocks.filter((block) => !isHiddenComment(block) && leafTexts([block]).some((text) => text.trim() !== ''));
  if (written.length === 0) return;
  const lines = lineSpan(written[0]!.position?.start, written.at(-1)!.position?.end);
  doc.source.vfile.message(`No question found in this note (${lines}): none of its text is in the outputs; if it asks questions, they are written in a shape qbank does not read`, {
    place: { line: written[0]!.position?.start.line ?? 1, column: 1 },
    ruleId: 'no-questions',
    source: 'qbank',
  });
}

export function reportOrphan(doc: Document, { blocks, afterQuestion, lostHeading, section }: Orphan): void {
  const first = blocks[0]!.position?.start;
  const last = blocks.at(-1)!.position?.end;
  const texts = leafTexts(blocks);
  const snippet = excerpt(texts.join(' '));
  if (snippet === '') return;
  const lines = lineSpan(first, last);
  const place = first ? { line: first.line, column: first.column } : undefined;
  if (texts.every(saysOmitted)) {
    noteOmitted(doc, snippet, lines, place, section);
    return;
  }
  // An interview post's story of what it was asked (`면접관님이 "왜 Focal loss를 썼나요?"라고 물어보셔서 …`): questions lost, named.
  const reported = texts.flatMap(reportedQuestions);
  if (reported.length > 0) {
    const where = !afterQuestion ? 'before the first question' : section !== undefined ? `of the section "${excerpt(section)}"` : 'between questions';
    const named = reported.map((question) => `"${excerpt(question)}"`).join(', ');
    const count = reported.length === 1 ? 'a question' : `${reported.length} questions`;
    doc.source.vfile.message(`Text ${where} (${lines}) tells of ${count} asked in its prose, not taken as questions: ${named}`, { place, ruleId: 'question-in-prose', source: 'qbank' });
  } else if (!afterQuestion) {
    // An intro is only noted, rhetorical questions and all; a list in it whose items ask (too few to read it as questions) may be lost questions.
    const asking = leafTexts(blocks.filter((block) => block.type === 'list')).filter((text) => isInterrogative(cleanPrompt(text)));
    if (asking.length > 0) {
      const lost = `${asking.length} ${asking.length === 1 ? 'line that asks' : 'lines that ask'}`;
      doc.source.vfile.message(`Text before the first question (${lines}), with ${lost}, is not taken as questions or as an answer: "${excerpt(asking[0]!)}"`, { place, ruleId: 'preamble', source: 'qbank' });
    } else {
      doc.source.vfile.info(`Text before the first question (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'preamble', source: 'qbank' });
    }
  } else if (isPageFooter(doc, blocks)) {
    // `*This book was created by … Copyright ©2021 Chip Huyen.*` closing every page of a book: the site's, no one's answer.
    doc.source.vfile.info(`The page's footer after the questions (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'site-chrome', source: 'qbank' });
  } else if (lostHeading) {
    doc.source.vfile.message(`Text with no question above it (${lines}), probably under a heading lost when the page was copied: kept out of the answer before it: "${snippet}"`, { place, ruleId: 'orphan-text', source: 'qbank' });
  } else if (blocks.every(isAsideCallout) && !texts.some(endsWithQuestionMark)) {
    // `> [!tip]`, `> [!note]` between question callouts: the author's aside, noted as a post's own sections are.
    doc.source.vfile.info(`A callout between questions (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'callout-aside', source: 'qbank' });
  } else if (section !== undefined && endsWithQuestionMark(section) && !neverAsks(section)) {
    // A heading that asks, read as a post's section: likely a question the note's other headings outvoted.
    doc.source.vfile.message(`Text under the heading "${excerpt(section)}", which asks but is read as a section title (${lines}), belongs to no question: "${snippet}"`, { place, ruleId: 'orphan-text', source: 'qbank' });
  } else if (section !== undefined && !texts.some(endsWithQuestionMark)) {
    // A post's own sections between or after its questions ("Conclusion", "License"): noted, as an introduction is.
    doc.source.vfile.info(`Text of the section "${section}" (${lines}) is not part of any answer: "${snippet}"`, { place, ruleId: 'section-text', source: 'qbank' });
  } else {
    doc.source.vfile.message(`Text between questions that belongs to no question (${lines}): "${snippet}"`, { place, ruleId: 'orphan-text', source: 'qbank' });
  }
}

/** `생략` under `## 2차 면접 (인성)` (`section`), or among a round's items: the author told nothing of what was asked there. */
export function noteOmitted(doc: Document, said: string, lines: string, place: Point | undefined, section: string | undefined): void {
  const what = section === undefined ? 'what stood there' : `what stood under "${excerpt(section)}"`;
  doc.source.vfile.info(`Left out "${said}" (${lines}): the author omitted ${what}`, { ...(place ? { place } : {}), ruleId: 'interview-formality', source: 'qbank' });
}

/** A copyright line or mark in a paragraph of its own: a page's footer. */
const COPYRIGHT = /©|\bcopyright\b|\ball rights reserved\b/i;

/** Whether `blocks` are one paragraph closing the note that holds a copyright: the footer every page of a site ends with. */
function isPageFooter(doc: Document, blocks: readonly RootContent[]): boolean {
  const [only] = blocks;
  return blocks.length === 1 && only!.type === 'paragraph' && doc.tree.children.at(-1) === only && COPYRIGHT.test(leafTexts(blocks).join(' '));
}

/**
 * What a table of questions holds besides its questions: a row with an answer but no question (a
 * warning, as orphan text is), a row of only an answer read as the one above going on (a note), and
 * columns other than the question and the answer (`Company`, `Source`), named so the user knows they are not on
 * any card.
 */
export function reportTableLeftOut(doc: Document, block: Table, { stray, continued, otherColumns }: QuestionTable): void {
  for (const cell of stray) {
    doc.source.vfile.message(`A row of the table of questions has an answer but no question: "${excerpt(inlineText(cell.children))}"`, { place: cell.position?.start, ruleId: 'orphan-text', source: 'qbank' });
  }
  for (const cell of continued) {
    doc.source.vfile.info(`A row of the table of questions holds only an answer: read as the answer of the question above going on (a merged cell, as sheets save one): "${excerpt(inlineText(cell.children))}"`, {
      place: cell.position?.start,
      ruleId: 'table-continued',
      source: 'qbank',
    });
  }
  if (otherColumns.length > 0) {
    const names = otherColumns.map((name) => `"${name}"`).join(', ');
    doc.source.vfile.info(`The table of questions' ${otherColumns.length === 1 ? 'column' : 'columns'} ${names} ${otherColumns.length === 1 ? 'is' : 'are'} not part of any question or answer`, { place: block.position?.start, ruleId: 'table-columns', source: 'qbank' });
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
