/** `$...$` / `$$...$$` become the `\(...\)` / `\[...\]` that Anki's MathJax renders. */
import { describe, expect, it } from 'vitest';
import { convertDollarMath } from '../../../src/export/anki/dollar-math.js';

describe('convertDollarMath', () => {
  it('converts inline and display math', () => {
    expect(convertDollarMath('Let $x^2$ and $$\\int f$$ be')).toBe('Let \\(x^2\\) and \\[\\int f\\] be');
  });

  it('leaves prices, escaped dollars and lone dollars as written', () => {
    expect(convertDollarMath('It costs $5 or $10.')).toBe('It costs $5 or $10.');
    expect(convertDollarMath('Pay \\$3 and \\$4')).toBe('Pay \\$3 and \\$4');
    expect(convertDollarMath('a $ b')).toBe('a $ b');
    expect(convertDollarMath('$ x$')).toBe('$ x$');
    expect(convertDollarMath('$$ $$')).toBe('$$ $$');
  });

  it('does not take a closing dollar followed by a digit', () => {
    expect(convertDollarMath('$a$1 and $b$')).toBe('\\(a$1 and $b\\)');
  });

  it('finishes on text full of unmatched dollars (a quadratic scan would outlast the test timeout)', () => {
    const text = '$a '.repeat(200_000);
    expect(convertDollarMath(text)).toBe(text);
  });
});
