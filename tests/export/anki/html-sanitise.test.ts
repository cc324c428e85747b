/**
 * The Anki sanitiser uses upstream's allow-list (`sanitizeSchema`, src/normalise/answer-html.ts),
 * not one of its own: what it keeps of any HTML is what upstream keeps, except for the few things
 * a card does not take (form controls, <source>, raw-text and foreign elements, dropped with
 * their content).
 */
import type { Root } from 'hast';
import { fromParse5 } from 'hast-util-from-parse5';
import { parseFragment } from 'parse5';
import rehypeSanitize from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import { unified } from 'unified';
import { describe, expect, it } from 'vitest';
import { keepsClass, sanitiseHtml, serialiseHtml } from '../../../src/export/anki/html-sanitise.js';
import { sanitizeSchema } from '../../../src/normalise/answer-html.js';

const upstream = unified().use(rehypeSanitize, sanitizeSchema).use(rehypeStringify);
const upstreamKeeps = (html: string) => upstream.stringify(upstream.runSync(fromParse5(parseFragment(html)) as Root) as Root);
const ankiKeeps = (html: string) => serialiseHtml(sanitiseHtml(html));

describe('the Anki sanitiser', () => {
  it('keeps exactly what upstream keeps of ordinary answer HTML, attributes, classes and URLs included', () => {
    const fragments = [
      '<div itemscope itemtype="https://schema.org/Thing">item</div>',
      '<a href="irc://irc.example/chan">chat</a> <a href="xmpp:me@example.com">jabber</a> <a href="https://e.com">web</a>',
      '<code class="language-c++">x</code> <code class="language-python">y</code>',
      '<span class="math math-inline math-display">\\(x\\)</span><div class="math math-display" id="d">\\[y\\]</div>',
      '<p align="center" onclick="alert(1)">centred <img src="x.png" alt="x" onerror="alert(1)"></p>',
      '<details open><summary>More</summary><ul><li>one</li></ul></details>',
      '<table><tr><td colspan="2">cell</td></tr></table><script>alert(1)</script><style>p{}</style>',
    ];
    for (const html of fragments) expect(ankiKeeps(html)).toBe(upstreamKeeps(html));
  });

  it('drops what a card has no use for: form controls (a checkbox becomes its box character), <source>, raw-text and foreign elements with their content', () => {
    const html = '<p><input type="checkbox" disabled> done <input type="text" value="x"></p><video><source srcset="a.webp"></video><xmp><b>raw</b></xmp><svg><text>drawn</text></svg><noembed>old</noembed>';
    expect(upstreamKeeps(html)).toContain('<input');
    // <video> is not on the list either: it is unwrapped, and its <source> goes.
    expect(ankiKeeps(html)).toBe('<p>☐ done </p>');
  });

  it('answers the token path about classes from the same schema', () => {
    expect(keepsClass('code', 'language-python')).toBe(true);
    expect(keepsClass('code', 'language-c++')).toBe(ankiKeeps('<code class="language-c++">x</code>').includes('language-c++'));
    expect(keepsClass('span', 'math-inline')).toBe(true);
    expect(keepsClass('span', 'math-display')).toBe(ankiKeeps('<span class="math-display">x</span>').includes('math-display'));
    expect(keepsClass('p', 'math')).toBe(false);
  });
});
