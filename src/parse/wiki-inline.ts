/**
 * The text of one line of a wiki page's source as Markdown (wiki-page.ts reads the lines), in the page's dialect:
 *
 * - MediaWiki: `'''bold'''`, `''italic''` (`'''''both'''''`), `<code>`/`<tt>` code, `<math>` a formula (`$…$`, display
 *   math `$$…$$` under `display="block"`), `[https://… words]` a link, `[[File:x.png|…|caption]]` a picture;
 * - DokuWiki: `**bold**`, `//italic//`, `__underlined__`, `''monospace''` code, `<code>` code, `[[https://…|words]]` a
 *   link, `{{image.png|caption}}` a picture, `%%…%%` text as written; `$…$` a formula, as its MathJax plugin reads it.
 * - Zim (a Zim desktop wiki's page, DokuWiki's markup in the main): `**bold**`, `//italic//`, `__highlighted__`
 *   (`<mark>`), `~~struck~~`, `''verbatim''` code, `_{sub}` and `^{sup}`, `[[https://…|words]]` a link,
 *   `{{./image.png}}` a picture. It writes no HTML and no formula: `<tag>` and `$` are text.
 * - TiddlyWiki (a tiddler's text, tiddlywiki-note.ts reads its blocks): `''bold''`, `//italic//`, `__underlined__`,
 *   `~~struck~~`, `^^sup^^`, `,,sub,,`, `@@highlighted@@` (`<mark>`), `` `code` `` and ``` ``code`` ```, `$$…$$` a
 *   formula (its KaTeX plugin's), `[[words|Tiddler]]` a wikilink (the words last, as the Markdown reader takes them),
 *   `[[words|https://…]]` and `[ext[words|https://…]]` a link, `[img[tooltip|picture.png]]` a picture, `~WikiWord`
 *   the word; the HTML tags it prints stay.
 *
 * MediaWiki's `<ref>…</ref>` is a footnote's citation where the page's references are read (wiki-page.ts).
 *
 * In MediaWiki and DokuWiki, `<nowiki>…</nowiki>` is its text as written, and the tags both print as HTML (`<sup>`,
 * `<br>`, `<del>`) stay. In all three, `[[Page]]` and `[[Page|words]]` stay as written, the wikilinks the Markdown
 * reader reads as their words. What Markdown would read and the wiki does not (`*`, `_`, `` ` ``, `\`, `~`, another
 * `<tag>`; `$` in MediaWiki and Zim) is escaped.
 */
import { codeSpanOf } from './code-spans.js';
import { autolink, linkDestination } from './markdown-link.js';
import { escapedForMarkdown, textAsMarkdown } from './markdown-escapes.js';
import { referenceName, WIKI_REFERENCE, type WikiReferences } from './wiki-references.js';

export type WikiDialect = 'mediawiki' | 'dokuwiki' | 'zim';
/** The wikis' markup whose text this module reads: a page's dialect, or a tiddler's (TiddlyWiki's). */
export type WikiMarkup = WikiDialect | 'tiddlywiki';

