/**
 * A Typst formula as the TeX a Markdown note's `$…$` holds (typst-note.ts reads the note): what it shows, in the
 * notation an answer's formulas are rendered in (KaTeX, MathJax). Typst writes math as words and brackets, not
 * commands: `"softmax"(z)_i = e^(z_i) / (sum_j e^(z_j))` is `\text{softmax}(z)_i = \frac{e^{z_i}}{\sum_j e^{z_j}}`.
 *
 * - A string is text (`"KL"`, `\text{KL}`); a name of two letters or more a symbol or an operator (`sum`, `alpha`,
 *   `log`, `arrow.r`, `RR`), one Typst has not an upright name (`\mathrm{…}`); a single letter a variable.
 * - `^` and `_` attach what follows, a bracketed group without its brackets (`e^(z_i)`, `e^{z_i}`).
 * - `/` is a fraction of what stands on each side of it, a bracketed group without its brackets.
 * - A call of a function Typst's math has (`sqrt(x)`, `frac(a, b)`, `abs(x)`, `hat(x)`, `bb(R)`) is its command.
 * - Its operators (`<=`, `!=`, `->`, `...`) are their symbols; everything else stays as written.
 */

/** Typst's names of symbols and operators, and their TeX. */
const SYMBOLS: Readonly<Record<string, string>> = {
  ...Object.fromEntries(
    ['alpha', 'beta', 'gamma', 'delta', 'epsilon', 'zeta', 'eta', 'theta', 'iota', 'kappa', 'lambda', 'mu', 'nu', 'xi', 'pi', 'rho', 'sigma', 'tau', 'upsilon', 'phi', 'chi', 'psi', 'omega', 'Gamma', 'Delta', 'Theta', 'Lambda', 'Xi', 'Pi', 'Sigma', 'Upsilon', 'Phi', 'Psi', 'Omega']
      .map((name) => [name, `\\${name}`]),
  ),
  ...Object.fromEntries(['sum', 'prod', 'log', 'ln', 'exp', 'sin', 'cos', 'tan', 'lim', 'max', 'min', 'sup', 'inf', 'det', 'arg', 'nabla', 'partial'].map((name) => [name, `\\${name}`])),
  'epsilon.alt': '\\varepsilon', 'phi.alt': '\\varphi', 'theta.alt': '\\vartheta', integral: '\\int', infinity: '\\infty', oo: '\\infty',
  argmax: '\\operatorname{argmax}', argmin: '\\operatorname{argmin}', times: '\\times', dot: '\\cdot', 'dot.op': '\\cdot', div: '\\div',
  approx: '\\approx', prop: '\\propto', in: '\\in', 'in.not': '\\notin', subset: '\\subset', 'subset.eq': '\\subseteq', union: '\\cup',
  sect: '\\cap', forall: '\\forall', exists: '\\exists', 'lt.eq': '\\le', 'gt.eq': '\\ge', eq: '=', 'eq.not': '\\ne', 'plus.minus': '\\pm',
  'arrow.r': '\\rightarrow', 'arrow.l': '\\leftarrow', 'arrow.r.double': '\\Rightarrow', 'arrow.l.r': '\\leftrightarrow', 'dots.h': '\\ldots',
  'dots.c': '\\cdots', quad: '\\quad', RR: '\\mathbb{R}', NN: '\\mathbb{N}', ZZ: '\\mathbb{Z}', QQ: '\\mathbb{Q}', CC: '\\mathbb{C}', EE: '\\mathbb{E}',
};
/** Typst's shorthands for operators, longest first. */
const OPERATORS: ReadonlyArray<[string, string]> = [
  ['<==>', '\\Leftrightarrow'], ['==>', '\\implies'], ['<=>', '\\Leftrightarrow'], ['...', '\\ldots'], ['<=', '\\le'], ['>=', '\\ge'], ['!=', '\\ne'], ['->', '\\to'],
  ['<-', '\\leftarrow'], ['=>', '\\Rightarrow'], [':=', '\\coloneqq'], ['<<', '\\ll'], ['>>', '\\gg'],
];
/** Typst's functions of math, each as TeX of its arguments. */
const FUNCTIONS: Readonly<Record<string, (args: string[]) => string | undefined>> = {
  sqrt: ([x]) => `\\sqrt{${x}}`,
  root: ([n, x]) => (x === undefined ? undefined : `\\sqrt[${n}]{${x}}`),
  frac: ([a, b]) => (b === undefined ? undefined : `\\frac{${a}}{${b}}`),
  binom: ([a, b]) => (b === undefined ? undefined : `\\binom{${a}}{${b}}`),
  abs: ([x]) => `\\left|${x}\\right|`,
  norm: ([x]) => `\\left\\|${x}\\right\\|`,
  ...Object.fromEntries(['hat', 'bar', 'tilde', 'vec', 'dot', 'overline', 'underline', 'mathcal'].map((name) => [name, ([x]: string[]) => `\\${name}{${x}}`])),
  arrow: ([x]) => `\\vec{${x}}`,
  cal: ([x]) => `\\mathcal{${x}}`,
  bb: ([x]) => `\\mathbb{${x}}`,
  bold: ([x]) => `\\mathbf{${x}}`,
  upright: ([x]) => `\\mathrm{${x}}`,
  op: ([x]) => `\\operatorname{${x}}`,
  lr: ([x]) => x,
};
const CLOSERS: Readonly<Record<string, string>> = { '(': ')', '[': ']', '{': '}' };

