/**
 * A line of an AsciiDoc note's text as Markdown (asciidoc-note.ts reads the note's blocks):
 *
 * - `*bold*` and `**bold**` as `**bold**`, `_italic_` and `__italic__` as `*italic*`, `` `mono` `` a code span,
 *   `#marked#` as the highlight `==marked==` (a `[.line-through]#…#` struck, another role's text as it is),
 *   `"`quoted`"` in curved quotes, `^super^` as `^super`;
 * - passthroughs (`+text+`, `++text++`, `` `+code+` ``) as their text, nothing in them read; `+++raw+++` and
 *   `pass:[raw]` as written;
 * - `https://…[words]`, `link:…[words]` and `mailto:…[words]` as links, a bare address as it is, `image:…[alt]`
 *   a picture (under `:imagesdir:`), `footnote:[text]` in brackets after its word, `kbd:[Ctrl+C]` as code,
 *   `btn:[Save]` in bold, a cross reference (`<<id,words>>`, `xref:…[words]`) as its words, or its section's title;
 * - `stem:[…]` and `latexmath:[…]` as the TeX formula `$…$` (`asciimath:[…]`, not TeX, as code);
 * - an attribute reference (`{name}`) as the value the note gives it, or the character a built-in one names;
 *   anchors (`[[id]]`) and index terms left out.
 *
 * What Markdown would read and AsciiDoc does not is escaped: a `*`, `_` or `~` that marks nothing, a `$`, a `<`
 * that would open an HTML tag, a backslash before a bracket (`\(`, which qbank reads as TeX). A backslash that
 * escapes AsciiDoc's markup (`\*not bold*`) escapes it in Markdown too.
 */
import { codeSpanOf } from './code-spans.js';
import { escapedLineHead } from './line-head.js';
import { linkDestination } from './markdown-link.js';
import { EMPHASIS_MARK, emphasisMarkdown, SetAside, withoutPlaceholders } from './placeholders.js';

/** An AsciiDoc note's attributes (`:imagesdir: images`), by their names lower-cased. */
export type Attributes = ReadonlyMap<string, string>;

/** What a note's text is read with: its attributes, and its section titles by their ids (sectionKey's), which a cross reference shows. */
export interface NoteText {
  attributes: Attributes;
  sectionTitles: ReadonlyMap<string, string>;
}

/** A section's id as a cross reference names it, whether written (`[[q1]]`) or Asciidoctor's own (`_what_is_adam`): its letters and digits, lower-cased. */
export function sectionKey(id: string): string {
  return id.toLowerCase().replace(/[^\p{L}\p{N}]/gu, '');
}

/** An attribute's value, or a title, with the attributes it names (`{name}`) read, nothing else: AsciiDoc reads them where an entry is read. */
export function withReferences(value: string, attributes: Attributes): string {
  return value.replace(ATTRIBUTE_REFERENCE, (reference, name: string) => attributes.get(name.toLowerCase()) ?? reference);
}

