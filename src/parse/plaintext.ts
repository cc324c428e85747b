/**
 * A reader for text copied out of rendered web pages. It is not Markdown:
 * every line is a block of its own, bullets are glyphs (`•`) whose nesting
 * shows only as indentation, and code has lost its fences. The reader turns
 * it into the same mdast the Markdown parser gives, so one extractor serves
 * both. Site chrome is left out of the tree and returned for reporting.
 */
import type { Blockquote, Code, List, ListItem, Paragraph, Root, RootContent } from 'mdast';
import type { Math } from 'mdast-util-math';
import type { Point } from 'unist';
import { withoutTrailingTags } from './trailing-tags.js';
import { naverKinPage } from './naver-kin.js';
import { inflearnQnaPage } from './inflearn-qna.js';
import { githubDiscussion } from './github-discussion.js';
import { chromeAfter, forumChrome, forumPostHeads, isSiteChrome, pagerLinks, type FollowingChrome } from './site-chrome.js';
import { forumLinkEndingChapter } from './book-forum-link.js';
import { isCodeContinuation, isStrongCodeLine, opensCode } from './code-lines.js';
import { readCopiedCode, type CopiedCode } from './copied-code.js';
import { PythonSessions } from './python-sessions.js';
import { brunchChrome, leetCodeComments } from './post-footers.js';
import { kindleClippings } from './kindle-clippings.js';
import { ASSISTANT_SAID, assistantChat, USER_SAID } from './assistant-chat.js';
import { postHead } from './post-head.js';
import { questionPageHead } from './question-page-head.js';
import { leetCodeProblemChrome } from './leetcode-problem.js';
import { strataScratchHead } from './stratascratch-page.js';
import { pageStamp } from './page-stamp.js';
import { foldButtons } from './fold-buttons.js';
import { postTags } from './post-tags.js';
import { postLikes } from './post-likes.js';
import { courseraQuizLines } from './coursera-quiz.js';
import { endFormAnswers, googleFormsQuizLines, withoutRequiredMark } from './google-forms-quiz.js';
import { dropInlineTags, quoteAsides, readConfluenceMacros } from './confluence-macros.js';
import { isWikiMarkup, wikiBlockAt } from './wiki-markup.js';
import { readMacroCode, readWikiBlock } from './wiki-markup-blocks.js';
import { BROKEN_LINE_END, codeBlock, dedent, joined, lineParagraph, LOWER_CASE_START, paragraph, paragraphFrom, span, splitLines, type Line } from './plain-text-nodes.js';
import { readTextileInline } from './textile-inline.js';
import { isAnswerLine, isQaLine } from './runaway-blocks.js';
import { wrappedQuestionEnd } from './wrapped-questions.js';
import { isLaidOutPageNumber, isPageNumber, isRunningHead } from './page-number.js';
import { slideFrame, type SlideFrameKind } from './slide-deck.js';
import { ANSWER_MARK } from './answer-mark.js';
import { sharesCardSeparator } from './custom-separators.js';
import { mayBeOutline, pointsBlock, readNumberedOutline, type OutlineLine } from './numbered-outline.js';
import { mailHeaderLines } from './mail-headers.js';
import { readAssistantPage, type AssistantPage } from './assistant-page.js';
import { QUOTED_QUESTION_LINE } from './quoted-questions.js';
import { FOLLOW_UP_HEAD } from '../wording/prompt-text.js';
import { indentWidth, readIndentedOutline, type Branch } from './indented-outline.js';
import { endsInAbbreviation, endsLeadingOn, endsWithQuestionMark } from '../wording/interrogative.js';
import { NUMBERED_LINE, numberedFaqLines, PLAIN_LINE, plainFaqLines } from './numbered-faq-lines.js';
import { QUESTION_MARK, QUESTION_MARKS } from '../wording/marks.js';

declare module 'mdast' {
  interface ParagraphData {
    /** Blank lines between this block and the one before it (plain text only). */
    blankLinesBefore?: number;
  }
  interface ListData {
    blankLinesBefore?: number;
    /**
     * A Kindle highlight that asks and answers on its line, among clippings of such highlights (numbered-faq-lines.ts):
     * a FAQ's line, though the clipping's end parts it from the others, its list one item long.
     */
    clippingFaq?: true;
  }
}

