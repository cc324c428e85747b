/**
 * A fast way through the defensive sanitise pass, for HTML that is already plainly safe.
 *
 * Parsing every answer with parse5 and serialising it again costs about 0.1 ms, which is most of
 * a 100,000-note build. But answer.html arrives sanitised and in one regular form (rehype-stringify's),
 * so most answers can be checked instead of rebuilt: this tokenizer accepts an HTML fragment only
 * when every part of it is in a strict subset of HTML in which a browser cannot read anything
 * other than what this code reads:
 *
 * - text never contains `<`;
 * - a tag is `<name attr="value" ...>` or `</name>`: lowercase names, double-quoted values
 *   without `<`, `>` or `"`, nothing else (no comments, doctype, CDATA, unquoted values);
 * - every element and attribute is on the allow-list below, a narrower list than the sanitiser's
 *   schema (html-sanitise.ts); classes and URL schemes are the ones that schema keeps (asked of it,
 *   not listed again here); URLs have no whitespace, controls, `&` or `\`;
 * - elements are balanced, only void elements (br, hr, img) stand alone, and table parts stand
 *   inside a table (elsewhere the parser drops them, and the sanitiser's `ancestors` rule agrees).
 *
 * Anything else returns undefined, and the caller takes the full parse-and-sanitise path.
 */
import { keepsClass, keptProtocols } from './html-sanitise.js';

export type HtmlToken =
  | { type: 'text'; raw: string }
  | { type: 'open'; raw: string; name: string; attributes: ReadonlyMap<string, string | true> }
  | { type: 'close'; raw: string; name: string };

type AttributeRule = (value: string | true) => boolean;

const text: AttributeRule = (value) => value !== true;
const digits: AttributeRule = (value) => value !== true && /^\d{1,6}$/.test(value);
const flag: AttributeRule = (value) => value === true || value === '';
const alignment: AttributeRule = (value) => value === 'left' || value === 'right' || value === 'center';

/**
 * A class list (of at most `most` classes) whose every class the sanitiser keeps on `tagName`:
 * which classes are allowed is the sanitiser's schema's business (html-sanitise.ts), not a
 * second list here.
 */
function classes(tagName: string, most = Infinity): AttributeRule {
  return (value) => {
    if (value === true) return false;
    const names = value.split(' ');
    return names.length <= most && names.every((name) => keepsClass(tagName, name));
  };
}

/**
 * A URL whose scheme, if it has one, is one the sanitiser keeps for `property` (its rule: a `:`
 * before any `/?#` ends a scheme, compared as written, so `HTTPS:` is not `https:`).
 */
function url(property: 'href' | 'src'): AttributeRule {
  const schemes = keptProtocols(property);
  return (value) => {
    if (value === true || /[\s\u0000-\u001f\u007f&\\]/.test(value)) return false;
    const colon = value.indexOf(':');
    if (colon < 0) return true;
    const firstDelimiter = value.search(/[/?#]/);
    if (firstDelimiter >= 0 && firstDelimiter < colon) return true;
    return schemes.includes(value.slice(0, colon));
  };
}

const PLAIN = [
  'p', 'br', 'hr', 'strong', 'em', 'b', 'i', 'u', 'del', 's', 'strike', 'ins', 'sub', 'sup', 'kbd', 'samp',
  'var', 'tt', 'ul', 'li', 'blockquote', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'table', 'thead', 'tbody',
  'tfoot', 'tr', 'pre', 'summary', 'dl', 'dt', 'dd',
];

const ALLOWED: ReadonlyMap<string, Readonly<Record<string, AttributeRule>>> = new Map([
  ...PLAIN.map((name): [string, Record<string, AttributeRule>] => [name, {}]),
  ['a', { href: url('href'), title: text }],
  ['img', { src: url('src'), alt: text, title: text, width: digits, height: digits }],
  ['code', { class: classes('code', 1) }],
  ['span', { class: classes('span') }],
  ['div', { class: classes('div') }],
  ['ol', { start: digits }],
  ['th', { align: alignment }],
  ['td', { align: alignment }],
  ['details', { open: flag }],
]);

export const VOID_ELEMENTS: ReadonlySet<string> = new Set(['br', 'hr', 'img']);
const TABLE_PARTS: ReadonlySet<string> = new Set(['thead', 'tbody', 'tfoot', 'tr', 'th', 'td']);

/** Shared by every tag without attributes (never written to). */
const NO_ATTRIBUTES: ReadonlyMap<string, string | true> = new Map();

const TAG = /<(\/?)([a-z][a-z0-9]*)((?:[ \t\n]+[a-z][a-z-]*(?:="[^"<>]*")?)*)[ \t\n]*(\/?)>/y;
const ATTRIBUTE = /[ \t\n]+([a-z][a-z-]*)(?:="([^"<>]*)")?/g;

/** The tokens of `html` if it is entirely in the safe subset, else undefined. */
export function safeHtmlTokens(html: string): HtmlToken[] | undefined {
  const tokens: HtmlToken[] = [];
  const open: string[] = [];
  let at = 0;
  while (at < html.length) {
    const lt = html.indexOf('<', at);
    const end = lt < 0 ? html.length : lt;
    if (end > at) tokens.push({ type: 'text', raw: html.slice(at, end) });
    if (lt < 0) break;
    TAG.lastIndex = lt;
    const match = TAG.exec(html);
    if (!match) return undefined;
    const [raw, slash, name, attributeText, selfClosing] = match as unknown as [string, string, string, string, string];
    const rules = ALLOWED.get(name);
    if (!rules) return undefined;
    if (slash) {
      if (attributeText || selfClosing || open.pop() !== name) return undefined;
      tokens.push({ type: 'close', raw, name });
    } else {
      const isVoid = VOID_ELEMENTS.has(name);
      if (selfClosing && !isVoid) return undefined;
      if (TABLE_PARTS.has(name) && !open.includes('table')) return undefined;
      let attributes = NO_ATTRIBUTES;
      if (attributeText) {
        const parsedAttributes = new Map<string, string | true>();
        for (const [, attribute, value] of attributeText.matchAll(ATTRIBUTE)) {
          // Own properties only: `constructor` must not find Object.prototype's.
          const rule = Object.hasOwn(rules, attribute!) ? rules[attribute!] : undefined;
          const parsed = value ?? true;
          if (!rule || parsedAttributes.has(attribute!) || !rule(parsed)) return undefined;
          parsedAttributes.set(attribute!, parsed);
        }
        attributes = parsedAttributes;
      }
      if (!isVoid) open.push(name);
      tokens.push({ type: 'open', raw, name, attributes });
    }
    at = lt + raw.length;
  }
  return open.length === 0 ? tokens : undefined;
}
