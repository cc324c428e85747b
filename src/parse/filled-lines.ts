/**
 * The nearest line that holds something, over or under a line: the blog's chrome readers (post-likes.ts, post-tags.ts)
 * judge a line by its neighbours across the blank lines a copy leaves between them.
 */

/** The nearest filled line over (`step` -1) or under (`step` 1) line `index` of `lines`, if any. */
export function filledNear(lines: readonly string[], index: number, step: -1 | 1): number | undefined {
  let near = index + step;
  while (near >= 0 && near < lines.length && lines[near]!.trim() === '') near += step;
  return near >= 0 && near < lines.length ? near : undefined;
}
