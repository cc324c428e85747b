import { describe, expect, it } from 'vitest';
import type { Paragraph, PhrasingContent, Root } from 'mdast';
import { defaultHandlers, toMarkdown, type Handle, type Options } from 'mdast-util-to-markdown';
import { gfmToMarkdown } from 'mdast-util-gfm';
import { mathToMarkdown } from 'mdast-util-math';
import { prefilterEscapes } from '../../src/normalise/escape-prefilter.js';
import { parseMarkdown } from '../../src/parse/markdown.js';

const options: Options = { bullet: '-', fences: true, listItemIndent: 'one', rule: '-', extensions: [gfmToMarkdown(), mathToMarkdown()] };
const root: Handle = (node, parent, state, info) => {
  prefilterEscapes(state);
  return defaultHandlers.root(node, parent, state, info);
};
const plain = (tree: Root) => toMarkdown(tree, options);
const prefiltered = (tree: Root) => toMarkdown(tree, { ...options, handlers: { root } });

/** A small seeded generator, so that a failure can be replayed. */
function randomTexts(seed: number, count: number): string[] {
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) >>> 0) / 2 ** 32);
  const pieces = ['a', 'W', 'ww', '1', '12', '가', '텐서', ' ', '  ', '\n', '\t', 'http', 'p:', 's:', '//', 'www.', '@x', '\\', '&amp', '&#', '<a', '</', '<!', '-', '--', '+', '*', '_', '`', '~', '#', '=', '>', '|', '[', ']', '(', ')', '!', '.', ':', '$', '"', "'", '%', '{', '}', '\u00a0', '\u007f'];
  return Array.from({ length: count }, () => {
    let text = '';
    const length = 1 + Math.floor(next() * 12);
    for (let k = 0; k < length; k++) text += pieces[Math.floor(next() * pieces.length)];
    return text;
  });
}

/** Each text in the places the serialiser escapes differently: a paragraph's start and middle, a heading, a list, a table cell, a link, emphasis, a quote. */
function treesHolding(text: string): Root[] {
  const t = (value: string): PhrasingContent => ({ type: 'text', value });
  const paragraph = (...children: PhrasingContent[]): Paragraph => ({ type: 'paragraph', children });
  return [
    { type: 'root', children: [paragraph(t(text))] },
    { type: 'root', children: [paragraph(t('x '), { type: 'emphasis', children: [t(text)] }, t(text), { type: 'inlineCode', value: 'c' }, t(text))] },
    { type: 'root', children: [{ type: 'heading', depth: 2, children: [t(text)] }] },
    { type: 'root', children: [{ type: 'list', ordered: false, spread: false, children: [{ type: 'listItem', spread: false, children: [paragraph(t(text))] }] }] },
    {
      type: 'root',
      children: [{ type: 'table', children: [{ type: 'tableRow', children: [{ type: 'tableCell', children: [t(text)] }, { type: 'tableCell', children: [t('b')] }] }] }],
    },
    { type: 'root', children: [paragraph({ type: 'link', url: `https://x.org/${text}`, title: text, children: [t(text)] })] },
    { type: 'root', children: [paragraph({ type: 'link', url: text, children: [t(text)] })] },
    { type: 'root', children: [{ type: 'blockquote', children: [paragraph(t(text), { type: 'break' }, t(text))] }] },
    { type: 'root', children: [{ type: 'code', lang: text.replace(/\s/g, ''), meta: text, value: 'x = 1' }] },
  ];
}

describe('the escape prefilter', () => {
  it('gives the strings the serialiser gives without it, for texts of every character it escapes, in every construct', () => {
    const texts = randomTexts(7, 1500);
    let escaped = 0;
    for (const text of texts) {
      for (const tree of treesHolding(text)) {
        const expected = plain(tree);
        expect(prefiltered(tree), JSON.stringify(text)).toBe(expected);
        if (expected.includes('\\') || expected.includes('&#')) escaped++;
      }
    }
    // The texts do make the serialiser escape (else the comparison would show nothing).
    expect(escaped).toBeGreaterThan(texts.length);
  });

  it('gives the same strings for parsed notes, math and HTML included', () => {
    const notes = [
      '# What is *dropout*?\n\n1. Drops units\n2. At random, p = 0.5\n\n> Note: see www.example.com or https://x.org.\n',
      'A | B\n--- | ---\n`a|b` | $x_1 + y_2$\n\n$$\n\\frac{1}{2}\n$$\n',
      '텐서란 무엇인가?\n\n- **랭크**: 축의 수 (예: 3-D)\n- <b>굵게</b> & 1 < 2\n\n```py\nprint("hi")\n```\n',
      'Line one\\\nline two_with_underscores and 2*3*4 ~~gone~~ [link](a(b)c "t\'t")\n',
    ];
    for (const note of notes) {
      const tree = parseMarkdown(note).tree;
      expect(prefiltered(tree)).toBe(plain(tree));
    }
  });

  it("hands the serialiser's escaping only the patterns whose character is in the text or around it", () => {
    const calls: Array<{ value: string; characters: string[]; of: number }> = [];
    const recording: Handle = (node, parent, state, info) => {
      const all = state.unsafe.length;
      const inner = state.safe;
      state.safe = (input, config) => {
        calls.push({ value: (config.before ?? '') + (input ?? '') + (config.after ?? ''), characters: state.unsafe.map((p) => p.character), of: all });
        return inner.call(state, input, config);
      };
      prefilterEscapes(state);
      return defaultHandlers.root(node, parent, state, info);
    };
    const tree: Root = { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'text', value: 'A model with 텐서 and 2 layers' }] }] };
    expect(toMarkdown(tree, { ...options, handlers: { root: recording } })).toBe(plain(tree));
    expect(calls.length).toBeGreaterThan(0);
    for (const { value, characters, of } of calls) {
      expect(characters.length).toBeGreaterThan(0);
      expect(characters.length).toBeLessThan(of / 4);
      for (const character of characters) expect(value).toContain(character);
    }
  });
});
