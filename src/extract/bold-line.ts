/**
 * A line that is one bold run, as notes set a question apart: `**What is X?**`,
 * possibly followed by difficulty emoji, invisible joiners or a `<br/>`.
 */
import type { PhrasingContent, Strong } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { isInterrogative } from '../wording/interrogative.js';

const FILLER = /^[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/**
 * `**What are MSE and RMSE? **`: a space before the closing `**` keeps Markdown from reading it as bold (the
 * asterisks show as written), but the author meant a bold line all the same.
 */
const MEANT_BOLD = /^\*\*(?=\S)([^*\n]+?)\s+\*\*\s*$/;

/**
 * Right after the bold run, the marks its author left outside it: a question mark (`**What is X**?`) and a colon
 * (`**What is X?**:`), then filler.
 */
const MARKS_AFTER = /^([?？]?)[:：]?[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/** The line's bold run, when nothing but filler stands beside it; a question mark written just after it is its own. */
export function boldRun(line: readonly PhrasingContent[]): Strong | undefined {
  const [only] = line;
  const meant = line.length === 1 && only?.type === 'text' ? MEANT_BOLD.exec(only.value) : null;
  if (meant) return { type: 'strong', children: [{ type: 'text', value: meant[1]! }] };
  const strong = line.filter((child) => child.type === 'strong');
  if (strong.length !== 1) return undefined;
  const at = line.indexOf(strong[0]!);
  const after = line[at + 1];
  const marks = after?.type === 'text' ? MARKS_AFTER.exec(after.value) : null;
  const onlyFiller = line.every(
    (child, index) =>
      child.type === 'strong' ||
      (index === at + 1 && marks !== null) ||
      (child.type === 'text' && FILLER.test(child.value)) ||
      (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) ||
      child.type === 'break',
  );
  if (!onlyFiller) return undefined;
  if (!marks?.[1]) return strong[0];
  // The question mark is the bold text's when that asks without it (`**What is data leakage**?`); after a word of
  // emphasis in an answer (`**Important**?`) the line is no question, and no bold line.
  return isInterrogative(toString(strong[0]!)) ? { ...strong[0]!, children: [...strong[0]!.children, { type: 'text', value: marks[1] }] } : undefined;
}
