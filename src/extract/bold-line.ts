/**
 * A line that is one bold run, as notes set a question apart: `**What is X?**`,
 * possibly followed by difficulty emoji, invisible joiners or a `<br/>`.
 */
import type { PhrasingContent, Strong } from 'mdast';

const FILLER = /^[\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/**
 * `**What are MSE and RMSE? **`: a space before the closing `**` keeps Markdown from reading it as bold (the
 * asterisks show as written), but the author meant a bold line all the same.
 */
const MEANT_BOLD = /^\*\*(?=\S)([^*\n]+?)\s+\*\*\s*$/;

/** Right after the bold run, a colon its author left outside it (`**What is X?**:`), then filler. */
const COLON_AFTER = /^[:：][\s\p{Extended_Pictographic}\u200b-\u200d\u2060\ufe0f]*$/u;

/**
 * The line's bold run, when nothing but filler stands beside it. (A question mark outside it, `**Dropout**?`, is
 * left to the line's reading: among bold questions, `**Important**?` in an answer reads the same as a question.)
 */
export function boldRun(line: readonly PhrasingContent[]): Strong | undefined {
  const [only] = line;
  const meant = line.length === 1 && only?.type === 'text' ? MEANT_BOLD.exec(only.value) : null;
  if (meant) return { type: 'strong', children: [{ type: 'text', value: meant[1]! }] };
  const strong = line.filter((child) => child.type === 'strong');
  if (strong.length !== 1) return undefined;
  const after = line.indexOf(strong[0]!) + 1;
  const onlyFiller = line.every(
    (child, index) =>
      child.type === 'strong' ||
      (index === after && child.type === 'text' && COLON_AFTER.test(child.value)) ||
      (child.type === 'text' && FILLER.test(child.value)) ||
      (child.type === 'html' && /^<br\s*\/?>$/i.test(child.value.trim())) ||
      child.type === 'break',
  );
  return onlyFiller ? strong[0] : undefined;
}