export interface LeftOutLine {
  line: number;
  /** The line as it was; for `code-line-numbers`, the numbers left out ("1-3"). */
  text: string;
  /**
   * `repeated-title` and `page-number`: a printed page's running header (the note's title again) and its number, at a page break
   * (or alone, set far right, as a copy keeping the page's layout sets it);
   * `running-head`: a printed page's number beside the book's or chapter's title, the gap between them one space (page-number.ts);
   * `code-label`: a code widget's copy button or language label; `code-line-numbers`: its gutter; `sign-off`: a post's closing words (page-footer.ts);
   * `subtitle`: a copied post's subtitle, between its title and its byline (post-head.ts);
   * `mail-header`: an email's header fields, and the line over a message it forwards or quotes (mail-headers.ts);
   * `chat-…`: a chat's lines that are no question or answer, the app's and its people's (chat-log.ts, speaker-labels.ts);
   * `chat-edit-mark`: the mark of an edit closing a message's line, `text` the mark alone (the line is kept);
   * `chat-guess`: a reply to a quiz's question that its host (a bot) answers itself after it (speaker-labels.ts);
   * `wrong-choice`: an option a copied quiz marks as the learner's wrong pick (coursera-quiz.ts);
   * `quiz-option`: an option of a copied quiz result that gives the correct answer under it; `required-mark`: the form's
   * ` *` closing a question's line, `text` the mark alone (the line is kept) (google-forms-quiz.ts);
   * `confluence-macro`: the tags of Confluence's wiki markup macros on a line, `text` the tags alone (confluence-macros.ts);
   * `wiki-markup`: a Textile or Confluence page's tags of a preformatted block alone on their line, its table of contents (wiki-markup.ts);
   * `forum-reply`: a forum thread's reply under the post, a reader's quote of it and what answers that (bbcode-post.ts);
   * `asker-words`: a Q&A page's asker's body under its question's title, and their thanks for an answer (naver-kin.ts, inflearn-qna.ts,
   * github-discussion.ts); `discussion-number`: a GitHub discussion's number closing its title, `text` the number alone (the line
   * is kept) (github-discussion.ts);
   * `clipping-header`: a Kindle clipping's book and where and when it was made (kindle-clippings.ts);
   * `chat-request`, `chat-offer`: in a chat with an assistant, the user's request for questions and the assistant's
   * offer closing its reply (assistant-chat.ts; in a Markdown chat with turns under headings, assistant-turn-headings.ts);
   * `kanban-mark`: an Obsidian Kanban board's `**Complete**` over a lane's cards, a card's `@{date}` (kanban-board.ts);
   * `wikipedia-title`: a Wikipedia section's title pasted with its `[edit]` link; `citation-marks`: its citation marks
   * taken off a line, `text` the marks alone (the line is kept) (wikipedia-marks.ts); `source-chip`: an answer engine's
   * chip for its sources taken off a line's end, `text` the chip (source-chips.ts); `assistant-draft`: a draft of an
   * assistant's reply other than the one kept as the answer (assistant-drafts.ts);
   * `readwise-highlight`: a book's passage Readwise exports, whose note asks a question and answers it; `readwise-highlight-unasked`:
   * one with no note that asks; `readwise-heading`: the heading over them, `Highlights`; `readwise-metadata`: the book's cover and
   * `## Metadata` fields over them (readwise-highlights.ts).
   */
  reason: 'readwise-highlight' | 'readwise-highlight-unasked' | 'readwise-heading' | 'readwise-metadata' | 'wrong-choice' | 'quiz-option' | 'required-mark' | 'confluence-macro' | 'wiki-markup' | 'site-chrome' | 'forum-reply' | 'subtitle' | 'mail-header' | 'repeated-title' | 'page-number' | 'running-head' | 'code-label' | 'code-line-numbers' | 'sign-off' | 'chat-date' | 'chat-placeholder' | 'chat-reactions' | 'chat-app' | 'chat-participants' | 'chat-edit-mark' | 'chat-remark' | 'chat-guess' | 'chat-request' | 'chat-offer' | 'clipping-header' | 'kanban-mark' | 'asker-words' | 'discussion-number' | 'wikipedia-title' | 'citation-marks' | SlideFrameKind | 'source-chip' | 'assistant-draft';
}

export interface PlainTextParse {
  tree: Root;
  title?: { text: string; line: number };
  leftOut: LeftOutLine[];
  /** Whether the note is written in Textile's or Confluence's wiki markup, its blocks read as such (wiki-markup.ts). */
  wikiMarkup?: true;
  /** The assistant's page the note is a copy of or not, as its lines were read: what else reads the note's page takes it from here. */
  assistantPage: AssistantPage;
}

/**
 * A line's bullet and its text. A middle dot (`·`, and `ㆍ` of Korean keyboards) is a phone's bullet at a line's start,
 * before text (`·오버피팅 이란?`); within a line it only separates (`A · B`), and a row of them is a divider. OneNote and
 * Word copy their second and third levels' bullets as the letter `o` and `§`, a tab after each (`o⇥예: XGBoost`, ⇥ a tab),
 * and Word a lettered list's items as their letter and a tab (`a.⇥…`): with the tab, no sentence's first word.
 */
const BULLET = /^([ \t]*)([•◦▪▫‣⁃∙●○■□➢➤►▶✓✔☐☑☒]|[-*+](?=\s)|[o§](?=\t)|[a-z][.)](?=\t)|[·ㆍ](?=[ \t]*[^\s·ㆍ])|(?<=^[ \t]+)\d{1,2}[.)](?=\s))[ \t]*(.*)$/;
/** An item's number or letter alone (`1.`, `a)`, `(iv)`), as Word and Google Docs copy a numbered list's, a tab after it. */
const ITEM_LABEL = /^\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]$/i;

