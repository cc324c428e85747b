/**
 * The mark a quiz puts after its right option (`B) tanh ✅`): read at the end of the option's text,
 * and left out of it.
 */
import { describe, expect, it } from 'vitest';
import type { PhrasingContent } from 'mdast';
import { backtracking } from '../helpers/backtracking.js';
import { RIGHT_MARK, withoutRightMark } from '../../src/extract/right-mark.js';

const text = (value: string): PhrasingContent[] => [{ type: 'text', value }];

describe('a right mark', () => {
  it('is left out of the option with the spaces around it', () => {
    expect(withoutRightMark(text('tanh \u00a0✅  '))).toEqual(text('tanh'));
    expect(withoutRightMark(text('Adam <- Answer'))).toEqual(text('Adam'));
    expect(withoutRightMark(text('tanh'))).toBeUndefined();
  });

  it('is read in an option with a long run of spaces inside it', () => {
    const spaced = `x${' '.repeat(50_000)}y`;
    expect(withoutRightMark(text(spaced))).toBeUndefined();
    expect(withoutRightMark(text(`${spaced} ✅`))).toEqual(text(spaced));
  });

  it('is found by a pattern that cannot backtrack over a run of spaces', () => {
    // One led by a run of spaces tried the run from each of its characters: seconds on a long run, time quadratic in its length.
    expect(backtracking(RIGHT_MARK)).toBeUndefined();
  });
});
