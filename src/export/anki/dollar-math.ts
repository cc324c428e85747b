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
  let out = '';
  let i = 0;
  while (i < text.length) {
    const dollar = nextDollar(text, i);
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
    const close = inlineClose(text, dollar);
    if (close < 0) {
      out += '$';
      i = dollar + 1;
      continue;
    }
    out += `\\(${text.slice(dollar + 1, close)}\\)`;
    i = close + 1;
  }
  return out + text.slice(i);
}

/** Index of the next `$` not escaped by a backslash, or -1. */
function nextDollar(text: string, from: number): number {
  return nextUnescaped(text, '$', from);
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

/**
 * Inline math longer than this is not math but two stray dollars; the bound also keeps a text full
 * of unmatched dollars linear instead of quadratic.
 */
const MAX_INLINE_MATH = 1000;

/** Closing `$` of inline math opened at `open`, or -1 when this `$` does not open math. */
function inlineClose(text: string, open: number): number {
  const first = text[open + 1];
  if (first === undefined || /\s/.test(first)) return -1;
  let close = nextDollar(text, open + 1);
  while (close >= 0 && close - open <= MAX_INLINE_MATH) {
    const before = text[close - 1] ?? '';
    const after = text[close + 1] ?? '';
    if (text[close + 1] === '$') return -1; // `$a$$`: ambiguous, leave it as written
    if (!/\s/.test(before) && !/[0-9]/.test(after)) return close;
    close = nextDollar(text, close + 1);
  }
  return -1;
}