/** Whether `text` is only a list's marker: a bullet glyph (`•`, Word's `o`) or an item's number or letter (`1.`, `a.`). */
export function isListMarker(text: string): boolean {
  return ITEM_LABEL.test(text) || BULLET.exec(`${text}\tx`)?.[2] === text;
}
/** A checklist's boxes used for bullets (Google Keep's `☐` and `☑`): whether each is ticked. */
const BOXES: Readonly<Record<string, boolean>> = { '☐': false, '☑': true, '☒': true };
/** A task list's box after its bullet, as Markdown writes it (`- [ ] …`, `- [x] …`). */
const TASK_BOX = /^\[([ xX])\][ \t]+(?=\S)/;
const MERMAID_START = /^\s*(?:(?:graph|flowchart)\s+(?:LR|RL|TB|TD|BT)\b|sequenceDiagram|classDiagram|stateDiagram(?:-v2)?|erDiagram|gantt|pie\b|journey|mindmap|gitGraph)/;
const MERMAID_LINE = /-->|---|==>|-\.->|--\s.*\s-->|^\s+\S/;
const DISPLAY_MATH_OPEN = /^\s*\\\[/;

/**
 * `textLines` is `text.split('\n')`; parseSource passes the split it already made. `chatLines`: the lines of a chat's
 * messages and of its app (chat-log.ts), none of them the note's title. `found`: the note's Python sessions, as the
 * format check found them over `textLines`. `wrapWidths`: by line index, the length from which a line of a column
 * narrower than a page filled it (two-column-page.ts), where a page's line wraps from 50 characters.
 */
export function parsePlainText(text: string, textLines: readonly string[] = text.split('\n'), chatLines?: ReadonlySet<number>, found?: PythonSessions, wrapWidths?: ReadonlyMap<number, number>): PlainTextParse {
  const lines = splitLines(textLines);
  for (const [index, width] of wrapWidths ?? []) lines[index]!.wrapsAt = width;
  const children: RootContent[] = [];
  const leftOut: LeftOutLine[] = [];
  let title: PlainTextParse['title'];
  let gap = 0;
  let i = 0;
  /** Right after some chrome, what is chrome too: a feedback widget's "Yes" / "No" buttons, a blog's other posts (site-chrome.ts). */
  let after: FollowingChrome | undefined;
  /** Each line trimmed once, for the readers of a copied page's chrome below, which read a line's words only. */
  const trimmedLines = textLines.map((line) => line.trim());
  /**
   * A copied post's head (post-head.ts): its title, told by its byline, and the site's header over it and the byline,
   * chrome; or a Zhihu answer's, the thread's question its title, the question's stats and the answerer's header chrome
   * (question-page-head.ts).
   */
  const head = postHead(trimmedLines, isTitleLine) ?? questionPageHead(trimmedLines);
  const subtitle = new Set(head?.subtitle);
  const quiz = courseraQuizLines(trimmedLines);
  const form = googleFormsQuizLines(trimmedLines);
  // A form's question asks without the mark that it is required (`… 기본값은? *`), a GitHub discussion's title without
  // its number (`… at once? #1234`): its line is trimmed anew where read.
  const unmarked = new Set(form.required);
  for (const index of form.required) {
    lines[index] = { ...lines[index]!, text: withoutRequiredMark(lines[index]!.text) };
    leftOut.push({ line: index + 1, text: '*', reason: 'required-mark' });
  }
  const forum = forumChrome(trimmedLines);
  /** A GitHub discussion's number, with its title or under it, and the asker's post (github-discussion.ts). */
  const discussion = githubDiscussion(trimmedLines, forum);
  if (discussion.number) {
    const { index, text: number } = discussion.number;
    lines[index] = { ...lines[index]!, text: lines[index]!.text.slice(0, lines[index]!.text.lastIndexOf(number)).trimEnd() };
    unmarked.add(index);
    leftOut.push({ line: index + 1, text: number, reason: 'discussion-number' });
  }
  /** Python sessions pasted as typed, as the format check found them (parseSource), unless a form's mark was taken off a line. */
  const sessions = found?.lines === textLines && form.required.length === 0 ? found : new PythonSessions(lines.map(({ text }) => text));
  /** The options a copied quiz marks as the learner's wrong picks, or that the correct answer given under them stands for: no answer. */
  const wrongChoices = new Set(quiz.wrongChoices);
  const quizOptions = new Set(form.options);
  /**
   * A Stack Exchange page's widgets, signatures and vote counts, when the note is a copy of one, a docs page's pager, a book chapter's forum link ending it (d2l.ai's), a
   * Brunch post's footer, an AI assistant's page's buttons and sources' cards, a LeetCode discussion's comments, a LeetCode problem page's tabs, widget and stats, a StrataScratch problem's difficulty, number and companies, a OneNote page's date and time under its title, a Tistory fold's buttons and its tags block, a Velog post's likes beside the page's other lines, a Coursera quiz's page.
   */
  /** A Naver 지식iN page's or an 인프런 Q&A page's chrome, and the asker's words on it and a GitHub discussion's (naver-kin.ts, inflearn-qna.ts). */
  const qnaPages = [naverKinPage(trimmedLines), inflearnQnaPage(trimmedLines)];
  const askerWords = new Set([...qnaPages.flatMap((page) => page.askerWords), ...discussion.askerWords]);
  const assistantPage = readAssistantPage(trimmedLines);
  const placed = new Set([...qnaPages.flatMap((page) => page.chrome), ...assistantPage.chrome, ...quiz.chrome, ...form.chrome, ...forum, ...pagerLinks(trimmedLines), ...forumLinkEndingChapter(trimmedLines), ...brunchChrome(trimmedLines), ...leetCodeComments(trimmedLines), ...leetCodeProblemChrome(trimmedLines), ...strataScratchHead(trimmedLines), ...pageStamp(trimmedLines), ...foldButtons(trimmedLines), ...postTags(trimmedLines), ...postLikes(trimmedLines, true), ...(head?.chrome ?? [])]);
  /** A Kindle's clippings: each one's header, and the `==========` that parts it from the next (kindle-clippings.ts). */
  const clippings = kindleClippings(trimmedLines);
  /** A chat with an assistant: the user's requests for questions, and the assistant's offers closing its replies (assistant-chat.ts). */
  const chat = assistantChat(trimmedLines);
  /**
   * Chrome that parts what it stands between: a clipping's `==========`, a forum post's head, the user's speaker line
   * under a reply. Each ends an answer, as a rule does.
   */
  const partings = new Set([...clippings.ends, ...forumPostHeads(trimmedLines), ...chat.replyEnds]);
  /** Whether the note is a Kindle's clippings: a FAQ's line in it is a clipping's, its list one item long. */
  const clipped = clippings.headers.size > 0;
  /** The tags of Confluence's macros and the code they wrap, when the note is a page's wiki markup. */
  const macros = readConfluenceMacros(textLines);
  /** Whether its headings and blocks open with Textile's or Confluence's signatures (`h3. `, `bc. `). */
  const wiki = isWikiMarkup(textLines, macros !== undefined);
  /** A mail's header, when the note is pasted from one: who wrote to whom, not what the note says. */
  const mailHeader = new Set(mailHeaderLines(textLines).map(({ line }) => line));
  /** A slide deck's numbers, notes labels and placeholders, when the note is a deck's copy. */
  const slides = slideFrame(trimmedLines);
  /** Since the last block, a page broke (its number or running header left out): the next block may go on with the last. */
  let pageBroke = false;
  /** Whether a page number was left out before: the note's last line may be the last page's. */
  let pageNumbered = false;
  /** The line the last block read ended on. */
  let lastRead = -1;
  /** The lines of a numbered outline (`1.` / `1.1.` / `1.1.1.`), when the note is one. */
  const outline = mayBeOutline(text) ? readNumberedOutline(textLines) : new Map<number, OutlineLine>();
  /** The branches of an outline written by indentation alone (a mind map's), when the note is one and no numbered outline. */
  const branches = outline.size > 0 ? new Map<number, Branch>() : readIndentedOutline(textLines, { isBullet: (text) => BULLET.test(text), wrapsOnto });
  /** A FAQ's numbered lines, each asking and answering on its line: a list's items (numbered-faq-lines.ts). */
  /**
   * The note's lines, a FAQ's looked for among them: a Kindle clipping's header and its end, the device's, are none of
   * its lines, and a highlight that asks and answers on its line is one though the others do not (each clipping a unit).
   */
  const faqText = clipped ? textLines.map((text, index) => (clippings.headers.has(index) || clippings.ends.has(index) ? '' : text)) : textLines;
  const faq = outline.size > 0 ? new Set<number>() : numberedFaqLines(faqText, clipped ? 1 : 2);
  /** A FAQ's lines with no number, each asking and answering on its line: a list's items too. */
  const plainFaq = outline.size > 0 || branches.size > 0 ? new Set<number>() : plainFaqLines(faqText, (text) => BULLET.test(text), clipped ? 1 : 2);
  const readQuotedQuestion = quotedQuestionReader(lines, mailHeader);
  /**
   * Whether line `at` (`trimmed`), the first read, is the note's title: a post's is the line its byline tells, not the
   * site's name at the note's head; another note's, a line that names the page. A chat's message is none (its header
   * a label), nor an outline's first line, its first section's title (`1. Supervised learning`), nor a card's whose
   * separator the note's lines share (`Gradient descent ~~~ …`).
   */
  const isTitle = (at: number, trimmed: string): boolean => {
    const named = head?.title !== undefined ? at === head.title : isTitleLine(trimmed);
    return named && !chatLines?.has(lines[at]!.number) && !saidInChat(at) && !outline.has(at) && !branches.has(at) && !sharesCardSeparator(textLines, at);
  };
  /** Whether line `at` is said under a speaker's line of a chat with an assistant (`You said:`): a turn, no title. */
  const saidInChat = (at: number): boolean => {
    let above = at - 1;
    while (above >= 0 && trimmedLines[above] === '') above--;
    return above >= 0 && (USER_SAID.test(trimmedLines[above]!) || ASSISTANT_SAID.test(trimmedLines[above]!));
  };
  while (i < lines.length) {
    const line = lines[i]!;
    const trimmed = unmarked.has(i) ? line.text.trim() : trimmedLines[i]!;
    if (trimmed === '') {
      gap++;
      i++;
      continue;
    }
    if (mailHeader.has(line.number)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'mail-header' });
      i++;
      continue;
    }
    const slide = slides.get(i);
    if (slide) {
      leftOut.push({ line: line.number, text: trimmed, reason: slide });
      i++;
      continue;
    }
    if (subtitle.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'subtitle' });
      i++;
      continue;
    }
    if (wrongChoices.has(i) || quizOptions.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: wrongChoices.has(i) ? 'wrong-choice' : 'quiz-option' });
      i++;
      continue;
    }
    if (chat.requests.has(i) || chat.offers.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: chat.requests.has(i) ? 'chat-request' : 'chat-offer' });
      i++;
      continue;
    }
    if (clippings.headers.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'clipping-header' });
      i++;
      continue;
    }
    if (partings.has(i)) {
      // Left out as chrome, but it ends the clipping or the post before it: an answer stops there, as at a rule.
      leftOut.push({ line: line.number, text: trimmed, reason: 'site-chrome' });
      children.push({ type: 'thematicBreak', position: { start: { line: line.number, column: 1, offset: line.offset }, end: { line: line.number, column: line.text.length + 1, offset: line.offset + line.text.length } } });
      after = undefined;
      gap = 0;
      i++;
      continue;
    }
    if (assistantPage.drafts.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'assistant-draft' });
      i++;
      continue;
    }
    if (askerWords.has(i)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'asker-words' });
      i++;
      continue;
    }
    if (isSiteChrome(line.text) || placed.has(i) || after?.isChrome(line.text)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'site-chrome' });
      after = chromeAfter(line.text) ?? after;
      i++;
      continue;
    }
    after = undefined;
    const tags = macros?.tagLines.get(i);
    if (tags) {
      leftOut.push({ line: line.number, text: tags.join(' … '), reason: 'confluence-macro' });
      i++;
      continue;
    }
    const wikiBlock = wiki ? wikiBlockAt(textLines, i) : undefined;
    if (wikiBlock?.kind === 'macro') {
      leftOut.push({ line: line.number, text: trimmed, reason: 'wiki-markup' });
      i++;
      continue;
    }
    // The page's first heading, `h1. `, is its title, as a first line of copied text is.
    if (wikiBlock?.kind === 'heading' && wikiBlock.depth === 1 && !title && children.length === 0) {
      title = { text: line.text.slice(wikiBlock.column).trim(), line: line.number };
      i++;
      gap = 0;
      continue;
    }
    if (wikiBlock?.kind === 'code') leftOut.push(...wikiBlock.tags.map((tag) => ({ line: lines[tag]!.number, text: lines[tag]!.text.trim(), reason: 'wiki-markup' as const })));
    if (title && trimmed === title.text) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'repeated-title' });
      pageBroke = true;
      i++;
      continue;
    }
    if (title && isPageNumber(trimmed) && atPageBreak(lines, i, title.text, lastRead, pageNumbered)) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'page-number' });
      pageBroke = true;
      pageNumbered = true;
      i++;
      continue;
    }
    if (isLaidOutPageNumber(line.text) && (blankAt(lines, i - 1) || blankAt(lines, i + 1))) {
      leftOut.push({ line: line.number, text: trimmed, reason: 'page-number' });
      pageBroke = true;
      i++;
      continue;
    }
    if (runningHeadAt(lines, i)) {
      leftOut.push({ line: line.number, text: trimmed.replace(/\s{3,}/, ' '), reason: 'running-head' });
      pageBroke = true;
      i++;
      continue;
    }
    const copied = readCopiedCode(lines, i);
    if (copied) {
      children.push(codeBlock(copied.lines, lines[copied.first]!, lines[copied.last]!, copied.lang));
      leftOut.push(...widgetLeftOut(lines, copied));
      gap = 0;
      i = copied.next;
      continue;
    }
    if (!title && children.length === 0 && isTitle(i, trimmed)) {
      title = { text: trimmed, line: line.number };
      i++;
      gap = 0;
      continue;
    }
    const block = (wikiBlock ? readWikiBlock(lines, i, wikiBlock) : undefined) ?? readMacroCode(lines, i, macros?.code) ?? readOutlineLines(lines, i, outline) ?? readBranches(lines, i, branches) ?? readFaqLines(lines, i, faq, NUMBERED_LINE, clipped) ?? readFaqLines(lines, i, plainFaq, PLAIN_LINE, clipped) ?? readQuotedQuestion(i) ?? readBlock(lines, i, sessions);
    const [first] = block.nodes;
    const last = children.at(-1);
    if (pageBroke && last?.type === 'paragraph' && first?.type === 'paragraph' && goesOnOverPage(lines[lastRead]!.text, line.text)) {
      // A sentence the page broke (`… that share` / `42` / the running header / `weights.`): one paragraph again.
      children[children.length - 1] = joined([last, first]);
      children.push(...block.nodes.slice(1));
    } else {
      if (first?.type === 'paragraph' || first?.type === 'list') first.data = { ...first.data, blankLinesBefore: gap };
      children.push(...block.nodes);
    }
    gap = 0;
    pageBroke = false;
    lastRead = block.next - 1;
    i = block.next;
  }
  endFormAnswers(children, form.required);
  if (macros && macros.taggedLines.size > 0) {
    dropInlineTags(children, macros.taggedLines);
    for (const [index, tags] of macros.taggedLines) leftOut.push({ line: index + 1, text: tags.join(' … '), reason: 'confluence-macro' });
    leftOut.sort((a, b) => a.line - b.line);
  }
  if (wiki) readTextileInline(children);
  const end = lines.at(-1);
  return {
    tree: {
      type: 'root',
      children: macros && macros.asides.length > 0 ? quoteAsides(children, macros.asides) : children,
      position: {
        start: { line: 1, column: 1, offset: 0 },
        end: { line: end?.number ?? 1, column: (end?.text.length ?? 0) + 1, offset: text.length },
      },
    },
    ...(title ? { title } : {}),
    leftOut,
    ...(wiki ? { wikiMarkup: true as const } : {}),
    assistantPage,
  };
}