/** A piece of a formula read: its TeX, and a bracketed group's content without its brackets (for `^`, `_`, `/`). */
interface Atom {
  tex: string;
  inner?: string;
  space?: boolean;
}

/** A Typst formula (between its dollars, trimmed) as TeX; as written where it cannot be read (a bracket nothing closes). */
export function typstMath(formula: string): string {
  const read = new MathReader(formula).atoms(undefined);
  return read ? joined(read).trim() : formula;
}

class MathReader {
  private at = 0;
  /** The groups read, by the place after their opening bracket: see group. */
  private readonly groups = new Map<number, { atoms: Atom[] | undefined; end: number }>();

  constructor(private readonly text: string) {}

  /** The atoms up to `closer` (past it), or to the end when none; undefined where a bracket is not closed. */
  atoms(closer: string | undefined): Atom[] | undefined {
    const atoms: Atom[] = [];
    const text = this.text;
    while (this.at < text.length) {
      const c = text[this.at]!;
      if (closer !== undefined && c === closer) {
        this.at++;
        return atoms;
      }
      if (c === ')' || c === ']' || c === '}') return undefined;
      if (c === '^' || c === '_') {
        const target = lastAtom(atoms);
        const attached = this.attachment();
        if (attached === undefined) return undefined;
        if (!target) atoms.push({ tex: `{}${attached}` });
        else {
          target.tex += attached;
          delete target.inner;
        }
        continue;
      }
      if (c === '/' && text[this.at + 1] !== '/') {
        this.at++;
        const index = lastIndex(atoms);
        const denominator = this.operand(true);
        if (index < 0 || !denominator) return undefined;
        const numerator = atoms[index]!;
        atoms.splice(index, atoms.length - index, { tex: `\\frac{${numerator.inner ?? numerator.tex}}{${denominator.inner ?? denominator.tex}}` });
        continue;
      }
      const atom = this.atom();
      if (!atom) return undefined;
      atoms.push(atom);
    }
    return closer === undefined ? atoms : undefined;
  }

  /** The attachment at `^` or `_` (the reader there), as TeX: what follows it, a bracketed group without its brackets. */
  private attachment(): string | undefined {
    const mark = this.text[this.at++]!;
    const next = this.operand(false);
    return next ? `${mark}{${next.inner ?? next.tex}}` : undefined;
  }

  /** The atom after the spaces at the reader's place; with its attachments (`b^2` in `a / b^2`) when `attached`. */
  private operand(attached: boolean): Atom | undefined {
    while (/\s/.test(this.text[this.at] ?? '')) this.at++;
    const atom = this.atom();
    if (!atom || !attached) return atom;
    while (this.text[this.at] === '^' || this.text[this.at] === '_') {
      const attachment = this.attachment();
      if (attachment === undefined) return undefined;
      atom.tex += attachment;
      delete atom.inner;
    }
    return atom;
  }

