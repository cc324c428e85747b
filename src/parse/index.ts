/**
 * The parse stage: a loaded source becomes a `Document` (mdast), read as
 * Markdown or as copied plain text depending on its content. Everything the
 * reader leaves out or cannot read is reported on the source's vfile.
 */
import { detectFormat } from './detect-format.js';
import type { Document, TextSource } from './document.js';
import { parsePlainText, type LeftOutLine } from './plaintext.js';
import { parseMarkdownRecovering, type RunawayBlock } from './runaway-blocks.js';
import { splitPromptRuns } from './prompt-runs.js';
import { closeMarkupGaps, readSiteMarkup } from './site-markup.js';
import { insertDetailsBlocks } from './hugo-shortcodes.js';
import { endHeadingsAtText } from './kramdown-attributes.js';
import { readObsidianSyntax } from './obsidian-syntax.js';
import { readCardExport, type CardExport } from './card-export.js';
import { headerlessCards, QUESTION_MARK_END, readSpreadsheet, spreadsheetKind, type Spreadsheet } from './spreadsheet.js';
import { questionTableOf } from '../extract/recognizers/question-table.js';
import { isInterrogative } from '../extract/interrogative.js';
import { excerpt } from '../report/excerpt.js';
import { toString } from 'mdast-util-to-string';
import { findSpeakers, markSpeakerLines } from './speaker-labels.js';
import { readIndentedPrompts } from './indented-prompts.js';
import { joinAdmonitionQuotes, readAdmonitions, readContentTabs } from './mkdocs-admonitions.js';
import { readFormulaImages } from './formula-images.js';
import { readColouredText } from './coloured-text.js';
import { readHtmlPage } from './html-page.js';
import { isHtmlPage } from './text-kind.js';
import { markCells, readNotebook, type Notebook } from './notebook.js';
import type { ParseOptions } from './markdown.js';
import { visit } from 'unist-util-visit';
import type { VFileMessage } from 'vfile-message';

export type { Document, TextSource } from './document.js';
export type { SourceFormat } from './detect-format.js';
export { detectFormat } from './detect-format.js';
export { parseMarkdown } from './markdown.js';
export { parsePlainText } from './plaintext.js';

export function parseSource(source: TextSource): Document {
  if (isHtmlPage(source.text)) return parseHtmlPage(source);
  const notebook = readNotebook(source.text);
  if (notebook) return parseNotebook(source, notebook);
  const sheet = spreadsheetKind(source.file);
  if (sheet) return parseSpreadsheet(source, sheet);
  const cards = readCardExport(source.text);
  if (cards) return cardExportDocument(source, cards);
  // Split once: the format check and the reader chosen both read the lines.
  const lines = source.text.split('\n');
  const format = detectFormat(source.text, lines);
  return format === 'markdown' ? parseMarkdownSource(source, lines) : parsePlainTextSource(source, lines);
}

/** A flashcard export (card-export.ts): its table of cards, and notes of what it left out. */
function cardExportDocument(source: TextSource, cards: CardExport): Document {
  const place = cards.tree.children[0]?.position?.start ?? { line: 1, column: 1 };
  source.vfile.info('Read as a flashcard export: one card per line, its front the question and its back the answer', { place, ruleId: 'card-export', source: 'qbank' });
  if (cards.otherColumns.length > 0) {
    const names = cards.otherColumns.map(({ column, name }) => (name ? `${column} (${name})` : `${column}`)).join(', ');
    source.vfile.info(`The cards' ${cards.otherColumns.length === 1 ? 'column' : 'columns'} ${names} ${cards.otherColumns.length === 1 ? 'is' : 'are'} not part of any question or answer`, { place, ruleId: 'table-columns', source: 'qbank' });
  }
  for (const comment of cards.unclosedComments) reportUnclosedComment(source, comment);
  return { source, format: 'plaintext', tree: cards.tree };
}

/**
 * A spreadsheet saved as CSV or TSV (spreadsheet.ts): a table of questions when its first row names its
 * question column (question-table.ts), as a note's table would; a sheet of cards without a header (an
 * Anki or Quizlet export saved as .csv or .tsv, or rows whose first field asks) is read as a flashcard
 * export. Any other sheet holds data, not notes (read as a note, its rows gave noise): nothing is read
 * from it, and a note says which names its first row gives and how to make it readable.
 */
