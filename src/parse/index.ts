/**
 * The parse stage: a loaded source becomes a `Document` (mdast), read as
 * Markdown or as copied plain text depending on its content. Everything the
 * reader leaves out or cannot read is reported on the source's vfile.
 */
import { detectFormat, type SourceFormat } from './detect-format.js';
import type { Document, TextSource } from './document.js';
import { dropPageFooter } from './page-footer.js';
import { readAnkdownCards, readReviewCards } from './review-cards.js';
import { liftFoldLists } from './fold-lists.js';
import { readInlineCards } from './inline-cards.js';
import { markAnkiCards } from './anki-block-cards.js';
import { readRemNoteCards } from './remnote-cards.js';
import { readDefinitionLists } from './definition-lists.js';
import { readGlossaryLines, splitGlossaryParagraphs } from './glossary-lines.js';
import { readGlossaryLists } from './glossary-lists.js';
import { readHtmlDefinitionLists } from './html-definition-lists.js';
import { parsePlainText, type LeftOutLine } from './plaintext.js';
import { dropOffersAndRequests } from './assistant-turn-headings.js';
import { dropChatLines } from './assistant-chat.js';
import { dropKanbanMarks } from './kanban-board.js';
import { readReadwiseHighlights } from './readwise-highlights.js';
import { parseMarkdownRecovering, type RunawayBlock } from './runaway-blocks.js';
import { splitPromptRuns } from './prompt-runs.js';
import { readBoldLabels } from './bold-labels.js';
import { markDottedAnswerLabels } from './dotted-answer-labels.js';
import { markJudgedStatements } from './judged-statements.js';
import { unquotePairs } from './quoted-pairs.js';
import { mailHeaderLines } from './mail-headers.js';
import { endQuotesAtAnswers, readQuotedQuestions, unquoteQuestionsNotRead } from './quoted-questions.js';
import { dropLines } from './left-out-lines.js';
import { reportLeftOut } from './left-out-messages.js';
import { answerChromeLines } from './site-chrome.js';
import { dropWikipediaMarks } from './wikipedia-marks.js';
import { dropAnswerPageChips, dropAssistantPageChrome, readAssistantPage } from './assistant-page.js';
import { closeMarkupGaps, readSiteMarkup } from './site-markup.js';
import { withoutFoamReferences } from './foam-references.js';
import { withoutJoplinMetadata } from './joplin-metadata.js';
import { insertDetailsBlocks } from './hugo-shortcodes.js';
import { isMdxPage } from './mdx-accordions.js';
import { quoteCallouts } from './mdx-callouts.js';
import { bbcodeToMarkdown, endQuotesAtTheirClose, isBbcodePost } from './bbcode-post.js';
import { endHeadingsAtText } from './kramdown-attributes.js';
import { readObsidianSyntax } from './obsidian-syntax.js';
import type { ReferencedBlock } from './block-references.js';
import { readCardExport } from './card-export.js';
import { spreadsheetKind } from './spreadsheet.js';
import { cardExportDocument, parseSpreadsheet, questionSheetDocument, titledSheetDocument } from './sheet-source.js';

import { reportUnclosedComment } from './obsidian-comments.js';
import { findSpeakers, markChatSpeech, markSpeakerLines, readChatSpeech, readPostSpeech, type ChatSpeech, type Speakers } from './speaker-labels.js';
import { headerLinesOf, readChatMessages, type ChatLog, type ChatMessages } from './chat-log.js';
import { readSpokenQuestions } from './spoken-questions.js';
import { readIndentedPrompts } from './indented-prompts.js';
import { joinAdmonitionQuotes, readAdmonitions, readContentTabs } from './mkdocs-admonitions.js';
import { readRstAdmonitions } from './rst-admonitions.js';
import { readLiteralBlockMarkers } from './rst-literal-blocks.js';
import { readFormulaImages } from './formula-images.js';
import { readColouredText } from './coloured-text.js';
import { readSpoilers } from './spoilers.js';
import { readHtmlPage } from './html-page.js';
import { isRtfDocument, rtfToText } from './rtf-document.js';
import { isMailMessage, mailText, readMailMessage, type MailMessage } from './mail-message.js';
import { subtitleKind, subtitlesToText, type SubtitleKind } from './subtitles.js';
import { stampedTranscript, type StampedTranscript } from './stamped-transcript.js';
import { convertedText, type ConvertedText } from './converted-text.js';
import { twoColumnLayout, type ColumnRun } from './two-column-page.js';
import { isHtmlPage } from './text-kind.js';
import { markCells, readNotebook, type Notebook } from './notebook.js';
import { isOrgNote, isOrgOutlineText, orgToMarkdown } from './org-mode.js';
import { isLatexNote, latexToMarkdown } from './latex-note.js';
import { asciidocToMarkdown, isAsciidocNote } from './asciidoc-note.js';
import { isRstNote, rstToMarkdown } from './rst-note.js';
import { isScrapboxPage, readScrapboxCode, scrapboxToMarkdown } from './scrapbox-page.js';
import { isTypstNote, typstToMarkdown } from './typst-note.js';
import { isOpml, opmlToMarkdown } from './opml-outline.js';
import { enexToMarkdown, isEnexExport } from './enex-export.js';
import { canvasToMarkdown, isCanvas } from './json-canvas.js';
import { readKeepNote } from './keep-note.js';
import { readRoamExport } from './roam-export.js';
import { isRoamNote, readRoamItalics } from './roam-italics.js';
import { wikiDialect, wikiToMarkdown, type WikiDialect } from './wiki-page.js';
import { isTiddlyWikiNote, tiddlyWikiToMarkdown } from './tiddlywiki-note.js';
import { readAnkiBlocks, type AnkiBlocksNote } from './anki-blocks.js';
import { readYamlQuestionLists } from './yaml-questions.js';
import { FRONT_MATTER_LANGUAGE } from './front-matter.js';
import { readTextAfterComments } from './text-after-comment.js';
import { readPandocTables } from './pandoc-tables.js';
import { PythonSessions, readPythonSessions, unquotedSessions } from './python-sessions.js';
import type { ParseOptions } from './markdown.js';
import type { Root } from 'mdast';
import { visit } from 'unist-util-visit';
import type { VFileMessage } from 'vfile-message';
import { lineRange } from '../report/line-span.js';
import { readHeadingBlocks } from './heading-blocks.js';
import { readPageProperties } from './page-properties.js';
import { splitRunTogetherLabels } from './run-together-labels.js';

export type { Document, TextSource } from './document.js';
export type { SourceFormat } from './detect-format.js';
export { detectFormat } from './detect-format.js';
export { parseMarkdown } from './markdown.js';
export { parsePlainText } from './plaintext.js';

