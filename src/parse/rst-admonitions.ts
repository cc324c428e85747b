/**
 * reStructuredText's admonitions, as a Sphinx page copied as text keeps them:
 *
 *     .. note::
 *
 *        Randomized experiments are the gold standard for causal claims.
 *
 * To Markdown the directive is a paragraph of its own (`.. note::` in an answer) and its indented body
 * a paragraph or code. They are read as MkDocs admonitions are (mkdocs-admonitions.ts), as the Obsidian
 * callouts they match: the directive's line is written over as `>[!note]` (the generic `.. admonition::
 * Title` as `>[!note] Title`), and the first column of each body line's indentation as `>`, so that
 * lines and offsets stay those of the file. Only docutils' admonitions and Sphinx's `seealso`, each at a
 * line's start where a block may start, over a body indented under it: other directives (`.. contents::`,
 * `.. code-block::`) are no aside, and a directive in code is code.
 */
import type { AdmonitionLines, AdmonitionsRead } from './mkdocs-admonitions.js';
import { ProseReading } from './prose-lines.js';

/** docutils' admonitions and Sphinx's `seealso`, by their names. */
const ADMONITIONS = new Set(['attention', 'caution', 'danger', 'error', 'hint', 'important', 'note', 'tip', 'warning', 'seealso', 'admonition']);

/** A directive of an admonition at a line's start; the generic one's title after it (group 2). */
const DIRECTIVE = new RegExp(String.raw`^\.\. (${[...ADMONITIONS].join('|')})::(?:[ \t]+(\S.*))?$`, 'i');

/** A line whose indentation puts it in a directive's body. */
const INDENTED = /^[ \t]+\S/;

/** Callouts named as Obsidian names them, for those docutils names otherwise. */
const CALLOUT_TYPE: Readonly<Record<string, string>> = { admonition: 'note', seealso: 'info' };

/**
 * The callout a line of an admonition's directive stands for: its type as Obsidian names it (`note`, `info` for
 * `seealso`), and the generic one's title or a specific one's text on its line. Undefined for any other line.
 */
function admonitionCallout(line: string): { type: string; said?: string } | undefined {
  const directive = DIRECTIVE.exec(line);
  return directive ? calloutOf(directive[1]!, directive[2]?.trimEnd()) : undefined;
}

/** The callout of the directive `name` (any case), `said` on its line (trimmed), as admonitionCallout: undefined for a directive of no admonition. */
export function calloutOf(name: string, said: string | undefined): { type: string; said?: string } | undefined {
  const lower = name.toLowerCase();
  if (!ADMONITIONS.has(lower)) return undefined;
  return { type: CALLOUT_TYPE[lower] ?? lower, ...(said ? { said } : {}) };
}

export function readRstAdmonitions(text: string, lines: readonly string[]): AdmonitionsRead {
  if (!text.includes('\n.. ') && !text.startsWith('.. ')) return { text, admonitions: [] };
  const out = [...lines];
  const admonitions: AdmonitionLines[] = [];
  const reading = new ProseReading();
  for (let k = 0; k < lines.length; k++) {
    const read = reading.read(lines[k]!);
    const callout = read.kind === 'prose' && !read.continues ? admonitionCallout(lines[k]!) : undefined;
    if (!callout) continue;
    // The body runs over the lines indented under the directive, blank lines between them too.
    let last = k;
    for (let at = k + 1; at < lines.length && (INDENTED.test(lines[at]!) || lines[at]!.trim() === ''); at++) if (lines[at]!.trim() !== '') last = at;
    const { type, said } = callout;
    if (last === k && !said) continue;
    // The generic admonition's title; a specific one's text on its line (its body's first paragraph) stands there as its title.
    out[k] = `>[!${type}]${said ? ` ${said}` : ''}`.padEnd(lines[k]!.length, ' ');
    for (let at = k + 1; at <= last; at++) if (lines[at]!.trim() !== '') out[at] = `>${lines[at]!.slice(1)}`;
    for (let at = k + 1; at <= last; at++) reading.read(out[at]!);
    admonitions.push({ first: k + 1, last: last + 1, column: 1 });
    k = last;
  }
  return admonitions.length === 0 ? { text, admonitions } : { text: out.join('\n'), admonitions };
}
