/**
 * Markdown or copied plain text? Decided from the content, never from the
 * extension: users keep Markdown in `.txt` files and copied web text in `.md`.
 * Markdown separates blocks with blank lines and uses its own syntax; copied
 * text uses bullet glyphs, and notes typed line by line have no blank lines.
 */
import { hasInlineCards } from './inline-cards.js';
import { hasRemNoteCards } from './remnote-cards.js';
import { hasOutlinerProperties } from './outliner-properties.js';
import { opensWithPageProperties } from './page-properties.js';
import { hasAnkdownCards, hasReviewCards } from './review-cards.js';
import { holdsDefinitionLists } from './definition-lists.js';
import { SITE_MARKUP_LINE } from './site-markup.js';
import { PythonSessions, quotesBesidesSessions } from './python-sessions.js';
import { LIST_MARKER } from './block-marks.js';
import { QUOTE_LINE } from './quote-markers.js';
import { countSetextHeadings } from './setext-headings.js';

export type SourceFormat = 'markdown' | 'plaintext' | 'html' | 'notebook' | 'org' | 'latex' | 'asciidoc' | 'rst' | 'scrapbox' | 'wiki' | 'typst' | 'opml' | 'enex' | 'canvas' | 'keep' | 'roam';

/** A list item's line: a bullet or a number, then text. */
const LIST_ITEM_LINE = new RegExp(String.raw`^[ \t]*${LIST_MARKER}[ \t]+\S`);
/** A task list's item (`- [ ] …`, `1. [x] …`), a line of the text: GitHub's Markdown. */
const TASK_ITEM_LINE = new RegExp(String.raw`^[ \t]*${LIST_MARKER}[ \t]+\[[ xX]\][ \t]+\S`, 'm');
/** A quote's line (QUOTE_LINE) anywhere in the text. */
const QUOTE_LINES = new RegExp(QUOTE_LINE.source, 'm');

/**
 * A link written out, `[text](target)`. Not brackets glued to a Latin letter or digit (`a[2](12)`, a course's notation
 * for layer 2 of example 12, `x[i](t)`), nor a target of digits alone: copied prose writes those, and no link. (A link
 * glued to Korean or Chinese text, `자세한 내용은[여기](…)`, is one: those scripts write no space before it.)
 */
const LINK = String.raw`(?<![A-Za-z0-9])\[[^\]\n]{1,500}\]\((?!\d+\))[^)\n]{1,500}\)`;

/** A line with a heading's hashes, bold, code or a link: Markdown written out. */
const MARKDOWN_SYNTAX_LINE = new RegExp(String.raw`^#{1,6} \S|\*\*[^*\n]{1,500}\*\*|\x60[^\x60\n]{1,500}\x60|${LINK}`);

/** Bold, code or a link anywhere in the note. */
const MARKDOWN_INLINE = new RegExp(String.raw`\*\*[^*\n]{1,500}\*\*|__[^_\n]{1,500}__|${LINK}|\x60[^\x60\n]{1,500}\x60`);

/** A row of a Markdown table: `| cell | cell |`. */
const TABLE_ROW = /^[ \t]*\|.*\|[ \t]*$/;

/** A line that opens or closes an HTML element (`<td>`, `</tr>`), or is one. */
const HTML_TAG_LINE = /^[ \t]*<\/?[a-z][a-z0-9]*(?:[ \t][^>\n]*)?>/i;

