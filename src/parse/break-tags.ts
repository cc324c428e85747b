/**
 * HTML's `<br>` (`<br/>`, `<br />`) in a Markdown note: a line break, as it renders. Pages copied to Markdown end lines
 * with one, and Obsidian's Kanban joins a card's lines with one (`What is X?<br>→ An x.`).
 */
import { QUESTION_MARK } from '../wording/marks.js';

/** An inline HTML node's value that is one `<br>` tag. */
export const BREAK_TAG = /^<br\s*\/?>$/i;

/**
 * `What is dropout?<br>Randomly zeroing units.`: a line that asks with a question mark, then a `<br>` and its answer
 * on the same line (the line's own markup, `- [ ] ` or `**`, allowed).
 */
export const BREAK_LEAD_LINE = new RegExp(String.raw`^[^<]*${QUESTION_MARK}[*_\s]*<br\s*\/?>[ \t]*\S`, 'i');
