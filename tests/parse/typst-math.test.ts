/** A Typst formula is written as the TeX that shows it, for the renderers an answer's formulas go to. */
import { describe, expect, it } from 'vitest';
import { typstMath } from '../../src/parse/typst-math.js';

describe('a Typst formula', () => {
  it('is a fraction of what stands on each side of /, a bracketed group without its brackets, attachments and all', () => {
    expect(typstMath('e^(z_i) / (sum_j e^(z_j))')).toBe('\\frac{e^{z_{i}}}{\\sum _{j} e^{z_{j}}}');
    expect(typstMath('a / b^2')).toBe('\\frac{a}{b^{2}}');
  });

  it('is text for a string, a command for a name of its symbols or functions, and upright for a name it has not', () => {
    expect(typstMath('D_"KL"(p || q)')).toBe('D_{\\text{KL}}(p || q)');
    expect(typstMath('theta arrow.r theta - eta nabla L')).toBe('\\theta \\rightarrow \\theta - \\eta \\nabla L');
    expect(typstMath('hat(y) = bold(W) x + frac(1, 2)')).toBe('\\hat{y} = \\mathbf{W} x + \\frac{1}{2}');
    expect(typstMath('x <= loss')).toBe('x \\le \\mathrm{loss}');
  });

  it('is left as written where a bracket is not closed', () => {
    expect(typstMath('f(x = 1')).toBe('f(x = 1');
  });
});

describe('a formula of calls nested deep', () => {
  it('is read once at each bracket, whether the calls are functions\' or not, closed or not', () => {
    // A call that is no function's (`root(x)`, an argument short) or nothing closes was read again as a group, and
    // each call inside it twice over: 24 deep took seconds, and a formula's 1,000 characters hold 200.
    expect(typstMath(`${'root('.repeat(200)}x${')'.repeat(200)}`)).toBe(`${'\\mathrm{root}('.repeat(200)}x${')'.repeat(200)}`);
    expect(typstMath(`${'sqrt('.repeat(200)}x`)).toBe(`${'sqrt('.repeat(200)}x`);
    expect(typstMath('root(3, x) + root(x)')).toBe('\\sqrt[3]{x} + \\mathrm{root}(x)');
  });
});
