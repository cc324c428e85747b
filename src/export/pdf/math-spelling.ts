/**
 * A formula spelled in Unicode text, for the one place of the sheet that
 * cannot typeset it: its bookmarks, which the PDF viewer draws in its own
 * fonts. `\mathcal{O}(n \log n)` is `𝒪(n log n)`, `\sqrt{d_k}` is `√dₖ`,
 * `x^\top` is `xᵀ`, where the bookmark used to show the TeX.
 *
 * The formula is read by MathJax's TeX input (math.ts `compileTex`, the
 * parser the sheet typesets it with), so macros, `\operatorname`, `\text`
 * and `\left(` are understood as TeX means them, and its MathML tree is
 * spelled here. (unicodeit, the library for this, substitutes text: it turns
 * `\log` into `łog`, `\l` being `ł`, and `\operatorname` into `øperatorname`.)
 * A script is raised or lowered only when every character of it has a
 * Unicode superscript or subscript; otherwise it is written `_{KL}`, `^{-1/2}`
 * as TeX would, which a reader of formulas still reads.
 */
import { TEXCLASS, type MmlNode } from '@mathjax/src/js/core/MmlTree/MmlNode.js';
import { compileTex } from './math.js';

/** MathJax's TeX classes: they decide the spaces TeX puts between atoms. */
const { ORD, OP, BIN, REL, OPEN, PUNCT } = TEXCLASS;

/** The formula as Unicode text; undefined when TeX cannot read it (the caller keeps its source). */
export function spelledFormula(tex: string): string | undefined {
  let root: MmlNode;
  try {
    root = compileTex(tex);
  } catch {
    return undefined;
  }
  // Composed, so that `ŷ` is the one character a search for it finds.
  const text = spell(root, false).replace(/\s+/g, ' ').trim().normalize('NFC');
  return text === '' ? undefined : text;
}

/** A node's text; `inScript`: within a sub- or superscript, where TeX puts no spaces between atoms. */
function spell(node: MmlNode, inScript: boolean): string {
  if (node.isToken) return tokenText(node);
  const [base, first, second] = node.childNodes;
  switch (node.kind) {
    case 'msub':
      return scripted(base, first, undefined, inScript);
    case 'msup':
      return scripted(base, undefined, first, inScript);
    case 'msubsup':
      return scripted(base, first, second, inScript);
    case 'munder':
      if (isArrow(base)) return labelledArrow(base!, first, undefined);
      if (isDecoration(first)) return base ? spell(base, inScript) : '';
      return isAccent(first) ? accented(base, first!, inScript, UNDER_ACCENTS) : scripted(base, first, undefined, inScript);
    case 'mover':
      if (isArrow(base)) return labelledArrow(base!, undefined, first);
      if (isDecoration(first)) return base ? spell(base, inScript) : '';
      return isAccent(first) ? accented(base, first!, inScript) : scripted(base, undefined, first, inScript);
    case 'munderover':
      if (isArrow(base)) return labelledArrow(base!, first, second);
      return scripted(base, first, second, inScript);
    case 'mfrac':
      // A fraction with no rule is a binomial's stack (`\binom{n}{k}`, its parentheses around it): `(n k)`, not a division.
      if (String(node.attributes.get('linethickness')).startsWith('0')) return `${spell(base!, inScript)} ${spell(first!, inScript)}`;
      return `${grouped(spell(base!, inScript))}/${grouped(spell(first!, inScript))}`;
    case 'msqrt':
      return `√${grouped(row(node.childNodes, inScript))}`;
    case 'mroot':
      return `${raised(spell(first!, true), '^')}√${grouped(spell(base!, inScript))}`;
    case 'mphantom':
      return '';
    case 'mtable':
      return node.childNodes.map((line) => line.childNodes.map((cell) => spell(cell, inScript)).join(' ')).join('; ');
    default:
      // math, mrow, the inferred row, TeXAtom, mstyle, mpadded, menclose, semantics…: their children.
      return row(node.childNodes, inScript);
  }
}

/**
 * Atoms in a row, spaced as TeX spaces them: around a relation and a binary operator, after punctuation, beside a
 * named operator; and after a word set upright before a letter (`\text{argmax}_x f(x)` is `argmaxₓ f(x)`), which
 * its font sets apart on the page and only a space does in plain text (`argmaxₓf(x)`).
 */