/** A first line of fields separated by tabs: a sheet's header, perhaps. */
const TABBED_FIRST_LINE = /^[^\n\t]*\t/;

export function parseSource(source: TextSource): Document {
  if (isRtfDocument(source.text)) return parseRtfDocument(source);
  const subtitles = subtitleKind(source.text);
  if (subtitles) return parseSubtitles(source, subtitles);
  if (isMailMessage(source.text)) return parseMailMessage(source);
  if (isHtmlPage(source.text)) return parseHtmlPage(source);
  const exported = isOpml(source.text) ? parseOpml(source) : isEnexExport(source.text) ? parseEnexExport(source) : isCanvas(source.file) ? parseCanvas(source) : undefined;
  if (exported) return exported;
  const json = /\.json$/i.test(source.file) ? parseJsonExport(source) : undefined;
  if (json) return json;
  const notebook = readNotebook(source.text);
  if (notebook) return parseNotebook(source, notebook);
  if (isOrgNote(source.file) || isOrgOutlineText(source.file, source.text)) return parseOrgNote(source);
  if (isLatexNote(source.file)) return parseLatexNote(source);
  if (isAsciidocNote(source.file)) return parseAsciidocNote(source);
  if (isRstNote(source.file)) return parseRstNote(source);
  if (isTypstNote(source.file)) return parseTypstNote(source);
  const sheet = spreadsheetKind(source.file);
  if (sheet) return parseSpreadsheet(source, sheet);
  // A sheet saved as text with its header (`Topic<TAB>Question<TAB>Answer`), its question column anywhere.
  // Or copied under its title, the header on a line after it (`구분<TAB>질문<TAB>답변`).
  const headed = TABBED_FIRST_LINE.test(source.text) ? questionSheetDocument(source, 'tsv') : source.text.includes('\t') ? titledSheetDocument(source) : undefined;
  if (headed) return headed;
  const cards = readCardExport(source.text);
  // A chat exported with a tab after its times (LINE's `21:02⇥田中⇥Q. …`, Zoom's) is read as a chat, not as cards whose
  // fronts are clock times: its messages, read once here, are the ones the plain-text reader marks.
  const tabbedChat = cards ? readChatMessages(source.text.split('\n')) : undefined;
  if (cards && !tabbedChat?.chat) return cardExportDocument(source, cards);
  const blocks = readAnkiBlocks(source.text);
  if (blocks) return parseAnkiBlocks(source, blocks);
  const note = withoutJoplinMetadata(source.text);
  if (note.lines) reportJoplinMetadata(source, note.lines);
  const read = note.text === source.text ? source : { ...source, text: note.text };
  // Split once: the format check and the reader chosen both read the lines.
  const lines = read.text.split('\n');
  // A video's transcript copied with a time stamp over each caption line.
  const transcript = stampedTranscript(lines);
  if (transcript) return parseStampedTranscript(read, transcript);
  // A Scrapbox page is told by its content: copied out of the browser, it has no telling name.
  if (isScrapboxPage(read.text, lines)) return parseScrapboxPage(read, lines);
  // So is a wiki page's source, MediaWiki's or DokuWiki's, or a Zim page (its header says so).
  const wiki = wikiDialect(read.text, lines);
  if (wiki) return parseWikiPage(read, lines, wiki);
  // And a TiddlyWiki tiddler, by its `.tid` name, its type field or its `!` headings.
  if (isTiddlyWikiNote(source.file, read.text, lines)) return parseTiddlyWikiNote(read, lines);
  if (isBbcodePost(read.text)) return parseBbcodePost(read);
  // An MDX page is Markdown by its name, whatever its text looks like (a page of accordions has no Markdown syntax).
  // Python sessions pasted bare tell the format (their `>>>` is no quote) and are read as code: found once, for both.
  const sessions = new PythonSessions(lines);
  const format = isMdxPage(source.file) ? 'markdown' : detectFormat(read.text, lines, sessions);
  const columns = format === 'plaintext' ? twoColumnLayout(lines) : undefined;
  if (columns) reportDoubtfulColumns(read, columns.doubtful);
  if (columns?.page) return parseTwoColumnPage(read, columns.page, columns.read);
  const runTogether = splitRunTogetherLabels(lines);
  if (runTogether) return parseRunTogether(read, format, runTogether);
  return format === 'markdown' ? parseMarkdownSource(read, lines, {}, { definitionLists: true, pandocTables: true }, sessions) : parsePlainTextSource(read, lines, sessions, read === source ? tabbedChat : undefined);
}

/**
 * A note whose Q&A pairs a copy ran together on a line (`Q1: … A1: … Q2: …`, run-together-labels.ts): read in its
 * format with each label beginning a line, at the line of the file it stands on, and the note says which lines.
 */
function parseRunTogether(source: TextSource, format: SourceFormat, { text, split }: NonNullable<ReturnType<typeof splitRunTogetherLabels>>): Document {
  const read = format === 'markdown' ? parseConverted(source, text.text, text.lineOf, {}, undefined, { definitionLists: true, pandocTables: true }) : parseConvertedText(source, text);
  for (const { line, labels } of split) {
    const shown = labels.length > 4 ? [...labels.slice(0, 3), '…'] : labels;
    source.vfile.info(`Split line ${line} at its labels (${shown.join(' ')}): ${labels.filter((_, k) => k % 2 === 0).length} questions and their answers run together on one line, each label read as beginning a line`, {
      place: { line, column: 1 },
      ruleId: 'run-together-labels',
      source: 'qbank',
    });
  }
  return read;
}

/**
 * A page set in two columns and copied with its layout (two-column-page.ts): read as copied text, each run of the
 * two columns' lines the left column's first, then the right column's, at the lines of the file; the note says which.
 */
function parseTwoColumnPage(source: TextSource, page: ConvertedText, runs: readonly ColumnRun[]): Document {
  const read = parseConvertedText(source, page);
  for (const { first, last, column } of runs) {
    source.vfile.info(`Read ${lineRange(first, last)} as two columns side by side, as a page copied with its layout sets them (pdftotext -layout): the left column's lines first, then the right column's, from column ${column}`, {
      place: { line: first, column: 1 },
      ruleId: 'two-column-page',
      source: 'qbank',
    });
  }
  return read;
}

/** Lines that seem to hold two columns side by side, but on too few of them to be read so (two-column-page.ts). */
function reportDoubtfulColumns(source: TextSource, runs: readonly ColumnRun[]): void {
  for (const { first, last, column, sideBySide, written } of runs) {
    source.vfile.message(`Two columns side by side, it seems, on ${lineRange(first, last)} (text on both sides of a gap at column ${column} on ${sideBySide} of their ${written} lines), but too few to be sure: read as one column, line by line, so a question of one column may run into the other's`, {
      place: { line: first, column: 1 },
      ruleId: 'two-column-page',
      source: 'qbank',
    });
  }
}

