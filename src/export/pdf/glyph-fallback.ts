/**
 * Per-glyph font fallback: split a string into runs, each drawn with the
 * first font of a chain that has a glyph for every character of the run.
 *
 * A character no font has is not drawn as a silent box: it becomes a visible
 * `[U+XXXX]` placeholder in the placeholder font and is reported, so the
 * caller can raise a diagnostic naming the question.
 */
import type { FontKey } from './fonts.js';

export interface FontRun {
  text: string;
  font: FontKey;
  /** True for a placeholder standing in for a character no font has. */
  missing?: boolean;
}

/** The fonts to try, in order: for most characters, and for Han ideographs, kana and CJK punctuation. */
export interface FontChain {
  all: readonly FontKey[];
  han: readonly FontKey[];
}

const HAN = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\u3000-\u303F]/u;

export interface GlyphCoverage {
  hasGlyph(font: FontKey, codePoint: number): boolean;
}

/**
 * Characters that have no glyph by design (joiners, variation selectors,
 * the byte-order mark, soft hyphens): dropped before drawing rather than
 * reported as missing.
 */
const IGNORABLE = /[\u00AD\u034F\u061C\u115F\u1160\u17B4\u17B5\u180B-\u180F\u200B-\u200F\u202A-\u202E\u2060-\u206F\u3164\uFE00-\uFE0F\uFEFF\uFFA0\u{1BCA0}-\u{1BCA3}\u{1D173}-\u{1D17A}\u{E0000}-\u{E0FFF}]/gu;

const COMBINING_MARK = /^\p{M}$/u;

export function dropIgnorable(text: string): string {
  return text.replace(IGNORABLE, '');
}

export function placeholderFor(char: string): string {
  return `[U+${char.codePointAt(0)!.toString(16).toUpperCase().padStart(4, '0')}]`;
}

export function splitByGlyphs(
  text: string,
  chain: FontChain,
  coverage: GlyphCoverage,
  placeholderFont: FontKey,
  onMissing: (char: string) => void,
): FontRun[] {
  const runs: FontRun[] = [];
  const push = (piece: string, font: FontKey, missing = false): void => {
    const last = runs[runs.length - 1];
    if (last && last.font === font && !last.missing && !missing) last.text += piece;
    else runs.push(missing ? { text: piece, font, missing } : { text: piece, font });
  };
  for (const char of dropIgnorable(text)) {
    const codePoint = char.codePointAt(0)!;
    // Whitespace is measured and drawn in the surrounding run's font.
    if (char === ' ') {
      const last = runs[runs.length - 1];
      push(char, last && !last.missing ? last.font : chain.all[0]!);
      continue;
    }
    // A combining mark stays with its base character when that font has it.
    const last = runs[runs.length - 1];
    if (last && !last.missing && COMBINING_MARK.test(char) && coverage.hasGlyph(last.font, codePoint)) {
      last.text += char;
      continue;
    }
    const font = (codePoint >= 0x3000 && HAN.test(char) ? chain.han : chain.all).find((candidate) => coverage.hasGlyph(candidate, codePoint));
    if (font) {
      push(char, font);
    } else {
      onMissing(char);
      push(placeholderFor(char), placeholderFont, true);
    }
  }
  return runs;
}
