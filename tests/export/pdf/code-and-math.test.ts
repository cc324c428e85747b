/** Syntax tones from lowlight, and the per-run formula cache with its error results. */
import { describe, expect, it } from 'vitest';
import { highlightCode } from '../../../src/export/pdf/code-highlight.js';
import { MathCache, withTagsInline } from '../../../src/export/pdf/math.js';

describe('highlightCode', () => {
  it('tones Python keywords, strings, numbers and comments, line by line', () => {
    const lines = highlightCode('def f(x):\n    return x + 1  # one more\nprint("hi")', 'python');
    expect(lines).toHaveLength(3);
    const tone = (text: string) => lines.flat().find((token) => token.text.includes(text))?.tone;
    expect(tone('def')).toBe('keyword');
    expect(tone('return')).toBe('keyword');
    expect(tone('1')).toBe('number');
    expect(tone('# one more')).toBe('comment');
    expect(tone('"hi"')).toBe('string');
    expect(lines[1]!.map((token) => token.text).join('')).toBe('    return x + 1  # one more');
  });

  it('leaves unknown languages plain and expands tabs', () => {
    const lines = highlightCode('a\tb\n\tc', 'no-such-language');
    expect(lines.flat().every((token) => token.tone === 'plain')).toBe(true);
    expect(lines.map((line) => line.map((token) => token.text).join(''))).toEqual(['a   b', '    c']);
  });
});

describe('MathCache', () => {
  it('typesets a formula once per run and measures it in em', async () => {
    const cache = new MathCache();
    await cache.prepare([
      { tex: '\\frac{a}{b}', display: false },
      { tex: '\\frac{a}{b}', display: false },
      { tex: '\\frac{a}{b}', display: true },
    ]);
    expect(cache.size).toBe(2);
    const result = cache.get('\\frac{a}{b}', false);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.math.svg).toMatch(/^<svg/);
    expect(result.math.width).toBeGreaterThan(0.3);
    expect(result.math.ascent).toBeGreaterThan(0.5);
    expect(result.math.descent).toBeGreaterThan(0.2);
  });

  it('gives an error result for TeX that does not parse', async () => {
    const cache = new MathCache();
    await cache.prepare([{ tex: '\\frac{1}{', display: false }, { tex: '\\notamacro x', display: false }]);
    const unbalanced = cache.get('\\frac{1}{', false);
    const undefinedMacro = cache.get('\\notamacro x', false);
    expect(unbalanced.ok).toBe(false);
    expect(undefinedMacro.ok).toBe(false);
    if (!undefinedMacro.ok) expect(undefinedMacro.error).toMatch(/notamacro/);
  });

  it('sets an equation number after its formula, measured with it, not across a page width over it', async () => {
    expect(withTagsInline('y = Wx + b \\tag{1}')).toBe('y = Wx + b \\qquad\\text{(1)}');
    expect(withTagsInline('E = mc^2 \\tag*{(a)}')).toBe('E = mc^2 \\qquad\\text{(a)}');
    const cache = new MathCache();
    await cache.prepare([
      { tex: 'y = Wx + b \\tag{1}', display: true },
      { tex: 'y = Wx + b', display: true },
    ]);
    const tagged = cache.get('y = Wx + b \\tag{1}', true);
    const plain = cache.get('y = Wx + b', true);
    if (!tagged.ok || !plain.ok) throw new Error('both formulas should typeset');
    expect(tagged.math.svg).not.toContain('width="100%"');
    expect(tagged.math.width).toBeGreaterThan(plain.math.width + 1);
  });
});