/**
 * A forum post copied with its BBCode, read as the Markdown it stands for, line for line (bbcode-post.ts): copied
 * text, as the format says, whose markup is read. Its questions are worded as the Markdown gives them, without tags.
 */
function parseBbcodePost(source: TextSource): Document {
  const post = bbcodeToMarkdown(source.text);
  const read = parseConverted(source, post.markdown, (line) => line);
  endQuotesAtTheirClose(read.tree, post.markdown, post.quoteEnds);
  source.vfile.info('Read as a forum post written in BBCode: its bold lines as headings, its code, quotes, folds and links as the Markdown they stand for', { place: { line: 1, column: 1 }, ruleId: 'bbcode-post', source: 'qbank' });
  reportLeftOut(source, post.leftOut);
  return { ...read, format: 'plaintext' };
}

/** Joplin's fields after a note of its raw export, left out before the note is read (joplin-metadata.ts). */
function reportJoplinMetadata(source: TextSource, [first, last]: [number, number]): void {
  source.vfile.info(`Left out the note's metadata that Joplin's raw export writes after it (${lineRange(first, last)}: id, parent_id, created_time, …, type_)`, {
    place: { line: first, column: 1 },
    ruleId: 'joplin-metadata',
    source: 'qbank',
  });
}

/** Copied plain text, read line by line (plaintext.ts). `messages`: its chat's, when parseSource read them already. */
function parsePlainTextSource(source: TextSource, lines: readonly string[], sessions: PythonSessions, messages?: ChatMessages, wrapWidths?: ReadonlyMap<number, number>): Document {
  // A chat's header is a label, and its message and the app's date no title (`minji — Today at 9:03 PM` over the first).
  // Or a post copied with its messages' headers, too few to make a chat: they, the app's lines and the replies are no title either.
  const speech = readSpeech(lines, messages);
  const log = speech.chat ?? speech.post;
  const parsed = parsePlainText(source.text, lines, log ? new Set([...log.messages.flatMap((message) => [...headerLinesOf(message), ...message.said]), ...log.appLines.map(({ line }) => line)]) : undefined, sessions, wrapWidths);
  readSpoilers(parsed.tree, source.text, lines);
  markDottedAnswerLabels(parsed.tree, source.text);
  const { lineTags, sectionTags, noteTags } = readObsidianSyntax(parsed.tree, lines, source.vfile, source.text);
  markSpeech(parsed.tree, source.text, lines, speech);
  readSpokenQuestions(parsed.tree, source.text);
  const { chatSpeech } = speech;
  // Its chrome is out already, and its tags: what ends the note now may be the post's sign-off (a call to repost).
  const mail = parsed.leftOut.some(({ reason }) => reason === 'mail-header');
  const leftOut = [...parsed.leftOut, ...(chatSpeech?.leftOut ?? []), ...dropPageFooter(parsed.tree, source.text, lines, { mail, copied: true, perplexityFooter: parsed.assistantPage.perplexityFooter }), ...dropWikipediaMarks(parsed.tree, source.text, lines), ...dropAnswerPageChips(parsed.tree, lines, parsed.assistantPage)];
  if (parsed.wikiMarkup) {
    source.vfile.info('Read as a Textile or Confluence wiki page: its h1. to h6. headings, p. paragraphs, bq. quotes, bc. and <pre> code, tables and *bold*, _em_, @code@ and "words":url links as the Markdown they stand for', {
      place: { line: 1, column: 1 },
      ruleId: 'wiki-markup',
      source: 'qbank',
    });
  }
  reportLeftOut(source, chatSpeech ? leftOut.sort((a, b) => a.line - b.line) : leftOut);
  // The note's end read, what is under each quoted question is its answer.
  readQuotedQuestions(parsed.tree, lines, mail);
  unquoteQuestionsNotRead(parsed.tree);
  readGlossaryLines(parsed.tree, source.text, lines, source.vfile, { noteTitle: parsed.title });
  readGlossaryLists(parsed.tree, source.vfile, { noteTitle: parsed.title });
  return {
    source,
    format: 'plaintext',
    tree: parsed.tree,
    ...(parsed.title ? { title: parsed.title.text } : {}),
    ...(lineTags.length > 0 ? { lineTags } : {}),
    ...(sectionTags.length > 0 ? { sectionTags } : {}),
    ...(noteTags.length > 0 ? { tags: noteTags } : {}),
  };
}

/** An RTF document (TextEdit's, WordPad's), read as the plain text it stands for (rtf-document.ts), at the file's lines. */
function parseRtfDocument(source: TextSource): Document {
  const rtf = rtfToText(source.text);
  const read = parseConvertedText(source, rtf);
  source.vfile.info('Read as an RTF document: its text as copied text, without its control words, font and colour tables and formatting', { place: { line: 1, column: 1 }, ruleId: 'rtf-document', source: 'qbank' });
  if (rtf.unclosed > 0) {
    const groups = rtf.unclosed === 1 ? 'a group' : `${rtf.unclosed} groups`;
    source.vfile.message(`The RTF document ends inside ${groups} never closed (cut short?): its text is read to the file's end`, { place: { line: source.text.split('\n').length, column: 1 }, ruleId: 'rtf-document', source: 'qbank' });
  }
  return read;
}

/** A video's transcript copied with its time stamps, read as its caption lines make it (stamped-transcript.ts), at the file's lines. */
function parseStampedTranscript(source: TextSource, transcript: StampedTranscript): Document {
  const read = parseConvertedText(source, transcript);
  const told = `Read as a video's transcript copied with its time stamps: its ${transcript.stamps} time stamp lines (\`0:03\`) left out, the caption lines under them joined into the lines of a transcript`;
  source.vfile.info(told, { place: { line: 1, column: 1 }, ruleId: 'stamped-transcript', source: 'qbank' });
  return read;
}

