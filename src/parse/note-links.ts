/**
 * The links to other notes that close a Bear or Obsidian note after its last answer: its related notes or
 * backlinks, a paragraph of wiki-links and nothing else but what separates them (`[[Attention is all you need]] ·
 * [[BERT]]`, `[[A]], [[B]]`, `[[A]] | [[B]]`, one under another). They file the note among the author's others, as
 * a line of tags does (tag-lines.ts); they are not the last answer's words. Read before the links become the words
 * they show (wikilinks.ts), which would make them a sentence like any other.
 *
 * Only the note's last block, under a block that neither is a heading nor ends in `?` or `:`: under a question or
 * a line that leads to them (`Papers:`), the links are what it answers. A wiki-link in a sentence, and an embedded
 * picture (`![[plot.png]]`), are an answer's own.
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import { isTagLine } from './tag-lines.js';
import { WIKILINK } from './wikilinks.js';
import { lineRange } from '../report/line-span.js';
import { QUESTION_MARKS } from '../wording/marks.js';

/** What separates the links on a footer's line: spaces, `·`, `•`, `,`, `|`, `/`, a dash. */
export const SEPARATORS = /^[\s·•,|/–—-]*$/u;
/** How a line that leads on, or asks, ends: its emphasis left aside (`**Papers:**`). */
export const LEADS_ON = new RegExp(String.raw`[${QUESTION_MARKS}:：][*_]*$`);

/** A line of links to other notes and nothing else: an embed (`![[plot.png]]`) is no link. */
function isNoteLinksLine(line: string): boolean {
  const links = [...line.matchAll(WIKILINK)];
  return links.length > 0 && links.every(([, embed]) => embed === '') && SEPARATORS.test(line.replace(WIKILINK, ' '));
}

/** Takes the links closing the note off the end of `tree`, and says so; leaves the tree as it is when its end is no such paragraph. */
export function dropClosingNoteLinks(tree: Root, lines: readonly string[], vfile: VFile): void {
  const last = tree.children.at(-1);
  const above = tree.children.at(-2);
  if (last?.type !== 'paragraph' || !last.position || !above || !setApartBy(above, lines)) return;
  const { start, end } = last.position;
  // A line of tags among them is out already (tag-lines.ts), though the paragraph's place still spans it.
  const written: Array<{ line: number; text: string }> = [];
  for (let line = start.line; line <= end.line; line++) {
    const text = lines[line - 1] ?? '';
    if (text.trim() !== '' && !isTagLine(text)) written.push({ line, text: text.trim() });
  }
  if (written.length === 0 || !written.every(({ text }) => isNoteLinksLine(text))) return;
  tree.children.pop();
  const [first, final] = [written[0]!.line, written.at(-1)!.line];
  const said = written.map(({ text }) => text).join(' ');
  vfile.info(`Left out the links to other notes that close the note (${lineRange(first, final)}): "${said}": they file the note, they are not part of the last answer`, {
    place: { line: start.line, column: start.column },
    ruleId: 'note-links',
    source: 'qbank',
  });
}

/** Whether `block`, right over the links, sets them apart from what asks: an answer's block, not a heading or a line that asks or leads to them. */
function setApartBy(block: RootContent, lines: readonly string[]): boolean {
  if (block.type === 'heading' || !block.position) return false;
  const lastLine = (lines[block.position.end.line - 1] ?? '').trim();
  return !LEADS_ON.test(lastLine);
}
