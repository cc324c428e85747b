/**
 * A line of a reStructuredText note's text as Markdown (rst-note.ts reads the note's blocks):
 *
 * - ``` ``literal`` ``` a code span; `*emphasis*` and `**strong**` as Markdown writes them already;
 * - roles: `:math:` a formula `$…$`; the roles Sphinx sets in code (`:code:`, `:samp:`, `:file:`, `:kbd:`,
 *   `:command:`, a domain's `:func:`, `:class:`, `:py:meth:` …) a code span of their text; `:emphasis:` and
 *   `:strong:` as such; any other (`:ref:`, `:doc:`, `:term:`, `:abbr:`) its text, the title of a
 *   `Title <target>` (`~a.b.c` as `c`); `:pep:` and `:rfc:` as `PEP 8`, `RFC 2616`;
 * - links: `` `words <https://…>`_ `` a link, `` `words <name_>`_ ``, `` `words`_ `` and `name_` their words;
 *   interpreted text with no role (`` `text` ``) in italics, as docutils shows a title reference;
 * - a footnote's or citation's reference (`[1]_`, `[#]_`, `[#note]_`, `[Wasserman04]_`) as the Markdown footnote
 *   the note's definition became (`[^1]`), or, for one the note does not define, in brackets;
 * - an escaped space (`\ `) as nothing.
 *
 * What Markdown would read and reStructuredText does not is escaped: `_` (`__init__` is no bold), `$`, and a `<`
 * that would open an HTML tag.
 */
import { codeSpanOf } from './code-spans.js';
import { linkDestination } from './markdown-link.js';
import { SetAside, withoutPlaceholders } from './placeholders.js';

/** The roles Sphinx and docutils show in code. */
const CODE_ROLES = new Set([
  'code', 'literal', 'samp', 'file', 'kbd', 'command', 'program', 'envvar', 'option', 'makevar', 'mimetype', 'regexp', 'token', 'keyword',
  'func', 'meth', 'class', 'attr', 'mod', 'obj', 'exc', 'data', 'const', 'var', 'member', 'type', 'macro', 'struct', 'enum', 'function', 'method', 'property',
]);

/** A role's name (a domain's too, `py:func`) and its text in backticks, or the text with its role after it. */
const ROLE = /(?<![\w`]):([A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?):`((?:[^`\\]|\\.)+)`(?!`)|(?<![\w`:])`((?:[^`\\]|\\.)+)`:([A-Za-z][\w.+-]*(?::[A-Za-z][\w.+-]*)?):(?![\w`])/g;
/** A literal, its text with no space at either border. */
const LITERAL = /``(\S(?:[^\n]*?\S)?)``(?!`)/g;
/** A hyperlink reference in backticks, named (`_`) or anonymous (`__`), its target in angle brackets or none. */
const LINK = /(?<![\w`])`((?:[^`\\<]|\\.)*?)\s*(?:<([^<>`\n]+)>)?`__?(?![\w`])/g;
/** Interpreted text with no role: a title reference. */
const INTERPRETED = /(?<![\w`])`((?:[^`\\]|\\.)+)`(?![\w`])/g;
/** A footnote's or citation's label, as its definition (`.. [1]`) and its references (`[1]_`) write it: a number, `#` or `#name`, `*`, a name. */
export const FOOTNOTE_LABEL = String.raw`(#[\w-]*|\*|\d+|[A-Za-z][\w.-]*)`;
/** A footnote's or citation's reference. */
export const FOOTNOTE_REFERENCE = new RegExp(String.raw`\[${FOOTNOTE_LABEL}\]_(?!\w)`, 'g');
/** A reference to a name with no backticks (`PEP8_`, `docs__`): the name. */
const NAMED = /(?<![\w\\])([A-Za-z\d](?:[\w.+-]*[A-Za-z\d])?)__?(?=$|[\s.,;:!?)\]'"])/g;

/** The footnotes the note's references point to. */
export interface Footnotes {
  /** The Markdown label of the reference read next with the label written (`1`, `#note`, `#`, `Wasserman04`), for one the note defines. */
  reference(label: string): string | undefined;
}

/** The line's text as Markdown (see above). */
export function rstInline(text: string, footnotes: Footnotes): string {
  const aside = new SetAside();
  const setAside = aside.keep;
  let line = withoutPlaceholders(text).replace(LITERAL, (_, code: string) => setAside(codeSpanOf(code)));
  line = line.replace(ROLE, (whole, role?: string, said?: string, before?: string, after?: string) => setAside(roleMarkdown((role ?? after)!, (said ?? before)!)));
  line = line.replace(LINK, (whole, words: string, target?: string) => {
    const shown = unescaped(words).trim();
    if (target !== undefined && !target.endsWith('_')) return setAside(`[${escaped(shown || target.trim())}](${linkDestination(target.trim())})`);
    return setAside(escaped(shown || target || ''));
  });
  line = line.replace(INTERPRETED, (_, said: string) => setAside(`*${escaped(unescaped(said))}*`));
  line = line.replace(FOOTNOTE_REFERENCE, (whole, label: string) => {
    const markdown = footnotes.reference(label);
    return setAside(markdown === undefined ? `\\[${escaped(label)}]` : `[^${markdown}]`);
  });
  line = line.replace(NAMED, '$1');
  return aside.restored(escaped(line));
}

/** A role's text (as written: a formula's backslashes are TeX's) as Markdown. */
function roleMarkdown(role: string, written: string): string {
  const name = role.toLowerCase().replace(/^[a-z]+:(?=[a-z])/, '');
  if (name === 'math') return `$${written}$`;
  const text = unescaped(written);
  const titled = /^(.*?)\s*<([^<>]+)>$/s.exec(text);
  const shown = titled?.[1] ? titled[1] : shortName(titled?.[2] ?? text);
  if (CODE_ROLES.has(name)) return codeSpanOf(shown);
  if (name === 'emphasis' || name === 'title-reference' || name === 't') return `*${escaped(shown)}*`;
  if (name === 'strong') return `**${escaped(shown)}**`;
  if (name === 'pep' || name === 'rfc') return `${name.toUpperCase()} ${escaped(shown)}`;
  return escaped(shown);
}

/** `~a.b.c` as Sphinx shows it, `c`; `!name`, a reference not made, as `name`. */
function shortName(target: string): string {
  if (target.startsWith('~')) return target.slice(1).split('.').at(-1)!;
  return target.replace(/^!/, '');
}

/** reStructuredText's escapes read: a backslash shows the character after it. */
function unescaped(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/**
 * Text as Markdown shows it as reStructuredText does: an escape before punctuation kept (Markdown's too), before
 * anything else (`\ `, an escaped space) read; and what Markdown would read and reStructuredText does not escaped:
 * `_`, `$`, and a `<` that would open a tag. An escaped bracket is the bracket alone: Markdown's `\(` and `\[` open a
 * formula to qbank (`f\(x\)` is the text f(x)).
 */
function escaped(text: string): string {
  return text.replace(/\\(.)|([_$])|<(?=[A-Za-z/!?])/g, (whole, after?: string, mark?: string) => {
    if (after === '(' || after === ')' || after === '[' || after === ']') return after;
    if (after !== undefined) return /[!-/:-@[-`{-~]/.test(after) ? whole : after === ' ' ? '' : after;
    return `\\${mark ?? '<'}`;
  });
}