/** `lines` is `text.split('\n')`; parseSource passes the split it shares with the reader. */
export function detectFormat(text: string, lines: readonly string[] = text.split('\n'), sessions = new PythonSessions(lines)): SourceFormat {
  const nonBlank = lines.filter((line) => line.trim() !== '');
  if (nonBlank.length === 0) return 'markdown';
  let score = 0;
  if (/^---[ \t]*\n[\s\S]*?\n---[ \t]*(?:\n|$)/.test(text)) score += 3;
  if (/^[ \t]*(?:```|~~~)/m.test(text)) score += 3;
  // Spans are bounded in length: unbounded ones make these tests quadratic on
  // a long line of `[` or `**` (a hostile or minified file).
  if (/<\/?(?:details|summary|div|br|p|img|table|sup|sub|b|i|a)\b[^>\n]{0,500}>/i.test(text)) score += 2;
  if (MARKDOWN_INLINE.test(text)) score += 2;
  // An ATX heading with a blank line after it is Markdown; a `# 1. Implement x`
  // line glued to code is a comment in pasted code. So is a heading of two `#` or more that opens
  // the note or a paragraph, glued to its text as notes are often typed (`## Stats` over `#### 1. What …?`):
  // code comments are written with one.
  if (/^#{1,6} \S.*\n[ \t]*\n/m.test(text) || /(?:^|\n[ \t]*\n)#{2,6} \S/.test(text)) score += 2;
  // So is a task list's box after its bullet (`- [ ] What is a p-value?`, `- [x] …`): copied pages show the box drawn.
  if (TASK_ITEM_LINE.test(text)) score += 2;
  // A `>` quote, at the top level or inside a list item, is Markdown's; copied pages show quotes without it. A Python
  // session's prompts (`>>> import copy`) are no quote.
  if (QUOTE_LINES.test(text) && (!text.includes('>>>') || quotesBesidesSessions(sessions))) score += 2;
  // `$$` on a line of its own fences display math in Markdown, and so does a formula that fills a line
  // between two `$$` (`$$x_{new} = x_{old} - \eta g$$`); copied pages show `\[`.
  if (/^[ \t]*\$\$(?:[^$\n]{1,500}\$\$)?[ \t]*$/m.test(text)) score += 2;
  // Setext headings (`Title` over `=====`, `Section` over `-----`) are Markdown's other headings; two or more, not a
  // divider a copied page draws once.
  if (countSetextHeadings(lines) >= 2) score += 2;
  // A table's delimiter row and an HTML comment are Markdown's too.
  const table = /^[ \t]*\|?[ \t]*:?-{3,}:?[ \t]*\|[ \t]*:?-{3,}/m.test(text);
  if (table || /<!--/.test(text)) score += 2;
  // A Hugo shortcode, a Jekyll tag or a kramdown attribute list on a line of its own: a site's Markdown source.
  if (SITE_MARKUP_LINE.test(text)) score += 3;
  // An MkDocs admonition (`??? question "…"`, `!!! note`) on a line of its own: a docs site's Markdown source.
  if (/^(?:\?{3}\+?|!{3})[ \t]+[A-Za-z][\w-]*(?:[ \t]+"[^"\n]*")?[ \t]*$/m.test(text)) score += 3;
  // A reStructuredText directive (`.. note::`, `.. code-block:: python`) over its indented body: a Sphinx page's source,
  // whose underlined titles, blank-line paragraphs and indented code Markdown reads as its own. One quoted in a line of
  // copied text, with no body, says nothing of the note.
  if (/^\.\. [A-Za-z][\w-]*::[^\n]*\n(?:[ \t]*\n)?[ \t]+\S/m.test(text)) score += 3;
  // A custom container opened and closed by colons (`::: details What is X?` … `:::`): a VitePress, VuePress or Docusaurus source.
  // (Two searches, not one pattern spanning the lines between: that one would read to the end from every opening fence.)
  if (/^[ \t]*:{3,}[ \t]*(?:[A-Za-z]|\{)/m.test(text) && /^[ \t]*:{3,}[ \t]*$/m.test(text)) score += 3;
  // Obsidian's links and embeds (`[[Page]]`, `![[plot.png]]`) and comments (`%% ... %%`) are Markdown notes' own.
  if (/\[\[[^\[\]\n]{1,500}\]\]|%%[^\n]{0,500}%%|^[ \t]*%%[ \t]*$/m.test(text)) score += 2;
  // So are the `?` lines of Spaced Repetition's multi-line cards.
  if (hasReviewCards(text)) score += 2;
  // And Ankdown's `%` lines between a card's fields.
  if (hasAnkdownCards(text)) score += 2;
  // And its one-line cards (`front::back`) in a note tagged for them.
  if (hasInlineCards(text)) score += 3;
  // And RemNote's cards in an outline (`- Overfitting :: Fitting noise.`), read in Markdown's lists.
  if (hasRemNoteCards(text)) score += 3;
  // And definition lists (`Precision` over `: Of the predicted positives, …`), Markdown Extra's and Pandoc's.
  if (holdsDefinitionLists(text, lines)) score += 3;
  // Logseq's block properties under a bullet (`card-repeats:: 2`, `collapsed:: true`): a Logseq page, an outline in Markdown.
  if (hasOutlinerProperties(text)) score += 3;
  // So are its page properties over the page (`title:: Transformer`, `tags:: interview, nlp`).
  if (opensWithPageProperties(text)) score += 3;
  // Bullet glyphs are copied text's lists, unless Markdown's own syntax is on many times as many lines:
  // then they are bullets a Markdown note typed in a few answers (`• **Supervised** …` under `### Q:` headings).
  // A middle dot is one before text, spaced or not (`·오버피팅 이란?`, as a phone's keyboard types it), in a note whose
  // lines no heading or bold line titles: under `**Q1. …**` it is a Markdown note's bullet, typed so on a phone too.
  const markdownLines = nonBlank.filter((line) => MARKDOWN_SYNTAX_LINE.test(line)).length;
  const titled = nonBlank.some((line) => /^#{1,6} \S|^\s*\*\*[^*\n]+\*\*\s*$/.test(line));
  const glyphBullets = nonBlank.filter((line) => /^\s*[•◦▪‣●○■➢►]\s/.test(line) || (!titled && /^\s*[·ㆍ][ \t]*[^\s·ㆍ]/.test(line))).length;
  if (glyphBullets > 0 && markdownLines < glyphBullets * 3) score -= Math.min(6, glyphBullets * 2);
  // A table's rows stand without blank lines between them: they are no sign of a note typed line by line.
  // Nor are the lines of an HTML element (a `<table>` a wiki exported, one tag a line).
  const tableRows = table ? nonBlank.filter((line) => TABLE_ROW.test(line)).length : 0;
  const htmlLines = nonBlank.filter((line) => HTML_TAG_LINE.test(line)).length;
  const typed = nonBlank.length - tableRows - htmlLines;
  const blankRatio = (lines.length - nonBlank.length) / (lines.length - tableRows - htmlLines);
  // Nor are a list's items (`1. [E] What …?` over `    4. [E] Why …?`, as books of questions are written):
  // a note that is one list all along is Markdown's, though typed without a blank line.
  // An indented line right under an item's line or another such line is that item's too (`5. Given 5 documents:`
  // over tab-indented `D1: …` lines).
  let inItem = false;
  const listLines = nonBlank.filter((line) => (inItem = LIST_ITEM_LINE.test(line) || (inItem && /^[ \t]/.test(line)))).length;
  if (typed >= 8 && blankRatio < 0.05 && listLines < typed * 0.8) score -= 3;
  return score > 0 ? 'markdown' : 'plaintext';
}
