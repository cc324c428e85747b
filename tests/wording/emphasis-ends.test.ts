/**
 * One walk that takes emphasis marks off a line's ends (src/wording/emphasis-ends.ts), for the pager's lines over it,
 * an answer's label and a to-do note; each says which marks come off.
 */
import { describe, expect, it } from 'vitest';
import { BOLD_AND_ITALIC_MARKS, BOLD_ITALIC_AND_STRIKETHROUGH_MARKS, withoutEmphasisEnds } from '../../src/wording/emphasis-ends.js';

describe('withoutEmphasisEnds', () => {
  it('takes the runs of marks off both ends, and leaves those inside', () => {
    expect(withoutEmphasisEnds('***Q9. Distillation의 temperature는?***', BOLD_AND_ITALIC_MARKS)).toBe('Q9. Distillation의 temperature는?');
    expect(withoutEmphasisEnds('_Answer_', BOLD_AND_ITALIC_MARKS)).toBe('Answer');
    expect(withoutEmphasisEnds('**a** and __b__', BOLD_AND_ITALIC_MARKS)).toBe('a** and __b');
    expect(withoutEmphasisEnds('***', BOLD_AND_ITALIC_MARKS)).toBe('');
  });

  it('takes strikethrough\'s marks off only where they are asked for', () => {
    expect(withoutEmphasisEnds('~~TODO~~', BOLD_AND_ITALIC_MARKS)).toBe('~~TODO~~');
    expect(withoutEmphasisEnds('~~**TODO**~~', BOLD_ITALIC_AND_STRIKETHROUGH_MARKS)).toBe('TODO');
  });

  it('leaves a line as it is where its marks stand inside it, however long their run', () => {
    const line = `x${'*'.repeat(200_000)}x`;
    expect(withoutEmphasisEnds(line, BOLD_AND_ITALIC_MARKS)).toBe(line);
  });
});
