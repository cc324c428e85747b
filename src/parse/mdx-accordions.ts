/**
 * The accordions of an MDX page, as Mintlify and Nextra FAQs write them:
 *
 *     import { Accordion, AccordionGroup } from '@/components'
 *
 *     <AccordionGroup>
 *       <Accordion title="What is a KV cache?">
 *         It stores the keys and values of past tokens.
 *       </Accordion>
 *     </AccordionGroup>
 *
 * The site shows each accordion's title, which opens its body: a `<details>` whose `<summary>` is the title, as a
 * Hugo `details` shortcode is (hugo-shortcodes.ts puts that HTML in the tree). To Markdown the tags were raw HTML and
 * the body, indented four spaces under a blank line, code: the page read as no question. Each tag alone on its line
 * is read so, and so is Mintlify's `<Expandable title="…">`; `<AccordionGroup>` (Mintlify) and `<Accordions>`
 * (Fumadocs) only group them, and vanish. Its body is read without its indentation (mdx-bodies.ts); an accordion in
 * it is a `<details>` in the answer (the extract walk keeps it whole).
 */
import { columnOf, findAfter, isLiteral, type MarkupReading, type ProseLine } from './site-markup.js';
import { closeComponent } from './mdx-bodies.js';

/** An accordion's tag alone on its line, after an indent: 1 its `/`, 2 its name, 3 its attributes. */
const ACCORDION_TAG_LINE = /^[ \t]*<(\/?)(Accordion|AccordionGroup|Accordions|Expandable)\b([^<>]*?)>[ \t]*$/;
/** Each fold's closing tag alone on its line (multiline, for `findAfter`): Mintlify's `<Expandable>` folds as its `<Accordion>` does. */
const CLOSING_LINES: Readonly<Record<string, RegExp>> = {
  Accordion: /^[ \t]*<\/Accordion>[ \t]*$/gm,
  Expandable: /^[ \t]*<\/Expandable>[ \t]*$/gm,
};
/** Its title, in quotes (or a JSX string: `title={'…'}`). */
const TITLE = /\btitle=(?:\{[ \t]*)?(["'])(.*?)\1/;

/** Whether a text may hold an accordion: without one no line is read. */
export const ANY_ACCORDION = /<\/?(?:Accordion|Expandable)/;

/** An MDX page, by its name: Markdown with components, read as Markdown whatever its text looks like. */
export function isMdxPage(file: string): boolean {
  return /\.mdx$/i.test(file);
}

export function readAccordionTags(line: ProseLine, reading: MarkupReading): void {
  const text = reading.text.slice(line.start, line.end);
  const tag = ACCORDION_TAG_LINE.exec(text);
  if (!tag) return;
  const start = line.start + /^[ \t]*/.exec(text)![0].length;
  if (isLiteral(reading, start, line.end)) return;
  const [, closing, name] = tag;
  const closingLine = CLOSING_LINES[name!];
  if (!closingLine) {
    reading.text.blank(start, line.end);
    return;
  }
  const wrapper = { line: line.number, start, end: line.end, column: columnOf(line, start), endColumn: columnOf(line, line.end) };
  if (closing) {
    // Closes only an accordion read as open: one never closed was left as written.
    if (!closeComponent(reading, 'accordion')) return;
    reading.details.push(wrapper);
    reading.text.blank(start, line.end);
    return;
  }
  if (!findAfter(reading, closingLine, line.end + 1)) return;
  reading.components.push({ kind: 'accordion', line: line.number });
  reading.details.push({ ...wrapper, summary: (TITLE.exec(tag[3]!)?.[2] ?? '').trim() });
  reading.text.blank(start, line.end);
}

/**
 * An accordion that the closing tags read never closed (its closing tag stood in code): closed at the end of the
 * note (`line`), so that no `<details>` is left open in the tree.
 */
export function closeAccordionLeftOpen(reading: MarkupReading, line: ProseLine): void {
  reading.details.push({ line: line.number, start: line.end, end: line.end, column: columnOf(line, line.end), endColumn: columnOf(line, line.end) });
}
