/**
 * An answer hidden in `<details>` may hold a `<details>` of its own (an
 * "Example" to unfold). The answer keeps the inner one whole, its closing tag
 * too, while the question's own wrapper is left out; and it ends where the
 * question's `<details>` closes, not where the inner one does.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const INNER = '<details>\n<summary>Example</summary>\n\n`my dog is hairy` -> `my dog is [MASK]`.\n\n';

function openingsAndClosings(markdown: string): [number, number] {
  return [markdown.match(/<details\b/g)?.length ?? 0, markdown.match(/<\/details>/g)?.length ?? 0];
}

describe('a <details> inside the answer of a <details> question', () => {
  it('keeps its closing tag when both closing tags share one block', () => {
    const note = readNote(`<details>\n<summary>4. Why does BERT mask only 80% of the time?</summary>\n\nBecause \`[MASK]\` never appears at fine-tuning time.\n\n${INNER}</details>\n</details>\n`);
    const answer = note.questions[0]!.answer!;
    expect(answer.markdown).toBe('Because `[MASK]` never appears at fine-tuning time.\n\n<details>\n<summary>Example</summary>\n\n`my dog is hairy` -> `my dog is [MASK]`.\n\n</details>');
    expect(openingsAndClosings(answer.html)).toEqual([1, 1]);
    expect(note.vfile.messages).toEqual([]);
  });

  it('keeps its closing tag in a block of its own, and the answer runs on to the question’s own closing tag', () => {
    const note = readNote(`<details>\n<summary>What is masking?</summary>\n\nHiding tokens.\n\n${INNER}</details>\n\nAbout 15% of them.\n\n</details>\n\n<details>\n<summary>What is NSP?</summary>\n\nNext sentence prediction.\n\n</details>\n`);
    expect(note.questions.map((question) => question.question)).toEqual(['What is masking?', 'What is NSP?']);
    const markdown = note.questions[0]!.answer!.markdown;
    expect(openingsAndClosings(markdown)).toEqual([1, 1]);
    expect(markdown).toMatch(/<\/details>\n\nAbout 15% of them\.$/);
    expect(messagesOf(note.vfile)).toEqual([]);
  });

  it('still warns of the question’s own <details> left open', () => {
    const note = readNote(`<details>\n<summary>What is masking?</summary>\n\nHiding tokens.\n\n${INNER}</details>\n`);
    expect(openingsAndClosings(note.questions[0]!.answer!.markdown)).toEqual([1, 1]);
    expect(messagesOf(note.vfile)).toEqual(['1:unclosed-details']);
  });
});

describe('a <details> on lines of its own inside the answer of a <details> question', () => {
  it('stays part of that answer, closing tag and all, even when its summary asks, and the answer runs on to the question’s own closing tag', () => {
    const note = readNote('<details>\n<summary>What is batching?</summary>\n\nGrouping requests.\n\n<details>\n<summary>What is continuous batching?</summary>\n\nAdding requests as others finish.\n\n</details>\n\nIt raises throughput.\n\n</details>\n\n<details>\n<summary>What is a KV cache?</summary>\n\nStored keys.\n\n</details>\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is batching?', 'Grouping requests.\n\n<details>\n<summary>What is continuous batching?</summary>\n\nAdding requests as others finish.\n\n</details>\n\nIt raises throughput.'],
      ['What is a KV cache?', 'Stored keys.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('the closing tag of a <details> question', () => {
  it('ends the answer with spaces before its ">" as HTML allows, so the text after it is not swallowed', () => {
    const note = readNote('<details>\n<summary>What is masking?</summary>\n\nHiding tokens.\n\n</details >\n\nStray text here.\n\n<details>\n<summary>What is NSP?</summary>\n\nNext sentence prediction.\n\n</details>\n');
    expect(note.questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is masking?', 'Hiding tokens.'],
      ['What is NSP?', 'Next sentence prediction.'],
    ]);
    expect(messagesOf(note.vfile)).toEqual(['8:orphan-text']);
  });
});

describe('a <details> fold whole in one block inside the answer of a <details> question', () => {
  it('stays part of that answer and asks nothing anew, even when its summary asks', () => {
    const note = readNote(
      '<details>\n<summary>What is dropout?</summary>\n\nRandomly zeroing units while training.\n\n<details><summary>Why does it help?</summary>Units cannot co-adapt.</details>\n\nAt test time every unit is kept.\n\n</details>\n\n<details>\n<summary>What is batch normalization?</summary>\n\nNormalising each layer’s inputs over the mini-batch.\n\n</details>\n',
    );
    expect(note.questions.map((question) => question.question)).toEqual(['What is dropout?', 'What is batch normalization?']);
    // The answer runs on past the fold to the question's own closing tag.
    expect(note.questions[0]!.answer!.markdown).toBe(
      'Randomly zeroing units while training.\n\n<details><summary>Why does it help?</summary>Units cannot co-adapt.</details>\n\nAt test time every unit is kept.',
    );
    expect(messagesOf(note.vfile)).toEqual([]);
  });
});

describe('a fold of a subject holding folds of questions', () => {
  it('names their section, as a fold over a list of questions does, and each fold within is a question answered', () => {
    const note = readNote('# Notes\n\n<details>\n<summary>Chapter 1</summary>\n\n<details><summary>What is X?</summary>X is a thing.</details>\n<details><summary>What is Y?</summary>Y is another.</details>\n\n</details>\n');
    expect(note.questions.map((question) => [question.question, question.answer?.markdown, question.topic])).toEqual([
      ['What is X?', 'X is a thing.', 'Chapter 1'],
      ['What is Y?', 'Y is another.', 'Chapter 1'],
    ]);
    expect(note.vfile.messages.map((message) => message.ruleId)).toEqual([]);
  });
});

describe('a list whose every item is a <details> fold', () => {
  it('lists folded questions, each read as a fold written on its own lines is, one line or several', () => {
    const note =
      '# ML\n\n1. <details><summary>What is dropout?</summary>\n\n   Randomly zeroing activations.\n   </details>\n2. <details><summary>What is batch norm?</summary>Normalising activations.</details>\n';
    expect(readNote(note).questions.map((question) => [question.question, question.answer?.text, question.occurrences[0]!.line])).toEqual([
      ['What is dropout?', 'Randomly zeroing activations.', 3],
      ['What is batch norm?', 'Normalising activations.', 7],
    ]);
  });

  it('is left as a list when one of its items is no fold', () => {
    const note = '## What regularises a network?\n\n- Dropout\n- <details><summary>Weight decay</summary>An L2 penalty.</details>\n';
    expect(readNote(note).questions.map((question) => question.question)).toEqual(['What regularises a network?']);
  });
});
