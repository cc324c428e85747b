/**
 * Obsidian callouts (and GitHub alerts): a blockquote whose first line is
 * `[!type]`, optionally folded (`[!question]-`, `[!question]+`) and
 * titled (`> [!question] What is self-attention?`). The marker is how the
 * note is written, not what it says: it is taken off, the blockquote keeps
 * its type in `data.callout`, and the title becomes a first paragraph in
 * bold (or the type's name, `Tip`, when the callout has none), so that a
 * callout inside an answer reads as a titled aside on a card and on the sheet.
 * The extract stage reads question callouts (`question`, `faq`, `help`) as questions.
 */
import type { Blockquote, BlockContent, DefinitionContent, Paragraph, PhrasingContent, Root, RootContent, Text } from 'mdast';
import type { Position } from 'unist';
import { visit } from 'unist-util-visit';

export interface Callout {
  /** The type as written, lower-cased: `question`, `note`, `tip`, ... */
  type: string;
  /** `-` folded, `+` foldable and open, '' not foldable. */
  fold: '-' | '+' | '';
  /** Whether a title was written after the marker. */
  titled: boolean;
}

declare module 'mdast' {
  interface BlockquoteData {
    callout?: Callout;
  }
  interface ParagraphData {
    /** The title paragraph made of a callout's marker line. */
    calloutTitle?: true;
  }
}

const MARKER = /^\[!([A-Za-z][\w-]*)\]([-+]?)[ \t]*/;

/** Turns every callout of `tree`, nested ones too, into a blockquote with `data.callout` and a title paragraph. */
export function readCallouts(tree: Root, text: string): void {
  visit(tree, 'blockquote', (quote) => {
    readCallout(quote, text);
  });
}

function readCallout(quote: Blockquote, text: string): void {
  const first = quote.children[0];
  if (first?.type !== 'paragraph') return;
  const head = first.children[0];
  if (head?.type !== 'text') return;
  const marker = MARKER.exec(head.value);
  if (!marker) return;
  const type = marker[1]!.toLowerCase();
  const rest: Text = { ...head, value: head.value.slice(marker[0].length), ...shifted(head.position, marker[0].length) };
  const inline: PhrasingContent[] = [rest, ...first.children.slice(1)];
  const { title, body } = splitFirstLine(inline, text);
  const written = title.some((node) => node.type !== 'text' || node.value.trim() !== '');
  const titleText: PhrasingContent[] = written ? title : [{ type: 'text', value: type[0]!.toUpperCase() + type.slice(1) }];
  const titleParagraph: Paragraph = {
    type: 'paragraph',
    children: [{ type: 'strong', children: titleText }],
    data: { calloutTitle: true },
    ...spanOf(title, first.position),
  };
  const bodyParagraph: Paragraph[] = body.length > 0 ? [{ type: 'paragraph', children: body, ...spanOf(body, first.position) }] : [];
  quote.children = [titleParagraph, ...bodyParagraph, ...quote.children.slice(1)];
  quote.data = { ...quote.data, callout: { type, fold: marker[2] as Callout['fold'], titled: written } };
}

/**
 * What a callout titled only with its kind holds (`> [!NOTE]`, `> [!TIP]`, `:::warning`: no title written, the title
 * paragraph is the kind's name, `**Note**`), under that title; undefined for any other block. The kind says nothing of
 * what the box holds: it only sets it apart, as a quote does.
 */
export function kindTitledBody(block: RootContent | undefined): Array<BlockContent | DefinitionContent> | undefined {
  if (block?.type !== 'blockquote' || block.data?.callout?.titled !== false) return undefined;
  const [title, ...body] = block.children;
  return title?.type === 'paragraph' && title.data?.calloutTitle === true ? body : undefined;
}

/** The inline content of a paragraph's first line, and that of the lines after it. */
function splitFirstLine(inline: readonly PhrasingContent[], text: string): { title: PhrasingContent[]; body: PhrasingContent[] } {
  for (let index = 0; index < inline.length; index++) {
    const node = inline[index]!;
    if (node.type === 'break') return { title: trimmed(inline.slice(0, index)), body: inline.slice(index + 1) };
    if (node.type !== 'text') continue;
    const cut = node.value.indexOf('\n');
    if (cut === -1) continue;
    const head: Text = { type: 'text', value: node.value.slice(0, cut), ...(node.position ? { position: { start: node.position.start, end: advance(node.position.start, cut) } } : {}) };
    const tailValue = node.value.slice(cut + 1);
    const tail: Text[] = tailValue ? [{ type: 'text', value: tailValue, ...(node.position ? { position: { start: startOfNextLine(node.position.start, cut, text), end: node.position.end } } : {}) }] : [];
    return { title: trimmed([...inline.slice(0, index), head]), body: [...tail, ...inline.slice(index + 1)] };
  }
  return { title: trimmed([...inline]), body: [] };
}

function trimmed(inline: PhrasingContent[]): PhrasingContent[] {
  const last = inline.at(-1);
  if (last?.type === 'text') inline[inline.length - 1] = { ...last, value: last.value.trimEnd() };
  return inline.filter((node) => node.type !== 'text' || node.value !== '');
}

/** The position of inline content: from its first node's start to its last node's end. */
function spanOf(inline: readonly PhrasingContent[], fallback: Position | undefined): { position?: Position } {
  const start = inline[0]?.position?.start;
  const end = inline.at(-1)?.position?.end;
  if (start && end) return { position: { start, end } };
  return fallback ? { position: fallback } : {};
}

function shifted(position: Position | undefined, by: number): { position?: Position } {
  return position ? { position: { start: advance(position.start, by), end: position.end } } : {};
}

function advance(point: Position['start'], by: number): Position['start'] {
  return { line: point.line, column: point.column + by, ...(point.offset !== undefined ? { offset: point.offset + by } : {}) };
}

/** Where the text of the line after a node's first line starts: past the quote's `> ` markers that open that line. */
function startOfNextLine(point: Position['start'], cut: number, text: string): Position['start'] {
  if (point.offset === undefined) return { line: point.line + 1, column: 1 };
  const lineStart = point.offset + cut + 1;
  let at = lineStart;
  while (at < text.length && (text[at] === '>' || text[at] === ' ' || text[at] === '\t')) at++;
  return { line: point.line + 1, column: at - lineStart + 1, offset: at };
}
