/**
 * GitHub's and GitLab's own ways of writing math, which remark-math does not read (its author
 * declined them, remarkjs discussion #1229): inline math in backticks inside the dollars,
 * $`p(y \mid x)`$, so that Markdown leaves the TeX alone, and a fenced block whose language is
 * `math`. Notes copied from GitHub READMEs use both. remark-math reads the first as math whose TeX
 * still holds the backticks, and the second is a code block: both are mended into the math nodes
 * that `$…$` and `$$…$$` give.
 */
import type { Code } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';

/** The backticks inside the dollars, the same run at both ends. */
const IN_BACKTICKS = /^(`+)([^]*?[^`])\1$/;

/** `$`p(y \mid x)`$`: the formula without its backticks. */
export function unwrapBacktickMath(node: InlineMath): void {
  const inner = IN_BACKTICKS.exec(node.value)?.[2]?.trim();
  if (inner) node.value = inner;
}

/** A fence that opens a `math` block (```` ```math ````, `~~~math`), which a note without a `$` may still hold. */
export const MATH_FENCE = /^ {0,3}(?:`{3,}|~{3,})[ \t]*math[ \t]*$/m;

/** A code block fenced as `math`, as display math. */
export function fencedMath(node: Code): Math | undefined {
  if (node.lang !== 'math') return undefined;
  return { type: 'math', value: node.value, data: { delimiter: '$$' }, ...(node.position ? { position: node.position } : {}) };
}