/** A subtitle file (SubRip, WebVTT), read as the transcript its cues' text makes (subtitles.ts), at the file's lines. */
function parseSubtitles(source: TextSource, kind: SubtitleKind): Document {
  const subtitles = subtitlesToText(source.text.split('\n'), kind);
  const read = parseConvertedText(source, subtitles);
  const cues = `${subtitles.cues} ${subtitles.cues === 1 ? 'cue' : 'cues'}`;
  const other = subtitles.otherBlocks > 0 ? `, and its header and ${subtitles.otherBlocks} NOTE, STYLE or REGION ${subtitles.otherBlocks === 1 ? 'block' : 'blocks'},` : kind === 'vtt' ? ', and its header,' : '';
  const repeats = subtitles.repeats > 0 ? `; ${subtitles.repeats} ${subtitles.repeats === 1 ? 'line' : 'lines'} that only repeated the cue before's last line, as rolling captions do, left out too` : '';
  const told = `Read as ${kind === 'srt' ? 'SubRip' : 'WebVTT'} subtitles: the text of its ${cues} as the lines of a transcript; their numbers and timecodes${other} left out${repeats}`;
  source.vfile.info(told, { place: { line: 1, column: 1 }, ruleId: 'subtitles', source: 'qbank' });
  return read;
}

/** A mail saved whole (`.eml`), read as the mail a client shows (mail-message.ts): its body decoded, at the file's lines. */
function parseMailMessage(source: TextSource): Document {
  const mail = readMailMessage(source.text);
  const read = mail.html ? parseHtmlMail(source, mail) : parseConvertedText(source, mailText(mail));
  const fields = mail.leftOut.length > 0 ? `; its header fields a mail client does not show left out (${mail.leftOut.join(', ')})` : '';
  const body = mail.html ? 'as the Markdown its HTML stands for' : 'as copied text';
  source.vfile.info(`Read as a mail saved whole: its body ${body} (${mail.read})${fields}`, { place: { line: 1, column: 1 }, ruleId: 'mail-message', source: 'qbank' });
  if (mail.problem) source.vfile.message(mail.problem, { place: { line: 1, column: 1 }, ruleId: 'mail-message', source: 'qbank' });
  return read;
}

/** A mail whose body is HTML only: its header's lines over the Markdown the HTML stands for (html-page.ts), at the file's lines. */
function parseHtmlMail(source: TextSource, mail: MailMessage): Document {
  const page = readHtmlPage(mail.body.map(({ text }) => text).join('\n'));
  const last = mail.body.at(-1)?.fileLine ?? 1;
  const body = page.markdown.split('\n').map((text, n) => ({ text, fileLine: mail.body[page.lineOf(n + 1) - 1]?.fileLine ?? last }));
  const converted = convertedText([...mail.header, ...body]);
  return { ...parseConverted(source, converted.text, converted.lineOf), format: 'html' };
}

/** A web page saved as HTML, read as the Markdown it stands for (html-page.ts), with the page's lines. */
function parseHtmlPage(source: TextSource): Document {
  const page = readHtmlPage(source.text);
  const read = parseConverted(source, page.markdown, page.lineOf);
  const chrome = page.leftOut.length > 0 ? `, without its ${page.leftOut.map((name) => (/^[a-z][a-z0-9]*$/.test(name) ? `<${name}>` : name)).join(', ')}` : '';
  const labels = page.labels ? `; its Google Keep labels (${page.labels.join(', ')}) as every question's tags` : '';
  source.vfile.info(`Read as a web page saved as HTML: its <${page.content}> as the Markdown it stands for${chrome}${labels}`, { place: { line: 1, column: 1 }, ruleId: 'html-page', source: 'qbank' });
  const tags = [...(read.tags ?? []), ...(page.labels ?? [])];
  return { ...read, format: 'html', ...(read.title === undefined && page.title ? { title: page.title } : {}), ...(page.scripted ? { scripted: page.scripted } : {}), ...(tags.length > 0 ? { tags } : {}) };
}

/** A Jupyter notebook, its Markdown cells and its code cells read as one note (notebook.ts), with the file's lines. */
function parseNotebook(source: TextSource, notebook: Notebook): Document {
  // Jupyter reads math only between `$`: a `\[` in a cell is an escaped bracket.
  const read = parseConverted(source, notebook.markdown, notebook.lineOf, { texDelimiters: 'escapes' });
  markCells(read.tree, notebook);
  const outputs = notebook.outputs > 0 ? `; the outputs of ${notebook.outputs} code ${notebook.outputs === 1 ? 'cell' : 'cells'} are left out` : '';
  source.vfile.info(`Read as a Jupyter notebook: its Markdown cells as a note, its code cells as code blocks${outputs}`, { place: { line: 1, column: 1 }, ruleId: 'notebook', source: 'qbank' });
  return { ...read, format: 'notebook' };
}

/** A note of Obsidian_to_Anki's note blocks, read as the Markdown cards they stand for, line for line (anki-blocks.ts). */
function parseAnkiBlocks(source: TextSource, note: AnkiBlocksNote): Document {
  const markdownLines = note.markdown.split('\n');
  const read = parseConverted(source, note.markdown, (line) => line, {}, markdownLines);
  const { lineTags, unread } = markAnkiCards(read.tree, note.markdown, markdownLines, note.cards);
  for (const card of unread) {
    source.vfile.message('Markdown does not read this Obsidian_to_Anki one-line note (STARTI … ENDI) as a line of its own (it goes on the list item or quote above it, or opens an HTML block): read as text; a blank line above it, or a front that opens with words, makes it a card', {
      place: { line: card.front, column: 1 },
      ruleId: 'anki-blocks',
      source: 'qbank',
    });
  }
  const inline = new Set(note.cards.filter((card) => card.inline).map((card) => card.front));
  const kinds = [
    note.blocks > 0 && `${note.blocks} Obsidian_to_Anki note ${note.blocks === 1 ? 'block' : 'blocks'} (START … END)`,
    inline.size > 0 && `${inline.size} one-line ${inline.size === 1 ? 'note' : 'notes'} (STARTI … ENDI)`,
  ];
  source.vfile.info(`Read ${kinds.filter(Boolean).join(' and ')} as cards; their note types, deck and ids left out`, { place: { line: 1, column: 1 }, ruleId: 'anki-blocks', source: 'qbank' });
  // Each question as written is its lines in the file (`Front: Overfitting`), but a one-line note's, whose line holds
  // its back too: its front, as the Markdown gives it.
  const fileLines = source.text.split('\n').map((line, n) => (inline.has(n + 1) ? markdownLines[n]! : line));
  const tagged = [...(read.lineTags ?? []), ...lineTags].sort((a, b) => a.lineStart - b.lineStart);
  return { ...read, format: 'markdown', fileLines, ...(tagged.length > 0 ? { lineTags: tagged } : {}) };
}

/** The Markdown reader's notes of tags after a question on lines a converter wrote them on: syntax the file does not have. */
function dropTagNotes(source: TextSource, told: number, taggedLines: readonly number[]): void {
  const tagged = new Set(taggedLines);
  const messages = source.vfile.messages;
  for (let k = messages.length - 1; k >= told; k--) {
    const message = messages[k]!;
    if (message.ruleId === 'tag-line' && message.line !== undefined && tagged.has(message.line)) messages.splice(k, 1);
  }
}

