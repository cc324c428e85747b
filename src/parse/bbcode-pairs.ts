/**
 * The pairs of tags that tell a note is a BBCode post, counted in one pass: a pattern that searched on from each
 * opening to its closing, or to the note's end when it had none, took time quadratic in the openings left open
 * (20,000 `[b]` took 1.6 s, 100,000 38 s).
 */
import { ForwardSearches } from './forward-searches.js';

/** An opening tag of the tags that tell a post: 1 its name, 2 `=` when a value follows it up to its `]`. */
const TELLING_OPENING = /\[(b|code|quote)([=\]])/gi;

/**
 * How many pairs of `[b]`, `[code]` or `[quote]` (`[code=python]` too) and their closing tags the text holds, up to
 * `enough`: from its start, an opening pairs with the first closing of its name after it, and the next pair is
 * looked for after that closing; an opening never closed, or whose value runs past its line, is passed over.
 */
export function tellingPairs(text: string, enough: number): number {
  const searches = new ForwardSearches<number>((at) => at);
  const opening = new RegExp(TELLING_OPENING.source, TELLING_OPENING.flags);
  let pairs = 0;
  for (let found = opening.exec(text); found && pairs < enough; found = opening.exec(text)) {
    const name = found[1]!.toLowerCase();
    const valueFrom = opening.lastIndex;
    const valueEnd = found[2] === '=' ? searches.find('value', valueFrom, () => bracketOrLineEnd(text, valueFrom)) : valueFrom - 1;
    const closing = text[valueEnd] === ']' ? searches.find(name, valueEnd + 1, () => closingAt(text, name, valueEnd + 1)) : -1;
    if (closing === -1) opening.lastIndex = found.index + 1;
    else {
      pairs++;
      opening.lastIndex = closing + name.length + 3;
    }
  }
  return pairs;
}

/** Where the first `]` or line end at or after `from` is (the text's end when neither is). */
function bracketOrLineEnd(text: string, from: number): number {
  const found = /[\]\n]/g;
  found.lastIndex = from;
  return found.exec(text)?.index ?? text.length;
}

/** Where the first closing tag of `name` at or after `from` starts, -1 when none does. */
function closingAt(text: string, name: string, from: number): number {
  const closing = new RegExp(`\\[\\/${name}\\]`, 'gi');
  closing.lastIndex = from;
  return closing.exec(text)?.index ?? -1;
}
