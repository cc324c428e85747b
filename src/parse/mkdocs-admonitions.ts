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
 *
 * Content tabs (`=== "Answer"` over an indented body) and admonitions nest in
 * one another's bodies: each body line gets a `>` in the first column of the
 * indentation unit of every admonition or tab it is in, so a nested one reads
 * as a quote in a quote; `readContentTabs` then reads the tabs.
 */
import type { Blockquote, List, Paragraph, Parent, PhrasingContent, Root, RootContent, Text } from 'mdast';
import { visit } from 'unist-util-visit';
import { ProseReading } from './prose-lines.js';

const MARKER = /^(?:\?{3}\+?|!{3})[ \t]+([A-Za-z][\w-]*)(?:[ \t]+"([^"]*)")?[ \t]*$/;
/** A content tab of Material's `pymdownx.tabbed` (`=== "Answer"`), its body indented under it as an admonition's is. */
const TAB = /^===[ \t]+"([^"]*)"[ \t]*$/;

/** The lines of one admonition or content tab, its marker's and its body's last (1-based), and the column of its `>`. */
export interface AdmonitionLines {
  first: number;
  last: number;
  column: number;
  /** A content tab's label (`Answer` of `=== "Answer"`); undefined for an admonition. */
  tab?: string;
}

export interface AdmonitionsRead {
  text: string;
  admonitions: AdmonitionLines[];
}

/** An admonition or tab whose body the lines being read are in: each body line is indented one unit (a tab or four spaces) past its `level` units. */
interface Container {
  level: number;
  /** The column of its `>`: where its marker's text starts. */
  column: number;
  first: number;
  last: number;
  /** Its body's lines, as Markdown reads them there (a marker in code is code). */
  reading: ProseReading;
  tab: string | undefined;
}

export function readAdmonitions(text: string, lines: readonly string[]): AdmonitionsRead {
  if (!text.includes('???') && !text.includes('!!!') && !text.includes('===')) return { text, admonitions: [] };
  const out = [...lines];
  const admonitions: AdmonitionLines[] = [];
  // Which lines are prose, read by the rules the other raw-text passes share: a marker in code is code.
  // The note is read on as written, so that the reading stays in step with the lines after a body.
  const reading = new ProseReading();
  const open: Container[] = [];
  const end = ({ first, last, column, tab }: Container) => admonitions.push({ first: first + 1, last: last + 1, column, ...(tab === undefined ? {} : { tab }) });
  for (let k = 0; k < lines.length; k++) {
    const line = lines[k]!;
    const units = indentUnits(line);
    const depth = units.length - 1;
    const blank = line.trim() === '';
    // A line indented no deeper than a marker ends its body (a blank line never does).
    while (!blank && open.length > 0 && depth <= open.at(-1)!.level) end(open.pop()!);
    const outside = reading.read(line).kind;
    const kinds = open.map((container) => container.reading.read(blank ? '' : line.slice(units[container.level + 1])).kind);
    if (blank) continue;
    for (const container of open) {
      // Its `>` over the first column of the unit its body is indented by.
      const at = units[container.level]!;
      out[k] = `${out[k]!.slice(0, at)}>${out[k]!.slice(at + 1)}`;
      container.last = k;
    }
    // A marker starts the innermost body's text (indented deeper, it is that body's code) and is read as prose there.
    const level = open.length === 0 ? 0 : open.at(-1)!.level + 1;
    if (depth !== level || (kinds.at(-1) ?? outside) !== 'prose') continue;
    const at = units[level]!;
    const content = line.slice(at);
    const marker = MARKER.exec(content);
    const tab = marker ? undefined : TAB.exec(content)?.[1];
    if (marker) {
      // `>[!note]` is as long as `!!! note`: no space after the quote's `>`, so that every marker fits.
      const callout = `>[!${marker[1]!.toLowerCase()}]${marker[2] ? ` ${marker[2].trim()}` : ''}`;
      if (callout.length > content.length) continue;
      out[k] = out[k]!.slice(0, at) + callout.padEnd(content.length, ' ');
    } else if (tab === undefined) continue;
    open.push({ level, column: at + 1, first: k, last: k, reading: new ProseReading(), tab });
  }
  while (open.length > 0) end(open.pop()!);
  return admonitions.length === 0 ? { text, admonitions } : { text: out.join('\n'), admonitions };
}

/**
 * Where each unit of a line's indentation starts (a tab, or four spaces), and where its text starts:
 * `[0, 4, 8]` for eight spaces before text. Only whole units count (two spaces are none).
 */
