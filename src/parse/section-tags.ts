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
  // Both in the note's order: the heading over each line of tags is found in one pass.
  let next = 0;
  for (const tagLine of headings.length > 0 ? [...tagLines].sort((a, b) => a.line - b.line) : []) {
    while (next < headings.length && headings[next]!.position!.end.line < tagLine.line) next++;
    const heading = headings[next - 1];
    // A line of card markers or to-do marks (`#todo` under a question) files nothing: it is said to be left out as such.
    if (!heading || tagsOfLine(tagLine.text).length === 0 || !onlyBlankBetween(lines, heading, tagLine)) continue;
    if (!titlesNote(tree.children, headings, heading)) under.set(tagLine, heading);
  }
  return under;
}

/**
 * The note's sections that tags file (see above): read after the tags after a question are taken off its line, so
 * that a heading's own tags are a section's only where it asks nothing (`## Optimizers #optim`, not `## What is L2? #l2`).
 * `told`: what to say of the tags that end a heading.
 */
export function readSectionTags(tree: Root, lines: readonly string[], under: ReadonlyMap<TagLine, Heading>, told: (heading: Heading, tags: readonly string[]) => void): SectionTags[] {
  const linesUnder = new Map<Heading, string[]>();
  for (const [tagLine, heading] of under) linesUnder.set(heading, [...(linesUnder.get(heading) ?? []), ...tagsOfLine(tagLine.text)]);
  const sections: SectionTags[] = [];
  /** The sections still open, deepest last, with the depth of their heading: the next heading as high ends each. */
  const open: Array<{ depth: number; section: SectionTags; index: number }> = [];
  for (const heading of rootHeadings(tree)) {
    const start = heading.position!.start.offset ?? 0;
    while (open.length > 0 && open.at(-1)!.depth >= heading.depth) open.pop()!.section.end = start;
    const last = heading.children.at(-1);
    const ending = last?.type === 'text' && last.value.includes('#') ? titleTags(last.value) : [];
    if (ending.length > 0) told(heading, ending);
    const tags = [...new Set([...ending, ...(linesUnder.get(heading) ?? [])])];
    if (tags.length === 0) continue;
    const section = { line: heading.position!.start.line, start, end: Number.MAX_SAFE_INTEGER, tags, parent: open.at(-1)?.index ?? -1 };
    open.push({ depth: heading.depth, section, index: sections.length });
    sections.push(section);
  }
  return sections;
}

function rootHeadings(tree: Root): Heading[] {
  return tree.children.filter((block): block is Heading => block.type === 'heading' && block.position !== undefined);
}

/**
 * The tags of the sections `offset` (a question's start) stands in, outermost first: the last section opening at or
 * before it, or the section around that one that still holds it, and the sections around that. Found by halving, not
 * by reading every section for every question (a note of 40,000 tagged sections).
 */
export function tagsOfSectionsAt(sections: readonly SectionTags[], offset: number): string[] {
  let low = 0;
  let high = sections.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (sections[middle]!.start <= offset) low = middle + 1;
    else high = middle;
  }
  let at = low - 1;
  while (at >= 0 && sections[at]!.end <= offset) at = sections[at]!.parent;
  const chain: SectionTags[] = [];
  for (; at >= 0; at = sections[at]!.parent) chain.push(sections[at]!);
  return chain.reverse().flatMap(({ tags }) => tags);
}

/** Whether nothing but blank lines stand between a heading and a line of tags under it. */
function onlyBlankBetween(lines: readonly string[], heading: Heading, tagLine: TagLine): boolean {
  for (let line = heading.position!.end.line + 1; line < tagLine.line; line++) if ((lines[line - 1] ?? '').trim() !== '') return false;
  return true;
}

/** Whether `heading` is the note's title: it opens the note, and every heading as high after it asks. */
function titlesNote(blocks: readonly RootContent[], headings: readonly Heading[], heading: Heading): boolean {
  if (blocks[0] !== heading) return false;
  return headings.every((other) => other === heading || other.depth > heading.depth || endsWithQuestionMark(toString(other)));
}
