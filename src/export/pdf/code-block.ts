/**
 * A fenced code block: monospace lines on a light fill with a rule on the
 * left (the rule marks the block in black and white), syntax tones from
 * lowlight, indentation kept, and long lines wrapped with a hanging indent
 * under their own indentation.
 */
import { highlightCode } from './code-highlight.js';
import { gapRow, indentRows, type Row } from './display-list.js';
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

const PLAIN_CODE: InlineStyle = {
  weight: 'regular',
  italic: false,
  code: true,
  size: TYPE.code,
  color: CODE_TONE.plain.color,
};
