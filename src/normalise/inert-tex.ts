/**
 * TeX that MathJax would turn into something active, made inert.
 *
 * Anki typesets `\(...\)` and `\[...\]` with MathJax 3, autoloading its `html` extension, and so
 * does a page that renders answer.html with MathJax's defaults. Then
 * `\href{javascript:alert(1)}{x}` is a link that runs a script, `\style{position:fixed;...}{x}`
 * covers the card, `\cssId{answer}{x}` takes the id Anki scrolls to, and `\mmlToken` may set any
 * of those attributes (`href` and `style` among them), `\bbox[...]` any CSS. `\require` loads more
 * extensions.
 *
 * Each such command is dropped with its arguments but for the one MathJax shows (the formula a
 * link was made of: `\href{url}{x}` becomes `{x}`); `\require{...}` goes whole. The braces left
 * in its place keep the text on either side from joining into a new command name.
 *
 * TeX is read token by token: `\\href` is a line break and the word "href", not the command.
 */

/** Per active command: how many arguments it takes, and whether the last one is what it shows. */
const ACTIVE: ReadonlyMap<string, { before: number; shows: boolean; brackets?: true }> = new Map([
  ['href', { before: 1, shows: true }],
  ['style', { before: 1, shows: true }],
  ['class', { before: 1, shows: true }],
  ['cssId', { before: 1, shows: true }],
  ['data', { before: 1, shows: true }],
  // \mmlToken{mi}[href="..."]{x}
  ['mmlToken', { before: 1, shows: true, brackets: true }],
  // \bbox[position:fixed;...]{x}: its options are CSS.
  ['bbox', { before: 0, shows: true, brackets: true }],
  ['require', { before: 1, shows: false }],
]);

