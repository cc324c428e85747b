/**
 * A question indented by a tab is indented code to Markdown, and GitHub shows
 * it so; a note that hides each answer right under it in
 * `<details><summary>ANS</summary>` means it as the question:
 *
 *     	What is Simpson's Paradox?
 *     <details>
 *     <summary>ANS</summary>
 *     …
 *
 * (Jingciii's flashcards: 44 questions, each lost as text of no question.)
 * Such a code block, one line that reads as prose right above a `<details>`
 * whose summary labels an answer, is read as the paragraph it was meant as.
 * Code over such a `<details>` (`print(x)`) stays code.
 */
import type { Code, Html, Paragraph, Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { readsAsProse } from './code-lines.js';
import { parseMarkdown } from './markdown.js';
import { isAnswerLabel } from '../wording/interrogative.js';
import { summaryText } from './summary-text.js';

const DETAILS = /^\s*<details\b/i;

export function readIndentedPrompts(tree: Root, text: string, lines: readonly string[]): void {
  // Most notes hide no answer in `<details>`: no tree to walk.
  if (!/<details\b/i.test(text)) return;
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = (node as Parent).children as RootContent[];
    for (let k = 0; k + 1 < children.length; k++) {
      const block = children[k]!;
      if (block.type !== 'code' || !hidesAnswerBelow(children[k + 1]!)) continue;
      const paragraph = promptOf(block, lines);
      if (paragraph) children[k] = paragraph;
    }
  });
}

function hidesAnswerBelow(block: RootContent): boolean {
  if (block.type !== 'html' || !DETAILS.test((block as Html).value)) return false;
  const summary = summaryText((block as Html).value);
  return summary !== undefined && isAnswerLabel(summary);
}

/** The paragraph an indented one-line code block of prose was meant as, its places those of the file. */
function promptOf(code: Code, lines: readonly string[]): Paragraph | undefined {
  const start = code.position?.start;
  if (code.lang || !start || start.offset === undefined || code.value.includes('\n')) return undefined;
  const line = lines[start.line - 1] ?? '';
  // Fenced code is code on purpose; only indentation made this one.
  if (!/^[ \t]/.test(line) || /^\s*(?:`{3}|~{3})/.test(line)) return undefined;
  const text = line.trim();
  if (text !== code.value.trim() || !readsAsProse(text)) return undefined;
  const first = parseMarkdown(text).tree.children[0];
  if (first?.type !== 'paragraph') return undefined;
  const column0 = line.length - line.trimStart().length;
  const lineOffset = start.offset - (start.column - 1);
  visit(first, (node) => {
    if (!node.position) return;
    for (const point of [node.position.start, node.position.end]) {
      point.column += column0;
      if (point.offset !== undefined) point.offset += lineOffset + column0;
      point.line += start.line - 1;
    }
  });
  return first;
}
