/**
 * Obsidian's embeds of what is not a picture: `![[Complexity notes]]`, `![[Note#Heading]]`, `![[Note#^block-id]]`
 * show, where they stand, the note, section or block they name (a PDF or a sound, the file): text that is not in this
 * note, and that qbank does not read. On a line of its own an embed says nothing of the answer here: it is left out
 * with a note (`note-embed`), as a block reference is (block-references.ts), and a question it alone answered has no
 * answer. In a sentence it stays, as the name of what it shows (wikilinks.ts), with the same note.
 *
 * A paragraph that only points to other notes, by a link or an embed (`See [[Scaled dot product]] for the
 * derivation.`, `[[Attention]] 참고`), is marked (`pointsTo`): an answer of nothing else, or of bullets of nothing
 * else, is no answer, but a pointer (pointedNotesOf, read in extract/walk/walk.ts). A link alone is no pointer: `[[GELU]]` under `Which activation does BERT use?` names the answer.
 * Read before the links become the words they show, which would make them a sentence like any other.
 */
import type { ListItem, Paragraph, Root, RootContent, Text } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import { dropWholeLines } from './whole-lines.js';
import { isPicture, linkText, splitAlias, WIKILINK } from './wikilinks.js';

declare module 'mdast' {
  interface ParagraphData {
    /** The paragraph only points to other notes (note-embeds.ts): the names of the notes it points to. */
    pointsTo?: string[];
  }
}

/** An embed alone on its line: its `[[…]]`'s inside. */
const EMBED_LINE = /^[ \t]*!\[\[([^[\]\n]+)\]\][ \t]*$/;
/** Where the links stood in a paragraph's text, each written as this one character. */
const LINK = '\u0000';
const LINKS = String.raw`${LINK}(?:\s*(?:,|and|&|or|및|、|/)\s*${LINK})*`;
/**
 * A paragraph's text, trimmed, its links each written `LINK`, that only points to them: `See [[X]]`, `See also [[X]]
 * and [[Y]] for the derivation.`, `Cf. [[X]]`, `Refer to [[X]]`, `[[X]] 참고`, `자세한 내용은 [[X]] 참조`, `详见[[X]]`.
 */
export const POINTER = new RegExp(
  String.raw`^(?:(?:see(?: also)?|cf\.?|compare|refer to|check(?: out)?|look at|(?:more|details) (?:in|at))\s*(?:[:：]\s*)?${LINKS}(?:\s+(?:for|on|about)\s[^.!?\n]{1,60})?|(?:자세한 (?:내용|설명)은\s*)?${LINKS}\s*(?:(?:을|를)\s*)?(?:참고|참조)(?:하세요|할 것)?|(?:详见|参见|参考|参照|見る)\s*(?:[:：]\s*)?${LINKS})[.。!]?$`,
  'iu',
);

/** Whether the embed's target is a note's text or a file other than a picture (a picture is the answer's own). */
function embedsText(inner: string): boolean {
  const [target = ''] = splitAlias(inner);
  return !isPicture(target);
}

/** What an embed or a link shows, in words: the note (and section) it names. */
function shownName(inner: string): string {
  const [target = ''] = splitAlias(inner);
  return linkText(target) || target.trim();
}

/** Takes the embeds alone on their lines out of `tree`, notes those in a sentence, and marks the paragraphs that only point to other notes. */
export function readNoteEmbeds(tree: Root, lines: readonly string[], vfile: VFile, text: string): void {
  if (text.includes('![[')) {
    const alone = (line: string) => {
      const found = EMBED_LINE.exec(line);
      return found !== null && embedsText(found[1]!);
    };
    for (const embed of dropWholeLines(tree, lines, '![[', alone)) {
      vfile.info(`Left out the embed ${embed.text} on its line: it shows ${shownOf(embed.text)}`, {
        place: { line: embed.line, column: embed.column },
        ruleId: 'note-embed',
        source: 'qbank',
      });
    }
    visit(tree, 'text', (node) => {
      if (node.value.includes('![[')) reportEmbedsIn(node, vfile);
    });
  }
  visit(tree, 'paragraph', (paragraph: Paragraph) => {
    const notes = pointedNotes(paragraph);
    if (notes) paragraph.data = { ...paragraph.data, pointsTo: notes };
  });
}

/** What an embed shows, said in a note: `![[Note#^id]]` -> "another note's block (Note), whose text this note does not hold". */
function shownOf(embed: string): string {
  const [target = ''] = splitAlias(embed.slice(3, -2));
  const part = /#\^/.test(target) ? 'block' : target.includes('#') ? 'section' : undefined;
  // `![[#^id]]`: a block of this note, whose text stands where it is written.
  if (target.trim().startsWith('#')) return `this note's ${part ?? 'section'} (${target.trim()}), read where it is written`;
  const what = part ? `another note's ${part}` : /\.[a-z0-9]{2,4}$/i.test(target.trim()) ? 'a file' : 'another note';
  return `${what} (${shownName(target)}), whose text this note does not hold`;
}

/** A note at each embed of text in a sentence: kept as the name of what it shows. */
function reportEmbedsIn(node: Text, vfile: VFile): void {
  const start = node.position?.start;
  for (const match of node.value.matchAll(WIKILINK)) {
    if (match[1] !== '!' || !embedsText(match[2]!)) continue;
    const before = node.value.slice(0, match.index);
    const breaks = before.split('\n').length - 1;
    const line = (start?.line ?? 1) + breaks;
    const column = breaks === 0 ? (start?.column ?? 1) + match.index : match.index - before.lastIndexOf('\n');
    vfile.info(`The embed ${match[0]} shows ${shownOf(match[0])}: kept as its name`, {
      place: { line, column },
      ruleId: 'note-embed',
      source: 'qbank',
    });
  }
}

/**
 * The notes an answer's blocks only point to (`pointsTo`): each block a paragraph that does, or a list whose every
 * item holds only such paragraphs (`- See [[X]]`). Empty when a block says more.
 */
export function pointedNotesOf(blocks: readonly RootContent[]): string[] {
  const notes: string[] = [];
  const pointing = (block: RootContent | ListItem): boolean => {
    if (block.type === 'paragraph' && block.data?.pointsTo) return notes.push(...block.data.pointsTo) > 0;
    if (block.type === 'list') return block.children.every(pointing);
    return block.type === 'listItem' && block.children.length > 0 && block.children.every(pointing);
  };
  return blocks.length > 0 && blocks.every(pointing) ? notes : [];
}

/** The notes a paragraph only points to, by links or embeds of text (`See [[X]] for the derivation.`); undefined when it says more. */
function pointedNotes(paragraph: Paragraph): string[] | undefined {
  if (!paragraph.children.every((node) => node.type === 'text' || node.type === 'emphasis' || node.type === 'strong')) return undefined;
  if (!paragraph.children.some((node) => toString(node).includes('[['))) return undefined;
  const said = toString(paragraph);
  const links = [...said.matchAll(WIKILINK)];
  if (links.length === 0 || links.some(([, embed, inner]) => embed === '!' && !embedsText(inner!))) return undefined;
  const embedAlone = links.length === 1 && links[0]![1] === '!' && said.trim() === links[0]![0];
  if (!embedAlone && !POINTER.test(said.replace(WIKILINK, LINK).trim())) return undefined;
  return links.map(([, , inner]) => shownName(inner!));
}
