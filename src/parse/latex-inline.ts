/**
 * A line of a LaTeX note's text as Markdown (latex-note.ts reads the note's blocks): `\textbf`, `\emph`, `\texttt`,
 * `\verb`, `\href`, `\url`, `\includegraphics`, `\footnote` as Markdown writes them, TeX's quotes, dashes, ties and
 * escapes as the characters they print, a citation as its keys; references, labels, spacing and size left out;
 * formulas as written; what Markdown would read and LaTeX does not escaped. Any other command stays as written.
 */
import { codeSpanOf } from './code-spans.js';
import { escapedLineHead } from './line-head.js';
import { autolink, linkDestination } from './markdown-link.js';

/**
 * How far an argument or a formula is looked for: farther than any a note writes on one line, and a bound,
 * so that a line of many braces nothing closes is not read again from each.
 */
const LONGEST_ARGUMENT = 4000;

/** The braced argument opening at `at` (its `{`), balanced, on this line: its content and where it ends. */
export function argumentAt(text: string, at: number): { content: string; end: number } | undefined {
  if (text[at] !== '{') return undefined;
  let depth = 0;
  const last = Math.min(text.length, at + LONGEST_ARGUMENT);
  for (let k = at; k < last; k++) {
    const c = text[k];
    if (c === '\\') k++;
    else if (c === '{') depth++;
    else if (c === '}' && --depth === 0) return { content: text.slice(at + 1, k), end: k + 1 };
  }
  return undefined;
}

/** Commands whose one argument is shown as Markdown marks it, or as it is. */
const WRAPPING: Record<string, [string, string]> = {
  textbf: ['**', '**'],
  alert: ['**', '**'],
  emph: ['*', '*'],
  textit: ['*', '*'],
  textsl: ['*', '*'],
  sout: ['~~', '~~'],
};
const PLAIN = new Set(['underline', 'uline', 'textsc', 'textrm', 'textsf', 'textup', 'textnormal', 'mbox', 'text', 'fbox', 'hl', 'textmd', 'enquote']);
/** Commands left out with their argument: numbers and keys the note does not hold, spacing. */
const DROPPED = new Set(['label', 'ref', 'eqref', 'pageref', 'autoref', 'cref', 'Cref', 'index', 'vspace', 'hspace', 'phantom', 'hphantom', 'vphantom', 'nocite', 'note', 'column', 'framesubtitle']);
/** Beamer's overlays (`\only<2>{…}`, `\uncover<3->{…}`): their text, whatever slide shows it. */
const OVERLAYS = new Set(['only', 'uncover', 'visible', 'onslide', 'invisible', 'alt', 'temporal']);
/** Citations: their keys, in brackets, where LaTeX prints the bibliography's number or name. */
const CITATIONS = new Set(['cite', 'citep', 'citet', 'parencite', 'textcite', 'autocite']);
/** Commands that print a character, or nothing (declarations of size and shape). */
const SYMBOLS: Record<string, string> = {
  LaTeX: 'LaTeX',
  TeX: 'TeX',
  ldots: '…',
  dots: '…',
  textellipsis: '…',
  textendash: '–',
  textemdash: '—',
  textasciitilde: '~',
  textbackslash: '\\\\',
  textbar: '|',
  S: '§',
  copyright: '©',
  checkmark: '✓',
  newline: '',
  linebreak: '',
  pause: '',
  titlepage: '',
  par: '',
  quad: ' ',
  qquad: ' ',
  bfseries: '',
  itshape: '',
  ttfamily: '',
  centering: '',
  noindent: '',
  small: '',
  footnotesize: '',
  scriptsize: '',
  tiny: '',
  normalsize: '',
  large: '',
  Large: '',
  LARGE: '',
  huge: '',
  Huge: '',
};
/** `\&` and its kin: the character itself, escaped where Markdown would read it. */
const ESCAPED: Record<string, string> = { '&': '&', '%': '%', '#': '\\#', _: '\\_', $: '\\$', '{': '{', '}': '}', ' ': ' ', ',': ' ', ';': ' ', ':': ' ', '!': '', '/': '' };

/**
 * One line of LaTeX text as Markdown (see the module's comment). `atLineStart`: the text opens a line of the
 * Markdown, where `- `, `1. ` and `>` would open a block.
 */