  /** The atom at the reader's place: a space (one for a run of them), text, a group, a name, a number, an operator. */
  private atom(): Atom | undefined {
    const text = this.text;
    if (/\s/.test(text[this.at] ?? '')) {
      while (/\s/.test(text[this.at] ?? '')) this.at++;
      return { tex: ' ', space: true };
    }
    const c = text[this.at];
    if (c === undefined) return undefined;
    if (c === '"') {
      const end = text.indexOf('"', this.at + 1);
      if (end < 0) return undefined;
      const words = text.slice(this.at + 1, end).replace(/[\\{}$%&#_^]/g, (ch) => (ch === '\\' ? '\\textbackslash{}' : `\\${ch}`));
      this.at = end + 1;
      return { tex: `\\text{${words}}` };
    }
    if (c === '\\') {
      const ch = text[this.at + 1] ?? '';
      this.at += 2;
      return { tex: /[{}$%&#_]/.test(ch) ? `\\${ch}` : ch === '' || /\s/.test(ch) ? '\\\\ ' : ch };
    }
    if (c in CLOSERS) {
      this.at++;
      const inner = this.group(CLOSERS[c]!);
      if (!inner) return undefined;
      const body = joined(inner);
      return c === '{' ? { tex: `\\{${body}\\}`, inner: body } : { tex: `${c}${body}${CLOSERS[c]}`, inner: body };
    }
    const name = /^[A-Za-z]+(?:\.[A-Za-z]+)*/.exec(text.slice(this.at, this.at + 100))?.[0];
    if (name) {
      this.at += name.length;
      const call = text[this.at] === '(' ? this.call(name) : undefined;
      if (call !== undefined) return { tex: call };
      if (name.length === 1) return { tex: name };
      const symbol = SYMBOLS[name];
      // A name ending in a letter runs into the letter after it in TeX: a space ends it.
      return { tex: symbol ? (/[a-zA-Z]$/.test(symbol) ? `${symbol} ` : symbol) : `\\mathrm{${name}}` };
    }
    const number = /^\d+(?:\.\d+)?/.exec(text.slice(this.at, this.at + 100))?.[0];
    if (number) {
      this.at += number.length;
      return { tex: number };
    }
    for (const [shorthand, tex] of OPERATORS) {
      if (text.startsWith(shorthand, this.at)) {
        this.at += shorthand.length;
        return { tex: `${tex} ` };
      }
    }
    this.at++;
    return { tex: c === '#' || c === '%' || c === '$' ? `\\${c}` : c };
  }

  /**
   * The atoms of the group whose opening bracket the reader is past, up to `closer` (atoms), read once at each place:
   * a call that is no function's (`root(x)`, an argument short) or that nothing closes is read again as a group, and
   * so each call inside it twice over, exponential in how deep they nest.
   */
  private group(closer: string): Atom[] | undefined {
    const from = this.at;
    const known = this.groups.get(from) ?? { atoms: this.atoms(closer), end: this.at };
    this.groups.set(from, known);
    this.at = known.end;
    return known.atoms;
  }

  /** A function's call at `(`, as TeX: undefined, the reader back at `(`, when the name is no function of Typst's math. */
  private call(name: string): string | undefined {
    const write = FUNCTIONS[name];
    if (!write) return undefined;
    const from = this.at;
    this.at++;
    const inner = this.group(')');
    const args = inner ? splitArguments(inner) : undefined;
    const tex = args ? write(args) : undefined;
    if (tex === undefined) this.at = from;
    return tex;
  }
}

/** A call's arguments: its atoms parted at the top-level commas. */
function splitArguments(atoms: readonly Atom[]): string[] {
  const args: string[] = [''];
  for (const atom of atoms) {
    if (atom.tex === ',') args.push('');
    else args[args.length - 1] += atom.tex;
  }
  return args.map((arg) => arg.trim());
}

function joined(atoms: readonly Atom[]): string {
  return atoms.map((atom) => atom.tex).join('').replace(/ {2,}/g, ' ');
}

/** The index of the last atom that is no space, or -1; the spaces after it go with it. */
function lastIndex(atoms: readonly Atom[]): number {
  let index = atoms.length - 1;
  while (index >= 0 && atoms[index]!.space) index--;
  return index;
}

/** The last atom that is no space, the spaces after it dropped: what an attachment attaches to. */
function lastAtom(atoms: Atom[]): Atom | undefined {
  const index = lastIndex(atoms);
  if (index < 0) return undefined;
  atoms.splice(index + 1);
  return atoms[index];
}
