/**
 * The Answer field: `answer.html`, sanitised again, with code highlighted and local images swapped
 * for packed media names.
 *
 * Math is left as it is. In answer.html every formula the parse found is already written
 * `\(...\)` / `\[...\]` (the delimiters Anki's MathJax renders) in a math span; a `$` still in
 * the text is one the parse did not take for math (an escaped `\$`, a price in copied text), and
 * `answer.markdown`, which the PDF reads, escapes it too. Finding more math here, by other rules,
 * would make the deck show formulas the sheet does not.
 *
 * Two paths give the same result: HTML entirely in a strict safe subset is transformed token by
 * token (answer-tokens.ts, a few microseconds); anything else is parsed, sanitised and rebuilt
 * (answer-tree.ts, about 0.1 ms). Upstream's sanitised answers nearly all take the first.
 */
import type { MissingImage, ResolveImage } from './answer-images.js';
import { answerFromTokens } from './answer-tokens.js';
import { answerFromTree } from './answer-tree.js';
import { finishField } from './field-text.js';
import { safeHtmlTokens } from './safe-html-tokens.js';
import { mayHoldActiveTex } from '../../normalise/inert-tex.js';

export interface AnswerField {
  html: string;
  /** Images that could not be packed, with the reason (the field shows a placeholder instead). */
  missingImages: MissingImage[];
  /** Which path produced the field (for tests and benchmarks). */
  path: 'tokens' | 'tree';
}

/** A character reference to a backslash or an ASCII letter: TeX spelled so that a quick look misses it. */
const SPELLS_TEX = /&(?:bsol|#0*92|#x0*5c|#0*(?:6[5-9]|[7-8]\d|9[0]|9[7-9]|1[01]\d|12[0-2])|#x0*(?:4[1-9a-f]|5[0-9a]|6[1-9a-f]|7[0-9a]));/i;

export function answerField(html: string, resolveImage: ResolveImage): AnswerField {
  // Cleaned first, so that removing control characters afterwards cannot change what was checked.
  const input = finishField(html);
  // TeX that acts is made inert on the full path only (html-sanitise.ts), which reads character
  // references as a browser does (`&#92;href` is `\href`): upstream's answers hold none of either.
  const tokens = mayHoldActiveTex(input) || SPELLS_TEX.test(input) ? undefined : safeHtmlTokens(input);
  const fast = tokens && answerFromTokens(tokens, resolveImage);
  if (fast) return { ...fast, html: finishField(fast.html), path: 'tokens' };
  const tree = answerFromTree(input, resolveImage);
  return { ...tree, html: finishField(tree.html), path: 'tree' };
}