function row(nodes: readonly MmlNode[], inScript: boolean): string {
  let text = '';
  let before: number | undefined;
  let afterWord = false;
  for (const node of nodes) {
    const spelled = spell(node, inScript);
    if (spelled === '') continue;
    let kind = texClassOf(node);
    // A sign with nothing to its left is unary: `-x`, `(-1)`, `= -1`.
    if (kind === BIN && (before === undefined || before === BIN || before === REL || before === OPEN || before === PUNCT || before === OP)) kind = ORD;
    const apart = before !== undefined && (spaceBetween(before, kind) || (afterWord && /^[\p{L}\p{N}]/u.test(spelled)));
    if (!inScript && apart) text += ' ';
    text += spelled;
    before = kind;
    // A named operator's word (`\arg\max`) is spaced by its class, as TeX spaces it.
    afterWord = kind === ORD && isWord(node);
  }
  return text;
}

function spaceBetween(before: number, after: number): boolean {
  if (after === REL || before === REL || after === BIN || before === BIN || before === PUNCT) return true;
  return (before === OP && after === ORD) || (before === ORD && after === OP);
}

/** The nodes that set scripts on a base, their first child. */
const SCRIPTED: ReadonlySet<string> = new Set(['msub', 'msup', 'msubsup', 'munder', 'mover', 'munderover']);

/** A node's TeX class: a scripted atom has its base's, a row none of its own (an ordinary atom). */
function texClassOf(node: MmlNode): number {
  if (SCRIPTED.has(node.kind)) {
    const base = node.childNodes[0];
    return base ? texClassOf(base) : ORD;
  }
  const kind = node.texClass;
  return typeof kind === 'number' && kind >= 0 ? kind : ORD;
}

/** Whether a node is a word of two letters or more set upright (`\text{max}`, `\mathrm{Var}`), scripted or in braces. */
function isWord(node: MmlNode): boolean {
  while (!node.isToken) {
    const [first] = node.childNodes;
    if (!first || !(SCRIPTED.has(node.kind) || node.childNodes.length === 1)) return false;
    node = first;
  }
  return (node.kind === 'mtext' || node.kind === 'mi') && /\p{L}\p{L}$/u.test(tokenText(node));
}

/** A token's characters, in its variant's letters (`\mathbb{R}`: ℝ); the invisible operators MathJax adds are dropped. */
function tokenText(node: MmlNode): string {
  const text = (node as MmlNode & { getText(): string }).getText().replace(/[\u2061-\u2064]/g, '');
  // A space with no width is a strut (an extensible arrow's label has one), `\!` a negative space: neither is a space.
  if (node.kind === 'mspace') return parseFloat(String(node.attributes.get('width'))) > 0 ? ' ' : '';
  if (node.kind === 'mtext') return text.replace(/\u00a0/g, ' ');
  const variant = node.attributes.get('mathvariant');
  return typeof variant === 'string' ? inVariant(text, variant) : text;
}

function scripted(base: MmlNode | undefined, below: MmlNode | undefined, above: MmlNode | undefined, inScript: boolean): string {
  let text = base ? spell(base, inScript) : '';
  if (below) text += lowered(spell(below, true), '_');
  if (above) text += raised(spell(above, true), '^');
  return text;
}

function raised(script: string, mark: string): string {
  return shifted(script, SUPERSCRIPT, mark);
}

function lowered(script: string, mark: string): string {
  return shifted(script, SUBSCRIPT, mark);
}

/** A script in Unicode's raised or lowered characters when it has them all; else as TeX writes it. */
function shifted(script: string, characters: ReadonlyMap<string, string>, mark: string): string {
  if (script === '') return '';
  // `x'` is `x^\prime`, and a prime is printed raised already.
  if (mark === '^' && /^[′″‴]+$/.test(script)) return script;
  const chars = [...script];
  if (chars.every((char) => characters.has(char))) return chars.map((char) => characters.get(char)!).join('');
  return chars.length === 1 ? `${mark}${script}` : `${mark}{${script}}`;
}

