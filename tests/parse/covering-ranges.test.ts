/** Ranges of lines asked which of them, first in their given order, covers a span: a callout and one inside it. */
import { describe, expect, it } from 'vitest';
import { CoveringRanges } from '../../src/parse/covering-ranges.js';

describe('covering ranges', () => {
  const inner = { from: 4, to: 5 };
  const outer = { from: 2, to: 9 };
  const ranges = new CoveringRanges([inner, outer, { from: 12, to: 12 }]);

  it('answer the first range in their order that covers all the span, an inner one before the one around it', () => {
    expect(ranges.first(4, 5)).toBe(inner);
    expect(ranges.first(3, 5)).toBe(outer);
    expect(ranges.first(8, 10)).toBeUndefined();
  });

  it('answer, asked with the span turned round, a range that shares a line with it', () => {
    expect(ranges.first(10, 8)).toBe(outer);
    expect(ranges.first(11, 10)).toBeUndefined();
  });
});
