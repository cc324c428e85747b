/**
 * Which constructs carry the questions of this document? Decided from the
 * document itself: a heading depth whose headings mostly ask (or are
 * numbered) is the question level; `Q:` lines, bold prompts and `<details>`
 * summaries count when they ask; plain lines are the fallback for notes
 * with no markup of their own. A post whose headings mostly name sections
 * ("Introduction", "Setup", "Conclusion") may still ask under one of them
 * with a question mark: such a heading asks too.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import type { Construct } from './extracted-question.js';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { questionTableOf } from './recognizers/question-table.js';
import { isQuestionList } from './recognizers/question-list.js';
import { asksInChinese, endsWithQuestionMark, hasWords, isAdmonitionTitle, isAnswerLabel, isTitleLike, namesAnswerPart, namesAWayTo, namesQuestionCollection, readsAsComparison } from '../wording/interrogative.js';
import { FOLLOW_UP_HEAD, inlineText, labelsQuestion, SECTION_NUMBER, STEP_LABEL } from '../wording/prompt-text.js';
import { isReferencesHeading } from './references.js';
import { titlesAnswerPart } from './answer-part-title.js';

/** A prompt that asks with a question word and ends with a question mark, or asks as a Chinese line does without one. */
export function asksOutright(found: PromptCandidate): boolean {
  return found.interrogative && (endsWithQuestionMark(found.prompt) || asksInChinese(found.prompt));
}

/**
 * A heading its author numbers that sets a task (`### 1. Design a Recommendation System`, `## 3. Implement
 * K-means`): a question among headings that name sections, as one that asks outright is; a numbered label
 * of what follows it (`### 1. **Define the metric:**`) is not.
 */
export function setsNumberedTask(found: PromptCandidate): boolean {
  return found.construct === 'heading' && found.marked && found.interrogative && !/[:：]$/.test(found.prompt);
}

/**
 * A question mark or the author's own numbering, not just a question word; but a numbered label of what
 * follows it (`### 1. **Stochastic Gradient Descent (SGD):**` in an answer) introduces, it does not ask.
 */
function asksStrongly(found: PromptCandidate): boolean {
  return (found.marked && !/[:：]$/.test(found.prompt)) || endsWithQuestionMark(found.prompt);
}

export type Proposals = Partial<Record<Construct, PromptCandidate>>;

export interface ConstructChoice {
  /** Heading depths that hold questions, with the share of them that ask. */
  headingDepths: Map<number, number>;
  /**
   * Depths above every question level (or any depth, with none) whose headings mostly name
   * sections: of these, only a heading that asks with a question mark is a question. Empty when
   * another construct (`Q:` lines, bold prompts, `<details>`, callouts, tables) carries the questions.
   */
  askingDepths: Set<number>;
  /**
   * Of `askingDepths` and `headingDepths`, those of a note of concepts: each heading there asks with a
   * question mark or names a concept over the bullets or short paragraph that explain it, with no heading
   * under it (`## Batch Norm` over its points, beside `## Embedding 이란?`; `namesConcept`). Each such name
   * is a question too ("what is it?"); a post's sections (`## Setup` over paragraphs running on, or over
   * sub-sections) are not so written.
   */
  conceptDepths: Set<number>;
  qa: boolean;
  bold: boolean;
  /** Paragraphs led by a bold number (`**1)** …`), when nothing else carries the questions. */
  numberedBold: boolean;
  /** Bold questions answered on their own line (`**What is X?** X is …`), when the note asks no other way. */
  boldLead: boolean;
  details: boolean;
  /**
   * The note's `<details>` are its questions, and one that names a concept (`<summary>Dropout</summary>`) asks
   * about it as the others ask outright: two ask at least, as many as name a concept, none is of another kind
   * (`Example`, a sentence), and no other construct carries questions.
   */
  conceptDetails: boolean;
  /** Obsidian question callouts (`> [!question] ...`). */
  callout: boolean;
  line: boolean;
}

/**
 * A heading labelled a follow-up (`### Follow-up: How would you pick k?`, `### 꼬리질문: …`, `### 追问：…`): a part of the
 * question or problem above it, whatever else its level holds (`### Solution` beside it under `## Problem 1: K-Means`).
 */
export function labelsFollowUp(heading: Heading): boolean {
  return FOLLOW_UP_HEAD.test(inlineText(heading.children));
}

