/**
 * A Hugo `details` shortcode whose title asks is a question, its body the
 * answer: the same reading as `<details><summary>question</summary>`.
 */
import { describe, expect, it } from 'vitest';
import { readNote } from '../helpers/read-note.js';

describe('Hugo details shortcode', () => {
  it('takes a details shortcode whose title asks as the question, its body as the answer', () => {
    const { questions } = readNote(
      '---\ntitle: "Probability"\n---\n\n# Probability interview questions\n\n{{< details "What is Bayes\' theorem?" >}}\n$$P(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}$$\n{{< /details >}}\n\n{{< details title="What is the difference between likelihood and probability?" open=false >}}\nProbability fixes the parameters; likelihood fixes the data.\n{{< /details >}}\n',
      'book.md',
    );
    expect(questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown])).toEqual([
      ["What is Bayes' theorem?", 7, '$$\nP(A \\mid B) = \\frac{P(B \\mid A)\\,P(A)}{P(B)}\n$$'],
      ['What is the difference between likelihood and probability?', 11, 'Probability fixes the parameters; likelihood fixes the data.'],
    ]);
    expect(questions[0]!.answer?.html).not.toContain('details');
  });

  it('reads a details shortcode written on the lines of its body', () => {
    const { questions, vfile } = readNote('# Regularisation\n\n{{< details "What is L1?" >}} The sum of absolute weights.\nIt makes weights sparse. {{< /details >}}\n\n{{< details "What is L2?" >}}The sum of squared weights.{{< /details >}}\n');
    expect(questions.map((question) => [question.question, question.answer?.text])).toEqual([
      ['What is L1?', 'The sum of absolute weights.\nIt makes weights sparse.'],
      ['What is L2?', 'The sum of squared weights.'],
    ]);
    expect(vfile.messages.map((message) => message.ruleId)).toEqual([]);
  });

  it('a details shortcode titled "Answer" is no question', () => {
    const { questions } = readNote('{{< details "Answer" >}}\nA body.\n{{< /details >}}\n');
    expect(questions).toEqual([]);
  });
});
