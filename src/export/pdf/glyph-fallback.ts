/**
 * Per-glyph font fallback: split a string into runs, each drawn with the
 * first font of a chain that has a glyph for every character of the run.
 *
 * A character no font has is not drawn as a silent box: it becomes a visible
 * `[U+XXXX]` placeholder in the placeholder font and is reported, so the
 * caller can raise a diagnostic naming the question.
 */
import type { FontKey } from './fonts.js';
import { HAN_KANA_SCRIPTS } from '../../wording/scripts.js';

export interface FontRun {
  text: string;
  font: FontKey;
  /** True for a placeholder standing in for a character no font has. */
  missing?: boolean;
}

/**
 * The fonts to try, in order: for most characters, and for Han ideographs, kana and CJK punctuation;
 * and the emoji font, which draws an emoji sequence whole.
 */
export interface FontChain {
  all: readonly FontKey[];
  han: readonly FontKey[];
  emoji?: FontKey;
}

const HAN = new RegExp(String.raw`[${HAN_KANA_SCRIPTS}\u3000-\u303F]`, 'u');

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

/**
 * An emoji as Unicode lists it for display (RGI): one character, or a sequence that a font with emoji
 * draws as one glyph: a keycap (`1` U+FE0F U+20E3), a flag, a skin tone, people joined by U+200D, a
 * symbol asked to look like an emoji with U+FE0F (❤️). A bare ❤ or digit is not one. (A pattern with
 * the `v` flag, which the compiler's target does not allow as a literal.)
 */
const EMOJI_SEQUENCE = new RegExp('\\p{RGI_Emoji}', 'gv');
/** What every emoji sequence holds one of (see above); a cheap test before the search for sequences. */
const MAY_HOLD_EMOJI = /[\p{Extended_Pictographic}\p{Regional_Indicator}\u{1F3FB}-\u{1F3FF}\u20E3\uFE0F]/u;

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
  const characters = (piece: string): void => {
    for (const char of dropIgnorable(piece)) {
      const codePoint = char.codePointAt(0)!;
      // Whitespace is measured and drawn in the surrounding run's font, but for the emoji font's (1.27 em wide).
      if (char === ' ') {
        const last = runs[runs.length - 1];
        push(char, last && !last.missing && last.font !== chain.emoji ? last.font : chain.all[0]!);
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
  };
  // Most text has no emoji: no search for them without a character that can start or mark one (a pictograph, a
  // flag's letters, a skin tone, a keycap's U+20E3, the U+FE0F of ©️). Hangul and Han are none: a Korean sheet's
  // every word would be searched.
  if (chain.emoji === undefined || !MAY_HOLD_EMOJI.test(text)) {
    characters(text);
    return runs;
  }
  let done = 0;
  for (const match of text.matchAll(EMOJI_SEQUENCE)) {
    const sequence = match[0];
    // The emoji font joins the sequence's joiners and selectors into its glyph; it is kept whole, not
    // stripped of them, when the font has its first character (an emoji newer than the font is not).
    if (!coverage.hasGlyph(chain.emoji, sequence.codePointAt(0)!)) continue;
    characters(text.slice(done, match.index));
    push(sequence, chain.emoji);
    done = match.index + sequence.length;
  }
  characters(text.slice(done));
  return runs;
}
