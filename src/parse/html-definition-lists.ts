/**
 * A list of definitions written in HTML in a Markdown note, as notes copied from a web page or written for a static
 * site put one:
 *
 *     <dl>
 *       <dt>What is a Pod?</dt>
 *       <dd>The smallest deployable unit.</dd>
 *     </dl>
 *
 * CommonMark keeps it as one HTML block (several, where blank lines part its items), which no question is read from.
 * It is read as a saved page's `<dl>` is (html-page.ts, definitionList): each term a bold line over what defines it,
 * at the term's own line of the note.
 */
import type { Html, Root, RootContent } from 'mdast';
import { definitionList } from './html-page.js';
import { htmlBlocksInNote } from './note-html.js';

const OPENS_LIST = /^\s*<dl\b/i;
const CLOSES_LIST = /<\/dl\s*>/i;
/** The HTML of one list of definitions and nothing else. */
const ONE_LIST = /^\s*<dl\b[^>]*>[\s\S]*<\/dl\s*>\s*$/i;

/** Replaces each top-level `<dl>` of `tree` (the note's `text`), in HTML blocks one after another, with the blocks it stands for. */
export function readHtmlDefinitionLists(tree: Root, text: string): void {
  if (!tree.children.some((block) => block.type === 'html' && OPENS_LIST.test(block.value))) return;
  const blocks: RootContent[] = [];
  let index = 0;
  while (index < tree.children.length) {
    const block = tree.children[index]!;
    const run = block.type === 'html' && OPENS_LIST.test(block.value) ? listRun(tree.children, index) : undefined;
    const read = run?.closed ? readList(block as Html, tree.children[run.end] as Html, text) : undefined;
    // An opening no HTML block after it closes: none of those blocks closes one either, so they are passed whole.
    const next = run && !run.closed ? run.end : index;
    if (read) blocks.push(...read);
    else blocks.push(...tree.children.slice(index, next + 1));
    index = (read ? run!.end : next) + 1;
  }
  tree.children = blocks;
}

/** The HTML blocks from `first`: up to the one that closes the list opened there (`closed`), else up to the last one in a row. */
function listRun(blocks: readonly RootContent[], first: number): { end: number; closed: boolean } {
  let index = first;
  for (; index < blocks.length && blocks[index]!.type === 'html'; index++) {
    if (CLOSES_LIST.test((blocks[index] as Html).value)) return { end: index, closed: true };
  }
  return { end: index - 1, closed: false };
}

/** The blocks the list from `first` to `last` stands for, when those are one list and something is defined in it. */
function readList(first: Html, last: Html, text: string): RootContent[] | undefined {
  const start = first.position?.start;
  const end = last.position?.end.offset;
  if (start?.offset === undefined || end === undefined) return undefined;
  const html = text.slice(start.offset, end);
  if (!ONE_LIST.test(html)) return undefined;
  const blocks = htmlBlocksInNote(html, start, { handlers: { dl: definitionList } });
  return blocks.length > 0 ? blocks : undefined;
}