/** A line that ends asking, leading on or in a sentence's stop, full-width marks too (`问：什么是过拟合？`): no title. */
const ENDS_AS_NO_TITLE = new RegExp(String.raw`[.:;,${QUESTION_MARKS}。：；，]$`);

/**
 * A first line that names the page rather than asks or answers. One labelled as a question (`Q: …`, `질문:`)
 * asks, whatever its end: its question is wrapped onto the next line. So does one numbered as the first of
 * a list of questions with a question mark in it, whatever follows the mark (`1. Which is an activation? (A) ReLU
 * (B) Adam`, its options on its line), and one that asks, then answers after a dash or an arrow (`과적합이란? -> …`,
 * `What is AUC? →`, answer-mark.ts): the first card of a note of one card per line.
 */
export function isTitleLine(line: string): boolean {
  // A question filed by tags (`What is X? #card`) asks as it does without them.
  const text = withoutTrailingTags(line);
  // Full-width marks too: `问：什么是过拟合？` asks, in a Chinese note.
  return text.length <= 80 && !ENDS_AS_NO_TITLE.test(text) && !BULLET.test(text) && !isStrongCodeLine(text) && !isQaLine(text) && !NUMBERED_ASKING.test(text) && !ANSWER_MARK.test(text);
}

/** `1. Which is an activation? (A) ReLU (B) Adam`: a line numbered as a list's, with a question mark in it. */
const NUMBERED_ASKING = new RegExp(String.raw`^\s*\d{1,3}[.)]\s.*${QUESTION_MARK}`);

