import { describe, expect, it } from 'vitest';
import { escapedForMarkdown, textAsMarkdown } from '../../src/parse/markdown-escapes.js';

const escaped = (text: string) => [...text].map((c, k) => escapedForMarkdown(c, text[k + 1])).join('');

describe('escapedForMarkdown', () => {
  it('escapes what Markdown reads as emphasis, strikethrough, math, code or an escape', () => {
    expect(escaped('a*b_c~d$e\\f`g')).toBe('a\\*b\\_c\\~d\\$e\\\\f\\`g');
  });

  it('escapes a < only where it would open a tag or a comment', () => {
    expect(escaped('<div> </x> <!-- a < b <')).toBe('\\<div> \\</x> \\<!-- a < b <');
  });

  it('leaves the rest as written', () => {
    expect(escaped('#tag [x] & 1. 가')).toBe('#tag [x] & 1. 가');
  });
});

describe('textAsMarkdown', () => {
  it('escapes each character of a text as written, with the escape given or escapedForMarkdown', () => {
    expect(textAsMarkdown('a_b <i>')).toBe('a\\_b \\<i>');
    expect(textAsMarkdown('[a_b]', (c, next) => (c === '[' ? '&#91;' : escapedForMarkdown(c, next)))).toBe('&#91;a\\_b]');
  });
});
