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
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { LineTags } from './document.js';
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

/** The tags a note's Obsidian syntax gives: those after a question, on its line, and those of its lines of tags, every question's. */
export interface ObsidianTags {
  lineTags: LineTags[];
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
  for (const tags of tagLines) reportTagLine(vfile, tags);
  // Before the trailing tags: a card's line ends in its block id (`What is X? #card ^m1`), after them.
  dropBlockIds(tree, text);
  // Before the properties go: a block's `id::` names the block a reference shows.
  const blocks = text.includes('id::') ? new Map([...held, ...referencedBlocks(lines)]) : held;
  // Before the trailing tags too: a Logseq card's scheduling lines stand between its line and its answer.
  if (hasOutlinerProperties(text)) dropOutlinerProperties(tree, lines, vfile);
  readBlockReferences(tree, lines, vfile, text, blocks);
  const trailing = TAG_AFTER_TEXT.test(text) ? takeTrailingTags(tree, lines) : [];
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
    noteTags: tagLines.flatMap((tags) => tagsOfLine(tags.text)),
  };
}

/** The note that a line of tags was left out, and, unless it only marks cards (`#flashcards`), read as the note's tags. */
export function reportTagLine(vfile: VFile, tags: TagLine): void {
  const names = tagsOfLine(tags.text);
  const read = names.length > 0 ? `Read a line of tags ("${tags.text}") as every question's tags (${names.join(', ')}), not as part of an answer: it files the note` : `Left out a line of tags ("${tags.text}"): it files the note, it is not part of an answer`;
  vfile.info(read, {
    place: { line: tags.line, column: tags.column },
    ruleId: 'tag-line',
    source: 'qbank',
  });
}