/** HTML tags a wiki prints as HTML, kept for Markdown to read as inline HTML. */
const HTML_TAG = /^<\/?(?:b|i|u|s|del|ins|sup|sub|small|big|mark|span|abbr|kbd|br|hr)\b[^<>\n]*>/i;
/** A link's target that is an address, not a page of the wiki. */
const URL = /^(?:https?|ftp|mailto):\S+$/i;
/** What any markup opens with (sticky, tried where the text stands): the text from elsewhere is read character by character. */
const MARKUP_HEAD = /['<[{%*/_$~^,@`]|(?:https?|ftp):\/\//iy;
/** A span of markup, at most this long: a longer stretch is text, and no line is searched again to its end from each mark. */
const LONGEST_SPAN = 1000;
/** A picture's file. */
const PICTURE = /\.(?:png|jpe?g|gif|svg|webp|bmp)$/i;

/** A piece of markup at the head of the text, as Markdown, and how long it is; the dialect's own patterns first. */
type Token = (rest: string) => { markdown: string; length: number } | undefined;

/** A bare address, whole: its `_` and `//` are no markup. */
const BARE_ADDRESS: Token = (rest) => span(rest, /^(?:https?|ftp):\/\/[^\s<>[\]|{}]*[^\s<>[\]|{}.,;:!?)'"]/i, (_, whole) => autolink(whole));

/** Markup MediaWiki and DokuWiki both read. */
const SHARED: readonly Token[] = [
  (rest) => span(rest, /^<nowiki>([\s\S]*?)<\/nowiki>/i, (text) => textAsMarkdown(text)),
  (rest) => span(rest, /^<code>([\s\S]*?)<\/code>/i, codeSpanOf),
  // A wikilink, kept for the Markdown reader (wikilinks.ts); a page's category is no text.
  (rest) => span(rest, /^\[\[[ \t]*Category:[^[\]\n]*\]\]/i, () => ''),
  (rest) => span(rest, /^<math(?:[ \t][^>\n]*)?>([\s\S]*?)<\/math>/i, (tex, whole) => (/display[ \t]*=[ \t]*["']?block/i.test(whole) ? `$$${tex.trim()}$$` : `$${tex.trim()}$`)),
  (rest) => span(rest, HTML_TAG, (_, whole) => whole),
  BARE_ADDRESS,
];

const MEDIAWIKI: readonly Token[] = [
  (rest) => span(rest, /^<tt>([\s\S]*?)<\/tt>/i, codeSpanOf),
  (rest) => span(rest, /^'''''(.+?)'''''/, (text) => `***${wikiInline(text, 'mediawiki')}***`),
  (rest) => span(rest, /^'''(.+?)'''/, (text) => `**${wikiInline(text, 'mediawiki')}**`),
  (rest) => span(rest, /^''(.+?)''/, (text) => `*${wikiInline(text, 'mediawiki')}*`),
  (rest) => span(rest, /^\[\[(?:File|Image|파일|그림):([^|\]\n]+)((?:\|[^|\]\n]*)*)\]\]/i, (file, options) => `![${textAsMarkdown(options.split('|').at(-1) ?? '')}](${linkDestination(file.trim())})`),
  (rest) => span(rest, /^\[\[[^[\]\n]+\]\]/, (_, whole) => whole),
  (rest) => span(rest, /^\[((?:https?|ftp):\/\/[^\s\]]+)(?:[ \t]+([^\]\n]*))?\]/i, (url, words) => (words?.trim() ? `[${wikiInline(words.trim(), 'mediawiki')}](${linkDestination(url)})` : autolink(url))),
];

const DOKUWIKI: readonly Token[] = [
  (rest) => span(rest, /^%%([\s\S]*?)%%/, (text) => textAsMarkdown(text)),
  (rest) => span(rest, /^''(.+?)''/, codeSpanOf),
  (rest) => span(rest, /^\*\*(.+?)\*\*/, (text) => `**${wikiInline(text, 'dokuwiki')}**`),
  (rest) => span(rest, /^\/\/(.+?)\/\//, (text) => `*${wikiInline(text, 'dokuwiki')}*`),
  (rest) => span(rest, /^__(.+?)__/, (text) => `<u>${wikiInline(text, 'dokuwiki')}</u>`),
  (rest) => span(rest, /^\$\$(.+?)\$\$/, (tex) => `$$${tex}$$`),
  (rest) => span(rest, /^\$([^$\n]+?)\$/, (tex) => `$${tex}$`),
  (rest) => span(rest, /^\{\{[ \t]*([^|}\n]+?)[ \t]*(?:\|([^}\n]*))?\}\}/, (file, caption) => picture(file, caption)),
  (rest) => linkOf(rest, 'dokuwiki'),
];

/** Zim's, DokuWiki's in the main (zim/formats/wiki.py): no `%%`, no formula, `__` a highlight, `_{…}` and `^{…}` sub- and superscript. */
const ZIM: readonly Token[] = [
  BARE_ADDRESS,
  (rest) => span(rest, /^''(?!')(.+?)''/, codeSpanOf),
  (rest) => span(rest, /^\*\*(?!\*)(.+?)\*\*/, (text) => `**${wikiInline(text, 'zim')}**`),
  // Not `http://`'s slashes closing it, as Zim reads it.
  (rest) => span(rest, /^\/\/(?!\/)(.+?)(?<!:)\/\//, (text) => `*${wikiInline(text, 'zim')}*`),
  (rest) => span(rest, /^__(?!_)(.+?)__/, (text) => `<mark>${wikiInline(text, 'zim')}</mark>`),
  (rest) => span(rest, /^~~(?!~)(.+?)~~/, (text) => `~~${wikiInline(text, 'zim')}~~`),
  (rest) => span(rest, /^_\{([^}\n]+)\}/, (text) => `<sub>${wikiInline(text, 'zim')}</sub>`),
  (rest) => span(rest, /^\^\{([^}\n]+)\}/, (text) => `<sup>${wikiInline(text, 'zim')}</sup>`),
  (rest) => span(rest, /^\{\{[ \t]*([^|}\n]+?)[ \t]*(?:\|([^}\n]*))?\}\}/, (file, caption) => picture(file, caption)),
  (rest) => linkOf(rest, 'zim'),
];