export function inlineMarkdown(text: string, atLineStart = false): string {
  let out = '';
  let k = 0;
  while (k < text.length) {
    const c = text[k]!;
    const formula = formulaAt(text, k);
    if (formula) {
      out += text.slice(k, formula);
      k = formula;
      continue;
    }
    if (c === '\\') {
      const name = /^[A-Za-z]+\*?/.exec(text.slice(k + 1))?.[0];
      if (!name) {
        const next = text[k + 1];
        if (next === '\\') {
          // A line break: the Markdown joins the lines of a paragraph anyway. Its `[2pt]` is spacing.
          k += 2;
          const spacing = /^\[[^\]\n]*\]/.exec(text.slice(k));
          if (spacing) k += spacing[0].length;
          out += ' ';
        } else if (next !== undefined && next in ESCAPED) {
          out += ESCAPED[next];
          k += 2;
        } else {
          out += c;
          k++;
        }
        continue;
      }
      const after = k + 1 + name.length;
      const bare = name.replace(/\*$/, '');
      if (bare === 'verb') {
        const delimiter = text[after];
        const close = delimiter === undefined ? -1 : text.indexOf(delimiter, after + 1);
        if (close > after) {
          out += codeSpanOf(text.slice(after + 1, close));
          k = close + 1;
          continue;
        }
      }
      // A Beamer overlay (`<2->`) before the options and the argument: which slides show it.
      const overlay = /^<[^>\n]{0,20}>/.exec(text.slice(skipSpaces(text, after)));
      const at = skipSpaces(text, overlay ? skipSpaces(text, after) + overlay[0].length : after);
      const options = /^\[[^\]\n]*\]/.exec(text.slice(at));
      const braceAt = options ? skipSpaces(text, at + options[0].length) : at;
      const argument = argumentAt(text, braceAt);
      if (argument) {
        const content = argument.content;
        let shown: string | undefined;
        if (WRAPPING[bare]) shown = `${WRAPPING[bare][0]}${inlineMarkdown(content).trim()}${WRAPPING[bare][1]}`;
        else if (PLAIN.has(bare) || OVERLAYS.has(bare)) shown = inlineMarkdown(content);
        else if (bare === 'texttt') shown = codeSpanOf(plainText(content));
        else if (bare === 'url') shown = autolink(content.replace(/\\([%#_&])/g, '$1'));
        else if (bare === 'includegraphics') shown = `![](${linkDestination(content.trim())})`;
        else if (bare === 'footnote') shown = ` (${inlineMarkdown(content).trim()})`;
        else if (DROPPED.has(bare)) shown = '';
        else if (CITATIONS.has(bare)) shown = `(${escapedKeys(content)})`;
        else if (bare === 'href') {
          const words = argumentAt(text, skipSpaces(text, argument.end));
          if (words) {
            out += `[${inlineMarkdown(words.content).trim()}](${linkDestination(content.replace(/\\([%#_&])/g, '$1'))})`;
            k = words.end;
            continue;
          }
        }
        if (shown !== undefined) {
          // A reference's tie (`Figure~\ref{f}`) goes with it.
          if (shown === '' && out.endsWith(' ') && DROPPED.has(bare)) out = out.replace(/ +$/, '');
          out += shown;
          k = argument.end;
          continue;
        }
      }
      if (bare in SYMBOLS) {
        out += SYMBOLS[bare];
        k = after;
        // A command word eats the space after it (`\LaTeX\ is`, `\ldots and`): TeX's rule, kept where it prints a word.
        if (SYMBOLS[bare] === '' && text[k] === ' ') k++;
        continue;
      }
      out += text.slice(k, after);
      k = after;
      continue;
    }
    if (c === '~') out += ' ';
    else if (text.startsWith('---', k)) {
      out += '—';
      k += 3;
      continue;
    } else if (text.startsWith('--', k)) {
      out += '–';
      k += 2;
      continue;
    } else if (text.startsWith('``', k)) {
      out += '“';
      k += 2;
      continue;
    } else if (text.startsWith("''", k)) {
      out += '”';
      k += 2;
      continue;
    } else if (c === '`') out += '‘';
    else if (c === '*' || c === '_') out += `\\${c}`;
    else if (c === '<' && /[A-Za-z/!?]/.test(text[k + 1] ?? '')) out += '\\<';
    else out += c;
    k++;
  }
  return atLineStart ? escapedLineHead(out) : out;
}

/**
 * Lines of text that a command's argument runs over (`\textbf{What is the bias-variance` over `tradeoff?}`, as an editor
 * wraps it), read as one text and given back line for line, each opening a line of the Markdown: undefined when the
 * reading does not keep the lines apart (an argument left out, a file's name), for the caller to read each alone.
 */
export function inlineMarkdownLines(lines: readonly string[]): string[] | undefined {
  const read = inlineMarkdown(lines.join('\n')).split('\n');
  return read.length === lines.length ? read.map((line) => escapedLineHead(line)) : undefined;
}

/** Where a formula opening at `k` ends (after its closing delimiter), or undefined: `$…$`, `$$…$$`, `\(…\)`, `\[…\]`, on one line. */
function formulaAt(text: string, k: number): number | undefined {
  const pairs: Array<[string, string]> = [
    ['$$', '$$'],
    ['\\(', '\\)'],
    ['\\[', '\\]'],
    ['$', '$'],
  ];
  for (const [open, close] of pairs) {
    if (!text.startsWith(open, k)) continue;
    const window = text.slice(k, k + LONGEST_ARGUMENT);
    for (let end = window.indexOf(close, open.length); end >= 0; end = window.indexOf(close, end + 1)) {
      if (window[end - 1] !== '\\' || close.startsWith('\\')) return k + end + close.length;
    }
    // Unclosed on this line: the rest is the formula's, as TeX would read on.
    return open === '$' || open === '$$' || open === '\\(' ? text.length : undefined;
  }
  return undefined;
}

/** Citation keys as text: `kingma2014, he2016` (an underscore in a key is no emphasis). */
function escapedKeys(keys: string): string {
  return keys
    .split(',')
    .map((key) => key.trim().replace(/[*_<]/g, '\\$&'))
    .join(', ');
}

function skipSpaces(text: string, at: number): number {
  while (text[at] === ' ' || text[at] === '\t') at++;
  return at;
}

/** Text as typed in a `\texttt`: its escapes as the characters they print, nothing else read. */
function plainText(text: string): string {
  return text.replace(/\\([%#_&${}])/g, '$1').replace(/\\textbackslash(?:\{\})?/g, '\\').replace(/~/g, ' ');
}