const ACTIVE_WORD = /\\(?:href|style|class|cssId|data|mmlToken|bbox|require)(?![A-Za-z])/;
/** Where MathJax, by its defaults or Anki's, finds math in running text. */
const TEX_DELIMITER = /\\\(|\\\[|\$\$|\\begin\s*\{/;

/** Whether `tex` may hold an active command (a quick test: `inertTex` reads it properly). */
export function mayHoldActiveTex(tex: string): boolean {
  return ACTIVE_WORD.test(tex);
}

/** `tex` with every active command dropped (see above); the same string when it has none. */
export function inertTex(tex: string): string {
  let current = tex;
  // A command's shown argument may hold another: each pass drops at least one, so this ends.
  while (mayHoldActiveTex(current)) {
    const next = dropActiveCommands(current);
    if (next === current) break;
    current = next;
  }
  return current;
}

/**
 * Text outside a formula, which MathJax reads as math only where it holds a delimiter (an escaped
 * `\\(` written in the source): then every active command in it is dropped as a formula's are,
 * inside the delimiters or not. Text without a delimiter is left as written ("use \href{url}{text}
 * in LaTeX" in a sentence is not typeset).
 */
export function inertTexInText(text: string): string {
  return mayHoldActiveTex(text) && TEX_DELIMITER.test(text) ? inertTex(text) : text;
}

/**
 * The pieces of a run of text MathJax reads as one string, made inert together: MathJax joins the
 * text on either side of a line break (`<br>`), so a delimiter in one piece and a command in the
 * next make one formula. Undefined when nothing changes. A piece boundary a dropped argument held
 * is gone: the result may have fewer pieces.
 */
export function inertTexInRun(pieces: readonly string[]): string[] | undefined {
  if (!mayHoldActiveTex(pieces.join(''))) return undefined;
  const joined = pieces.map((piece) => piece.replaceAll(PIECE_BREAK, '')).join(PIECE_BREAK);
  const inert = inertTexInText(joined);
  return inert === joined ? undefined : inert.split(PIECE_BREAK);
}

/** How a tree spells a run's parts: which of its nodes is a line break, and how to make text and breaks. */
export interface RunNodes<N> {
  /** The text of a text node, `'break'` for a line break; other nodes of the run (`<wbr>`) join what stands on either side. */
  read(node: N): string | 'break' | undefined;
  text(value: string): N;
  lineBreak(): N;
}

/**
 * A run of text and line-break nodes (mdast or hast) as MathJax reads it, made inert together
 * (`inertTexInRun`): the nodes to put in its place, or undefined when nothing changes.
 */
export function inertRunNodes<N>(run: readonly N[], nodes: RunNodes<N>): N[] | undefined {
  const pieces = [''];
  for (const node of run) {
    const part = nodes.read(node);
    if (part === 'break') pieces.push('');
    else if (part !== undefined) pieces[pieces.length - 1] += part;
  }
  return inertTexInRun(pieces)?.flatMap((piece, k) => [...(k > 0 ? [nodes.lineBreak()] : []), ...(piece !== '' ? [nodes.text(piece)] : [])]);
}

/** Stands for a line break between the pieces of a run: a private-use character, in no note's TeX. */
const PIECE_BREAK = '\ue000';

function dropActiveCommands(tex: string): string {
  let out = '';
  let at = 0;
  let i = 0;
  while (i < tex.length) {
    if (tex[i] !== '\\') {
      i++;
      continue;
    }
    const word = /^[A-Za-z]+/.exec(tex.slice(i + 1, i + 1 + 32))?.[0];
    if (word === undefined) {
      // A control symbol (`\\`, `\{`): two characters, whatever the second is.
      i += 2;
      continue;
    }
    const command = ACTIVE.get(word);
    const afterWord = i + 1 + word.length;
    if (command === undefined || /^[A-Za-z]/.test(tex.slice(afterWord, afterWord + 1))) {
      i = afterWord;
      continue;
    }
    const parsed = argumentsOf(tex, afterWord, command);
    out += tex.slice(at, i) + `{${parsed?.shown ?? ''}}`;
    at = i = parsed?.end ?? afterWord;
  }
  return at === 0 ? tex : out + tex.slice(at);
}

/** The arguments of an active command from `from`: the end of the last, and the shown one's text. Undefined when they are not all there. */
function argumentsOf(tex: string, from: number, command: { before: number; shows: boolean; brackets?: true }): { end: number; shown: string } | undefined {
  let at = from;
  for (let n = 0; n < command.before; n++) {
    const argument = argumentAt(tex, at);
    if (!argument) return undefined;
    at = argument.end;
  }
  if (command.brackets) {
    const open = skipSpaces(tex, at);
    if (tex[open] === '[') {
      const close = tex.indexOf(']', open);
      if (close < 0) return undefined;
      at = close + 1;
    }
  }
  if (!command.shows) return { end: at, shown: '' };
  const shown = argumentAt(tex, at);
  return shown && { end: shown.end, shown: shown.text };
}

function skipSpaces(tex: string, at: number): number {
  while (at < tex.length && /\s/.test(tex[at]!)) at++;
  return at;
}

/** A TeX argument from `from`: a braced group (its inside) or one token. */
function argumentAt(tex: string, from: number): { end: number; text: string } | undefined {
  const at = skipSpaces(tex, from);
  if (at >= tex.length) return undefined;
  if (tex[at] === '{') {
    let depth = 0;
    for (let i = at; i < tex.length; i++) {
      const char = tex[i]!;
      if (char === '\\') i++;
      else if (char === '{') depth++;
      else if (char === '}' && --depth === 0) return { end: i + 1, text: tex.slice(at + 1, i) };
    }
    return undefined;
  }
  if (tex[at] === '}') return undefined;
  if (tex[at] === '\\') {
    // A lone backslash at the very end is no token: the argument is missing.
    const word = /^\\(?:[A-Za-z]+|[\s\S])/.exec(tex.slice(at, at + 34))?.[0];
    return word === undefined ? undefined : { end: at + word.length, text: word };
  }
  const char = String.fromCodePoint(tex.codePointAt(at)!);
  return { end: at + char.length, text: char };
}
