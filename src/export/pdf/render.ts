/**
 * The cheat sheet from start to end: plan the reading order, read every
 * answer once, typeset all formulas, measure every block, place the blocks
 * in columns and pages, then paint page by page. Because everything is
 * measured and placed before the first page is drawn, page numbers (contents,
 * "n / N" footers) are known when they are drawn; no page is ever revisited.
 */
import type { Diagnostic } from '../../report/diagnostic.js';
import type { Question, QuestionBank } from '../../schema/question-bank.js';
import { continuedBand, questionCount, sectionBand } from './bands.js';
import { answerCard, unansweredCard } from './card.js';
import { contentsRows, footerItems, titleRows, type ContentsEntry } from './contents.js';
import { DiagnosticLog } from './diagnostics.js';
import { rowsHeight, type Row } from './display-list.js';
import { identifyDocument, openDocument } from './document.js';
import { EventLoopTurns } from './event-loop-turns.js';
import { FontBook } from './fonts.js';
import { withReporter, type LayoutContext } from './layout-context.js';
import { MathCache } from './math.js';
import { bookmarkText, OutlineWriter, questionBookmark } from './outline.js';
import { MARGIN, pageFrame, type Paper, type PageFrame } from './page-frame.js';
import { Painter } from './paint.js';
import { contextSourceOf, type ReadFile } from '../answer-images.js';
import { PictureShelf } from './pictures.js';
import { blockOf, placeBlocks, type FlowBlock, type PlacedPage } from './placement.js';
import { mathRequests, prepareQuestion, type PreparedQuestion } from './prepared-question.js';
import { hasAnswer, planSheet, topicOf } from './sections.js';
import { wordingText } from '../../wording/plain-wording.js';
import { breadcrumb } from '../../wording/marks.js';
import { TextShaper } from './text-shaper.js';
import { COLOUR, SPACE } from './theme.js';

export interface SheetOptions {
  title: string;
  paper: Paper;
  columns: number;
  includeUnanswered: boolean;
  /** The folder occurrence paths are relative to: answers' pictures are found from there. */
  sourceRoot: string;
  readFile?: ReadFile;
}

export interface RenderedSheet {
  bytes: Uint8Array;
  pages: number;
  diagnostics: Diagnostic[];
  /** The local picture files the answers asked for, drawn or not (sorted). */
  pictures: string[];
}

export const UNANSWERED_SECTION = 'Questions without an answer';
const CONTENTS = 'Contents';
const BAND_SPACE = 7;
const TITLE_GAP = 6;

interface TopicPlan {
  title: string;
  /** Its bookmark: the title with each formula spelled in Unicode (outline.ts). */
  bookmark: string;
  anchor: string;
  questions: PreparedQuestion[];
}

