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
  const runs = splitByGlyphs(text, { all: ['sans', 'mono', 'cjk'], han: ['sans', 'cjk', 'mono'] }, fonts, 'mono', (char) => missing.push(char));
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

  it('turns a character no font has into a placeholder and reports it', () => {
    const { runs, missing } = split('hot 🔥 topic');
    expect(missing).toEqual(['🔥']);
    expect(runs).toContainEqual({ text: '[U+1F525]', font: 'mono', missing: true });
    expect(runs.map((run) => run.text).join('')).toBe('hot [U+1F525] topic');
  });

  it('drops invisible joiners and variation selectors instead of reporting them', () => {
    const { runs, missing } = split('a\u200Db\uFE0Fc\uFEFF');
    expect(missing).toEqual([]);
    expect(runs.map((run) => run.text).join('')).toBe('abc');
  });
});