/**
 * `> 1. How would you detect data drift?`, `> How would you detect data drift?`: a question a mail quotes, answered by
 * the lines under it, read as the quote Markdown gives, of a list item or of a paragraph (quoted-questions.ts reads what
 * is under it as its answer). A bare question's quoted lines, up to an unquoted, blank or item's one or a line of the
 * mail's header, are one paragraph that asks with its last (`> …` over `> How …?`). Other quoted lines are text.
 * Returns the reader of the line at `at`.
 */
function quotedQuestionReader(lines: readonly Line[], mailHeader: ReadonlySet<number>): (at: number) => { nodes: RootContent[]; next: number } | undefined {
  // Where the last run of bare quoted lines read ends, if it asked nothing: a line of it ends the same run, which asks
  // nothing either (a long quoted passage is read once, not once per line).
  let askingNothingUntil = -1;
  return (at) => {
    const line = lines[at]!;
    const found = QUOTED_QUESTION_LINE.exec(line.text);
    if (!found) return undefined;
    const [, markers, marker, said] = found as unknown as [string, string, string | undefined, string];
    const point = (column: number) => ({ line: line.number, column, offset: line.offset + column - 1 });
    const quote = (children: Blockquote['children'], end: Point): RootContent => ({ type: 'blockquote', children, position: { start: point(markers.indexOf('>') + 1), end } });
    if (marker === undefined) {
      if (at < askingNothingUntil || FOLLOW_UP_HEAD.test(said)) return undefined;
      const run: RegExpExecArray[] = [];
      for (let bare: RegExpExecArray | null = found; bare && bare[2] === undefined; ) {
        run.push(bare);
        const next = at + run.length;
        bare = next < lines.length && !mailHeader.has(lines[next]!.number) ? QUOTED_QUESTION_LINE.exec(lines[next]!.text) : null;
      }
      if (!endsWithQuestionMark(run.at(-1)![3]!)) {
        askingNothingUntil = at + run.length;
        return undefined;
      }
      const asked = joined(run.map((bare, k) => paragraphFrom(lines[at + k]!, bare[3]!, bare[1]!.length + 1)));
      return { nodes: [quote([asked], asked.position!.end)], next: at + run.length };
    }
    if (!endsWithQuestionMark(said)) return undefined;
    const asked = paragraphFrom(line, said, markers.length + marker.length + 1);
    const item: ListItem = { type: 'listItem', spread: false, children: [asked], position: { start: point(markers.length + 1), end: asked.position!.end } };
    const number = /^\d+/.exec(marker)?.[0];
    const list: List = { type: 'list', ordered: number !== undefined, start: number === undefined ? null : Number(number), spread: false, children: [item], position: item.position! };
    return { nodes: [quote([list], asked.position!.end)], next: at + 1 };
  };
}

function readBlock(lines: Line[], start: number, sessions: PythonSessions): { nodes: RootContent[]; next: number } {
  const line = lines[start]!;
  if (DISPLAY_MATH_OPEN.test(line.text)) {
    const math = readDisplayMath(lines, start);
    if (math) return math;
  }
  if (MERMAID_START.test(line.text)) return readMermaid(lines, start);
  if (BULLET.test(line.text)) return readList(lines, start);
  if (opensCode(line.text, lines[start + 1]?.text)) return readCode(lines, start);
  // A Python session pasted as typed (`>>> import copy` over what it printed): code, its prompts and output as written.
  const session = sessions.endAt(start);
  if (session !== undefined) return { nodes: [codeBlock(lines.slice(start, session).map((l) => l.text), line, lines[session - 1]!, 'pycon')], next: session };
  let end = start + 1;
  while (end < lines.length && wrapsOnto(lines[end - 1]!.text, lines[end]!.text, lines[end - 1]!.wrapsAt)) end++;
  // A labelled question the copy wrapped onto the lines under it, up to its answer's label, short as its lines may be
  // (wrapped-questions.ts); none of them a list's item nor code, which stand apart as they do under any line.
  const asked = wrappedQuestionEnd(lines, start);
  if (asked !== undefined && !lines.slice(start + 1, asked).some((under) => BULLET.test(under.text) || isStrongCodeLine(under.text))) end = Math.max(end, asked);
  return { nodes: [paragraph(lines.slice(start, end))], next: end };
}

