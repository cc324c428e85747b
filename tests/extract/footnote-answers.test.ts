/** Questions answered in footnotes (`What is X?[^1]` … `[^1]: answer`), and footnotes that only cite. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const answers = (note: string) => readNote(note).questions.map((question) => [question.question, question.answer?.markdown ?? null]);

describe('footnote answers', () => {
  it('answers a question that has no answer of its own with the footnote its prompt cites, and reports no stray text', () => {
    const note = '# Quiz\n\n1. What is the bias-variance trade-off?[^1]\n2. What is dropout?[^2]\n\n[^1]: Lower bias usually means higher variance.\n[^2]: Randomly zeroing activations during training.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => [question.question, question.answer?.markdown, question.flags])).toEqual([
      ['What is the bias-variance trade-off?', 'Lower bias usually means higher variance.', []],
      ['What is dropout?', 'Randomly zeroing activations during training.', []],
    ]);
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('takes every paragraph of the footnote, for a question heading too, and leaves the footnotes of other questions where they stood', () => {
    const note = '## What is batch norm?[^bn]\n\nNormalising activations per batch.\n\n## What is layer norm?[^ln]\n\n[^bn]: Source: https://arxiv.org/abs/1502.03167\n[^ln]: Normalising over the features of one example.\n\n    It does not depend on the batch size.\n';
    expect(answers(note)).toEqual([
      ['What is batch norm?', 'Normalising activations per batch.'],
      ['What is layer norm?', 'Normalising over the features of one example.\n\nIt does not depend on the batch size.\n\n[^bn]: Source: <https://arxiv.org/abs/1502.03167>'],
    ]);
  });

  it('keeps a footnote that only cites (an address, "Source: …") out of the answer: the question stays without one', () => {
    const { questions, vfile } = readNote('# Quiz\n\n1. What is dropout?[^1]\n2. What is weight decay?[^2]\n\n[^1]: Srivastava et al., https://example.org/dropout\n[^2]: Source: https://example.org/wd\n');
    expect(questions.map((question) => [question.question, question.answer])).toEqual([
      ['What is dropout?', null],
      ['What is weight decay?', null],
    ]);
    expect(messagesOf(vfile)).toEqual(['6:orphan-text']);
  });

  it('leaves the footnote of a question that has an answer where it stands, and notes a line that asks in that answer once', () => {
    const { questions, vfile } = readNote('## What is batch norm?[^1]\n\nNormalising activations per batch. Why does it help?\n\n[^1]: The original paper explains it with internal covariate shift.\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['What is batch norm?', 'Normalising activations per batch. Why does it help?\n\n[^1]: The original paper explains it with internal covariate shift.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['3:question-in-answer']);
  });

  it('answers the numbered question right above an answers section from its footnote, the section then answering none (the file was lost)', () => {
    const { questions, vfile } = readNote('## 1. What is overfitting?\n\n## 2. What is dropout?[^1]\n\n## Answers\n\n1. Fitting noise.\n2. Zeroing units.\n\n[^1]: Dropout zeroes units at random.\n');
    expect(questions.map((question) => [question.question, question.answer?.markdown ?? null])).toEqual([
      ['What is overfitting?', null],
      ['What is dropout?', 'Dropout zeroes units at random.'],
    ]);
    expect(messagesOf(vfile)).toEqual(['7:section-text']);
  });
});

describe('definitions at the end of a note', () => {
  it("go with each answer that cites them, so that its Markdown and HTML resolve them alone, and leave the last answer's end", () => {
    const note =
      '# Notes\n\n## What is batch norm?\n\nIt normalises activations, see the [original paper][bn] and ![diagram][fig].\n\n## What is dropout?\n\nRandomly zeroing units[^2].\n\n## What is weight decay?\n\nAn L2 penalty.\n\n[bn]: https://arxiv.org/abs/1502.03167\n[fig]: bn.png\n[^2]: Srivastava et al., 2014.\n';
    const { questions, vfile } = readNote(note);
    expect(questions.map((question) => question.answer?.markdown)).toEqual([
      'It normalises activations, see the [original paper][bn] and ![diagram][fig].\n\n[bn]: https://arxiv.org/abs/1502.03167\n\n[fig]: bn.png',
      'Randomly zeroing units[^2].\n\n[^2]: Srivastava et al., 2014.',
      'An L2 penalty.',
    ]);
    expect(questions[0]!.answer?.html).toBe('<p>It normalises activations, see the <a href="https://arxiv.org/abs/1502.03167">original paper</a> and <img src="bn.png" alt="diagram">.</p>');
    expect(questions[1]!.answer?.html).toContain('Srivastava et al., 2014.');
    expect(messagesOf(vfile)).toEqual([]);
  });

  it('go with what a question shows, a picture by reference', () => {
    const [question] = readNote('## What does the following plot show?\n\n![plot][p]\n\nThe loss falls.\n\n[p]: loss.png\n').questions;
    expect([question!.context?.html, question!.answer?.markdown]).toEqual(['<p><img src="loss.png" alt="plot"></p>', 'The loss falls.']);
  });
});

describe('a footnote that nothing in the note cites', () => {
  it('is left out of the answer it stands in, with a note, while a cited one goes with the answer that cites it', () => {
    const { questions, vfile } = readNote(
      '## What is overfitting?\n\nFitting noise[^1].\n\n## What is dropout?\n\nZeroing units.\n\n[^1]: Hastie et al., 2009.\n[^2]: Srivastava et al., 2014.\n',
    );
    expect(questions.map((question) => question.answer?.markdown)).toEqual(['Fitting noise[^1].\n\n[^1]: Hastie et al., 2009.', 'Zeroing units.']);
    expect(messagesOf(vfile)).toEqual(['10:uncited-footnote']);
    expect(vfile.messages[0]!.reason).toContain('"Srivastava et al., 2014."');
  });
});
