/** Where each of `lines` (a text split at its line feeds) starts in the text: a node's offset from its line and column. */
export function lineStarts(lines: readonly string[]): number[] {
  const starts: number[] = [];
  let offset = 0;
  for (const line of lines) {
    starts.push(offset);
    offset += line.length + 1;
  }
  return starts;
}
