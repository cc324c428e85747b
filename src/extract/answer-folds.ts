/**
 * A question's answer folded in `<details>`: where its folds open and close, and the text a fold whole in one block holds.
 */
import type { Html, RootContent } from 'mdast';
import type { Point } from 'unist';
import { eachNode } from '../parse/tree-walk.js';
import type { PromptCandidate } from './recognizers/recognizer.js';
import { promptSource } from './written-text.js';

/** A closing `</details>`, spaces before its `>` allowed as HTML allows them. */
export const DETAILS_CLOSE = /<\/details\s*>/i;
const DETAILS_CLOSES = new RegExp(DETAILS_CLOSE.source, 'gi');
const DETAILS_OPEN = /<details\b/i;
const DETAILS_OPENS = new RegExp(DETAILS_OPEN.source, 'gi');
/** Each `<details>` and `</details>`, in order: 1 the closing tag's `/`. */
const DETAILS_TAGS = /<(\/)?details\b[^>]*>/gi;

/**
 * Whether block `index` stands inside a `<details>` of the open question's answer that is closed further on: a
 * `</details>` after it that no `<details>` after it opened. A fold nested in the answer's (an accordion in an
 * accordion) is so part of the answer, closing tag and all, and the answer's own `</details>` ends it; a `<details>`
 * never closed ends at the next question, as the warning `unclosed-details` says.
 */
export function insideClosedDetails(found: PromptCandidate, answer: readonly RootContent[], source: string, blocks: readonly RootContent[], index: number): boolean {
  // Most answers hold no HTML: nothing to count.
  if ((found.construct !== 'details' && !answer.some((block) => block.type === 'html')) || unclosedDetails(found, answer, source, true) === undefined) return false;
  let depth = 0;
  for (let k = index; k < blocks.length; k++) {
    const block = blocks[k]!;
    if (block.type !== 'html') continue;
    for (const tag of block.value.matchAll(DETAILS_TAGS)) {
      depth += tag[1] ? -1 : 1;
      if (depth < 0) return true;
    }
  }
  return false;
}

/** Whether the question is a fold whole in its own block, one `<details>` closed there. */
export function foldWhole(found: PromptCandidate, source: string): boolean {
  if (found.construct !== 'details') return false;
  const written = promptSource(found, source);
  return (written.match(DETAILS_OPENS)?.length ?? 0) === 1 && (written.match(DETAILS_CLOSES)?.length ?? 0) === 1;
}

/** A line break at the head of a fold's text, and at its end (within its last characters). */
const LEADING_BREAK = /^<br\s*\/?>/i;
const TRAILING_BREAK = /<br\s*\/?>$/i;

/** A fold's text without the white space and line breaks at either end (a pattern anchored at the end would try from every space). */
function withoutEndBreaks(text: string): string {
  let body = text.trimStart();
  for (let head = LEADING_BREAK.exec(body); head; head = LEADING_BREAK.exec(body)) body = body.slice(head[0].length).trimStart();
  body = body.trimEnd();
  for (let tail = TRAILING_BREAK.exec(body.slice(-12)); tail; tail = TRAILING_BREAK.exec(body.slice(-12))) body = body.slice(0, body.length - tail[0].length).trimEnd();
  return body;
}

/**
 * What a fold whole in its own block holds after its summary (`<details><summary>What is X?</summary>The
 * answer.</details>`), as raw HTML in the fold's place: undefined when it holds nothing, or when the block holds
 * more than one fold (each fold's `</details>` cannot be told from the block's text alone; folds on lines of
 * their own are blocks of their own, parse/html-blocks.ts).
 */
export function foldBody(found: PromptCandidate, source: string): Html | undefined {
  if (!foldWhole(found, source)) return undefined;
  const written = promptSource(found, source);
  const after = /<\/summary\s*>/i.exec(written);
  const close = written.search(/<\/details\s*>\s*$/i);
  if (!after || close < 0) return undefined;
  // The line breaks READMEs space the answer from its summary with (`</summary><br>`), or end it with, are no part of it, as on lines of their own (parse/html-blocks.ts).
  const value = withoutEndBreaks(written.slice(after.index + after[0].length, close));
  return value === '' ? undefined : { type: 'html', value, position: found.position };
}

/**
 * Where a `<details>` of this question opens without a matching `</details>`, if one does. `shown`: a question whose
 * source writes no `<details>` for the fold it stands for (an MDX accordion, a Hugo `details` shortcode) counted as
 * opening it, as the tree shows it, so that a fold nested in its answer does not close it; its source is no fold
 * left unclosed, so the warning counts as written.
 */
export function unclosedDetails(found: PromptCandidate, answer: readonly RootContent[], source: string, shown = false): Point | undefined {
  let balance = 0;
  let firstOpen: Point | undefined;
  const count = (html: string, at: Point | undefined) => {
    const opens = html.match(DETAILS_OPENS)?.length ?? 0;
    if (opens > 0 && balance <= 0) firstOpen = at;
    balance += opens - (html.match(DETAILS_CLOSES)?.length ?? 0);
  };
  if (found.construct === 'details') {
    const written = promptSource(found, source);
    count(shown && !DETAILS_OPEN.test(written) ? '<details>' : written, found.position.start);
  }
  eachNode(answer, 'html', (node) => count(node.value, node.position?.start));
  return balance > 0 ? firstOpen : undefined;
}
