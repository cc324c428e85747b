/**
 * GitHub-flavoured Markdown for the parser, without one scan where it cannot
 * find anything.
 *
 * remark-gfm's literal autolinks (a bare `www.example.com`,
 * `https://example.com` or `someone@example.com` turned into a link) are
 * looked for at almost every letter of a text. On notes that hold none,
 * that search is about a third of the whole parse. A literal autolink
 * cannot be there unless the text holds `@`, `www.` or `http://` /
 * `https://` (in any case); a backslash escape (`www\.`) or a character
 * reference (`&#64;`) can spell those too. A text that holds none of them is
 * parsed with GFM's other constructs only, and the tree is the same: the
 * left-out construct could not have matched, and its mdast transform finds
 * nothing. Tests compare the two parsers on many texts
 * (tests/parse/gfm.test.ts).
 */
import type { Processor } from 'unified';
import { gfmFootnote } from 'micromark-extension-gfm-footnote';
import { gfmStrikethrough } from 'micromark-extension-gfm-strikethrough';
import { gfmTable } from 'micromark-extension-gfm-table';
import { gfmTaskListItem } from 'micromark-extension-gfm-task-list-item';
import { gfmFootnoteFromMarkdown } from 'mdast-util-gfm-footnote';
import { gfmStrikethroughFromMarkdown } from 'mdast-util-gfm-strikethrough';
import { gfmTableFromMarkdown } from 'mdast-util-gfm-table';
import { gfmTaskListItemFromMarkdown } from 'mdast-util-gfm-task-list-item';

/**
 * remark-gfm less literal autolinks: footnotes, strikethrough, tables and
 * task list items, in remark-gfm's order. Only for parsing a text for which
 * `mayHoldLiteralAutolink` is false.
 */
export function remarkGfmWithoutLiteralAutolinks(this: Processor): void {
  const data = this.data();
  (data.micromarkExtensions ??= []).push(gfmFootnote(), gfmStrikethrough(), gfmTable(), gfmTaskListItem());
  (data.fromMarkdownExtensions ??= []).push([
    gfmFootnoteFromMarkdown(),
    gfmStrikethroughFromMarkdown(),
    gfmTableFromMarkdown(),
    gfmTaskListItemFromMarkdown(),
  ]);
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
