/**
 * GitHub-flavoured Markdown for the parser, without the scans that cannot
 * find anything in a given text.
 *
 * Two of remark-gfm's constructs are looked for far more often than they
 * are found:
 * - literal autolinks (a bare `www.example.com`, `https://example.com` or
 *   `someone@example.com` turned into a link) at almost every letter of a
 *   text: on notes that hold none, about a third of the whole parse. One
 *   cannot be there unless the text holds `@`, `www.` or `http://` /
 *   `https://` (in any case); a backslash escape (`www\.`) or a character
 *   reference (`&#64;`) can spell those too.
 * - tables, at the start of every line: about a tenth of the parse of notes
 *   without one. A table cannot be there without its delimiter row: a line
 *   of dashes, colons and pipes (`| --- | :-: |`, `--|--`, or `:--` under a
 *   one-column head), holding a dash and a pipe or colon.
 * A text that cannot hold one of them is parsed with GFM's other constructs
 * only, and the tree is the same: the construct left out could not have
 * matched, and its mdast extension finds nothing to do. Tests compare the
 * parsers on many texts (tests/parse/gfm.test.ts).
 */
import type { Processor } from 'unified';
import { gfmAutolinkLiteral } from 'micromark-extension-gfm-autolink-literal';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmAutolinkLiteralFromMarkdown } from 'mdast-util-gfm-autolink-literal';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/** Which of the constructs that may be left out a parse looks for. */
export interface GfmConstructs {
  literalAutolinks: boolean;
  tables: boolean;
}

/**
 * remark-gfm's parsing, with literal autolinks or tables left out as
 * `constructs` says, the rest (footnotes, strikethrough, task list items)
 * always; in remark-gfm's order. Only for parsing a text that cannot hold
 * what is left out (`gfmConstructsFor`).
 */
export function remarkGfmParts(this: Processor, constructs: GfmConstructs): void {
  const syntax: Array<ReturnType<typeof gfmTable>> = [];
  const fromMarkdown: Array<ReturnType<typeof gfmTableFromMarkdown>> = [];
  if (constructs.literalAutolinks) {
    syntax.push(gfmAutolinkLiteral());
    fromMarkdown.push(gfmAutolinkLiteralFromMarkdown());
  }
  syntax.push(gfmFootnote(), gfmStrikethrough());
  fromMarkdown.push(gfmFootnoteFromMarkdown(), gfmStrikethroughFromMarkdown());
  if (constructs.tables) {
    syntax.push(gfmTable());
    fromMarkdown.push(gfmTableFromMarkdown());
  }
  syntax.push(gfmTaskListItem());
  fromMarkdown.push(gfmTaskListItemFromMarkdown());
  const data = this.data();
  (data.micromarkExtensions ??= []).push(...syntax);
  (data.fromMarkdownExtensions ??= []).push(fromMarkdown);
}

/** The constructs a parse of `text` must look for. */
export function gfmConstructsFor(text: string): GfmConstructs {
  return { literalAutolinks: mayHoldLiteralAutolink(text), tables: mayHoldTable(text) };
}

/** What a literal autolink needs, once escapes and references are read. */
const AUTOLINK_MARK = /@|www\.|https?:\/\//i;
/** A character reference (`&#64;`, `&#x40;`, `&commat;`) could spell any of those marks. */
const CHARACTER_REFERENCE = /&(?:#\d|#x[\da-f]|[a-z][a-z\d]*;)/i;
/** A backslash before ASCII punctuation, which is read as that punctuation alone. */
const BACKSLASH_ESCAPE = /\\(?=[!-/:-@[-`{-~])/g;

/**
 * Whether a literal autolink may be in `text`. False only when there surely
 * is none; true is allowed to be wrong (it costs only time).
 */
export function mayHoldLiteralAutolink(text: string): boolean {
  if (CHARACTER_REFERENCE.test(text)) return true;
  return AUTOLINK_MARK.test(text.includes('\\') ? text.replace(BACKSLASH_ESCAPE, '') : text);
}

/**
 * A line that may be a table's delimiter row: after any blockquote markers
 * and indentation, only dashes, colons, pipes, spaces and tabs, with a dash
 * and a pipe or colon among them (micromark-extension-gfm-table: a row of
 * dashes alone is a thematic break or a heading's underline). Nothing else
 * on the line can be escaped or spelled by a reference: GFM reads the row
 * as written.
 */
// The prefix ends at a `>`: were it `[ \t>]*`, spaces it took could also be the row's, and a line of n
// spaces would be tried n times over (quadratic: 200,000 spaces took 18 s).
const DELIMITER_ROW = /^(?:[ \t]*>)*(?=[ \t|:-]*-)(?=[ \t|:-]*[|:])[ \t|:-]+$/m;

/** Whether a table may be in `text`. False only when there surely is none. */
export function mayHoldTable(text: string): boolean {
  return DELIMITER_ROW.test(text);
}
