/**
 * A page's date stamp closing an answer, as blogs and wikis print one under each post or part (`2024-03-15`,
 * `Updated: 2024-03-16`, `Posted on March 3, 2024`, `작성일: 2024. 3. 2`): when the page was written, not what the
 * answer says. It is left out of an answer that says something before it; an answer that is only a date (`When was
 * BERT released?` over `2018-10-11`) keeps it, and so does one that asks for a date, or whose text leads into it
 * (`First posted on:` over the date).
 */
import type { Paragraph, RootContent } from 'mdast';
import { CLOCK_TIME, DAY_DATE, STAMP_LABEL } from '../wording/date-shapes.js';
import { inlineText } from '../wording/prompt-text.js';
import { leadsIn } from './lead-in.js';

export const STAMP = new RegExp(String.raw`^(?:${STAMP_LABEL})?(?:${DAY_DATE})(?:\s+${CLOCK_TIME}(?::\d{2})?)?\s*\.?$`, 'iu');

/** Whether a block is a date stamp alone on its line. */
function isDateStamp(block: RootContent): block is Paragraph {
  if (block.type !== 'paragraph' || !block.position || block.position.start.line !== block.position.end.line) return false;
  return STAMP.test(inlineText(block.children).trim());
}

/** A question that asks for a date: its answer's last date may be what it asks for. */
const ASKS_WHEN = /\bwhen\b|\b(?:what|which)\s+(?:year|date|day)\b|\brelease(?:d|\s+date)?\b|\bdate\s+of\b|언제|몇\s*년|날짜는|시기는|공개일|출시일|발표일|마감일|何時|いつ|什么时候|何时|哪一?年/iu;

/**
 * The answer's blocks without the date stamp that closes them, and that stamp, when the answer holds more than it and
 * `prompt` asks for no date.
 */
export function withoutClosingDateStamp(blocks: RootContent[], prompt: string): { rest: RootContent[]; stamp?: Paragraph } {
  const last = blocks.at(-1);
  const before = blocks.at(-2);
  if (!last || !before || !isDateStamp(last) || ASKS_WHEN.test(prompt) || leadsIn(before)) return { rest: blocks };
  return { rest: blocks.slice(0, -1), stamp: last };
}

