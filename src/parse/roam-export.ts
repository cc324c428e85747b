/**
 * A Roam Research export as JSON: its pages, each a `title` over blocks (`children`), each block its text (`string`)
 * over its own blocks, nested as an outline. Read as the Markdown outline it stands for: each page a `#` heading, each
 * block a bullet nested as Roam nests it, so a block that asks (`… #card`) is answered by the blocks under it and a
 * page names its questions' topic, as in any outline; `[[links]]` and `#tags` read as a Markdown note's do. Each line
 * stands at the file's line of its block's `uid` (Roam writes the export on one line; then all stand at line 1). The
 * blocks are given by uid too, for a reference to one (`((a1B2c3D4e))`) to read as its text (block-references.ts).
 */
import { location } from 'vfile-location';
import type { ReferencedBlock } from './block-references.js';
import { withoutTitleTags } from './trailing-tags.js';

export interface RoamExport {
  markdown: string;
  lineOf(line: number): number;
  pages: number;
  /** Each block's text (its first line, without the tags that end it) and file line, by uid. */
  blocks: Map<string, ReferencedBlock>;
}

interface RoamBlock {
  string?: unknown;
  uid?: unknown;
  children?: unknown;
}

interface RoamPage {
  title?: unknown;
  children?: unknown;
}

/** The export, or undefined when `text` is no Roam export's JSON. */
export function readRoamExport(text: string): RoamExport | undefined {
  let pages: unknown;
  try {
    pages = JSON.parse(text);
  } catch {
    return undefined;
  }
  if (!Array.isArray(pages) || !pages.every((page: RoamPage | null) => typeof page?.title === 'string' && (page.children === undefined || Array.isArray(page.children)))) return undefined;
  const place = location(text);
  const lines: string[] = [];
  const fileLines: number[] = [];
  const lineOfBlock = (block: RoamBlock) => (typeof block.uid === 'string' ? (place.toPoint(text.indexOf(`"${block.uid}"`))?.line ?? 1) : 1);
  const held = new Map<string, ReferencedBlock>();
  const write = (line: string, at: number) => {
    lines.push(line);
    fileLines.push(at);
  };
  const blocks = (children: unknown, depth: number) => {
    for (const block of Array.isArray(children) ? (children as RoamBlock[]) : []) {
      if (block === null || typeof block !== 'object') continue;
      const at = lineOfBlock(block);
      const said = typeof block.string === 'string' ? block.string.split(/\r?\n/) : [''];
      const text = withoutTitleTags(said[0]!).trim();
      if (typeof block.uid === 'string' && text !== '') held.set(block.uid, { text, line: at });
      said.forEach((line, k) => write(`${'  '.repeat(depth)}${k === 0 ? '- ' : '  '}${line}`, at));
      blocks(block.children, depth + 1);
    }
  };
  for (const page of pages as RoamPage[]) {
    if (lines.length > 0) write('', fileLines.at(-1)!);
    const at = place.toPoint(text.indexOf(JSON.stringify(page.title)))?.line ?? 1;
    write(`# ${(page.title as string).trim()}`, at);
    write('', at);
    blocks(page.children, 0);
  }
  return { markdown: lines.join('\n'), lineOf: (line) => fileLines[line - 1] ?? 1, pages: pages.length, blocks: held };
}
