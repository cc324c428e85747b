/**
 * A Hugo `details` shortcode whose title asks is a question, its body the
 * answer: the same reading as `<details><summary>question</summary>`.
 */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

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

describe('a Hugo admonition shortcode (LoveIt, DoIt, FixIt)', () => {
  it('is a question when its kind is question and its title asks, its body the answer', () => {
    const { questions } = readNote(
      '## 활성화 함수\n\n{{< admonition question "Sigmoid 대신 ReLU를 쓰는 이유는?" false >}}\nReLU는 양수 구간에서 기울기가 1이다.\n{{< /admonition >}}\n\n{{< admonition type=question title="BatchNorm과 LayerNorm의 차이는?" open=false >}}\n축이 다르다.\n{{< /admonition >}}\n\n{{% admonition faq "What is GELU?" %}}\nA smooth ReLU.\n{{% /admonition %}}\n',
    );
    expect(questions.map((question) => [question.question, question.answer?.markdown])).toEqual([
      ['Sigmoid 대신 ReLU를 쓰는 이유는?', 'ReLU는 양수 구간에서 기울기가 1이다.'],
      ['BatchNorm과 LayerNorm의 차이는?', '축이 다르다.'],
      ['What is GELU?', 'A smooth ReLU.'],
    ]);
  });

  it('is a question when a tip or note asks in its title, and an aside when it does not', () => {
    const { questions, vfile } = readNote(
      '## Norms\n\n{{< admonition tip "Why normalise inputs?" >}}\nGradients behave.\n{{< /admonition >}}\n\n{{< admonition warning "Careful" >}}\nScale first.\n{{< /admonition >}}\n\n{{< admonition note "참고" >}}\n더 많은 질문은 다음 글에서!\n{{< /admonition >}}\n',
    );
    expect(questions.map((question) => question.question)).toEqual(['Why normalise inputs?']);
    expect(questions[0]!.answer?.markdown).not.toContain('details');
    // The others are boxes (hugo-boxes.ts), between questions an aside noted as one.
    expect(messagesOf(vfile)).toEqual(['7:callout-aside']);
  });
});
