/** How a report names the lines of what it speaks of: "line 12", "lines 12-15". */
export function lineRange(first: number, last: number): string {
  return last > first ? `lines ${first}-${last}` : `line ${first}`;
}

/** The same, from the points where it starts and ends in the tree ("line ?" where the tree knows no place). */
export function lineSpan(first: { line: number } | undefined, last: { line: number } | undefined): string {
  return first === undefined ? 'line ?' : lineRange(first.line, last?.line ?? first.line);
}
