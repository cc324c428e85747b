/**
 * Logseq's page properties: the lines a page opens with, `key:: value` each, in a block of their own (`title::
 * Transformer 면접 질문` over `tags:: interview, nlp`). They file the page as a front matter does: its `title::` is the
 * note's title, its `tags::` every question's tags; the block goes, told with a note (its other properties, the page's
 * other names, `alias::`, left out). A first block
 * is taken so only when each of its lines is such a property and one of them is Logseq's `title::`, `tags::` or
 * `alias::`: a page's first `Q:: What is X?` over `A:: …` is a card (Dataview's fields), not its properties.
 */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { lineRange } from '../report/line-span.js';

export interface PageProperties {
  title?: string;
  tags: string[];
}

const PROPERTY_LINE = /^[ \t]*([a-z][a-z0-9_-]{0,40})::[ \t]*(.*?)[ \t]*$/i;
/** The properties that say the block is a Logseq page's, not an author's fields. */
const FILING = new Set(['title', 'tags', 'alias']);

/** The first line of a page that opens with Logseq's `title::`, `tags::` or `alias::` property: a Logseq page, which is Markdown (detect-format.ts). */
const OPENING_PROPERTY = /^(?:[ \t]*\n)*[ \t]*(?:title|tags|alias)::[ \t]*\S/i;

export function opensWithPageProperties(text: string): boolean {
  return OPENING_PROPERTY.test(text);
}

/**
 * Takes a page's leading properties (see above) out of `tree`, said with a note at their lines, and returns the title
 * and tags they give; undefined when the page opens with no such block.
 */
export function readPageProperties(tree: Root, lines: readonly string[], vfile: VFile): PageProperties | undefined {
  const first = tree.children[0];
  if (first?.type !== 'paragraph' || !first.position) return undefined;
  const { start, end } = first.position;
  // The block's lines as written: the parsed text has read a link's brackets (`[[nlp]]`) away.
  const written = lines.slice(start.line - 1, end.line);
  const properties = written.map((line) => PROPERTY_LINE.exec(line));
  if (properties.some((match) => !match?.[2]) || !properties.some((match) => FILING.has(match![1]!.toLowerCase()))) return undefined;
  const read: PageProperties = { tags: [] };
  for (const match of properties) {
    const key = match![1]!.toLowerCase();
    const value = match![2]!;
    if (key === 'title') read.title = value;
    else if (key === 'tags') read.tags.push(...listed(value));
  }
  tree.children.shift();
  const keys = properties.map((match) => match![1]!);
  const filed = (key: string) => keys.some((name) => name.toLowerCase() === key);
  const readAs = [
    ...(filed('title') ? ["title:: as the note's title"] : []),
    ...(filed('tags') ? ["tags:: as every question's tags"] : []),
  ];
  const others = keys.filter((key) => !/^(?:title|tags)$/i.test(key));
  const leftOut = others.length > 0 ? `${others.join(':: ')}:: left out` : '';
  const told = readAs.length > 0 ? `${readAs.join(', ')}${leftOut ? `; ${leftOut}` : ''}` : leftOut;
  vfile.info(`Read Logseq's page properties (${lineRange(start.line, end.line)}): ${told}`, {
    place: { line: start.line, column: start.column },
    ruleId: 'page-properties',
    source: 'qbank',
  });
  return read;
}

/** The tags a property lists: `interview, nlp`, `[[deep learning]] #nlp`, each without its brackets or `#`. */
function listed(value: string): string[] {
  const items = value.includes(',') ? value.split(',') : (value.match(/#?\[\[[^\]\n]*\]\]|\S+/g) ?? []);
  return items.map((item) => item.trim().replace(/^#/, '').replace(/^\[\[(.*)\]\]$/, '$1').trim()).filter((item) => item !== '');
}
