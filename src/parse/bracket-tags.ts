/**
 * BBCode's tags looked for in a line up to its last `]` only. A tag's pattern (`[size=…]`, `[quote=…]`) reads its
 * value on to a `]`: after the line's last one, each opening read on to the line's end and failed there, time
 * quadratic in such openings (100 lines of 16,000 characters of `[quote=a ` took 50 s). A pattern that ends with
 * `]` has no match after the last one, and finds the same up to it.
 */

/** The line up to its last `]`, where a tag's pattern may match. */
export function upToLastBracket(line: string): string {
  return line.slice(0, line.lastIndexOf(']') + 1);
}

/** The line with what `tag` (a pattern that ends with `]`) matches replaced, as `String.replace` does. */
export function replaceTags(line: string, tag: RegExp, replacement: string | ((found: string, ...groups: string[]) => string)): string {
  const end = line.lastIndexOf(']') + 1;
  const head = line.slice(0, end);
  return (typeof replacement === 'string' ? head.replace(tag, replacement) : head.replace(tag, replacement)) + line.slice(end);
}