/** A combining mark per accent MathJax sets over (or under) its base. */
const COMBINING_ACCENTS: ReadonlyMap<string, string> = new Map([
  ['^', '\u0302'],
  ['ˆ', '\u0302'],
  ['~', '\u0303'],
  ['˜', '\u0303'],
  ['¯', '\u0304'],
  ['‾', '\u0305'],
  ['―', '\u0305'],
  ['ˉ', '\u0304'],
  ['˙', '\u0307'],
  ['¨', '\u0308'],
  ['→', '\u20d7'],
  ['⃗', '\u20d7'],
  ['ˇ', '\u030c'],
  ['´', '\u0301'],
  ['ˊ', '\u0301'],
  ['`', '\u0300'],
  ['ˋ', '\u0300'],
  ['˘', '\u0306'],
  ['˚', '\u030a'],
  ['_', '\u0332'],
]);

/** Marks set under a base, where they differ from the same mark over it: a line under is a low line. */
const UNDER_ACCENTS: ReadonlyMap<string, string> = new Map([...COMBINING_ACCENTS, ['―', '\u0332'], ['‾', '\u0332'], ['¯', '\u0332']]);

/** Braces set over or under a base (`\underbrace{a+b}_{c}`): drawing, no text; the base is what they mark. */
const DECORATIONS: ReadonlySet<string> = new Set(['⏟', '⏞', '︸', '︷', '⎵', '⎴', '⏝', '⏜']);

function isAccent(node: MmlNode | undefined): boolean {
  return node !== undefined && node.isToken && COMBINING_ACCENTS.has(tokenText(node));
}

function isDecoration(node: MmlNode | undefined): boolean {
  return node !== undefined && node.isToken && DECORATIONS.has(tokenText(node));
}

/** `\hat{y}` is `ŷ`, `\bar{x}` `x̄`: the mark combined with each character of its base. */
function accented(base: MmlNode | undefined, accent: MmlNode, inScript: boolean, marks: ReadonlyMap<string, string> = COMBINING_ACCENTS): string {
  const mark = marks.get(tokenText(accent))!;
  const text = base ? spell(base, inScript) : '';
  return [...text].map((char) => (char === ' ' ? char : char + mark)).join('');
}

/**
 * The two ends of each arrow MathJax sets a label over or under (`\xrightarrow{f}`, `\xLeftarrow`,
 * `\overset{f}{\to}`): a shaft at the tail, a head at each end that points.
 */
const ARROW_ENDS: ReadonlyMap<string, readonly [string, string]> = new Map<string, readonly [string, string]>([
  ['→', ['–', '→']],
  ['⟶', ['–', '→']],
  ['←', ['←', '–']],
  ['⟵', ['←', '–']],
  ['↔', ['←', '→']],
  ['⟷', ['←', '→']],
  ['⇒', ['=', '⇒']],
  ['⟹', ['=', '⇒']],
  ['⇐', ['⇐', '=']],
  ['⟸', ['⇐', '=']],
  ['⇔', ['⇐', '⇒']],
  ['⟺', ['⇐', '⇒']],
  ['↦', ['|–', '→']],
  ['⟼', ['|–', '→']],
  ['↪', ['–', '↪']],
  ['↩', ['↩', '–']],
  ['⇀', ['–', '⇀']],
  ['⇁', ['–', '⇁']],
  ['↼', ['↼', '–']],
  ['↽', ['↽', '–']],
  ['⇌', ['↽', '⇀']],
  ['⇋', ['↼', '⇁']],
]);

function isArrow(node: MmlNode | undefined): boolean {
  return node !== undefined && node.isToken && ARROW_ENDS.has(tokenText(node));
}

/**
 * An arrow with its label (over it, and under it after a slash) written on its shaft, between its ends: `–f→`,
 * `A =def⇒ B`, as plain text draws a labelled arrow (`A --f--> B`) and reads it (A goes by f to B). A raised label
 * (`→ᶠ`) needs a superscript of every character and shrinks it past reading; one in parentheses after the arrow
 * (`→(f)`) reads as the arrow applied to f.
 */
