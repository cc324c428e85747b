/**
 * Anki's MathJax understands `\(...\)` and `\[...\]` only; `$...$` and `$$...$$` left in a text
 * would show as dollars. This converts them in plain text (the caller skips code and existing math).
 *
 * To leave prices alone ("costs $5 or $10"), inline math follows Pandoc's rule: the opening `$`
 * is followed by a non-space, the closing `$` is preceded by a non-space and not followed by a
 * digit. `\$` is a literal dollar.
 */
export function convertDollarMath(text: string): string {
  if (!text.includes('$')) return text;
  const closers = inlineClosers(text);
  let nextCloser = 0;
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = nextUnescaped(text, '$', i);
    if (dollar < 0) break;
    out += text.slice(i, dollar);
    if (text.startsWith('$$', dollar)) {
      const close = nextUnescaped(text, '$$', dollar + 2);
      const body = close < 0 ? '' : text.slice(dollar + 2, close);
      if (body.trim() !== '') {
        out += `\\[${body}\\]`;
        i = close + 2;
        continue;
      }
      out += '$$';
      i = dollar + 2;
      continue;
    }
    while (nextCloser < closers.length && closers[nextCloser]! <= dollar) nextCloser++;
    const close = closers[nextCloser];
    const first = text[dollar + 1]!;
    if (close === undefined || close - dollar > MAX_INLINE_MATH || /\s/.test(first)) {
      out += '$';
      i = dollar + 1;
      continue;
    }
    out += `\\(${text.slice(dollar + 1, close)}\\)`;
    i = close + 1;
  }
  return out + text.slice(i);
}

/**
 * Inline math longer than this is not math but two stray dollars (and a bound keeps the search
 * from running over a whole document).
 */
const MAX_INLINE_MATH = 1000;

/**
 * Every `$` that can close inline math, in order: not escaped, not next to another `$`, preceded
 * by a non-space and not followed by a digit. Found in one pass, so converting stays linear
 * however many stray dollars a text has.
 */
function inlineClosers(text: string): number[] {
  const closers: number[] = [];
  for (let at = nextUnescaped(text, '$', 0); at >= 0; at = nextUnescaped(text, '$', at + 1)) {
    const before = text[at - 1] ?? ' ';
    const after = text[at + 1] ?? '';
    if (before !== '$' && after !== '$' && !/\s/.test(before) && !/[0-9]/.test(after)) closers.push(at);
  }
  return closers;
}

function nextUnescaped(text: string, needle: string, from: number): number {
  let at = text.indexOf(needle, from);
  while (at >= 0 && isEscaped(text, at)) at = text.indexOf(needle, at + 1);
  return at;
}

/** True when an odd number of backslashes precede position `at`. */
function isEscaped(text: string, at: number): boolean {
  let backslashes = 0;
  for (let j = at - 1; j >= 0 && text[j] === '\\'; j--) backslashes++;
  return backslashes % 2 === 1;
}