function parseSpreadsheet(source: TextSource, kind: 'csv' | 'tsv'): Document {
  // What the sheet is, told from its fields' plain text; its fields are read as Markdown only for the reading kept.
  const plain = readSpreadsheet(source.text, kind, { plain: true });
  const full = plain && questionTableOf(plain.table) ? readSpreadsheet(source.text, kind) : undefined;
  const sheet = full && questionTableOf(full.table) ? full : undefined;
  if (sheet) {
    const rows = sheet.table.children.length - 1;
    source.vfile.info(
      rows > 0
        ? 'Read as a spreadsheet: a table whose first row names its question column, one question per row'
        : 'A spreadsheet of questions with no row yet: its first row names its question column',
      { place: sheet.table.position!.start, ruleId: 'spreadsheet', source: 'qbank' },
    );
    reportSheetRepairs(source, sheet);
    // A sheet of only its header holds no question, and lacks nothing: not a note in which none was found.
    return { source, format: 'plaintext', tree: { type: 'root', children: rows > 0 ? [sheet.table] : [] } };
  }
  const cards = readCardExport(source.text);
  if (cards) return cardExportDocument(source, cards);
  // Without a header the first row does not tell a CSV's separator: the one under which the rows ask.
  for (const separator of kind === 'tsv' ? (['\t'] as const) : ([',', ';'] as const)) {
    // Two columns, whatever the first row: its answer's commas do not make the others longer than it.
    const reading = { separator, width: 2 };
    const plainCards = readSpreadsheet(source.text, kind, { ...reading, plain: true });
    const read = plainCards && headerlessCards(plainCards.table) ? readSpreadsheet(source.text, kind, reading) : undefined;
    const asking = read && headerlessCards(read.table);
    if (!read || !asking) continue;
    source.vfile.info('Read as a spreadsheet of cards without a header: most rows ask in their first field, which is the question, the second its answer', {
      place: asking.position!.start,
      ruleId: 'spreadsheet',
      source: 'qbank',
    });
    reportSheetRepairs(source, read);
    return { source, format: 'plaintext', tree: { type: 'root', children: [asking] } };
  }
  // Information, not a warning: a table of results or parameters beside the notes is no fault of theirs
  // (they were skipped by name before sheets were read), and --strict should not fail on it.
  if (plain) {
    const [header, ...rows] = plain.table.children;
    const names = header!.children.map((cell) => toString(cell).trim());
    const separator = plain.separator === '\t' ? '<tab>' : plain.separator;
    // The column whose cells ask, if one does in most rows (`DESCRIPTION`: `What is padding`): the one to rename.
    // A hint only, so the looser test of a note's lines: a question mark, or a wording of three words or more that asks.
    const asksIn = (text: string) => QUESTION_MARK_END.test(text) || (text.split(/\s+/).length >= 3 && isInterrogative(text));
    const asks = names.map((_, column) => rows.filter((row) => row.children[column] && asksIn(toString(row.children[column]!).trim())).length);
    const most = asks.reduce((top, count) => Math.max(top, count), 0);
    const asking = rows.length > 0 && most * 2 >= rows.length ? asks.indexOf(most) : -1;
    const rename = asking !== -1 ? `its column "${names[asking]}" asks in ${most} of ${rows.length} rows: name it "question"` : 'name the column that asks "question"';
    source.vfile.info(
      `A table of data, not of questions: its first row (${excerpt(names.filter(Boolean).join(', '))}) names no question column, or one whose cells do not ask; nothing is read from it (${rename}, and the one that answers "answer", as in "question${separator}answer", to read it)`,
      { place: { line: 1, column: 1 }, ruleId: 'data-table', source: 'qbank' },
    );
  }
  return { source, format: 'plaintext', tree: { type: 'root', children: [] } };
}

/** What reading a sheet repaired or could not: comments and quotes never closed, rows split by a separator left unquoted. */
function reportSheetRepairs(source: TextSource, sheet: Spreadsheet): void {
  for (const comment of sheet.unclosedComments) reportUnclosedComment(source, comment);
  for (const quote of sheet.unclosedQuotes) {
    source.vfile.message('A quote opens this field and nothing closes it: read as a quotation mark, the field ending at its line (the lines after it are rows of their own)', {
      place: quote,
      ruleId: 'unclosed-quote',
      source: 'qbank',
    });
  }
  for (const { place, joined } of sheet.longRows) {
    const reason = joined
      ? 'This row has more fields than its first row names: the fields past the last column are joined to it, as a separator left unquoted (a comma in an answer) splits it'
      : 'This row has more fields than its first row names: the fields past the last column are in no question or answer';
    source.vfile.message(reason, { place, ruleId: 'extra-fields', source: 'qbank' });
  }
}

/** Copied plain text, read line by line (plaintext.ts). */
function parsePlainTextSource(source: TextSource, lines: readonly string[]): Document {
  const parsed = parsePlainText(source.text, lines);
  readObsidianSyntax(parsed.tree, lines, source.vfile, source.text);
  const speakers = findSpeakers(lines);
  if (speakers) markSpeakerLines(parsed.tree, lines, speakers);
  for (const line of parsed.leftOut) {
    source.vfile.info(leftOutReason(line), {
      place: { line: line.line, column: 1 },
      ruleId: line.reason,
      source: 'qbank',
    });
  }
  return {
    source,
    format: 'plaintext',
    tree: parsed.tree,
    ...(parsed.title ? { title: parsed.title.text } : {}),
  };
}

