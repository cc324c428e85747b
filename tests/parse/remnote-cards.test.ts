/** RemNote's flashcards in an outline (`Front :: Back`, `>>`, `;;`, `<<`, `<>`, a multi-line `>>>`). */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const asked = (text: string) => readNote(text).questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]);

describe("RemNote's cards", () => {
  it('are each bullet written with a separator between spaces, whatever its front says, its back the answer', () => {
    const note =
      '- Deep learning\n    - Overfitting :: Fitting the noise.\n    - What is dropout? >> Randomly zeroing units.\n    - Batch normalisation ;; Normalising per mini-batch.\n    - Fitting noise << Overfitting, told backwards\n    - Adam <> An optimiser\n    - What does Adam combine? >>>\n        - Momentum\n        - RMSProp\n';
    expect(asked(note)).toEqual([
      ['Overfitting', 2, 'Fitting the noise.'],
      ['What is dropout?', 3, 'Randomly zeroing units.'],
      ['Batch normalisation', 4, 'Normalising per mini-batch.'],
      // Backwards: the front is on the right.
      ['Overfitting, told backwards', 5, 'Fitting noise'],
      ['Adam', 6, 'An optimiser'],
      // Multi-line: the bullets under it answer, and the mark is in neither.
      ['What does Adam combine?', 7, '- Momentum\n- RMSProp'],
    ]);
  });

  it('are read only where two bullets at least are written so, and not where code holds the separator', () => {
    // One comparison among notes is no deck.
    expect(asked('- Speed\n    - GPU >> CPU for matrix products\n    - Memory is the limit\n')).toEqual([]);
    const { questions, vfile } = readNote('- Deck\n    - Epoch :: One pass over the data.\n    - Batch :: The examples of one step.\n    - Shift with `x >> 2` in C\n');
    expect(questions.map((question) => question.question)).toEqual(['Epoch', 'Batch']);
    // A bullet its author made no card is a note, told and kept, not a question.
    expect(messagesOf(vfile)).toEqual(['4:orphan-text']);
  });

  it('make no question of a bullet that only names a topic, as four questions around it would', () => {
    const { questions, vfile } = readNote('- Deck\n    - Epoch :: One pass.\n    - Batch :: One step.\n    - Dropout :: Zeroing units.\n    - Momentum :: A running average.\n    - Regularisation\n');
    expect(questions.map((question) => question.question)).toEqual(['Epoch', 'Batch', 'Dropout', 'Momentum']);
    expect(messagesOf(vfile)).toEqual(['6:orphan-text']);
  });

  it("are no cards where a side is code's: a shell's redirection, a type signature, a stream, a shift", () => {
    expect(asked('- echo "line" >> log.txt\n- cat part2 >> whole.txt\n')).toEqual([]);
    expect(asked('- map :: (a -> b) -> [a] -> [b]\n- filter :: (a -> Bool) -> [a] -> [a]\n')).toEqual([]);
    expect(asked('- std::cout << "hi" prints to stdout\n- x << 1 doubles x\n- x >> 1 halves x\n')).toEqual([]);
    // Code in a card's back is the card's own.
    expect(asked('- Sigmoid :: `1/(1+e^-x)`\n- Softmax :: Normalised exponentials.\n')).toEqual([
      ['Sigmoid', 1, '`1/(1+e^-x)`'],
      ['Softmax', 2, 'Normalised exponentials.'],
    ]);
  });

  it("leave Dataview's fields and C++ alone: `key:: value` and `std::vector` have no space before the colons", () => {
    expect(asked('- source:: [[Book]]\n- std::vector and std::map\n- tags:: ml\n')).toEqual([]);
  });
});