/** TiddlyWiki's (tiddlywiki.com's WikiText): `''` bold, where the other wikis read it otherwise, and a link's words before its target. */
const TIDDLYWIKI: readonly Token[] = [
  BARE_ADDRESS,
  (rest) => span(rest, /^``(.+?)``/, codeSpanOf),
  (rest) => span(rest, /^`([^`\n]+)`/, codeSpanOf),
  (rest) => span(rest, /^\$\$(.+?)\$\$/, (tex) => `$${tex.trim()}$`),
  (rest) => span(rest, /^''(.+?)''/, (text) => `**${wikiInline(text, 'tiddlywiki')}**`),
  (rest) => span(rest, /^\/\/(.+?)(?<!:)\/\//, (text) => `*${wikiInline(text, 'tiddlywiki')}*`),
  (rest) => span(rest, /^__(.+?)__/, (text) => `<u>${wikiInline(text, 'tiddlywiki')}</u>`),
  (rest) => span(rest, /^~~(.+?)~~/, (text) => `~~${wikiInline(text, 'tiddlywiki')}~~`),
  (rest) => span(rest, /^\^\^(.+?)\^\^/, (text) => `<sup>${wikiInline(text, 'tiddlywiki')}</sup>`),
  (rest) => span(rest, /^,,(.+?),,/, (text) => `<sub>${wikiInline(text, 'tiddlywiki')}</sub>`),
  (rest) => span(rest, /^@@(.+?)@@/, (text) => `<mark>${wikiInline(text, 'tiddlywiki')}</mark>`),
  (rest) => span(rest, /^\[img(?:[ \t][^[\]\n]*)?\[(?:([^|\]\n]*)\|)?([^\]\n]+)\]\]/, (tooltip, file) => `![${textAsMarkdown(tooltip.trim())}](${linkDestination(file.trim())})`),
  (rest) => span(rest, /^\[(?:ext)?\[(?:([^|\]\n]*)\|)?([^|\]\n]+)\]\]/, (words, target, whole) => tiddlyLink(words.trim(), target.trim(), whole)),
  // `~` keeps a CamelCase word from linking to its tiddler: the word is the text.
  (rest) => span(rest, /^~(?=\p{Lu}\p{Ll}+\p{Lu})/u, () => ''),
  (rest) => span(rest, HTML_TAG, (_, whole) => whole),
];

/** A TiddlyWiki link, `[[words|target]]`: to an address a Markdown link, to a tiddler a wikilink as the Markdown reader reads one, `[[target|words]]`. */
function tiddlyLink(words: string, target: string, whole: string): string {
  if (URL.test(target)) return `[${words ? wikiInline(words, 'tiddlywiki') : textAsMarkdown(target)}](${linkDestination(target)})`;
  if (whole.startsWith('[ext[')) return textAsMarkdown(words || target);
  return words ? `[[${target}|${words}]]` : `[[${target}]]`;
}

/** A DokuWiki or Zim picture, `{{image.png|caption}}` (its size, `?width=300`, no part of its name); another file its caption or name. */
function picture(file: string, caption: string): string {
  return PICTURE.test(file.split('?')[0]!) ? `![${textAsMarkdown(caption)}](${linkDestination(file)})` : textAsMarkdown(caption || file);
}

/** A DokuWiki or Zim link, `[[target|words]]`: to an address a Markdown link, to a page kept as written (a wikilink). */
function linkOf(rest: string, dialect: 'dokuwiki' | 'zim'): ReturnType<Token> {
  return span(rest, /^\[\[[ \t]*([^|\]\n]+?)[ \t]*(?:\|([^\]\n]*))?\]\]/, (target, words, whole) => (URL.test(target) ? `[${words?.trim() ? wikiInline(words.trim(), dialect) : textAsMarkdown(target)}](${linkDestination(target)})` : whole));
}

/**
 * One line's text (or a heading's, an item's) in the dialect, as Markdown; its line-head openers are the caller's.
 * With the page's `references`, a MediaWiki `<ref>` is a footnote's citation (wiki-references.ts).
 */
export function wikiInline(text: string, dialect: WikiMarkup, references?: WikiReferences): string {
  const cited: Token[] = references
    ? [(rest) => span(rest, WIKI_REFERENCE, (attributes, said, whole) => references.cite(whole.endsWith('/>') ? undefined : wikiInline(said.trim(), dialect), referenceName(attributes)))]
    : [];
  const tokens = dialect === 'zim' ? ZIM : dialect === 'tiddlywiki' ? TIDDLYWIKI : [...cited, ...SHARED, ...(dialect === 'mediawiki' ? MEDIAWIKI : DOKUWIKI)];
  let out = '';
  let k = 0;
  while (k < text.length) {
    MARKUP_HEAD.lastIndex = k;
    const read = MARKUP_HEAD.test(text) ? firstOf(tokens, text.slice(k, k + LONGEST_SPAN)) : undefined;
    if (read) {
      out += read.markdown;
      k += read.length;
      continue;
    }
    const c = text[k]!;
    out += c === '$' && dialect === 'dokuwiki' ? c : escapedForMarkdown(c, text[k + 1]);
    k++;
  }
  return out;
}

function firstOf(tokens: readonly Token[], rest: string): { markdown: string; length: number } | undefined {
  for (const token of tokens) {
    const read = token(rest);
    if (read) return read;
  }
  return undefined;
}

/** The markup `pattern` finds at the head of `rest`, as `markdown` makes it of its groups (and the whole match, last). */
function span(rest: string, pattern: RegExp, markdown: (...groups: string[]) => string): { markdown: string; length: number } | undefined {
  const match = pattern.exec(rest);
  if (!match) return undefined;
  const groups = match.slice(1).map((group) => group ?? '');
  return { markdown: markdown(...(groups.length > 0 ? groups : [match[0]]), match[0]), length: match[0].length };
}