function labelledArrow(arrow: MmlNode, below: MmlNode | undefined, above: MmlNode | undefined): string {
  const labels = [above, below].map((label) => (label ? grouped(spell(label, true)) : '')).filter((label) => label !== '');
  if (labels.length === 0) return tokenText(arrow);
  const [left, right] = ARROW_ENDS.get(tokenText(arrow))!;
  return `${left}${labels.join('/')}${right}`;
}

/** A numerator, denominator or root's body of several atoms in parentheses: `(a + b)/2`. */
function grouped(text: string): string {
  return [...text].length <= 1 || /^[\p{L}\p{N}.′∂∇]+$/u.test(text) || /^\(.*\)$/.test(text) ? text : `(${text})`;
}

const SUPERSCRIPT: ReadonlyMap<string, string> = pairs(
  '0123456789+-−=()niabcdefghjklmoprstuvwxyzABDEGHIJKLMNOPRTUVW⊤βγδθιφχ',
  '⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻⁼⁽⁾ⁿⁱᵃᵇᶜᵈᵉᶠᵍʰʲᵏˡᵐᵒᵖʳˢᵗᵘᵛʷˣʸᶻᴬᴮᴰᴱᴳᴴᴵᴶᴷᴸᴹᴺᴼᴾᴿᵀᵁⱽᵂᵀᵝᵞᵟᶿᶥᵠᵡ',
);

const SUBSCRIPT: ReadonlyMap<string, string> = pairs('0123456789+-−=()aehijklmnoprstuvxβγρφχ', '₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓᵦᵧᵨᵩᵪ');

function pairs(from: string, to: string): Map<string, string> {
  const [keys, values] = [[...from], [...to]];
  return new Map(keys.map((key, k) => [key, values[k]!]));
}

/**
 * The first letter of each variant's capitals, small letters and digits in Unicode's mathematical
 * alphanumerics, and the letters that live elsewhere (Letterlike Symbols: ℝ, ℒ, ℌ).
 */
const VARIANTS: Readonly<Record<string, { upper: number; lower?: number; digit?: number; elsewhere: Readonly<Record<string, string>> }>> = {
  bold: { upper: 0x1d400, lower: 0x1d41a, digit: 0x1d7ce, elsewhere: {} },
  script: { upper: 0x1d49c, lower: 0x1d4b6, elsewhere: { B: 'ℬ', E: 'ℰ', F: 'ℱ', H: 'ℋ', I: 'ℐ', L: 'ℒ', M: 'ℳ', R: 'ℛ', e: 'ℯ', g: 'ℊ', o: 'ℴ' } },
  'double-struck': { upper: 0x1d538, lower: 0x1d552, digit: 0x1d7d8, elsewhere: { C: 'ℂ', H: 'ℍ', N: 'ℕ', P: 'ℙ', Q: 'ℚ', R: 'ℝ', Z: 'ℤ' } },
  fraktur: { upper: 0x1d504, lower: 0x1d51e, elsewhere: { C: 'ℭ', H: 'ℌ', I: 'ℑ', R: 'ℜ', Z: 'ℨ' } },
};

/** MathJax's names for variants that are spelled as another: `\mathcal` in script letters, bold upright or slanted alike. */
const VARIANT_OF: Readonly<Record<string, string>> = {
  '-tex-calligraphic': 'script',
  '-tex-bold-calligraphic': 'script',
  'bold-script': 'script',
  'bold-italic': 'bold',
  '-tex-bold-oldstyle': 'bold',
  'bold-fraktur': 'fraktur',
};

/** Text in a variant's letters; an italic or upright variant is the plain letters, which read best. */
function inVariant(text: string, variant: string): string {
  const letters = VARIANTS[VARIANT_OF[variant] ?? variant];
  if (!letters) return text;
  return text.replace(/[A-Za-z0-9]/g, (char) => {
    const elsewhere = letters.elsewhere[char];
    if (elsewhere) return elsewhere;
    const code = char.charCodeAt(0);
    if (code <= 0x39) return letters.digit === undefined ? char : String.fromCodePoint(letters.digit + code - 0x30);
    if (code <= 0x5a) return String.fromCodePoint(letters.upper + code - 0x41);
    return letters.lower === undefined ? char : String.fromCodePoint(letters.lower + code - 0x61);
  });
}
