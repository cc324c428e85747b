/**
 * A question heading that goes on on the next line. An ATX heading is one line, so an author who
 * wants a second line ends the heading with a hard break (two spaces or a backslash, as in a
 * paragraph) and writes it right under:
 *
 *     #### 8. When can parallelism make your algorithms run faster?␠␠
 *     When could it make your algorithms run slower?
 *
 * Markdown reads the second line as a paragraph, the start of the answer. When the heading asks with
 * a question mark, and the line is one of its own (a paragraph of one line) that asks with one too, it
 * is read as the heading's second line instead: one heading over both lines, so the question is both and the answer what follows.
 * So is a line right under a heading that ends in a comma, when it goes on in lower case and ends asking: the
 * author wrapped one question over two lines.
 */
import type { Heading, Paragraph, RootContent } from 'mdast';
import { endsWithQuestionMark, isInterrogative } from '../wording/interrogative.js';
import { inlineText } from '../wording/prompt-text.js';

/** A line that ends in a hard break: two spaces or more, or a backslash. */
const HARD_BREAK_END = /(?: {2,}|\t|\\)$/;

/** The blocks with each heading that goes on made one with its second line; the same array when none does. */
export function withContinuedHeadings(blocks: RootContent[], source: string): RootContent[] {
  let out: RootContent[] | undefined;
  for (let at = 0; at < blocks.length; at++) {
    const heading = blocks[at]!;
    const next = blocks[at + 1];
    if (heading.type !== 'heading' || next?.type !== 'paragraph' || !goesOnIn(heading, next, source)) {
      out?.push(heading);
      continue;
    }
    out ??= blocks.slice(0, at);
    out.push(joined(heading, next));
    at += 1;
  }
  return out ?? blocks;
}

function goesOnIn(heading: Heading, next: Paragraph, source: string): boolean {
  const end = heading.position?.end;
  const start = next.position?.start;
  if (!end || !start || end.offset === undefined || next.position!.end.line !== start.line || start.line !== end.line + 1) return false;
  const line = source.slice(source.lastIndexOf('\n', end.offset - 1) + 1, end.offset);
  const asked = inlineText(heading.children).replace(/\\$/, '').trim();
  const text = inlineText(next.children);
  // `## What does the p-value tell you,` over `and what does it not tell you?`: a sentence cut at its comma, going on in lower case.
  if (asked.endsWith(',') && /^\s*\p{Ll}/u.test(text) && endsWithQuestionMark(text)) return true;
  // A heading that asks and goes on asking: a title (`## 1. Regularization␠␠`) over a question is that question's section.
  if (!HARD_BREAK_END.test(line) || !endsWithQuestionMark(asked)) return false;
  return endsWithQuestionMark(text) && isInterrogative(text);
}

function joined(heading: Heading, next: Paragraph): Heading {
  // A heading has no hard break: its closing backslash is text.
  const children = [...heading.children];
  const last = children.at(-1);
  if (last?.type === 'text') children[children.length - 1] = { ...last, value: last.value.replace(/\\?\s*$/, '') };
  return {
    type: 'heading',
    depth: heading.depth,
    children: [...children, { type: 'text', value: ' ' }, ...next.children],
    position: { start: heading.position!.start, end: next.position!.end },
  };
}