/**
 * The run of a FAQ's lines from `start` (`faq`: numbered-faq-lines.ts), numbered or not (`written`: NUMBERED_LINE,
 * PLAIN_LINE: 1 the number, empty where none, 2 the text), as a list, an item a line, or undefined: a numbered list
 * from its first number where the lines are numbered.
 */
function readFaqLines(lines: Line[], start: number, faq: ReadonlySet<number>, written: RegExp, clipped: boolean): { nodes: RootContent[]; next: number } | undefined {
  if (!faq.has(start)) return undefined;
  const items: BulletLine[] = [];
  let number: string | undefined;
  const next = readItems(lines, start, items, {
    opens: (j, text) => (faq.has(j) ? written.exec(text) ?? undefined : undefined),
    take: (match, j, text) => {
      number ??= match[1]!;
      items.push({ indent: 0, line: lines[j]!, content: match[2]!, contentColumn: text.length - match[2]!.length + 1, checked: null, wrapped: [] });
      return true;
    },
  });
  const { list } = buildList(items, 0, items.length);
  if (clipped) list.data = { clippingFaq: true };
  return { nodes: [number ? { ...list, ordered: true, start: Number.parseInt(number, 10) } : list], next };
}

/**
 * The line of a numbered outline at `start` (numbered-outline.ts), without its number: a section's title or a
 * question, a paragraph that says so (`data.outline`); or the points of an answer from it on, the lines numbered
 * under the question, as the answer's list, nested as the outline nests them, numbered as they were at their level
 * (`1.2.1.`, `1.2.2.` as `1.`, `2.`). A point alone is the answer's paragraph: a list of one numbers nothing.
 * Undefined when the line is none of the outline's.
 */
function readOutlineLines(lines: Line[], start: number, outline: ReadonlyMap<number, OutlineLine>): { nodes: RootContent[]; next: number } | undefined {
  const entry = outline.get(start);
  if (!entry) return undefined;
  const line = lines[start]!;
  const content = line.text.slice(entry.textStart).trimEnd();
  if (entry.role === 'section' || entry.role === 'question') {
    let end = start + 1;
    while (end < lines.length && !outline.has(end) && wrapsOnto(lines[end - 1]!.text, lines[end]!.text, lines[end - 1]!.wrapsAt)) end++;
    const text = joined([paragraphFrom(line, content, entry.textStart + 1), ...lines.slice(start + 1, end).map(lineParagraph)]);
    text.data = { outline: { number: entry.number, level: entry.path.length, role: entry.role } };
    return { nodes: [text], next: end };
  }
  const items: BulletLine[] = [];
  const entries: OutlineLine[] = [];
  const next = readItems(lines, start, items, {
    opens: (j) => outline.get(j),
    // An answer's steps (`1. Compute the gradient`), as its points, are the items of its list.
    take: (point, j, text) => {
      if (point.role === 'section' || point.role === 'question') return false;
      items.push({ indent: point.path.length, line: lines[j]!, content: text.slice(point.textStart).trimEnd(), contentColumn: point.textStart + 1, checked: null, wrapped: [] });
      entries.push(point);
      return true;
    },
  });
  const block = pointsBlock(
    items.map((item, k) => ({
      level: item.indent,
      number: entries[k]!.path.at(-1)!,
      paragraph: itemParagraph(item),
      position: span(item.line, item.wrapped.at(-1) ?? item.line),
      step: entries[k]!.role === 'step',
    })),
  );
  return { nodes: [block], next };
}

/**
 * The branches of an outline written by indentation alone from `start` on (indented-outline.ts), as the list of
 * bullets they would be, nested as indented; undefined when the line is none of them.
 */
function readBranches(lines: Line[], start: number, branches: ReadonlyMap<number, Branch>): { nodes: RootContent[]; next: number } | undefined {
  if (!branches.has(start)) return undefined;
  const items: BulletLine[] = [];
  const next = readItems(lines, start, items, {
    opens: (j) => branches.get(j),
    take: (branch, j, text) => {
      items.push({ indent: branch.depth, line: lines[j]!, content: text.slice(branch.textStart).trimEnd(), contentColumn: branch.textStart + 1, checked: null, wrapped: [] });
      return true;
    },
  });
  return { nodes: [buildList(items, 0, items.length).list], next };
}

/**
 * A long line of prose that stops mid-sentence, and a next line that goes on with it in lower case
 * (`… It penalizes large weights and pushes` / `them toward zero …`): one sentence the copy wrapped,
 * a paragraph (or a list item's text), not two. A next line that reads as code (`x = 1`) or a list
 * item does not go on so. Long: `wrapsAt` characters or more, fewer in a narrow column.
 */
export function wrapsOnto(previous: string, next: string, wrapsAt = WRAPPED_LINE_LENGTH): boolean {
  const before = previous.trim();
  // A word broken at the line's end (`regulariza-` over `tion.`) goes on however little follows.
  return goesOn(before, next, BROKEN_LINE_END.test(before), wrapsAt);
}

/** What ends a sentence or a clause at a line's end: the line stops there, and does not wrap. */
const SENTENCE_STOP = new RegExp(String.raw`[.!:;。${QUESTION_MARKS}！：；]$`);

/**
 * Whether `before` (a line, trimmed) is a long line of prose that stops mid-sentence (an abbreviation's stop does not
 * end it: `e.g.`, `i.e.`, `etc.`, `vs.`, `cf.`, `Fig.`) and `next`, no list item nor
 * code, goes on with it: as prose does (CONTINUING_PROSE), or with `anyWord`, with any word in lower case.
 */
