/**
 * The Answer field: answer.html is sanitised again (fields render in a web view with scripting on),
 * code is highlighted, images packed or replaced; math is left as upstream marked it.
 */
import { describe, expect, it } from 'vitest';
import { answerField } from '../../../src/export/anki/answer-field.js';
import type { ImageOutcome } from '../../../src/export/anki/answer-images.js';
import { answerFromTokens } from '../../../src/export/anki/answer-tokens.js';
import { answerFromTree } from '../../../src/export/anki/answer-tree.js';
import { sanitiseHtml, serialiseHtml } from '../../../src/export/anki/html-sanitise.js';
import { safeHtmlTokens } from '../../../src/export/anki/safe-html-tokens.js';
import { XSS_VECTORS } from './xss-vectors.js';
import { answerHtml } from '../../../src/normalise/answer-html.js';
import { parseMarkdown } from '../../../src/parse/markdown.js';

const noImages = (): ImageOutcome => ({ kind: 'missing', problem: 'no images in this test' });
const field = (html: string): string => answerField(html, noImages).html;


/** Nothing in `html` can run script or load styling. */
function expectInert(html: string): void {
  expect(html).not.toMatch(/<\s*(script|style|iframe|object|embed|svg|math|form|input|button|meta|base|link|body|textarea|template|noscript)\b/i);
  expect(html).not.toMatch(/\son[a-z]+\s*=/i);
  expect(html).not.toMatch(/\sstyle\s*=/i);
  expect(html).not.toMatch(/\s(href|src|action|data|srcdoc)\s*=\s*"?\s*(javascript|vbscript|data):/i);
  expect(html).not.toMatch(/javascript:|vbscript:|data:text|data:image/i);
}

describe('answerField sanitising', () => {
  it.each(XSS_VECTORS)('neutralises %s', (vector) => {
    const html = field(`<p>Before</p>${vector}<p>After</p>`);
    expectInert(html);
    expect(html.startsWith('<p>Before</p>')).toBe(true);
  });

  it('keeps the ordinary markup of an answer (written here as the serialiser writes it)', () => {
    const html =
      '<p>A <strong>bold</strong>, <em>emphasised</em> and <code>inline</code> claim with a <a href="https://example.com/x?a=1&#x26;b=2">link</a>.</p>\n' +
      '<ol>\n<li>one</li>\n<li>two<ul><li>nested</li></ul></li>\n</ol>\n' +
      '<table><thead><tr><th>a</th></tr></thead><tbody><tr><td>1</td></tr></tbody></table>\n' +
      '<details><summary>More</summary><p>hidden</p></details>\n<blockquote><p>quote</p></blockquote>';
    expect(field(html)).toBe(html);
  });

  it('shows a task list\'s checkboxes as ticked or empty boxes, since a card has no form controls', () => {
    const html = field('<ul class="contains-task-list">\n<li class="task-list-item"><input type="checkbox" checked disabled> Done</li>\n<li class="task-list-item"><input type="checkbox" disabled> To do</li>\n</ul>');
    expect(html).toContain('☑ Done');
    expect(html).toContain('☐ To do');
    expect(html).not.toContain('<input');
  });

  it('keeps in-page links pointing at their ids when it sanitises answer HTML again', () => {
    const upstream = answerHtml(parseMarkdown('A note[^n].\n\n[^n]: The note.').tree.children);
    const html = serialiseHtml(sanitiseHtml(upstream));
    const ids = [...html.matchAll(/ id="([^"]+)"/g)].map((match) => match[1]!);
    for (const [, target] of html.matchAll(/ href="#([^"]+)"/g)) expect(ids).toContain(target);
    expect(html).toBe(upstream);
  });

  it('drops the content of script and style, but keeps the text of unknown elements', () => {
    expect(field('<p>a<script>var x = 1;</script>b</p>')).toBe('<p>ab</p>');
    expect(field('<style>p { color: red }</style><p>x</p>')).toBe('<p>x</p>');
    expect(field('<p><custom-tag>kept text</custom-tag></p>')).toBe('<p>kept text</p>');
  });
});

describe('answerField math', () => {
  it('finds no math of its own: dollars left in the text are ones the parse (which the PDF reads too) did not take for math', () => {
    const html =
      '<p>It costs $5 or $10, $a$1 and $b$, \\$3, $$x$$, and <code>$HOME</code>.</p>' +
      '<pre><code class="language-bash">echo $PATH$</code></pre>';
    const kept = field(html);
    expect(kept).toContain('<p>It costs $5 or $10, $a$1 and $b$, \\$3, $$x$$, and <code>$HOME</code>.</p>');
    expect(kept).toContain('$PATH$');
    expect(kept).not.toMatch(/\\[([]/);
  });

  it('leaves math spans from upstream untouched, even with dollars and < inside', () => {
    const html = '<p><span class="math math-inline">\\(a &#x3C; b, \\$x\\$\\)</span></p>';
    expect(field(html)).toBe('<p><span class="math math-inline">\\(a &#x3C; b, \\$x\\$\\)</span></p>');
  });
});

describe('answerField code', () => {
  it('highlights known languages with hljs classes and leaves unknown ones plain', () => {
    const html = field(
      '<pre><code class="language-ts">const x: number = 1;</code></pre><pre><code class="language-mermaid">graph TD; A--&gt;B</code></pre>',
    );
    expect(html).toContain(
      '<code class="language-ts hljs"><span class="hljs-keyword">const</span> <span class="hljs-attr">x</span>: <span class="hljs-built_in">number</span> = <span class="hljs-number">1</span>;</code>',
    );
    expect(html).toMatch(/<code class="language-mermaid">graph TD; A--(>|&gt;|&#x3E;)B<\/code>/);
  });

  it('keeps the text of highlighted code exactly, indentation included', () => {
    const code = 'def f(x):\n    if x &lt; 0:\n        return -x\n    return x\n';
    const html = field(`<pre><code class="language-python">${code}</code></pre>`);
    const text = html.replace(/<[^>]+>/g, '');
    expect(text).toBe('def f(x):\n    if x &#x3C; 0:\n        return -x\n    return x\n');
  });
});

describe('answerField images', () => {
  it('points packed local images at their media name, keeps remote ones, and marks missing ones', () => {
    const seen: string[] = [];
    const result = answerField(
      '<p><img src="img/plot.png" alt="plot"> <img src="https://example.com/a.png" alt="remote"> <img src="gone.png" alt="lost figure"></p>',
      (src) => {
        seen.push(src);
        if (src.startsWith('https:')) return { kind: 'remote' };
        if (src === 'img/plot.png') return { kind: 'packed', name: 'plot-0a1b2c3d.png' };
        return { kind: 'missing', problem: 'file not found or unreadable' };
      },
    );
    expect(seen).toEqual(['img/plot.png', 'https://example.com/a.png', 'gone.png']);
    expect(result.html).toBe(
      '<p><img src="plot-0a1b2c3d.png" alt="plot"> <img src="https://example.com/a.png" alt="remote"> <span class="missing-image">[image: lost figure]</span></p>',
    );
    expect(result.missingImages).toEqual([{ src: 'gone.png', problem: 'file not found or unreadable' }]);
  });
});

describe('the fast token path', () => {
  /** Answers as upstream writes them (rehype-stringify output of sanitised Markdown). */
  const CANONICAL = [
    '<p>Plain <strong>bold</strong> <em>em</em> <code>x &#x3C; y</code> &#x26; more.</p>',
    '<ul>\n<li>one $a+b$</li>\n<li>two <a href="https://example.com/x">link</a></li>\n</ul>',
    '<ol start="3">\n<li>three</li>\n</ol>\n<blockquote>\n<p>quote</p>\n</blockquote>',
    '<p>Inline <span class="math math-inline">\\(a &#x3C; b, $x$\\)</span></p>\n<div class="math math-display">\\[\\sum_i x_i\\]</div>',
    '<pre><code class="language-python">def f(x):\n    return x &#x3C; 2 and "s" != \'t\'\n</code></pre>',
    '<pre><code class="language-mermaid">graph TD; A-->B</code></pre>',
    '<pre><code>no language $x$</code></pre>',
    '<table>\n<thead>\n<tr>\n<th align="left">a</th>\n<th>b</th>\n</tr>\n</thead>\n<tbody>\n<tr>\n<td align="center">1</td>\n<td>2</td>\n</tr>\n</tbody>\n</table>',
    '<details open><summary>More</summary><p>hidden $$E=mc^2$$</p></details>',
    '<p><img src="img/a.png" alt="a picture"> <img src="https://example.com/b.png" alt="b"> <img src="missing.png" alt="gone"></p>',
    '<h2>Title</h2>\n<hr>\n<p>line<br>\nbreak</p>',
  ];

  const resolve = (src: string): ImageOutcome =>
    src.startsWith('https:') ? { kind: 'remote' } : src === 'img/a.png' ? { kind: 'packed', name: 'a-12345678.png' } : { kind: 'missing', problem: 'gone' };

  it.each(CANONICAL)('takes the fast path and agrees with the full path on %s', (html) => {
    // The fixture is written in the serialiser's own form: check that first.
    expect(serialiseHtml(sanitiseHtml(html))).toBe(html);
    const tokens = safeHtmlTokens(html);
    expect(tokens).toBeDefined();
    const fast = answerFromTokens(tokens!, resolve);
    expect(fast).toEqual(answerFromTree(html, resolve));
    expect(answerField(html, resolve).path).toBe('tokens');
  });

  it.each([
    ['a comment', '<p>a</p><!-- c -->'],
    ['an element off the list', '<p>a<u2>b</u2></p>'],
    ['an attribute off the list', '<p id="x">a</p>'],
    ['an event handler', '<p onclick="alert(1)">a</p>'],
    ['an unquoted attribute', '<img src=x.png>'],
    ['a single-quoted attribute', "<a href='https://example.com'>a</a>"],
    ['upper-case markup', '<P>a</P>'],
    ['unbalanced elements', '<p><em>a</p></em>'],
    ['an unclosed element', '<p>a'],
    ['a self-closing non-void element', '<p/>'],
    ['a javascript: URL', '<a href="javascript:alert(1)">a</a>'],
    ['a character reference in a URL', '<a href="jav&#x61;script:alert(1)">a</a>'],
    ['whitespace in a URL', '<a href="java script:alert(1)">a</a>'],
    ['a data: image', '<img src="data:image/png;base64,AAAA">'],
    ['a class off the list', '<span class="evil">a</span>'],
    ['a stray <', '<p>a < b</p>'],
    ['a prototype property as attribute', '<p constructor="x">a</p>'],
    ['markup inside highlighted code', '<pre><code class="language-python"><b>x</b></code></pre>'],
  ])('leaves %s to the full path', (_what, html) => {
    const result = answerField(html, resolve);
    expect(result.path).toBe('tree');
    expect(result.html).not.toMatch(/\son\w+=|javascript:|data:|\sid="x"|constructor/i);
  });
});
