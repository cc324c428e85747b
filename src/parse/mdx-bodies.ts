/**
 * The MDX components of a page that hold a body between their tags, each on a line of its own: an accordion
 * (mdx-accordions.ts), a callout (mdx-callouts.ts) or a tab (mdx-tabs.ts). MDX reads no indented code, and pages
 * indent a component's body under its tag: each line of an open component is read without the indentation of its
 * body (that of its first line), before Markdown tells code from prose. A fenced block in the body keeps the
 * indentation it has past it.
 */
import type { MarkupReading, ProseLine } from './site-markup.js';
import type { CalloutLines } from './mdx-callouts.js';

/** A component open at the line being read. */
export interface OpenComponent {
  kind: 'accordion' | 'callout' | 'tab' | 'aside';
  /** The line of its opening tag. */
  line: number;
  /** How far its body is indented, once a line of it is read. */
  indent?: number;
  /** A callout's type and the place of its opening tag. */
  callout?: CalloutLines;
  /** Whether a line that may be a question of the note's own stands in it (asking-line.ts): a box of questions, no aside. */
  holdsQuestions?: boolean;
}

/** A line that may ask read in the open components: each holds it (marked from the innermost out, to the first already marked: each once). */
export function markQuestionLine(reading: MarkupReading): void {
  const { components } = reading;
  for (let at = components.length - 1; at >= 0 && !components[at]!.holdsQuestions; at--) components[at]!.holdsQuestions = true;
}

/** A line of the innermost open component without its body's indentation (its first line of text sets it): no indented code to Markdown. */
export function unindentComponentLine(line: ProseLine, reading: MarkupReading): void {
  const open = reading.components.at(-1);
  const text = reading.text.slice(line.start, line.end);
  if (!open || text.trim() === '') return;
  const indent = /^[ \t]*/.exec(text)![0].length;
  open.indent ??= indent;
  const taken = Math.min(indent, open.indent);
  if (taken === 0) return;
  reading.text.blank(line.start, line.start + taken);
  reading.text.closeLineHead(line.start, line.end);
}

/** The innermost component open, when it is of `kind`: taken off the stack. */
export function closeComponent(reading: MarkupReading, kind: OpenComponent['kind']): OpenComponent | undefined {
  return reading.components.at(-1)?.kind === kind ? reading.components.pop() : undefined;
}
