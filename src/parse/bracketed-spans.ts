/**
 * Pandoc's attributes on inline text, as `pandoc -t markdown` writes a Word document's underlining and styles:
 * - a bracketed span, `[The area under the ROC curve.]{.underline}` (`[text]{#id .class key=val}`), is its text:
 *   the brackets and the attributes vanish (its `[` may stand on a line above, as pandoc wraps the paragraph);
 * - a link's or picture's attributes, `[text](url){.class}`, `![plot](roc.png){width=50%}`, vanish; the link stays.
 * - a code span's attributes, `` `x = 1`{.python} `` (`{#id .class}`), vanish; the code stays.
 * A `[x]` task box or a `[1]` marker has no attributes after it and is left alone, as is what a code span holds.
 */
import { isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';

/** An attribute of pandoc's: `.class`, `#id`, `key=value` (the value bare or quoted). */
const ATTRIBUTE = String.raw`(?:[.#][\w:-]+|[\w-]+=(?:"[^"\n]*"|'[^'\n]*'|[^\s"'}]+))`;
const ATTRIBUTES = String.raw`\{[ \t]*${ATTRIBUTE}(?:[ \t]+${ATTRIBUTE})*[ \t]*\}`;
/** A link's or picture's destination (one level of parentheses in it), then its attributes (group 1). */
const LINK_ATTRIBUTES = new RegExp(String.raw`\]\((?:[^()\n]|\([^()\n]*\))*\)(${ATTRIBUTES})`, 'g');
/** A span's closing bracket (not an escaped one, nor a wikilink's), then its attributes. */
const SPAN_END = new RegExp(String.raw`(?<![\\\]])\]${ATTRIBUTES}`, 'g');

/** Attributes at the head of the text, as they follow what they belong to. */
const LEADING_ATTRIBUTES = new RegExp(`^${ATTRIBUTES}`);

export function readBracketedSpans(line: ProseLine, reading: MarkupReading): void {
  readCodeAttributes(line, reading);
  const text = reading.text.slice(line.start, line.end);
  if (!text.includes(']')) return;
  for (const link of text.matchAll(LINK_ATTRIBUTES)) {
    const start = line.start + link.index + link[0].length - link[1]!.length;
    if (!isLiteral(reading, start, start + link[1]!.length)) reading.text.blank(start, start + link[1]!.length);
  }
  for (const span of text.matchAll(SPAN_END)) {
    const end = line.start + span.index;
    if (isLiteral(reading, end, end + span[0].length)) continue;
    const open = openingBracket(reading, end);
    if (open === undefined) continue;
    reading.text.blank(end, end + span[0].length);
    reading.text.blank(open, open + 1);
    // A `[` that opened a line above, blanked, would leave that line's text indented (as code, four spaces in).
    const head = reading.source.lastIndexOf('\n', open) + 1;
    if (open < line.start && /^[ \t>]*$/.test(reading.source.slice(head, open)) && open - head >= 3) {
      const lineEnd = reading.source.indexOf('\n', open);
      reading.text.closeLineHead(head + /^[ \t>]*/.exec(reading.source.slice(head, open))![0].length, lineEnd < 0 ? reading.source.length : lineEnd);
    }
  }
}

/**
 * Where the search back from the `]` at `close`, no bracket open, stopped without a `[`: at the paragraph's head
 * (`image` undefined) or at an image's `![` (its `[` at `image`), while the text up to `close` is as it was at
 * `mark`. A later search that comes down to `close` goes on from there: many `]` with no `[` in a paragraph were each
 * searched back to its head (quadratic: 2,000 lines of `x]{.u}` took 2.5 s).
 */
interface Stop {
  close: number;
  image?: number;
  mark: number;
}

const stops = new WeakMap<MarkupReading['text'], Stop>();

/** The `[` that the `]` at `close` closes, in the paragraph it ends (no blank line between); undefined for none. */
function openingBracket(reading: MarkupReading, close: number): number | undefined {
  const text = reading.text;
  const last = stops.get(text);
  const known = last && last.close < close && text.unchangedBefore(last.close + 1, last.mark) ? last : undefined;
  if (known) known.mark = text.editMark;
  const stop = (image?: number): undefined => {
    stops.set(text, { close, ...(image === undefined ? {} : { image }), mark: text.editMark });
    return undefined;
  };
  let depth = 0;
  for (let at = close - 1; at >= 0; at--) {
    if (known && at === known.close - 1) {
      // From here the search back from `known.close` went with no bracket open: this one, with `depth` open, goes
      // the same way, past the brackets it passed, to where it stopped.
      if (known.image === undefined) return stop();
      if (depth === 0) return stop(known.image);
      depth--;
      at = known.image;
      continue;
    }
    const char = text.slice(at, at + 1);
    if (char === '\n' && /^[ \t>]*$/.test(text.slice(reading.source.lastIndexOf('\n', at - 1) + 1, at))) return stop();
    if ((char !== '[' && char !== ']') || text.slice(at - 1, at) === '\\') continue;
    if (char === ']') depth++;
    else if (depth === 0) return text.slice(at - 1, at) === '!' ? stop(at) : at;
    else depth--;
  }
  return stop();
}

/** Leaves out the attributes right after each code span that ends on the line. */
function readCodeAttributes(line: ProseLine, reading: MarkupReading): void {
  for (const [, end] of reading.literal) {
    if (end < line.start || end >= line.end) continue;
    const attributes = LEADING_ATTRIBUTES.exec(reading.text.slice(end, line.end));
    if (attributes) reading.text.blank(end, end + attributes[0].length);
  }
}
