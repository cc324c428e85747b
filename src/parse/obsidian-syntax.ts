/**
 * What an Obsidian note writes that plain Markdown does not: callouts,
 * links between notes and embedded pictures, and lines of tags. (Comments,
 * `%% ... %%`, are cut before parsing: see obsidian-comments.ts.) Each is
 * read in its own module; this pass runs them in order on a parsed note and
 * reports the tag lines it took out.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { readCallouts } from './callouts.js';
import { dropTagLines } from './tag-lines.js';
import { readWikilinks } from './wikilinks.js';

export function readObsidianSyntax(tree: Root, lines: readonly string[], vfile: VFile): void {
  // Before the links are read: a line of tags is a line of the text as written.
  for (const tags of dropTagLines(tree, lines)) {
    vfile.info(`Left out a line of tags ("${tags.text}"): it files the note, it is not part of an answer`, {
      place: { line: tags.line, column: tags.column },
      ruleId: 'tag-line',
      source: 'qbank',
    });
  }
  readCallouts(tree);
  readWikilinks(tree);
}
