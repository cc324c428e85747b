/**
 * The check every kept table of runs makes (match-record.ts): run `r` of a
 * flat array is `starts[r]..starts[r + 1]`, so the starts must begin at 0,
 * never go down, and end at the array's length, or a damaged record would
 * be read out of bounds.
 */
export function areRunStarts(starts: Int32Array, end: number): boolean {
  if (starts.length === 0 || starts[0] !== 0 || starts[starts.length - 1] !== end) return false;
  for (let r = 1; r < starts.length; r++) if (starts[r]! < starts[r - 1]!) return false;
  return true;
}
