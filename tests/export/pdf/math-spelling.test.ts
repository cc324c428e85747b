import { describe, expect, it } from 'vitest';
import { spelledFormula } from '../../../src/export/pdf/math-spelling.js';

describe('a formula spelled in Unicode, for the bookmarks', () => {
  it.each([
    ['L_2', 'L₂'],
    ['x^2 + y^{10}', 'x² + y¹⁰'],
    ['\\mathcal{O}(n \\log n)', '𝒪(n log n)'],
    ['\\operatorname{argmax}_x f(x)', 'argmaxₓ f(x)'],
    ['\\sqrt{d_k}', '√dₖ'],
    ['\\text{softmax}(QK^T/\\sqrt{d_k})', 'softmax(QKᵀ/√dₖ)'],
    ['\\mathbb{E}[X] \\in \\mathbb{R}', '𝔼[X] ∈ ℝ'],
    ['\\hat{y}_i', 'ŷᵢ'],
    ['\\sum_{i=1}^n x_i', '∑ᵢ₌₁ⁿ xᵢ'],
    ['\\|w\\|_2^2', '‖w‖₂²'],
    ['W^{(l)}', 'W⁽ˡ⁾'],
    ['a \\leq b', 'a ≤ b'],
    ['\\frac{a+b}{2}', '(a + b)/2'],
    ['\\frac{\\partial L}{\\partial w}', '∂L/∂w'],
    ['-x', '−x'],
    ["f'(x)", 'f′(x)'],
    ['\\mathbf{x}^\\top', '𝐱ᵀ'],
    ['\\binom{n}{k}', '(n k)'],
    ['{n \\choose k}', '(n k)'],
    ['\\overline{X}', 'X̅'],
    ['\\underline{x}', 'x̲'],
    ['\\underbrace{a+b}_{c}', 'a + b_c'],
    ['\\int f(x)\\,dx', '∫ f(x) dx'],
    ['f\\!\\left(x\\right)', 'f(x)'],
  ])('spells %s as %s', (tex, spelled) => {
    expect(spelledFormula(tex)).toBe(spelled);
  });

  it('sets a word written upright apart from the letter after it, as its font does on the page', () => {
    expect(spelledFormula('\\text{argmax}_x f(x)')).toBe('argmaxₓ f(x)');
    expect(spelledFormula('\\mathrm{Var} X')).toBe('Var X');
    expect(spelledFormula('\\text{softmax}(z)_i')).toBe('softmax(z)ᵢ');
    expect(spelledFormula('\\mathrm{d}x')).toBe('dx');
    expect(spelledFormula('\\arg\\max_x f(x)')).toBe('argmaxₓ f(x)');
  });

  it('writes the label of an extensible arrow on its shaft, between its ends, as plain text draws a labelled arrow', () => {
    expect(spelledFormula('A \\xrightarrow{f} B')).toBe('A –f→ B');
    expect(spelledFormula('\\xleftarrow{g}')).toBe('←g–');
    expect(spelledFormula('\\xleftrightarrow{h}')).toBe('←h→');
    expect(spelledFormula('p \\xRightarrow{\\text{def}} q')).toBe('p =def⇒ q');
    expect(spelledFormula('\\xrightarrow[n]{\\text{softmax}}')).toBe('–softmax/n→');
    expect(spelledFormula('X_n \\xrightarrow{n \\to \\infty} X')).toBe('Xₙ –(n→∞)→ X');
    expect(spelledFormula('\\overset{f}{\\to}')).toBe('–f→');
    expect(spelledFormula('\\xrightarrow{}')).toBe('→');
  });

  it('writes a script as TeX does when Unicode has no raised or lowered form of one of its characters', () => {
    expect(spelledFormula('L_{\\text{KL}}')).toBe('L_{KL}');
    expect(spelledFormula('\\Sigma^{-1/2}')).toBe('Σ^{−1/2}');
    expect(spelledFormula('x_Q')).toBe('x_Q');
  });

  it('gives nothing for TeX it cannot read, so that the caller keeps the source', () => {
    expect(spelledFormula('\\frac{a}{')).toBeUndefined();
    expect(spelledFormula('\\notamacro x')).toBeUndefined();
  });
});
