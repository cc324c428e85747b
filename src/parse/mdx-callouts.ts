/**
 * The callouts of an MDX page, as Mintlify (`<Note>`, `<Tip>`, `<Info>`, `<Warning>`, `<Check>`) and Nextra
 * (`<Callout type="warning">`) write them, around a body on lines of their own or on the tags' line:
 *
 *     <Tip>
 *       Cache the keys and values of past tokens.
 *     </Tip>
 *
 *     <Note>Only decoder models need it.</Note>
 *
 * The page shows the body in a box, as a quote: so it is read, as a callout in a Markdown note (callouts.ts). To
 * Markdown the tags were raw HTML, and the body, indented under a blank line, code. The tags go and the lines between
 * them are noted, to stand in a quote once the note is parsed (`quoteCallouts`), titled with its type (`**Tip**`) as an
 * Obsidian callout with no title is (callouts.ts); the body is read without its indentation (mdx-bodies.ts).
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, Parent, Root } from 'mdast';
import type { Position } from 'unist';
import { findAfter, isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';
import { closeComponent, type OpenComponent } from './mdx-bodies.js';
import { CoveringRanges } from './covering-ranges.js';

/** A callout's lines, its body's first and last; its type (`tip`), and where its opening tag stands (the title's place). */
export interface CalloutLines {
  from: number;
  to: number;
  type: string;
  /** The title written over it (a custom container's, custom-containers.ts); without one its type's name stands. */
  title?: string;
  tag: Position;
}

const NAMES = 'Note|Tip|Info|Warning|Check|Danger|Callout';
/** A callout's tag alone on its line: 1 its `/`, 2 its name. */
const TAG_LINE = new RegExp(String.raw`^[ \t]*<(\/?)(${NAMES})\b([^<>]*)>[ \t]*$`);
/** A callout on one line, its body between its tags: 1 the opening tag, 2 its name, 3 the body. */
const ONE_LINE = new RegExp(String.raw`^[ \t]*(<(${NAMES})\b([^<>]*)>)(\s*\S.*?)<\/\2>[ \t]*$`);
/** Nextra's callout names its type (`<Callout type="warning">`); one that does not is a note. */
const TYPE = /\btype=(?:\{[ \t]*)?(["'])(\w+)\1/;
/** A callout's closing tag alone on its line (multiline, for `findAfter`). */
const CLOSING_LINE = new RegExp(String.raw`^[ \t]*<\/(?:${NAMES})>[ \t]*$`, 'gm');

/** Whether a text may hold a callout: without one no line is read. */
export const ANY_CALLOUT = new RegExp(String.raw`<\/?(?:${NAMES})\b`);

export function readCalloutTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const start = line.start + /^[ \t]*/.exec(text)![0].length;
  if (isLiteral(reading, start, line.end)) return;
  const one = ONE_LINE.exec(text);
  if (one) {
    const tagEnd = start + one[1]!.length;
    const bodyEnd = line.start + one[0].trimEnd().length - `</${one[2]}>`.length;
    reading.text.blank(start, tagEnd);
    reading.text.blank(bodyEnd, line.end);
    reading.callouts.push({ from: line.number, to: line.number, type: typeOf(one[2]!, one[3]!), tag: tagAt(line, start, tagEnd) });
    return;
  }
  const tag = TAG_LINE.exec(text);
  if (!tag) return;
  if (tag[1]) {
    const open = closeComponent(reading, 'callout');
    if (!open?.callout) return;
    reading.text.blank(start, line.end);
    reading.callouts.push({ ...open.callout, to: line.number - 1 });
    return;
  }
  if (!findAfter(reading, CLOSING_LINE, line.end + 1)) return;
  reading.components.push({ kind: 'callout', line: line.number, callout: { from: line.number + 1, to: line.number + 1, type: typeOf(tag[2]!, tag[3]!), tag: tagAt(line, start, line.end) } });
  reading.text.blank(start, line.end);
}

/** A callout's type: Mintlify's tag's name, lower-cased (`tip`), or Nextra's `type` (`warning`; `note` without one). */
function typeOf(name: string, attributes: string): string {
  return name === 'Callout' ? (TYPE.exec(attributes)?.[2]?.toLowerCase() ?? 'note') : name.toLowerCase();
}

function tagAt(line: ProseLine, start: number, end: number): Position {
  return { start: { line: line.number, column: start - line.start + 1, offset: start }, end: { line: line.number, column: end - line.start + 1, offset: end } };
}

/**
 * Closes the box (a GitBook hint, a Hugo theme's `hint`) open innermost, its closing tag at `start`..`end` on `line`:
 * its lines are a callout, but for a box holding a line that may be a question of the note's own (asking-line.ts),
 * whose body stands as the note's text under its title in bold, where its opening tag stood. False when no box is open.
 */
export function closeBoxCallout(reading: MarkupReading, line: ProseLine, start: number, end: number): boolean {
  const open = closeComponent(reading, 'callout');
  if (!open?.callout) return false;
  reading.text.blank(start, end);
  const { callout } = open;
  if (!open.holdsQuestions) reading.callouts.push({ ...callout, to: line.number - 1 });
  else if (callout.title && callout.title.length + 4 <= callout.tag.end.offset! - callout.tag.start.offset!) {
    reading.text.overwrite(callout.tag.start.offset!, callout.tag.end.offset!, `**${callout.title}**`);
  }
  return true;
}

/** A callout whose closing tag stood only in code: its body runs to the note's last line. */
export function closeCalloutLeftOpen(reading: MarkupReading, open: OpenComponent, last: number): void {
  if (open.callout) reading.callouts.push({ ...open.callout, to: last });
}

/**
 * The blocks of each callout's lines, in a quote where they stand (at the top of the note, or in a list item or a
 * quote): a callout as an Obsidian one is read (callouts.ts), its type's name in bold over its body.
 */
export function quoteCallouts(tree: Root, callouts: readonly CalloutLines[]): void {
  if (callouts.length > 0) quoteIn(tree, new CoveringRanges(callouts));
}

function quoteIn(parent: Parent, callouts: CoveringRanges<CalloutLines>): void {
  const children: Parent['children'] = [];
  let quoted: { quote: Blockquote; callout: CalloutLines } | undefined;
  for (const child of parent.children) {
    const lines = child.position ? { from: child.position.start.line, to: child.position.end.line } : undefined;
    const callout = lines && callouts.first(lines.from, lines.to);
    if (!callout) {
      quoted = undefined;
      // A callout that shares a line with the block stands in it: one that starts by its last line and ends by its first.
      if ('children' in child && lines && callouts.first(lines.to, lines.from)) quoteIn(child as Parent, callouts);
      children.push(child);
      continue;
    }
    if (quoted?.callout === callout) {
      quoted.quote.children.push(child as BlockContent | DefinitionContent);
      quoted.quote.position = { start: quoted.quote.position!.start, end: child.position!.end };
      continue;
    }
    const titleText = callout.title ?? callout.type[0]!.toUpperCase() + callout.type.slice(1);
    const title: Paragraph = { type: 'paragraph', children: [{ type: 'strong', children: [{ type: 'text', value: titleText }] }], data: { calloutTitle: true }, position: callout.tag };
    const quote: Blockquote = { type: 'blockquote', children: [title, child as BlockContent | DefinitionContent], position: { start: callout.tag.start, end: child.position!.end }, data: { callout: { type: callout.type, fold: '', titled: callout.title !== undefined } } };
    quoted = { quote, callout };
    children.push(quote);
  }
  parent.children = children;
}
