/**
 * A line that is one bold run, as notes set a question apart: `**What is X?**`,
 * possibly followed by difficulty emoji, invisible joiners or a `<br/>`.
 */
import type { PhrasingContent, Strong } from 'mdast';
import { QUESTION_MARK } from '../wording/marks.js';

const FILLER = /^[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/**
 * `**What are MSE and RMSE? **`: a space before the closing `**` keeps Markdown from reading it as bold (the
 * asterisks show as written), but the author meant a bold line all the same.
 */
const MEANT_BOLD = /^\*\*(?=\S)([^*\n]+?)\s+\*\*\s*$/;

/** Right after the bold run, a colon its author left outside it (`**What is X?**:`), then filler. */
const COLON_AFTER = /^[:：][\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/** Right after the bold run, its question mark left outside it (`**What is data leakage**?`), then filler. */
const QUESTION_MARK_AFTER = new RegExp(String.raw`^(${QUESTION_MARK})[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$`, 'u');

/** The line's bold run, when nothing but filler stands beside it (a question mark after it: `boldRunMarkedAfter`). */
export function boldRun(line: readonly PhrasingContent[]): Strong | undefined {
  const [only] = line;
  const meant = line.length === 1 && only?.type === 'text' ? MEANT_BOLD.exec(only.value) : null;
  if (meant) return { type: 'strong', children: [{ type: 'text', value: meant[1]! }] };
  return loneBoldRun(line, COLON_AFTER)?.strong;
}

/**
 * `**What is data leakage**?`: the line's bold run with the question mark written right after it, then filler, that
 * mark made the run's own. Whether the line is a bold question is the reader's to say (bold-paragraph.ts).
 */
export function boldRunMarkedAfter(line: readonly PhrasingContent[]): Strong | undefined {
  const found = loneBoldRun(line, QUESTION_MARK_AFTER);
  const mark = found?.after?.[1];
  return mark ? { ...found.strong, children: [...found.strong.children, { type: 'text', value: mark }] } : undefined;
}

/** The line's one bold run, when nothing but filler stands beside it and what `after` matches right after it; with that match. */
function loneBoldRun(line: readonly PhrasingContent[], after: RegExp): { strong: Strong; after: RegExpExecArray | null } | undefined {
  const strong = line.filter((child) => child.type === 'strong');
  if (strong.length !== 1) return undefined;
  const next = line.indexOf(strong[0]!) + 1;
  const right = line[next];
  const marks = right?.type === 'text' ? after.exec(right.value) : null;
  const onlyFiller = line.every(
    (child, index) =>
      child.type === 'strong' ||
      (index === next && marks !== null) ||
      (child.type === 'text' && FILLER.test(child.value)) ||
      (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) ||
      child.type === 'break',
  );
  return onlyFiller ? { strong: strong[0]!, after: marks } : undefined;
}
