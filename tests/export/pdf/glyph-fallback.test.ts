/**
 * Per-glyph fallback: each character is drawn with the first font that has
 * it; characters no font has become a visible placeholder and a report.
 */
import { describe, expect, it } from 'vitest';
import { splitByGlyphs } from '../../../src/export/pdf/glyph-fallback.js';
import { layoutKit } from './layout-kit.js';

const { fonts } = layoutKit();

function split(text: string) {
  const missing: string[] = [];
  const runs = splitByGlyphs(text, { all: ['sans', 'mono', 'emoji', 'cjk'], han: ['sans', 'cjk', 'mono'], emoji: 'emoji' }, fonts, 'mono', (char) => missing.push(char));
  return { runs, missing };
}

describe('splitByGlyphs', () => {
  it('keeps Latin and Hangul in Pretendard', () => {
    const { runs, missing } = split('경사 하강법 (gradient descent)');
    expect(runs).toEqual([{ text: '경사 하강법 (gradient descent)', font: 'sans' }]);
    expect(missing).toEqual([]);
  });

  it('takes the math symbols Pretendard lacks from D2Coding', () => {
    for (const symbol of ['∇', '∈', '∀', '⊙', 'ᵀ']) {
      expect(fonts.hasGlyph('sans', symbol.codePointAt(0)!), symbol).toBe(false);
      expect(fonts.hasGlyph('mono', symbol.codePointAt(0)!), symbol).toBe(true);
    }
    const { runs } = split('x ∈ ℝ, ∇f');
    expect(runs.map((run) => run.text).join('')).toBe('x ∈ ℝ, ∇f');
    expect(runs.find((run) => run.text.includes('∇'))!.font).toBe('mono');
    expect(runs[0]!.font).toBe('sans');
  });

  it('sets the Chinese characters Pretendard lacks in Noto Sans SC, Hanja D2Coding has too, so that a word keeps one face', () => {
    expect(fonts.hasGlyph('mono', '學'.codePointAt(0)!)).toBe(true);
    expect(fonts.hasGlyph('sans', '深'.codePointAt(0)!)).toBe(false);
    // Pretendard has kana: they stay in it, as Hangul does.
    const { runs, missing } = split('深度學習 (deep learning) とは 데이터');
    expect(missing).toEqual([]);
    expect(runs.map((run) => [run.text, run.font])).toEqual([
      ['深度學習 ', 'cjk'],
      ['(deep learning) とは 데이터', 'sans'],
    ]);
  });

  it('sets emoji in Noto Emoji, and the symbols the text fonts have in their face', () => {
    const { runs, missing } = split('hot 🔥 topic ✅ → ✓');
    expect(missing).toEqual([]);
    // A space after an emoji is the text font's: the emoji font's is over an em wide.
    expect(runs.map((run) => [run.text, run.font])).toEqual([
      ['hot ', 'sans'],
      ['🔥', 'emoji'],
      [' topic ', 'sans'],
      ['✅', 'emoji'],
      [' → ✓', 'sans'],
    ]);
  });

  it('keeps an emoji sequence whole for the emoji font to draw as one glyph, and a bare symbol in the text font', () => {
    // A keycap, a symbol asked to look like an emoji (U+FE0F), a skin tone, a family joined by U+200D, a flag.
    const sequences = ['1\uFE0F\u20E3', '\u2764\uFE0F', '👍🏽', '👨\u200D👩\u200D👧', '🇰🇷'];
    const { runs, missing } = split(`keycap ${sequences.join('')} bare \u2764 1`);
    expect(missing).toEqual([]);
    expect(runs.map((run) => [run.text, run.font])).toEqual([
      ['keycap ', 'sans'],
      [sequences.join(''), 'emoji'],
      [' bare ', 'sans'],
      ['\u2764 ', 'mono'],
      ['1', 'sans'],
    ]);
  });

  it('turns a character no font has into a placeholder and reports it', () => {
    // Ethiopic: none of the fonts has it.
    const { runs, missing } = split('word ሀ here');
    expect(missing).toEqual(['ሀ']);
    expect(runs).toContainEqual({ text: '[U+1200]', font: 'mono', missing: true });
    expect(runs.map((run) => run.text).join('')).toBe('word [U+1200] here');
  });

  it('drops invisible joiners and variation selectors instead of reporting them', () => {
    const { runs, missing } = split('a\u200Db\uFE0Fc\uFEFF');
    expect(missing).toEqual([]);
    expect(runs.map((run) => run.text).join('')).toBe('abc');
  });
});
