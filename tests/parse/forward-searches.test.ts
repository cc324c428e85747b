/**
 * The passes that mend raw text look for each opener's closer, openers in
 * text order. A search is answered from the last one under its key while
 * that still applies, so a note of many openers and no closer is searched
 * once, not once per opener.
 */
import { describe, expect, it } from 'vitest';
import { ForwardSearches } from '../../src/parse/forward-searches.js';

const text = 'a \\( b \\( c \\) d \\( e';

function counted() {
  let searched = 0;
  const searches = new ForwardSearches<number>((at) => at);
  const closerAfter = (from: number) =>
    searches.find('\\)', from, () => {
      searched++;
      return text.indexOf('\\)', from);
    });
  return { closerAfter, searches: () => searched };
}

describe('searches in text order', () => {
  it('answers a later search from the last one while what it found is still ahead', () => {
    const { closerAfter, searches } = counted();
    expect(closerAfter(2)).toBe(12);
    expect(closerAfter(7)).toBe(12);
    expect(searches()).toBe(1);
  });

  it('searches again past what the last search found', () => {
    const { closerAfter, searches } = counted();
    expect(closerAfter(2)).toBe(12);
    expect(closerAfter(17)).toBe(-1);
    expect(searches()).toBe(2);
  });

  it('answers "nothing" once for every later offset', () => {
    const { closerAfter, searches } = counted();
    expect(closerAfter(17)).toBe(-1);
    expect(closerAfter(19)).toBe(-1);
    expect(searches()).toBe(1);
  });

  it('searches again for an earlier offset than the last search started from', () => {
    const { closerAfter, searches } = counted();
    expect(closerAfter(17)).toBe(-1);
    expect(closerAfter(2)).toBe(12);
    expect(searches()).toBe(2);
  });

  it('keeps searches under different keys apart', () => {
    const searches = new ForwardSearches<number>((at) => at);
    expect(searches.find('x', 0, () => 5)).toBe(5);
    expect(searches.find('y', 0, () => 9)).toBe(9);
  });
});
