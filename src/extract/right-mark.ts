/**
 * The mark a quiz note puts after its right option: `B) tanh ✅`, `c) Adam ✔`, `② K-평균 (O)`,
 * `b) RMSProp ← answer`, `(B) Dropout (correct)`, `③ 정규화 (정답)`. It says which option is
 * right, as an answer line does (choices.ts), and is no part of the option's text.
 *
 * `(O)` is the circle of a Korean O/X answer, so only a capital O counts: `(o)` may be the end of
 * a formula. The words are read in any case.
 */
import type { PhrasingContent } from 'mdast';

const SPACE = String.raw`[ \t\u00a0]*`;
const TICK = String.raw`✅|✔\ufe0f?|✓`;
const WORD = String.raw`(?:[Aa][Nn][Ss][Ww][Ee][Rr]|[Cc][Oo][Rr][Rr][Ee][Cc][Tt]|정답)`;
const POINTER = String.raw`(?:←|⬅\ufe0f?|<-{1,2})${SPACE}${WORD}`;
/**
 * The mark at the end of a text without its trailing spaces. The spaces around it are trimmed, not
 * matched: a pattern that starts with a run of spaces retries that run from each of its characters,
 * which is quadratic in a long run of them (a test checks that it cannot backtrack so).
 */
export const RIGHT_MARK = new RegExp(`(?:${TICK}|\\((?:O|${WORD})\\)|${POINTER})$`, 'u');

/** The option's content without the mark after it, when it ends with one. */
export function withoutRightMark(content: readonly PhrasingContent[]): PhrasingContent[] | undefined {
  const last = content.at(-1);
  if (last?.type !== 'text') return undefined;
  const found = RIGHT_MARK.exec(last.value.trimEnd());
  if (!found) return undefined;
  const value = last.value.slice(0, found.index).trimEnd();
  const { position: _moved, ...rest } = last;
  return [...content.slice(0, -1), ...(value === '' ? [] : [{ ...rest, value }])];
}