/** An Emacs Org note, read as the Markdown it stands for, line for line (org-mode.ts). */
function parseOrgNote(source: TextSource): Document {
  const org = orgToMarkdown(source.text);
  const told = source.vfile.messages.length;
  const read = parseConverted(source, org.markdown, (line) => line);
  // Tags after a headline are Org's own syntax, read as tags as a front matter's are: no note of Markdown tags there.
  dropTagNotes(source, told, org.taggedLines);
  source.vfile.info('Read as an Org note: its headlines, blocks and markup as the Markdown they stand for', { place: { line: 1, column: 1 }, ruleId: 'org-note', source: 'qbank' });
  return {
    ...read,
    format: 'org',
    ...(read.title === undefined && org.title ? { title: org.title } : {}),
    fileLines: source.text.split('\n'),
    // The file's tags are every question's, as a Markdown note's front matter `tags:` (normalise/tags.ts).
    ...(org.tags.length > 0 ? { frontMatter: { ...read.frontMatter, tags: org.tags } } : {}),
  };
}

/** A LaTeX note, read as the Markdown it stands for, line for line (latex-note.ts). */
function parseLatexNote(source: TextSource): Document {
  const note = latexToMarkdown(source.text);
  const read = parseConverted(source, note.markdown, (line) => line);
  return convertedNote(source, read, 'latex', note.title, 'Read as a LaTeX note: its sections, lists, exam questions and solutions, environments and markup as the Markdown they stand for');
}

/** A Scrapbox page copied as text, read as the Markdown it stands for, line for line (scrapbox-page.ts). */
function parseScrapboxPage(source: TextSource, lines: readonly string[]): Document {
  const page = scrapboxToMarkdown(lines);
  const read = parseConverted(source, page.markdown, (line) => line);
  readScrapboxCode(read.tree, page);
  return convertedNote(source, read, 'scrapbox', page.title, 'Read as a Scrapbox page: its title, its indented lines as lists, its bold lines as headings, its brackets, code and tables as the Markdown they stand for', { fileLines: lines });
}

/**
 * An OPML outline, read as the Markdown outline it stands for, each bullet at its outline's line (opml-outline.ts);
 * undefined, when the file is not well-formed XML, after a warning that says where it broke: it is then read as text.
 */
function parseOpml(source: TextSource): Document | undefined {
  const note = opmlToMarkdown(source.text);
  if ('broken' in note) return readAsText(source, `An OPML file that is not well-formed XML (${note.broken.reason})`, note.broken, 'opml-outline');
  const read = parseConverted(source, note.markdown, note.lineOf);
  return convertedNote(source, read, 'opml', note.title, 'Read as an OPML outline: each outline a bullet of its text, nested as the file nests them, its note a bullet under it');
}

/** An Obsidian canvas, its cards read as the outline their arrows draw (json-canvas.ts); as parseOpml when not JSON. */
function parseCanvas(source: TextSource): Document | undefined {
  const canvas = canvasToMarkdown(source.text);
  if ('broken' in canvas) return readAsText(source, `A canvas that is no JSON Canvas (${canvas.broken})`, { line: 1, column: 1 }, 'canvas');
  const read = parseConverted(source, canvas.markdown, canvas.lineOf);
  return convertedNote(source, read, 'canvas', undefined, "Read as an Obsidian canvas: its text cards in reading order, a card's arrows to others nesting theirs under it", { leftOut: canvas.leftOut });
}

/**
 * A `.json` file that loading kept for its notes (load/json-notes.ts): a Google Keep note (keep-note.ts) or a Roam
 * export (roam-export.ts), read as the Markdown they stand for; a notebook is read as any notebook is, below.
 */
function parseJsonExport(source: TextSource): Document | undefined {
  const keep = readKeepNote(source.text);
  if (keep) {
    const read = parseConverted(source, keep.markdown, () => 1);
    const note = convertedNote(source, read, 'keep', keep.title, "Read as a Google Keep note: its text (or checklist) as the note, its title the note's, its labels every question's tags");
    return keep.tags.length > 0 ? { ...note, frontMatter: { ...note.frontMatter, tags: keep.tags } } : note;
  }
  const roam = readRoamExport(source.text);
  if (!roam) return undefined;
  const read = parseConverted(source, roam.markdown, roam.lineOf, {}, undefined, { roam: true, blocks: roam.blocks });
  const pages = roam.pages === 1 ? 'its page' : `its ${roam.pages} pages`;
  return convertedNote(source, read, 'roam', undefined, `Read as a Roam Research export: ${pages}, each a heading over its blocks, nested as Roam nests them`);
}

/** An Evernote export, its notes read as the web pages their bodies are, each under its title (enex-export.ts); as parseOpml when not XML. */
function parseEnexExport(source: TextSource): Document | undefined {
  const exported = enexToMarkdown(source.text);
  if ('broken' in exported) return readAsText(source, `An Evernote export that is not well-formed XML (${exported.broken.reason})`, exported.broken, 'enex-export');
  const read = parseConverted(source, exported.markdown, exported.lineOf);
  const notes = exported.notes === 1 ? 'its note' : `its ${exported.notes} notes`;
  return convertedNote(source, read, 'enex', exported.title, `Read as an Evernote export: ${notes}, each title a heading over the note's body, read as the web page it is (Evernote's dates, tags and attributes left out)`);
}

/** A tool's export file that could not be read as one (`what`, where it broke): said so; undefined, for it is read as text. */
function readAsText(source: TextSource, what: string, place: { line: number; column: number }, ruleId: string): undefined {
  source.vfile.message(`${what}: read as text`, { place: { line: place.line, column: place.column }, ruleId, source: 'qbank' });
  return undefined;
}

/** A Typst note, read as the Markdown it stands for, line for line (typst-note.ts); what it leaves out told at its lines. */
function parseTypstNote(source: TextSource): Document {
  const note = typstToMarkdown(source.text);
  const read = parseConverted(source, note.markdown, (line) => line);
  return convertedNote(source, read, 'typst', note.title, 'Read as a Typst note: its headings, lists, raw blocks, math and markup as the Markdown they stand for', { leftOut: note.leftOut });
}