/** A web page saved as HTML, read as the Markdown it stands for (html-page.ts), with the page's lines. */
function parseHtmlPage(source: TextSource): Document {
  const page = readHtmlPage(source.text);
  const read = parseConverted(source, page.markdown, page.lineOf);
  const chrome = page.leftOut.length > 0 ? `, without its ${page.leftOut.map((name) => `<${name}>`).join(', ')}` : '';
  source.vfile.info(`Read as a web page saved as HTML: its <${page.content}> as the Markdown it stands for${chrome}`, { place: { line: 1, column: 1 }, ruleId: 'html-page', source: 'qbank' });
  return { ...read, format: 'html', ...(read.title === undefined && page.title ? { title: page.title } : {}), ...(page.scripted ? { scripted: page.scripted } : {}) };
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

/**
 * A file of another format, as the Markdown it stands for: read as Markdown, and what the reader placed,
 * and said, at a line of that Markdown put at the file's own line (`lineOf`).
 */
function parseConverted(source: TextSource, markdown: string, lineOf: (line: number) => number, options: ParseOptions = {}): Document {
  const told = source.vfile.messages.length;
  const read = parseMarkdownSource({ ...source, text: markdown }, markdown.split('\n'), options);
  visit(read.tree, (node) => {
    const position = node.position;
    if (!position) return;
    position.start = { ...position.start, line: lineOf(position.start.line) };
    position.end = { ...position.end, line: lineOf(position.end.line) };
  });
  for (const message of source.vfile.messages.slice(told)) atFileLine(message, lineOf);
  return read;
}

function atFileLine(message: VFileMessage, lineOf: (line: number) => number): void {
  if (message.line !== undefined) message.line = lineOf(message.line);
  const place = message.place;
  if (!place) return;
  if ('start' in place) message.place = { start: { ...place.start, line: lineOf(place.start.line) }, end: { ...place.end, line: lineOf(place.end.line) } };
  else message.place = { ...place, line: lineOf(place.line) };
}

function parseMarkdownSource(source: TextSource, lines: readonly string[], options: ParseOptions = {}): Document {
  const format = 'markdown';
  // Hugo and Jekyll markup is read away first; lines and offsets stay those of the file.
  const site = readSiteMarkup(source.text);
  const admonished = readAdmonitions(site.text, site.text === source.text ? lines : site.text.split('\n'));
  const text = admonished.text;
  const textLines = text === source.text ? lines : text.split('\n');
  const parsed = parseMarkdownRecovering(text, textLines, options);
  joinAdmonitionQuotes(parsed.tree, admonished.admonitions);
  readContentTabs(parsed.tree, admonished.admonitions);
  readFormulaImages(parsed.tree, text);
  readColouredText(parsed.tree, text);
  const speakers = findSpeakers(textLines);
  readIndentedPrompts(parsed.tree, text, textLines);
  splitPromptRuns(parsed.tree, text, textLines, speakers);
  if (speakers) markSpeakerLines(parsed.tree, textLines, speakers);
  readObsidianSyntax(parsed.tree, textLines, source.vfile, text);
  insertDetailsBlocks(parsed.tree, site.details);
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
    source.vfile.message(`Front matter is not valid YAML (${frontMatter.error}): ignored`, {
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
  const title = frontMatter?.data.title;
  return {
    // The extractor reads prompts from the text as parsed, without the site's markup.
    source: text === source.text ? source : { ...source, text },
    format,
    tree: parsed.tree,
    ...(typeof title === 'string' && title.trim() ? { title: title.trim() } : {}),
    ...(frontMatter ? { frontMatter: frontMatter.data } : {}),
  };
}

function leftOutReason(line: LeftOutLine): string {
  switch (line.reason) {
    case 'site-chrome':
      return `Left out site chrome: "${line.text}"`;
    case 'repeated-title':
      return `Left out the title repeated: "${line.text}"`;
    case 'code-label':
      return `Left out the label of a code block's copy widget: "${line.text}"`;
    case 'code-line-numbers':
      return `Left out the line numbers (${line.text}) copied along with the code block here`;
  }
}

function reportUnclosedComment(source: TextSource, place: { line: number; column: number }): void {
  source.vfile.message('`%%` opens a comment that is never closed: kept as text (Obsidian would hide the rest of the note)', {
    place,
    ruleId: 'unclosed-comment',
    source: 'qbank',
  });
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