function indentUnits(line: string): number[] {
  const starts: number[] = [];
  let at = 0;
  for (;;) {
    if (line[at] === '\t') (starts.push(at), (at += 1));
    else if (line.startsWith('    ', at)) (starts.push(at), (at += 4));
    else break;
  }
  starts.push(at);
  return starts;
}

/** Joins the quotes an admonition's (or a tab's) blank lines split, each one's into its first. */
export function joinAdmonitionQuotes(tree: Root, admonitions: readonly AdmonitionLines[]): void {
  if (admonitions.length === 0) return;
  // A quote is an admonition's (or a tab's) when its `>` stands in that one's column, in its lines.
  const within = (block: RootContent) => {
    const start = block.position?.start;
    return start === undefined ? undefined : admonitions.find(({ first, last, column }) => start.line >= first && start.line <= last && start.column === column);
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

/**
 * Material's content tabs (`=== "PyTorch"` over its indented body), read after their quotes are joined:
 * each tab is its label in bold over its body's blocks. An admonition that is only a `Question` tab and an
 * `Answer` tab (`!!! Question ""` over `=== "Question"` / `#### What is Layer Normalization?` and
 * `=== "Answer"` over the answer, as handbooks built with MkDocs write their questions) asks what its
 * Question tab holds, in its title, and answers with its Answer tab's body.
 */
export function readContentTabs(tree: Root, admonitions: readonly AdmonitionLines[]): void {
  const tabs = admonitions.filter((range) => range.tab !== undefined);
  if (tabs.length === 0) return;
  const tabOf = (block: RootContent) => {
    const start = block.position?.start;
    return block.type !== 'blockquote' || !start ? undefined : tabs.find(({ first, last, column }) => start.line > first && start.line <= last && start.column === column);
  };
  visit(tree, (node) => {
    if (!('children' in node)) return;
    const parent = node as Parent;
    const children = parent.children as RootContent[];
    const found: Array<{ label: string; body: Blockquote; labelled: Paragraph; index: number }> = [];
    children.forEach((block, index) => {
      const tab = tabOf(block);
      const before = children[index - 1];
      if (tab && before?.type === 'paragraph' && before.position?.end.line === tab.first) found.push({ label: tab.tab!, body: block as Blockquote, labelled: before, index });
    });
    if (found.length === 0) return;
    const [question, answer] = found;
    const marker = children[0];
    if (
      parent.type === 'blockquote' &&
      found.length === 2 &&
      /^question$/i.test(question!.label) &&
      /^answers?$/i.test(answer!.label) &&
      question!.labelled === marker &&
      /^\[![A-Za-z][\w-]*\][ \t]*$/.test(firstLineOf(marker))
    ) {
      const [asked, ...shown] = question!.body.children;
      const title: PhrasingContent[] = asked?.type === 'heading' || asked?.type === 'paragraph' ? asked.children : [];
      const markerParagraph = question!.labelled;
      const head = markerParagraph.children[0] as Text;
      const markerLine: Paragraph = { ...markerParagraph, children: [{ ...head, value: `${firstLineOf(markerParagraph)} ` }, ...title] };
      parent.children = [markerLine, ...(title.length > 0 ? shown : question!.body.children), ...answer!.body.children] as Parent['children'];
      return;
    }
    // Each tab, last first so that the indexes stand: its label line in bold, then its body's blocks.
    for (const { label, body, labelled, index } of found.reverse()) {
      const kept = withoutLastLine(labelled);
      const heading: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: label }] }] };
      children.splice(index - 1, 2, ...(kept ? [kept] : []), heading, ...body.children);
    }
  });
}

/** The text of a paragraph's first line, when it starts with text. */
function firstLineOf(paragraph: RootContent | undefined): string {
  if (paragraph?.type !== 'paragraph' || paragraph.children[0]?.type !== 'text') return '';
  return paragraph.children[0].value.split('\n')[0]!;
}

/** The paragraph without its last line (a tab's label after the lines before it), or undefined when it is that line alone. */
function withoutLastLine(paragraph: Paragraph): Paragraph | undefined {
  const children = [...paragraph.children];
  while (children.length > 0) {
    const last = children.pop()!;
    if (last.type === 'break') break;
    if (last.type === 'text' && last.value.includes('\n')) {
      children.push({ ...last, value: last.value.slice(0, last.value.lastIndexOf('\n')) });
      break;
    }
  }
  return children.length === 0 ? undefined : { ...paragraph, children };
}
