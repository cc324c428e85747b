/** Where a line's `::` separates an Obsidian Spaced Repetition card's front from its back, if it does. */
import { describe, expect, it } from 'vitest';
import { oneLineCardSeparator } from '../../src/parse/card-separator.js';

const sides = (line: string) => {
  const separator = oneLineCardSeparator(line);
  return separator && [line.slice(0, separator.at), line.slice(separator.at + separator.length)];
};

describe('a one-line card separator', () => {
  it('is the first `::`, or `:::` for a card reviewed both ways', () => {
    expect(sides('Dropout::Randomly zeroing units.')).toEqual(['Dropout', 'Randomly zeroing units.']);
    expect(sides('Gradient descent:::An iterative optimisation.')).toEqual(['Gradient descent', 'An iterative optimisation.']);
    expect(sides('What is a scope?::A region, as in std::vector.')).toEqual(['What is a scope?', 'A region, as in std::vector.']);
  });

  it('is not inside a code span or a formula, nor escaped', () => {
    expect(sides('What does `std::vector` grow by?::A constant factor.')).toEqual(['What does `std::vector` grow by?', 'A constant factor.']);
    expect(sides('What does ``a `::` b`` mean?::Scope.')).toEqual(['What does ``a `::` b`` mean?', 'Scope.']);
    expect(sides('What is $a::b$ here?:::A ratio.')).toEqual(['What is $a::b$ here?', 'A ratio.']);
    expect(sides('Why write \\::?::To escape it.')).toEqual(['Why write \\::?', 'To escape it.']);
    // Code never closed is text: its `::` separates.
    expect(sides('Why `a::b?')).toEqual(['Why `a', 'b?']);
    expect(oneLineCardSeparator('We use `std::vector` here.')).toBeUndefined();
  });

  it('makes no card of an empty side, colons that run on, or a Markdown block line', () => {
    for (const line of ['::No front', 'No back::', 'Term::::Meaning', 'Note: ::x', '- Dropout::x', '> Momentum::x', '## Dropout::x', '1. Dropout::x', '| a::b | c |']) {
      expect(oneLineCardSeparator(line), line).toBeUndefined();
    }
    // Emphasis opens no list item: `*Dropout*` is a front.
    expect(sides('*Dropout*::Randomly zeroing units.')).toEqual(['*Dropout*', 'Randomly zeroing units.']);
  });
});
