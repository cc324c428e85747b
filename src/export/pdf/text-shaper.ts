/**
 * Styled text to measured font runs: picks the face for a style, applies
 * per-glyph fallback and measures each run with the font pdfkit draws it
 * with. Missing glyphs are reported to whoever is currently being laid out
 * (the shaper's `onMissing` is set per question).
 */
import type { FontBook, FontKey } from './fonts.js';
import { splitByGlyphs, type FontChain } from './glyph-fallback.js';
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
  chain(style: InlineStyle): FontChain {
    if (style.code) return style.weight === 'regular' ? CHAINS.mono : CHAINS.monoBold;
    if (style.weight === 'bold') return CHAINS.bold;
    if (style.weight === 'semibold') return CHAINS.semibold;
    return CHAINS.regular;
  }

  /** The font whose metrics set the line box for a style. */
  primary(style: InlineStyle): FontKey {
    return this.chain(style).all[0]!;
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

/**
 * Per style, the fonts to try for most characters, and for Chinese and Japanese ones (`han`): Noto Sans SC
 * before D2Coding there, whose few Hanja would set some characters of a sentence in another face. Noto
 * Emoji comes after the text fonts, so that a symbol they have (→, ✓, ⚠) keeps their face, but before
 * Noto Sans SC, which draws a few emoji (⚽, 🆗) as plain text; it draws every emoji sequence (❤️, 1️⃣,
 * 👍🏽) whole.
 */
const CHAINS = {
  regular: { all: ['sans', 'mono', 'emoji', 'cjk'], han: ['sans', 'cjk', 'mono'], emoji: 'emoji' },
  semibold: { all: ['sans-semibold', 'mono-bold', 'mono', 'emoji-bold', 'cjk-bold'], han: ['sans-semibold', 'cjk-bold', 'mono-bold', 'mono'], emoji: 'emoji-bold' },
  bold: { all: ['sans-bold', 'mono-bold', 'mono', 'emoji-bold', 'cjk-bold'], han: ['sans-bold', 'cjk-bold', 'mono-bold', 'mono'], emoji: 'emoji-bold' },
  mono: { all: ['mono', 'sans', 'emoji', 'cjk'], han: ['cjk', 'mono', 'sans'], emoji: 'emoji' },
  monoBold: { all: ['mono-bold', 'mono', 'sans-bold', 'emoji-bold', 'cjk-bold'], han: ['cjk-bold', 'mono-bold', 'mono', 'sans-bold'], emoji: 'emoji-bold' },
} as const satisfies Record<string, FontChain>;
