/**
 * The fast path's safety rests on one claim: whatever HTML it accepts, the full sanitiser would
 * have kept whole. Checked on random fragments built from safe and hostile pieces.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { sanitiseHtml, serialiseHtml } from '../../../src/export/anki/html-sanitise.js';
import { safeHtmlTokens } from '../../../src/export/anki/safe-html-tokens.js';
import type { HtmlToken } from '../../../src/export/anki/safe-html-tokens.js';

const TAGS = ['p', 'em', 'code', 'span', 'div', 'a', 'img', 'br', 'pre', 'ol', 'li', 'ul', 'td', 'table', 'details',
  'summary', 'script', 'style', 'iframe', 'svg', 'math', 'textarea', 'xmp', 'P', 'input', 'object'];
const ATTRIBUTES = ['class', 'href', 'src', 'alt', 'title', 'start', 'align', 'open', 'width', 'onclick', 'onerror',
  'style', 'id', 'name', 'srcdoc', 'formaction', 'constructor', 'HREF'];
const VALUES = ['x', 'math', 'math math-inline', 'language-python', 'language-js evil', 'https://e.com/a', '//e.com/b',
  '/x.png', 'img/a b.png', 'javascript:alert(1)', 'JaVaScRiPt:x', 'java\tscript:x', ' javascript:x', 'data:text/html,x',
  'mailto:a@b.c', 'vbscript:x', '12', 'left', 'middle', '', "it's"];
const TEXTS = ['a', '$x$', ' ', '\n', '<', '>', '&amp;', '&#x3C;', '"', "'", '\\(y\\)', '</', '<!--', '-->'];
const VOID = new Set(['br', 'img']);

const attribute = fc.tuple(fc.constantFrom(...ATTRIBUTES), fc.constantFrom(...VALUES), fc.constantFrom('"', "'", '', 'bare'))
  .map(([name, value, quote]) => (quote === 'bare' ? ` ${name}` : ` ${name}=${quote}${value}${quote}`));

const { fragment } = fc.letrec<{ fragment: string; node: string }>((tie) => ({
  fragment: fc.array(tie('node'), { maxLength: 4 }).map((nodes) => nodes.join('')),
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...TEXTS),
    fc.tuple(fc.constantFrom(...TAGS), fc.array(attribute, { maxLength: 3 }), tie('fragment'), fc.boolean()).map(
      ([tag, attributes, children, selfClose]) =>
        VOID.has(tag) ? `<${tag}${attributes.join('')}${selfClose ? '/' : ''}>` : `<${tag}${attributes.join('')}>${children}</${tag}>`,
    ),
  ),
}));

/** Every element and attribute of a token list, as `name attr=value` strings. */
function parts(tokens: readonly HtmlToken[]): string[] {
  const out: string[] = [];
  for (const token of tokens) {
    if (token.type !== 'open') continue;
    out.push(token.name);
    for (const [name, value] of token.attributes) out.push(`${token.name} ${name}=${value === true ? '' : value}`);
  }
  return out;
}

describe('safeHtmlTokens', () => {
  it('accepts only HTML that the sanitiser keeps whole', () => {
    let accepted = 0;
    fc.assert(
      fc.property(fragment, (html) => {
        const tokens = safeHtmlTokens(html);
        if (!tokens) return;
        accepted++;
        const sanitised = safeHtmlTokens(serialiseHtml(sanitiseHtml(html)));
        expect(sanitised).toBeDefined();
        const kept = new Set(parts(sanitised!));
        for (const part of parts(tokens)) expect(kept).toContain(part);
      }),
      { numRuns: 3000, seed: 4242 },
    );
    // The generator must reach the accepting side often enough for the claim to mean something.
    expect(accepted).toBeGreaterThan(300);
  });

  it('takes its classes and URL schemes from the sanitiser: accepts a fragment exactly when the sanitiser keeps it whole', () => {
    const fragments = [
      '<a href="https://e.com/c">x</a>', '<a href="HTTPS://e.com/c">x</a>', '<a href="irc://e.com/c">x</a>',
      '<a href="mailto:a@b.c">x</a>', '<img src="https://e.com/a.png">', '<img src="ftp://e.com/a.png">',
      '<code class="language-python">x</code>', '<code class="language-c++">x</code>',
      '<span class="math math-inline">x</span>', '<span class="math-display">x</span>',
      '<div class="math math-display">x</div>', '<div class="math-inline">x</div>',
    ];
    const keptWhole = (html: string) => serialiseHtml(sanitiseHtml(html)) === html;
    for (const html of fragments) expect({ html, accepted: safeHtmlTokens(html) !== undefined }).toEqual({ html, accepted: keptWhole(html) });
    // Both sides occur, so the comparison means something.
    expect(fragments.filter(keptWhole).length).toBeGreaterThan(3);
    expect(fragments.filter((html) => !keptWhole(html)).length).toBeGreaterThan(3);
  });

  it('reads tags, attributes and text as a browser would', () => {
    expect(safeHtmlTokens('<span class="math">a &amp; b</span><br><img src="x.png" alt="y"/>')).toEqual([
      { type: 'open', raw: '<span class="math">', name: 'span', attributes: new Map([['class', 'math']]) },
      { type: 'text', raw: 'a &amp; b' },
      { type: 'close', raw: '</span>', name: 'span' },
      { type: 'open', raw: '<br>', name: 'br', attributes: new Map() },
      { type: 'open', raw: '<img src="x.png" alt="y"/>', name: 'img', attributes: new Map([['src', 'x.png'], ['alt', 'y']]) },
    ]);
  });
});