function goesOn(before: string, next: string, anyWord: boolean, wrapsAt = WRAPPED_LINE_LENGTH): boolean {
  const after = next.trimStart();
  // An abbreviation's full stop (`…, e.g.` over `normalizing …`) stops no sentence: the line wraps on after it, and
  // after `e.g.`, `i.e.` or `vs.` however short it is, as what it leads on to must follow.
  const leadsOn = endsLeadingOn(before);
  return (
    (before.length >= wrapsAt || leadsOn) &&
    before.includes(' ') &&
    (!SENTENCE_STOP.test(before) || endsInAbbreviation(before)) &&
    (anyWord ? LOWER_CASE_START.test(after) : CONTINUING_PROSE.test(after)) &&
    !BULLET.test(next) &&
    !isStrongCodeLine(next)
  );
}

/** Copied text wraps at the width of its page's column: a shorter line ended where its author ended it (a narrower column's `wrapsAt`). */
const WRAPPED_LINE_LENGTH = 50;
/**
 * A lower-case word, then another word (not `x = 1`); or one alone that ends the question or the sentence (`model?`,
 * `weights.`, the wrap's last word), but for a word that may answer the line above (`yes.`).
 */
const CONTINUING_PROSE = new RegExp(String.raw`^(?!(?:yes|no|yeah|yep|nope|true|false|correct|right|wrong)\b)\p{Ll}[\p{L}'’-]*(?:[,.;:]?\s+[\p{L}\d(]|[${QUESTION_MARKS}.。]$)`, 'u');

function readDisplayMath(lines: Line[], start: number): { nodes: RootContent[]; next: number } | undefined {
  let body = '';
  for (let j = start; j < lines.length && j < start + 50; j++) {
    body += (j === start ? '' : '\n') + lines[j]!.text;
    const close = body.indexOf('\\]');
    if (close !== -1) {
      const rest = body.slice(close + 2).trim();
      if (rest !== '') return undefined; // text after the formula: an inline use, keep the line as prose
      const value = body.slice(body.indexOf('\\[') + 2, close).trim();
      const node: Math = { type: 'math', value, data: { delimiter: '\\[' }, position: span(lines[start]!, lines[j]!) };
      return { nodes: [node], next: j + 1 };
    }
    if (lines[j]!.text.trim() === '' && j > start) break;
  }
  return undefined;
}

function readMermaid(lines: Line[], start: number): { nodes: RootContent[]; next: number } {
  let j = start + 1;
  while (j < lines.length && lines[j]!.text.trim() !== '' && MERMAID_LINE.test(lines[j]!.text)) j++;
  const body = lines.slice(start, j);
  const node: Code = { type: 'code', lang: 'mermaid', meta: null, value: dedent(body.map((l) => l.text)).join('\n'), position: span(body[0]!, body.at(-1)!) };
  return { nodes: [node], next: j };
}

/** A label, its punctuation and a space (`A: `, `Answer 2: `, `**Q:** `): not code's `q.append(x)` nor `A.T @ B`, nor `a: int = 1`. */
const LABEL_THEN_SPACE = /^\s*(?!a\s*[:：])[^\s:：.)][^\n:：.)]{0,19}[:：.)](?:\*\*|__)?[ \t]+\S/;

/**
 * A line labelled as a question or an answer (`A: Both print [1, 1], the default is shared.`): it ends the code over
 * it, whatever brackets it holds, as the label says where the answer starts.
 */
function isLabelledLine(text: string): boolean {
  return LABEL_THEN_SPACE.test(text) && (isQaLine(text) || isAnswerLine(text));
}

function readCode(lines: Line[], start: number): { nodes: RootContent[]; next: number } {
  let j = start + 1;
  while (j < lines.length) {
    const text = lines[j]!.text;
    if (isCodeContinuation(text) && !isLabelledLine(text)) {
      j++;
      continue;
    }
    // One blank line inside code, when code clearly goes on after it.
    if (text.trim() === '' && j + 1 < lines.length && isStrongCodeLine(lines[j + 1]!.text)) {
      j += 2;
      continue;
    }
    break;
  }
  const body = lines.slice(start, j);
  return { nodes: [codeBlock(body.map((l) => l.text), body[0]!, body.at(-1)!)], next: j };
}

function widgetLeftOut(lines: Line[], copied: CopiedCode): LeftOutLine[] {
  const leftOut: LeftOutLine[] = copied.labels.map((label) => ({ line: lines[label.index]!.number, text: label.text, reason: 'code-label' }));
  const numbers = copied.lineNumbers;
  if (numbers) leftOut.push({ line: lines[copied.first]!.number, text: `${numbers.from}-${numbers.to}`, reason: 'code-line-numbers' });
  return leftOut;
}

interface BulletLine {
  indent: number;
  line: Line;
  content: string;
  contentColumn: number;
  /** A checklist's item, ticked or not; null for a bullet with no box. */
  checked: boolean | null;
  /** The lines the item's text wrapped onto (`wrapsOnto`). */
  wrapped: Line[];
}

/**
 * Consecutive bullet lines, blank lines between them allowed, nested by
 * indentation. A top-level bullet after two or more blank lines starts a new
 * list: on copied pages a wider gap is where something (a heading, a figure)
 * stood, and the extractor needs to see that boundary.
 */
function readList(lines: Line[], start: number): { nodes: RootContent[]; next: number } {
  const groups: BulletLine[][] = [[]];
  const gaps: number[] = [0];
  let topIndent: number | undefined;
  const items: BulletLine[] = [];
  const glyphsAt = new Map<number, string[]>();
  const next = readItems(lines, start, items, {
    opens: (_, text) => BULLET.exec(text) ?? undefined,
    take: (match, j, text, blanks) => {
      if (isSiteChrome(text)) return false;
      const written = indentWidth(match[1]!);
      // A level by its glyph sits between the written indents: under its parent, over any item indented further.
      const indent = written + glyphLevel(glyphsAt, written, match[2]!) / 100;
      topIndent ??= indent;
      if (indent <= topIndent && blanks >= 2 && groups.at(-1)!.length > 0) {
        groups.push([]);
        gaps.push(blanks);
      }
      const { content, checked } = withoutBox(match[2]!, match[3]!);
      const item = { indent, line: lines[j]!, content, contentColumn: text.length - content.length + 1, checked, wrapped: [] };
      groups.at(-1)!.push(item);
      items.push(item);
      return true;
    },
  });
  const nodes = groups.map((group, index) => {
    const list = buildList(group, 0, group.length).list;
    if (index > 0) list.data = { blankLinesBefore: gaps[index]! };
    return list;
  });
  return { nodes, next };
}