/** A references heading (`#### Reference` after each answer) or an anchor (`#### #1-1`): no section, no question. */
function namesNoSection(heading: Heading): boolean {
  return isReferencesHeading(heading as RootContent) || !hasWords(inlineText(heading.children));
}

export function chooseConstructs(blocks: readonly RootContent[], proposals: readonly Proposals[], plaintext: boolean): ConstructChoice {
  /** Per depth, its headings; `collected…`: those that ask only by standing under a title of a collection of questions. */
  const perDepth = new Map<number, { all: number; asking: number; weak: number; strong: number; outright: number; concepts: boolean; empty: boolean; named: boolean; collectedAsking: number; collectedStrong: number }>();
  let qa = 0;
  let boldQuestions = 0;
  let boldLeads = 0;
  let headingQuestions = 0;
  let numberedBold = 0;
  let details = 0;
  /** `<details>` whose summary does not ask: naming a concept, or anything else. */
  let detailsNaming = 0;
  let detailsOther = 0;
  let callout = 0;
  let tables = 0;
  /** Paragraphs that are a question, asked with a question mark (`What does L2 regularization do?`). */
  let askingLines = 0;
  /** Of those, the ones not set in bold. */
  let plainAskingLines = 0;
  const collected = collectedDepths(blocks, proposals);
  const postTitle = titleOverQuestions(blocks, proposals);
  blocks.forEach((block, index) => {
    if (index === postTitle) return;
    const proposal = proposals[index]!;
    const asks = (found?: PromptCandidate) => Boolean(found && (found.interrogative || found.marked));
    // A heading labelled a question (labelled-sections.ts) is one whatever the others are: it says nothing of their depth.
    // Nor do a references heading (`#### Reference` after each answer) or an anchor (`#### #1-1`): they name no section and ask nothing.
    // Nor does a follow-up's label (`### Follow-up: …?` beside `### Solution`): it follows a question up however that one is asked.
    if (block.type === 'heading' && !proposal.heading?.labelled && !namesNoSection(block) && !labelsFollowUp(block)) {
      const entry = perDepth.get(block.depth) ?? { all: 0, asking: 0, weak: 0, strong: 0, outright: 0, concepts: true, empty: false, named: false, collectedAsking: 0, collectedStrong: 0 };
      entry.all++;
      // One with nothing under it yet (`## CNN` among `## Batch Norm` over its points) is read as it would be over an answer: it says nothing against them.
      const outright = proposal.heading !== undefined && asksOutright(proposal.heading);
      const empty = !outright && proposal.heading !== undefined && isEmptySection(index, blocks);
      const named = !outright && !empty && proposal.heading !== undefined && namesConcept(blocks, index, proposal.heading);
      const chapter = proposal.heading !== undefined && numbersChapter(blocks, index, proposal.heading);
      // Under a title of a collection, a chapter or category among the concepts (`## CNN` over its own, beside `## Dropout`) groups some of them.
      const grouping = collected.has(block.depth) && (chapter || titlesCategory(blocks, index));
      entry.concepts &&= outright || empty || named || grouping;
      entry.empty ||= empty;
      entry.named ||= named;
      const inCollection = collected.has(block.depth) && !chapter && !grouping;
      const heading = proposal.heading;
      if (asks(heading) && !chapter) entry.asking++;
      // One that names a way to do something or compares (`### GPU 메모리가 부족할 때 대처 방법`, `### Adam vs SGD`) asks as
      // its siblings do where they ask (block-roles.ts): it votes with them (below), never alone.
      else if (heading !== undefined && !chapter && (namesAWayTo(heading.prompt) || readsAsComparison(heading.prompt))) entry.weak++;
      else if (inCollection) entry.collectedAsking++;
      if (proposal.heading?.interrogative) headingQuestions++;
      if (proposal.heading && asksStrongly(proposal.heading) && !chapter) entry.strong++;
      else if (inCollection) entry.collectedStrong++;
      if (proposal.heading && (asksOutright(proposal.heading) || setsNumberedTask(proposal.heading))) entry.outright++;
      perDepth.set(block.depth, entry);
    }
    if (block.type === 'paragraph' && proposal.line?.interrogative && endsWithQuestionMark(proposal.line.prompt)) {
      askingLines++;
      if (!proposal.bold) plainAskingLines++;
    }
    // A follow-up's label (`꼬리질문: …?` under `2. …?` and its answer) follows the questions whatever carries them: it says nothing of that.
    if (proposal.qa && !(block.type === 'paragraph' && FOLLOW_UP_HEAD.test(inlineText(block.children)))) qa++;
    // A bold question with its mark after the run (`**What is data leakage**?`) asks as its line does: it leaves the
    // note's construct to its other lines (`**Dropout**?` under it, a note of plain questions).
    // So does a bold line that titles a part of the answer above (`**How it works**` under a plain question's text): no question.
    if (asks(proposal.bold) && !proposal.bold!.markAfterBold && !titlesAnswerPart(index, blocks, proposals)) {
      if (proposal.bold!.boldLead) boldLeads++;
      else boldQuestions++;
    }
    if (proposal['numbered-bold']) numberedBold++;
    if (asks(proposal.details)) details++;
    else if (proposal.details) {
      if (foldNamesConcept(proposal.details.prompt)) detailsNaming++;
      else detailsOther++;
    }
    if (proposal.callout) callout++;
    if (questionTableOf(block)) tables++;
  });
  // Bold questions are weighed against plain lines that ask, as headings that ask are against other constructs
  // (`headingsOutnumber`): one `**What is batch norm?**` among three plain questions is one of them, no construct
  // of the note's that would make the plain ones text of its answer.
  const bold = plainAskingLines > 2 * boldQuestions ? 0 : boldQuestions;
  // A question callout or a table of questions says where the questions are, as a `Q:` line does.
  const marksQuestions = qa > 0 || bold > 0 || details > 0 || callout > 0 || tables > 0;
  // Under a title of a collection of questions, headings name its questions, when nothing else in the note asks:
  // no heading of its own, no question of another construct, no paragraph that is a question (`## Regularization`
  // over `What does L2 regularization do?` names the section of that question).
  const headingsAsk = [...perDepth.values()].some((entry) => entry.asking > 0);
  // (Lists are read last, and only then: deciding a list asks reads every item of it.)
  if (
    collected.size > 0 &&
    !marksQuestions &&
    !headingsAsk &&
    askingLines === 0 &&
    boldLeads === 0 &&
    numberedBold === 0 &&
    !blocks.some((block) => block.type === 'list' && isQuestionList(block))
  ) {
    for (const entry of perDepth.values()) (entry.asking += entry.collectedAsking), (entry.strong += entry.collectedStrong);
  }
  // The shallowest depth whose headings mostly ask is the question level.
  // Deeper levels sit inside answers ("How It Works", "Code Example"), so
  // they count only when their headings ask outright or are numbered.
  const headingDepths = new Map<number, number>();
  for (const depth of [...perDepth.keys()].sort((a, b) => a - b)) {
    const { all, asking, weak, strong } = perDepth.get(depth)!;
    // A heading that names a way or compares votes only beside one that asks: no more of them than of those
    // (a blog's `## 설치 방법`, `## 사용 방법` over one `## …차이는?` stay its sections).
    const votes = headingDepths.size === 0 ? asking + Math.min(weak, asking) : strong;
    if (votes >= 1 && votes * 2 >= all) headingDepths.set(depth, asking / all);
  }
  // `**What is X?** X is …` paragraphs are the questions of a note that asks no other way (two or more of
  // them, no heading that asks); under another construct they are points of its answers.
  const boldLead = boldLeads >= 2 && headingQuestions === 0 && !marksQuestions;
  const otherConstruct = marksQuestions || boldLead;
  const structured = headingDepths.size > 0 || otherConstruct;
  // Two or more, so one bold-numbered point in a plain note does not stop its lines asking; under
  // another construct, such paragraphs are points of its answers (`**1)** Use dropout.`).
  const numbered = !structured && numberedBold >= 2;
  // Deeper than a question level, a heading that asks sits in an answer ("### Why does it work?"); where
  // `Q:` lines, bold prompts or callouts carry the questions, a heading that asks is their section's title.
  // Not where headings that ask outright are more of them: one bold question in a `## …？` note (amusi's
  // `**ResNet的F(x)究竟长什么样子？**` among twenty heading questions) is a question among them, not their construct.
  const questionLevel = Math.min(...headingDepths.keys());
  const outrightHeadings = [...perDepth.values()].reduce((sum, { outright }) => sum + outright, 0);
  const headingsOutnumber = outrightHeadings > 2 * (qa + bold + details + callout + tables + (boldLead ? boldLeads : 0));
  const askingDepths = new Set(
    otherConstruct && !headingsOutnumber ? [] : [...perDepth].filter(([depth, { outright }]) => outright > 0 && depth < questionLevel && !headingDepths.has(depth)).map(([depth]) => depth),
  );
  // Levels whose every heading asks outright or names a concept over its explanation: those of a note of concepts. A name
  // with nothing under it counts as one only beside a name over its explanation: among headings that all ask
  // (`## Statistics` over `## What is a p-value?`), it names their category, no concept.
  const conceptDepths = new Set(
    [...askingDepths, ...headingDepths.keys()].filter((depth) => {
      const { concepts, empty, named } = perDepth.get(depth)!;
      return concepts && (!empty || named);
    }),
  );
  return {
    headingDepths,
    askingDepths,
    conceptDepths,
    qa: qa > 0,
    bold: bold > 0 || boldLead,
    numberedBold: numbered,
    boldLead,
    details: details > 0,
    conceptDetails: details >= 2 && detailsNaming <= details && detailsOther === 0 && qa + bold + callout + tables === 0,
    callout: callout > 0,
    line: plaintext ? qa === 0 : !structured && !numbered,
  };
}

