/**
 * HackMD's (and CodiMD's) tag line, a level-six heading of code spans that files the note:
 *
 *     ###### tags: `recsys` `study`
 *
 * The site shows it as the note's tags, not as a heading: a heading at the note's end was the last question's
 * answer (a sub-heading in it). It is written over as the line of tags Obsidian notes keep (`#recsys #study`),
 * which files the note and is reported as such (tag-lines.ts). A tag's spaces become hyphens (`deep learning`:
 * `#deep-learning`), as a tag has none.
 */
import type { MarkupReading, ProseLine } from './site-markup.js';

/** The tag line: its tags, each in backticks. */
const TAGS_LINE = /^#{6}[ \t]+tags:[ \t]*((?:`[^`\n]+`[ \t,]*)+)$/i;

/** Whether a text may hold such a line: without one no line is read. */
export const ANY_TAGS_LINE = /^#{6}[ \t]+tags:/im;

export function readHackmdTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const found = TAGS_LINE.exec(text.trimEnd());
  if (!found) return;
  const tags = [...found[1]!.matchAll(/`([^`\n]+)`/g)].map((tag) => `#${tag[1]!.trim().replace(/\s+/g, '-')}`);
  const written = tags.join(' ');
  if (written.length <= line.end - line.start) reading.text.overwrite(line.start, line.end, written);
}
