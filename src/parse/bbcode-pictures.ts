/**
 * BBCode's `[img]address[/img]` and `[img=…]address[/img]` as a Markdown picture, read in one pass: a pattern that
 * read on from each `[img=` to the `]` after it read that far again from each opening before it, time quadratic in
 * openings nested in one another's values (`[img=[img=[img=…]`: 20,000 on a line took 5 s).
 */
import { linkDestination } from './markdown-link.js';

/**
 * The line with each picture as `![](address)`: an opening `[img]` or `[img=value]` (its value up to the first `]`, on
 * its line), the address right after it (no space or `[` in it, never empty), then `[/img]`. Every opening before the
 * same `]` has the same address after it: one that fails there is passed over with all of them.
 */
export function bbcodePictures(line: string): string {
  let read = '';
  let from = 0;
  const openings = /\[img(?=[=\]])/gi;
  for (let opening = openings.exec(line); opening; opening = openings.exec(line)) {
    const at = opening.index;
    const close = line.indexOf(']', at + 4);
    if (close === -1) break;
    const newline = line.lastIndexOf('\n', close);
    if (newline > at) {
      // A value never runs over a line's end: an opening after it may still be one.
      openings.lastIndex = newline + 1;
      continue;
    }
    ADDRESS.lastIndex = close + 1;
    const address = ADDRESS.exec(line)?.[0];
    const end = close + 1 + (address?.length ?? 0);
    if (address === undefined || line.slice(end, end + 6).toLowerCase() !== '[/img]') {
      openings.lastIndex = close;
      continue;
    }
    read += `${line.slice(from, at)}![](${linkDestination(address)})`;
    from = end + 6;
    openings.lastIndex = from;
  }
  return read + line.slice(from);
}

/** A picture's address: up to a space or a `[`. */
const ADDRESS = /[^[\s]+/y;