/** A lone top heading that opens the note (after blank HTML at most), the only one of its depth: the index of the note's title, or -1. */
export function loneTitle(blocks: readonly RootContent[]): number {
  const first = blocks.findIndex((block) => block.type !== 'html' || block.value.trim() !== '');
  const title = blocks[first];
  if (title?.type !== 'heading' || title.depth !== 1) return -1;
  return blocks.some((block, index) => index !== first && block.type === 'heading' && block.depth === 1) ? -1 : first;
}

/**
 * The note's title, when it asks (`# ✍️ What is a Statistics Interview?`) over a body that asks questions of its own,
 * two at least (lines or lists that ask): the post's name, not a question whose answer is the whole post. A title
 * over its one answer (`# What is dropout?`, however many sections that answer has) is still a question. The index
 * of that heading, or -1.
 */
function titleOverQuestions(blocks: readonly RootContent[], proposals: readonly Proposals[]): number {
  const first = loneTitle(blocks);
  if (first < 0 || !proposals[first]?.heading?.interrogative) return -1;
  let asking = 0;
  for (let index = first + 1; index < blocks.length && asking < 2; index++) if (blocks[index]!.type === 'paragraph' && proposals[index]!.line?.interrogative) asking++;
  // Lists are read last: deciding that one asks reads every item of it.
  for (let index = first + 1; index < blocks.length && asking < 2; index++) {
    const block = blocks[index]!;
    if (block.type === 'list' && isQuestionList(block)) asking += 2;
  }
  return asking >= 2 ? first : -1;
}