/** A wiki page's source, read as the Markdown it stands for, line for line (wiki-page.ts); what it leaves out told at its lines. */
function parseWikiPage(source: TextSource, lines: readonly string[], dialect: WikiDialect): Document {
  const page = wikiToMarkdown(lines, dialect);
  // The footnotes' definitions written past the page's last line stand at it.
  const read = parseConverted(source, page.markdown, (line) => Math.min(line, lines.length));
  const name = { mediawiki: 'MediaWiki', dokuwiki: 'DokuWiki', zim: 'Zim' }[dialect];
  return convertedNote(source, read, 'wiki', page.title, `Read as a ${name} page's source: its headings, code, lists and markup as the Markdown they stand for`, { fileLines: lines, leftOut: page.leftOut });
}

/**
 * A TiddlyWiki tiddler, read as the Markdown it stands for, line for line (tiddlywiki-note.ts); what it leaves out told
 * at its lines. Its `tags` field's tags are every question's, as a Markdown note's front matter `tags:` (normalise/tags.ts).
 */
function parseTiddlyWikiNote(source: TextSource, lines: readonly string[]): Document {
  const note = tiddlyWikiToMarkdown(lines);
  const read = parseConverted(source, note.markdown, (line) => line, {}, undefined, { definitionLists: true });
  const tiddler = convertedNote(source, read, 'wiki', note.title, 'Read as a TiddlyWiki tiddler: its headings, lists, code, quotes, tables and markup as the Markdown they stand for', { fileLines: lines, leftOut: note.leftOut });
  return note.tags.length > 0 ? { ...tiddler, frontMatter: { ...tiddler.frontMatter, tags: note.tags } } : tiddler;
}

/** An AsciiDoc note, read as the Markdown it stands for, line for line (asciidoc-note.ts); what it leaves out told at its lines. */
function parseAsciidocNote(source: TextSource): Document {
  const note = asciidocToMarkdown(source.text);
  const read = parseConverted(source, note.markdown, (line) => line);
  return convertedNote(source, read, 'asciidoc', note.title, 'Read as an AsciiDoc note: its sections, blocks, lists and markup as the Markdown they stand for', { leftOut: note.leftOut });
}

/** A reStructuredText note, read as the Markdown it stands for, line for line (rst-note.ts); what it leaves out told at its lines. */
function parseRstNote(source: TextSource): Document {
  const note = rstToMarkdown(source.text);
  const fileLines = source.text.split('\n');
  // A code block that ends the file closes on a line after its last: that line is the file's last.
  const read = parseConverted(source, note.markdown, (line) => Math.min(line, fileLines.length), {}, undefined, { definitionLists: true });
  return convertedNote(source, read, 'rst', note.title, 'Read as a reStructuredText note: its sections, lists, definition and field lists, directives and markup as the Markdown they stand for', {
    fileLines,
    leftOut: note.leftOut,
  });
}

/**
 * A note of another format read line for line as Markdown (`read`): its format, its own title where the Markdown
 * gave none, the file's lines (what the questions' wordings are taken from), and a note at its first line of how it
 * was read (the rule `<format>-note`, `scrapbox-page` and `wiki-page` for a page), and one of that rule at the line of
 * each thing its reader left out.
 */
function convertedNote(
  source: TextSource,
  read: Document,
  format: 'latex' | 'asciidoc' | 'rst' | 'scrapbox' | 'wiki' | 'typst' | 'opml' | 'enex' | 'canvas' | 'keep' | 'roam',
  title: string | undefined,
  told: string,
  { fileLines = source.text.split('\n'), leftOut = [] }: { fileLines?: readonly string[]; leftOut?: ReadonlyArray<{ line: number; message: string }> } = {},
): Document {
  const ruleId = format === 'scrapbox' || format === 'wiki' ? `${format}-page` : format === 'opml' ? 'opml-outline' : format === 'enex' ? 'enex-export' : format === 'canvas' ? 'canvas' : format === 'roam' ? 'roam-export' : `${format}-note`;
  source.vfile.info(told, { place: { line: 1, column: 1 }, ruleId, source: 'qbank' });
  for (const left of leftOut) source.vfile.info(left.message, { place: { line: left.line, column: 1 }, ruleId, source: 'qbank' });
  return { ...read, format, ...(read.title === undefined && title ? { title } : {}), fileLines };
}

/**
 * A file of another format, as the Markdown it stands for: read as Markdown, and what the reader placed,
 * and said, at a line of that Markdown put at the file's own line (`lineOf`).
 */
function parseConverted(source: TextSource, markdown: string, lineOf: (line: number) => number, options: ParseOptions = {}, lines = markdown.split('\n'), syntax: NoteSyntax = {}): Document {
  const told = source.vfile.messages.length;
  const read = parseMarkdownSource({ ...source, text: markdown }, lines, options, syntax);
  placeAtFileLines(read.tree, source.vfile.messages.slice(told), lineOf);
  return tagsAtFileLines(read, lineOf);
}

/**
 * A file of another format, as the plain text it stands for (converted-text.ts): read as copied text, and what the
 * reader placed, and said, at a line of that text put at the file's own line.
 */
function parseConvertedText(source: TextSource, converted: ConvertedText): Document {
  const told = source.vfile.messages.length;
  const lines = converted.text.split('\n');
  const read = parsePlainTextSource({ ...source, text: converted.text }, lines, new PythonSessions(lines), undefined, converted.wrapWidths);
  placeAtFileLines(read.tree, source.vfile.messages.slice(told), converted.lineOf);
  return tagsAtFileLines(read, converted.lineOf);
}

/** The tree's positions, and the messages' places, at the lines of the file (`lineOf`) rather than of the text read. */
function placeAtFileLines(tree: Root, messages: readonly VFileMessage[], lineOf: (line: number) => number): void {
  visit(tree, (node) => {
    const position = node.position;
    if (!position) return;
    position.start = { ...position.start, line: lineOf(position.start.line) };
    position.end = { ...position.end, line: lineOf(position.end.line) };
  });
  for (const message of messages) atFileLine(message, lineOf);
}

/** Tags after a question, and a section's, at the line of the file their line came from, as the question's place is. */
function tagsAtFileLines(read: Document, lineOf: (line: number) => number): Document {
  return {
    ...read,
    ...(read.lineTags ? { lineTags: atFileLines(read.lineTags, lineOf) } : {}),
    ...(read.sectionTags ? { sectionTags: atFileLines(read.sectionTags, lineOf) } : {}),
  };
}

function atFileLines<Tagged extends { line: number }>(tagged: readonly Tagged[], lineOf: (line: number) => number): Tagged[] {
  return tagged.map((each) => ({ ...each, line: lineOf(each.line) }));
}

function atFileLine(message: VFileMessage, lineOf: (line: number) => number): void {
  if (message.line !== undefined) message.line = lineOf(message.line);
  const place = message.place;
  if (!place) return;
  if ('start' in place) message.place = { start: { ...place.start, line: lineOf(place.start.line) }, end: { ...place.end, line: lineOf(place.end.line) } };
  else message.place = { ...place, line: lineOf(place.line) };
}

