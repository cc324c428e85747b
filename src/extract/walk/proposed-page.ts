/**
 * What the walk reads (walk.ts): a note's blocks, each with what every recogniser proposes of it, and the
 * constructs the note asks with, chosen once for the whole note (constructs.ts).
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import type { Document } from '../../parse/document.js';
import { chooseConstructs, type ConstructChoice, type Proposals } from '../constructs.js';
import { cleanPrompt, inlineText, withoutTrailingColon } from '../../wording/prompt-text.js';
import { hasWords, namesQuestionCollection } from '../../wording/interrogative.js';
import { plainLineRecognizer } from '../recognizers/plain-line.js';
import { namesInterviewLog } from '../interview-rounds.js';
import { withoutNeverAsking } from '../never-asks.js';
import { bodyTitleIndex } from '../block-roles.js';
import { withProblemTitles } from '../problem-headings.js';
import { withTitledParagraphs } from '../titled-paragraphs.js';
import { frontMatterQuestion } from '../front-matter-question.js';
import { notionPageHead } from '../page-properties.js';
import { withContinuedHeadings } from '../heading-continuations.js';
import { withLabelledQuestions } from '../labelled-sections.js';
import { cellQuestions, withCellTasks } from '../cell-tasks.js';
import { footnoteDefinitions, uncitedFootnotes } from '../footnote-answers.js';
import { recognizers } from '../recognizers/index.js';
import { reportLeftOut } from '../../parse/left-out-messages.js';

/** A note's blocks as the walk reads them, with what each recogniser proposes of each and the constructs the note asks with. */
export interface ProposedPage {
  doc: Document;
  source: string;
  vfile: Document['source']['vfile'];
  blocks: RootContent[];
  /** Every proposal, names that never ask (`Summary`) too: the walk says what it declined. */
  offered: Proposals[];
  proposals: Proposals[];
  pageHead: ReturnType<typeof notionPageHead>;
  choice: ConstructChoice;
  /** The block that is the note's title (-1: none). */
  titleIndex: number;
  /** The note's title names a collection of questions (`# Deep Learning Interview questions`). */
  collectsQuestions: boolean;
  /** The note's title names a log of interviews (`# 2024 秋招面经`): its lines may name rounds (interview-rounds.ts). */
  interviewLog: boolean;
  definitions: ReturnType<typeof footnoteDefinitions>;
  /** Footnotes nothing cites: no part of any answer. */
  uncited: ReturnType<typeof uncitedFootnotes>;
}

/** The page a walk reads: its blocks (labelled sections, notebook cells and a front matter's question read first) and what is proposed of each. */
export function proposePage(doc: Document): ProposedPage {
  const source = doc.source.text;
  const labelled = withLabelledQuestions(withContinuedHeadings(doc.tree.children, source));
  // A note whose front matter names its question: the body answers it, as an `## Answer` section does.
  const named = frontMatterQuestion(doc);
  /** The note's title (its front matter's, or its first heading, a `#` one). */
  const firstHeading = named ?? labelled.blocks.find((block): block is Heading => block.type === 'heading');
  const titleText = doc.title ?? (firstHeading?.depth === 1 ? cleanPrompt(inlineText(firstHeading.children)) : '');
  // An exercise notebook's tasks, a cell each: asked by their cells.
  const tasks = withCellTasks(labelled.blocks, titleText, source);
  const shown = named ? [named, ...tasks.blocks] : tasks.blocks;
  const asked = new Set([...(named ? [named] : []), ...labelled.asked, ...tasks.asked]);
  const vfile = doc.source.vfile;
  const recognized: Proposals[] = shown.map((block) => {
    const proposal: Proposals = {};
    for (const recognizer of recognizers) {
      const found = recognizer.recognize(block);
      // A number or an anchor alone ("## 13") asks nothing, whatever follows it.
      if (found && hasWords(found.prompt)) proposal[recognizer.construct] = found;
    }
    return proposal;
  });
  // A question under a `## Question` label is the author's, however it is worded.
  for (const [index, block] of shown.entries()) {
    const found = recognized[index]!.heading;
    if (!found || !asked.has(block)) continue;
    // A task cell's question shows what its cell shows (nothing, for most: then not the code cell that answers it); a
    // chat's prompt, what it holds besides its question (labelled-sections.ts).
    const task = tasks.shown.get(block) ?? labelled.context.get(block);
    recognized[index] = { ...recognized[index], heading: { ...found, labelled: true, ...(tasks.coded.has(block) ? { coding: true } : {}), ...(task ? { context: task } : {}) } };
  }
  // A notebook's cell that opens with its question: a question, whatever construct the notebook asks with.
  const openingQuestions = cellQuestions(shown);
  for (const [index, block] of shown.entries()) {
    if (!openingQuestions.has(block)) continue;
    const line = recognized[index]!.line ?? plainLineRecognizer.recognize(block);
    if (line) recognized[index] = { ...recognized[index], line: { ...line, prompt: withoutTrailingColon(line.prompt), interrogative: true, opensCell: true } };
  }
  /** The note's title names a collection of questions (`# Deep Learning Interview questions`). */
  const collectsQuestions = namesQuestionCollection(titleText);
  const read = withTitledParagraphs(shown, recognized, collectsQuestions, firstHeading && !named ? shown.indexOf(firstHeading) : -1);
  // A bold closing word under the last of the note's titled answers (`**끝**`): a sign-off, left out as the parse
  // stage leaves out a post's, and said so.
  const closing = read.closing === undefined ? undefined : (shown[read.closing] as Paragraph);
  if (closing?.position) reportLeftOut(doc.source, [{ line: closing.position.start.line, text: inlineText(closing.children).trim(), reason: 'sign-off' }]);
  const blocks = closing ? shown.filter((block) => block !== closing) : shown;
  const titled = closing ? read.proposals.filter((_, index) => index !== read.closing) : read.proposals;
  const offered = withProblemTitles(blocks, titled, titleText);
  // "Summary", "What's next?", "TODO" are proposed to no construct; `offered` keeps them, so the walk can say what it declined.
  const proposals = offered.map(withoutNeverAsking);
  // A Notion page's title over its properties, among question headings of its level: the page's title, no question.
  const pageHead = notionPageHead(blocks, proposals);
  if (pageHead) proposals[pageHead.title] = {};
  const choice = chooseConstructs(blocks, proposals, doc.format === 'plaintext');
  // A post's front matter names its title, which its body may repeat as its lone `#` heading: the title still, no section.
  const bodyTitle = bodyTitleIndex(blocks, choice);
  const titleIndex = pageHead ? pageHead.title : doc.title === undefined || repeatsTitle(blocks[bodyTitle], doc.title) ? bodyTitle : -1;
  const interviewLog = namesInterviewLog(titleText);
  const definitions = footnoteDefinitions(blocks);
  return { doc, source, vfile, blocks, offered, proposals, pageHead, choice, titleIndex, collectsQuestions, interviewLog, definitions, uncited: uncitedFootnotes(blocks, definitions) };
}

/** Whether `block` is a heading that says `title` (case and spacing aside). */
function repeatsTitle(block: RootContent | undefined, title: string): boolean {
  const said = (text: string) => text.replace(/\s+/g, ' ').trim().toLowerCase();
  return block?.type === 'heading' && said(cleanPrompt(inlineText(block.children))) === said(title);
}
