/**
 * The lines of a paragraph or heading as its text nodes hold them, read for
 * what stands at a line's end (Obsidian's block ids, tags after a question).
 * A piece of a text node ends a line when a line feed follows it in the node,
 * or the block ends, or a hard break follows the node; a piece followed by
 * other inline markup (`**bold**`, a link) does not.
 */
import type { Heading, Paragraph } from 'mdast';

/**
 * Rewrites, in place, each piece of `block`'s text that ends a line: `rewrite` gets the piece and its line in
 * the source (a text node's lines are the source's, one per line feed) and returns it as it is to stand.
 * `holds` skips the text nodes that cannot hold what is looked for, unsplit.
 */
export function rewriteLineEnds(block: Paragraph | Heading, holds: (value: string) => boolean, rewrite: (piece: string, line: number) => string): void {
  block.children.forEach((node, index) => {
    if (node.type !== 'text' || !holds(node.value)) return;
    const next = block.children[index + 1];
    const endsBlock = next === undefined || next.type === 'break';
    const first = node.position?.start.line ?? 1;
    const pieces = node.value.split('\n');
    node.value = pieces.map((piece, at) => (at < pieces.length - 1 || endsBlock ? rewrite(piece, first + at) : piece)).join('\n');
  });
}