/**
 * A heading at `index` that names a concept over a list explaining it, with no deeper heading in its section;
 * or over a short paragraph-led section (`## Cross-validation` over `Split the data into k folds, …`): a
 * post's own sections (`## Implementation` among `## What is attention?`) run on for more blocks. Not over a
 * list of questions: it titles them.
 */
function namesConcept(blocks: readonly RootContent[], index: number, found: PromptCandidate): boolean {
  const heading = blocks[index] as Heading;
  const next = blocks[index + 1];
  // `## Answers` over the list that answers the questions above is their answers' section.
  if (!isTitleLike(found.prompt) || isAnswerLabel(found.prompt)) return false;
  const overParagraph = next?.type === 'paragraph' && explainsAfter(heading, next);
  if (!overParagraph && !(next?.type === 'list' && !isQuestionList(next))) return false;
  const { depth } = heading;
  for (let k = index + 2; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type === 'heading') return block.depth <= depth;
    if (overParagraph && k - index > CONCEPT_SECTION_BLOCKS) return false;
  }
  return true;
}

/**
 * Whether the heading at `index` has nothing under it: the note ends, or a heading of its depth or shallower comes
 * next, thematic breaks aside.
 */
export function isEmptySection(index: number, blocks: readonly RootContent[]): boolean {
  const { depth } = blocks[index] as Heading;
  let at = index + 1;
  while (blocks[at]?.type === 'thematicBreak') at++;
  const next = blocks[at];
  return next === undefined || (next.type === 'heading' && next.depth <= depth);
}

/**
 * A `<summary>` that names a concept (`Dropout`, `Batch normalization`, `힙`, `栈`), not a kind of aside (`Example`,
 * `Note`) or a letter (`A`): a Hangul syllable or a Han character alone is a word.
 */
function foldNamesConcept(summary: string): boolean {
  return isTitleLike(summary) && NAMING_WORD.test(summary) && !isAdmonitionTitle(summary);
}

