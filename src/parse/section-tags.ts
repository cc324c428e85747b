/**
 * Tags that file a section of a note, not the whole note: those that end its heading (`## Optimizers #optim #must`;
 * an Org headline's `:dl:interview:`, which org-mode.ts writes so) and a line of tags right under its heading
 * (`## Regularisation` over `#reg`, a blank line between or not). They are the tags of the questions under the heading
 * and its sub-headings, up to the next heading as high as it, as its name is their topic; not the note's other
 * questions'. A line of tags under the note's title stays the note's (Bear's `# OS` over `#interview/os #cs`): the
 * title is the heading that opens the note when no heading as high follows it but questions (`# What is a process?`).
 * A tag in a sentence, or after a question (trailing-tags.ts), files no section.
 */
import type { Heading, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { SectionTags } from './document.js';
import { tagsOfLine, type TagLine } from './tag-lines.js';
import { titleTags } from './trailing-tags.js';
import { endsWithQuestionMark } from '../wording/interrogative.js';

/**
 * The lines of tags right under a section's heading, each with that heading; `tagLines`: the lines of tags taken out
 * of the note's paragraphs (tag-lines.ts). The others are the note's.
 */
export function tagLinesUnderHeadings(tree: Root, lines: readonly string[], tagLines: readonly TagLine[]): Map<TagLine, Heading> {
  const headings = rootHeadings(tree);
  const under = new Map<TagLine, Heading>();
  for (const tagLine of headings.length > 0 ? tagLines : []) {
    // A line of card markers or to-do marks (`#todo` under a question) files nothing: it is said to be left out as such.
    if (tagsOfLine(tagLine.text).length === 0) continue;
    const heading = headingOver(headings, lines, tagLine);
    if (heading && !titlesNote(tree.children, headings, heading)) under.set(tagLine, heading);
  }
  return under;
}

/**
 * The note's sections that tags file (see above): read after the tags after a question are taken off its line, so
 * that a heading's own tags are a section's only where it asks nothing (`## Optimizers #optim`, not `## What is L2? #l2`).
 */
export function readSectionTags(tree: Root, lines: readonly string[], under: ReadonlyMap<TagLine, Heading>, told: (heading: Heading, tags: readonly string[]) => void): SectionTags[] {
  const headings = rootHeadings(tree);
  const sections: SectionTags[] = [];
  let textEnd: number | undefined;
  headings.forEach((heading, index) => {
    const last = heading.children.at(-1);
    const ending = last?.type === 'text' && last.value.includes('#') ? titleTags(last.value) : [];
    if (ending.length > 0) told(heading, ending);
    const underIt = [...under].filter(([, over]) => over === heading).flatMap(([tagLine]) => tagsOfLine(tagLine.text));
    const tags = [...new Set([...ending, ...underIt])];
    if (tags.length === 0) return;
    const next = headings.slice(index + 1).find((later) => later.depth <= heading.depth);
    textEnd ??= lines.reduce((length, line) => length + line.length + 1, 0);
    sections.push({ line: heading.position!.start.line, start: heading.position!.start.offset ?? 0, end: next?.position!.start.offset ?? textEnd, tags });
  });
  return sections;
}

function rootHeadings(tree: Root): Heading[] {
  return tree.children.filter((block): block is Heading => block.type === 'heading' && block.position !== undefined);
}

/** The tags of the sections `offset` (a question's start) stands in, outermost first. */
export function tagsOfSectionsAt(sections: readonly SectionTags[], offset: number): string[] {
  return sections.filter(({ start, end }) => offset >= start && offset < end).flatMap(({ tags }) => tags);
}

/** The heading right over a line of tags, nothing but blank lines between them. */
function headingOver(headings: readonly Heading[], lines: readonly string[], tagLine: TagLine): Heading | undefined {
  const heading = headings.findLast((candidate) => candidate.position!.end.line < tagLine.line);
  if (!heading) return undefined;
  for (let line = heading.position!.end.line + 1; line < tagLine.line; line++) if ((lines[line - 1] ?? '').trim() !== '') return undefined;
  return heading;
}

/** Whether `heading` is the note's title: it opens the note, and every heading as high after it asks. */
function titlesNote(blocks: readonly RootContent[], headings: readonly Heading[], heading: Heading): boolean {
  if (blocks[0] !== heading) return false;
  return headings.every((other) => other === heading || other.depth > heading.depth || endsWithQuestionMark(toString(other)));
}
