/**
 * The least indent of the lines that hold text, in spaces and tabs (one column each), or 0 when none does: what
 * a block's lines share, taken off each when a reader writes the block as Markdown (AsciiDoc's literal paragraph,
 * reStructuredText's code).
 */
export function leastIndent(lines: Iterable<string>): number {
  let least = Infinity;
  for (const line of lines) if (line.trim() !== '') least = Math.min(least, /^[ \t]*/.exec(line)![0].length);
  return least === Infinity ? 0 : least;
}
