/**
 * Obsidian's links between notes: `[[Multi-armed bandits|bandits]]` shows
 * "bandits", `[[Page]]` shows "Page" and `[[Page#Section]]` "Page > Section".
 * The linked note is not part of the bank, so the link becomes the words it
 * shows. An embed of a picture, `![[exploration.png|300]]` (a width after
 * the bar), becomes an image of that file, found next to the note as any
 * other picture of an answer is; an embed of a note becomes its name, where it stands in a sentence (one alone on
 * its line shows text this note does not hold, and is left out: note-embeds.ts).
 * Code is not text in mdast, so code and inline code are never touched.
 */
import type { Image, PhrasingContent, Root, Text } from 'mdast';
import { SKIP, visit } from 'unist-util-visit';

/**
 * The files Obsidian embeds as pictures (its own list: an embedded PDF, audio or note is no picture).
 * Whether a picture can be read is the exporters' business (export/answer-images.ts), not the parser's,
 * which must not depend on them: the cache of read files is keyed on the reading code alone.
 */
const OBSIDIAN_PICTURES: ReadonlySet<string> = new Set(['.png', '.jpg', '.jpeg', '.gif', '.bmp', '.svg', '.webp', '.avif']);

/**
 * A wiki-link on a line, `[[Page]]`, `[[Page|shown]]`, `[[Page#Section]]`, and an embed, `![[plot.png]]`: its `!` in
 * the first group (empty for a link to a note), what the brackets hold in the second. The one pattern of them that
 * every reader of a note's links uses (note-links.ts reads a closing line of them).
 */
export const WIKILINK = /(!?)\[\[([^[\]\n]+)\]\]/g;

/** Replaces the wikilinks and embeds in every text of `tree`. */
export function readWikilinks(tree: Root): void {
  visit(tree, 'text', (node, index, parent) => {
    if (!parent || index === undefined || !node.value.includes('[[')) return undefined;
    const pieces = wikilinkPieces(node);
    if (pieces.length === 1 && pieces[0] === node) return undefined;
    (parent.children as PhrasingContent[]).splice(index, 1, ...pieces);
    return [SKIP, index + pieces.length];
  });
}

/** The text of `node` with its wikilinks read: text pieces, and an image for each embedded picture. */
function wikilinkPieces(node: Text): PhrasingContent[] {
  const pieces: PhrasingContent[] = [];
  let text = '';
  let from = 0;
  for (const match of node.value.matchAll(WIKILINK)) {
    text += node.value.slice(from, match.index);
    from = match.index + match[0].length;
    const [target = '', shown] = splitAlias(match[2]!);
    if (match[1] === '!' && isPicture(target)) {
      if (text) pieces.push({ type: 'text', value: text });
      text = '';
      pieces.push(pictureOf(target.trim()));
    } else {
      text += shown?.trim() || linkText(target);
    }
  }
  if (from === 0) return [node];
  text += node.value.slice(from);
  if (text) pieces.push({ type: 'text', value: text });
  // One piece of text stands where the node stood.
  if (pieces.length === 1 && pieces[0]!.type === 'text' && node.position) pieces[0] = { ...pieces[0]!, position: node.position };
  return pieces;
}

/** `Page|shown` (in a table written `Page\|shown`): the target and what is shown, if given. */
export function splitAlias(inner: string): [string, string?] {
  const bar = inner.search(/\\?\|/);
  if (bar === -1) return [inner];
  const after = inner[bar] === '\\' ? bar + 2 : bar + 1;
  return [inner.slice(0, bar), inner.slice(after)];
}

/** `Page` -> "Page", `Page#Section` -> "Page > Section", `#Section` -> "Section"; a block id (`#^ab12`) is left out. */
export function linkText(target: string): string {
  const [page = '', ...sections] = target.split('#').map((part) => part.trim());
  const parts = [page, ...sections.filter((section) => !section.startsWith('^'))].filter((part) => part !== '');
  return parts.join(' > ');
}

/** Whether an embed's target is a picture Obsidian shows as one (its file's extension). */
export function isPicture(target: string): boolean {
  const name = target.trim().toLowerCase();
  const dot = name.lastIndexOf('.');
  return dot > 0 && OBSIDIAN_PICTURES.has(name.slice(dot));
}

/** An image of the file, its path URL-encoded as Markdown writes it (`loss%20curve.png`). */
function pictureOf(file: string): Image {
  const url = file.split('/').map((segment) => encodeURIComponent(segment)).join('/');
  const name = file.split('/').at(-1)!;
  return { type: 'image', url, alt: name };
}
