/**
 * A paragraph read line by line: copied quizzes and answers sections write an option or an entry
 * per line (`a) …\nb) …`, `A1. …\nA2. …`) in one Markdown paragraph. Read by choices.ts and
 * answer-key.ts, so both cut lines alike.
 */
import type { Paragraph, PhrasingContent } from 'mdast';

export interface ParagraphLine {
  children: PhrasingContent[];
  /** Its line in the source. */
  line: number;
}

/** The paragraph cut at its line ends (newlines in its text, hard breaks), empty lines left out. */
export function linesOf(paragraph: Paragraph): ParagraphLine[] {
  let line = paragraph.position?.start.line ?? 1;
  const lines: ParagraphLine[] = [{ children: [], line }];
  const next = () => lines.push({ children: [], line: ++line });
  for (const child of paragraph.children) {
    if (child.type === 'break') next();
    else if (child.type !== 'text' || !child.value.includes('\n')) lines.at(-1)!.children.push(child);
    else {
      child.value.split('\n').forEach((piece, k) => {
        if (k > 0) next();
        if (piece !== '') lines.at(-1)!.children.push({ type: 'text', value: piece });
      });
    }
  }
  return lines.filter((entry) => entry.children.length > 0);
}

/** Lines joined back into one paragraph's content, a newline between each two. */
export function joinLines(lines: readonly (readonly PhrasingContent[])[]): PhrasingContent[] {
  return lines.flatMap((line, k) => (k === 0 ? [...line] : [{ type: 'text', value: '\n' } as PhrasingContent, ...line]));
}

/**
 * The paragraph without its first line (up to its first line end or hard break), its later lines as written;
 * undefined when it had no other line.
 */
export function withoutFirstLine(paragraph: Paragraph): Paragraph | undefined {
  const children = [...paragraph.children];
  while (children.length > 0) {
    const node = children.shift()!;
    if (node.type === 'break') break;
    if (node.type === 'text' && node.value.includes('\n')) {
      const after = node.value.slice(node.value.indexOf('\n') + 1).trimStart();
      if (after) children.unshift({ ...node, value: after });
      break;
    }
  }
  return children.length === 0 ? undefined : { ...paragraph, children };
}
