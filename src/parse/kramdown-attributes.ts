/**
 * kramdown's (and Hugo's Goldmark's) attribute lists style the block above
 * them and name headings; the built page shows neither:
 * - a line of its own `{: .notice--warning}`, `{: .text-center}`, `{:toc}`,
 *   `{.class}`, `{#id}` vanishes;
 * - a header id at the end of a heading, `## What is a kernel? {#kernel}`
 *   (also `{: #kernel}`, `{#kernel .cls}`, and Google Docs' export's
 *   `{#1.-bias와-variance}`, in any script), vanishes from the heading.
 */
import type { Heading, Root } from 'mdast';
import { visit } from 'unist-util-visit';
import { isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';

const ATTRIBUTE_LINE = /^[ \t>]*\{(?::[^}\n]*|[.#][\w-][^}\n]*)\}[ \t]*$/;
/** An id of any script: Google Docs' "Download as Markdown" names `## **1\. Bias와 Variance** {#1.-bias와-variance}`. */
const HEADER_ID = /^[ \t>]*#{1,6}[ \t].*?([ \t]+\{:?[ \t]*#[\p{L}\p{M}\p{N}_:.-]+(?:[ \t]+[^}\n]*)?\})[ \t]*$/u;

export function readKramdownAttributes(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  // Inside `{% raw %}` (or a code span) an attribute list is text to show.
  if (ATTRIBUTE_LINE.test(text)) {
    const indent = /^[ \t>]*/.exec(text)![0].length;
    if (!isLiteral(reading, line.start + indent, line.end)) reading.text.blank(line.start + indent, line.end);
    return;
  }
  const heading = HEADER_ID.exec(text);
  if (heading) {
    const id = heading[1]!;
    const idStart = line.start + text.trimEnd().length - id.length;
    if (!isLiteral(reading, idStart, idStart + id.length)) reading.text.blank(idStart, idStart + id.length);
  }
}

/**
 * A heading whose id was blanked out ends where its text ends, not at the
 * spaces left behind: the extractor quotes the heading as written from its
 * position ("## What is a kernel?").
 */
export function endHeadingsAtText(tree: Root, source: string, read: string): void {
  if (source === read) return;
  visit(tree, 'heading', (heading: Heading) => {
    const end = heading.position?.end;
    const start = heading.position?.start.offset;
    if (!end || end.offset === undefined || start === undefined) return;
    if (source.slice(start, end.offset) === read.slice(start, end.offset)) return;
    const kept = read.slice(start, end.offset).trimEnd().length;
    const cut = end.offset - start - kept;
    end.offset -= cut;
    end.column -= cut;
  });
}