/** The sheet's language (its PDF metadata): Korean, Chinese or Japanese when most questions are, else English. */
function documentLanguage(questions: readonly Question[]): string {
  const count = (lang: Question['lang']) => questions.filter((question) => question.lang === lang).length;
  const english = count('en');
  // A mixed question is counted with Korean, as it was when those were the only two.
  const others = [['ko', count('ko') + count('mixed')], ['zh', count('zh')], ['ja', count('ja')]] as const;
  const [language, most] = others.reduce((a, b) => (b[1] > a[1] ? b : a));
  return most * 2 > questions.length || (most > english && english * 2 < questions.length) ? language : 'en';
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

function subtitleOf(bank: QuestionBank, topics: readonly TopicPlan[], options: SheetOptions): string {
  const answered = topics.reduce((sum, topic) => sum + topic.questions.length, 0);
  const unanswered = bank.questions.filter((question) => !hasAnswer(question)).length;
  const parts = [`${plural(answered, 'answered question')} in ${plural(topics.length, 'topic')}`];
  if (bank.sources.length > 0) parts[0] += `, from ${plural(bank.sources.length, 'note')}`;
  if (unanswered > 0) parts.push(options.includeUnanswered ? `${unanswered} without an answer listed at the end` : `${unanswered} without an answer left out`);
  return parts.join(' · ');
}

export async function renderSheet(bank: QuestionBank, options: SheetOptions): Promise<RenderedSheet> {
  const plan = planSheet(bank, options.includeUnanswered);
  const topics: TopicPlan[] = plan.topics.map((topic) => ({
    title: topic.title,
    // Topics are matched case-insensitively: the first question's is the one the band shows.
    bookmark: (topic.questions[0]?.topic && bookmarkText(topic.questions[0].topic)) || topic.title,
    anchor: topic.anchor,
    questions: topic.questions.map((question) => prepareQuestion(question, true)),
  }));
  const unanswered = plan.unanswered.map((question) => prepareQuestion(question, false));

  const math = new MathCache();
  await math.prepare(mathRequests([...topics.flatMap((topic) => topic.questions), ...unanswered]));

  // Where the notes are is no part of the document: the same notes elsewhere give the same file.
  const { readFile, sourceRoot, ...shown } = options;
  const identity = JSON.stringify({ bank, options: shown });
  const { doc, bytes } = openDocument({
    paper: options.paper,
    title: options.title,
    subject: subtitleOf(bank, topics, options),
    lang: documentLanguage(bank.questions),
    identity,
  });
  const fonts = new FontBook(doc);
  const log = new DiagnosticLog();
  const leftOut = options.includeUnanswered ? [] : bank.questions.filter((question) => !hasAnswer(question));
  for (const question of leftOut) log.about(question).leftOutUnanswered();
  const sheet = withReporter({ shaper: new TextShaper(fonts), math, reporter: log.about(null) }, log.about(null));
  const pictures = new PictureShelf(doc, sourceRoot, readFile);

  const title = titleRows(options.title, subtitleOf(bank, topics, options), pageFrame(options.paper, options.columns, 0).contentWidth, sheet);
  const frame = pageFrame(options.paper, options.columns, rowsHeight(title) + TITLE_GAP);
  // What a column holds under the band that opens a continued one: a row taller runs past its bottom.
  const columnRoom = frame.bottom - frame.top - rowsHeight(continuedBand(CONTENTS, undefined, frame.columnWidth, sheet));
  const turns = new EventLoopTurns();
  const blocks = await sheetBlocks(topics, unanswered, frame.columnWidth, columnRoom, sheet, log, pictures, turns);
  // The same bank with other pictures is another document.
  if (pictures.requested().length > 0) identifyDocument(doc, `${identity}\n${pictures.digest()}`);
  const pages = placeBlocks(blocks, frame, (section, question) =>
    blockOf(continuedBand(section, question, frame.columnWidth, sheet), { framed: false, keepWithNext: false, spaceBefore: 0 }),
  );

  await paint(doc, fonts, pages, frame, title, options.title, sheet, turns);
  doc.end();
  return { bytes: await bytes, pages: pages.length, diagnostics: log.list, pictures: pictures.requested() };
}

async function sheetBlocks(
  topics: readonly TopicPlan[],
  unanswered: readonly PreparedQuestion[],
  width: number,
  columnRoom: number,
  sheet: LayoutContext,
  log: DiagnosticLog,
  pictures: PictureShelf,
  turns: EventLoopTurns,
): Promise<FlowBlock[]> {
  const shownPictures = ({ question }: PreparedQuestion) => (question.context ? { shownPictures: pictures.finderFor(question, contextSourceOf(question)) } : {});
  const reportingTooTall = (rows: Row[], context: LayoutContext): Row[] => {
    if (rows.some((row) => row.height > columnRoom)) context.reporter.tooTall();
    return rows;
  };
  const entries: ContentsEntry[] = topics.map((topic) => ({
    title: topic.title,
    note: String(topic.questions.length),
    target: topic.anchor,
  }));
  if (unanswered.length > 0) entries.push({ title: UNANSWERED_SECTION, note: String(unanswered.length), target: 'unanswered' });

  const blocks: FlowBlock[] = [
    blockOf(sectionBand(CONTENTS, undefined, width, sheet), {
      framed: false,
      keepWithNext: true,
      spaceBefore: 0,
      mark: { level: 0, title: CONTENTS, anchor: 'contents' },
    }),
    blockOf(contentsRows(entries, width, sheet), { framed: false, keepWithNext: false, section: CONTENTS, spaceBefore: SPACE.bandGap }),
  ];
  for (const topic of topics) {
    blocks.push(
      blockOf(sectionBand(topic.title, questionCount(topic.questions.length), width, sheet), {
        framed: false,
        keepWithNext: true,
        spaceBefore: BAND_SPACE,
        mark: { level: 0, title: topic.bookmark, anchor: topic.anchor },
      }),
    );
    for (const [index, prepared] of topic.questions.entries()) {
      await turns.take();
      const context = { ...withReporter(sheet, log.about(prepared.question)), pictures: pictures.finderFor(prepared.question), ...shownPictures(prepared) };
      blocks.push(
        blockOf(reportingTooTall(answerCard(prepared, width, context), context), {
          framed: true,
          keepWithNext: false,
          section: topic.title,
          spaceBefore: index === 0 ? SPACE.bandGap : SPACE.cardGap,
          mark: { level: 1, title: questionBookmark(prepared.question) },
          continuedLabel: cardLabel(prepared.question),
        }),
      );
    }
  }
  if (unanswered.length > 0) {
    blocks.push(
      blockOf(sectionBand(UNANSWERED_SECTION, questionCount(unanswered.length), width, sheet), {
        framed: false,
        keepWithNext: true,
        spaceBefore: BAND_SPACE,
        mark: { level: 0, title: UNANSWERED_SECTION, anchor: 'unanswered' },
      }),
    );
    for (const [index, prepared] of unanswered.entries()) {
      await turns.take();
      const context = { ...withReporter(sheet, log.about(prepared.question)), ...shownPictures(prepared) };
      blocks.push(
        blockOf(reportingTooTall(unansweredCard(prepared, topicOf(prepared.question), width, context), context), {
          framed: true,
          keepWithNext: false,
          section: UNANSWERED_SECTION,
          spaceBefore: index === 0 ? SPACE.bandGap : SPACE.cardGap * 0.6,
          mark: { level: 1, title: questionBookmark(prepared.question) },
        }),
      );
    }
  }
  withReporter(sheet, log.about(null));
  return blocks;
}

async function paint(
  doc: PDFKit.PDFDocument,
  fonts: FontBook,
  pages: readonly PlacedPage[],
  frame: PageFrame,
  title: ReturnType<typeof titleRows>,
  titleText: string,
  sheet: LayoutContext,
  turns: EventLoopTurns,
): Promise<void> {
  const pageOf = new Map<string, number>();
  pages.forEach((page, index) => {
    for (const segment of page.segments) {
      const anchor = segment.first ? segment.block.mark?.anchor : undefined;
      if (anchor && !pageOf.has(anchor)) pageOf.set(anchor, index + 1);
    }
  });
  const painter = new Painter(doc, fonts, pageOf);
  const outline = new OutlineWriter(doc, frame.pageWidth);
  for (const [index, page] of pages.entries()) {
    await turns.take();
    doc.addPage({ size: [frame.pageWidth, frame.pageHeight], margin: 0 });
    if (index === 0) painter.rows(title, frame.left, MARGIN.top);
    for (const segment of page.segments) {
      if (segment.first && segment.block.mark) outline.mark(segment.block.mark, segment.x, segment.y);
      painter.rows(segment.rows, segment.x, segment.y);
      if (segment.block.framed) painter.frame(segment.x, segment.y, segment.width, segment.height, COLOUR.cardBorder, 0.5);
    }
    painter.items(footerItems(titleText, index + 1, pages.length, frame.contentWidth, sheet), frame.left, frame.footerBaseline);
  }
}

/** A question's label where its card goes on, drawn in the sheet's fonts: a follow-up with what it asks about (`What is an SVM? › What are its pros and cons?`). */
function cardLabel(question: Question): string {
  const asked = wordingText(question.question);
  return question.about === undefined ? asked : breadcrumb(wordingText(question.about), asked);
}
