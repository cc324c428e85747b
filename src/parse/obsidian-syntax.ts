/**
 * What an Obsidian note writes that plain Markdown does not: callouts,
 * links between notes and embedded pictures, lines of tags, tags after
 * a question (Logseq's `#card` too, returned by line), block ids (`^m1`)
 * and highlights (`==key==`); and Logseq's own block properties under a card, and Roam's and Logseq's
 * block references (`((a1B2c3D4e))`, read as the block's text when the page holds it), embeds of another note's text (note-embeds.ts), and the
 * links to other notes that close a note (note-links.ts). (Comments,
 * `%% ... %%`, are cut before parsing: see obsidian-comments.ts.) Each is
 * read in its own module; this pass runs them in order on a parsed note and
 * reports the tag lines it took out.
 */
import type { Heading, Root } from 'mdast';
import type { VFile } from 'vfile';
import { toString } from 'mdast-util-to-string';
import type { LineTags, SectionTags } from './document.js';
import { readSectionTags, tagLinesUnderHeadings } from './section-tags.js';
import { dropBlockIds } from './block-ids.js';
import { readBlockReferences, referencedBlocks, type ReferencedBlock } from './block-references.js';
import { dropOutlinerProperties, hasOutlinerProperties } from './outliner-properties.js';
import { readCallouts } from './callouts.js';
import { readHighlights } from './highlights.js';
import { dropTagLines, TAG, tagsOfLine, type TagLine } from './tag-lines.js';
import { takeTrailingTags } from './trailing-tags.js';
import { readWikilinks } from './wikilinks.js';
import { dropClosingNoteLinks } from './note-links.js';
import { readNoteEmbeds } from './note-embeds.js';

/** A tag at the start of a line (after a quote's `>`, a bullet or a number): without one there is no line of tags. */
const TAG_AT_LINE_START = new RegExp(String.raw`(?:^|\n)[ \t>*+\-\d.)]*${TAG}`, 'u');

/** A tag after a word on its line (`What is X? #card`): without one there are no trailing tags. */
const TAG_AFTER_TEXT = new RegExp(String.raw`\S[ \t]+${TAG}`, 'u');

/**
 * The tags a note's Obsidian syntax gives: those after a question, on its line, those of a section, that end its
 * heading or stand on a line under it (section-tags.ts), and those of its other lines of tags, every question's.
 */
export interface ObsidianTags {
  lineTags: LineTags[];
  sectionTags: SectionTags[];
  noteTags: string[];
}

/**
 * Each walk of the tree costs time on every note; a note without a `[!`, a `[[` or a tag at a
 * line's start (most notes) skips the walk that would find nothing. `held`: the blocks a reference may show that
 * the text does not give by `id::` (a Roam export's, by uid).
 */
export function readObsidianSyntax(tree: Root, lines: readonly string[], vfile: VFile, text: string, held: ReadonlyMap<string, ReferencedBlock> = new Map()): ObsidianTags {
  // Before the links are read: a line of tags is a line of the text as written.
  const tagLines = TAG_AT_LINE_START.test(text) ? dropTagLines(tree, lines) : [];
  const underHeadings = tagLines.length > 0 ? tagLinesUnderHeadings(tree, lines, tagLines) : new Map<TagLine, Heading>();
  for (const tags of tagLines) reportTagLine(vfile, tags, underHeadings.get(tags));
  // Before the trailing tags: a card's line ends in its block id (`What is X? #card ^m1`), after them.
  dropBlockIds(tree, text);
  // Before the properties go: a block's `id::` names the block a reference shows.
  const blocks = text.includes('id::') ? new Map([...held, ...referencedBlocks(lines)]) : held;
  // Before the trailing tags too: a Logseq card's scheduling lines stand between its line and its answer.
  if (hasOutlinerProperties(text)) dropOutlinerProperties(tree, lines, vfile);
  readBlockReferences(tree, lines, vfile, text, blocks);
  const tagsAfterText = TAG_AFTER_TEXT.test(text);
  const trailing = tagsAfterText ? takeTrailingTags(tree, lines) : [];
  // After the tags after a question are taken: a heading's own that are left are a section's.
  const sectionTags = underHeadings.size > 0 || tagsAfterText ? readSectionTags(tree, lines, underHeadings, (heading, tags) => reportHeadingTags(vfile, heading, tags)) : [];
  for (const tags of trailing) {
    const told =
      tags.kept.length === 0
        ? `Left out "${tags.text}" after the question: it marks a flashcard, it is not part of the wording`
        : `Read "${tags.text}" after the question as its tags (${tags.kept.join(', ')}), not as part of its wording`;
    vfile.info(told, {
      place: { line: tags.line, column: tags.column },
      ruleId: 'tag-line',
      source: 'qbank',
    });
  }
  if (text.includes('[!')) readCallouts(tree, text);
  if (text.includes('[[')) {
    // Before the links are read: an embed of another note's text, a paragraph that only points to notes, and a
    // closing line of them are links, not yet words.
    readNoteEmbeds(tree, lines, vfile, text);
    dropClosingNoteLinks(tree, lines, vfile);
    readWikilinks(tree);
  }
  readHighlights(tree, text);
  return {
    lineTags: trailing.flatMap(({ line, lineStart, kept }) => (kept.length > 0 ? [{ line, lineStart, tags: kept }] : [])),
    sectionTags,
    noteTags: tagLines.filter((tags) => !underHeadings.has(tags)).flatMap((tags) => tagsOfLine(tags.text)),
  };
}

/**
 * The note that a line of tags was left out, and, unless it only marks cards (`#flashcards`), read as the note's tags,
 * or, right under a section's heading (`under`), as the tags of the questions in that section.
 */
export function reportTagLine(vfile: VFile, tags: TagLine, under?: Heading): void {
  const names = tagsOfLine(tags.text);
  const line = under ? `a line of tags ("${tags.text}") under "${toString(under)}"` : `a line of tags ("${tags.text}")`;
  const files = under ? 'that section' : 'the note';
  const whose = under ? "its questions' tags" : "every question's tags";
  const read = names.length > 0 ? `Read ${line} as ${whose} (${names.join(', ')}), not as part of an answer: it files ${files}` : `Left out ${line}: it files ${files}, it is not part of an answer`;
  vfile.info(read, {
    place: { line: tags.line, column: tags.column },
    ruleId: 'tag-line',
    source: 'qbank',
  });
}

/** The note that the tags ending a section's heading are its questions' tags, not words of its name. */
function reportHeadingTags(vfile: VFile, heading: Heading, tags: readonly string[]): void {
  vfile.info(`Read the tags that end the heading "${toString(heading)}" as the tags of the questions under it (${tags.join(', ')}), not as part of its name`, {
    ...(heading.position ? { place: heading.position.start } : {}),
    ruleId: 'tag-line',
    source: 'qbank',
  });
}
