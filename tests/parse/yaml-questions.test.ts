/** Questions and answers kept as a YAML list and pasted into a note in a fence, read as questions. */
import { describe, expect, it } from 'vitest';
import { messagesOf, readNote } from '../helpers/read-note.js';

const read = (text: string) => {
  const { questions, vfile } = readNote(text);
  return { asked: questions.map((question) => [question.question, question.occurrences[0]!.line, question.answer?.markdown ?? null]), messages: messagesOf(vfile) };
};

const fence = (language: string, yaml: string) => `# RL flashcards\n\n\`\`\`${language}\n${yaml}\`\`\`\n`;

describe('a YAML list of questions in a fence', () => {
  it('is a question per item, at its `q:` line, answered by its `a:` as Markdown, a literal or a folded block too', () => {
    const yaml =
      '- q: What is the Bellman optimality equation?\n  a: |\n    Q*(s,a) = E[r + γ max Q*(s\',a\')].\n    The best value of the next state, discounted.\n' +
      '- q: "Value iteration or policy iteration?"\n  a: >\n    Value iteration applies the update;\n    policy iteration evaluates, then improves.\n' +
      '- q: Why replay experience in DQN?\n  a: Breaks correlation between samples.\n';
    expect(read(fence('yaml', yaml))).toEqual({
      asked: [
        ['What is the Bellman optimality equation?', 4, "Q\\*(s,a) = E\\[r + γ max Q\\*(s',a')].\nThe best value of the next state, discounted."],
        ['Value iteration or policy iteration?', 8, 'Value iteration applies the update; policy iteration evaluates, then improves.'],
        ['Why replay experience in DQN?', 12, 'Breaks correlation between samples.'],
      ],
      messages: ['3:yaml-questions'],
    });
  });

  it('is read whatever its keys are named: `question`/`answer`, `Q`/`A`, Anki\'s `front`/`back`, `질문`/`답변`', () => {
    expect(read(fence('yml', '- question: What is dropout?\n  answer: Zeroing units.\n')).asked).toEqual([['What is dropout?', 4, 'Zeroing units.']]);
    expect(read(fence('yaml', '- Q: What is dropout?\n  A: Zeroing units.\n')).asked).toEqual([['What is dropout?', 4, 'Zeroing units.']]);
    expect(read(fence('yaml', '- front: Dropout\n  back: Zeroing units.\n')).asked).toEqual([['Dropout', 4, 'Zeroing units.']]);
    expect(read(fence('yaml', '- 질문: 과적합이란?\n  답변: 잡음까지 맞추는 것.\n')).asked).toEqual([['과적합이란?', 4, '잡음까지 맞추는 것.']]);
  });

  it("takes a key named as a table's question or answer column is (column-names.ts): `question_text`/`ideal_answer`, `문제`/`정답`", () => {
    // Before, its own list knew q, question, front, 질문 and a, answer, back, 답변 only: these stayed code.
    expect(read(fence('yaml', '- question_text: What is dropout?\n  ideal_answer: Zeroing units.\n')).asked).toEqual([['What is dropout?', 4, 'Zeroing units.']]);
    expect(read(fence('', '- 문제: 과적합이란?\n  정답: 잡음까지 맞추는 것.\n')).asked).toEqual([['과적합이란?', 4, '잡음까지 맞추는 것.']]);
    expect(read(fence('yaml', '- 问题: 什么是过拟合？\n  答案: 模型拟合了噪声。\n')).asked).toEqual([['什么是过拟合？', 4, '模型拟合了噪声。']]);
    // A flashcard's other fields (`term`, `prompt`) are no question's here: `- prompt: …` / `response: …` is a model's data.
    expect(read(fence('yaml', '- prompt: Summarise the text.\n  response: A summary.\n')).asked).toEqual([]);
  });

  it('answers with a Markdown list where the answer is a list, leaves an item with no answer unanswered, and notes the keys it leaves out', () => {
    const yaml = '- q: Name two optimisers.\n  a:\n    - SGD\n    - Adam\n  tags: [dl]\n- q: What is weight decay?\n- q: What is dropout?\n  a: Zeroing units.\n';
    expect(read(fence('yaml', yaml))).toEqual({
      asked: [
        ['Name two optimisers.', 4, '- SGD\n- Adam'],
        ['What is weight decay?', 9, null],
        ['What is dropout?', 10, 'Zeroing units.'],
      ],
      messages: ['3:yaml-questions', '4:yaml-questions'],
    });
  });

  it('is read in a fence of no language when it is such a list, and as the value of a key (`faq:`), its other keys noted', () => {
    expect(read(fence('', '- q: What is dropout?\n  a: Zeroing units.\n')).asked).toEqual([['What is dropout?', 4, 'Zeroing units.']]);
    expect(read(fence('yaml', 'title: GAN FAQ\nfaq:\n  - question: What is mode collapse?\n    answer: Few kinds of samples.\n'))).toEqual({
      asked: [['What is mode collapse?', 6, 'Few kinds of samples.']],
      messages: ['3:yaml-questions', '4:yaml-questions'],
    });
  });

  it('is code in an answer when its items name no answer, or it is no list of questions (a manifest, a workflow), beside one that is read', () => {
    const cards = fence('yaml', '- q: What is dropout?\n  a: Zeroing units.\n');
    const survey = '- question: Your name?\n  type: text\n- question: Your team?\n  type: text\n';
    const workflow = 'jobs:\n  test:\n    steps:\n      - name: Run tests\n        run: npm test\n';
    const note = `${cards}\nQ: How is the survey configured?\nA: In a file:\n\n\`\`\`yaml\n${survey}\`\`\`\n\nQ: How do you run the tests in CI?\nA: In a workflow:\n\n\`\`\`yml\n${workflow}\`\`\`\n`;
    expect(read(note).asked).toEqual([
      ['What is dropout?', 4, 'Zeroing units.'],
      ['How is the survey configured?', 8, `In a file:\n\n\`\`\`yaml\n${survey}\`\`\``],
      ['How do you run the tests in CI?', 18, `In a workflow:\n\n\`\`\`yml\n${workflow}\`\`\``],
    ]);
  });

  it('is code in the answer of a heading or a line that asks: it shows that answer', () => {
    const cards = '- q: What is X?\n  a: Y.\n';
    const note = `${fence('yaml', cards)}\n**What does the script read?**\n\n\`\`\`yaml\n${cards}\`\`\`\n\n## How do you keep your cards?\n\nIn a file:\n\n\`\`\`yaml\n${cards}\`\`\`\n`;
    expect(read(note).asked).toEqual([
      ['What is X?', 4, 'Y.'],
      ['What does the script read?', 8, `\`\`\`yaml\n${cards}\`\`\``],
      ['How do you keep your cards?', 15, `In a file:\n\n\`\`\`yaml\n${cards}\`\`\``],
    ]);
  });
});
