/**
 * A paragraph's inline atoms to rows: resolves math, breaks lines and turns
 * each line into positioned draw items (text on a shared baseline, inline
 * code backgrounds, link areas and underlines, formula boxes).
 */
import type { DrawItem, Row } from './display-list.js';
import { baselineShift, type InlineAtom, type InlineStyle } from './inline-runs.js';
import { breakLines, type LayoutAtom, type Line } from './line-breaking.js';
import { inlineMathAtoms } from './math-layout.js';
import type { LayoutContext } from './layout-context.js';
import { COLOUR, TYPE } from './theme.js';

export type Alignment = 'left' | 'center' | 'right';

export interface InlineRowOptions {
  align?: Alignment;
  preserveSpaces?: boolean;
  hangingIndent?: number;
  /** Extra line spacing as a fraction of the base size (defaults to TYPE.leading). */
  leading?: number;
  /** Shade inline code (off inside code blocks, which have their own fill). */
  codeBackground?: boolean;
  /**
   * Items drawn on each line the breaker wrapped (not on a line after a hard break), given where
   * its text starts and its baseline: a code block's continuation mark.
   */
  continuationMark?: (start: number, baseline: number) => DrawItem[];
}

function resolveMath(atoms: readonly InlineAtom[], width: number, context: LayoutContext): LayoutAtom[] {
  const out: LayoutAtom[] = [];
  for (const atom of atoms) {
    if (atom.kind === 'math') {
      out.push(...inlineMathAtoms(atom.tex, atom.delimiter, atom.style, width, context.math, context.shaper, context.reporter));
    } else {
      out.push(atom);
    }
  }
  return out;
}

export function inlineRows(
  atoms: readonly InlineAtom[],
  base: InlineStyle,
  width: number,
  context: LayoutContext,
  options: InlineRowOptions = {},
): Row[] {
  const { shaper } = context;
  const strutFont = shaper.primary(base);
  const lines = breakLines(resolveMath(atoms, width, context), shaper, {
    width,
    strut: { ascent: shaper.fonts.ascent(strutFont, base.size), descent: shaper.fonts.descent(strutFont, base.size) },
    ...(options.preserveSpaces ? { preserveSpaces: true } : {}),
    ...(options.hangingIndent ? { hangingIndent: options.hangingIndent } : {}),
  });
  const leading = base.size * (options.leading ?? TYPE.leading);
  const shadeCode = options.codeBackground ?? true;
  return lines.map((line) => lineRow(line, width, leading, options.align ?? 'left', shadeCode, options.continuationMark));
}

function lineRow(
  line: Line,
  width: number,
  leading: number,
  align: Alignment,
  shadeCode: boolean,
  continuationMark: InlineRowOptions['continuationMark'],
): Row {
  const baseline = leading / 2 + line.ascent;
  const spare = Math.max(0, width - line.indent - line.width);
  const offset = line.indent + (align === 'center' ? spare / 2 : align === 'right' ? spare : 0);
  const backgrounds: DrawItem[] = [];
  const items: DrawItem[] = [];
  for (const piece of line.pieces) {
    const x = offset + piece.x;
    if (piece.kind === 'box') {
      items.push({ kind: 'svg', x, y: baseline - piece.ascent, w: piece.width, h: piece.ascent + piece.descent, svg: piece.svg });
      continue;
    }
    const { style } = piece;
    // Raised or lowered text (`<sup>`) sits on a baseline of its own, and so do its code shading and its strike.
    const y = baseline - baselineShift(style);
    if (style.code && shadeCode && !piece.missing) {
      backgrounds.push({
        kind: 'rect',
        x: x - 0.8,
        y: y - style.size * 0.82,
        w: piece.width + 1.6,
        h: style.size * 1.08,
        fill: COLOUR.inlineCodeFill,
        radius: 1,
      });
    }
    items.push({
      kind: 'text',
      x,
      y,
      text: piece.text,
      font: piece.font,
      size: style.size,
      color: piece.missing ? COLOUR.missingGlyph : style.color,
      width: piece.width,
      ...(style.italic ? { oblique: true } : {}),
      ...(style.link ? { underline: true } : {}),
    });
    if (style.strike) {
      const through = y - style.size * 0.3;
      items.push({ kind: 'line', x1: x, y1: through, x2: x + piece.width, y2: through, color: style.color, width: 0.5 });
    }
    if (style.link) {
      items.push({ kind: 'link', x, y: baseline - line.ascent, w: piece.width, h: line.ascent + line.descent, url: style.link });
    }
  }
  const marks = line.wrapped && continuationMark ? continuationMark(offset, baseline) : [];
  return { height: line.ascent + line.descent + leading, items: [...backgrounds, ...marks, ...items], baseline };
}
