import { describe, expect, it } from 'vitest';
import { escapedForMarkdown } from '../../src/parse/markdown-escapes.js';

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
