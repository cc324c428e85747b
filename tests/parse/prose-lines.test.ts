/**
 * Three passes edit a note's raw text before remark parses it: site markup
 * (Hugo, Liquid, kramdown), TeX delimiters `\(..\)` and Obsidian comments
 * `%%..%%`. Each reads prose and leaves code as written, and they read code
 * one way, remark's: these tests say which lines are which, which stretches
 * are code spans, and that the three passes agree.
 */
import { describe, expect, it } from 'vitest';
import { codeSpans } from '../../src/parse/code-spans.js';
import { findComments } from '../../src/parse/obsidian-comments.js';
import { rewriteTexDelimiters } from '../../src/parse/math-delimiters.js';
import { ProseReading, proseParagraphs } from '../../src/parse/prose-lines.js';
import { readSiteMarkup } from '../../src/parse/site-markup.js';

/** Each line of `text` with what it reads as. */
function kinds(text: string): string[] {
  const reading = new ProseReading();
  return text.split('\n').map((line) => `${reading.read(line).kind}: ${line}`);
}

/** The code spans of `text` as one paragraph, as written. */
const spansOf = (text: string) => codeSpans(text, 0, text.length).map(([start, end]) => text.slice(start, end));

describe('which lines are code', () => {
  it('closes a fence only with a line of its own character, at least as long, and nothing but spaces after', () => {
    expect(kinds('````python\n```\n~~~~\n```` not a close\n`````  \nafter')).toEqual([
      'fenced-code: ````python',
      'fenced-code: ```',
      'fenced-code: ~~~~',
      'fenced-code: ```` not a close',
      'fenced-code: `````  ',
      'prose: after',
    ]);
  });

  it('reads a backtick line whose info string holds a backtick as a code span, not a fence', () => {
    expect(kinds('```print(1)``` prints one.\nStill prose.')).toEqual(['prose: ```print(1)``` prints one.', 'prose: Still prose.']);
  });

  it('reads a line indented four columns as code only where a paragraph cannot go on', () => {
    expect(
      kinds('    at the head\n## Under a heading?\n    code\n\tcode after a tab\n\nA paragraph\n    goes on here\n```\n```\n    after a fence\n---\n    after a break'),
    ).toEqual([
      'indented-code:     at the head',
      'prose: ## Under a heading?',
      'indented-code:     code',
      'indented-code: \tcode after a tab',
      'blank: ',
      'prose: A paragraph',
      'prose:     goes on here',
      'fenced-code: ```',
      'fenced-code: ```',
      'indented-code:     after a fence',
      'prose: ---',
      'indented-code:     after a break',
    ]);
  });

  it('measures indented code from a list item\'s content: an answer indented four spaces under `1.` is its paragraph', () => {
    expect(kinds('1. What is F1?\n\n    The harmonic mean.\n\n        f1(p, r)\n- Nested:\n\n      code\nOut of the list, lazily.\n\n    code again')).toEqual([
      'prose: 1. What is F1?',
      'blank: ',
      'prose:     The harmonic mean.',
      'blank: ',
      'indented-code:         f1(p, r)',
      'prose: - Nested:',
      'blank: ',
      'indented-code:       code',
      'prose: Out of the list, lazily.',
      'blank: ',
      'indented-code:     code again',
    ]);
  });

  it('reads fences and `$$` blocks in quotes and list items, and a `$$` block as math, not prose', () => {
    expect(kinds('> ```\n> code\n> ```\n- $$\n  x^2\n  $$\n>\n>     quoted code')).toEqual([
      'fenced-code: > ```',
      'fenced-code: > code',
      'fenced-code: > ```',
      'math: - $$',
      'math:   x^2',
      'math:   $$',
      'blank: >',
      'indented-code: >     quoted code',
    ]);
  });

  it('groups prose into paragraphs: a heading stands alone, a lazy line goes on, a list item or an HTML block starts anew', () => {
    const text = '## Q?\nFirst line\nlazy line\n- item\n  goes on\n</details>\n    in the block\n\nAfter.';
    const paragraphs = [...proseParagraphs(text)].map((paragraph) => text.slice(paragraph.start, paragraph.end));
    expect(paragraphs).toEqual(['## Q?', 'First line\nlazy line', '- item\n  goes on', '</details>\n    in the block', 'After.']);
  });
});

describe('code spans', () => {
  it('close with a run of exactly the same length, on a later line of the paragraph too', () => {
    expect(spansOf('`a` ``b ` c`` ```d\ne```')).toEqual(['`a`', '``b ` c``', '```d\ne```']);
  });

  it('are not opened by an escaped backtick, and hold backslashes as they are', () => {
    expect(spansOf('\\`not code` and `C:\\`')).toEqual(['` and `']);
  });

  it('leave an opener nothing closes as backticks, and read on after it', () => {
    expect(spansOf('`` open ` and `x`')).toEqual(['` and `']);
  });
});

describe('the three passes agree on what is code', () => {
  /** Prose that each pass reads, then the same markup in every kind of code. */
  const note = [
    'Read: \\(a\\) %% hidden %% {% include a %}',
    '',
    '1. In a list item:',
    '',
    '    read too: \\(b\\) %% hidden %% {% include b %}',
    '',
    '## Code under a heading?',
    '    \\(x\\) %% c %% {% include x %}',
    '',
    '```',
    '\\(x\\) %% c %% {% include x %}',
    '``` not a close',
    '\\(x\\) %% c %% {% include x %}',
    '```',
    '',
    'A span `over \\(x\\) %% c',
    '{% include x %} two lines`.',
    '',
    '$$',
    '\\(x\\) %% c %% {: .x}',
    '$$',
    '',
  ].join('\n');
  const codeFrom = note.indexOf('## Code');

  it('the TeX pass rewrites only the prose', () => {
    const { text, unbalanced } = rewriteTexDelimiters(note);
    expect(text.slice(0, codeFrom)).toContain('Read: $$a$$');
    expect(text.slice(0, codeFrom)).toContain('read too: $$b$$');
    expect(text.slice(codeFrom)).toBe(note.slice(codeFrom));
    expect(unbalanced).toEqual([]);
  });

  it('the comment pass cuts only the comments in prose', () => {
    const { comments, unclosed } = findComments(note);
    expect(comments.map(([start, end]) => note.slice(start, end))).toEqual(['%% hidden %%', '%% hidden %%']);
    expect(comments.every(([, end]) => end < codeFrom)).toBe(true);
    expect(unclosed).toEqual([]);
  });

  it('the site markup pass leaves out only the markup in prose', () => {
    const { text, notes } = readSiteMarkup(note);
    expect(notes.map((found) => found.line)).toEqual([1, 5]);
    expect(text.slice(codeFrom)).toBe(note.slice(codeFrom));
  });
});
