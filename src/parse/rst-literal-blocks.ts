/**
 * reStructuredText's literal block marker, as a Sphinx page copied as text keeps it: a paragraph ending in `::`
 * over an indented block introduces that block as code (`Use a two-sample t-test::` over the indented call). The
 * page shows the marker as one colon (`Use a two-sample t-test:`), and nothing of it where a space stands before it
 * (`See the code ::`) or it is alone on its line. To Markdown the block is indented code already; the marker is
 * written over as the page shows it, so that lines and offsets stay those of the file. Only right over indented
 * code, a blank line between, and in a note with a directive line: a `std::` at a line's end over its sentence's next
 * line is the sentence's, and a Markdown note's `operator ::` over C++ code is the operator.
 */
import { ProseReading } from './prose-lines.js';

/** A line's last two characters are a `::` that no third colon leads (`:::` fences a container), spaces after it. */
const MARKER = /(^|[^:])::([ \t]*)$/;

/** A directive on a line of its own (`.. note::`, `.. code-block:: python`): the note is reStructuredText. */
const DIRECTIVE = /^\.\. [A-Za-z][\w-]*::/m;

export function readLiteralBlockMarkers(text: string, lines: readonly string[]): string {
  // Only in a note that shows it is reStructuredText: elsewhere a `::` over code is C++'s, Haskell's or Rust's, and it is
  // what the sentence explains (`the scope resolution operator ::`).
  if (!/[^:]::[ \t]*(?:\n|$)/.test(text) || !DIRECTIVE.test(text)) return text;
  const out = [...lines];
  const reading = new ProseReading();
  /** The prose line ending in `::` that ends the paragraph above, and whether a blank line has followed it. */
  let marker: number | undefined;
  let blankAfter = false;
  for (let k = 0; k < lines.length; k++) {
    const { kind } = reading.read(lines[k]!);
    if (kind === 'indented-code' && marker !== undefined && blankAfter) out[marker] = shownMarker(lines[marker]!);
    if (kind === 'blank') {
      blankAfter = marker !== undefined;
      continue;
    }
    marker = kind === 'prose' && MARKER.test(lines[k]!) ? k : undefined;
    blankAfter = false;
  }
  return out.join('\n');
}

/** The line as the page shows it: `::` after a word as `:`, after a space or alone as nothing (spaces over it). */
export function shownMarker(line: string): string {
  return line.replace(MARKER, (_, before: string, after: string) => `${before}${before === '' || /\s/.test(before) ? ' ' : ':'} ${after}`);
}