/** The lines of `text`, what a pass made of `before`: `before`'s own when the pass changed nothing (most notes), split once. */
function linesAfter(text: string, before: string, beforeLines: readonly string[]): readonly string[] {
  return text === before ? beforeLines : text.split('\n');
}

/** Syntax read only in a note written as Markdown, not in the Markdown another format was converted to. */
interface NoteSyntax {
  /**
   * Definition lists (definition-lists.ts): Markdown Extra's and Pandoc's, which a converter writes only for a
   * reStructuredText note's (rst-note.ts), and whose `: ` lines another converted note's text may open with.
   */
  definitionLists?: boolean;
  /**
   * Pandoc's own tables (pandoc-tables.ts), which only a note written as Markdown holds: a converter writes its
   * format's tables as pipe tables (rst-note.ts its grid and simple tables), and its text is no pandoc's.
   */
  pandocTables?: boolean;
  /** Roam's own markup (`__italic__`, roam-italics.ts): a Roam export's, which its Markdown does not tell. */
  roam?: boolean;
  /** The blocks of a Roam export by uid, which a reference to one shows (block-references.ts). */
  blocks?: ReadonlyMap<string, ReferencedBlock>;
}

/** `sessions`: the note's Python sessions over `lines`, as the format check found them. */
function parseMarkdownSource(source: TextSource, lines: readonly string[], options: ParseOptions = {}, syntax: NoteSyntax = {}, sessions?: PythonSessions): Document {
  const format = 'markdown';
  // Foam's link definitions, then Hugo and Jekyll markup, are read away first; lines and offsets stay those of the file.
  const foam = withoutFoamReferences(source.text);
  if (foam.lines) {
    source.vfile.info(`Left out Foam's autogenerated link references (${lineRange(foam.lines[0], foam.lines[1])}): its [[wikilinks]] are read as such`, {
      place: { line: foam.lines[0], column: 1 },
      ruleId: 'foam-references',
      source: 'qbank',
    });
  }
  const site = readSiteMarkup(foam.text, { mdxPage: isMdxPage(source.file) });
  const siteLines = linesAfter(site.text, source.text, lines);
  const literal = readLiteralBlockMarkers(site.text, siteLines);
  const literalLines = linesAfter(literal, site.text, siteLines);
  const directives = readRstAdmonitions(literal, literalLines);
  const directiveLines = linesAfter(directives.text, literal, literalLines);
  const admonished = readAdmonitions(directives.text, directiveLines);
  const admonitions = [...directives.admonitions, ...admonished.admonitions];
  const admonishedLines = linesAfter(admonished.text, directives.text, directiveLines);
  // A Python session pasted bare (`>>> def f(x=[]):`) is no quote: read as text, then made code where it stands.
  const consoles = unquotedSessions(admonished.text, sessions?.lines === admonishedLines ? sessions : new PythonSessions(admonishedLines));
  const text = consoles.text;
  const textLines = linesAfter(text, admonished.text, admonishedLines);
  const parsed = parseMarkdownRecovering(text, textLines, options);
  readPythonSessions(parsed.tree, text, admonishedLines, consoles.sessions);
  readTextAfterComments(parsed.tree, text);
  // Before the passes over paragraphs: a table's lines are no question's, answer's or topic's.
  if (syntax.pandocTables) readPandocTables(parsed.tree, text, textLines);
  readHtmlDefinitionLists(parsed.tree, text);
  const mailHeader = dropMailHeader(parsed.tree, text, textLines);
  const mail = mailHeader.length > 0;
  // An AI assistant's page's buttons and sources' cards, pasted with its chat: they stood among the replies' paragraphs.
  const trimmedLines = textLines.map((line) => line.trim());
  const assistantPage = readAssistantPage(trimmedLines);
  const assistantChrome = dropAssistantPageChrome(parsed.tree, text, textLines, assistantPage);
  // A chat copied from an assistant's page: its speaker lines, the user's requests and the assistant's offers (assistant-chat.ts).
  const chatLines = dropChatLines(parsed.tree, text, textLines, trimmedLines);
  // A Q&A site's byline over each answer and its buttons under it, which Markdown reads into the answer's paragraphs.
  const answerChrome = dropAnswerChrome(parsed.tree, text, textLines);
  // First of the passes over paragraphs: a definition's `: ` line is no line of a prompt run, a card or an answer.
  if (syntax.definitionLists) readDefinitionLists(parsed.tree, text, textLines);
  readGlossaryLists(parsed.tree, source.vfile);
  // Copied text's lines are each a paragraph already; a Markdown note's glossary lines are cut into such first.
  splitGlossaryParagraphs(parsed.tree, text, textLines);
  readGlossaryLines(parsed.tree, text, textLines, source.vfile);
  joinAdmonitionQuotes(parsed.tree, admonitions);
  readContentTabs(parsed.tree, admonitions);
  endQuotesAtAnswers(parsed.tree, text, textLines, mail);
  readFormulaImages(parsed.tree, text);
  readColouredText(parsed.tree, text);
  readSpoilers(parsed.tree, text, textLines);
  const speech = readSpeech(textLines);
  const { chatSpeech, speakers } = speech;
  readIndentedPrompts(parsed.tree, text, textLines);
  liftFoldLists(parsed.tree);
  readReviewCards(parsed.tree, text, textLines);
  const cardTags = readAnkdownCards(parsed.tree, text, textLines, source.vfile);
  readInlineCards(parsed.tree, text, textLines);
  readRemNoteCards(parsed.tree, text, textLines);
  const highlights = readReadwiseHighlights(parsed.tree, text);
  splitPromptRuns(parsed.tree, text, unquotePairs(parsed.tree, textLines), speakers);
  readBoldLabels(parsed.tree, text);
  markDottedAnswerLabels(parsed.tree, text);
  markJudgedStatements(parsed.tree, text);
  markSpeech(parsed.tree, text, textLines, speech);
  readSpokenQuestions(parsed.tree, text);
  // Before the tag lines are read: a blog's tags over its likes are its footer's.
  reportLeftOut(source, [...mailHeader, ...assistantChrome, ...chatLines, ...answerChrome, ...highlights, ...(chatSpeech?.leftOut ?? []), ...dropOffersAndRequests(parsed.tree), ...dropKanbanMarks(parsed.tree, parsed.frontMatter?.data), ...dropPageFooter(parsed.tree, text, textLines, { mail, perplexityFooter: assistantPage.perplexityFooter }), ...dropWikipediaMarks(parsed.tree, text, textLines)]);
  // The note's end read, what is under each quoted question is its answer.
  readQuotedQuestions(parsed.tree, textLines, mail);
  // After the passes over paragraphs' lines: the cards of a fenced YAML list stand at its lines, which are no paragraph's.
  readYamlQuestionLists(parsed.tree, text, textLines, source.vfile);
  const obsidian = readObsidianSyntax(parsed.tree, textLines, source.vfile, text, syntax.blocks);
  if (syntax.roam || isRoamNote(text)) readRoamItalics(parsed.tree, text);
  const lineTags = [...cardTags, ...obsidian.lineTags].sort((a, b) => a.lineStart - b.lineStart);
  readHeadingBlocks(parsed.tree, text);
  const page = readPageProperties(parsed.tree, textLines, source.vfile);
  insertDetailsBlocks(parsed.tree, site.details);
  quoteCallouts(parsed.tree, site.callouts);
  endHeadingsAtText(parsed.tree, source.text, text);
  if (site.text !== source.text) closeMarkupGaps(parsed.tree, site);
  for (const note of site.notes) {
    source.vfile.info(note.message, { place: { line: note.line, column: note.column }, ruleId: note.ruleId, source: 'qbank' });
  }
  for (const comment of parsed.unclosedComments) reportUnclosedComment(source, comment);
  for (const block of parsed.runaway) reportRunaway(source, block);
  for (const hidden of parsed.hidden) {
    source.vfile.message(`This line looks like a question but stands inside the code block opened at line ${hidden.blockLine}: read as code (is a closing fence missing above it?)`, {
      place: { line: hidden.line, column: 1 },
      ruleId: 'question-in-code',
      source: 'qbank',
    });
  }
  for (const math of parsed.unbalancedMath) {
    // A formula kept as text is told once, at its `\[`.
    if (math.unreadable && math.delimiter !== '\\[') continue;
    const told = math.unreadable
      ? 'TeX formula `\\[ … \\]` written so that Markdown would read the rest of the note as math (`\\[` mid-line or alone, `\\]` on a line of its own or with markup after it): kept as text; write `\\[` and `\\]` each at the start of its own line to read it as math'
      : `Unbalanced math delimiter \`${math.delimiter}\`: kept as text`;
    source.vfile.message(told, {
      place: { line: math.line, column: math.column },
      ruleId: 'unbalanced-math',
      source: 'qbank',
    });
  }
  const frontMatter = parsed.frontMatter;
  if (frontMatter?.error) {
    source.vfile.message(`Front matter is not valid ${FRONT_MATTER_LANGUAGE[frontMatter.node.type]} (${frontMatter.error}): ignored`, {
      place: { line: 1, column: 1 },
      ruleId: 'front-matter',
      source: 'qbank',
    });
  }
  if (frontMatter && parsed.tree.children.length === 0) {
    source.vfile.info('The file holds only front matter: no notes to read', {
      place: { line: 1, column: 1 },
      ruleId: 'front-matter-only',
      source: 'qbank',
    });
  }
  const title = typeof frontMatter?.data.title === 'string' && frontMatter.data.title.trim() ? frontMatter.data.title.trim() : page?.title;
  // A Logseq page's tags are every question's, as a front matter's `tags:` (normalise/tags.ts).
  const pageTags = page && page.tags.length > 0 ? { tags: page.tags } : undefined;
  return {
    // The extractor reads prompts from the text as parsed, without the site's markup.
    source: text === source.text ? source : { ...source, text },
    format,
    tree: parsed.tree,
    ...(title ? { title } : {}),
    ...(lineTags.length > 0 ? { lineTags } : {}),
    ...(obsidian.sectionTags.length > 0 ? { sectionTags: obsidian.sectionTags } : {}),
    ...(obsidian.noteTags.length > 0 ? { tags: obsidian.noteTags } : {}),
    ...(frontMatter ? { frontMatter: frontMatter.data, frontMatterNode: frontMatter.node } : {}),
    ...(pageTags ? { frontMatter: { ...frontMatter?.data, ...pageTags } } : {}),
  };
}