/**
 * Word, Google Docs and OneNote copy a list's nesting as its bullets' glyphs, not as indentation: `•` over `o` over `§`
 * (Word, OneNote), `●` over `○` over `■` (Google Docs). So a glyph of a lower level, at the indent of items with another
 * glyph, is as many levels under them as its glyph came after theirs (`glyphsAt`: the glyphs met at each indent, in order).
 */
function glyphLevel(glyphsAt: Map<number, string[]>, indent: number, glyph: string): number {
  const seen = glyphsAt.get(indent) ?? [];
  glyphsAt.set(indent, seen);
  if (!seen.includes(glyph)) seen.push(glyph);
  const rank = seen.indexOf(glyph);
  return rank > 0 && LOWER_LEVEL_GLYPHS.has(glyph) ? rank : 0;
}
const LOWER_LEVEL_GLYPHS = new Set(['o', '§', '○', '◦', '■', '▪']);

/**
 * The items of a run of lines from `start`, each pushed to `items` by `take`: a blank line is skipped (counted, for
 * `take` to tell a gap), a line that opens no item and wraps onto the last item's text, or stands where that text
 * starts (continuesItem), is that item's (`wrapped`), and
 * a line that opens one (`opens`) is offered to `take`, which ends the run by refusing it, as any other line ends it.
 * Returns where the run ends: its trailing blank lines belong to whatever follows.
 */
function readItems<Opening>(
  lines: readonly Line[],
  start: number,
  items: readonly BulletLine[],
  reading: { opens(j: number, text: string): Opening | undefined; take(opening: Opening, j: number, text: string, blanks: number): boolean },
): number {
  let j = start;
  let blanks = 0;
  for (; j < lines.length; j++) {
    const text = lines[j]!.text;
    if (text.trim() === '') {
      blanks++;
      continue;
    }
    const opening = reading.opens(j, text);
    const item = items.at(-1);
    if (opening === undefined && item && blanks === 0 && (wrapsOnto(item.wrapped.at(-1)?.text ?? item.content, text, (item.wrapped.at(-1) ?? item.line).wrapsAt) || continuesItem(item, text))) {
      item.wrapped.push(lines[j]!);
      continue;
    }
    if (opening === undefined || !reading.take(opening, j, text, blanks)) break;
    blanks = 0;
  }
  return j - blanks;
}

/**
 * Whether `text`, a line right under `item` that opens none, stands where the item's text starts (`- What is X?` over
 * `  (short)`, a tab and two spaces under `⇥- …`): the item's next line, as an outliner's block (Logseq's) and Markdown
 * write one, whatever it says. Not a line at the margin, nor one indented otherwise.
 */
function continuesItem(item: BulletLine, text: string): boolean {
  const indent = /^[ \t]*/.exec(text)![0];
  if (indent === '') return false;
  const head = item.line.text.slice(0, item.contentColumn - 1);
  return indentWidth(indent) === indentWidth(head.replace(/[^\t]/g, ' '));
}

/**
 * An item's text without its box, and whether the box is ticked: a checklist's item is read as Markdown reads
 * a task list's, the box no part of its text (`☐ What is a p-value?`, `- [x] What is a p-value?`).
 */
function withoutBox(bullet: string, text: string): { content: string; checked: boolean | null } {
  const box = BOXES[bullet];
  if (box !== undefined) return { content: text, checked: box };
  const task = TASK_BOX.exec(text);
  return task ? { content: text.slice(task[0].length), checked: task[1] !== ' ' } : { content: text, checked: null };
}

function buildList(items: BulletLine[], from: number, to: number): { list: List } {
  const children: ListItem[] = [];
  const baseIndent = items[from]!.indent;
  let k = from;
  while (k < to) {
    const item = items[k]!;
    let end = k + 1;
    while (end < to && items[end]!.indent > item.indent && items[end]!.indent > baseIndent) end++;
    const last = items[end - 1]!;
    const listItem: ListItem = { type: 'listItem', spread: false, checked: item.checked, children: [itemParagraph(item)], position: span(item.line, last.wrapped.at(-1) ?? last.line) };
    if (end > k + 1) listItem.children.push(buildList(items, k + 1, end).list);
    children.push(listItem);
    k = end;
  }
  return {
    list: { type: 'list', ordered: false, start: null, spread: false, children, position: span(items[from]!.line, items[to - 1]!.line) },
  };
}

/**
 * Whether the page number on line `at` stands where a page breaks: right over or under the running header (the note's
 * title repeated, `title`), or ending the note after another page number (the last page's). A number elsewhere may be
 * an answer's (`42`).
 */
function atPageBreak(lines: readonly Line[], at: number, title: string, lastRead: number, pageNumbered: boolean): boolean {
  let next = at + 1;
  while (next < lines.length && lines[next]!.text.trim() === '') next++;
  let previous = at - 1;
  while (previous > lastRead && lines[previous]!.text.trim() === '') previous--;
  const header = (k: number) => lines[k]!.text.trim() === title;
  return (next < lines.length ? header(next) : pageNumbered) || (previous > lastRead && header(previous));
}

/** Whether line `at` is blank, or out of the note: a page's number standing alone at the page's foot or head. */
function blankAt(lines: readonly Line[], at: number): boolean {
  return at < 0 || at >= lines.length || lines[at]!.text.trim() === '';
}

/**
 * Whether line `at` is a printed page's running head or foot (page-number.ts: `64      Machine Learning Interviews`)
 * standing alone: a line right over or under it set out the same way, a wide gap in it, is a row of a table or of a
 * book's contents (`4.1 Cross-validation      64`), not a page's edge.
 */
function runningHeadAt(lines: readonly Line[], at: number): boolean {
  if (!isRunningHead(lines[at]!.text)) return false;
  const gapped = (line: Line | undefined) => line !== undefined && /\S[ \t]{3,}\S/.test(line.text);
  return !gapped(lines[at - 1]) && !gapped(lines[at + 1]);
}

/** Whether the line that ended a page stops mid-sentence and the next page's first line goes on with it in lower case. */
function goesOnOverPage(previous: string, next: string): boolean {
  return goesOn(previous.trim(), next, true);
}

/** An item's text, and the lines it wrapped onto, as one paragraph. */
function itemParagraph(item: BulletLine): Paragraph {
  return joined([paragraphFrom(item.line, item.content, item.contentColumn), ...item.wrapped.map(lineParagraph)]);
}

