import { describe, expect, it } from 'vitest';
import { shareOfNonAscii } from '../../src/load/non-ascii-share.js';

const isHangul = (char: string) => char >= '\uac00' && char <= '\ud7a3';

describe('shareOfNonAscii', () => {
  it('counts only the characters beyond ASCII', () => {
    expect(shareOfNonAscii('abc 가나 漢', isHangul)).toBeCloseTo(2 / 3);
  });

  it('counts among what `counted` takes only', () => {
    expect(shareOfNonAscii('가나…“”', isHangul, (char) => /\p{L}/u.test(char))).toBe(1);
  });

  it('is 0 where nothing is counted', () => {
    expect(shareOfNonAscii('plain ASCII', isHangul)).toBe(0);
  });
});
