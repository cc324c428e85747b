/**
 * MkDocs admonitions (Material's `???` collapsible and `!!!` blocks), as
 * interview handbooks published with MkDocs write their questions:
 *
 *     ??? question "What is regularization?"
 *
 *         Adding information to the objective to prevent overfitting.
 *
 * To Markdown the marker is a paragraph and the indented body code. They
 * are read as the Obsidian callouts they match (callouts.ts): the marker
 * line is written over as `>[!question] What is regularization?` and each
 * body line's first column of indentation as `>`, so that lines and offsets
 * stay those of the file (the marker's shorter text is padded with spaces).
 * A blank line inside the body ends a quote in Markdown; `joinAdmonitionQuotes`
 * joins the quotes of one admonition back into one after parsing.
 */
import type { Blockquote, List, Parent, Root, RootContent } from 'mdast';
import { visit } from 'unist-util-visit';
import { ProseReading } from './prose-lines.js';

const MARKER = /^(?:\?{3}\+?|!{3})[ \t]+([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;

/** The lines of one admonition, its marker's and its body's last (1-based). */
export interface AdmonitionLines {
  first: number;
  last: number;
}

export interface AdmonitionsRead {
  text: string;
  admonitions: AdmonitionLines[];
}

export function readAdmonitions(text: string, lines: readonly string[]): AdmonitionsRead {
  if (!text.includes('???') && !text.includes('!!!')) return { text, admonitions: [] };
  const out = [...lines];
  const admonitions: AdmonitionLines[] = [];
  // Which lines are prose, read by the rules the other raw-text passes share: a marker in code is code.
  const reading = new ProseReading();
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const marker = reading.read(line).kind === 'prose' ? MARKER.exec(line) : null;
    if (!marker) continue;
    // `>[!note]` is as long as `!!! note`: no space after the quote's `>`, so that every marker fits.
    const callout = `>[!${marker[1]!.toLowerCase()}]${marker[2] ? ` ${marker[2].trim()}` : ''}`;
    if (callout.length > line.length) continue;
    out[k] = callout.padEnd(line.length, ' ');
    let last = k;
    for (let j = k + 1; j < lines.length; j++) {
      const body = lines[j]!;
      if (body.trim() === '') continue;
      if (!/^(?:\t| {4})/.test(body)) break;
      out[j] = `>${body.slice(1)}`;
      last = j;
    }
    admonitions.push({ first: k + 1, last: last + 1 });
    // The body is read on as written, so that the reading stays in step with the lines after it.
    for (let j = k + 1; j <= last; j++) reading.read(lines[j]!);
    k = last;
  }
  return admonitions.length === 0 ? { text, admonitions } : { text: out.join('\n'), admonitions };
}

/** Joins the quotes an admonition's blank lines split, each admonition's into its first. */
export function joinAdmonitionQuotes(tree: Root, admonitions: readonly AdmonitionLines[]): void {
  if (admonitions.length === 0) return;
  const within = (block: RootContent) => {
    const line = block.position?.start.line;
    return line === undefined ? undefined : admonitions.find(({ first, last }) => line >= first && line <= last);
  };
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const children = (node as Parent).children as RootContent[];
    for (let k = children.length - 1; k > 0; k--) {
      const before = children[k - 1]!;
      const block = children[k]!;
      if (before.type !== 'blockquote' || block.type !== 'blockquote') continue;
      const admonition = within(block);
      if (!admonition || within(before) !== admonition) continue;
      const joined: Blockquote = { ...before, children: joinedBlocks(before.children, block.children) };
      if (before.position && block.position) joined.position = { start: before.position.start, end: block.position.end };
      children.splice(k - 1, 2, joined);
    }
  });
}

/** Two runs of blocks as one: a list ending the first and one opening the second were one list, loose, parted by a blank line. */
function joinedBlocks(first: Blockquote['children'], second: Blockquote['children']): Blockquote['children'] {
  const last = first.at(-1);
  const next = second[0];
  if (last?.type !== 'list' || next?.type !== 'list' || Boolean(last.ordered) !== Boolean(next.ordered)) return [...first, ...second];
  const list: List = { ...last, spread: true, children: [...last.children, ...next.children] };
  if (last.position && next.position) list.position = { start: last.position.start, end: next.position.end };
  return [...first.slice(0, -1), list, ...second.slice(1)];
}
