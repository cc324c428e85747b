/**
 * A fenced code block: monospace lines on a light fill with a rule on the
 * left (the rule marks the block in black and white), syntax tones from
 * lowlight, indentation kept, and long lines wrapped with a hanging indent
 * under their own indentation, each continuation marked ↳ in that indent.
 */
import { highlightCode } from './code-highlight.js';
import { gapRow, indentRows, type DrawItem, type Row } from './display-list.js';
import type { InlineAtom, InlineStyle } from './inline-runs.js';
import { inlineRows } from './inline-rows.js';
import type { LayoutContext } from './layout-context.js';
import { CODE_TONE, COLOUR, SPACE, TYPE } from './theme.js';

const RULE_WIDTH = 1.2;

export function codeBlockRows(code: string, language: string | null | undefined, width: number, context: LayoutContext): Row[] {
  const inner = width - 2 * SPACE.codePadX - RULE_WIDTH;
  const charWidth = context.shaper.width('0', 'mono', TYPE.code);
  const rows: Row[] = [gapRow(SPACE.codePadY)];
  for (const tokens of highlightCode(code, language)) {
    const atoms: InlineAtom[] = tokens.map((token) => {
      const tone = CODE_TONE[token.tone];
      const style: InlineStyle = {
        weight: tone.bold ? 'bold' : 'regular',
        italic: tone.oblique,
        code: true,
        size: TYPE.code,
        color: tone.color,
      };
      return { kind: 'text', text: token.text, style };
    });
    const indent = /^ */.exec(tokens.map((token) => token.text).join(''))![0].length;
    const hanging = Math.min(inner / 2, (indent + 2) * charWidth);
    const lineRows = inlineRows(atoms, PLAIN_CODE, inner, context, {
      preserveSpaces: true,
      hangingIndent: hanging,
      leading: 0.12,
      codeBackground: false,
      continuationMark: (start, baseline) => continuationMark(start, baseline, charWidth),
    });
    rows.push(...indentRows(lineRows, RULE_WIDTH + SPACE.codePadX));
  }
  rows.push(gapRow(SPACE.codePadY));
  // Fill and rule per row, so a block split across columns stays framed.
  return rows.map((row) => ({
    ...row,
    gap: false,
    items: [
      { kind: 'rect', x: 0, y: 0, w: width, h: row.height, fill: COLOUR.codeFill },
      { kind: 'rect', x: 0, y: 0, w: RULE_WIDTH, h: row.height, fill: COLOUR.codeRule },
      ...row.items,
    ],
  }));
}

/**
 * A small ↳ in the two characters a wrapped line's continuation stands in, so that it cannot be
 * read as a line of its own. Drawn as strokes, not as a glyph: copying the code copies no arrow,
 * and the width of each line stays the font's.
 */
function continuationMark(start: number, baseline: number, charWidth: number): DrawItem[] {
  const stroke = { color: COLOUR.faint, width: 0.45 };
  // Centred in the two characters, clear of the text on either side.
  const right = start - 0.4 * charWidth;
  const left = Math.max(0, start - 1.6 * charWidth);
  const top = baseline - 0.62 * TYPE.code;
  const middle = baseline - 0.26 * TYPE.code;
  const head = 0.3 * charWidth;
  return [
    // The stem runs on by half the stroke, so that the corner is closed.
    { kind: 'line', x1: left, y1: top, x2: left, y2: middle + stroke.width / 2, ...stroke },
    { kind: 'line', x1: left, y1: middle, x2: right, y2: middle, ...stroke },
    { kind: 'line', x1: right - head, y1: middle - head, x2: right, y2: middle, ...stroke },
    { kind: 'line', x1: right - head, y1: middle + head, x2: right, y2: middle, ...stroke },
  ];
}

const PLAIN_CODE: InlineStyle = {
  weight: 'regular',
  italic: false,
  code: true,
  size: TYPE.code,
  color: CODE_TONE.plain.color,
};
