/**
 * A display formula on a line of its own inside a paragraph, as notes write a derivation:
 *
 *     For $K$ classes the loss is
 *     \[ L = -\frac{1}{N}\sum_i \sum_k y_{ik}\log \hat y_{ik} \]
 *     where $\hat y$ is the softmax output.
 *
 * Markdown reads the three lines as one paragraph, the formula as inline math, which the deck, the
 * sheet and the HTML then set at text size. `\[ … \]` and `$$ … $$` standing alone on their lines ask for
 * display: the paragraph is split there into the text before, the formula as a `math` block, and the
 * text after. A formula inside a line stays inline, as written.
 */
import type { Paragraph, PhrasingContent, RootContent } from 'mdast';
import type { InlineMath, Math } from 'mdast-util-math';
import type { Point } from 'unist';

/** The blocks a paragraph stands for when a display formula stands on a line of its own in it, or undefined. */
export function splitAtDisplayLines(paragraph: Paragraph, source: string): RootContent[] | undefined {
  const { children } = paragraph;
  const at = children.findIndex((child, k) => standsAlone(child, children[k - 1], children[k + 1]));
  if (at < 0) return undefined;
  const formula = children[at] as InlineMath;
  const math: Math = { type: 'math', value: formula.value.trim(), data: { ...formula.data }, ...(formula.position ? { position: formula.position } : {}) };
  const before = paragraphOf(withoutEdgeBreak(children.slice(0, at), 'end', source));
  const rest = paragraphOf(withoutEdgeBreak(children.slice(at + 1), 'start', source));
  // The text after may hold another formula on a line of its own.
  const after = rest ? (splitAtDisplayLines(rest, source) ?? [rest]) : [];
  return [...(before ? [before] : []), math, ...after];
}

function standsAlone(node: PhrasingContent, previous: PhrasingContent | undefined, next: PhrasingContent | undefined): boolean {
  if (node.type !== 'inlineMath' || (node.data?.delimiter !== '\\[' && node.data?.delimiter !== '$$')) return false;
  // Alone in its paragraph, it is a block already (markdown.ts).
  if (!previous && !next) return false;
  const lineBefore = !previous || previous.type === 'break' || (previous.type === 'text' && /\n[ \t]*$/.test(previous.value));
  const lineAfter = !next || next.type === 'break' || (next.type === 'text' && /^[ \t]*\n/.test(next.value));
  return lineBefore && lineAfter;
}

/** The children without the line break that joined them to the formula, the text's position ending or starting where it now does. */
function withoutEdgeBreak(nodes: PhrasingContent[], edge: 'start' | 'end', source: string): PhrasingContent[] {
  const at = edge === 'start' ? 0 : nodes.length - 1;
  const node = nodes[at];
  if (!node) return nodes;
  if (node.type === 'break') return edge === 'start' ? nodes.slice(1) : nodes.slice(0, -1);
  if (node.type !== 'text') return nodes;
  const value = edge === 'start' ? node.value.replace(/^[ \t]*\n/, '') : node.value.replace(/\n[ \t]*$/, '');
  const kept = [...nodes];
  if (value === '') kept.splice(at, 1);
  else {
    const cut = node.value.length - value.length;
    const { start, end } = node.position ?? {};
    // The text now starts on the line after the formula's, or ends on the line before it.
    const moved = (point: Point, line: number, offset: number | undefined): Point => (offset === undefined ? { ...point, line } : pointAt(source, offset, line));
    const position =
      start && end
        ? edge === 'start'
          ? { start: moved(start, start.line + 1, start.offset === undefined ? undefined : textStart(source, start.offset + cut, value)), end }
          : { start, end: moved(end, end.line - 1, end.offset === undefined ? undefined : end.offset - cut) }
        : undefined;
    kept[at] = { ...node, value, ...(position ? { position } : {}) };
  }
  return kept;
}

/**
 * Where `text`, which starts a line, starts in `source` from `from`, the line's start: past a quote's `>` or an
 * item's indentation, which are in no text node. `from` when its first characters are not found on that line.
 */
function textStart(source: string, from: number, text: string): number {
  const end = source.indexOf('\n', from);
  const at = source.indexOf(text.slice(0, 8), from);
  return at >= 0 && (end < 0 || at <= end) ? at : from;
}

/** The point of `offset` in `source`, on line `line` (known to the caller: counting would walk the note). */
function pointAt(source: string, offset: number, line: number): Point {
  return { line, column: offset - (source.lastIndexOf('\n', offset - 1) + 1) + 1, offset };
}

function paragraphOf(children: PhrasingContent[]): Paragraph | undefined {
  if (!children.some((child) => child.type !== 'text' || child.value.trim() !== '')) return undefined;
  const start = children[0]!.position?.start;
  const end = children.at(-1)!.position?.end;
  // Points of their own: a later pass that moves every node's points (runaway-blocks.ts) must not move a child's twice.
  return { type: 'paragraph', children, ...(start && end ? { position: { start: { ...start }, end: { ...end } } } : {}) };
}
