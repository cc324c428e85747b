/** Syntax tones from lowlight, wrapped code lines, and the per-run formula cache with its error results. */
import { describe, expect, it } from 'vitest';
import { codeBlockRows } from '../../../src/export/pdf/code-block.js';
import { highlightCode } from '../../../src/export/pdf/code-highlight.js';
import { DiagnosticLog } from '../../../src/export/pdf/diagnostics.js';
import type { Row } from '../../../src/export/pdf/display-list.js';
import { MathCache, withTagsInline } from '../../../src/export/pdf/math.js';
import { CODE_TONE, TYPE } from '../../../src/export/pdf/theme.js';
import { layoutKit } from './layout-kit.js';

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

describe('codeBlockRows', () => {
  const kit = layoutKit();
  const context = { shaper: kit.shaper, math: new MathCache(), reporter: new DiagnosticLog().about(null) };
  const code =
    'def train(model, loader, optimizer, scheduler, epochs=10, device="cuda", log_every=100):\n' +
    '    return model.fit(loader, optimizer=optimizer, scheduler=scheduler, epochs=epochs, device=device)';
  const texts = (row: Row) => row.items.flatMap((item) => (item.kind === 'text' ? [item] : []));
  const marks = (row: Row) => row.items.flatMap((item) => (item.kind === 'line' ? [item] : []));

  it('marks each continuation of a wrapped line in its hanging indent, with strokes that copy as no text', () => {
    const rows = codeBlockRows(code, 'python', 160, context).filter((row) => texts(row).length > 0);
    const firstX = (row: Row) => Math.min(...texts(row).map((item) => item.x));
    const left = Math.min(...rows.map(firstX));
    // A row starting a line of the code starts at the block's left edge (its indentation is text); a continuation further in.
    const starts = rows.filter((row) => firstX(row) === left);
    expect(starts).toHaveLength(2);
    expect(rows.length).toBeGreaterThanOrEqual(4);
    let indent = 0;
    for (const row of rows) {
      if (firstX(row) === left) {
        // A new line of the code: no mark, whatever its indentation.
        expect(marks(row)).toEqual([]);
        indent = kit.shaper.width(/^ */.exec(texts(row)[0]!.text)![0], 'mono', TYPE.code);
        continue;
      }
      // A continuation: a mark between the indentation of the line it continues and its own text.
      expect(marks(row).length).toBeGreaterThan(0);
      for (const mark of marks(row)) {
        expect(Math.min(mark.x1, mark.x2)).toBeGreaterThanOrEqual(left + indent);
        expect(Math.max(mark.x1, mark.x2)).toBeLessThan(firstX(row));
      }
    }
    // The text drawn is the code's, and nothing else: no arrow is copied with it.
    const drawn = rows.flatMap((row) => texts(row).map((item) => item.text)).join('');
    expect(drawn.replace(/\s/g, '')).toBe(code.replace(/\s/g, ''));
  });

  it('keeps the syntax tones on a continuation', () => {
    const rows = codeBlockRows(code, 'python', 160, context);
    const continued = rows.find((row) => texts(row).some((item) => item.text === '"cuda"'))!;
    expect(marks(continued).length).toBeGreaterThan(0);
    expect(texts(continued).find((item) => item.text === '"cuda"')!.color).toBe(CODE_TONE.string.color);
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
