/**
 * A quote's markers read one way (src/parse/quote-markers.ts): by the readers that look through a quote and by the
 * reading of a note's lines as blocks. The first had stopped at a marker set two spaces after the one before it
 * (`>  > Q: …`), which CommonMark, and the second, read as a quote in a quote: it now takes it as a marker too.
 */
import { describe, expect, it } from 'vitest';
import { afterQuoteMarkers, blankQuoteMarkers, quoteDepth, withoutQuoteMarkers } from '../../src/parse/quote-markers.js';

describe("a quote's markers", () => {
  it('are each a > at most three spaces past the one before, as CommonMark reads them', () => {
    expect(withoutQuoteMarkers('>  > Q: What is dropout?')).toBe('Q: What is dropout?');
    expect(quoteDepth('>  > Q: What is dropout?')).toBe(2);
    expect(withoutQuoteMarkers('> > Q: x')).toBe('Q: x');
    expect(withoutQuoteMarkers('>>Q: x')).toBe('Q: x');
    expect(withoutQuoteMarkers('>     > code')).toBe('    > code');
  });

  it("stand anywhere in a quoted block's own line (its list item indents it), not past three spaces in a note's line", () => {
    expect(withoutQuoteMarkers('      > Q: x')).toBe('Q: x');
    expect(withoutQuoteMarkers('\t>\tQ: x')).toBe('Q: x');
    expect(afterQuoteMarkers('    > code')).toBe(0);
    expect(afterQuoteMarkers('   > x')).toBe(5);
    expect(blankQuoteMarkers('  > > x')).toBe('      x');
  });
});
