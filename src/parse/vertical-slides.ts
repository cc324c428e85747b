/**
 * reveal.js's Markdown decks part their slides with `---` lines and stack a slide's follow-ups under it with `--`
 * lines (its vertical-slide separator). A `--` alone between blank lines is no text Markdown knows, so it would end
 * the slide's answer as a literal `--`; read as the rule it is, it parts what it stands between as `---` does.
 * Right under a paragraph's line, `--` is a setext underline (a heading), and with text under it an email's
 * signature line: neither is a paragraph of its own, so neither is read here.
 */
import type { Root, ThematicBreak } from 'mdast';

/** A `--` line alone, the vertical-slide separator. */
const VERTICAL_SEPARATOR = /^--[ \t]*$/;
/** Such a line anywhere in a text. */
const ANY_VERTICAL_SEPARATOR = new RegExp(VERTICAL_SEPARATOR.source, 'm');

/** Whether the text holds a line that may be one: the tree is walked only then. */
export const mayHoldVerticalSeparators = (source: string): boolean => ANY_VERTICAL_SEPARATOR.test(source);

/** Each top-level paragraph that is a `--` line alone, as the source writes it, made a rule in its place. */
export function readVerticalSeparators(tree: Root, source: string): void {
  tree.children.forEach((block, index) => {
    if (block.type !== 'paragraph' || !block.position) return;
    const { start, end } = block.position;
    if (start.line !== end.line || start.offset === undefined || end.offset === undefined) return;
    if (!VERTICAL_SEPARATOR.test(source.slice(start.offset, end.offset))) return;
    const rule: ThematicBreak = { type: 'thematicBreak', position: block.position };
    tree.children[index] = rule;
  });
}
