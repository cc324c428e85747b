/**
 * BBCode's `[url=…]text[/url]` as a Markdown link, read in one pass: a pattern that read on from each `[url=` to a
 * `[/url]` read to the line's end from each one left open, time quadratic in those (20,000 on a line took 7 s).
 */
import { ForwardSearches } from './forward-searches.js';
import { linkDestination } from './markdown-link.js';

/**
 * The text with each `[url=address]text[/url]` as `[text](address)`: the address runs to a `]` (no space in it), the
 * text to the first `[/url]`, on its line and never empty; an opening that has none is left as written.
 */
export function bbcodeLinks(text: string): string {
  const searches = new ForwardSearches<number>((at) => at);
  const first = (pattern: RegExp, from: number) =>
    searches.find(pattern.source, from, () => {
      const found = new RegExp(pattern.source, 'gi');
      found.lastIndex = from;
      return found.exec(text)?.index ?? -1;
    });
  let read = '';
  let from = 0;
  for (let at = first(OPENING, 0); at !== -1; at = first(OPENING, at + 1)) {
    if (at < from) continue;
    const addressEnd = first(ADDRESS_END, at + 5);
    if (addressEnd === -1 || addressEnd === at + 5 || text[addressEnd] !== ']') continue;
    const textStart = addressEnd + 1;
    const closing = first(CLOSING, textStart);
    const lineEnd = first(LINE_END, textStart);
    if (closing === -1 || closing === textStart || (lineEnd !== -1 && lineEnd < closing)) continue;
    read += `${text.slice(from, at)}[${text.slice(textStart, closing)}](${linkDestination(text.slice(at + 5, addressEnd))})`;
    from = closing + 6;
  }
  return read + text.slice(from);
}

const OPENING = /\[url=/;
/** Where an address ends: its `]`, or a space that ends it unclosed. */
const ADDRESS_END = /[\]\s]/;
const CLOSING = /\[\/url\]/;
/** A line's end, as a pattern's `.` stops at. */
const LINE_END = /[\n\r\u2028\u2029]/;