/**
 * A note's chat, or post copied with its messages' headers (chat-log.ts), who asks and answers in it, and, in a note
 * that is no chat, its speakers' labels (speaker-labels.ts): read from its lines alone, by both readers.
 */
interface Speech {
  chat: ChatLog | undefined;
  post: ChatLog | undefined;
  chatSpeech: ChatSpeech | undefined;
  speakers: Speakers | undefined;
}

/** `messages`: the lines' chat's, when read already. */
function readSpeech(lines: readonly string[], { chat, post }: ChatMessages = readChatMessages(lines)): Speech {
  const chatSpeech = chat ? readChatSpeech(chat, lines) : post ? readPostSpeech(post, lines) : undefined;
  const speakers = chat ? undefined : findSpeakers(lines);
  return { chat, post, chatSpeech, speakers };
}

/** Marks in `tree` the chat's questions and answers, then the lines its speakers' labels tell. */
function markSpeech(tree: Root, text: string, lines: readonly string[], { chatSpeech, speakers }: Speech): void {
  if (chatSpeech) markChatSpeech(tree, text, lines, chatSpeech);
  if (speakers) markSpeakerLines(tree, lines, speakers);
}

/** A Q&A site's chrome round its answers (site-chrome.ts), taken out of a Markdown note's tree: those lines its paragraphs hold. */
function dropAnswerChrome(tree: Root, text: string, lines: readonly string[]): LeftOutLine[] {
  const chrome = answerChromeLines(lines);
  if (chrome.size === 0) return [];
  const taken = dropLines(tree, text, lines, chrome);
  return [...taken].map((line) => ({ line, text: lines[line - 1]!.trim(), reason: 'site-chrome' as const }));
}

/** A mail's header lines (mail-headers.ts), taken out of a Markdown note's tree: those it holds in its paragraphs. */
function dropMailHeader(tree: Root, text: string, lines: readonly string[]): LeftOutLine[] {
  const header = mailHeaderLines(lines);
  if (header.length === 0) return [];
  const taken = dropLines(tree, text, lines, new Set(header.map(({ line }) => line)));
  return header.filter(({ line }) => taken.has(line)).map((found) => ({ ...found, reason: 'mail-header' as const }));
}

function reportRunaway(source: TextSource, block: RunawayBlock): void {
  const done =
    block.endedBefore === undefined
      ? 'it runs to the end of the file'
      : `ended it before line ${block.endedBefore}, where the next question starts`;
  source.vfile.message(`${block.opener} opened here is never closed: ${done}`, {
    place: { line: block.line, column: block.column },
    ruleId: 'unclosed-block',
    source: 'qbank',
  });
}