/** The marked text: no space at either border, bounded so that no long line makes the pattern backtrack far. */
const BODY = String.raw`(\S(?:[^\n]{0,500}?\S)??)`;
/** Constrained marks stand between a word's borders: not after a letter, digit or backslash, not before a letter or digit. */
const PRE = String.raw`(^|[^\p{L}\p{N}\\])`;
const POST = String.raw`(?![\p{L}\p{N}])`;
/** An optional role before a mark (`[.underline]#…#`): its name. */
const ROLE = String.raw`(?:\[\.?([\w-]{1,50})\])?`;
const unconstrained = (mark: string) => new RegExp(`${ROLE}${mark}${mark}${BODY}${mark}${mark}`, 'gu');
const constrained = (mark: string) => new RegExp(`${PRE}${ROLE}${mark}${BODY}${mark}${POST}`, 'gu');
/** Each mark's two forms, unconstrained (`**`, anywhere) first, and the Markdown mark it stands for. */
const MARKS = [
  [unconstrained(String.raw`\*`), constrained(String.raw`\*`), EMPHASIS_MARK.bold],
  [unconstrained('_'), constrained('_'), EMPHASIS_MARK.italic],
  [unconstrained('#'), constrained('#'), EMPHASIS_MARK.highlight],
] as const;
const UNCONSTRAINED_MONO = /``(\S(?:[^\n]{0,500}?\S)??)``/g;
const CONSTRAINED_MONO = new RegExp(`${PRE}\`(\\S(?:[^\\n]{0,500}?\\S)??)\`${POST}`, 'gu');
/** `"`curved`"` and `'`single`'` quotes: before code spans, whose backticks they use. */
const CURVED = /(["'])`(\S(?:[^\n]{0,500}?\S)??)`\1/g;
const SUPERSCRIPT = /\^(\S{1,100}?)\^/g;

/** Passthroughs, before anything else is read: `+++raw+++`, `pass:[raw]`, `` `+code+` ``, `++text++`, `+text+`. */
const RAW_PASS = /\+\+\+([^\n]{1,1000}?)\+\+\+|pass:[a-z,]{0,20}\[((?:[^\]\\\n]|\\.){0,1000})\]/g;
const CODE_PASS = /`\+([^\n]{1,1000}?)\+`/g;
const TEXT_PASS = /\+\+([^\n]{1,1000}?)\+\+/g;
const CONSTRAINED_PASS = new RegExp(`${PRE}\\+(\\S(?:[^\\n]{0,500}?\\S)??)\\+${POST}`, 'gu');

/** A macro's bracketed attributes: `]` inside escaped as `\]`. */
const BRACKETS = String.raw`\[((?:[^\]\\\n]|\\.){0,1000})\]`;
/** Where a macro's name may start: not inside a word (`_latexmath:[…]_` is one in italics). */
const MACRO_START = '(?<![A-Za-z0-9])';
const FORMULA = new RegExp(`${MACRO_START}(stem|latexmath|asciimath):${BRACKETS}`, 'g');
/** An address (with its words in brackets), `link:` a file or address, `mailto:`. */
const LINK = new RegExp(`(?<![A-Za-z0-9/\\\\])(?:link:([^\\s\\[\\]]{1,2000})|((?:https?|ftp|irc)://[^\\s\\[\\]<>"]{1,2000}|mailto:[^\\s\\[\\]<>"]{1,500}))(?:${BRACKETS})?`, 'g');
const IMAGE = new RegExp(`${MACRO_START}image::?([^\\s\\[\\]]{1,2000})${BRACKETS}`, 'g');
const FOOTNOTE = new RegExp(`footnote(?:ref)?:([\\w-]{0,100})${BRACKETS}`, 'g');
const UI_MACRO = new RegExp(`${MACRO_START}(kbd|btn|indexterm2?):${BRACKETS}`, 'g');
const ICON = new RegExp(`${MACRO_START}icon:[\\w-]{1,100}${BRACKETS}`, 'g');
const MENU = new RegExp(`${MACRO_START}menu:([^\\s\\[\\]]{1,200})${BRACKETS}`, 'g');
const XREF = new RegExp(`(?:${MACRO_START}xref:([^\\s\\[\\]]{1,500})${BRACKETS}|<<([^<>,\\n]{1,200})(?:,\\s*([^<>\\n]{1,500}))?>>)`, 'g');
/** `[[id]]`, `[[id, label]]`, a bibliography's `[[[ref]]]` (shown as `[ref]`), `anchor:id[]`. */
const ANCHOR = /\[\[\[([\w:.-]{1,200})(?:,[^\]\n]{0,200})?\]\]\]|\[\[[\w:.-]{1,200}(?:,[^\]\n]{0,200})?\]\]|\banchor:[\w:.-]{1,200}\[[^\]\n]{0,200}\]/g;
/** `(((hidden, index, terms)))` and `((a visible one))`. */
const INDEX_TERMS = /\(\(\(([^()\n]{1,500})\)\)\)|\(\(([^()\n]{1,500})\)\)/g;
/** An attribute reference (`{name}`): the attribute's name. */
const ATTRIBUTE_REFERENCE = /\{(\w[\w-]{0,100})\}/g;
/** A backslash escaping AsciiDoc's markup or a macro (`\*`, `\{name}`, `\https://…`). */
const ESCAPE = /\\([*_`#+^~{[<]|(?:https?|ftp|link|mailto|image|footnote|kbd|btn|stem|latexmath|pass|xref):)/g;

/** The characters built-in attributes name, for text that would otherwise be read as markup. */
const BUILT_IN: Readonly<Record<string, string>> = {
  nbsp: '\u00A0', sp: ' ', empty: '', blank: '', zwsp: '\u200B', wj: '\u2060', plus: '+', startsb: '[', endsb: ']', vbar: '|',
  caret: '^', asterisk: '*', tilde: '~', apos: "'", backslash: '\\', backtick: '`', 'two-colons': '::', 'two-semicolons': ';;',
  amp: '&', lt: '<', gt: '>', quot: '"', deg: '°', brvbar: '¦', ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', cpp: 'C++', 'cpp-like': 'C++',
};

/**
 * One line of AsciiDoc text as Markdown (see above). `opensLine`: the text opens a line of the Markdown or a list
 * item's text, where Markdown would read what opens it as a block AsciiDoc has not written.
 */
export function inlineMarkdown(line: string, note: NoteText, opensLine = false): string {
  const attributes = note.attributes;
  const aside = new SetAside();
  const keep = aside.keep;
  let text = withoutPlaceholders(line);
  text = text.replace(ESCAPE, (_, escaped: string) => keep(escaped.length === 1 ? `\\${escaped}` : literalText(escaped)));
  text = text
    .replace(RAW_PASS, (_, raw?: string, pass?: string) => keep(raw ?? unescapedBrackets(pass!)))
    .replace(CODE_PASS, (_, code: string) => keep(codeSpanOf(code)))
    .replace(TEXT_PASS, (_, literal: string) => keep(literalText(literal)))
    .replace(CONSTRAINED_PASS, (_, pre: string, literal: string) => `${pre}${keep(literalText(literal))}`);
  text = text.replace(ATTRIBUTE_REFERENCE, (reference, name: string) => {
    const value = attributes.get(name.toLowerCase());
    if (value !== undefined) return value;
    return name in BUILT_IN ? keep(literalText(BUILT_IN[name]!)) : reference;
  });
  text = text.replace(FORMULA, (_, kind: string, formula: string) => {
    const tex = unescapedBrackets(formula).trim();
    return keep(kind === 'asciimath' ? codeSpanOf(tex) : `$${tex}$`);
  });
  text = text.replace(CURVED, (_, quote: string, quoted: string) => (quote === '"' ? `“${quoted}”` : `‘${quoted}’`));
  text = text
    .replace(UNCONSTRAINED_MONO, (_, code: string) => keep(codeSpanOf(code)))
    .replace(CONSTRAINED_MONO, (_, pre: string, code: string) => `${pre}${keep(codeSpanOf(code))}`);
  text = text
    .replace(ANCHOR, (_, reference?: string) => (reference ? keep(`\\[${literalText(reference)}\\]`) : ''))
    .replace(INDEX_TERMS, (_, hidden?: string, shown?: string) => (hidden !== undefined ? '' : shown!))
    .replace(IMAGE, (_, target: string, attrs: string) => keep(pictureMarkdown(target, attrs, attributes)))
    .replace(FOOTNOTE, (_, id: string, footnote: string, at: number, whole: string) => {
      // In brackets after its word, as the LaTeX reader writes a footnote; a footnote named again (`footnote:id[]`) shows only its number.
      if (footnote.trim() === '') return '';
      return `${at > 0 && !/\s/.test(whole[at - 1]!) ? ' ' : ''}(${keep(inlineMarkdown(unescapedBrackets(footnote), note).trim())})`;
    })
    .replace(XREF, (_, target?: string, words?: string, id?: string, shown?: string) => keep(inlineMarkdown(words ?? shown ?? referenceText((target ?? id)!, note), note)))
    .replace(LINK, (written, file?: string, address?: string, words?: string) => {
      if (words === undefined && file !== undefined) return written;
      const target = (file ?? address)!;
      const shown = words === undefined ? '' : linkWords(words);
      // A bare address is one Markdown links too (GFM's autolinks): kept as written, its `_` not escaped.
      if (shown === '') return keep(file === undefined ? target : `[${literalText(target)}](${linkDestination(target)})`);
      return keep(`[${inlineMarkdown(shown, note)}](${linkDestination(target)})`);
    })
    .replace(MENU, (_, menu: string, items: string) => keep(`**${literalText([menu, ...unescapedBrackets(items).split('>')].map((item) => item.trim()).filter(Boolean).join(' › '))}**`))
    .replace(ICON, '')
    .replace(UI_MACRO, (_, name: string, content: string) => {
      const shown = unescapedBrackets(content);
      if (name === 'kbd') return keep(codeSpanOf(shown));
      if (name === 'btn') return keep(`**${literalText(shown)}**`);
      return name === 'indexterm2' ? shown : '';
    });
  text = text.replace(SUPERSCRIPT, (_, raised: string) => `^${raised}`);
  for (const [anywhere, bordered, mark] of MARKS) {
    text = text
      .replace(anywhere, (_, role: string | undefined, body: string) => marked(mark, '', role, body))
      .replace(bordered, (_, pre: string, role: string | undefined, body: string) => marked(mark, pre, role, body));
  }
  text = escapedText(text);
  if (opensLine) text = escapedLineHead(text);
  return aside.restored(emphasisMarkdown(text));
}

/** A mark's text between the Markdown marks it stands for: a role's text as it is (a highlight's role is its look), but a struck one's. */
function marked(mark: string, pre: string, role: string | undefined, body: string): string {
  const shown = role === 'line-through' ? EMPHASIS_MARK.strike : role !== undefined && mark === EMPHASIS_MARK.highlight ? '' : mark;
  return `${pre}${shown}${body}${shown}`;
}

/** Text shown as it is: every character Markdown would read escaped. */
function literalText(text: string): string {
  return text.replace(/[\\`*_{}[\]<>#+!|~$=-]/g, '\\$&');
}

/** A `*`, `_` or `~` that marks nothing in AsciiDoc, a `$`, a `<` before a tag's name, a backslash before a bracket. */
function escapedText(text: string): string {
  return text
    .replace(/\\(?=[()[\]])/g, '\\\\')
    .replace(/[*~$]/g, '\\$&')
    .replace(/_(?![\p{L}\p{N}])|(?<![\p{L}\p{N}])_/gu, '\\_')
    .replace(/<(?=[A-Za-z/!?])/g, '\\<');
}

/** What a cross reference with no words of its own shows: its section's title, as Asciidoctor shows it, or its id in words. */
function referenceText(target: string, note: NoteText): string {
  const id = target.replace(/^[^#]*#/, '');
  return note.sectionTitles.get(sectionKey(id)) ?? id.replace(/^_/, '').replace(/[_-]+/g, ' ');
}

/** Text in a macro's brackets with its `\]` as `]`. */
function unescapedBrackets(text: string): string {
  return text.replace(/\\\]/g, ']');
}

/** A link's words without its attributes: `words^` (a new window), `words,window=_blank`, `"words, quoted"`. */
function linkWords(attrs: string): string {
  const text = unescapedBrackets(attrs).trim();
  const quoted = /^"((?:[^"\\]|\\.)*)"/.exec(text);
  const words = quoted ? quoted[1]! : (/^[^,=]*(?=,|$)/.exec(text)?.[0] ?? '');
  return words.trim().replace(/\^$/, '');
}

/** `image:target[alt, width, height]` as a picture: its alt its first attribute (or `alt=`), its file under `:imagesdir:`. */
function pictureMarkdown(target: string, attrs: string, attributes: Attributes): string {
  const text = unescapedBrackets(attrs);
  const named = /(?:^|,)\s*alt\s*=\s*"?([^",]*)"?/.exec(text);
  const alt = (named ? named[1]! : (/^\s*"?([^",=]*)"?\s*(?:,|$)/.exec(text)?.[1] ?? '')).trim();
  const directory = attributes.get('imagesdir');
  const local = !/^(?:[a-z][a-z0-9+.-]*:|\/)/i.test(target);
  const file = directory && local ? `${directory.replace(/\/+$/, '')}/${target}` : target;
  return `![${literalText(alt)}](${linkDestination(file)})`;
}