const NAMING_WORD = /\p{L}{2}|[\p{Script=Hangul}\p{Script=Han}]/u;

/**
 * Whether `paragraph` under `heading` may explain a concept the heading names: not under a book's numbered section
 * (`### 2.1.1 What companies want`) or a walkthrough's step (`## Step 1: Clarify the requirements`), and not a
 * paragraph that asks (`## Open problems` over `Why does it work so well?`).
 */
function explainsAfter(heading: Heading, paragraph: Paragraph): boolean {
  const title = inlineText(heading.children).trim();
  return !SECTION_NUMBER.test(title) && !STEP_LABEL.test(title) && !endsWithQuestionMark(inlineText(paragraph.children).trim());
}

/** Most blocks a concept's paragraph-led explanation holds (a paragraph, a formula, a list or code, a closing line). */
const CONCEPT_SECTION_BLOCKS = 3;

/**
 * `# 2. ML Performance` right over `## 2.1 ROC AUC` (or `### 2-1.`): a numbered heading whose number the next heading
 * carries on is a chapter, numbered as chapters are, not a question (one that asks still is); so is one
 * right over a question heading its author labels (`## 1. Foundational Concepts` over `### Q1: …`).
 */
export function numbersChapter(blocks: readonly RootContent[], index: number, found: PromptCandidate): boolean {
  const heading = blocks[index] as Heading;
  const next = blocks[index + 1];
  if (found.interrogative || endsWithQuestionMark(found.prompt) || next?.type !== 'heading' || next.depth <= heading.depth) return false;
  const number = /^\s*(\d{1,3})\.\s/.exec(inlineText(heading.children))?.[1];
  const below = inlineText(next.children);
  // Or over a question its author labels (`## 1. Foundational Concepts` over `### Q1: What is RAG?`): a section of them.
  // `1.1`, or `1-1` as Korean blogs number a chapter's sections (`## 1. 딥러닝 기초` over `### 1-1. 역전파란?`).
  return number !== undefined && (new RegExp(`^\\s*${number}[.-]\\d{1,3}\\b`).test(below) || labelsQuestion(below));
}

/**
 * The depths of the headings right under a title that names a collection of questions (`# 1. Basic
 * Interview Questions` over `## 1.1 Bias - Variance Tradeoff`), and under a chapter or category right under it: each
 * of those names a question to answer.
 */
function collectedDepths(blocks: readonly RootContent[], proposals: readonly Proposals[]): Set<number> {
  const depths = new Set<number>();
  const nextHeading = (from: number) => {
    let next = from + 1;
    while (next < blocks.length && blocks[next]!.type !== 'heading') next++;
    return next;
  };
  blocks.forEach((block, index) => {
    const found = proposals[index]!.heading;
    if (block.type !== 'heading' || !found || !namesQuestionCollection(found.prompt)) return;
    const next = nextHeading(index);
    const heading = blocks[next] as Heading | undefined;
    if (!heading || heading.depth <= block.depth) return;
    depths.add(heading.depth);
    // A chapter or a category right under it (`## 1. CNN` over `### 1-1. Convolution`, `## CNN` over `### Convolution`
    // and `### Pooling`) groups questions: the headings under it name them too.
    if (groupsQuestions(blocks, next, proposals[next]?.heading)) depths.add((blocks[nextHeading(next)] as Heading).depth);
  });
  return depths;
}

/** A chapter (numbersChapter) or a category (titlesCategory): a heading that groups the questions under it, no question. */
function groupsQuestions(blocks: readonly RootContent[], index: number, found: PromptCandidate | undefined): boolean {
  return found !== undefined && (numbersChapter(blocks, index, found) || titlesCategory(blocks, index));
}

/**
 * `## CNN` right over `### Convolution` and `### Pooling`: a heading with nothing of its own over two deeper headings or
 * more, none of which names a part of an answer (`### 정의`, `### 장점`, `### Formula` under `## 배치 정규화` are the
 * parts of what it explains).
 */
function titlesCategory(blocks: readonly RootContent[], index: number): boolean {
  const { depth } = blocks[index] as Heading;
  const first = blocks[index + 1];
  if (first?.type !== 'heading' || first.depth <= depth) return false;
  let under = 0;
  for (let k = index + 1; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'heading') continue;
    if (block.depth <= depth) break;
    if (block.depth !== first.depth) continue;
    if (namesAnswerPart(inlineText(block.children))) return false;
    under++;
  }
  return under >= 2;
}
