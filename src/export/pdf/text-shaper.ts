/**
 * Styled text to measured font runs: picks the face for a style, applies
 * per-glyph fallback and measures each run with the font pdfkit draws it
 * with. Missing glyphs are reported to whoever is currently being laid out
 * (the shaper's `onMissing` is set per question).
 */
import type { FontBook, FontKey } from './fonts.js';
import { splitByGlyphs } from './glyph-fallback.js';
import type { InlineStyle } from './inline-runs.js';

export interface ShapedRun {
  text: string;
  font: FontKey;
  width: number;
  missing?: boolean;
}

export class TextShaper {
  /** Called with each character no font can draw. */
  onMissing: (char: string) => void = () => {};

  constructor(readonly fonts: FontBook) {}

  /** The fonts to try, in order, for a style. */
  chain(style: InlineStyle): readonly FontKey[] {
    if (style.code) return style.weight === 'regular' ? CHAINS.mono : CHAINS.monoBold;
    if (style.weight === 'bold') return CHAINS.bold;
    if (style.weight === 'semibold') return CHAINS.semibold;
    return CHAINS.regular;
  }

  /** The font whose metrics set the line box for a style. */
  primary(style: InlineStyle): FontKey {
    return this.chain(style)[0]!;
  }

  shape(text: string, style: InlineStyle): ShapedRun[] {
    const runs = splitByGlyphs(text, this.chain(style), this.fonts, 'mono', (char) => this.onMissing(char));
    return runs.map((run) => ({
      ...run,
      width: this.fonts.width(run.text, run.font, style.size),
    }));
  }

  width(text: string, font: FontKey, size: number): number {
    return this.fonts.width(text, font, size);
  }

  spaceWidth(style: InlineStyle): number {
    return this.fonts.width(' ', this.primary(style), style.size);
  }
}

const CHAINS = {
  regular: ['sans', 'mono'],
  semibold: ['sans-semibold', 'mono-bold', 'mono'],
  bold: ['sans-bold', 'mono-bold', 'mono'],
  mono: ['mono', 'sans'],
  monoBold: ['mono-bold', 'mono', 'sans-bold'],
} as const satisfies Record<string, readonly FontKey[]>;
